/**
 * Decode matmul: y[M, N] = x[M, K] · W[K, N] for M ≤ 4 (one token per batch row).
 *
 * Memory-bound: the time is the time to stream W once. Each panel (16 columns, see
 * panel16.ts) is read front to back; a packed row is dequantized on the fly into four
 * float32x4 vectors (16 columns) and multiplied into four accumulators per row of x.
 * Rows of x go in pairs, so that one dequantization serves two of them; M = 3 or 4 reads
 * the panel a second time, from L2. An int8 weight with G scale groups is taken one group
 * of rows at a time, each with its scales.
 * The order of summation over k differs from the TypeScript twin's (float32 tolerance),
 * and the relaxed-SIMD build fuses the multiply-adds.
 */
import { loadLanes, madd, storeLanes } from "./simd";
import { PANEL, ROUND_BF16, ROUND_BF16_NAN, ROUND_NONE, dequant, groupStart, paddedColumns, rowBytes } from "./panel16";

/**
 * One panel against one row of x: y[0..ncols) (+)= x · W[:, panel] (onto y when
 * `accumulate`: a later scale group). Rows k and k+1 of W are summed before they meet the
 * accumulators: a multiply-add into an accumulator waits for the previous one (4 cycles),
 * and one chain per row of W could not keep up with bf16 rows. `round` is a literal at
 * every call site, so each mode compiles to its own loop.
 */
@inline function panelRow<T>(
  x: usize, K: i32, wp: usize, s0: v128, s1: v128, s2: v128, s3: v128, round: i32, y: usize, ncols: i32, accumulate: bool,
): void {
  let a0 = f32x4.splat(0), a1 = a0, a2 = a0, a3 = a0;
  if (accumulate) {
    a0 = loadLanes(y, ncols); a1 = loadLanes(y + 16, ncols - 4);
    a2 = loadLanes(y + 32, ncols - 8); a3 = loadLanes(y + 48, ncols - 12);
  }
  const stride = rowBytes<T>();
  let row = wp;
  let k: usize = 0;
  for (; k + 2 <= <usize>K; k += 2) {
    const xa = v128.load32_splat(x + (k << 2)), xb = v128.load32_splat(x + (k << 2), 4);
    const next = row + stride;
    a0 = f32x4.add(a0, madd(dequant<T>(next, 0, s0, round), xb, f32x4.mul(dequant<T>(row, 0, s0, round), xa)));
    a1 = f32x4.add(a1, madd(dequant<T>(next, 1, s1, round), xb, f32x4.mul(dequant<T>(row, 1, s1, round), xa)));
    a2 = f32x4.add(a2, madd(dequant<T>(next, 2, s2, round), xb, f32x4.mul(dequant<T>(row, 2, s2, round), xa)));
    a3 = f32x4.add(a3, madd(dequant<T>(next, 3, s3, round), xb, f32x4.mul(dequant<T>(row, 3, s3, round), xa)));
    row += 2 * stride;
  }
  if (k < <usize>K) {
    const xa = v128.load32_splat(x + (k << 2));
    a0 = madd(dequant<T>(row, 0, s0, round), xa, a0);
    a1 = madd(dequant<T>(row, 1, s1, round), xa, a1);
    a2 = madd(dequant<T>(row, 2, s2, round), xa, a2);
    a3 = madd(dequant<T>(row, 3, s3, round), xa, a3);
  }
  storeLanes(y, a0, ncols); storeLanes(y + 16, a1, ncols - 4);
  storeLanes(y + 32, a2, ncols - 8); storeLanes(y + 48, a3, ncols - 12);
}

/**
 * One panel against two rows of x: ya (+)= xa · W[:, panel], yb (+)= xb · W[:, panel]; the
 * dequantized row serves both, and the two rows' accumulators are two chains already.
 */
