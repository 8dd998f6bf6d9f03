/** Small helpers shared by the test files. */
import { expect } from "vitest";
import { UserError } from "../src/errors.js";

/** The UserError thrown by `fn`; fails the test if it throws nothing or something else. */
export function userError(fn: () => unknown): UserError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return e as UserError;
  }
  throw new Error("expected a UserError, nothing was thrown");
}
