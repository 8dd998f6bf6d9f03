/**
 * The WebAssembly kernel modules: which of the three builds (kernels-as/build.mjs,
 * asconfig.json) this engine can run, found by validating tiny modules rather than
 * assumed, and compiling the chosen one (eagerly, and once per process).
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { UserError } from "../errors.js";

/** The modules kernels-as/build.mjs writes to build/ (asconfig.json targets). */
export type WasmBuild = "simd" | "relaxed-simd" | "simd-unshared";

/** What this engine supports, found by validating tiny modules (never assumed). */
export interface WasmFeatures {
  simd: boolean;
  relaxedSimd: boolean;
  sharedMemory: boolean;
}

// ---------------------------------------------------------------------------------------
// Feature detection

/** A module holding one function `() -> v128` with the given body, for WebAssembly.validate. */
function v128Function(code: number[]): Uint8Array {
  const body = [0x00 /* no locals */, ...code, 0x0b /* end */];
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00], // "\0asm", version 1
    ...[0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7b], // type section: one type, [] -> [v128]
    ...[0x03, 0x02, 0x01, 0x00], // function section: one function of type 0
    ...[0x0a, body.length + 2, 0x01, body.length, ...body], // code section: one body
  ]);
}
const V128_CONST_ZERO = [0xfd, 0x0c, ...new Array<number>(16).fill(0)]; // v128.const 0
const F32X4_RELAXED_MADD = [0xfd, 0x85, 0x02]; // opcode 0xfd 0x105 (LEB128)
/** A module declaring a shared memory of one page (limits flags 0x03: maximum present, shared). */
const SHARED_MEMORY_MODULE = new Uint8Array([
  ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
  ...[0x05, 0x04, 0x01, 0x03, 0x01, 0x01], // memory section: one memory, shared, min 1, max 1
]);

const RELAXED_SIMD_PROBE = v128Function([...V128_CONST_ZERO, ...V128_CONST_ZERO, ...V128_CONST_ZERO, ...F32X4_RELAXED_MADD]);

/**
 * V8 11.3 (Node 20) implements relaxed SIMD in full but behind a flag; 11.4 turned it on
 * by default. On 11.3 the flag is turned on for this process (then still detected, like
 * any feature); other engines are left as they are.
 */
function enableRelaxedSimdOnV8_11_3(): void {
  if (process.versions.v8?.startsWith("11.3.") && !WebAssembly.validate(RELAXED_SIMD_PROBE)) {
    setFlagsFromString("--experimental-wasm-relaxed-simd");
  }
}

export function detectFeatures(): WasmFeatures {
  enableRelaxedSimdOnV8_11_3();
  const simd = WebAssembly.validate(v128Function(V128_CONST_ZERO));
  const relaxedSimd = WebAssembly.validate(RELAXED_SIMD_PROBE);
  let sharedMemory = typeof SharedArrayBuffer === "function" && WebAssembly.validate(SHARED_MEMORY_MODULE);
  if (sharedMemory) {
    try {
      new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true });
    } catch {
      sharedMemory = false; // e.g. a browser page that is not cross-origin isolated
    }
  }
  return { simd, relaxedSimd, sharedMemory };
}

/** The best build this engine runs: relaxed SIMD and threads where available. */
export function bestBuild(f: WasmFeatures = detectFeatures()): WasmBuild {
  if (!f.simd) throw new UserError("this JavaScript engine lacks WebAssembly SIMD: use --kernels ts");
  if (!f.sharedMemory) return "simd-unshared";
  return f.relaxedSimd ? "relaxed-simd" : "simd";
}

// ---------------------------------------------------------------------------------------
// Loading

/** build/ at the repository root, from src/kernels/ (vitest) or dist/src/kernels/ (compiled). */
function buildDir(): string {
  for (const up of ["../../build/", "../../../build/"]) {
    const dir = fileURLToPath(new URL(up, import.meta.url));
    if (existsSync(`${dir}kernels-simd.wasm`)) return dir;
  }
  throw new UserError("the WebAssembly kernels are not built (build/kernels-simd.wasm is missing): run `npm run build:wasm`, or use --kernels ts");
}

