/**
 * Prefill matmul: y[M, N] = x[M, K] · W[K, N] for M > 4 (a prompt's tokens at once).
 *
 * Compute-bound: the work is arranged so that each loaded value feeds several
 * multiply-adds (GotoBLAS's scheme, at the scale of a 128-bit SIMD engine):
 * - cache blocking: a panel (16 columns) is taken KC rows at a time; that block,
 *   KC × 16 float32 = 16 KiB, stays in L1 while every row of x passes over it;
 *   bfloat16 / int8 blocks are dequantized once into this float32 block (per-thread
 *   scratch), so dequantization costs 1/M of a multiply-add per weight;
 * - register blocking: a micro-tile of MR rows × 8 columns keeps 2·MR float32x4
 *   accumulators in registers; per k it loads 2 vectors of W and broadcasts MR values
 *   of x for 2·MR multiply-adds;
 * - x is packed first (pack_x): each tile of MR rows stores its MR values of a column k
 *   side by side, so the micro-kernel reads them at one pointer and constant offsets.
 *   Reading the rows in place, V8 recomputes a row address per row every step, and the
 *   loop becomes bound by instruction issue rather than by the multiply-adds.
 * MR is as large as the registers allow. V8 gives a wasm function 15 of x64's 16 vector
 * registers (xmm15 is its scratch register), and a multiply-add has a latency of 4 cycles
 * at 2 per cycle, so 8 accumulators (MR = 4) leave no slack at all:
 * - relaxed SIMD (fused multiply-add): MR = 6, 12 accumulators + 2 of W + 1 of x = 15;
 * - baseline SIMD (multiply, then add, which needs one more register for the product):
 *   MR = 5, 10 + 2 + 1 + 1 = 14 (with 6 rows V8 spills an accumulator, 2× slower).
 * On Node 20, 128×1024×4096 on one thread, MR = 4 → 6 took the relaxed build from 54–56
 * to 58–61 GFLOP/s, and 4 → 5 the baseline build from 45 to 54–56.
 * Summation order differs from the TypeScript twin (float32 tolerance), and the
 * relaxed-SIMD build fuses the multiply-adds.
 */
import { loadLanes, madd, storeLanes } from "./simd";
import { PANEL, dequant, groupStart, paddedColumns, rowBytes } from "./panel16";

/** Rows of a panel block: 256 rows × 64 bytes = 16 KiB of float32, half of a 32 KiB L1. */
export const KC: i32 = 256;
/** Micro-tile: MR rows of x by NR columns of W (MR: see the top of this file). */
export const MR: i32 = ASC_FEATURE_RELAXED_SIMD ? 6 : 5;
const NR: i32 = 8;
/** Bytes of per-thread scratch the prefill path needs: one float32 block and one edge tile. */
export const GEMM_SCRATCH_BYTES: i32 = KC * PANEL * 4 + MR * NR * 4;

/** Bytes of a packed x tile per column k: MR float32. */
const TILE_K_BYTES: usize = <usize>MR * 4;

/**
 * Packs row tiles [t0, t1) of x[M, K] for the prefill path: tile t (rows MR·t ..
 * MR·t + MR − 1; rows past M are zeros) goes to out + t·K·4·MR, column k of it at 4·MR·k:
 *
 *   x[MR·t + r, k]  at float index  (t·K + k)·MR + r        (r < MR)
 *
 * Four columns at a time: rows 0–3 are a 4×4 transpose of four row loads, rows 4 and 5
 * (MR = 6) one more interleave, row 4 alone (MR = 5) four lane stores; these are the two
 * tile heights there are. Threads split the tiles.
 */
