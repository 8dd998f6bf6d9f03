/**
 * Top-k of each row (lax.top_k): the k largest values, largest first, equal values in
 * index order. Selection by k scans of the row — k is small (2 experts of 8; a sampler's
 * top-k of a vocabulary) — each scan taking the best element ranked after the previous
 * pick, so no scratch is needed.
 * Order: a before b when a > b, or a == b (−0 == +0) and a's index is lower. NaN ranks
 * above everything, as XLA's total order puts it (the TypeScript twin's sort comparator
 * is not defined for NaN).
 */

/** Whether (va, ia) ranks before (vb, ib). */
@inline function before(va: f32, ia: i32, vb: f32, ib: i32): bool {
  const na = isNaN(va), nb = isNaN(vb);
  if (na || nb) return na && (!nb || ia < ib);
  return va > vb || (va == vb && ia < ib);
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
