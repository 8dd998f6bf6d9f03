/**
 * The WebAssembly kernels (kernels-as/, compiled by kernels-as/build.mjs) behind the
 * Kernels interface; ts_kernels.ts is their oracle.
 *
 * This file owns the WebAssembly.Memory the kernels run over — shared between threads
 * when the engine allows — and everything placed in it:
 * - weights, packed once into the panel layout of kernels-as/assembly/panel16.ts
 *   (same bytes per element: int8 stays int8, bf16 stays bf16), cached per weight
 *   array and freed when that array is garbage-collected;
 * - arrays handed out by allocateF32, in bank 0: the KV cache, which attention reads in
 *   place, and the loaders' read buffers, whose weights are packed from where they lie;
 * - per call, the activations: copied in, computed on, copied out. They live above the
 *   weights and are dropped when the call returns.
 * wasm32 addresses 4 GiB at most, so weights that do not fit go to a further memory, a
 * "bank": the same module instantiated over a memory of its own (with threads of its
 * own). A matmul runs in the bank that holds its weight, its activations copied in and
 * out as always; every other kernel runs in bank 0. Jobs large enough to pay for it are
 * split across the bank's ThreadPool.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { UserError } from "../errors.js";
import { type AttentionArgs, type ExpertWeights, type Kernels, type Weight, checkColumns, expertFfnComposed, groupRows } from "./kernels.js";
import { type KernelFn, ThreadPool } from "./thread_pool.js";
import { CONTROL } from "./thread_worker.js";

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
] as const;
type KernelName = (typeof KERNEL_NAMES)[number];

interface ModuleExports {
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

// ---------------------------------------------------------------------------------------
// Memory

/** 64 KiB: the WebAssembly page. */
const PAGE_BYTES = 65536;
/** wasm32's address space, 65536 pages: also the maximum every memory declares. */
const MAX_PAGES = 65536;
export const WASM32_BYTES = MAX_PAGES * PAGE_BYTES;
/** Every block starts on a cache line (and a v128 load never straddles one). */
const ALIGN = 64;
/** Bytes left after each weight: a kernel may load a full v128 at its last row. */
const SLACK = 16;

const alignUp = (n: number, a = ALIGN) => Math.ceil(n / a) * a;

/**
 * Bytes of a bank kept for activations: weights stop this far below the memory's end, so
 * that the largest call's arguments still fit above them (a prefill's logits, [T, V]
 * float32, are 64 MiB for T = 128 and V = 131072).
 */
const SCRATCH_HEADROOM = 256 * 2 ** 20;

/**
 * The memory's layout: [0, base) the module's static data and the thread pool's control
 * block; [base, weightsTop) packed weights (first-fit over freed blocks, else bump) up to
 * weightLimit; [weightsTop, scratchTop) the current call's activations, up to maxBytes.
 */
export class WasmHeap {
  f32!: Float32Array;
  i32!: Int32Array;
  u16!: Uint16Array;
  i8!: Int8Array;
  u8!: Uint8Array;
  /** Bytes of live packed weights. */
  weightBytes = 0;
  private weightsTop: number;
  private scratchTop: number;
  private readonly free: { start: number; end: number }[] = [];

  /** The memory's size limit (its declared maximum), and where weights must end. */
  readonly maxBytes: number;
  readonly weightLimit: number;

  constructor(
    readonly memory: WebAssembly.Memory,
    readonly base: number,
    maxBytes: number,
  ) {
    this.weightsTop = this.scratchTop = alignUp(base);
    this.maxBytes = maxBytes;
    this.weightLimit = maxBytes - Math.min(SCRATCH_HEADROOM, maxBytes / 4);
    this.refreshViews();
  }

  /**
   * Reserves `bytes` for a packed weight until freeWeight, leaving at least `scratchBytes`
   * for the activations that follow; undefined (and nothing reserved) where it does not fit.
   */
  tryAllocWeight(bytes: number, scratchBytes = 0): number | undefined {
    const start = this.reserve(bytes, scratchBytes);
    if (start !== undefined) this.weightBytes += alignUp(bytes);
    return start;
  }

  /**
   * Reserves `bytes` for an array the caller keeps in this memory (a KV cache) until
   * freeArray, placed as a weight is but not counted as one; undefined where it does not fit.
   */
  tryAllocArray(bytes: number): number | undefined {
    return this.reserve(bytes, 0);
  }

  freeArray(start: number, bytes: number): void {
    this.release(start, bytes);
  }

  /** Long-lived room (weights, arrays): first fit among freed blocks, else the top of the bump region. */
  private reserve(bytes: number, scratchBytes: number): number | undefined {
    const size = alignUp(bytes);
    const i = this.free.findIndex((b) => b.end - b.start >= size);
    if (i >= 0 && this.weightsTop + scratchBytes <= this.maxBytes) {
      const block = this.free[i];
      const start = block.start;
      block.start += size;
      if (block.start === block.end) this.free.splice(i, 1);
      return start;
    }
    const start = this.weightsTop;
    if (!this.fits(start + size, scratchBytes)) return undefined;
    this.grow(start + size);
    this.weightsTop = this.scratchTop = start + size;
    return start;
  }

