/**
 * Decode matmul: y[M, N] = x[M, K] · W[K, N] for M ≤ 4 (one token per batch row).
 *
 * Memory-bound: the time is the time to stream W once. Each panel (16 columns, see
 * panel16.ts) is read front to back; a packed row is dequantized on the fly into four
 * float32x4 vectors (16 columns) and multiplied into four accumulators per row of x
 * (eight for int8 on an unpaired row: even and odd k, see rowTimesPanel).
 * Rows of x go in pairs, so that one dequantization serves two of them; M = 3 or 4 reads
 * the panel a second time, from L2. An int8 weight with G scale groups is taken one group
 * of rows at a time, each with its scales.
 * The order of summation over k differs from the TypeScript twin's (float32 tolerance),
 * and the relaxed-SIMD build fuses the multiply-adds.
 *
 * int8 is arithmetic-bound, not memory-bound (16 bytes of W per 16 multiply-adds), so each
 * scale group of each panel takes the cheapest route its scales allow (see panelOverGroups;
 * exact, or for FACTORED within the float32 tolerance):
 * - without bf16 rounding, the scale is factored out of the dot product (FACTORED):
 *     y[m, n] = Σ_g s[g, n] · Σ_{k in g} x[m, k]·q[k, n]
 *   summed in float32 (q converts exactly) and multiplied by the scale once per group.
 *   This differs from the twin's Σ x·fround(q·s) only by float32 rounding, within the
 *   tests' tolerance 2γ_K·Σ|x||w| — see factorable() for the argument and its conditions;
 * - with bf16 rounding, every weight is still rounded exactly as the twin rounds it, by
 *   the cheaper Veltkamp split (ROUND_BF16_SPLIT, exact for tame scales), in one operation
 *   less where the scales are bf16 values (ROUND_BF16_FMA, relaxed build);
 * - anything else (NaN/±Inf/extreme scales or inputs) dequantizes exactly per element.
 */
import { VELTKAMP_SPLITTER, loadLanes, madd, storeLanes, touchAhead, touchDue } from "./simd";
import {
  FACTORED, INT8_Q_LAST, INT8_TOP, PANEL, ROUND_BF16, ROUND_BF16_FMA, ROUND_BF16_NAN, ROUND_BF16_SPLIT, ROUND_NONE,
  bf16Scales, dequant, groupStart, paddedColumns, rowBytes, tameScales,
} from "./panel16";

/**
 * One panel against one row of x: y[0..ncols) (+)= x · W[:, panel] (onto y when
 * `accumulate`: a later scale group). A multiply-add into an accumulator waits for the
 * previous one (4 cycles), and one chain per row of W could not keep up: rows k and k+1
 * of W are summed before they meet the accumulators (f32, bf16), or go into two sets of
 * accumulators, even and odd k, added at the end (int8: one multiply-add per element,
 * which the relaxed build fuses). `round` is a literal at every call site, so each mode
 * compiles to its own loop (kernels-as/skip_code_folding.mjs keeps Binaryen from
 * merging them again).
 * FACTORED: the sum is of x·q, and y (+)= s·sum at the end.
 * split0..split3: the scales times 2^16 + 1, for ROUND_BF16_FMA (panel16.ts dequant's `split`).
 */
