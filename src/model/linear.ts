/**
 * Linear (model.py `Linear`, an hk.Linear subclass), without bias as in all of Grok-1:
 *   y = x · w.astype(fprop_dtype)
 * An 8-bit weight (QuantizedWeight8bit) is first dequantized, weight.astype(scales.dtype)
 * · scales; the Weight the kernels get already encodes that (weights/params.ts).
 *
 * Row-parallel weights. An 8-bit weight whose scales come in R > 1 row groups (the released
 * checkpoint's multi_head_attention/linear, R = 8) runs in the reference only on a mesh
 * that splits its rows into R shards: Linear dequantizes inside a shard_map, and a shard's
 * In/R rows meet its one row of scales there (no other split broadcasts). XLA then
 * computes the dot row-parallel: each shard's partial product x[:, rows_g] · W[rows_g, :]
 * is rounded to the dot's result dtype, the partials are summed by an all-reduce in
 * float32 (the CPU backend promotes a bf16 all-reduce), and the sum is rounded again:
 *   y = fprop( Σ_g fprop(x_g · W_g) )                    Σ in float32
 * We do the same, so that in bfloat16 mode y matches what the released code computes
 * with the released weights bit for bit (golden case grok_layout_bf16); in float32 mode
 * the roundings are no-ops and one matmul gives the same sum, in another order.
 *
 * Differs from the reference: its 8-bit path flattens [B, T, D] to [B·T, D] and never
 * restores the shape (so only batch 1 works there); we keep [B, T, N] for every batch.
 */
import type { Weight } from "../kernels/kernels.js";
import type { Tensor } from "../tensor.js";
import { roundAs, type ForwardContext } from "./context.js";

/**
 * x [..., In] · W[In, Out] -> [..., Out], in the fprop dtype (the dot of two fprop-dtype
 * operands). In and Out are the Linear's widths (D, Hq·K, Hkv·K or F, by which Linear).
 */
export function linear(ctx: ForwardContext, x: Tensor, w: Weight): Tensor {
  const In = x.shape[x.shape.length - 1];
  if (In !== w.K) throw new Error(`linear: input width ${In} != weight rows ${w.K}`);
  const M = x.data.length / In;
  const y = new Float32Array(M * w.N);
  const shards = w.dtype === "i8" ? (w.scaleGroups ?? 1) : 1;
  if (shards === 1 || ctx.dtype === "float32") ctx.kernels.matmul(x.data, M, w, y); // float32 accumulation
  else rowParallelDot(ctx, x.data, M, w, shards, y);
  roundAs(ctx, ctx.dtype, y); // jnp.dot of fprop-dtype operands returns the fprop dtype
  return { shape: [...x.shape.slice(0, -1), w.N], data: y };
}

/** y = Σ_g fprop(x_g · W_g) over the weight's row shards, Σ in float32 (see the top of this file). */
function rowParallelDot(ctx: ForwardContext, x: Float32Array, M: number, w: Weight, shards: number, y: Float32Array): void {
  const partial = new Float32Array(M * w.N);
  for (let g = 0; g < shards; g++) {
    ctx.kernels.matmul(x, M, w, partial, g); // shard g's rows, float32 accumulation
    roundAs(ctx, ctx.dtype, partial); // shard g's jnp.dot result, in the fprop dtype
    for (let i = 0; i < y.length; i++) y[i] = Math.fround(y[i] + partial[i]); // the all-reduce, float32
  }
}
