/**
 * Teacher-forced tracing: every decoder layer runs on the REFERENCE's input to it (the
 * reference's previous layer output), and the output head on the reference's last layer
 * output. Each recorded activation then carries only the differences of its own layer,
 * not those compounded through all the layers before it — in bfloat16 mode a rounding
 * flip in layer 1 otherwise grows through layers 2..L and can exceed a per-element bound
 * that is right for one layer. A mismatch is also localised to the layer that causes it.
 */
import type { LanguageModelConfig } from "../config.js";
import type { Kernels } from "../kernels/kernels.js";
import type { ForwardContext } from "../model/context.js";
import { decoderLayer } from "../model/decoder_layer.js";
import { embedTokens, outputHead, paddingMask } from "../model/language_model.js";
import type { Tensor } from "../tensor.js";
import { layerPrefix } from "../weights/param_specs.js";
import type { ModelParams } from "../weights/params.js";
import type { ActivationMap } from "./compare.js";

/**
 * The first tensor that each layer (and the output head) records: where a layerwise trace
 * starts again from the reference's input (compare.ts CompareOptions.freshRowsAt).
 */
export function startsLayer(name: string): boolean {
  return /^(transformer\/decoder_layer_\d+|language_model)\/rms_norm$/.test(name);
}

export function layerwiseTrace(
  cfg: LanguageModelConfig,
  params: ModelParams,
  rows: number[][],
  kernels: Kernels,
  ref: ActivationMap,
): ActivationMap {
  const out: ActivationMap = new Map();
  const ctx: ForwardContext = {
    cfg,
    kernels,
    dtype: cfg.fprop_dtype,
    record: (name, t) => out.set(name, { shape: t.shape.slice(), data: t.data.slice() }),
  };
  const B = rows.length, T = rows[0].length;
  const tokens = Int32Array.from(rows.flat());
  const padding = paddingMask(ctx, tokens);
  embedTokens(ctx, params, tokens, B, T);
  const refInput = (name: string): Tensor => {
    const t = ref.get(name);
    if (!t) throw new Error(`layerwise trace: the reference has no '${name}' to feed the next layer`);
    return { shape: t.shape.slice(), data: t.data.slice() };
  };
  for (let i = 0; i < cfg.model.num_layers; i++) {
    const input = refInput(i === 0 ? "language_model/embed" : layerPrefix(i - 1));
    decoderLayer(ctx, params.layers[i], layerPrefix(i), input, padding, undefined, 0);
  }
  outputHead(ctx, params, refInput(layerPrefix(cfg.model.num_layers - 1)));
  return out;
}
