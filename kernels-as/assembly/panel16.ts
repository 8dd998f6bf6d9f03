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
 *
 * int8 rows transpose each row's 16 bytes as a 4×4 block: byte 4i + j holds column 4j + i,
 * so columns 4j..4j+3 are byte j of the four 32-bit lanes, and shifting that byte to the
 * top of its lane (one shift, or none) widens four columns at once (see dequant).
 */
import { roundBf16x4, roundBf16x4Finite, roundBf16x4Split } from "./simd";

// The masks dequant applies in the decode loops, as static data loaded where used rather
// than as vector constants: V8 13+ (Node 24, 26) rebuilds a vector constant from an
// immediate inside the loop at every use (3 instructions; it made int8 decode 17 % slower
// than on Node 20), while Binaryen merges the loads of one row into one.
/** The top byte of each 32-bit lane. */
const TOP_BYTE_MASK = memory.data<u32>([0xff000000, 0xff000000, 0xff000000, 0xff000000], 16);
/** The top half of each 32-bit lane: a bfloat16 in the top half, as a float32. */
const TOP_HALF_MASK = memory.data<u32>([0xffff0000, 0xffff0000, 0xffff0000, 0xffff0000], 16);
/**
 * i8x16.relaxed_swizzle masks that move byte 1 (2) of each 32-bit lane to its top byte and
 * zero the rest (an index of 128 or more gives 0, in every implementation).
 */
const BYTE_1_TO_TOP = memory.data<u8>([0x80, 0x80, 0x80, 1, 0x80, 0x80, 0x80, 5, 0x80, 0x80, 0x80, 9, 0x80, 0x80, 0x80, 13], 16);
const BYTE_2_TO_TOP = memory.data<u8>([0x80, 0x80, 0x80, 2, 0x80, 0x80, 0x80, 6, 0x80, 0x80, 0x80, 10, 0x80, 0x80, 0x80, 14], 16);
/** The low half of each 32-bit lane: zero in a float32 that is a bfloat16 value. */
const LOW_HALF_MASK = memory.data<u32>([0x0000ffff, 0x0000ffff, 0x0000ffff, 0x0000ffff], 16);

/** Columns per panel. */
export const PANEL: i32 = 16;

/** How an int8 weight is rounded after the scale multiply (Weight.roundToBf16). */
export const ROUND_NONE: i32 = 0;
/** Round to bf16; every scale is finite, so no product is NaN (the cheap rounding). */
export const ROUND_BF16: i32 = 1;
/** Round to bf16 with NaN handling (some scale is NaN or ±Inf). */
export const ROUND_BF16_NAN: i32 = 2;

// Three more modes, internal to the kernels: the decode path (gemv_panel16.ts) picks them
// for one scale group of one panel whose scales are all "tame" (see tameScales).
/** ROUND_BF16 by the cheaper Veltkamp split (simd.ts roundBf16x4Split): exact for tame scales. */
export const ROUND_BF16_SPLIT: i32 = 3;
/**
 * ROUND_NONE with the scale factored out of the dot product: dequant gives q alone, and
 * the caller multiplies the group's sum by the scale once (see gemv_panel16.ts).
 */
export const FACTORED: i32 = 4;
/**
 * ROUND_BF16_SPLIT in two operations instead of three, for scales that are bf16 values
 * (the released checkpoint's), in the relaxed build: Veltkamp's c = fround(q·s)·(2^16 + 1)
 * is one product, q·(s·(2^16 + 1)) — exact, as s has 8 significant bits and so s·(2^16 + 1)
 * has at most 24 — and c − q·s one negative multiply-add, the same fused or not because
 * q·s is exact. Bit for bit ROUND_BF16_SPLIT; 1.2× faster for one token, 6144 × 6144.
 */
export const ROUND_BF16_FMA: i32 = 5;

/**
 * FACTORED and the ROUND_BF16 splits widen the int8s of columns 4j..4j+3 to q·2^24 (the
 * byte at the top of a 32-bit lane, see dequant), except j = 3 in the relaxed build
 * (INT8_Q_LAST), widened to q itself. Their callers pass the scales of the former times
 * INT8_TOP = 2^-24: a power of two, exact for tame scales, so (q·2^24)·(s·2^-24) rounds
 * exactly as q·s does.
 */
export const INT8_TOP: f32 = 5.960464477539063e-8; // 2^-24
/** Whether the cheap modes widen columns 12..15 of a panel to q rather than q·2^24. */
export const INT8_Q_LAST: bool = ASC_FEATURE_RELAXED_SIMD;

/**
 * Tame scales: 0 or 2^-64 ≤ |s| ≤ 2^64. With |q| ≤ 128, q·s is then 0 or a normal float32
 * far from overflow and underflow, which the cheaper modes above need. Every real scale is
 * tame; NaN, ±Inf, subnormal and absurdly large ones take the exact per-element path.
 */
