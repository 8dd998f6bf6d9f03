/**
 * Small SIMD helpers shared by the kernels: the multiply-add that the relaxed-SIMD
 * build fuses, bfloat16 rounding of four lanes, and stores of a partial vector.
 *
 * One source, two builds: ASC_FEATURE_RELAXED_SIMD is a compile-time constant, so the
 * baseline build contains no relaxed instruction at all (see kernels-as/build.mjs).
 */

/**
 * a·b + c on four float32 lanes. The relaxed-SIMD build may fuse it (one rounding,
 * as an FMA unit does); the baseline build rounds the product, then the sum.
 * Used only where bit equality across builds is not promised: dot products, and the
 * prefill and decode matmuls; kernels that match the TypeScript twin bit for bit use
 * f32x4.mul/add directly (math_simd.ts emulates XLA's fused multiply-adds in float64).
 */
@inline export function madd(a: v128, b: v128, c: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) return f32x4.relaxed_madd(a, b, c);
  return f32x4.add(f32x4.mul(a, b), c);
}

/**
 * Page-crossing prefetch for the long streams the decode path reads.
 *
 * A core's stream prefetchers stop at each 4 KiB page: every new page of a weight
 * stream starts with misses all the way to memory. Here a scalar load every TOUCH_PERIOD
 * bytes of a stream, TOUCH_AHEAD bytes in front of it, makes the stream read faster.
 * Our reading of why (the measurements below, not a vendor's documentation): that load
 * walks the stream at a constant stride of its own, a stride prefetcher (which tracks
 * each load instruction) learns it and fetches ahead of it, across the page boundary,
 * as the stream prefetchers do not. WebAssembly has no prefetch instruction; this is one
 * scalar load per 2 KiB of a stream, its value unused.
 * Measured (2026-11-28, 1 thread, this project's 2-vCPU AMD EPYC, bench/SPEED.md,
 * "Page-crossing touches"): a bf16 6144 × 32768 decode matmul read 22–26 GB/s without,
 * 31–37 with (Node 20, 22, 24 and 26 alike), f32 24–26 → 33–36; the streaming read
 * (bandwidth.ts) 31–35 → 36–40. The load counts, not the branch (a branch without it
 * gained nothing, nor a load at every row); loads every 2 or 4 KiB gained alike, at
 * 0–4 KiB ahead; every 1 KiB or every 8 KiB, nothing.
 */
export const TOUCH_PERIOD: usize = 2048;
export const TOUCH_AHEAD: usize = 1024;

/**
 * Whether a stream of rows of rowBytes bytes (a power of two up to TOUCH_PERIOD, a constant
 * at each call, so that the division folds) is due a touch at row k: every TOUCH_PERIOD bytes.
 */
@inline export function touchDue(k: usize, rowBytes: usize): bool {
  return (k & (TOUCH_PERIOD / rowBytes - 1)) == 0;
}

/**
 * The touch for a stream now at p whose last 4 readable bytes start at `last`: a load of
 * the 4 bytes at p + TOUCH_AHEAD (at `last` near the end), its value unused. Binaryen keeps
 * a load whose value is unused, as a load may trap; the .wat snapshot shows the touches.
 */
@inline export function touchAhead(p: usize, last: usize): void {
  load<u32>(min(p + TOUCH_AHEAD, last));
}

/** Sum of the four lanes, in lane order ((l0 + l1) + l2) + l3. */
@inline export function hsum(v: v128): f32 {
  return f32x4.extract_lane(v, 0) + f32x4.extract_lane(v, 1) + f32x4.extract_lane(v, 2) + f32x4.extract_lane(v, 3);
}

// bfloat16 = the top 16 bits of a float32 (src/dtype.ts). Rounding adds 0x7fff plus the
// lowest kept bit, then truncates: round to nearest, ties to even; a carry into the
// exponent is correct (the largest finite values round to ±Inf).
const BF16_KEEP: u32 = 0xffff0000; // sign, exponent and the 7 stored mantissa bits
const BF16_HALF_MINUS_ONE: u32 = 0x7fff;
const QUIET_NAN_BIT: u32 = 0x00400000; // a NaN stays a NaN: force the quiet bit, keep the sign