  /** Whether weights of `bytes` would fit (with `scratchBytes` above them) in this memory emptied. */
  fitsWhenEmpty(bytes: number, scratchBytes: number): boolean {
    return this.fits(alignUp(this.base) + alignUp(bytes), scratchBytes);
  }

  /** Whether weights may end at `end` and still leave `scratchBytes` for activations. */
  private fits(end: number, scratchBytes: number): boolean {
    return end <= this.weightLimit && end + scratchBytes <= this.maxBytes;
  }

  /** Reserves `bytes` for a packed weight until freeWeight, or says why it cannot. */
  allocWeight(bytes: number): number {
    const start = this.tryAllocWeight(bytes);
    if (start === undefined) {
      throw new UserError(`${bytes} bytes do not fit in a WebAssembly memory of ${this.maxBytes} bytes holding ${this.weightBytes} bytes of weights`);
    }
    return start;
  }

  freeWeight(start: number, bytes: number): void {
    this.weightBytes -= alignUp(bytes);
    this.release(start, bytes);
  }

  /** Gives reserved room back: merged with its free neighbours, or into the bump region at the top. */
  private release(start: number, bytes: number): void {
    const size = alignUp(bytes);
    let i = this.free.findIndex((b) => b.start > start);
    if (i < 0) i = this.free.length;
    this.free.splice(i, 0, { start, end: start + size });
    // merge with the next block, then with the previous one
    if (i + 1 < this.free.length && this.free[i].end === this.free[i + 1].start) {
      this.free[i].end = this.free[i + 1].end;
      this.free.splice(i + 1, 1);
    }
    if (i > 0 && this.free[i - 1].end === this.free[i].start) {
      this.free[i - 1].end = this.free[i].end;
      this.free.splice(i, 1);
      i--;
    }
    // a free block at the top gives its space back to the bump region
    const last = this.free[this.free.length - 1];
    if (last.end === this.weightsTop) {
      this.weightsTop = this.scratchTop = last.start;
      this.free.pop();
    }
  }

  /** Drops the previous call's scratch. */
  resetScratch(): void {
    this.scratchTop = this.weightsTop;
  }

  /** Reserves `bytes` of scratch until the next resetScratch. */
  scratch(bytes: number): number {
    const start = this.scratchTop;
    const end = alignUp(start + bytes + SLACK);
    if (end > this.maxBytes) {
      throw new UserError(`kernel arguments too large for a wasm32 memory: ${end} bytes needed (at most ${this.maxBytes}); use --kernels ts`);
    }
    this.grow(end);
    this.scratchTop = end;
    return start;
  }

  /** Copies `a` into scratch; returns its address. */
  put(a: ArrayBufferView): number {
    const address = this.scratch(a.byteLength);
    this.u8.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), address);
    return address;
  }

  /** Copies n float32 at `address` into `out`. */
  getF32(address: number, n: number, out: Float32Array): void {
    out.set(this.f32.subarray(address >>> 2, (address >>> 2) + n));
  }

  private grow(end: number): void {
    const have = this.memory.buffer.byteLength;
    if (end <= have) return;
    try {
      this.memory.grow(Math.ceil((end - have) / PAGE_BYTES));
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      throw new UserError(`the WebAssembly kernels cannot grow their memory to ${(end / 2 ** 30).toFixed(2)} GiB (${e.message}): not enough memory on this machine`);
    }
    this.refreshViews();
  }

  /** Views over the whole memory: a grown shared memory has a longer buffer, a plain one a new buffer. */
  private refreshViews(): void {
    const b = this.memory.buffer;
    this.f32 = new Float32Array(b);
    this.i32 = new Int32Array(b);
    this.u16 = new Uint16Array(b);
    this.i8 = new Int8Array(b);
    this.u8 = new Uint8Array(b);
  }
}

// ---------------------------------------------------------------------------------------
// Weights

/** A weight in the memory, packed (kernels-as/assembly/panel16.ts). */
interface PackedWeight {
  /** Which memory holds it (WasmKernels.banks). */
  bank: Bank;
  address: number;
  bytes: number;
  /** int8: the scales as float32, G rows of N zero-padded to whole panels; else 0. */
  scales: number;
  scaleBytes: number;
  /** int8: G, the number of scale groups along K; else 1. */
  groups: number;
  /** int8: one of the module's ROUND_* modes. */
  round: number;
}

const ELEMENT_BYTES = { f32: 4, bf16: 2, i8: 1 } as const;

/** Columns per panel: kernels-as/assembly/panel16.ts PANEL (checked against the module on load). */
const PANEL = 16;

/**
 * Bytes a weight takes once packed into the WebAssembly memory (panels padded to 16
 * columns, int8 scales as float32): a loader can sum them over a model and compare with
 * WASM32_BYTES before loading anything.
 */
export function packedWeightBytes(w: Weight): number {
  const Npad = Math.ceil(w.N / PANEL) * PANEL;
  const scales = w.dtype === "i8" ? alignUp((w.scaleGroups ?? 1) * Npad * 4) : 0;
  return alignUp(Npad * w.K * ELEMENT_BYTES[w.dtype] + SLACK) + scales;
}


