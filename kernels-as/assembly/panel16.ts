/**
 * The packed weight layout every matmul kernel reads, and its dequantization.
 *
 * A weight W[K, N] (any dtype, either layout of src/kernels/kernels.ts) is packed once,
 * by src/kernels/wasm_kernels.ts, into panels of PANEL = 16 columns; the last panel is
 * padded with zero columns. Panel p stores its K rows one after another:
 *
 *   W[k, 16·p + j]  at element index  (p·K + k)·16 + j        (j < 16)
 *
 * so one panel is one contiguous stream (the decode path reads W once, front to back,
 * and a thread owns whole panels) and one packed row is 64 bytes of float32 — one cache
 * line — 32 bytes of bfloat16 bits or 16 bytes of int8. Packing keeps the checkpoint's
 * bytes per element: nothing is dequantized ahead of time.
 *
 * bfloat16 rows interleave each group of 8 columns: columns j and 4 + j (j < 4) share a
 * 32-bit lane, j in its low half. A float32 is the bf16 bits in the top half, so one
 * shift gives columns 0..3 and one mask gives columns 4..7 of a 16-byte load.
 */
import { roundBf16x4, roundBf16x4Finite } from "./simd";

/** Columns per panel. */
export const PANEL: i32 = 16;

/** How an int8 weight is rounded after the scale multiply (Weight.roundToBf16). */
export const ROUND_NONE: i32 = 0;
/** Round to bf16; every scale is finite, so no product is NaN (the cheap rounding). */
export const ROUND_BF16: i32 = 1;
/** Round to bf16 with NaN handling (some scale is NaN or ±Inf). */
export const ROUND_BF16_NAN: i32 = 2;

/**
 * Int8 scales come in G groups along K (src/kernels/kernels.ts Weight): row k uses scale
 * row floor(k·G / K), packed as G rows of N scales zero-padded to whole panels. Group g
 * starts at row ceil(g·K / G).
 */
@inline export function groupStart(g: i32, K: i32, G: i32): i32 {
  return <i32>((<u64>g * <u64>K + <u64>(G - 1)) / <u64>G);
}

/** N rounded up to whole panels: the row length of the packed scales. */
@inline export function paddedColumns(N: i32): usize {
  return <usize>((N + PANEL - 1) / PANEL) * PANEL;
}

/** Bytes of one packed row of T: 16 elements. */
@inline export function rowBytes<T>(): usize {
  return <usize>PANEL * sizeof<T>();
}

/**
 * Columns 4j..4j+3 of the packed row at `row`, as float32 (j < 4).
 *   f32:  the stored value
 *   bf16 (stored as u16, interleaved): the bits in the top half of a float32 (exact)
 *   int8: fround(q · scale[n]), then rounded to bf16 when `round` says so — per element,
 *         exactly the value the TypeScript twin's weightAt gives.
 * `scale` holds scale[n] of the four columns (int8 only).
 */
@inline export function dequant<T>(row: usize, j: i32, scale: v128, round: i32): v128 {
  if (isFloat<T>()) return v128.load(row + (<usize>j << 4));
  if (sizeof<T>() == 2) {
    const pairs = v128.load(row + (<usize>(j >> 1) << 4)); // columns 8·(j >> 1) .. + 7, interleaved
    return (j & 1) == 0 ? i32x4.shl(pairs, 16) : v128.and(pairs, i32x4.splat(0xffff0000));
  }
  // int8: load8x8_s sign-extends 8 bytes to i16 (the upper 4 are ignored; the allocator
  // leaves slack after every weight, so reading past the last row is safe).
  const q = f32x4.convert_i32x4_s(i32x4.extend_low_i16x8_s(v128.load8x8_s(row + (<usize>j << 2))));
  const v = f32x4.mul(q, scale);
  if (round == ROUND_BF16) return roundBf16x4Finite(v);
  if (round == ROUND_BF16_NAN) return roundBf16x4(v);
  return v;
}
