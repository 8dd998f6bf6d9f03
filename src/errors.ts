/**
 * A problem with the user's input (a file, a flag, a config field, a token id).
 *
 * The CLI prints its message alone, with no stack trace, and exits non-zero.
 * Every other exception is a bug in grok1.ts and is printed in full.
 */
export class UserError extends Error {
  override name = "UserError";
}

/**
 * Thrown once a command has printed its --help: the command is done, with exit status 0
 * unless stdout could not be written (main.ts checks that, as for any output).
 */
export class HelpShown extends Error {
  override name = "HelpShown";
}

/** Throws a UserError with `message` unless `condition` holds. */
export function check(condition: unknown, message: string | (() => string)): asserts condition {
  if (!condition) throw new UserError(typeof message === "string" ? message : message());
}

/**
 * Runs `allocate`; a failed allocation (a RangeError: a typed array longer than Node
 * allows, or more memory than the machine gives) becomes a UserError naming `what` and
 * its size: a config or weights too large for this machine is the user's to change.
 */
export function allocating<T>(what: string, bytes: number, allocate: () => T): T {
  try {
    return allocate();
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    throw new UserError(`cannot allocate ${what}: ${(bytes / 2 ** 30).toFixed(2)} GiB (${e.message})`);
  }
}

/**
 * Characters that act on a terminal rather than show: C0 and C1 controls and DEL (an
 * escape sequence could clear the screen or forge a message) and the bidi overrides and
 * isolates (they reorder what is shown).
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Whether `s` prints as itself: none of UNPRINTABLE's characters. */
export function isPrintable(s: string): boolean {
  return !UNPRINTABLE.test(s);
}

/**
 * A message for the terminal with every character that would act on it (UNPRINTABLE)
 * written as a \uXXXX escape: an argument echoed in an error (an unknown preset, a missing
 * file, a bad token list) may hold an escape sequence. Line feeds stay: a message may use
 * them to break its lines.
 */
export function printableText(s: string): string {
  return s.replace(new RegExp(UNPRINTABLE.source, "g"), (c) => (c === "\n" ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));
}

/** A name from the user's input (a tensor's, a config's) for a message: as is where printable, else quoted with escapes. */
export function shownName(s: string): string {
  return isPrintable(s) ? s : showValue(s);
}

/** Longest value quoted in a message: a 50 MB string in a header is shown by its start and length. */
const SHOWN_CHARS = 80;

/**
 * A value from the user's input, for a message: numbers as JavaScript prints them (1e400
 * is Infinity, not JSON's null), anything else as JSON, cut to its start past
 * SHOWN_CHARS characters, and never a crash (an array nested 5000 deep overflows
 * JSON.stringify's stack).
 */
export function showValue(v: unknown): string {
  if (typeof v === "number") return String(v);
  let s: string;
  try {
    s = JSON.stringify(v) ?? String(v);
  } catch {
    return Array.isArray(v) ? "an array nested too deep to print" : "a value nested too deep to print";
  }
  return s.length > SHOWN_CHARS ? `${s.slice(0, SHOWN_CHARS - 20)}… (${s.length} characters)` : s;
}