export function pack_x(x: usize, M: i32, K: i32, out: usize, t0: i32, t1: i32): void {
  const ldx = <usize>K * 4;
  const zero = f32x4.splat(0);
  for (let t = t0; t < t1; t++) {
    const m = t * MR, rows = min(MR, M - m);
    const x0 = x + <usize>m * ldx, o = out + <usize>t * <usize>K * TILE_K_BYTES;
    let k = 0;
    for (; k + 4 <= K; k += 4) {
      const kb = <usize>k * 4;
      const v0 = v128.load(x0 + kb);
      const v1 = rows > 1 ? v128.load(x0 + ldx + kb) : zero;
      const v2 = rows > 2 ? v128.load(x0 + 2 * ldx + kb) : zero;
      const v3 = rows > 3 ? v128.load(x0 + 3 * ldx + kb) : zero;
      const v4 = rows > 4 ? v128.load(x0 + 4 * ldx + kb) : zero;
      const t01lo = v128.shuffle<f32>(v0, v1, 0, 4, 1, 5), t01hi = v128.shuffle<f32>(v0, v1, 2, 6, 3, 7);
      const t23lo = v128.shuffle<f32>(v2, v3, 0, 4, 1, 5), t23hi = v128.shuffle<f32>(v2, v3, 2, 6, 3, 7);
      const ok = o + <usize>k * TILE_K_BYTES;
      v128.store(ok, v128.shuffle<f32>(t01lo, t23lo, 0, 1, 4, 5));
      v128.store(ok + TILE_K_BYTES, v128.shuffle<f32>(t01lo, t23lo, 2, 3, 6, 7));
      v128.store(ok + 2 * TILE_K_BYTES, v128.shuffle<f32>(t01hi, t23hi, 0, 1, 4, 5));
      v128.store(ok + 3 * TILE_K_BYTES, v128.shuffle<f32>(t01hi, t23hi, 2, 3, 6, 7));
      if (MR == 6) {
        const v5 = rows > 5 ? v128.load(x0 + 5 * ldx + kb) : zero;
        const t45lo = v128.shuffle<f32>(v4, v5, 0, 4, 1, 5), t45hi = v128.shuffle<f32>(v4, v5, 2, 6, 3, 7);
        v128.store64_lane(ok + 16, t45lo, 0);
        v128.store64_lane(ok + TILE_K_BYTES + 16, t45lo, 1);
        v128.store64_lane(ok + 2 * TILE_K_BYTES + 16, t45hi, 0);
        v128.store64_lane(ok + 3 * TILE_K_BYTES + 16, t45hi, 1);
      } else if (MR == 5) {
        v128.store32_lane(ok + 16, v4, 0);
        v128.store32_lane(ok + TILE_K_BYTES + 16, v4, 1);
        v128.store32_lane(ok + 2 * TILE_K_BYTES + 16, v4, 2);
        v128.store32_lane(ok + 3 * TILE_K_BYTES + 16, v4, 3);
      }
    }
    for (; k < K; k++)
      for (let r = 0; r < MR; r++)
        store<f32>(o + <usize>k * TILE_K_BYTES + <usize>r * 4, r < rows ? load<f32>(x0 + <usize>r * ldx + <usize>k * 4) : 0);
  }
}

/**
 * The micro-kernel: y[0..mr, 0..8) (+)= x[0..mr, 0..kc) · b[0..kc, 0..8), with x a
 * packed tile (pack_x: column k at xp + 4·MR·k), b rows 64 bytes apart (a float32 panel
 * block), y rows `ldy` bytes apart. Starts from zero when `first`, else accumulates onto
 * y. `mr` is a literal at every call site, so unused accumulators vanish.
 */
