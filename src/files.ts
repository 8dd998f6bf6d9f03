/**
 * Input files and output paths, checked so that a bad path is a UserError naming the
 * user's path (not a stack trace, not a temporary name, not a hang on a named pipe).
 */
import * as fs from "node:fs";
import { dirname } from "node:path";
import { UserError } from "./errors.js";

/** Whether `e` comes from the OS (a failed open, read, write or rename), not from a bug. */
export function isSystemError(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).syscall === "string";
}

/** "ENOSPC: no space left on device": a system error's code and meaning, without the paths it names. */
export function errnoText(e: unknown): string {
  return isSystemError(e) ? e.message.split(",")[0] : String((e as Error)?.message ?? e);
}

/** What a path that is not a regular file is, for messages. */
function kindOf(st: fs.Stats): string {
  if (st.isDirectory()) return "a directory";
  if (st.isFIFO()) return "a named pipe";
  if (st.isSocket()) return "a socket";
  return "a device";
}

/**
 * Opens `path` for reading, or fails naming `name`. Only a regular file: a directory
 * opens on Linux and fails at the first read (EISDIR), and a named pipe blocks forever.
 */
export function openInputFile(path: string, name = path): number {
  let st: fs.Stats;
  try {
    st = fs.statSync(path);
  } catch (e) {
    throw new UserError(`${name}: cannot be opened (${errnoText(e)})`);
  }
  if (!st.isFile()) throw new UserError(`${name}: is ${kindOf(st)}, not a file`);
  try {
    return fs.openSync(path, "r");
  } catch (e) {
    throw new UserError(`${name}: cannot be opened (${errnoText(e)})`);
  }
}

/**
 * Checks that a file can be written at `path`: not empty, not a directory, in a
 * directory that exists. Commands call it before long work, so that a typo in --out
 * does not cost a forward pass.
 */
export function checkOutputPath(path: string): void {
  if (path === "") throw new UserError("the output path is empty");
  if (statOrUndefined(path)?.isDirectory()) throw new UserError(`cannot write ${path}: it is a directory (give a file name)`);
  const dir = dirname(path);
  const parent = statOrUndefined(dir);
  if (parent === undefined) throw new UserError(`cannot write ${path}: directory ${dir} does not exist`);
  if (!parent.isDirectory()) throw new UserError(`cannot write ${path}: ${dir} is not a directory`);
}

/** The path's stats, or undefined if it cannot be looked at (missing, or under a file: ENOTDIR). */
function statOrUndefined(path: string): fs.Stats | undefined {
  try {
    return fs.statSync(path);
  } catch {
    return undefined;
  }
}
