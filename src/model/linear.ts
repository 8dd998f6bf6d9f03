/**
 * Linear (model.py `Linear`, an hk.Linear subclass), without bias as in all of Grok-1:
 *   y = x · w.astype(fprop_dtype)
 * An 8-bit weight (QuantizedWeight8bit) is first dequantized, weight.astype(scales.dtype)
 * · scales; the Weight the kernels get already encodes that (weights/params.ts).
 *
 * Differs from the reference: its 8-bit path flattens [B, T, D] to [B·T, D] and never
 * restores the shape (so only batch 1 works there); we keep [B, T, N] for every batch.
 */
import type { Weight } from "../kernels/kernels.js";
import type { Tensor } from "../tensor.js";
import { roundAs, type ForwardContext } from "./context.js";

/** x [..., K] · W[K, N] -> [..., N], in the fprop dtype (the dot of two fprop-dtype operands). */
export function linear(ctx: ForwardContext, x: Tensor, w: Weight): Tensor {
  const K = x.shape[x.shape.length - 1];
  if (K !== w.K) throw new Error(`linear: input width ${K} != weight rows ${w.K}`);
  const M = x.data.length / K;
  const y = new Float32Array(M * w.N);
  ctx.kernels.matmul(x.data, M, w, y); // float32 accumulation
  roundAs(ctx, ctx.dtype, y); // jnp.dot of fprop-dtype operands returns the fprop dtype
  return { shape: [...x.shape.slice(0, -1), w.N], data: y };
}