/**
 * Ids for array buffers, to name a weight by where its bytes are: a model may build a new
 * Weight object (a subarray of a stacked expert tensor) for every call.
 */
const bufferIds = new WeakMap<ArrayBufferLike, number>();
let lastBufferId = 0;
function bufferId(b: ArrayBufferLike): number {
  let id = bufferIds.get(b);
  if (id === undefined) bufferIds.set(b, (id = ++lastBufferId));
  return id;
}

/** Everything that decides a weight's packed bytes, besides its data buffer. */
function weightKey(w: Weight): string {
  const base = `${w.dtype}:${w.layout}:${w.K}:${w.N}:${w.data.byteOffset}`;
  if (w.dtype !== "i8") return base;
  return `${base}:${bufferId(w.scales.buffer)}:${w.scales.byteOffset}:${w.scaleGroups ?? 1}:${w.roundToBf16}`;
}

// ---------------------------------------------------------------------------------------
// The kernels

/**
 * Rough single-thread cost of each kernel's unit of work, in nanoseconds (measured on one
 * Zen 4 core; only the order of magnitude matters). A job is split between threads only
 * where each gets at least MIN_NS_PER_THREAD of it: waking a worker costs microseconds,
 * but in a run of jobs (a decode step) the workers are still spinning, and a worker late
 * to wake costs little, as the caller claims its parts (thread_pool.ts). 5 µs rather than
 * 20: one token of grok-1-mid on 2 threads, int8 in bfloat16 mode, 16.8 → 16.3 ms (its
 * [1024, 256] key and value projections, ~35 µs each with bf16 rounding, now split).
 */
const NS = {
  decodeMac: 0.1, // matmul, M ≤ 4: memory-bound, W streamed once
  prefillMac: 0.04, // matmul, M > 4: ~50 GFLOP/s
  normElement: 0.5,
  expElement: 3, // softmax: a four-lane float64 exp per four elements, and a sequential sum
  geluElement: 1, // a four-lane tanh per four elements
  ropePair: 20, // a float64 sin and cos per position and pair
  ropeElement: 0.3,
  attentionSlot: 20, // tanh and exp per (query row, key slot), plus 0.3 per K
  attentionMac: 0.3,
  topKCompare: 1,
  roundElement: 0.3,
  packElement: 0.3,
};
const MIN_NS_PER_THREAD = 5_000;
/** Elementwise kernels split between threads at multiples of 16 elements (four vectors). */
const ELEMENT_GRAIN = 16;

export interface WasmKernelsOptions {
  /** Threads, the caller included (default 1). Above 1 needs a shared-memory build. */
  threads?: number;
  /**
   * Bytes of each memory bank (default, and at most, WASM32_BYTES; a multiple of 64 KiB):
   * tests set a few MiB to run models across several banks.
   */
  bankBytes?: number;
  /** Which module to run (default: bestBuild()). */
  build?: WasmBuild;
  /**
   * Estimated nanoseconds of work per thread below which a job is not split (default
   * MIN_NS_PER_THREAD); tests set 0 to split every job.
   */
  minNsPerThread?: number;
}

/** The kernel module instantiated over a memory: the caller's instance, and maybe a pool's. */
class Bank {
  readonly heap: WasmHeap;
  readonly fns: Record<KernelName, KernelFn>;
  readonly exports: ModuleExports;

  constructor(
    instance: WebAssembly.Instance,
    memory: WebAssembly.Memory,
    maxBytes: number,
    readonly pool: ThreadPool | undefined,
  ) {
    const e = instance.exports as unknown as ModuleExports & Record<KernelName, KernelFn>;
    this.fns = Object.fromEntries(KERNEL_NAMES.map((n) => [n, e[n]])) as Record<KernelName, KernelFn>;
    this.exports = e;
    this.heap = new WasmHeap(memory, controlBlock(instance) + CONTROL.BYTES, maxBytes);
  }

  /** Runs kernel `name` over [0, total) in `parts` parts, each a multiple of `grain`. */
  run(name: KernelName, args: number[], total: number, grain: number, parts: number, scratch?: { base: number; stride: number }): void {
    const fn = this.fns[name];
    if (parts <= 1 || !this.pool) {
      fn(...args, ...(scratch ? [scratch.base] : []), 0, total);
      return;
    }
    this.pool.run({ kernel: KERNEL_NAMES.indexOf(name), local: fn, args, total, parts, grain, scratch });
  }
}

/** The byte address of the thread pool's control block: the first after the module's static data. */
function controlBlock(instance: WebAssembly.Instance): number {
  return alignUp((instance.exports as unknown as ModuleExports).heap_base());
}

