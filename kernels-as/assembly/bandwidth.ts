/**
 * The two baselines the benchmarks measure the matmul kernels against, in the same run.
 *
 * The memory read bandwidth baseline: stream a large buffer through the SIMD loads the
 * matmul kernels use, doing as little arithmetic as possible. The decode matmul is
 * measured against this number (threads for threads).
 */
import { madd, touchAhead, touchDue } from "./simd";

/**
 * Reads 64-byte lines [l0, l1) of the buffer at p and folds them into a checksum, which it
 * stores over the range's first 16 bytes so that the loads cannot be optimized away.
 */
export function stream_read(p: usize, l0: i32, l1: i32): void {
  let a = i32x4.splat(0), b = a, c = a, d = a;
  // the two halves of the range in lockstep, as the decode matmul reads W (gemv_panel16.ts rowTimesTwoPanels)
  // and with the decode matmul's page-crossing touches (simd.ts touchAhead): this is the
  // fastest read WebAssembly gets, the baseline the matmul must approach
  const half = (l1 - l0) >> 1;
  const lastA = p + (<usize>(l0 + half) << 6) - 4, lastB = p + (<usize>(l0 + 2 * half) << 6) - 4;
  for (let l = l0; l < l0 + half; l++) {
    const q = p + (<usize>l << 6), r = q + (<usize>half << 6);
    if (touchDue(<usize>(l - l0), 64)) { touchAhead(q, lastA); touchAhead(r, lastB); }
    a = v128.xor(a, v128.load(q)); b = v128.xor(b, v128.load(q, 16));
    c = v128.xor(c, v128.load(q, 32)); d = v128.xor(d, v128.load(q, 48));
    a = v128.xor(a, v128.load(r)); b = v128.xor(b, v128.load(r, 16));
    c = v128.xor(c, v128.load(r, 32)); d = v128.xor(d, v128.load(r, 48));
  }
  for (let l = l0 + 2 * half; l < l1; l++) {
    const q = p + (<usize>l << 6);
    a = v128.xor(a, v128.load(q)); b = v128.xor(b, v128.load(q, 16));
    c = v128.xor(c, v128.load(q, 32)); d = v128.xor(d, v128.load(q, 48));
  }
  if (l1 > l0) v128.store(p + (<usize>l0 << 6), v128.xor(v128.xor(a, b), v128.xor(c, d)));
}

/**
 * The arithmetic baseline: the multiply-add rate of this engine's SIMD, the ceiling of the
 * compute-bound prefill matmul, measured as the bandwidth is (threads for threads, each
 * build on its own: the relaxed build fuses each multiply-add, the baseline build
 * multiplies, then adds). PEAK_CHAINS independent chains acc = acc·B + C of float32x4,
 * each step waiting on the one before: enough chains to cover a multiply-add's latency
 * at two per cycle, few enough to stay in the 15 vector registers V8 gives a wasm
 * function on x64 (the GEMM micro-tile keeps 2·MR = 10 or 12 accumulators). B = 1/2 and
 * C = 1 keep every value near 2.
 * (A baseline build with separate chains of multiplies and of adds ran slower here.)
 */
const PEAK_CHAINS: i32 = 12;
const PEAK_B = memory.data<f32>([0.5, 0.5, 0.5, 0.5], 16);
const PEAK_C = memory.data<f32>([1, 1, 1, 1], 16);
const PEAK_STEPS_PER_UNIT: i32 = 4096;
/** Four-lane multiply-adds per unit of work (2 flops a lane each). */
export const PEAK_MADDS_PER_UNIT: i32 = PEAK_STEPS_PER_UNIT * PEAK_CHAINS;

/** Units [u0, u1) of PEAK_MADDS_PER_UNIT four-lane multiply-adds; stores a checksum at p + 16·u0. */
export function simd_peak(p: usize, u0: i32, u1: i32): void {
  // from static data, not constants: V8 13+ would rebuild a constant at each of its 24 uses a step
  const b = v128.load(PEAK_B), c = v128.load(PEAK_C);
  let a0 = f32x4.splat(0), a1 = f32x4.splat(1), a2 = f32x4.splat(2), a3 = f32x4.splat(3);
  let a4 = f32x4.splat(4), a5 = f32x4.splat(5), a6 = f32x4.splat(6), a7 = f32x4.splat(7);
  let a8 = f32x4.splat(8), a9 = f32x4.splat(9), a10 = f32x4.splat(10), a11 = f32x4.splat(11);
  const steps = (u1 - u0) * PEAK_STEPS_PER_UNIT;
  for (let i = 0; i < steps; i++) {
    a0 = madd(a0, b, c); a1 = madd(a1, b, c); a2 = madd(a2, b, c); a3 = madd(a3, b, c);
    a4 = madd(a4, b, c); a5 = madd(a5, b, c); a6 = madd(a6, b, c); a7 = madd(a7, b, c);
    a8 = madd(a8, b, c); a9 = madd(a9, b, c); a10 = madd(a10, b, c); a11 = madd(a11, b, c);
  }
  const s = f32x4.add(f32x4.add(f32x4.add(a0, a1), f32x4.add(a2, a3)), f32x4.add(f32x4.add(a4, a5), f32x4.add(a6, a7)));
  if (u1 > u0) v128.store(p + (<usize>u0 << 4), f32x4.add(s, f32x4.add(f32x4.add(a8, a9), f32x4.add(a10, a11))));
}
