/**
 * Router (model.py): routing probabilities in float32.
 *   probs = softmax(float32(x) · w)          [B, T, E]
 * The reference multiplies by a padding mask only when one is passed, and
 * MoELayer.__call__ never passes it: padding positions are routed like any other.
 */
import type { Tensor } from "../tensor.js";
import type { Weight } from "../kernels/kernels.js";
import type { ForwardContext } from "./context.js";

/** x [B, T, D] (float32 or bf16 values; the cast to float32 is exact) -> probs [B, T, E] float32. */
export function router(ctx: ForwardContext, x: Tensor, w: Weight): Tensor {
  const D = x.shape[x.shape.length - 1];
  const rows = x.data.length / D;
  const E = w.N;
  const probs = new Float32Array(rows * E);
  ctx.kernels.matmul(x.data, rows, w, probs); // routing logits, float32
  ctx.kernels.softmax(probs, rows, E); // float32
  return { shape: [...x.shape.slice(0, -1), E], data: probs };
}
