/**
 * A problem with the user's input (a file, a flag, a config field, a token id).
 *
 * The CLI prints its message alone, with no stack trace, and exits non-zero.
 * Every other exception is a bug in grok1.ts and is printed in full.
 */
export class UserError extends Error {
  override name = "UserError";
}

/** Throws a UserError with `message` unless `condition` holds. */
export function check(condition: unknown, message: string | (() => string)): asserts condition {
  if (!condition) throw new UserError(typeof message === "string" ? message : message());
}
