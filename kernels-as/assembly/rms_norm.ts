/** RMSNorm over rows of width D (model.py RMSNorm.__call__), float32. */

/**
 * Rows [r0, r1): y = x · rsqrt(mean(x²) + eps) · scale.
 * Every operation is the TypeScript twin's, in its order: each square rounded to float32,
 * summed in float64 in element order and rounded once, times 1/D (src/kernels/ts_kernels.ts
 * SUMS, DIVISION); the rsqrt is 1/sqrt in float64 rounded once to float32.
 */
export function rms_norm(x: usize, D: i32, scale: usize, eps: f32, y: usize, r0: i32, r1: i32): void {
  for (let r = r0; r < r1; r++) {
    const xr = x + <usize>r * <usize>D * 4, yr = y + <usize>r * <usize>D * 4;
    let sumSq: f64 = 0;
    let i = 0;
    for (; i + 4 <= D; i += 4) {
      const v = v128.load(xr + (<usize>i << 2));
      const sq = f32x4.mul(v, v);
      sumSq += <f64>f32x4.extract_lane(sq, 0);
      sumSq += <f64>f32x4.extract_lane(sq, 1);
      sumSq += <f64>f32x4.extract_lane(sq, 2);
      sumSq += <f64>f32x4.extract_lane(sq, 3);
    }
    for (; i < D; i++) {
      const v = load<f32>(xr + (<usize>i << 2));
      sumSq += <f64>(v * v);
    }
    const mean = <f32>sumSq * (<f32>1 / <f32>D); // jnp.mean: the sum times 1/D
    const inv = <f32>(1.0 / Math.sqrt(<f64>(mean + eps)));
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
