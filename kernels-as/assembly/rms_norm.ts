/** RMSNorm over rows of width D (model.py RMSNorm.__call__), float32. */
import { hsum, madd } from "./simd";

/**
 * Rows [r0, r1): y = x · rsqrt(mean(x²) + eps) · scale.
 * The sum of squares runs in four lanes (a different order than the TypeScript twin:
 * float32 tolerance); the rsqrt is 1/sqrt in float64 rounded once to float32, and the two
 * products are rounded in the twin's order, so equal sums give equal outputs.
 */
export function rms_norm(x: usize, D: i32, scale: usize, eps: f32, y: usize, r0: i32, r1: i32): void {
  for (let r = r0; r < r1; r++) {
    const xr = x + <usize>r * <usize>D * 4, yr = y + <usize>r * <usize>D * 4;
    let acc = f32x4.splat(0);
    let i = 0;
    for (; i + 4 <= D; i += 4) {
      const v = v128.load(xr + (<usize>i << 2));
      acc = madd(v, v, acc);
    }
    let sumSq = hsum(acc);
    for (; i < D; i++) {
      const v = load<f32>(xr + (<usize>i << 2));
      sumSq += v * v;
    }
    const inv = <f32>(1.0 / Math.sqrt(<f64>(sumSq / <f32>D + eps)));
    const invv = f32x4.splat(inv);
    i = 0;
    for (; i + 4 <= D; i += 4) {
      const o = <usize>i << 2;
      v128.store(yr + o, f32x4.mul(v128.load(scale + o), f32x4.mul(v128.load(xr + o), invv)));
    }
    for (; i < D; i++) {
      const o = <usize>i << 2;
      store<f32>(yr + o, load<f32>(scale + o) * (load<f32>(xr + o) * inv));
    }
  }
}
