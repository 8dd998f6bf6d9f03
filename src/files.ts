/**
 * Input files and output paths, checked so that a bad path is a UserError naming the
 * user's path (not a stack trace, not a temporary name, not a hang on a named pipe).
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import { dirname, join, relative, isAbsolute } from "node:path";
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

/** Reads a whole regular file (openInputFile's checks), or fails naming `name`. */
export function readInputFile(path: string, name = path): Buffer {
  const fd = openInputFile(path, name);
  try {
    return fs.readFileSync(fd);
  } catch (e) {
    throw new UserError(`${name}: cannot be read (${errnoText(e)})`);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Reads a regular file as UTF-8 text; bytes that are not UTF-8 are an error, not U+FFFD.
 * A byte-order mark at the start is dropped, or with `keepByteOrderMark` kept as the
 * text's first character, U+FEFF (text to tokenize: the library gets it, as Python's
 * open() would hand it over).
 */
export function readTextFile(path: string, name = path, opts: { keepByteOrderMark?: boolean } = {}): string {
  const bytes = readInputFile(path, name);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: opts.keepByteOrderMark === true }).decode(bytes);
  } catch {
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes); // with U+FFFD where the bytes are bad (a BOM kept: byte offsets count it)
    const at = Buffer.byteLength(text.slice(0, text.indexOf("\uFFFD")));
    throw new UserError(`${name}: is not UTF-8 text (an invalid byte sequence near byte ${at})`);
  }
}

/**
 * Checks that a file can be written at `path`, before long work, so that a typo in --out
 * does not cost a forward pass: not empty, not ending in a path separator, in a
 * directory that exists and can be written; and what is there now is a regular file or
 * nothing (the write replaces it: never a device, a named pipe or a directory), and
 * neither one of `inputs`, the command's input files, nor inside one of `inputFolders`
 * (an output over its own weights would destroy them).
 */
export function checkOutputPath(path: string, inputs: readonly (string | undefined)[] = [], inputFolders: readonly string[] = []): void {
  if (path === "") throw new UserError("the output path is empty");
  if (/[\\/]$/.test(path)) throw new UserError(`cannot write ${path}: give a file name, not a directory`);
  const there = statOrUndefined(path);
  if (there?.isDirectory()) throw new UserError(`cannot write ${path}: it is a directory (give a file name)`);
  if (there !== undefined && !there.isFile()) throw new UserError(`cannot write ${path}: it is ${kindOf(there)}, not a file`);
  const dir = dirname(path);
  const parent = statOrUndefined(dir);
  if (parent === undefined) throw new UserError(`cannot write ${path}: directory ${dir} does not exist`);
  if (!parent.isDirectory()) throw new UserError(`cannot write ${path}: ${dir} is not a directory`);
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (e) {
    throw new UserError(`cannot write ${path}: directory ${dir} is not writable (${errnoText(e)})`);
  }
  for (const input of inputs) {
    const st = input === undefined ? undefined : statOrUndefined(input);
    if (st !== undefined && there !== undefined && there.dev === st.dev && there.ino === st.ino)
      throw new UserError(`cannot write ${path}: it is the input file ${input}`);
  }
  for (const folder of inputFolders) {
    if (!statOrUndefined(folder)?.isDirectory()) continue;
    const inside = relative(fs.realpathSync(folder), fs.realpathSync(dir));
    if (!inside.startsWith("..") && !isAbsolute(inside)) throw new UserError(`cannot write ${path}: it is inside the input folder ${folder}`);
  }
}

/** A temporary file of ours: `.grok1-<pid>-<random>.tmp` (before 2026-11-27 `.grok1-<pid>.tmp`). */
const TEMP_NAME = /^\.grok1-(\d+)(-[0-9a-f]+)?\.tmp$/;

