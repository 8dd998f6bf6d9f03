/**
 * AssemblyScript, not part of the kernels: the experiment behind README's "The
 * relaxed-SIMD int8 dot, tried and not used". Compiled and timed by run.mjs.
 *
 * y[n] = Σ_k x[k]·W[k, n] for one row x (M = 1) over int8 W in the kernels' packed layout
 * (kernels-as/assembly/panel16.ts: panels of 16 columns, each packed row of 16 bytes
 * transposed as a 4×4 block, byte 4i + j = column 4j + i), two ways:
 * - floatDot: the decode kernel's FACTORED loop for one row (gemv_panel16.ts
 *   rowTimesPanel, relaxed build): each byte widened to float32 and multiplied into
 *   float32 accumulators (timed only: without the scales, whose 2^-24 the kernel folds in,
 *   its sums are not y);
 * - intDot: i32x4.relaxed_dot_i8x16_i7x16_add_s, which multiplies 16 int8
 *   weights by 16 integers 0..127 and adds each group of 4 into a 32-bit lane. x must be
 *   integers: here PIECES planes of 7-bit digits (x on a fixed-point grid plus an offset,
 *   digit p of every k, k-major, prepared by the caller), plus a plane of ones for Σ q,
 *   which the offset needs. A dot sums 4 consecutive k of one column, so each 4 packed
 *   rows are transposed in registers (byte, then 16-bit interleaves: 8 shuffles per 64
 *   weights) into 4 vectors whose lane l holds column 4l + c, c = 0..3.
 * intDot keeps 20 accumulators (PIECES + 1 planes × 4 column sets): more than V8's 16
 * vector registers, so some live on the stack (taking half the columns per pass over a
 * panel's rows, 10 accumulators, was slower: 9.6–9.9 G weights/s on Node 26).
 * Output: per panel 20 vectors of i32, [plane][c] at 16·(4·plane + c) bytes.
 */

/** 7-bit digits of x; one more plane (ones) gives Σ q. */
const PIECES = 4;
/** Bytes of output per panel: (PIECES + 1) planes × 4 column sets × 16 bytes. */
const OUT_PER_PANEL: usize = (PIECES + 1) * 4 * 16;

// Interleaves of two vectors' low or high halves: bytes, then 16-bit pairs.
@inline function interleaveLo8(a: v128, b: v128): v128 { return i8x16.shuffle(a, b, 0, 16, 1, 17, 2, 18, 3, 19, 4, 20, 5, 21, 6, 22, 7, 23); }
@inline function interleaveHi8(a: v128, b: v128): v128 { return i8x16.shuffle(a, b, 8, 24, 9, 25, 10, 26, 11, 27, 12, 28, 13, 29, 14, 30, 15, 31); }
@inline function interleaveLo16(a: v128, b: v128): v128 { return i8x16.shuffle(a, b, 0, 1, 16, 17, 2, 3, 18, 19, 4, 5, 20, 21, 6, 7, 22, 23); }
@inline function interleaveHi16(a: v128, b: v128): v128 { return i8x16.shuffle(a, b, 8, 9, 24, 25, 10, 11, 26, 27, 12, 13, 28, 29, 14, 15, 30, 31); }
@inline function dot(w: v128, digits: v128, acc: v128): v128 { return i32x4.relaxed_dot_i8x16_i7x16_add_s(w, digits, acc); }

