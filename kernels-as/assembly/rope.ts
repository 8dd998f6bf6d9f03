/**
 * RoPE in place on x[B, T, H, K], half-split layout (model.py RotaryEmbedding):
 * element j < K/2 pairs with j + K/2, and
 *   x[j]       = x[j]·cos(φ_j) − x[j + K/2]·sin(φ_j)
 *   x[j + K/2] = x[j + K/2]·cos(φ_j) + x[j]·sin(φ_j),   φ_j = fround(pos · invFreq[j])
 * cos and sin are float64 (AssemblyScript's NativeMath, ports of musl: under one ulp of
 * float64) rounded once to float32, as the TypeScript twin does; products and sums are
 * rounded in the twin's order, so the result matches it unless a rounding of cos or sin
 * differs (a float64 last-bit tie, practically never).
 */

/**
 * Positions (b, t) with b·T + t in [r0, r1); `offset[b]` (int32) is the position of
 * token 0 of row b. `scratch` holds K float32 (this thread's cos / sin table).
 */
export function rope(x: usize, T: i32, H: i32, K: i32, offset: usize, invFreq: usize, scratch: usize, r0: i32, r1: i32): void {
  const half = K >> 1;
  const cosT = scratch, sinT = scratch + (<usize>half << 2);
  for (let r = r0; r < r1; r++) {
    const b = r / T, t = r % T;
    const pos = <f32>(t + load<i32>(offset + (<usize>b << 2)));
    for (let j = 0; j < half; j++) {
      const phase = <f64>(pos * load<f32>(invFreq + (<usize>j << 2)));
      store<f32>(cosT + (<usize>j << 2), <f32>Math.cos(phase));
      store<f32>(sinT + (<usize>j << 2), <f32>Math.sin(phase));
    }
    for (let h = 0; h < H; h++) {
      const x1 = x + (<usize>r * <usize>H + <usize>h) * <usize>K * 4, x2 = x1 + (<usize>half << 2);
      let j = 0;
      for (; j + 4 <= half; j += 4) {
        const o = <usize>j << 2;
        const a = v128.load(x1 + o), c = v128.load(x2 + o);
        const cs = v128.load(cosT + o), sn = v128.load(sinT + o);
        v128.store(x1 + o, f32x4.add(f32x4.mul(a, cs), f32x4.mul(f32x4.neg(c), sn)));
        v128.store(x2 + o, f32x4.add(f32x4.mul(c, cs), f32x4.mul(a, sn)));
      }
      for (; j < half; j++) {
        const o = <usize>j << 2;
        const a = load<f32>(x1 + o), c = load<f32>(x2 + o);
        const cs = load<f32>(cosT + o), sn = load<f32>(sinT + o);
        store<f32>(x1 + o, a * cs + -c * sn);
        store<f32>(x2 + o, c * cs + a * sn);
      }
    }
  }
}
