/**
 * Top-k of each row (lax.top_k): the k largest values, largest first, equal values in
 * index order. Selection by k scans of the row — k is small (2 experts of 8; a sampler's
 * top-k of a vocabulary) — each scan taking the best element ranked after the previous
 * pick, so no scratch is needed.
 * Order: XLA sorts floats by the IEEE total order, −NaN < −Inf < … < −0 < +0 < … < +Inf
 * < +NaN (NaNs further by payload), and equal bit patterns by index: a before b when a's
 * key is larger, or equal and a's index lower. (JAX 0.10.2: top_k of [1, NaN, 3, −NaN, Inf]
 * gives indices [1, 4, 2, 0, 3], of [−0, +0] gives [1, 0].)
 */

/** The float's bits as a signed integer that orders as the IEEE total order: negative values' magnitude bits flipped. */
@inline function totalOrderKey(v: f32): i32 {
  const bits = reinterpret<i32>(v);
  return bits ^ ((bits >> 31) & 0x7fffffff);
}

/** Whether (va, ia) ranks before (vb, ib). */
@inline function before(va: f32, ia: i32, vb: f32, ib: i32): bool {
  const ka = totalOrderKey(va), kb = totalOrderKey(vb);
  return ka > kb || (ka == kb && ia < ib);
}

/** Rows [r0, r1) of x[rows, n] into values[rows, k] (float32) and indices[rows, k] (int32). */
export function top_k(x: usize, n: i32, k: i32, values: usize, indices: usize, r0: i32, r1: i32): void {
  for (let r = r0; r < r1; r++) {
    const row = x + <usize>r * <usize>n * 4;
    let prevV: f32 = 0, prevI = -1;
    for (let j = 0; j < k; j++) {
      let bestV: f32 = 0, bestI = -1;
      for (let i = 0; i < n; i++) {
        const v = load<f32>(row + (<usize>i << 2));
        if (prevI >= 0 && !before(prevV, prevI, v, i)) continue; // already picked
        if (bestI < 0 || before(v, i, bestV, bestI)) { bestV = v; bestI = i; }
      }
      const o = (<usize>r * <usize>k + <usize>j) << 2;
      store<f32>(values + o, bestV);
      store<i32>(indices + o, bestI);
      prevV = bestV; prevI = bestI;
    }
  }
}