@inline function rowTimesPanel<T>(
  x: usize, K: i32, wp: usize, s0: v128, s1: v128, s2: v128, s3: v128, round: i32, y: usize, ncols: i32, accumulate: bool,
  split0: v128, split1: v128, split2: v128, split3: v128,
): void {
  let a0 = f32x4.splat(0), a1 = a0, a2 = a0, a3 = a0;
  if (accumulate && round != FACTORED) {
    a0 = loadLanes(y, ncols); a1 = loadLanes(y + 16, ncols - 4);
    a2 = loadLanes(y + 32, ncols - 8); a3 = loadLanes(y + 48, ncols - 12);
  }
  const stride = rowBytes<T>();
  let row = wp;
  const last = wp + <usize>K * stride - 4; // the stream's last word, for its page-crossing touches (simd.ts)
  let k: usize = 0;
  let odd0 = f32x4.splat(0), odd1 = odd0, odd2 = odd0, odd3 = odd0;
  for (; k + 2 <= <usize>K; k += 2) {
    if (touchDue(k, stride)) touchAhead(row, last);
    const xa = v128.load32_splat(x + (k << 2)), xb = v128.load32_splat(x + (k << 2), 4);
    const next = row + stride;
    if (isInteger<T>() && sizeof<T>() == 1) {
      a0 = madd(dequant<T>(row, 0, s0, round, split0), xa, a0); odd0 = madd(dequant<T>(next, 0, s0, round, split0), xb, odd0);
      a1 = madd(dequant<T>(row, 1, s1, round, split1), xa, a1); odd1 = madd(dequant<T>(next, 1, s1, round, split1), xb, odd1);
      a2 = madd(dequant<T>(row, 2, s2, round, split2), xa, a2); odd2 = madd(dequant<T>(next, 2, s2, round, split2), xb, odd2);
      a3 = madd(dequant<T>(row, 3, s3, round, split3), xa, a3); odd3 = madd(dequant<T>(next, 3, s3, round, split3), xb, odd3);
      row += 2 * stride;
      continue;
    }
    a0 = f32x4.add(a0, twoWeightRowsSummed<T>(row, next, 0, s0, round, xa, xb));
    a1 = f32x4.add(a1, twoWeightRowsSummed<T>(row, next, 1, s1, round, xa, xb));
    a2 = f32x4.add(a2, twoWeightRowsSummed<T>(row, next, 2, s2, round, xa, xb));
    a3 = f32x4.add(a3, twoWeightRowsSummed<T>(row, next, 3, s3, round, xa, xb));
    row += 2 * stride;
  }
  if (k < <usize>K) {
    const xa = v128.load32_splat(x + (k << 2));
    a0 = madd(dequant<T>(row, 0, s0, round, split0), xa, a0);
    a1 = madd(dequant<T>(row, 1, s1, round, split1), xa, a1);
    a2 = madd(dequant<T>(row, 2, s2, round, split2), xa, a2);
    a3 = madd(dequant<T>(row, 3, s3, round, split3), xa, a3);
  }
  if (isInteger<T>() && sizeof<T>() == 1) {
    a0 = f32x4.add(a0, odd0); a1 = f32x4.add(a1, odd1); a2 = f32x4.add(a2, odd2); a3 = f32x4.add(a3, odd3);
  }
  if (round == FACTORED) {
    a0 = scaleInto(y, a0, s0, ncols, accumulate); a1 = scaleInto(y + 16, a1, s1, ncols - 4, accumulate);
    a2 = scaleInto(y + 32, a2, s2, ncols - 8, accumulate); a3 = scaleInto(y + 48, a3, s3, ncols - 12, accumulate);
  }
  storeLanes(y, a0, ncols); storeLanes(y + 16, a1, ncols - 4);
  storeLanes(y + 32, a2, ncols - 8); storeLanes(y + 48, a3, ncols - 12);
}

/**
 * Two panels of a float32 / bfloat16 W against one row of x, in lockstep: ya = x · W[:, A],
 * yb = x · W[:, B]. One core reads memory faster from two sequential streams than from one
 * (its prefetchers keep more lines in flight).
 * The two panels' 8 accumulators are 8 chains of multiply-adds, enough to hide their
 * latency: bfloat16 multiplies each row straight into them (one multiply-add per four
 * weights; summing rows k and k+1 first, as rowTimesPanel does, costs two more operations per
 * eight weights, and bf16 is bound by its arithmetic on one core: from cache, 2048 × 1024,
 * 28 G weights/s multiplying each row in, 19 summing row pairs first, Node 20, relaxed
 * build). float32 still sums row pairs: with
 * one row per step Node 20 ran it at 9 instead of 13 G weights/s from cache.
 * (Node 20's V8 issues a step's 16 loads before its arithmetic and spills four
 * accumulators. One panel as one stream (rowTimesPanel), or as two streams over its two
 * halves of rows, runs 1.5× faster from cache on Node 20 and 22, but reads memory no
 * faster, and the halves lost in the whole model: bench/SPEED.md, "Not reached".)
 */
