/**
 * WasmHeap: the layout of one WebAssembly.Memory the kernels run over (wasm_kernels.ts
 * owns the memories): packed weights from the bottom up, arrays lent out by
 * allocateF32, and above them, per call, the activations copied in and out.
 */
import { UserError } from "../errors.js";

/** 64 KiB: the WebAssembly page. */
export const PAGE_BYTES = 65536;
/** wasm32's address space, 65536 pages: also the maximum every memory declares. */
const MAX_PAGES = 65536;
export const WASM32_BYTES = MAX_PAGES * PAGE_BYTES;
/** Every block starts on a cache line (and a v128 load never straddles one). */
const ALIGN = 64;
/** Bytes left after each weight: a kernel may load a full v128 at its last row. */
export const SLACK = 16;

export const alignUp = (n: number, a = ALIGN) => Math.ceil(n / a) * a;

/**
 * Bytes of a bank kept for activations: weights stop this far below the memory's end, so
 * that the largest call's arguments still fit above them (a prefill's logits, [T, V]
 * float32, are 64 MiB for T = 128 and V = 131072: 256 MiB keeps room for T = 512; a
 * longer prompt's calls still fit while the weights leave room, else they fail naming
 * their size).
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
