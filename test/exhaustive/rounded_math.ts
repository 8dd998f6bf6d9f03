/**
 * The check of kernels-as/assembly/math_simd.ts tanhRounded4 and expRounded4 (run by
 * rounded_math.mjs): float32 inputs by their bit patterns, four at a time, against the
 * scalar float64 function rounded once — what the kernels computed before, and what the
 * TypeScript twin computes.
 */
import { expRounded4, tanhRounded4 } from "../../kernels-as/assembly/math_simd";

/** Which function: tanh (every float32), exp (x ≤ 0, as softmax calls it). */
const TANH: i32 = 0;
const EXP: i32 = 1;

/** 1 where `got` is not fround(f(float64 of the bits)); NaN matches any NaN. */
@inline function differs(bits: u32, got: f32, fn: i32): u32 {
  const x = <f64>reinterpret<f32>(bits);
  const want = fn == TANH ? <f32>Math.tanh(x) : <f32>Math.exp(x);
  return reinterpret<u32>(got) != reinterpret<u32>(want) && !(isNaN(got) && isNaN(want)) ? 1 : 0;
}

@inline function mismatchesOf(first: u32, n: u32, fn: i32): u32 {
  let bad: u32 = 0;
  for (let i: u32 = 0; i < n; i++) {
    const b = first + 4 * i;
    const v = i32x4(b, b + 1, b + 2, b + 3);
    const t = fn == TANH ? tanhRounded4(v) : expRounded4(v);
    bad += differs(b, f32x4.extract_lane(t, 0), fn) + differs(b + 1, f32x4.extract_lane(t, 1), fn);
    bad += differs(b + 2, f32x4.extract_lane(t, 2), fn) + differs(b + 3, f32x4.extract_lane(t, 3), fn);
  }
  return bad;
}

/** How many of the 4·n bit patterns from `first` on give another float32 than tanh rounded once. */
export function tanh_mismatches(first: u32, n: u32): u32 {
  return mismatchesOf(first, n, TANH);
}

/** The same for exp (patterns of x ≤ 0 and NaN only). */
export function exp_mismatches(first: u32, n: u32): u32 {
  return mismatchesOf(first, n, EXP);
}

/** tanhRounded4 or expRounded4 (fn 0 or 1) over the 4·n float32 at p, in place (the check against V8's Math). */
export function apply(fn: i32, p: usize, n: u32): void {
  for (let i: u32 = 0; i < n; i++) {
    const q = p + (<usize>i << 4);
    const v = v128.load(q);
    v128.store(q, fn == TANH ? tanhRounded4(v) : expRounded4(v));
  }
}