@inline function rowTimesTwoPanels<T>(x: usize, K: i32, wa: usize, wb: usize, ya: usize, yb: usize, na: i32, nb: i32): void {
  let a0 = f32x4.splat(0), a1 = a0, a2 = a0, a3 = a0;
  let b0 = a0, b1 = a0, b2 = a0, b3 = a0;
  const z = a0;
  const stride = rowBytes<T>();
  // the two streams' last words, for their page-crossing touches (simd.ts)
  const lastA = wa + <usize>K * stride - 4, lastB = wb + <usize>K * stride - 4;
  let k: usize = 0;
  if (sizeof<T>() == 2) {
    for (; k < <usize>K; k++) {
      if (touchDue(k, stride)) { touchAhead(wa, lastA); touchAhead(wb, lastB); }
      const xk = v128.load32_splat(x + (k << 2));
      a0 = madd(dequant<T>(wa, 0, z, ROUND_NONE), xk, a0); b0 = madd(dequant<T>(wb, 0, z, ROUND_NONE), xk, b0);
      a1 = madd(dequant<T>(wa, 1, z, ROUND_NONE), xk, a1); b1 = madd(dequant<T>(wb, 1, z, ROUND_NONE), xk, b1);
      a2 = madd(dequant<T>(wa, 2, z, ROUND_NONE), xk, a2); b2 = madd(dequant<T>(wb, 2, z, ROUND_NONE), xk, b2);
      a3 = madd(dequant<T>(wa, 3, z, ROUND_NONE), xk, a3); b3 = madd(dequant<T>(wb, 3, z, ROUND_NONE), xk, b3);
      wa += stride;
      wb += stride;
    }
  }
  for (; k + 2 <= <usize>K; k += 2) {
    if (touchDue(k, stride)) { touchAhead(wa, lastA); touchAhead(wb, lastB); }
    const xa = v128.load32_splat(x + (k << 2)), xb = v128.load32_splat(x + (k << 2), 4);
    const nextA = wa + stride, nextB = wb + stride;
    a0 = f32x4.add(a0, twoWeightRowsSummed<T>(wa, nextA, 0, z, ROUND_NONE, xa, xb)); b0 = f32x4.add(b0, twoWeightRowsSummed<T>(wb, nextB, 0, z, ROUND_NONE, xa, xb));
    a1 = f32x4.add(a1, twoWeightRowsSummed<T>(wa, nextA, 1, z, ROUND_NONE, xa, xb)); b1 = f32x4.add(b1, twoWeightRowsSummed<T>(wb, nextB, 1, z, ROUND_NONE, xa, xb));
    a2 = f32x4.add(a2, twoWeightRowsSummed<T>(wa, nextA, 2, z, ROUND_NONE, xa, xb)); b2 = f32x4.add(b2, twoWeightRowsSummed<T>(wb, nextB, 2, z, ROUND_NONE, xa, xb));
    a3 = f32x4.add(a3, twoWeightRowsSummed<T>(wa, nextA, 3, z, ROUND_NONE, xa, xb)); b3 = f32x4.add(b3, twoWeightRowsSummed<T>(wb, nextB, 3, z, ROUND_NONE, xa, xb));
    wa += 2 * stride;
    wb += 2 * stride;
  }
  if (k < <usize>K) {
    const xa = v128.load32_splat(x + (k << 2));
    a0 = madd(dequant<T>(wa, 0, z, ROUND_NONE), xa, a0); b0 = madd(dequant<T>(wb, 0, z, ROUND_NONE), xa, b0);
    a1 = madd(dequant<T>(wa, 1, z, ROUND_NONE), xa, a1); b1 = madd(dequant<T>(wb, 1, z, ROUND_NONE), xa, b1);
    a2 = madd(dequant<T>(wa, 2, z, ROUND_NONE), xa, a2); b2 = madd(dequant<T>(wb, 2, z, ROUND_NONE), xa, b2);
    a3 = madd(dequant<T>(wa, 3, z, ROUND_NONE), xa, a3); b3 = madd(dequant<T>(wb, 3, z, ROUND_NONE), xa, b3);
  }
  storeLanes(ya, a0, na); storeLanes(ya + 16, a1, na - 4); storeLanes(ya + 32, a2, na - 8); storeLanes(ya + 48, a3, na - 12);
  storeLanes(yb, b0, nb); storeLanes(yb + 16, b1, nb - 4); storeLanes(yb + 32, b2, nb - 8); storeLanes(yb + 48, b3, nb - 12);
}