@inline function panelRowPair<T>(
  xa: usize, xb: usize, K: i32, wp: usize,
  s0: v128, s1: v128, s2: v128, s3: v128, round: i32,
  ya: usize, yb: usize, ncols: i32, accumulate: bool,
): void {
  let a0 = f32x4.splat(0), a1 = a0, a2 = a0, a3 = a0;
  let b0 = a0, b1 = a0, b2 = a0, b3 = a0;
  if (accumulate) {
    a0 = loadLanes(ya, ncols); a1 = loadLanes(ya + 16, ncols - 4);
    a2 = loadLanes(ya + 32, ncols - 8); a3 = loadLanes(ya + 48, ncols - 12);
    b0 = loadLanes(yb, ncols); b1 = loadLanes(yb + 16, ncols - 4);
    b2 = loadLanes(yb + 32, ncols - 8); b3 = loadLanes(yb + 48, ncols - 12);
  }
  const stride = rowBytes<T>();
  let row = wp;
  for (let k: usize = 0; k < <usize>K; k++) {
    const w0 = dequant<T>(row, 0, s0, round);
    const w1 = dequant<T>(row, 1, s1, round);
    const w2 = dequant<T>(row, 2, s2, round);
    const w3 = dequant<T>(row, 3, s3, round);
    const xka = v128.load32_splat(xa + (k << 2));
    a0 = madd(w0, xka, a0); a1 = madd(w1, xka, a1); a2 = madd(w2, xka, a2); a3 = madd(w3, xka, a3);
    const xkb = v128.load32_splat(xb + (k << 2));
    b0 = madd(w0, xkb, b0); b1 = madd(w1, xkb, b1); b2 = madd(w2, xkb, b2); b3 = madd(w3, xkb, b3);
    row += stride;
  }
  storeLanes(ya, a0, ncols); storeLanes(ya + 16, a1, ncols - 4);
  storeLanes(ya + 32, a2, ncols - 8); storeLanes(ya + 48, a3, ncols - 12);
  storeLanes(yb, b0, ncols); storeLanes(yb + 16, b1, ncols - 4);
  storeLanes(yb + 32, b2, ncols - 8); storeLanes(yb + 48, b3, ncols - 12);
}

/**
 * Rows m, m+1 (when `two`) against panel p, one scale group after another; `round` and
 * `two` are literals.
 */
@inline function panelRows<T>(
  x: usize, m: i32, K: i32, N: i32, wp: usize, scales: usize, G: i32, round: i32, y: usize, p: i32, two: bool,
): void {
  const ncols = min(PANEL, N - p * PANEL);
  const ya = y + (<usize>m * <usize>N + <usize>p * PANEL) * 4, yb = ya + <usize>N * 4;
  for (let g = 0; g < G; g++) {
    const k0 = groupStart(g, K, G), k1 = groupStart(g + 1, K, G);
    if (k1 == k0) continue;
    let s0 = f32x4.splat(0), s1 = s0, s2 = s0, s3 = s0;
    if (isInteger<T>() && sizeof<T>() == 1) {
      const sp = scales + (<usize>g * paddedColumns(N) + <usize>p * PANEL) * 4;
      s0 = v128.load(sp); s1 = v128.load(sp, 16); s2 = v128.load(sp, 32); s3 = v128.load(sp, 48);
    }
    const xa = x + (<usize>m * <usize>K + <usize>k0) * 4, xb = xa + <usize>K * 4;
    const wk = wp + <usize>k0 * rowBytes<T>();
    if (two) panelRowPair<T>(xa, xb, k1 - k0, wk, s0, s1, s2, s3, round, ya, yb, ncols, k0 > 0);
    else panelRow<T>(xa, k1 - k0, wk, s0, s1, s2, s3, round, ya, ncols, k0 > 0);
  }
}

/**
 * Panels p0..p1 of y[M, N] = x · W, M ≤ 4. `scales` (int8 only): G rows of scales, see
 * panel16.ts. Threads split the panels.
 */
export function gemv<T>(
  x: usize, M: i32, K: i32, N: i32, w: usize, scales: usize, G: i32, round: i32, y: usize, p0: i32, p1: i32,
): void {
  const panelBytes = <usize>K * rowBytes<T>();
  for (let p = p0; p < p1; p++) {
    const wp = w + <usize>p * panelBytes;
    for (let m = 0; m < M; m += 2) {
      const two = m + 1 < M;
      if (round == ROUND_NONE) {
        if (two) panelRows<T>(x, m, K, N, wp, scales, G, ROUND_NONE, y, p, true);
        else panelRows<T>(x, m, K, N, wp, scales, G, ROUND_NONE, y, p, false);
      } else if (isInteger<T>() && sizeof<T>() == 1) {
        if (round == ROUND_BF16) {
          if (two) panelRows<T>(x, m, K, N, wp, scales, G, ROUND_BF16, y, p, true);
          else panelRows<T>(x, m, K, N, wp, scales, G, ROUND_BF16, y, p, false);
        } else {
          if (two) panelRows<T>(x, m, K, N, wp, scales, G, ROUND_BF16_NAN, y, p, true);
          else panelRows<T>(x, m, K, N, wp, scales, G, ROUND_BF16_NAN, y, p, false);
        }
      }
    }
  }
}