@inline function tile(mr: i32, xp: usize, bp: usize, kc: i32, yp: usize, ldy: usize, first: bool): void {
  let c00 = f32x4.splat(0), c01 = c00, c10 = c00, c11 = c00, c20 = c00, c21 = c00, c30 = c00, c31 = c00;
  let c40 = c00, c41 = c00, c50 = c00, c51 = c00;
  if (!first) {
    c00 = v128.load(yp); c01 = v128.load(yp, 16);
    if (mr > 1) { c10 = v128.load(yp + ldy); c11 = v128.load(yp + ldy, 16); }
    if (mr > 2) { c20 = v128.load(yp + 2 * ldy); c21 = v128.load(yp + 2 * ldy, 16); }
    if (mr > 3) { c30 = v128.load(yp + 3 * ldy); c31 = v128.load(yp + 3 * ldy, 16); }
    if (mr > 4) { c40 = v128.load(yp + 4 * ldy); c41 = v128.load(yp + 4 * ldy, 16); }
    if (mr > 5) { c50 = v128.load(yp + 5 * ldy); c51 = v128.load(yp + 5 * ldy, 16); }
  }
  const end = bp + <usize>kc * PANEL * 4;
  for (; bp < end; bp += <usize>PANEL * 4) {
    const b0 = v128.load(bp), b1 = v128.load(bp, 16);
    const a0 = v128.load32_splat(xp);
    c00 = madd(a0, b0, c00); c01 = madd(a0, b1, c01);
    if (mr > 1) { const a1 = v128.load32_splat(xp, 4); c10 = madd(a1, b0, c10); c11 = madd(a1, b1, c11); }
    if (mr > 2) { const a2 = v128.load32_splat(xp, 8); c20 = madd(a2, b0, c20); c21 = madd(a2, b1, c21); }
    if (mr > 3) { const a3 = v128.load32_splat(xp, 12); c30 = madd(a3, b0, c30); c31 = madd(a3, b1, c31); }
    if (mr > 4) { const a4 = v128.load32_splat(xp, 16); c40 = madd(a4, b0, c40); c41 = madd(a4, b1, c41); }
    if (mr > 5) { const a5 = v128.load32_splat(xp, 20); c50 = madd(a5, b0, c50); c51 = madd(a5, b1, c51); }
    xp += TILE_K_BYTES;
  }
  v128.store(yp, c00); v128.store(yp, c01, 16);
  if (mr > 1) { v128.store(yp + ldy, c10); v128.store(yp + ldy, c11, 16); }
  if (mr > 2) { v128.store(yp + 2 * ldy, c20); v128.store(yp + 2 * ldy, c21, 16); }
  if (mr > 3) { v128.store(yp + 3 * ldy, c30); v128.store(yp + 3 * ldy, c31, 16); }
  if (mr > 4) { v128.store(yp + 4 * ldy, c40); v128.store(yp + 4 * ldy, c41, 16); }
  if (mr > 5) { v128.store(yp + 5 * ldy, c50); v128.store(yp + 5 * ldy, c51, 16); }
}

// One compiled micro-kernel per row count: the full tile, and the last tile of an M
// that MR does not divide.
function tileFull(xp: usize, bp: usize, kc: i32, yp: usize, ldy: usize, first: bool): void { tile(MR, xp, bp, kc, yp, ldy, first); }
function tile5(xp: usize, bp: usize, kc: i32, yp: usize, ldy: usize, first: bool): void { tile(5, xp, bp, kc, yp, ldy, first); }
function tile4(xp: usize, bp: usize, kc: i32, yp: usize, ldy: usize, first: bool): void { tile(4, xp, bp, kc, yp, ldy, first); }
function tile3(xp: usize, bp: usize, kc: i32, yp: usize, ldy: usize, first: bool): void { tile(3, xp, bp, kc, yp, ldy, first); }
function tile2(xp: usize, bp: usize, kc: i32, yp: usize, ldy: usize, first: bool): void { tile(2, xp, bp, kc, yp, ldy, first); }
function tile1(xp: usize, bp: usize, kc: i32, yp: usize, ldy: usize, first: bool): void { tile(1, xp, bp, kc, yp, ldy, first); }

@inline function tileRows(mr: i32, xp: usize, bp: usize, kc: i32, yp: usize, ldy: usize, first: bool): void {
  if (mr >= MR) tileFull(xp, bp, kc, yp, ldy, first);
  else if (MR > 5 && mr == 5) tile5(xp, bp, kc, yp, ldy, first);
  else if (mr == 4) tile4(xp, bp, kc, yp, ldy, first);
  else if (mr == 3) tile3(xp, bp, kc, yp, ldy, first);
  else if (mr == 2) tile2(xp, bp, kc, yp, ldy, first);
  else tile1(xp, bp, kc, yp, ldy, first);
}

/**
 * A tile whose 8 columns run past N (the last panel): computed in the `edge` scratch
 * tile (8 columns wide), then its first `ncols` columns copied to y.
 */
