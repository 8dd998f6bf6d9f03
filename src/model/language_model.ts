/**
 * LanguageModel (model.py): token ids in, logits out.
 *   x = embeddings[tokens].astype(fprop) · embedding_multiplier_scale     [B, T, D]
 *   h = transformer(x)                                                    [B, T, D]
 *   logits = rms_norm(h) · embeddingsᵀ · output_multiplier_scale           [B, T, V]
 * The embedding table is tied: the same [V, D] matrix is the output head.
 * In bfloat16 mode the two Python-float multipliers are weakly typed, so JAX rounds
 * them to bf16 first: 78.38367… becomes 78.5 and 0.57735… becomes 0.578125.
 */
import { UserError } from "../errors.js";
import { scalarIn } from "../dtype.js";
import type { Tensor } from "../tensor.js";
import type { ModelParams } from "../weights/params.js";
import { roundAs, type ForwardContext } from "./context.js";
import type { Memory } from "./kv_memory.js";
import { rmsNorm } from "./rms_norm.js";
import { transformer, type LayerSource } from "./transformer.js";

export interface LanguageModelInput {
  tokens: Int32Array; // [B, T]
  B: number;
  T: number;
  memory?: Memory;
  /** Compute logits only at these positions of each row ([B]), as the reference's `length` argument does (length − 1). */
  lastPositions?: Int32Array;
}

export interface LanguageModelOutput {
  logits: Tensor; // [B, T, V], or [B, 1, V] with lastPositions
}

/** The parameters the language model itself needs; layers may come one at a time. */
export interface LanguageModelParams {
  embeddings: ModelParams["embeddings"];
  rms_norm: ModelParams["rms_norm"];
  layer: LayerSource;
}

/** LanguageModelParams over parameters held whole (loadParams), every layer in memory. */
export function residentParams(p: ModelParams): LanguageModelParams {
  return { embeddings: p.embeddings, rms_norm: p.rms_norm, layer: (i) => p.layers[i] };
}

export function languageModel(ctx: ForwardContext, p: LanguageModelParams, input: LanguageModelInput): LanguageModelOutput {
  const { tokens, B, T } = input;
  const padding = paddingMask(ctx, tokens);
  const embed = embedTokens(ctx, p, tokens, B, T);
  const h = transformer(ctx, p.layer, embed, padding, input.memory);
  return { logits: outputHead(ctx, p, h, input.lastPositions) };
}

/** input_mask = tokens > pad_token   [B, T]  (1 = a real token). Checks every id is in the vocab. */
export function paddingMask(ctx: ForwardContext, tokens: Int32Array): Uint8Array {
  const { cfg } = ctx;
  const V = cfg.vocab_size;
  const padding = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const id = tokens[i];
    if (!(id >= 0 && id < V)) throw new UserError(`token id ${id} at index ${i} of the batch is outside [0, ${V})`);
    padding[i] = id > cfg.pad_token ? 1 : 0;
  }
  return padding;
}

/** in_out_embed(tokens).astype(fprop) · embedding_multiplier_scale   [B, T, D] */
export function embedTokens(ctx: ForwardContext, p: Pick<LanguageModelParams, "embeddings">, tokens: Int32Array, B: number, T: number): Tensor {
  const D = ctx.cfg.model.emb_size;
  const x = new Float32Array(B * T * D);
  // embeddings[tokens]: row id of the [V, D] table, which the kernels hold as the output
  // head's W (layout "nk", so the row is W's column id); already fprop-valued (weights/params.ts)
  ctx.kernels.columns(p.embeddings, tokens.subarray(0, B * T), x);
  const multiplier = scalarIn(ctx.dtype, ctx.cfg.embedding_multiplier_scale);
  for (let i = 0; i < x.length; i++) x[i] = Math.fround(x[i] * multiplier);
  roundAs(ctx, ctx.dtype, x); // embeddings × a weak-typed scalar stay in the fprop dtype
  const embed: Tensor = { shape: [B, T, D], data: x };
  ctx.record?.("language_model/embed", embed);
  return embed;
}

/**
 * The final norm and the tied output head: rms_norm(h) · embeddingsᵀ · output_multiplier_scale.
 * h [B, T, D] -> logits [B, T, V], or [B, 1, V] at `lastPositions` (the reference's `length`).
 */
export function outputHead(
  ctx: ForwardContext,
  p: Pick<LanguageModelParams, "embeddings" | "rms_norm">,
  h: Tensor,
  lastPositions?: Int32Array,
): Tensor {
  const fp = ctx.dtype;
  const V = ctx.cfg.vocab_size;
  let n = rmsNorm(ctx, h, p.rms_norm, fp);
  ctx.record?.("language_model/rms_norm", n);

  if (lastPositions) n = gatherPositions(n, lastPositions);
  const [Bn, Tn] = n.shape;
  const logits = new Float32Array(Bn * Tn * V);
  ctx.kernels.matmul(n.data, Bn * Tn, p.embeddings, logits); // x · embeddingsᵀ
  roundAs(ctx, fp, logits); // the dot of two fprop-dtype operands
  const out = scalarIn(fp, ctx.cfg.output_multiplier_scale);
  for (let i = 0; i < logits.length; i++) logits[i] = Math.fround(logits[i] * out);
  roundAs(ctx, fp, logits); // logits × a weak-typed scalar stay in the fprop dtype
  const result: Tensor = { shape: [Bn, Tn, V], data: logits };
  ctx.record?.("language_model/logits", result);
  return result;
}

/** x [B, T, D] -> [B, 1, D]: row b at position positions[b]. */
function gatherPositions(x: Tensor, positions: Int32Array): Tensor {
  const [B, T, D] = x.shape;
  const out = new Float32Array(B * D);
  for (let b = 0; b < B; b++) {
    const t = Math.max(0, Math.min(T - 1, positions[b]));
    out.set(x.data.subarray((b * T + t) * D, (b * T + t + 1) * D), b * D);
  }
  return { shape: [B, 1, D], data: out };
}
