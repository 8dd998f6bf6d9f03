/**
 * Compiles the AssemblyScript kernels (kernels-as/assembly/) into build/ with asc, one
 * module per target of asconfig.json (`npm run build:wasm`, run by `npm ci`):
 *   kernels-simd.wasm           SIMD, shared memory (threads)       the baseline
 *   kernels-relaxed-simd.wasm   + relaxed SIMD (fused multiply-add) where the engine has it
 *   kernels-simd-unshared.wasm  SIMD, plain memory                  where shared memory is unavailable
 * src/kernels/wasm_kernels.ts picks one at run time by feature detection.
 *
 * Skips the work when every output is newer than every input (sources, asconfig.json,
 * the transform, the compiler). Flags: --force rebuilds; --update-snapshots also
 * rewrites the committed .wat snapshots of the hot kernels (see snapshot.mjs).
 *
 * asc optimizes with Binaryen's -O3 passes, less one: code-folding, which would merge
 * the per-mode loops gemv_panel16.ts compiles apart (skip_code_folding.mjs says what it
 * cost), and which the transform in that file turns off (asconfig.json cannot name it: asc resolves a
 * transform path from there as a package name). Build with this script, not with a bare
 * `asc --config asconfig.json`.
 */
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import asc from "assemblyscript/asc";
import SkipCodeFolding from "./skip_code_folding.mjs";
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
    join(root, "kernels-as", "skip_code_folding.mjs"),
    fileURLToPath(import.meta.url),
    join(root, "node_modules", "assemblyscript", "package.json"),
  ];
  const outputs = targets.flatMap((t) => [config.targets[t].outFile, config.targets[t].textFile].filter(Boolean));
  const newestInput = Math.max(...inputs.map(mtime));
  return outputs.every((o) => mtime(join(root, o)) > newestInput);
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