/** A memory of at most `maxBytes`, and the module instantiated over it. */
function instantiate(module: WebAssembly.Module, maxBytes: number, shared: boolean) {
  let memory: WebAssembly.Memory;
  try {
    // a shared memory reserves its maximum of address space up front
    memory = new WebAssembly.Memory({ initial: 1, maximum: maxBytes / PAGE_BYTES, shared });
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    throw new UserError(
      `the WebAssembly kernels cannot reserve their memory (${(maxBytes / 2 ** 30).toFixed(0)} GiB of address space: ${e.message}); ` +
        "raise the process's address-space limit (ulimit -v) or run with --kernels ts",
    );
  }
  const imports = { env: { memory, abort: () => { throw new Error("abort called in a wasm kernel"); } } };
  const instance = new WebAssembly.Instance(module, imports);
  return { memory, instance, control: controlBlock(instance) };
}

/** The first S of every `slots` slots of x [B, slots, width]: x itself where that is all of it. */
function slotsOf(x: Float32Array, B: number, slots: number, S: number, width: number): Float32Array {
  if (slots === S || B === 1) return x.subarray(0, B * S * width);
  const out = new Float32Array(B * S * width);
  for (let b = 0; b < B; b++) out.set(x.subarray(b * slots * width, (b * slots + S) * width), b * S * width);
  return out;
}

export class WasmKernels implements Kernels {
  readonly name: string;
  /** The memories: bank 0 runs every kernel, the others only matmuls of their weights. */
  private readonly banks: Bank[];
  private readonly gemmScratchBytes: number;
  private readonly gemmTileRows: number;
  private readonly decodeMaxRows: number;
  private readonly roundModes: { none: number; bf16: number; bf16NaN: number };
  private threadLimit = Infinity;
  private readonly packed = new WeakMap<ArrayBufferLike, Map<string, PackedWeight>>();
  private readonly finalizer = new FinalizationRegistry<Map<string, PackedWeight>>((entries) => {
    for (const p of entries.values()) this.release(p);
  });

  /** The buffers that resident arrays (allocateF32) are views of: attention reads those in place. */
  private readonly residentBuffers = new WeakSet<ArrayBufferLike>();
  private readonly resident = new WeakMap<Float32Array, { address: number; bytes: number }>();
  private readonly residentFinalizer = new FinalizationRegistry<{ address: number; bytes: number }>((r) => this.heap.freeArray(r.address, r.bytes));

  private constructor(
    readonly build: WasmBuild,
    private readonly module: WebAssembly.Module,
    first: Bank,
    private readonly bankBytes: number,
    private readonly minNsPerThread: number,
  ) {
    const e = first.exports;
    if (e.PANEL.value !== PANEL) throw new Error(`the kernel module packs ${e.PANEL.value} columns per panel, not ${PANEL}`);
    this.gemmScratchBytes = e.GEMM_SCRATCH_BYTES.value;
    this.gemmTileRows = e.GEMM_TILE_ROWS.value;
    this.decodeMaxRows = e.DECODE_MAX_ROWS.value;
    this.roundModes = { none: e.ROUND_NONE.value, bf16: e.ROUND_BF16.value, bf16NaN: e.ROUND_BF16_NAN.value };
    this.banks = [first];
    this.name = `wasm-${build}${first.pool ? `-x${first.pool.threads}` : ""}`;
  }

  static async create(opts: WasmKernelsOptions = {}): Promise<WasmKernels> {
    const build = opts.build ?? bestBuild();
    const shared = build !== "simd-unshared";
    const threads = Math.max(1, Math.floor(opts.threads ?? 1));
    if (threads > 1 && !shared) throw new Error(`the ${build} build cannot run on ${threads} threads: it has no shared memory`);
    const bankBytes = opts.bankBytes ?? WASM32_BYTES;
    if (!Number.isInteger(bankBytes / PAGE_BYTES) || bankBytes <= 0 || bankBytes > WASM32_BYTES) {
      throw new Error(`bankBytes must be a positive multiple of ${PAGE_BYTES} up to ${WASM32_BYTES}, not ${bankBytes}`);
    }
    const module = compileBuild(build);
    const { memory, instance, control } = instantiate(module, bankBytes, shared);
    const pool = threads > 1 ? await ThreadPool.start(module, memory, control, threads, KERNEL_NAMES) : undefined;
    const first = new Bank(instance, memory, bankBytes, pool);
    return new WasmKernels(build, module, first, bankBytes, opts.minNsPerThread ?? MIN_NS_PER_THREAD);
  }

  /** A further bank, with as many threads as the first (its workers boot while it is used). */
  private addBank(): Bank {
    const threads = this.banks[0].pool?.threads ?? 1;
    const { memory, instance, control } = instantiate(this.module, this.bankBytes, this.build !== "simd-unshared");
    const pool = threads > 1 ? ThreadPool.startNow(this.module, memory, control, threads, KERNEL_NAMES) : undefined;
    const bank = new Bank(instance, memory, this.bankBytes, pool);
    this.banks.push(bank);
    return bank;
  }

  /** Threads a job may use, the caller included. */
  get threads(): number {
    return Math.min(this.threadLimit, this.banks[0].pool?.threads ?? 1);
  }

  /** Lets jobs use at most n threads from now on (at most those started; benchmarks compare 1 and n). */
  limitThreads(n: number): void {
    this.threadLimit = Math.max(1, Math.floor(n));
  }