export function intDot(w: usize, K: i32, N: i32, digits: usize, out: usize): void {
  const ones = i8x16.splat(1);
  for (let p = 0; p < N >> 4; p++) {
    let row = w + <usize>p * <usize>K * 16;
    let a00 = i32x4.splat(0), a01 = a00, a02 = a00, a03 = a00, a10 = a00, a11 = a00, a12 = a00, a13 = a00;
    let a20 = a00, a21 = a00, a22 = a00, a23 = a00, a30 = a00, a31 = a00, a32 = a00, a33 = a00;
    let s0 = a00, s1 = a00, s2 = a00, s3 = a00;
    for (let k = 0; k < K; k += 4) {
      const r0 = v128.load(row), r1 = v128.load(row, 16), r2 = v128.load(row, 32), r3 = v128.load(row, 48);
      const lo01 = interleaveLo8(r0, r1), lo23 = interleaveLo8(r2, r3), hi01 = interleaveHi8(r0, r1), hi23 = interleaveHi8(r2, r3);
      const c0 = interleaveLo16(lo01, lo23), c1 = interleaveHi16(lo01, lo23), c2 = interleaveLo16(hi01, hi23), c3 = interleaveHi16(hi01, hi23);
      const d = digits + <usize>k;
      const x0 = v128.load32_splat(d), x1 = v128.load32_splat(d + <usize>K), x2 = v128.load32_splat(d + 2 * <usize>K), x3 = v128.load32_splat(d + 3 * <usize>K);
      a00 = dot(c0, x0, a00); a01 = dot(c1, x0, a01); a02 = dot(c2, x0, a02); a03 = dot(c3, x0, a03);
      a10 = dot(c0, x1, a10); a11 = dot(c1, x1, a11); a12 = dot(c2, x1, a12); a13 = dot(c3, x1, a13);
      a20 = dot(c0, x2, a20); a21 = dot(c1, x2, a21); a22 = dot(c2, x2, a22); a23 = dot(c3, x2, a23);
      a30 = dot(c0, x3, a30); a31 = dot(c1, x3, a31); a32 = dot(c2, x3, a32); a33 = dot(c3, x3, a33);
      s0 = dot(c0, ones, s0); s1 = dot(c1, ones, s1); s2 = dot(c2, ones, s2); s3 = dot(c3, ones, s3);
      row += 64;
    }
    const o = out + <usize>p * OUT_PER_PANEL;
    v128.store(o, a00); v128.store(o, a01, 16); v128.store(o, a02, 32); v128.store(o, a03, 48);
    v128.store(o, a10, 64); v128.store(o, a11, 80); v128.store(o, a12, 96); v128.store(o, a13, 112);
    v128.store(o, a20, 128); v128.store(o, a21, 144); v128.store(o, a22, 160); v128.store(o, a23, 176);
    v128.store(o, a30, 192); v128.store(o, a31, 208); v128.store(o, a32, 224); v128.store(o, a33, 240);
    v128.store(o, s0, 256); v128.store(o, s1, 272); v128.store(o, s2, 288); v128.store(o, s3, 304);
  }
}

// floatDot's widening (panel16.ts dequant, FACTORED, relaxed build): byte j of each lane
// to the top (q·2^24, exact in float32) by a shift (j = 0), a byte shuffle (j = 1, 2) or
// an arithmetic shift to q itself (j = 3).
const BYTE_1_TO_TOP = memory.data<u8>([0x80, 0x80, 0x80, 1, 0x80, 0x80, 0x80, 5, 0x80, 0x80, 0x80, 9, 0x80, 0x80, 0x80, 13], 16);
const BYTE_2_TO_TOP = memory.data<u8>([0x80, 0x80, 0x80, 2, 0x80, 0x80, 0x80, 6, 0x80, 0x80, 0x80, 10, 0x80, 0x80, 0x80, 14], 16);
@inline function widen(row: usize, j: i32): v128 {
  const packed = v128.load(row);
  if (j == 0) return f32x4.convert_i32x4_s(i32x4.shl(packed, 24));
  if (j == 3) return f32x4.convert_i32x4_s(i32x4.shr_s(packed, 24));
  return f32x4.convert_i32x4_s(i8x16.relaxed_swizzle(packed, v128.load(j == 1 ? BYTE_1_TO_TOP : BYTE_2_TO_TOP)));
}

export function floatDot(w: usize, K: i32, N: i32, x: usize, y: usize): void {
  for (let p = 0; p < N >> 4; p++) {
    let row = w + <usize>p * <usize>K * 16;
    let a0 = f32x4.splat(0), a1 = a0, a2 = a0, a3 = a0, b0 = a0, b1 = a0, b2 = a0, b3 = a0; // even and odd k
    for (let k = 0; k < K; k += 2) {
      const xa = v128.load32_splat(x + (<usize>k << 2)), xb = v128.load32_splat(x + (<usize>k << 2), 4);
      const next = row + 16;
      a0 = f32x4.relaxed_madd(widen(row, 0), xa, a0); b0 = f32x4.relaxed_madd(widen(next, 0), xb, b0);
      a1 = f32x4.relaxed_madd(widen(row, 1), xa, a1); b1 = f32x4.relaxed_madd(widen(next, 1), xb, b1);
      a2 = f32x4.relaxed_madd(widen(row, 2), xa, a2); b2 = f32x4.relaxed_madd(widen(next, 2), xb, b2);
      a3 = f32x4.relaxed_madd(widen(row, 3), xa, a3); b3 = f32x4.relaxed_madd(widen(next, 3), xb, b3);
      row += 32;
    }
    const o = y + <usize>p * 64;
    v128.store(o, f32x4.add(a0, b0)); v128.store(o, f32x4.add(a1, b1), 16);
    v128.store(o, f32x4.add(a2, b2), 32); v128.store(o, f32x4.add(a3, b3), 48);
  }
}

/** i32x4.relaxed_dot_i8x16_i7x16_add_s of splat(a) and splat(b), lane 0: 4·a·b where the engine is right. */
export function dotOfSplats(a: i32, b: i32): i32 {
  return i32x4.extract_lane(i32x4.relaxed_dot_i8x16_i7x16_add_s(i8x16.splat(<i8>a), i8x16.splat(<i8>b), i32x4.splat(0)), 0);
}