function edgeTile(mr: i32, xp: usize, bp: usize, kc: i32, yp: usize, ldy: usize, first: bool, ncols: i32, edge: usize): void {
  const lde: usize = <usize>NR * 4;
  for (let r = 0; r < mr; r++) {
    const src = yp + <usize>r * ldy, dst = edge + <usize>r * lde;
    v128.store(dst, first ? f32x4.splat(0) : loadLanes(src, ncols));
    v128.store(dst, first ? f32x4.splat(0) : loadLanes(src + 16, ncols - 4), 16);
  }
  tileRows(mr, xp, bp, kc, edge, lde, false);
  for (let r = 0; r < mr; r++) {
    const src = edge + <usize>r * lde, dst = yp + <usize>r * ldy;
    storeLanes(dst, v128.load(src), ncols);
    storeLanes(dst + 16, v128.load(src, 16), ncols - 4);
  }
}

/**
 * Dequantizes rows [k0, k0 + kc) of a bf16 / int8 panel into a float32 block at `out`;
 * `sp` points at the panel's scales in scale row 0 (int8: row k uses scale row
 * floor(k·G / K), rows `stride` bytes apart).
 */
function dequantBlock<T>(wp: usize, k0: i32, kc: i32, K: i32, sp: usize, G: i32, stride: usize, round: i32, out: usize): void {
  let g = -1;
  let s0 = f32x4.splat(0), s1 = s0, s2 = s0, s3 = s0;
  for (let k = k0; k < k0 + kc; k++) {
    if (isInteger<T>() && sizeof<T>() == 1) {
      const gk = <i32>((<u64>k * <u64>G) / <u64>K);
      if (gk != g) {
        g = gk;
        const s = sp + <usize>g * stride;
        s0 = v128.load(s); s1 = v128.load(s, 16); s2 = v128.load(s, 32); s3 = v128.load(s, 48);
      }
    }
    const row = wp + <usize>k * rowBytes<T>(), o = out + <usize>(k - k0) * PANEL * 4;
    v128.store(o, dequant<T>(row, 0, s0, round));
    v128.store(o, dequant<T>(row, 1, s1, round), 16);
    v128.store(o, dequant<T>(row, 2, s2, round), 32);
    v128.store(o, dequant<T>(row, 3, s3, round), 48);
  }
}

/**
 * Panels p0..p1 of y[M, N] = x · W, x packed by pack_x, over the rows of scale groups
 * [g0, g1). `scales` (int8 only): G rows of scales, see panel16.ts; `scratch` is this
 * thread's GEMM_SCRATCH_BYTES. Threads split the panels.
 */
export function gemm<T>(
  x: usize, M: i32, K: i32, N: i32, w: usize, scales: usize, G: i32, g0: i32, g1: i32, round: i32, y: usize, scratch: usize, p0: i32, p1: i32,
): void {
  const ldy = <usize>N * 4, tileBytes = <usize>K * TILE_K_BYTES;
  const block = scratch, edge = scratch + <usize>KC * PANEL * 4;
  const k0 = groupStart(g0, K, G), k1 = groupStart(g1, K, G);
  for (let p = p0; p < p1; p++) {
    const wp = w + <usize>p * <usize>K * rowBytes<T>();
    const ncols = min(PANEL, N - p * PANEL);
    for (let kb = k0; kb < k1; kb += KC) {
      const kc = min(KC, k1 - kb);
      let b = wp + <usize>kb * rowBytes<T>();
      if (!isFloat<T>()) {
        const sp = scales + <usize>p * PANEL * 4;
        dequantBlock<T>(wp, kb, kc, K, sp, G, paddedColumns(N) * 4, round, block);
        b = block;
      }
      for (let half = 0; half < PANEL / NR; half++) {
        const nh = ncols - half * NR;
        if (nh <= 0) break;
        const bh = b + <usize>(half * NR * 4);
        const xk = x + <usize>kb * TILE_K_BYTES;
        const yn = y + <usize>(p * PANEL + half * NR) * 4;
        for (let m = 0; m < M; m += MR) {
          const mr = min(MR, M - m);
          const xp = xk + <usize>(m / MR) * tileBytes, yp = yn + <usize>m * ldy;
          if (nh >= NR) tileRows(mr, xp, bh, kc, yp, ldy, kb == k0);
          else edgeTile(mr, xp, bh, kc, yp, ldy, kb == k0, nh, edge);
        }
      }
    }
  }
}