  /** Bytes of packed weights now held in the memories. */
  get packedBytes(): number {
    return this.banks.reduce((sum, b) => sum + b.heap.weightBytes, 0);
  }

  /** Bytes of the WebAssembly memories (they only grow). */
  get memoryBytes(): number {
    return this.banks.reduce((sum, b) => sum + b.heap.memory.buffer.byteLength, 0);
  }

  /** Memories in use: one, and more once the packed weights outgrow wasm32's 4 GiB. */
  get bankCount(): number {
    return this.banks.length;
  }

  /** Stops the worker threads. */
  async close(): Promise<void> {
    await Promise.all(this.banks.map((b) => b.pool?.close()));
  }

  /**
   * Kernels.allocateF32: a zeroed array in bank 0's memory, which attention reads where it
   * is instead of copying it in (the KV cache, read whole at every decode step). A plain
   * array where the memory is not shared (growing it would detach the view) or full.
   */
  allocateF32(n: number): Float32Array {
    const memory = this.heap.memory;
    if (!(memory.buffer instanceof SharedArrayBuffer) || n === 0) return new Float32Array(n);
    const bytes = 4 * n;
    let address: number | undefined;
    try {
      address = this.heap.tryAllocArray(bytes);
    } catch (e) {
      if (!(e instanceof RangeError)) throw e; // the memory could not grow: a plain array
    }
    if (address === undefined) return new Float32Array(n);
    const a = new Float32Array(memory.buffer, address, n).fill(0); // freed room may hold old data
    const r = { address, bytes };
    this.residentBuffers.add(a.buffer);
    this.resident.set(a, r);
    this.residentFinalizer.register(a, r, a);
    return a;
  }

  /** Kernels.releaseF32: gives an allocateF32 array's room back now (a plain array: nothing to do). */
  releaseF32(a: Float32Array): void {
    const r = this.resident.get(a);
    if (!r) return;
    this.resident.delete(a);
    this.residentFinalizer.unregister(a);
    this.heap.freeArray(r.address, r.bytes);
  }

  /** The address of `a` in bank 0's memory if it is (a view of) an allocateF32 array, else undefined. */
  private residentAddress(a: ArrayBufferView): number | undefined {
    return this.residentBuffers.has(a.buffer) ? a.byteOffset : undefined;
  }

  /** Bank 0's heap: where every kernel but a matmul runs. */
  private get heap(): WasmHeap {
    return this.banks[0].heap;
  }

  /**
   * Packs `w` into the memory now (the loader's hook: otherwise the first matmul does it).
   * The packed copy is reused for every Weight over the same bytes, so a weight's data
   * must not change after its first use.
   */
  prepareWeight(w: Weight): void {
    this.packedWeight(w);
  }

  /**
   * Packs `w` now and drops its JavaScript copy: `w.data` becomes an empty array of its
   * type, under which the packed copy is found from then on (the scales of an int8 weight
   * stay). For a loader that holds a whole model in the kernels' memory, so that each
   * weight's bytes are held once, not twice. Only these kernels can then use `w`: a
   * weight handed over cannot be packed again once released.
   */
  adoptWeight(w: Weight): void {
    if (w.data.length === 0 && w.K * w.N > 0) return; // already adopted
    const p = this.packedWeight(w);
    this.entriesOf(w.data.buffer).delete(weightKey(w)); // not freed when the old array is collected
    (w as { data: typeof w.data }).data = new (w.data.constructor as new (n: number) => typeof w.data)(0);
    this.entriesOf(w.data.buffer).set(weightKey(w), p);
  }

  /** Frees w's packed copy now, rather than when its data array is garbage-collected. */
  releaseWeight(w: Weight): void {
    const entries = this.packed.get(w.data.buffer);
    const p = entries?.get(weightKey(w));
    if (!entries || !p) return;
    this.release(p);
    entries.delete(weightKey(w));
  }

  // -- the Kernels interface --------------------------------------------------------

  matmul(x: Float32Array, M: number, w: Weight, y: Float32Array, group?: number): void {
    const { K, N } = w;
    const [k0, k1] = groupRows(w, group);
    if (M === 0 || N === 0) return;
    if (k1 === k0) {
      y.fill(0, 0, M * N);
      return;
    }
    const p = this.packedWeight(w);
    const h = p.bank.heap;
    h.resetScratch();
    const xa = h.put(x.subarray(0, M * K));
    const ya = h.scratch(M * N * 4);
    this.matmulAt(p, w, xa, M, ya, group);
    h.getF32(ya, M * N, y);
  }

