/** Small helpers over node:util parseArgs that turn bad flags into UserErrors. */
import { readFileSync } from "node:fs";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { HelpShown, UserError } from "../errors.js";

export type Options = NonNullable<ParseArgsConfig["options"]>;

/** A one-line flag error, ending with where to look: "see 'grok1 trace --help'" (the command is read from `usage`). */
export function usageError(message: string, usage: string): UserError {
  const command = usage.split(" ").slice(0, 2).join(" ");
  return new UserError(`${message} (see '${command} --help')`);
}

/** Looks like a negative number ("-1", "-1,2", "-4G", "-.5"): a value, not a flag. */
const NEGATIVE_VALUE = /^-\.?\d/;

/**
 * `--max-tokens -1` → `--max-tokens=-1` for options that take a value, so that a
 * negative number reaches the flag's own check (parseArgs would call it ambiguous).
 */
function joinNegativeValues(argv: string[], options: Options): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") return out.concat(argv.slice(i));
    const takesValue = a.startsWith("--") && options[a.slice(2)]?.type === "string";
    if (takesValue && i + 1 < argv.length && NEGATIVE_VALUE.test(argv[i + 1])) out.push(`${a}=${argv[++i]}`);
    else out.push(a);
  }
  return out;
}

/** Whether `--help` or `-h` is given as a flag: not as the value of the flag before it (`--prompt -h`). */
function asksForHelp(argv: string[], options: Options): boolean {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") return false;
    if (a === "--help" || a === "-h") return true;
    if (a.startsWith("--") && options[a.slice(2)]?.type === "string") i++; // its value follows
  }
  return false;
}

/**
 * Parses flags; `--help` prints the usage and ends the command (HelpShown: exit 0 where
 * stdout took it). `positionals` is how many arguments that are not flags the command
 * takes (most take none).
 */
export function parse<O extends Options>(argv: string[], options: O, usage: string, positionals = 0) {
  if (asksForHelp(argv, options)) {
    process.stdout.write(`usage: ${usage}\n`);
    throw new HelpShown();
  }
  let parsed;
  try {
    parsed = parseArgs({ args: joinNegativeValues(argv, options), options, strict: true, allowPositionals: true, tokens: true });
  } catch (e) {
    // one line: Node's messages run to three, with advice on '--' that does not apply here
    const message = (e as Error).message.replace(/\. To specify .*/s, "").replace(/\s*\n\s*/g, " ");
    throw usageError(message, usage);
  }
  if (parsed.positionals.length > positionals) throw usageError(`unexpected argument '${parsed.positionals[positionals]}'`, usage);
  // a flag given twice would silently keep its last value (only those marked `multiple` repeat)
  const seen = new Set<string>();
  for (const t of parsed.tokens) {
    if (t.kind !== "option" || options[t.name]?.multiple) continue;
    if (seen.has(t.name)) throw usageError(`--${t.name} is given twice`, usage);
    seen.add(t.name);
  }
  return parsed;
}

/**
 * Node decodes the command line as UTF-8 and silently turns bytes that are not UTF-8 into
 * U+FFFD, so `--text $'a\xffb'` would tokenize as if it said "a\uFFFDb" (a file with the
 * same bytes is refused: files.ts readTextFile). Where an argument holds U+FFFD, its raw
 * bytes are read back from /proc/self/cmdline (Linux; the command's arguments are its
 * last ones) and an argument that is not UTF-8 is refused. Elsewhere, a warning.
 * `args`: the command's arguments (after its name).
 */
export function checkArgumentsAreUtf8(args: string[], cmdline = readCmdline()): void {
  const suspect = args.flatMap((a, i) => (a.includes("\uFFFD") ? [i] : []));
  if (suspect.length === 0) return;
  if (cmdline === undefined || cmdline.length < args.length) {
    process.stderr.write(`warning: argument ${suspect[0] + 1} holds U+FFFD, the replacement character: if it was not UTF-8 text, it was changed\n`);
    return;
  }
  const raw = cmdline.slice(cmdline.length - args.length);
  for (const i of suspect) {
    const at = firstInvalidByte(raw[i]);
    if (at < 0) continue; // a real U+FFFD
    const what = i > 0 && /^--[^=]+$/.test(args[i - 1]) ? `the value of ${args[i - 1]}` : `argument ${i + 1}`;
    throw new UserError(`${what} is not UTF-8 text: byte 0x${raw[i][at].toString(16).padStart(2, "0")} at offset ${at} does not begin a valid UTF-8 character (Node would read ${JSON.stringify(args[i])})`);
  }
}

/** The process's arguments as raw bytes, from /proc/self/cmdline (undefined where there is none). */
function readCmdline(): Uint8Array[] | undefined {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync("/proc/self/cmdline");
  } catch {
    return undefined;
  }
  const out: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0) {
      out.push(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  return out;
}

/**
 * Where a byte string stops being UTF-8: the byte at which a decoder gives up, or where an
 * unfinished last character starts; -1 if it is UTF-8 throughout.
 */
function firstInvalidByte(b: Uint8Array): number {
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  for (let n = 1; n <= b.length; n++) {
    try {
      utf8.decode(b.subarray(n - 1, n), { stream: true }); // an unfinished character waits for more
    } catch {
      // a character cut short by this byte: report where it starts
      let lead = n - 2;
      while (lead >= 0 && n - 1 - lead <= 3 && (b[lead] & 0xc0) === 0x80) lead--;
      return lead >= 0 && lead < n - 1 && b[lead] >= 0xc0 ? lead : n - 1;
    }
  }
  try {
    utf8.decode(); // the end: an unfinished last character throws
  } catch {
    let start = b.length - 1;
    while (start > 0 && (b[start] & 0xc0) === 0x80) start--; // back over continuation bytes
    return start;
  }
  return -1;
}

/** A plain decimal integer ("42", "-1"): not "", "0x10", "1e2" or "4.0". */
const DECIMAL_INTEGER = /^-?\d+$/;

/** A plain decimal number ("0.5", "-1", "1e-3", ".5"): not "", "0x10" or "Infinity". */
const DECIMAL_NUMBER = /^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** An integer flag: undefined if absent, else checked against [min, max]. */
export function intFlag(v: string | undefined, flag: string, min = -Infinity, max = Infinity): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!DECIMAL_INTEGER.test(v.trim()) || !Number.isSafeInteger(n) || n < min || n > max)
    throw new UserError(`${flag} must be an integer in [${min}, ${max}], got '${v}'`);
  return n;
}

/** A number flag: undefined if absent, else checked against [min, max]. */
export function numFlag(v: string | undefined, flag: string, min = -Infinity, max = Infinity): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!DECIMAL_NUMBER.test(v.trim()) || !Number.isFinite(n) || n < min || n > max) throw new UserError(`${flag} must be a number in [${min}, ${max}], got '${v}'`);
  return n;
}

/** "1,5,17" -> [1, 5, 17], with a clear error naming the bad entry. */
export function idList(v: string, flag: string, given = v): number[] {
  const parts = v.split(",").map((s) => s.trim());
  return parts.map((p) => {
    const n = Number(p);
    if (!DECIMAL_INTEGER.test(p) || !Number.isSafeInteger(n)) throw new UserError(`${flag}: '${p}' is not an integer token id (in '${given}')`);
    return n;
  });
}

export function required(v: string | undefined, flag: string, usage: string): string {
  if (v === undefined) throw usageError(`${flag} is required`, usage);
  return v;
}
