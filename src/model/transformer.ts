/**
 * Transformer (model.py): the stack of decoder layers.
 * The reference builds the padding and causal masks here (Transformer.__call__). We
 * build the padding mask in language_model.ts (paddingMask) and pass it down; each
 * layer's multiHeadAttention combines it with causality and the KV memory's step.
 */
import type { Tensor } from "../tensor.js";
import type { LayerParams } from "../weights/params.js";
import { layerPrefix } from "../weights/param_specs.js";
import type { ForwardContext } from "./context.js";
import { decoderLayer } from "./decoder_layer.js";
import type { Memory } from "./kv_memory.js";

/**
 * Supplies the parameters of layer i when the layer runs, so a caller can stream
 * layers from disk instead of holding them all.
 */
export type LayerSource = (i: number) => LayerParams;

/** embeddings [B, T, D], padding [B, T] -> [B, T, D]. Advances memory when given. */
export function transformer(
  ctx: ForwardContext,
  layers: LayerSource,
  embeddings: Tensor,
  padding: Uint8Array,
  memory: Memory | undefined,
): Tensor {
  let h = embeddings;
  for (let i = 0; i < ctx.cfg.model.num_layers; i++) {
    h = decoderLayer(ctx, layers(i), layerPrefix(i), h, padding, memory?.layers[i], memory?.S ?? 0);
  }
  return h;
}