  /**
   * y = x · W (Kernels.matmul) on addresses in the bank that holds W's packed copy `p`:
   * x [M, K] at xa, y [M, N] at ya; scratch taken above both.
   */
  private matmulAt(p: PackedWeight, w: Weight, xa: number, M: number, ya: number, group?: number): void {
    const { K, N } = w;
    const [k0, k1] = groupRows(w, group);
    const h = p.bank.heap;
    const panels = Math.ceil(N / PANEL);
    const prefill = M > this.decodeMaxRows;
    if (prefill) {
      // the prefill path reads x in row tiles (gemm_panel16.ts pack_x)
      const tiles = Math.ceil(M / this.gemmTileRows);
      const packed = h.scratch(tiles * this.gemmTileRows * K * 4);
      p.bank.run("pack_x", [xa, M, K, packed], tiles, 1, this.partsFor(M * K * NS.packElement, tiles));
      xa = packed;
    }
    const parts = this.partsFor(M * (k1 - k0) * N * (prefill ? NS.prefillMac : NS.decodeMac), panels);
    const scratchStride = prefill ? alignUp(this.gemmScratchBytes) : 0;
    const scratch = { base: h.scratch(scratchStride * parts), stride: scratchStride };
    const [g0, g1] = group === undefined ? [0, p.groups] : [group, group + 1];
    const args =
      w.dtype === "i8" ? [xa, M, K, N, p.address, p.scales, p.groups, g0, g1, p.round, ya] : [xa, M, K, N, p.address, ya];
    p.bank.run(`matmul_${w.dtype}`, args, panels, 1, parts, scratch);
  }

  /**
   * Kernels.expertFfn. Where the three weights are packed in one bank, h and hv never
   * leave WebAssembly memory: x goes in once, out comes back, and the gate is one kernel
   * (gelu_mul). Otherwise, the same kernels one call at a time.
   */
  expertFfn(x: Float32Array, n: number, w: ExpertWeights, round: { h: boolean; hv: boolean }, out: Float32Array): void {
    const D = w.linear.K, F = w.linear.N;
    const [a, b, c] = [w.linear, w.linear_v, w.linear_1].map((m) => this.packedWeight(m));
    if (n === 0 || F === 0 || D === 0 || a.bank !== b.bank || a.bank !== c.bank) {
      expertFfnComposed(this, x, n, w, round, out);
      return;
    }
    const bank = a.bank, heap = bank.heap;
    heap.resetScratch();
    const xa = heap.put(x.subarray(0, n * D));
    const ha = heap.scratch(n * F * 4), hva = heap.scratch(n * F * 4), oa = heap.scratch(n * D * 4);
    this.matmulAt(a, w.linear, xa, n, ha);
    this.matmulAt(b, w.linear_v, xa, n, hva);
    if (round.h) bank.run("round_bf16", [ha], n * F, ELEMENT_GRAIN, this.elementParts(n * F, NS.roundElement));
    if (round.hv) bank.run("round_bf16", [hva], n * F, ELEMENT_GRAIN, this.elementParts(n * F, NS.roundElement));
    bank.run("gelu_mul", [ha, hva], n * F, ELEMENT_GRAIN, this.elementParts(n * F, NS.geluElement));
    this.matmulAt(c, w.linear_1, ha, n, oa);
    heap.getF32(oa, n * D, out);
  }

  columns(w: Weight, ids: Int32Array, out: Float32Array): void {
    checkColumns(w, ids);
    if (ids.length === 0 || w.K === 0) return;
    const p = this.packedWeight(w); // read where the packed copy is: the weight's own array may be gone (adoptWeight)
    const h = p.bank.heap;
    h.resetScratch();
    const ia = h.put(ids);
    const oa = h.scratch(ids.length * w.K * 4);
    p.bank.run(`columns_${w.dtype as "f32" | "bf16"}`, [p.address, w.K, ia, oa], ids.length, 1, 1);
    h.getF32(oa, ids.length * w.K, out);
  }

  rmsNorm(x: Float32Array, rows: number, D: number, scale: Float32Array, eps: number, y: Float32Array): void {
    const h = this.heap;
    h.resetScratch();
    const xa = h.put(x.subarray(0, rows * D));
    const sa = h.put(scale.subarray(0, D));
    const ya = h.scratch(rows * D * 4);
    this.run("rms_norm", [xa, D, sa, eps, ya], rows, 1, this.partsFor(rows * D * NS.normElement, rows));
    h.getF32(ya, rows * D, y);
  }

  softmax(x: Float32Array, rows: number, n: number): void {
    const h = this.heap;
    h.resetScratch();
    const xa = h.put(x.subarray(0, rows * n));
    this.run("softmax", [xa, n], rows, 1, this.partsFor(rows * n * NS.expElement, rows));
    h.getF32(xa, rows * n, x);
  }

  rope(x: Float32Array, B: number, T: number, H: number, K: number, offset: Int32Array, invFreq: Float32Array): void {
    if (K % 2 !== 0) throw new Error(`rope: head size ${K} is odd`);
    const h = this.heap;
    h.resetScratch();
    const n = B * T * H * K;
    const xa = h.put(x.subarray(0, n));
    const oa = h.put(offset.subarray(0, B));
    const fa = h.put(invFreq.subarray(0, K / 2));
    const rows = B * T;
    const parts = this.partsFor(rows * ((K / 2) * NS.ropePair + H * K * NS.ropeElement), rows);
    const stride = alignUp(K * 4);
    const scratch = { base: h.scratch(stride * parts), stride };
    this.run("rope", [xa, T, H, K, oa, fa], rows, 1, parts, scratch);
    h.getF32(xa, n, x);
  }

