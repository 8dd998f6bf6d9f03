/**
 * The WebAssembly kernels (kernels-as/, compiled by kernels-as/build.mjs) behind the
 * Kernels interface; ts_kernels.ts is their oracle. wasm_module.ts picks and compiles
 * the build, wasm_heap.ts lays out each memory.
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
 * "bank": the same module instantiated over a memory of its own (by the caller and by
 * each of the one ThreadPool's workers). A kernel tied to a weight (its packing, a
 * matmul, the embedding columns, the expert FFN) runs in the bank that holds the weight,
 * its activations copied in and out as always; every other kernel runs in bank 0. Jobs
 * large enough to pay for it are split across the pool's threads.
 */
import { UserError } from "../errors.js";
import { type AttentionArgs, type ExpertWeights, type Kernels, type Weight, checkColumns, expertFfnComposed, groupRows } from "./kernels.js";
import { type KernelFn, ThreadPool } from "./thread_pool.js";
import { CONTROL } from "./thread_worker.js";
import { PAGE_BYTES, SLACK, WASM32_BYTES, WasmHeap, alignUp } from "./wasm_heap.js";
import { KERNEL_NAMES, bestBuild, compileBuild, type KernelName, type ModuleExports, type WasmBuild } from "./wasm_module.js";

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
 * core of this project's machine, a Zen 5 EPYC; only the order of magnitude matters). A job is cut into parts only
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
/**
 * Parts a job is cut into per thread, at most (each still worth MIN_NS_PER_THREAD): the
 * pool's threads claim parts, so with several each, a thread slowed by its VM or late to
 * wake delays one small part rather than a whole share. 4 rather than 1 (bench/SPEED.md,
 * "Many cores"): grok-1-mid bf16 on a 16-vCPU VM, 8 alternated rounds, prefill 1.12× (1.03–1.29,
 * faster in 8 of 8), decode 1.05× (0.91–1.24); 2 was between. The parts shrink toward the
 * job's end (thread_pool.ts splitRange), so that the last ones, which the other threads
 * wait for, are small.
 */
const PARTS_PER_THREAD = 4;
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
   * Estimated nanoseconds of work per part below which a job is not cut further (default
   * MIN_NS_PER_THREAD); tests set 0 to cut every job into as many parts as it allows.
   */
  minNsPerThread?: number;
}

/** The kernel module instantiated over a memory (the caller's instance), and the thread pool every bank shares, if any. */
class Bank {
  readonly heap: WasmHeap;
  readonly fns: Record<KernelName, KernelFn>;
  readonly exports: ModuleExports;
  /** Threads its jobs may use, the caller included (WasmKernels.limitThreads). */
  threads: number;

  constructor(
    instance: WebAssembly.Instance,
    memory: WebAssembly.Memory,
    maxBytes: number,
    /** The pool every bank shares (its workers hold an instance over each bank's memory). */
    readonly pool: ThreadPool | undefined,
    /** Which of the pool's memories this is (ThreadPool.addMemory; 0 for the first). */
    readonly index: number,
  ) {
    const e = instance.exports as unknown as ModuleExports & Record<KernelName, KernelFn>;
    this.fns = Object.fromEntries(KERNEL_NAMES.map((n) => [n, e[n]])) as Record<KernelName, KernelFn>;
    this.exports = e;
    this.heap = new WasmHeap(memory, controlBlock(instance) + CONTROL.BYTES, maxBytes);
    this.threads = pool?.threads ?? 1;
  }

  /** Runs kernel `name` over [0, total) in `parts` parts, each a multiple of `grain`. */
  run(name: KernelName, args: number[], total: number, grain: number, parts: number, scratch?: { base: number; stride: number }): void {
    const fn = this.fns[name];
    if (parts <= 1 || !this.pool) {
      fn(...args, ...(scratch ? [scratch.base] : []), 0, total);
      return;
    }
    this.pool.run({ kernel: KERNEL_NAMES.indexOf(name), local: fn, args, total, parts, grain, threads: this.threads, scratch, bank: this.index });
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
  /** The memories: bank 0 runs every kernel, the others only those tied to their weights. */
  private readonly banks: Bank[];
  private readonly gemmScratchBytes: number;
  private readonly gemmTileRows: number;
  private readonly decodeMaxRows: number;
  private readonly roundModes: { none: number; bf16: number; bf16NaN: number };
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
    const first = new Bank(instance, memory, bankBytes, pool, 0);
    return new WasmKernels(build, module, first, bankBytes, opts.minNsPerThread ?? MIN_NS_PER_THREAD);
  }

