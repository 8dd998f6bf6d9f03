/** bfloat16 rounding of a float32 array, in place (src/dtype.ts roundBf16Array: exact). */
import { roundBf16, roundBf16x4 } from "./simd";

/** Rounds x[i0..i1) to the nearest bfloat16, ties to even; NaN stays a quiet NaN. */
export function round_bf16(x: usize, i0: i32, i1: i32): void {
  let i = i0;
  for (; i + 4 <= i1; i += 4) {
    const p = x + (<usize>i << 2);
    v128.store(p, roundBf16x4(v128.load(p)));
  }
  for (; i < i1; i++) {
    const p = x + (<usize>i << 2);
    store<f32>(p, roundBf16(load<f32>(p)));
  }
}
