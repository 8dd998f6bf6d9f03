/**
 * Where the baselines that bench/compare measures grok1.ts against live: outside the
 * repository (setup.sh installs them), never a dependency of grok1.ts.
 * $GROK1_BASELINES, else ~/.cache/grok1-baselines.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

export const BASELINES_DIR = process.env.GROK1_BASELINES || join(homedir(), ".cache", "grok1-baselines");

/** The package `name` as installed in BASELINES_DIR (its CommonJS build comes as the default export). */
export async function importBaseline(name) {
  const require = createRequire(join(BASELINES_DIR, "package.json"));
  let path;
  try {
    path = require.resolve(name);
  } catch {
    const where = existsSync(BASELINES_DIR) ? `is not installed in ${BASELINES_DIR}` : `: ${BASELINES_DIR} does not exist`;
    process.stderr.write(`${name} ${where}; run bench/compare/setup.sh (or set GROK1_BASELINES)\n`);
    process.exit(2);
  }
  return import(pathToFileURL(path).href);
}
