/**
 * The memory read bandwidth baseline: stream a large buffer through the SIMD loads the
 * matmul kernels use, doing as little arithmetic as possible. The decode matmul is
 * measured against this number (threads for threads).
 */

/**
 * Reads 64-byte lines [l0, l1) of the buffer at p and folds them into a checksum, which it
 * stores over the range's first 16 bytes so that the loads cannot be optimized away.
 */
export function stream_read(p: usize, l0: i32, l1: i32): void {
  let a = i32x4.splat(0), b = a, c = a, d = a;
  // the two halves of the range in lockstep, as the decode matmul reads W (gemv_panel16.ts panelTwo)
  const half = (l1 - l0) >> 1;
  for (let l = l0; l < l0 + half; l++) {
    const q = p + (<usize>l << 6), r = q + (<usize>half << 6);
    a = v128.xor(a, v128.load(q)); b = v128.xor(b, v128.load(q, 16));
    c = v128.xor(c, v128.load(q, 32)); d = v128.xor(d, v128.load(q, 48));
    a = v128.xor(a, v128.load(r)); b = v128.xor(b, v128.load(r, 16));
    c = v128.xor(c, v128.load(r, 32)); d = v128.xor(d, v128.load(r, 48));
  }
  for (let l = l0 + 2 * half; l < l1; l++) {
    const q = p + (<usize>l << 6);
    a = v128.xor(a, v128.load(q)); b = v128.xor(b, v128.load(q, 16));
    c = v128.xor(c, v128.load(q, 32)); d = v128.xor(d, v128.load(q, 48));
  }
  if (l1 > l0) v128.store(p + (<usize>l0 << 6), v128.xor(v128.xor(a, b), v128.xor(c, d)));
}