  gelu(x: Float32Array, bf16 = false): void {
    this.elementwise(bf16 ? "gelu_bf16" : "gelu", x, NS.geluElement);
  }

  roundBf16(x: Float32Array): void {
    this.elementwise("round_bf16", x, NS.roundElement);
  }

  topK(x: Float32Array, rows: number, n: number, k: number, values: Float32Array, indices: Int32Array): void {
    const h = this.heap;
    h.resetScratch();
    const xa = h.put(x.subarray(0, rows * n));
    const va = h.scratch(rows * k * 4);
    const ia = h.scratch(rows * k * 4);
    this.run("top_k", [xa, n, k, va, ia], rows, 1, this.partsFor(rows * n * k * NS.topKCompare, rows));
    h.getF32(va, rows * k, values);
    indices.set(h.i32.subarray(ia >>> 2, (ia >>> 2) + rows * k));
  }

  attention(a: AttentionArgs): void {
    const { B, T, S, Hq, Hkv, K } = a;
    const h = this.heap;
    h.resetScratch();
    const qa = h.put(a.q.subarray(0, B * T * Hq * K));
    // a KV cache from allocateF32 is read where it is; other k, v are copied in, S slots a row
    const kIn = this.residentAddress(a.k), vIn = this.residentAddress(a.v);
    const inPlace = kIn !== undefined && vIn !== undefined;
    const slots = inPlace ? (a.slots ?? S) : S;
    const ka = inPlace ? kIn : h.put(slotsOf(a.k, B, a.slots ?? S, S, Hkv * K));
    const va = inPlace ? vIn : h.put(slotsOf(a.v, B, a.slots ?? S, S, Hkv * K));
    const ma = h.put(a.mask.subarray(0, B * T * S));
    const oa = h.scratch(B * T * Hq * K * 4);
    const rows = B * T * Hq, G = Hq / Hkv;
    const parts = this.partsFor(rows * S * (NS.attentionSlot + K * NS.attentionMac), rows);
    // threads take whole groups of G rows (one key/value head's query heads) where there are enough
    const grain = rows / G >= parts ? G : 1;
    const stride = alignUp(G * S * 4 + B * Hkv); // logits of a group's G query heads, a flag per value head
    const scratch = { base: h.scratch(stride * parts), stride };
    const args = [qa, ka, va, ma, oa, T, S, slots, Hq, Hkv, K, a.multiplier, a.bf16 ? 1 : 0];
    this.run("attention", args, rows, grain, parts, scratch);
    h.getF32(oa, B * T * Hq * K, a.out);
  }

  // -- benchmarks -----------------------------------------------------------------------

  /**
   * The memory read bandwidth baseline: a buffer of `bytes` in this memory and a function
   * that streams it once through SIMD loads on this.threads threads (kernels-as/assembly/bandwidth.ts).
   */
  streamReader(bytes: number): { read(): void; release(): void } {
    const lines = Math.floor(bytes / 64);
    const address = this.heap.allocWeight(lines * 64);
    this.heap.u8.fill(1, address, address + lines * 64); // touch every page
    return {
      read: () => this.run("stream_read", [address], lines, 1, this.threads),
      release: () => this.heap.freeWeight(address, lines * 64),
    };
  }

  /**
   * The arithmetic baseline (bandwidth.ts simd_peak): `run()` does `flops` float32 flops
   * of independent multiply-adds, split over this instance's threads.
   */
  simdPeak(units: number): { run(): void; flops: number; release(): void } {
    const e = this.banks[0].exports;
    const out = this.heap.allocWeight(16 * units); // one checksum per part, at its first unit
    return {
      run: () => {
        this.run("simd_peak", [out], units, 1, Math.min(this.threads, units));
      },
      flops: units * e.PEAK_MADDS_PER_UNIT.value * 4 * 2,
      release: () => this.heap.freeWeight(out, 16 * units),
    };
  }

  // -- helpers ----------------------------------------------------------------------------

  /** Threads worth using for a job of about `ns` nanoseconds that can be cut into `units` pieces. */
  private partsFor(ns: number, units: number): number {
    return Math.max(1, Math.min(this.threads, units, Math.floor(ns / this.minNsPerThread)));
  }

  /** Runs kernel `name` in bank 0 (Bank.run). */
  private run(name: KernelName, args: number[], total: number, grain: number, parts: number, scratch?: { base: number; stride: number }): void {
    this.banks[0].run(name, args, total, grain, parts, scratch);
  }

  /** In-place kernels over every element of x, cut at multiples of 16 elements between threads. */
  private elementwise(name: "gelu" | "gelu_bf16" | "round_bf16", x: Float32Array, nsPerElement: number): void {
    const h = this.heap;
    h.resetScratch();
    const xa = h.put(x);
    const n = x.length;
    this.run(name, [xa], n, ELEMENT_GRAIN, this.elementParts(n, nsPerElement));
    h.getF32(xa, n, x);
  }

