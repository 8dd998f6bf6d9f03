/**
 * Compiles the AssemblyScript kernels (kernels-as/assembly/) into build/ with asc, one
 * module per target of asconfig.json (`npm run build:wasm`, run by `npm ci`):
 *   kernels-simd.wasm           SIMD, shared memory (threads)       the baseline
 *   kernels-relaxed-simd.wasm   + relaxed SIMD (fused multiply-add) where the engine has it
 *   kernels-simd-unshared.wasm  SIMD, plain memory                  where shared memory is unavailable
 * src/kernels/wasm_kernels.ts picks one at run time by feature detection.
 *
 * Skips the work when every output is newer than every input (sources, asconfig.json,
 * the compiler). Flags: --force rebuilds; --update-snapshots also rewrites the committed
 * .wat snapshots of the hot kernels (see snapshot.mjs).
 *
 * asc optimizes with Binaryen's -O3 passes, less one: code-folding (see SkipCodeFolding).
 */
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import asc from "assemblyscript/asc";
import { SNAPSHOT_BUILDS, hotFunctions, snapshotPath, watPath } from "./snapshot.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const config = JSON.parse(readFileSync(join(root, "asconfig.json"), "utf8"));
const targets = Object.keys(config.targets);
const args = new Set(process.argv.slice(2));

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -Infinity;
  }
}

function upToDate() {
  const sourceDir = join(root, "kernels-as", "assembly");
  const inputs = [
    ...readdirSync(sourceDir).map((f) => join(sourceDir, f)),
    join(root, "asconfig.json"),
    fileURLToPath(import.meta.url),
    join(root, "node_modules", "assemblyscript", "package.json"),
  ];
  const outputs = targets.flatMap((t) => [config.targets[t].outFile, config.targets[t].textFile].filter(Boolean));
  const newestInput = Math.max(...inputs.map(mtime));
  return outputs.every((o) => mtime(join(root, o)) > newestInput);
}

/**
 * An asc transform that turns off Binaryen's code-folding pass before asc optimizes.
 *
 * The kernels pass each loop its mode as a literal argument of an @inline function
 * (gemv_panel16.ts panelRow's `round`), so that every mode compiles to its own loop. asc
 * inlines a call as "set the parameter's local, then the body", and the bodies of two
 * calls that differ only in that literal are the same instructions: code-folding merges
 * such identical tails of the arms of an `if` into one copy after it, which turns the
 * literal back into a run-time value tested inside the loop, at every element. That
 * made the int8 decode loop with bf16 rounding and float32 scales 1.45× slower (one
 * token, 1024 × 1024: 5.3 → 7.7 G weights/s). The pass only shrinks code; the module
 * is smaller without it.
 * asc gives a transform class `this.binaryen`, the Binaryen instance that compiles the
 * module; afterCompile runs before the optimization passes, and the skip lasts for
 * every later compile in this process.
 */
class SkipCodeFolding {
  afterCompile() {
    this.binaryen.addPassToSkip("code-folding");
  }
}

async function compile(target) {
  const started = Date.now();
  const { error, stderr } = await asc.main(["--config", "asconfig.json", "--target", target], { transforms: [SkipCodeFolding] });
  if (error) {
    process.stderr.write(stderr.toString());
    throw new Error(`asc failed for target ${target}: ${error.message}`);
  }
  process.stderr.write(`build:wasm ${config.targets[target].outFile} (${Date.now() - started} ms)\n`);
}

process.chdir(root);
mkdirSync(join(root, "build"), { recursive: true });
if (args.has("--force") || !upToDate()) {
  for (const target of targets) await compile(target);
} else {
  process.stderr.write("build:wasm up to date\n");
}
if (args.has("--update-snapshots")) {
  for (const build of SNAPSHOT_BUILDS) {
    writeFileSync(join(root, snapshotPath(build)), hotFunctions(readFileSync(join(root, watPath(build)), "utf8")));
    process.stderr.write(`build:wasm wrote ${snapshotPath(build)}\n`);
  }
}