  /** A further bank, run by the first one's threads. */
  private addBank(): Bank {
    const { memory, instance } = instantiate(this.module, this.bankBytes, this.build !== "simd-unshared");
    const pool = this.banks[0].pool;
    const index = pool ? pool.addMemory(memory) : this.banks.length; // the same: banks are added in order
    const bank = new Bank(instance, memory, this.bankBytes, pool, index);
    bank.threads = this.threads;
    this.banks.push(bank);
    return bank;
  }

  /** Threads a job may use, the caller included. */
  get threads(): number {
    return this.banks[0].threads;
  }

  /** Threads started, the caller included (however many limitThreads lets jobs use). */
  get threadsStarted(): number {
    return this.banks[0].pool?.threads ?? 1;
  }

  /** Lets jobs use at most n threads from now on (at most those started; benchmarks compare 1 and n). */
  limitThreads(n: number): void {
    for (const bank of this.banks) bank.threads = Math.max(1, Math.min(Math.floor(n), bank.pool?.threads ?? 1));
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
    await this.banks[0].pool?.close(); // every bank's
  }

  /**
   * Kernels.allocateF32: a zeroed array in bank 0's memory, which attention reads where it
   * is instead of copying it in (the KV cache, whose filled slots it reads at every decode
   * step). A plain array where the memory is not shared (growing it would detach the
   * view) or full.
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

  /** Bank 0's heap: where every kernel not tied to a weight in another bank runs. */
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

  /**
   * Builds an "nk" weight W (stored [N, K]: the embeddings) straight into the memory, a
   * block of rows at a time, so that it is never held whole anywhere else: `fill(n0, n1,
   * into)` writes stored rows n0..n1 (K elements each) into `into`, an unpacked block of
   * about `blockBytes` in the memory's scratch, which is then packed into W's panels. The
   * weight comes back adopted (adoptWeight): its data array empty, its packed copy found
   * under it. Blocks are whole panels (16 rows) but the last.
   */
  adoptRows(dtype: "f32" | "bf16", K: number, N: number, blockBytes: number, fill: (n0: number, n1: number, into: Float32Array | Uint16Array) => void): Weight {
    const w = { dtype, K, N, layout: "nk", data: dtype === "f32" ? new Float32Array(0) : new Uint16Array(0) } as Weight;
    if (K * N === 0) return w; // nothing to pack: the first use packs the empty array
    const size = ELEMENT_BYTES[dtype];
    const panelBytes = PANEL * K * size;
    const rows = Math.min(N, Math.max(PANEL, Math.floor(blockBytes / panelBytes) * PANEL));
    const bytes = Math.ceil(N / PANEL) * panelBytes + SLACK;
    const { bank, address } = this.place(bytes, 0, alignUp(rows * K * size + SLACK));
    const h = bank.heap;
    try {
      for (let n0 = 0; n0 < N; n0 += rows) {
        const n1 = Math.min(N, n0 + rows);
        h.resetScratch();
        const plain = h.scratch((n1 - n0) * K * size);
        const into = dtype === "f32" ? h.f32.subarray(plain >>> 2, (plain >>> 2) + (n1 - n0) * K) : h.u16.subarray(plain >>> 1, (plain >>> 1) + (n1 - n0) * K);
        fill(n0, n1, into);
        const panels = Math.ceil((n1 - n0) / PANEL);
        const parts = this.partsFor((n1 - n0) * K * NS.packElement, panels);
        bank.run(`pack_${dtype}`, [plain, K, n1 - n0, 1, address + (n0 / PANEL) * panelBytes], panels, 1, parts);
      }
    } catch (e) {
      h.freeWeight(address, bytes);
      throw e;
    }
    this.entriesOf(w.data.buffer).set(weightKey(w), { bank, address, bytes, scales: 0, scaleBytes: 0, groups: 1, round: this.roundModes.none });
    return w;
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
  // Each method copies its arrays into the bank's memory and runs one kernel there; a
  // name ending in `a` (xa, ya, qa, …) is that array's byte address in the memory. The
  // argument lists follow the AssemblyScript signatures (kernels-as/assembly/), less the
  // trailing range (and scratch address) the thread pool adds per part.

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
   * (gelu_mul); for a decode step (n ≤ DECODE_MAX_ROWS) with W and V of one dtype, both
   * products and the gate are one job (expert_gate.ts), the down projection another.
   * Otherwise, the same kernels one call at a time.
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
    if (n <= this.decodeMaxRows && w.linear.dtype === w.linear_v.dtype) {
      this.expertGateAt(a, b, w.linear.dtype, xa, n, D, F, ha, hva, round);
    } else {
      this.matmulAt(a, w.linear, xa, n, ha);
      this.matmulAt(b, w.linear_v, xa, n, hva);
      if (round.h) bank.run("round_bf16", [ha], n * F, ELEMENT_GRAIN, this.elementParts(n * F, NS.roundElement));
      if (round.hv) bank.run("round_bf16", [hva], n * F, ELEMENT_GRAIN, this.elementParts(n * F, NS.roundElement));
      bank.run("gelu_mul", [ha, hva], n * F, ELEMENT_GRAIN, this.elementParts(n * F, NS.geluElement));
    }
    this.matmulAt(c, w.linear_1, ha, n, oa);
    heap.getF32(oa, n * D, out);
  }