const TAME_MIN: f32 = 5.421010862427522e-20; // 2^-64
const TAME_MAX: f32 = 18446744073709551616.0; // 2^64

@inline function tameLanes(s: v128): v128 {
  const a = f32x4.abs(s);
  return v128.or(f32x4.eq(s, f32x4.splat(0)), v128.and(f32x4.ge(a, f32x4.splat(TAME_MIN)), f32x4.le(a, f32x4.splat(TAME_MAX))));
}

/** Whether the sixteen scales s0..s3 of a panel are all bf16 values: the low 16 bits zero (ROUND_BF16_FMA). */
@inline export function bf16Scales(s0: v128, s1: v128, s2: v128, s3: v128): bool {
  const low = v128.or(v128.or(s0, s1), v128.or(s2, s3));
  return !v128.any_true(v128.and(low, v128.load(LOW_HALF_MASK)));
}

/** Whether the sixteen scales s0..s3 of a panel are all tame (false for NaN: its comparisons fail). */
@inline export function tameScales(s0: v128, s1: v128, s2: v128, s3: v128): bool {
  return i32x4.all_true(v128.and(v128.and(tameLanes(s0), tameLanes(s1)), v128.and(tameLanes(s2), tameLanes(s3))));
}

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
 *         exactly the value the TypeScript twin's weightAt gives; for FACTORED q·2^24
 *         alone (exact; q itself where INT8_Q_LAST).
 * `scale` holds scale[n] of the four columns (int8 only); `split`, for ROUND_BF16_FMA,
 * scale[n]·(2^16 + 1).
 */
@inline export function dequant<T>(row: usize, j: i32, scale: v128, round: i32, split: v128 = f32x4.splat(0)): v128 {
  if (isFloat<T>()) return v128.load(row + (<usize>j << 4));
  if (sizeof<T>() == 2) {
    const pairs = v128.load(row + (<usize>(j >> 1) << 4)); // columns 8·(j >> 1) .. + 7, interleaved
    return (j & 1) == 0 ? i32x4.shl(pairs, 16) : v128.and(pairs, v128.load(TOP_HALF_MASK));
  }
  // int8, rows transposed in 4×4 blocks (see the top of this file): columns 4j..4j+3 are
  // byte j of each 32-bit lane; shifted to the top byte, the lane holds q·2^24 plus the
  // lower bytes' bits.
  const packed = v128.load(row);
  const top = j == 3 ? packed : i32x4.shl(packed, 24 - 8 * j);
  if (round == FACTORED || round == ROUND_BF16_SPLIT || round == ROUND_BF16_FMA) {
    // q·2^24 exactly (q for j = 3 where INT8_Q_LAST), one integer operation each: j = 0 is
    // `top`; in the relaxed build j = 1, 2 are one byte shuffle and j = 3 an arithmetic
    // shift; in the baseline build a mask clears the lower bytes. 8 significant bits convert
    // exactly. (The shuffles make one token 1.13–1.17× faster on Node 20 and 26, 6144 × 6144.
    // With j = 3 masked, Node 20 and 22 keep three masks in registers and spill an
    // accumulator: 0.6×. The baseline build is 8 % slower with the shift for j = 3.)
    let wide = top;
    if (INT8_Q_LAST && j == 3) wide = i32x4.shr_s(packed, 24);
    else if (ASC_FEATURE_RELAXED_SIMD && (j == 1 || j == 2)) {
      wide = i8x16.relaxed_swizzle(packed, v128.load(j == 1 ? BYTE_1_TO_TOP : BYTE_2_TO_TOP));
    } else if (j > 0) wide = v128.and(top, v128.load(TOP_BYTE_MASK));
    const q24 = f32x4.convert_i32x4_s(wide);
    if (round == FACTORED) return q24; // the caller's scales carry the 2^-24 (INT8_TOP)
    if (round == ROUND_BF16_FMA) {
      if (ASC_FEATURE_RELAXED_SIMD) { // (a bare feature test: asc leaves relaxed instructions out of the baseline build only then)
        const c = f32x4.mul(q24, split); // fround(q·s)·(2^16 + 1), rounded once: Veltkamp's c
        return f32x4.sub(c, f32x4.relaxed_nmadd(q24, scale, c)); // c − (c − q·s)
      }
    }
    return roundBf16x4Split(f32x4.mul(q24, scale)); // = fround(q · s): scale is s·2^-24 (or s), exactly
  }
  const v = f32x4.mul(f32x4.convert_i32x4_s(i32x4.shr_s(top, 24)), scale); // q sign-extended, times s
  if (round == ROUND_BF16) return roundBf16x4Finite(v);
  if (round == ROUND_BF16_NAN) return roundBf16x4(v);
  return v;
}