const compiled = new Map<WasmBuild, WebAssembly.Module>();

/** What a build needs of the engine, by name, that `f` says it lacks; null when it runs. */
function missingFeature(build: WasmBuild, f: WasmFeatures): string | null {
  if (!f.simd) return "WebAssembly SIMD";
  if (build === "relaxed-simd" && !f.relaxedSimd) return "WebAssembly relaxed SIMD";
  if (build !== "simd-unshared" && !f.sharedMemory) return "shared WebAssembly memory (SharedArrayBuffer)";
  return null;
}

/** The compiled module of a build (compiled once per process). */
export function compileBuild(build: WasmBuild): WebAssembly.Module {
  let module = compiled.get(build);
  if (!module) {
    // detection also turns on what the engine has behind a flag (relaxed SIMD on Node 20)
    const missing = missingFeature(build, detectFeatures());
    if (missing) throw new UserError(`the ${build} WebAssembly kernels need ${missing}, which this JavaScript engine lacks`);
    module = compileOptimized(readFileSync(`${buildDir()}kernels-${build}.wasm`));
    compiled.set(build, module);
  }
  return module;
}

/** The first V8 major version with --wasm-deopt here: Node 22's V8 12.4 lacks it, Node 24's 13.6 has it. */
const V8_WITH_WASM_DEOPT = 13;

/**
 * Compiles every function with V8's optimizing compiler up front (about 30 ms here).
 * By default V8 starts each function in its baseline compiler and optimizes it once it
 * has run enough, separately in each thread: worker threads ran their first tens of jobs
 * several times slower than the calling thread, so short runs gained nothing from a
 * second thread. The V8 flags are turned off for this compilation only, then restored
 * (unless the command line set them). From V8 13 (Node 24) on, speculative deopts are
 * turned off too: V8 14 (Node 26) fails an internal check and aborts the process when it
 * compiles eagerly with them on (it looks for the call feedback that baseline code would
 * have gathered); our kernels make no indirect calls to speculate on. Older V8s lack the
 * flag, and setting an unknown flag prints an error.
 */
function compileOptimized(bytes: Uint8Array): WebAssembly.Module {
  const flags = ["--liftoff", "--wasm-lazy-compilation"];
  if (Number(process.versions.v8.split(".")[0]) >= V8_WITH_WASM_DEOPT) flags.push("--wasm-deopt");
  const ours = flags.filter((f) => !process.execArgv.some((a) => a.endsWith(f.slice(2))));
  for (const f of ours) setFlagsFromString(`--no-${f.slice(2)}`);
  try {
    return new WebAssembly.Module(bytes);
  } finally {
    for (const f of ours) setFlagsFromString(f);
  }
}

/** The kernel exports, in the order the thread pool numbers them. */
export const KERNEL_NAMES = [
  "pack_f32",
  "pack_bf16",
  "pack_i8",
  "pack_x",
  "matmul_f32",
  "matmul_bf16",
  "matmul_i8",
  "rms_norm",
  "softmax",
  "rope",
  "gelu",
  "gelu_bf16",
  "gelu_mul",
  "top_k",
  "round_bf16",
  "attention",
  "stream_read",
  "simd_peak",
  "columns_f32",
  "columns_bf16",
  "expert_gate_f32",
  "expert_gate_bf16",
  "expert_gate_i8",
] as const;
export type KernelName = (typeof KERNEL_NAMES)[number];

export interface ModuleExports {
  heap_base(): number;
  PANEL: WebAssembly.Global;
  GEMM_SCRATCH_BYTES: WebAssembly.Global;
  GEMM_TILE_ROWS: WebAssembly.Global;
  PEAK_MADDS_PER_UNIT: WebAssembly.Global;
  DECODE_MAX_ROWS: WebAssembly.Global;
  ROUND_NONE: WebAssembly.Global;
  ROUND_BF16: WebAssembly.Global;
  ROUND_BF16_NAN: WebAssembly.Global;
}
