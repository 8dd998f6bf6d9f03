/**
 * GELU, tanh form (jax.nn.gelu with approximate=True), in place, float32:
 *   gelu(v) = v · 0.5 · (1 + tanh(√(2/π) · (v + 0.044715 · v³)))
 * in the TypeScript twin's order of float32 operations, four lanes at a time, with
 * math_simd.ts's tanh4 (at most 1.6 ulp). Where 1 + tanh cancels (v below about −3) an
 * error of a few ulp of 1 in tanh is a few ulp of |v| absolute — as it is in the twin,
 * whose tanh is rounded to float32 too.
 */
import { tanh4 } from "./math_simd";

/** √(2/π) as float32 (ts_kernels.ts GELU_SQRT_2_OVER_PI). */
const SQRT_2_OVER_PI: f32 = 0.7978845834732056;
/** The cubic term's coefficient as float32 (ts_kernels.ts GELU_CUBIC, 0.044715). */
const CUBIC: f32 = 0.044714998453855515;

@inline function gelu4(v: v128): v128 {
  const cube = f32x4.mul(v, f32x4.mul(v, v));
  const inner = f32x4.mul(f32x4.splat(SQRT_2_OVER_PI), f32x4.add(v, f32x4.mul(f32x4.splat(CUBIC), cube)));
  const t = tanh4(inner);
  return f32x4.mul(v, f32x4.mul(f32x4.splat(0.5), f32x4.add(f32x4.splat(1), t)));
}

/** x[i0..i1) = gelu(x[i0..i1)). */
export function gelu(x: usize, i0: i32, i1: i32): void {
  let i = i0;
  for (; i + 4 <= i1; i += 4) {
    const p = x + (<usize>i << 2);
    v128.store(p, gelu4(v128.load(p)));
  }
  for (; i < i1; i++) {
    const p = x + (<usize>i << 2);
    store<f32>(p, f32x4.extract_lane(gelu4(f32x4.splat(load<f32>(p))), 0));
  }
}