/**
 * Creates a temporary file beside `path` for writing it atomically (write, then rename):
 * a fresh random name, created exclusively, so that it is never a file or link that was
 * there before. A run that was killed can leave its temporary file behind (a signal
 * cannot interrupt the synchronous write to remove it; large writes have a watcher that
 * does, watchTemp): those of processes no longer running here, untouched for LEFTOVER_MS
 * (a folder shared between machines may hold another machine's file being written), are
 * removed here first. Returns the name and an open descriptor.
 */
export function createTempBeside(path: string): { tmp: string; fd: number } {
  const dir = dirname(path);
  removeLeftovers(dir);
  const tmp = join(dir, `.grok1-${process.pid}-${randomBytes(6).toString("hex")}.tmp`);
  return { tmp, fd: fs.openSync(tmp, "wx") };
}

/**
 * Refuses to start writing `bytes` into the folder of `path` when its file system has less
 * free: a full disk would otherwise be found after most of a long write (`grok1 init
 * --config grok-1` is 1.2 TB). Where free space cannot be read, the write just goes ahead.
 */
export function checkFreeSpace(path: string, bytes: number): void {
  let free: number;
  try {
    const st = fs.statfsSync(dirname(path));
    free = st.bavail * st.bsize;
  } catch {
    return;
  }
  if (free < bytes) throw new UserError(`cannot write ${path}: it takes ${formatBytes(bytes)} and its file system has ${formatBytes(free)} free`);
}

/**
 * Writes of at least this many bytes get a watcher (watchTemp): below it, a killed write
 * leaves little, and later writes clear it.
 */
export const WATCHED_WRITE_BYTES = 64 * 2 ** 20;

/** The watcher's program: when its stdin (a pipe from the writer) closes, removes the file argv[1] if it is still there. */
const TEMP_WATCHER = `process.stdin.on("end", () => { try { require("node:fs").rmSync(process.argv[1], { force: true }); } catch {} }).resume();`;

/**
 * Starts a watcher for the temporary file `tmp`: a small detached Node process that
 * removes it once this process is gone, however it ended. A Ctrl-C or a kill during a long
 * synchronous write runs no handler of ours (the signal waits for the event loop, which
 * the write blocks), but the OS closes our end of the watcher's pipe. After the rename,
 * `stop()` closes it too, and the watcher finds nothing to remove. Without a watcher (the
 * spawn fails), a later write into the folder still clears the file (createTempBeside).
 */
export function watchTemp(tmp: string): { stop: () => void } {
  let child;
  try {
    // a process group of its own: the Ctrl-C that stops the writer does not reach it
    child = spawn(process.execPath, ["-e", TEMP_WATCHER, tmp], { detached: true, stdio: ["pipe", "ignore", "ignore"], windowsHide: true });
  } catch {
    return { stop: () => {} };
  }
  child.on("error", () => {}); // could not start: no watcher
  child.stdin.on("error", () => {}); // gone already: nothing to tell it
  child.unref();
  (child.stdin as unknown as { unref(): void }).unref(); // neither keeps this process alive
  return { stop: () => child.stdin.destroy() };
}

/** Bytes as "1.23 GiB", for messages. */
export function formatBytes(n: number): string {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) (n /= 1024), i++;
  return `${i === 0 ? n : n.toFixed(2)} ${units[i]}`;
}

/** How long a temporary file of a process that is gone must have been untouched to count as left over. */
const LEFTOVER_MS = 10 * 60 * 1000;

function removeLeftovers(dir: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return; // the open that follows reports the folder's problem
  }
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (m === null || processRuns(Number(m[1]))) continue;
    try {
      if (Date.now() - fs.statSync(join(dir, name)).mtimeMs < LEFTOVER_MS) continue;
      fs.rmSync(join(dir, name), { force: true });
    } catch {
      // someone else's, or already gone: not ours to report
    }
  }
}

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM"; // it exists, owned by another user
  }
}

/** The path's stats, or undefined if it cannot be looked at (missing, or under a file: ENOTDIR). */
function statOrUndefined(path: string): fs.Stats | undefined {
  try {
    return fs.statSync(path);
  } catch {
    return undefined;
  }
}
