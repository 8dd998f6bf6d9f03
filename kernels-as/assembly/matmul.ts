/**
 * y[M, N] = x[M, K] · W[K, N] over a packed W (panel16.ts), one export per weight dtype.
 * M ≤ 4 takes the memory-bound decode path, larger M the compute-bound prefill path,
 * whose x must be packed first (gemm_panel16.ts pack_x).
 * Threads split the panels [p0, p1): each thread reads its own part of W and writes its
 * own columns of y. An int8 W can also be taken over scale groups [g0, g1) only: the rows
 * of those groups (panel16.ts groupStart), one shard's partial product of a row-parallel
 * Linear (src/model/linear.ts).
 */
import { gemv } from "./gemv_panel16";
import { gemm } from "./gemm_panel16";
import { ROUND_NONE } from "./panel16";

/** Rows up to which a matmul is a decode step (stream W once). */
export const DECODE_MAX_ROWS: i32 = 4;

@inline function matmul<T>(
  x: usize, M: i32, K: i32, N: i32, w: usize, scales: usize, G: i32, g0: i32, g1: i32, round: i32, y: usize, scratch: usize, p0: i32, p1: i32,
): void {
  if (M <= DECODE_MAX_ROWS) gemv<T>(x, M, K, N, w, scales, G, g0, g1, round, y, p0, p1);
  else gemm<T>(x, M, K, N, w, scales, G, g0, g1, round, y, scratch, p0, p1);
}

/** W float32. */
export function matmul_f32(x: usize, M: i32, K: i32, N: i32, w: usize, y: usize, scratch: usize, p0: i32, p1: i32): void {
  matmul<f32>(x, M, K, N, w, 0, 1, 0, 1, ROUND_NONE, y, scratch, p0, p1);
}

/** W bfloat16 (the raw 16-bit patterns). */
export function matmul_bf16(x: usize, M: i32, K: i32, N: i32, w: usize, y: usize, scratch: usize, p0: i32, p1: i32): void {
  matmul<u16>(x, M, K, N, w, 0, 1, 0, 1, ROUND_NONE, y, scratch, p0, p1);
}

/**
 * W int8 with float32 scales in G groups of rows (G rows of N, padded to whole panels),
 * over the rows of groups [g0, g1) (0, G: all of W); `round` is one of panel16.ts's ROUND_*.
 */
export function matmul_i8(
  x: usize, M: i32, K: i32, N: i32, w: usize, scales: usize, G: i32, g0: i32, g1: i32, round: i32, y: usize, scratch: usize, p0: i32, p1: i32,
): void {
  matmul<i8>(x, M, K, N, w, scales, G, g0, g1, round, y, scratch, p0, p1);
}