/** Columns 4j..4j+3 of rows k (at `row`) and k+1 (at `next`) against x[k], x[k+1]: summed before they meet an accumulator. */
@inline function twoWeightRowsSummed<T>(row: usize, next: usize, j: i32, s: v128, round: i32, xa: v128, xb: v128): v128 {
  return madd(dequant<T>(next, j, s, round), xb, f32x4.mul(dequant<T>(row, j, s, round), xa));
}

/** FACTORED: s·sum, plus y's first n lanes when `accumulate` (a later scale group). */
@inline function scaleInto(y: usize, sum: v128, s: v128, n: i32, accumulate: bool): v128 {
  const v = f32x4.mul(sum, s);
  return accumulate ? f32x4.add(loadLanes(y, n), v) : v;
}

/**
 * One panel against two rows of x: ya (+)= xa · W[:, panel], yb (+)= xb · W[:, panel]; the
 * dequantized row serves both, and the two rows' accumulators are two chains already.
 * FACTORED sums rows k and k+1 of W before they meet the accumulators (rowTimesPanel, on
 * int8, keeps even and odd k in two sets of accumulators instead): either way each
 * accumulator's chain of roundings is halved, which factorable() counts on.
 */
@inline function twoRowsTimesPanel<T>(
  xa: usize, xb: usize, K: i32, wp: usize,
  s0: v128, s1: v128, s2: v128, s3: v128, round: i32,
  ya: usize, yb: usize, ncols: i32, accumulate: bool,
): void {
  let a0 = f32x4.splat(0), a1 = a0, a2 = a0, a3 = a0;
  let b0 = a0, b1 = a0, b2 = a0, b3 = a0;
  if (accumulate && round != FACTORED) {
    a0 = loadLanes(ya, ncols); a1 = loadLanes(ya + 16, ncols - 4);
    a2 = loadLanes(ya + 32, ncols - 8); a3 = loadLanes(ya + 48, ncols - 12);
    b0 = loadLanes(yb, ncols); b1 = loadLanes(yb + 16, ncols - 4);
    b2 = loadLanes(yb + 32, ncols - 8); b3 = loadLanes(yb + 48, ncols - 12);
  }
  const stride = rowBytes<T>();
  let row = wp;
  const last = wp + <usize>K * stride - 4; // the stream's last word, for its page-crossing touches (simd.ts)
  let k: usize = 0;
  if (round == FACTORED) {
    for (; k + 2 <= <usize>K; k += 2) {
      if (touchDue(k, stride)) touchAhead(row, last);
      const next = row + stride;
      const xa0 = v128.load32_splat(xa + (k << 2)), xa1 = v128.load32_splat(xa + (k << 2), 4);
      const xb0 = v128.load32_splat(xb + (k << 2)), xb1 = v128.load32_splat(xb + (k << 2), 4);
      let w = dequant<T>(row, 0, s0, round), v = dequant<T>(next, 0, s0, round);
      a0 = f32x4.add(a0, madd(v, xa1, f32x4.mul(w, xa0))); b0 = f32x4.add(b0, madd(v, xb1, f32x4.mul(w, xb0)));
      w = dequant<T>(row, 1, s1, round); v = dequant<T>(next, 1, s1, round);
      a1 = f32x4.add(a1, madd(v, xa1, f32x4.mul(w, xa0))); b1 = f32x4.add(b1, madd(v, xb1, f32x4.mul(w, xb0)));
      w = dequant<T>(row, 2, s2, round); v = dequant<T>(next, 2, s2, round);
      a2 = f32x4.add(a2, madd(v, xa1, f32x4.mul(w, xa0))); b2 = f32x4.add(b2, madd(v, xb1, f32x4.mul(w, xb0)));
      w = dequant<T>(row, 3, s3, round); v = dequant<T>(next, 3, s3, round);
      a3 = f32x4.add(a3, madd(v, xa1, f32x4.mul(w, xa0))); b3 = f32x4.add(b3, madd(v, xb1, f32x4.mul(w, xb0)));
      row += 2 * stride;
    }
  }
  for (; k < <usize>K; k++) {
    if (touchDue(k, stride)) touchAhead(row, last);
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
  if (round == FACTORED) {
    a0 = scaleInto(ya, a0, s0, ncols, accumulate); a1 = scaleInto(ya + 16, a1, s1, ncols - 4, accumulate);
    a2 = scaleInto(ya + 32, a2, s2, ncols - 8, accumulate); a3 = scaleInto(ya + 48, a3, s3, ncols - 12, accumulate);
    b0 = scaleInto(yb, b0, s0, ncols, accumulate); b1 = scaleInto(yb + 16, b1, s1, ncols - 4, accumulate);
    b2 = scaleInto(yb + 32, b2, s2, ncols - 8, accumulate); b3 = scaleInto(yb + 48, b3, s3, ncols - 12, accumulate);
  }
  storeLanes(ya, a0, ncols); storeLanes(ya + 16, a1, ncols - 4);
  storeLanes(ya + 32, a2, ncols - 8); storeLanes(ya + 48, a3, ncols - 12);
  storeLanes(yb, b0, ncols); storeLanes(yb + 16, b1, ncols - 4);
  storeLanes(yb + 32, b2, ncols - 8); storeLanes(yb + 48, b3, ncols - 12);
}

/**
 * Rows m, m+1 (when `two`) against panel p, one scale group after another; `round` and
 * `two` are literals. An int8 group whose scales are tame (panel16.ts tameScales) takes the
 * cheaper mode: FACTORED where `factor` (factorable(): within the float32 tolerance),
 * ROUND_BF16_SPLIT for bf16 rounding (exact), or, for a row of x without a partner (one
 * token, or the third of three) under ROUND_BF16 with scales that are bf16 values,
 * ROUND_BF16_FMA (relaxed build; exact).
 */
@inline function panelOverGroups<T>(
  x: usize, m: i32, K: i32, N: i32, wp: usize, scales: usize, G: i32, g0: i32, g1: i32, round: i32, y: usize, p: i32, two: bool, factor: bool,
): void {
  const ncols = min(PANEL, N - p * PANEL);
  const ya = y + (<usize>m * <usize>N + <usize>p * PANEL) * 4, yb = ya + <usize>N * 4;
  const first = groupStart(g0, K, G); // groups after the first one in range add onto y
  for (let g = g0; g < g1; g++) {
    const k0 = groupStart(g, K, G), k1 = groupStart(g + 1, K, G);
    if (k1 == k0) continue;
    const xa = x + (<usize>m * <usize>K + <usize>k0) * 4, xb = xa + <usize>K * 4;
    const wk = wp + <usize>k0 * rowBytes<T>();
    const z = f32x4.splat(0);
    if (!isInteger<T>() || sizeof<T>() != 1) {
      if (two) twoRowsTimesPanel<T>(xa, xb, k1 - k0, wk, z, z, z, z, round, ya, yb, ncols, k0 > first);
      else rowTimesPanel<T>(xa, k1 - k0, wk, z, z, z, z, round, ya, ncols, k0 > first, z, z, z, z);
      continue;
    }
    const sp = scales + (<usize>g * paddedColumns(N) + <usize>p * PANEL) * 4;
    let s0 = v128.load(sp), s1 = v128.load(sp, 16), s2 = v128.load(sp, 32), s3 = v128.load(sp, 48);
    // the cheaper mode where this group's scales allow it (see panelOverGroups), else `round`;
    // each mode is a literal at its call, so that it compiles to its own loop
    const fast = round == ROUND_NONE ? FACTORED : ROUND_BF16_SPLIT;
    const cheap = tameScales(s0, s1, s2, s3) && (round != ROUND_NONE || factor);
    if (cheap) {
      // the cheap modes widen q to q·2^24, in columns 12..15 to q where INT8_Q_LAST (panel16.ts)
      const top = f32x4.splat(INT8_TOP);
      s0 = f32x4.mul(s0, top); s1 = f32x4.mul(s1, top); s2 = f32x4.mul(s2, top);
      if (!INT8_Q_LAST) s3 = f32x4.mul(s3, top);
    }
    // a row without a partner, ROUND_BF16, scales that are bf16 values: ROUND_BF16_FMA, which needs s·(2^16 + 1)
    if (ASC_FEATURE_RELAXED_SIMD && !two && cheap && round == ROUND_BF16 && bf16Scales(s0, s1, s2, s3)) {
      const splitter = f32x4.splat(VELTKAMP_SPLITTER);
      const split0 = f32x4.mul(s0, splitter), split1 = f32x4.mul(s1, splitter), split2 = f32x4.mul(s2, splitter), split3 = f32x4.mul(s3, splitter);
      rowTimesPanel<T>(xa, k1 - k0, wk, s0, s1, s2, s3, ROUND_BF16_FMA, ya, ncols, k0 > first, split0, split1, split2, split3);
    } else if (two) {
      if (cheap) twoRowsTimesPanel<T>(xa, xb, k1 - k0, wk, s0, s1, s2, s3, fast, ya, yb, ncols, k0 > first);
      else twoRowsTimesPanel<T>(xa, xb, k1 - k0, wk, s0, s1, s2, s3, round, ya, yb, ncols, k0 > first);
    } else {
      if (cheap) rowTimesPanel<T>(xa, k1 - k0, wk, s0, s1, s2, s3, fast, ya, ncols, k0 > first, z, z, z, z);
      else rowTimesPanel<T>(xa, k1 - k0, wk, s0, s1, s2, s3, round, ya, ncols, k0 > first, z, z, z, z);
    }
  }
}

/**
 * Whether FACTORED agrees with the twin within the tests' float32 tolerance, 2γ_K·Σ|x||w|
 * (γ_n = n·u/(1 − n·u), u = 2^-24). A float32 sum whose every term passes through at most
 * n roundings is within γ_n·Σ|terms| of the exact sum (Higham, Accuracy and Stability of
 * Numerical Algorithms, §3.1). Against the exact Σ x·q·s:
 * - the twin rounds q·s, x·w and then K − 1 additions: n = K + 1;
 * - FACTORED rounds x·q, at most ⌈Kg/2⌉ additions into an accumulator (Kg = ⌈K/G⌉ rows
 *   in a group, half of them in each chain), one more (twoRowsTimesPanel's pair sum of rows k,
 *   k+1, or rowTimesPanel's sum of the even and odd chains), the scale product and G − 1
 *   group additions: n = ⌈Kg/2⌉ + G + 2 (a fused multiply-add only removes roundings).
 * Their difference is then within (γ_{K+1} + γ_n)·Σ|x||q·s|, under the tolerance when
 * n ≤ K − 4 (the spare 2u also covers |fround(q·s)| ≥ (1 − u)|q·s| and second-order terms).
 * Overflow and NaN must also agree: tame scales (finite, q·s never underflows to 0) do
 * that for NaN/±Inf in x — an infinite x meets the same zero q or s either way — and
 * finite |x| ≤ 2^64 keeps Σ x·q from overflowing where Σ x·fround(q·s) would not
 * (tameInputs). Underflow (results below 2^-126) is not covered by either bound, as for
 * every reordered float32 sum.
 * Over the groups [g0, g1) only (gemv), the sums run over `rows` rows in `groups` groups:
 * K and G above are those.
 */
function factorable(x: usize, M: i32, K: i32, G: i32, rows: i32, groups: i32): bool {
  const Kg = (K + G - 1) / G; // the largest group
  return (Kg + 1) / 2 + groups + 2 <= rows - 4 && tameInputs(x, M * K);
}

const INPUT_MAX: f32 = 18446744073709551616.0; // 2^64: |x|·|q|·K stays far below float32's 2^128

/** No finite x[i] (i < n) above INPUT_MAX in magnitude (NaN and ±Inf are fine). */
function tameInputs(x: usize, n: i32): bool {
  let big = i32x4.splat(0);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const a = f32x4.abs(v128.load(x + (<usize>i << 2)));
    big = v128.or(big, v128.and(f32x4.gt(a, f32x4.splat(INPUT_MAX)), f32x4.lt(a, f32x4.splat(Infinity))));
  }
  for (; i < n; i++) {
    const a = Mathf.abs(load<f32>(x + (<usize>i << 2)));
    if (a > INPUT_MAX && a < Infinity) return false;
  }
  return !v128.any_true(big);
}