  /**
   * The gate of a decode step as one job (expert_gate.ts): h [n, F] at ha = gelu(x·W) ·
   * (x·V), hv [n, F] at hva its scratch; W and V packed as `a` and `b` in one bank, of `dtype`.
   */
  private expertGateAt(
    a: PackedWeight, b: PackedWeight, dtype: Weight["dtype"], xa: number, n: number, D: number, F: number,
    ha: number, hva: number, round: { h: boolean; hv: boolean },
  ): void {
    const flags = (round.h ? 1 : 0) | (round.hv ? 2 : 0); // expert_gate.ts ROUND_H, ROUND_HV
    const panels = Math.ceil(F / PANEL);
    const parts = this.partsFor(2 * n * D * F * NS.decodeMac + n * F * NS.geluElement, panels);
    const args =
      dtype === "i8"
        ? [xa, n, D, F, a.address, a.scales, a.groups, a.round, b.address, b.scales, b.groups, b.round, ha, hva, flags]
        : [xa, n, D, F, a.address, b.address, ha, hva, flags];
    a.bank.run(`expert_gate_${dtype}`, args, panels, 1, parts);
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
    this.runInBank0("rms_norm", [xa, D, sa, eps, ya], rows, 1, this.partsFor(rows * D * NS.normElement, rows));
    h.getF32(ya, rows * D, y);
  }

  softmax(x: Float32Array, rows: number, n: number): void {
    const h = this.heap;
    h.resetScratch();
    const xa = h.put(x.subarray(0, rows * n));
    this.runInBank0("softmax", [xa, n], rows, 1, this.partsFor(rows * n * NS.expElement, rows));
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
    this.runInBank0("rope", [xa, T, H, K, oa, fa], rows, 1, parts, scratch);
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
    this.runInBank0("top_k", [xa, n, k, va, ia], rows, 1, this.partsFor(rows * n * k * NS.topKCompare, rows));
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
    // one part per thread: each part checks its value heads' rows for non-finite values
    // (attention.ts finiteRows), a pass over the cache that more parts would repeat (on 2
    // threads, 4 parts per thread made one token over 1024 slots 25 % slower)
    const parts = this.partsFor(rows * S * (NS.attentionSlot + K * NS.attentionMac), rows, 1);
    // threads take whole groups of G rows (one key/value head's query heads) where there are enough
    const grain = rows / G >= parts ? G : 1;
    const stride = alignUp(G * S * 4 + B * Hkv); // logits of a group's G query heads, a flag per value head
    const scratch = { base: h.scratch(stride * parts), stride };
    const args = [qa, ka, va, ma, oa, T, S, slots, Hq, Hkv, K, a.multiplier, a.bf16 ? 1 : 0];
    this.runInBank0("attention", args, rows, grain, parts, scratch);
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
      read: () => this.runInBank0("stream_read", [address], lines, 1, this.threads),
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
        this.runInBank0("simd_peak", [out], units, 1, Math.min(this.threads, units));
      },
      flops: units * e.PEAK_MADDS_PER_UNIT.value * 4 * 2,
      release: () => this.heap.freeWeight(out, 16 * units),
    };
  }

  // -- helpers ----------------------------------------------------------------------------

  /**
   * Parts worth cutting a job of about `ns` nanoseconds into, where it can be cut into
   * `units` pieces: each at least MIN_NS_PER_THREAD of work, at most `perThread` per thread.
   */
  private partsFor(ns: number, units: number, perThread = PARTS_PER_THREAD): number {
    return Math.max(1, Math.min(this.threads * perThread, units, Math.floor(ns / this.minNsPerThread)));
  }

  /** Runs kernel `name` in bank 0 (Bank.run). */
  private runInBank0(name: KernelName, args: number[], total: number, grain: number, parts: number, scratch?: { base: number; stride: number }): void {
    this.banks[0].run(name, args, total, grain, parts, scratch);
  }

  /** In-place kernels over every element of x, cut at multiples of 16 elements between threads. */
  private elementwise(name: "gelu" | "gelu_bf16" | "round_bf16", x: Float32Array, nsPerElement: number): void {
    const h = this.heap;
    h.resetScratch();
    const xa = h.put(x);
    const n = x.length;
    this.runInBank0(name, [xa], n, ELEMENT_GRAIN, this.elementParts(n, nsPerElement));
    h.getF32(xa, n, x);
  }

  /** Parts worth cutting an elementwise kernel over n elements into (at ELEMENT_GRAIN; partsFor). */
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
