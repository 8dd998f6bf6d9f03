/**
 * DenseBlock (model.py): the feed-forward block of a layer with num_experts <= 1.
 *   y = (gelu(x·W_linear) · (x·W_linear_v)) · W_linear_1        [B, T, D], fprop dtype
 * Its Linears sit directly under the decoder layer (DenseBlock is hk.transparent).
 *
 * bfloat16 mode: each Linear's output is bf16. jax.nn.gelu on a bf16 array is a chain of
 * bf16 elementwise ops, which XLA evaluates in float32 and rounds once at the end (its
 * default excess-precision rule); we do the same: gelu in float32, then round.
 */
import type { Tensor } from "../tensor.js";
import type { DenseParams } from "../weights/params.js";
import { roundAs, type ForwardContext } from "./context.js";
import { linear } from "./linear.js";

export function denseBlock(ctx: ForwardContext, p: DenseParams, x: Tensor): Tensor {
  const hv = linear(ctx, x, p.linear_v); // [B, T, F]
  const h = linear(ctx, x, p.linear); // [B, T, F]
  ctx.kernels.gelu(h.data); // float32
  roundAs(ctx, ctx.dtype, h.data); // gelu of an fprop-dtype array returns the fprop dtype
  for (let i = 0; i < h.data.length; i++) h.data[i] = Math.fround(h.data[i] * hv.data[i]);
  roundAs(ctx, ctx.dtype, h.data); // h_w1 · h_v in the fprop dtype
  return linear(ctx, h, p.linear_1); // [B, T, D]
}