/**
 * Panels p0..p1 of y[M, N] = x · W, M ≤ 4, over the rows of scale groups [g0, g1).
 * `scales` (int8 only): G rows of scales, see panel16.ts. Threads split the panels.
 */
export function gemv<T>(
  x: usize, M: i32, K: i32, N: i32, w: usize, scales: usize, G: i32, g0: i32, g1: i32, round: i32, y: usize, p0: i32, p1: i32,
): void {
  const panelBytes = <usize>K * rowBytes<T>();
  const int8 = isInteger<T>() && sizeof<T>() == 1;
  // the rows in range and their groups are what the twin sums (factorable's K and G)
  const rows = groupStart(g1, K, G) - groupStart(g0, K, G);
  const factor = int8 && round == ROUND_NONE && factorable(x, M, K, G, rows, g1 - g0);
  if (!int8 && M == 1) {
    // one token (the common decode step): the two halves of this thread's panels in lockstep
    const half = (p1 - p0) >> 1;
    for (let i = 0; i < half; i++) {
      const pa = p0 + i, pb = p0 + half + i;
      rowTimesTwoPanels<T>(x, K, w + <usize>pa * panelBytes, w + <usize>pb * panelBytes, y + <usize>pa * PANEL * 4, y + <usize>pb * PANEL * 4,
        min(PANEL, N - pa * PANEL), min(PANEL, N - pb * PANEL));
    }
    if ((p1 - p0) & 1) {
      // an odd panel out: computed twice over in lockstep, so that each column is summed in
      // rowTimesTwoPanels's order whichever thread count left it over (results never depend on threads)
      const p = p1 - 1, wp = w + <usize>p * panelBytes, yp = y + <usize>p * PANEL * 4, n = min(PANEL, N - p * PANEL);
      rowTimesTwoPanels<T>(x, K, wp, wp, yp, yp, n, n);
    }
    return;
  }
  for (let p = p0; p < p1; p++) {
    const wp = w + <usize>p * panelBytes;
    for (let m = 0; m < M; m += 2) {
      const two = m + 1 < M;
      if (round == ROUND_NONE) {
        if (two) panelOverGroups<T>(x, m, K, N, wp, scales, G, g0, g1, ROUND_NONE, y, p, true, factor);
        else panelOverGroups<T>(x, m, K, N, wp, scales, G, g0, g1, ROUND_NONE, y, p, false, factor);
      } else if (int8) {
        if (round == ROUND_BF16) {
          if (two) panelOverGroups<T>(x, m, K, N, wp, scales, G, g0, g1, ROUND_BF16, y, p, true, false);
          else panelOverGroups<T>(x, m, K, N, wp, scales, G, g0, g1, ROUND_BF16, y, p, false, false);
        } else {
          if (two) panelOverGroups<T>(x, m, K, N, wp, scales, G, g0, g1, ROUND_BF16_NAN, y, p, true, false);
          else panelOverGroups<T>(x, m, K, N, wp, scales, G, g0, g1, ROUND_BF16_NAN, y, p, false, false);
        }
      }
    }
  }
}
