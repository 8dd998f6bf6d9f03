/** Small helpers over node:util parseArgs that turn bad flags into UserErrors. */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { UserError } from "../errors.js";

export type Options = NonNullable<ParseArgsConfig["options"]>;

/** Parses flags; `--help` prints the usage and exits 0. */
export function parse<O extends Options>(argv: string[], options: O, usage: string) {
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(`usage: ${usage}\n`);
    process.exit(0);
  }
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (e) {
    throw new UserError(`${(e as Error).message}\n\nusage: ${usage}`);
  }
}

/** An integer flag: undefined if absent, else checked against [min, max]. */
export function intFlag(v: string | undefined, flag: string, min = -Infinity, max = Infinity): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new UserError(`${flag} must be an integer in [${min}, ${max}], got '${v}'`);
  return n;
}

/** A number flag: undefined if absent, else checked against [min, max]. */
export function numFlag(v: string | undefined, flag: string, min = -Infinity, max = Infinity): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (v.trim() === "" || !Number.isFinite(n) || n < min || n > max) throw new UserError(`${flag} must be a number in [${min}, ${max}], got '${v}'`);
  return n;
}

/** "1,5,17" -> [1, 5, 17], with a clear error naming the bad entry. */
export function idList(v: string, flag: string): number[] {
  const parts = v.split(",").map((s) => s.trim());
  return parts.map((p) => {
    const n = Number(p);
    if (p === "" || !Number.isInteger(n)) throw new UserError(`${flag}: '${p}' is not an integer token id (in '${v}')`);
    return n;
  });
}

export function required(v: string | undefined, flag: string, usage: string): string {
  if (v === undefined) throw new UserError(`${flag} is required\n\nusage: ${usage}`);
  return v;
}
