/**
 * Softmax over rows, in place, float32: exp(x − max) / Σ exp(x − max), the sum taken in
 * float64 and rounded once, the division a product with the reciprocal 1 / Σ, as XLA
 * computes them (src/kernels/ts_kernels.ts SUMS, DIVISION).
 *
 * Every operation is the TypeScript twin's, in its order: exp is the float64 exp rounded
 * once to float32 (math_simd.ts expRounded4: four lanes at a time, checked on every float32
 * — the twin's fround(Math.exp(·))), the sum runs lane by lane in element order, and NaN /
 * ±Inf propagate as there (a NaN anywhere in the row makes the whole row NaN).
 */
import { expRounded4 } from "./math_simd";

/** Softmax of the n floats at p, in place. */
export function softmaxRow(p: usize, n: i32): void {
  let mx4 = f32x4.splat(-Infinity);
  let i = 0;
  for (; i + 4 <= n; i += 4) mx4 = f32x4.max(mx4, v128.load(p + (<usize>i << 2)));
  let mx = max(max(f32x4.extract_lane(mx4, 0), f32x4.extract_lane(mx4, 1)), max(f32x4.extract_lane(mx4, 2), f32x4.extract_lane(mx4, 3)));
  for (; i < n; i++) mx = max(mx, load<f32>(p + (<usize>i << 2)));
  const shift = f32x4.splat(mx);
  let sum: f64 = 0;
  for (i = 0; i + 4 <= n; i += 4) {
    const q = p + (<usize>i << 2);
    const e = expRounded4(f32x4.sub(v128.load(q), shift));
    v128.store(q, e);
    sum += <f64>f32x4.extract_lane(e, 0);
    sum += <f64>f32x4.extract_lane(e, 1);
    sum += <f64>f32x4.extract_lane(e, 2);
    sum += <f64>f32x4.extract_lane(e, 3);
  }
  for (; i < n; i++) {
    const q = p + (<usize>i << 2);
    const e = f32x4.extract_lane(expRounded4(f32x4.splat(load<f32>(q) - mx)), 0);
    store<f32>(q, e);
    sum += <f64>e;
  }
  const inv: f32 = 1 / <f32>sum;
  const inv4 = f32x4.splat(inv);
  for (i = 0; i + 4 <= n; i += 4) {
    const q = p + (<usize>i << 2);
    v128.store(q, f32x4.mul(v128.load(q), inv4));
  }
  for (; i < n; i++) {
    const q = p + (<usize>i << 2);
    store<f32>(q, load<f32>(q) * inv);
  }
}

/** Rows [r0, r1) of x[rows, n]. */
export function softmax(x: usize, n: i32, r0: i32, r1: i32): void {
  for (let r = r0; r < r1; r++) softmaxRow(x + <usize>r * <usize>n * 4, n);
}