/** The bfloat16 nearest to x (ties to even), as a float32; NaN stays a quiet NaN. */
@inline export function roundBf16(x: f32): f32 {
  const b = reinterpret<u32>(x);
  if ((b & 0x7fffffff) > 0x7f800000) return reinterpret<f32>((b | QUIET_NAN_BIT) & BF16_KEEP);
  return reinterpret<f32>((b + BF16_HALF_MINUS_ONE + ((b >>> 16) & 1)) & BF16_KEEP);
}

/** roundBf16 of four lanes, for lanes known not to be NaN (one NaN payload could carry into the sign). */
@inline export function roundBf16x4Finite(v: v128): v128 {
  const lsb = v128.and(i32x4.shr_u(v, 16), i32x4.splat(1));
  return v128.and(i32x4.add(i32x4.add(v, i32x4.splat(BF16_HALF_MINUS_ONE)), lsb), i32x4.splat(BF16_KEEP));
}

/**
 * roundBf16 of four lanes by Veltkamp's split, three float operations instead of five
 * integer ones: c = v·(2^16 + 1) puts a copy of v 16 bits up, and c − (c − v) keeps v's
 * top 24 − 16 = 8 significant bits, rounded to nearest, ties to even — bfloat16's.
 * Exact (bit for bit equal to roundBf16x4Finite) for v = 0 and for 2^-100 ≤ |v| < 2^100,
 * checked for every float32 in that range when it was written (a one-off scan, not in the
 * repository; test/kernels.test.ts checks a spread of them); outside it v·(2^16 + 1) could overflow, or a
 * subnormal be rounded differently. The operations must stay separately rounded: no
 * fused multiply-add here.
 */
@inline export function roundBf16x4Split(v: v128): v128 {
  const c = f32x4.mul(v, v128.load(VELTKAMP_SPLITTERS)); // static data, not a constant: see panel16.ts TOP_BYTE_MASK
  return f32x4.sub(c, f32x4.sub(c, v));
}
export const VELTKAMP_SPLITTER: f32 = 65537; // 2^(24 − 8) + 1: split float32's 24-bit significand after 8 bits
const VELTKAMP_SPLITTERS = memory.data<f32>([VELTKAMP_SPLITTER, VELTKAMP_SPLITTER, VELTKAMP_SPLITTER, VELTKAMP_SPLITTER], 16);

/** roundBf16 of four lanes, NaN lanes included. */
@inline export function roundBf16x4(v: v128): v128 {
  const quietNaN = v128.and(v128.or(v, i32x4.splat(QUIET_NAN_BIT)), i32x4.splat(BF16_KEEP));
  return v128.bitselect(quietNaN, roundBf16x4Finite(v), f32x4.ne(v, v));
}

/** Stores the first n (0..4) lanes of v at p. */
@inline export function storeLanes(p: usize, v: v128, n: i32): void {
  if (n >= 4) { v128.store(p, v); return; }
  if (n > 0) store<f32>(p, f32x4.extract_lane(v, 0));
  if (n > 1) store<f32>(p, f32x4.extract_lane(v, 1), 4);
  if (n > 2) store<f32>(p, f32x4.extract_lane(v, 2), 8);
}

/** Loads the first n (0..4) lanes at p; the other lanes are zero. */
@inline export function loadLanes(p: usize, n: i32): v128 {
  if (n >= 4) return v128.load(p);
  let v = f32x4.splat(0);
  if (n > 0) v = f32x4.replace_lane(v, 0, load<f32>(p));
  if (n > 1) v = f32x4.replace_lane(v, 1, load<f32>(p, 4));
  if (n > 2) v = f32x4.replace_lane(v, 2, load<f32>(p, 8));
  return v;
}
