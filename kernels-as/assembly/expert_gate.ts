/**
 * The expert FFN's gate for a decode step (M ≤ DECODE_MAX_ROWS tokens), in one pass over
 * the panels of W and V (model.py MoELayer: jax.nn.gelu(x·W) * (x·V)):
 *   h[M, N] = x · W,  hv[M, N] = x · V,  then h = gelu(round?(h)) · round?(hv)
 * Each thread takes panels [p0, p1) of both weights and gates the columns they give it, so
 * a decode step's gate is one job for the thread pool rather than three (two matmuls and
 * gelu_mul). Bit for bit what those kernels give one after the other: the products are
 * gemv's, and the gate is round_bf16's and gelu_mul's, elementwise over the same columns.
 */
import { round_bf16 } from "./bf16";
import { gelu_mul } from "./gelu";
import { gemv } from "./gemv_panel16";
import { PANEL, ROUND_NONE } from "./panel16";

/** `flags` bits: round h (x·W) to bfloat16 before the gate; round hv (x·V). */
const ROUND_H: i32 = 1;
const ROUND_HV: i32 = 2;

/** h = gelu(h) · hv on the columns of panels [p0, p1), each of the M rows. */
@inline function gateColumns(M: i32, N: i32, h: usize, hv: usize, flags: i32, p0: i32, p1: i32): void {
  const c0 = p0 * PANEL, c1 = min(p1 * PANEL, N);
  for (let m = 0; m < M; m++) {
    const row = <usize>m * <usize>N * 4;
    if (flags & ROUND_H) round_bf16(h + row, c0, c1);
    if (flags & ROUND_HV) round_bf16(hv + row, c0, c1);
    gelu_mul(h + row, hv + row, c0, c1);
  }
}

@inline function gate<T>(
  x: usize, M: i32, K: i32, N: i32,
  w: usize, ws: usize, wG: i32, wRound: i32,
  v: usize, vs: usize, vG: i32, vRound: i32,
  h: usize, hv: usize, flags: i32, p0: i32, p1: i32,
): void {
  gemv<T>(x, M, K, N, w, ws, wG, 0, wG, wRound, h, p0, p1);
  gemv<T>(x, M, K, N, v, vs, vG, 0, vG, vRound, hv, p0, p1);
  gateColumns(M, N, h, hv, flags, p0, p1);
}

/** W and V float32. */
export function expert_gate_f32(x: usize, M: i32, K: i32, N: i32, w: usize, v: usize, h: usize, hv: usize, flags: i32, p0: i32, p1: i32): void {
  gate<f32>(x, M, K, N, w, 0, 1, ROUND_NONE, v, 0, 1, ROUND_NONE, h, hv, flags, p0, p1);
}

/** W and V bfloat16. */
export function expert_gate_bf16(x: usize, M: i32, K: i32, N: i32, w: usize, v: usize, h: usize, hv: usize, flags: i32, p0: i32, p1: i32): void {
  gate<u16>(x, M, K, N, w, 0, 1, ROUND_NONE, v, 0, 1, ROUND_NONE, h, hv, flags, p0, p1);
}

/** W and V int8, each with its own scales (G groups of rows) and rounding (matmul_i8's). */
export function expert_gate_i8(
  x: usize, M: i32, K: i32, N: i32,
  w: usize, ws: usize, wG: i32, wRound: i32,
  v: usize, vs: usize, vG: i32, vRound: i32,
  h: usize, hv: usize, flags: i32, p0: i32, p1: i32,
): void {
  gate<i8>(x, M, K, N, w, ws, wG, wRound, v, vs, vG, vRound, h, hv, flags, p0, p1);
}
