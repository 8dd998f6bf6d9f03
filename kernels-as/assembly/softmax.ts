/**
 * Softmax over rows, in place, float32: exp(x − max) / Σ exp(x − max).
 *
 * exp is AssemblyScript's Mathf.exp (the ARM optimized-routines expf: at most 0.502 ulp
 * from the exact value), so an element can differ by one ulp from the TypeScript twin's
 * fround(Math.exp(·)); the sum runs in the twin's order, and NaN / ±Inf propagate as there
 * (a NaN anywhere in the row makes the whole row NaN).
 */

/** Softmax of the n floats at p, in place. */
export function softmaxRow(p: usize, n: i32): void {
  let mx4 = f32x4.splat(-Infinity);
  let i = 0;
  for (; i + 4 <= n; i += 4) mx4 = f32x4.max(mx4, v128.load(p + (<usize>i << 2)));
  let mx = max(max(f32x4.extract_lane(mx4, 0), f32x4.extract_lane(mx4, 1)), max(f32x4.extract_lane(mx4, 2), f32x4.extract_lane(mx4, 3)));
  for (; i < n; i++) mx = max(mx, load<f32>(p + (<usize>i << 2)));
  let sum: f32 = 0;
  for (i = 0; i < n; i++) {
    const q = p + (<usize>i << 2);
    const e = Mathf.exp(load<f32>(q) - mx);
    store<f32>(q, e);
    sum += e;
  }
  const sum4 = f32x4.splat(sum);
  for (i = 0; i + 4 <= n; i += 4) {
    const q = p + (<usize>i << 2);
    v128.store(q, f32x4.div(v128.load(q), sum4));
  }
  for (; i < n; i++) {
    const q = p + (<usize>i << 2);
    store<f32>(q, load<f32>(q) / sum);
  }
}

/** Rows [r0, r1) of x[rows, n]. */
export function softmax(x: usize, n: i32, r0: i32, r1: i32): void {
  for (let r = r0; r < r1; r++) softmaxRow(x + <usize>r * <usize>n * 4, n);
}