  /** Threads worth using for an elementwise kernel over n elements (cut at ELEMENT_GRAIN). */
  private elementParts(n: number, nsPerElement: number): number {
    return this.partsFor(n * nsPerElement, Math.ceil(n / ELEMENT_GRAIN));
  }

  /** The packed weights over `buffer`, by weightKey; freed when the buffer is collected. */
  private entriesOf(buffer: ArrayBufferLike): Map<string, PackedWeight> {
    let entries = this.packed.get(buffer);
    if (!entries) {
      entries = new Map();
      this.packed.set(buffer, entries);
      this.finalizer.register(buffer, entries);
    }
    return entries;
  }

  private packedWeight(w: Weight): PackedWeight {
    const entries = this.entriesOf(w.data.buffer);
    const key = weightKey(w);
    let p = entries.get(key);
    if (!p) {
      p = this.pack(w);
      entries.set(key, p);
    }
    return p;
  }

  private release(p: PackedWeight): void {
    p.bank.heap.freeWeight(p.address, p.bytes);
    if (p.scaleBytes > 0) p.bank.heap.freeWeight(p.scales, p.scaleBytes);
  }

  /**
   * Room for a packed weight of `bytes` (and int8 scales of `scaleBytes`) in the first bank
   * that has it, else a new bank, with `plainBytes` of scratch above for the unpacked copy,
   * which bank 0 does not need where the weight's array already lies in it (`inBank0`).
   */
  private place(bytes: number, scaleBytes: number, plainBytes: number, inBank0 = false): { bank: Bank; address: number; scales: number } {
    const tryBank = (bank: Bank) => {
      const plain = inBank0 && bank === this.banks[0] ? 0 : plainBytes;
      const address = bank.heap.tryAllocWeight(bytes, plain + alignUp(scaleBytes));
      if (address === undefined) return undefined;
      const scales = scaleBytes > 0 ? bank.heap.tryAllocWeight(scaleBytes, plain) : 0;
      if (scales === undefined) {
        bank.heap.freeWeight(address, bytes);
        return undefined;
      }
      return { bank, address, scales };
    };
    for (const bank of this.banks) {
      const room = tryBank(bank);
      if (room) return room;
    }
    // a new bank offers what bank 0 would hold empty
    if (!this.heap.fitsWhenEmpty(alignUp(bytes) + alignUp(scaleBytes), plainBytes)) {
      throw new UserError(
        `a weight of ${bytes + scaleBytes} bytes packed (plus ${plainBytes} while packing) does not fit in a wasm32 memory of ${this.bankBytes} bytes; use --kernels ts`,
      );
    }
    return tryBank(this.addBank())!;
  }

  /**
   * Copies W into the memory as it is, then into the panel layout (kernels-as/assembly/
   * pack_panel16.ts) at its own block; the plain copy is scratch. A W whose array is
   * already in bank 0's memory (allocateF32: the streaming loader reads experts there) is
   * packed from where it is when it goes to bank 0.
   */
  private pack(w: Weight): PackedWeight {
    const { K, N } = w;
    if (w.data.length < K * N) throw new Error(`weight data holds ${w.data.length} elements, fewer than K·N = ${K}·${N}`);
    const G = w.dtype === "i8" ? (w.scaleGroups ?? 1) : 1;
    if (w.dtype === "i8") {
      if (!Number.isInteger(G) || G < 1 || G > K) throw new Error(`int8 weight has ${G} scale groups for K = ${K} rows`);
      if (w.scales.length < G * N) throw new Error(`int8 weight has ${w.scales.length} scales for ${G} groups of N = ${N} columns`);
    }
    const panels = Math.ceil(N / PANEL);
    const Npad = panels * PANEL;
    const bytes = Npad * K * ELEMENT_BYTES[w.dtype] + SLACK;
    const scaleBytes = w.dtype === "i8" ? G * Npad * 4 : 0;
    const plainBytes = alignUp(K * N * ELEMENT_BYTES[w.dtype] + SLACK);
    const resident = this.residentAddress(w.data);
    const { bank, address, scales } = this.place(bytes, scaleBytes, plainBytes, resident !== undefined);
    const h = bank.heap;
    h.resetScratch();
    const plain = resident !== undefined && bank === this.banks[0] ? resident : h.put(w.data.subarray(0, K * N));
    const parts = this.partsFor(K * N * NS.packElement, panels);
    bank.run(`pack_${w.dtype}`, [plain, K, N, w.layout === "nk" ? 1 : 0, address], panels, 1, parts);
    if (w.dtype !== "i8") return { bank, address, bytes, scales: 0, scaleBytes: 0, groups: 1, round: this.roundModes.none };

    const sv = h.f32.subarray(scales >>> 2, (scales >>> 2) + G * Npad);
    sv.fill(0);
    for (let g = 0; g < G; g++) sv.set(w.scales.subarray(g * N, (g + 1) * N), g * Npad);
    const finite = w.scales.subarray(0, G * N).every(Number.isFinite);
    const round = !w.roundToBf16 ? this.roundModes.none : finite ? this.roundModes.bf16 : this.roundModes.bf16NaN;
    return { bank, address, bytes, scales, scaleBytes, groups: G, round };
  }
}
