/**
 * DenseBlock (model.py): the feed-forward block of a layer with num_experts <= 1.
 *   y = (gelu(x·W_linear) · (x·W_linear_v)) · W_linear_1        [B, T, D], fprop dtype
 * Its Linears sit directly under the decoder layer (DenseBlock is hk.transparent).
 *
 * bfloat16 mode: each Linear's output is bf16. jax.nn.gelu on a bf16 array is a chain of
 * bf16 elementwise ops, and XLA rounds each of them to bf16 (checked against JAX 0.10.2
 * on every bf16 value, and by the golden case dense_bf16): Kernels.gelu's bf16 mode.
 */
import type { Tensor } from "../tensor.js";
import type { DenseParams } from "../weights/params.js";
import { roundAs, type ForwardContext } from "./context.js";
import { linear } from "./linear.js";

export function denseBlock(ctx: ForwardContext, p: DenseParams, x: Tensor): Tensor {
  const h_v = linear(ctx, x, p.linear_v); // [B, T, F]
  const h_w1 = linear(ctx, x, p.linear); // [B, T, F]
  ctx.kernels.gelu(h_w1.data, ctx.dtype === "bfloat16"); // in the fprop dtype: every op of its chain rounds there
  for (let i = 0; i < h_w1.data.length; i++) h_w1.data[i] = Math.fround(h_w1.data[i] * h_v.data[i]);
  roundAs(ctx, ctx.dtype, h_w1.data); // h_w1 · h_v in the fprop dtype
  return linear(ctx, h_w1, p.linear_1); // [B, T, D]
}
