/**
 * The check of kernels-as/assembly/math_simd.ts tanhRounded4 (run by tanh_rounded.mjs):
 * float32 inputs by their bit patterns, four at a time, against the scalar float64 tanh
 * rounded once — what the attention kernel computed before, and the twin computes.
 */
import { tanhRounded4 } from "../../kernels-as/assembly/math_simd";

/** 1 where `got` is not fround(tanh(float64 of the bits)); NaN matches any NaN. */
@inline function differs(bits: u32, got: f32): u32 {
  const want = <f32>Math.tanh(<f64>reinterpret<f32>(bits));
  return reinterpret<u32>(got) != reinterpret<u32>(want) && !(isNaN(got) && isNaN(want)) ? 1 : 0;
}

/** How many of the 4·n bit patterns from `first` on give another float32. */
export function mismatches(first: u32, n: u32): u32 {
  let bad: u32 = 0;
  for (let i: u32 = 0; i < n; i++) {
    const b = first + 4 * i;
    const t = tanhRounded4(i32x4(b, b + 1, b + 2, b + 3));
    bad += differs(b, f32x4.extract_lane(t, 0)) + differs(b + 1, f32x4.extract_lane(t, 1));
    bad += differs(b + 2, f32x4.extract_lane(t, 2)) + differs(b + 3, f32x4.extract_lane(t, 3));
  }
  return bad;
}

/** tanhRounded4 over the 4·n float32 at p, in place (the JavaScript side's check against V8's Math.tanh). */
export function tanh_rounded(p: usize, n: u32): void {
  for (let i: u32 = 0; i < n; i++) {
    const q = p + (<usize>i << 4);
    v128.store(q, tanhRounded4(v128.load(q)));
  }
}
