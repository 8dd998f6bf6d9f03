/**
 * The check of kernels-as/assembly/math_simd.ts expRounded4 and tanhXla4 (run by
 * rounded_math.mjs): float32 inputs by their bit patterns, four at a time. exp against the
 * scalar float64 exp rounded once, here; tanh in rounded_math.mjs, against the TypeScript
 * twin's tanhXla.
 */
import { expRounded4, tanhXla4 } from "../../kernels-as/assembly/math_simd";

/** Which function `apply` runs: XLA's tanh (every float32), exp (x ≤ 0, as softmax calls it). */
const TANH: i32 = 0;

/** 1 where `got` is not fround(exp(float64 of the bits)); NaN matches any NaN. */
@inline function differs(bits: u32, got: f32): u32 {
  const want = <f32>Math.exp(<f64>reinterpret<f32>(bits));
  return reinterpret<u32>(got) != reinterpret<u32>(want) && !(isNaN(got) && isNaN(want)) ? 1 : 0;
}

/** How many of the 4·n bit patterns from `first` on give another float32 than exp rounded once (patterns of x ≤ 0 and NaN only). */
export function exp_mismatches(first: u32, n: u32): u32 {
  let bad: u32 = 0;
  for (let i: u32 = 0; i < n; i++) {
    const b = first + 4 * i;
    const t = expRounded4(i32x4(b, b + 1, b + 2, b + 3));
    bad += differs(b, f32x4.extract_lane(t, 0)) + differs(b + 1, f32x4.extract_lane(t, 1));
    bad += differs(b + 2, f32x4.extract_lane(t, 2)) + differs(b + 3, f32x4.extract_lane(t, 3));
  }
  return bad;
}

/** tanhXla4 or expRounded4 (fn 0 or 1) over the 4·n float32 at p, in place (the checks against the TypeScript side). */
export function apply(fn: i32, p: usize, n: u32): void {
  for (let i: u32 = 0; i < n; i++) {
    const q = p + (<usize>i << 4);
    const v = v128.load(q);
    v128.store(q, fn == TANH ? tanhXla4(v) : expRounded4(v));
  }
}
