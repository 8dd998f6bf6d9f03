/**
 * Every parameter of a Grok-1 model: its haiku path and shape.
 *
 * Haiku names a parameter `<module path>/<param name>`; the module path is built from
 * the class names in snake_case, numbered in creation order (rms_norm, rms_norm_1, ...).
 * These paths are the tensor names of our safetensors files and the keys of the
 * reference's parameter dict.
 */
import { ffnSize, type LanguageModelConfig } from "../config.js";

/** What a parameter is; says which may be 8-bit (QuantizedWeight8bit) in a checkpoint. */
export type ParamKind = "embedding" | "norm" | "linear" | "router" | "expert";

export interface ParamSpec {
  /** Full haiku path, e.g. `transformer/decoder_layer_0/multi_head_attention/query/w`. */
  path: string;
  /** The haiku module path (everything before the last `/`). */
  module: string;
  /** The parameter name (after the last `/`): `w`, `scale` or `embeddings`. */
  name: string;
  shape: number[];
  kind: ParamKind;
  /**
   * Row-parallel: the reference shards this weight along its input rows (the "model"
   * mesh axis), so the released checkpoint stores its 8-bit scales one row per shard
   * ([8, D], [E, 8, D]): the attention output and the FFN's down projection.
   */
  rowParallel?: boolean;
}

function spec(module: string, name: string, shape: number[], kind: ParamKind, rowParallel = false): ParamSpec {
  return { path: `${module}/${name}`, module, name, shape, kind, ...(rowParallel ? { rowParallel } : {}) };
}

/** The parameter path prefix of decoder layer i. */
export function layerPrefix(i: number): string {
  return `transformer/decoder_layer_${i}`;
}

/** The parameters of one decoder layer, in the order the forward pass uses them. */
export function layerParamSpecs(cfg: LanguageModelConfig, i: number): ParamSpec[] {
  const m = cfg.model;
  const D = m.emb_size, K = m.key_size, E = m.num_experts;
  const F = ffnSize(D, m.widening_factor);
  const L = layerPrefix(i);
  const mha = `${L}/multi_head_attention`;
  const out: ParamSpec[] = [
    spec(`${L}/rms_norm`, "scale", [D], "norm"),
    spec(`${mha}/query`, "w", [D, m.num_q_heads * K], "linear"),
    spec(`${mha}/key`, "w", [D, m.num_kv_heads * K], "linear"),
    spec(`${mha}/value`, "w", [D, m.num_kv_heads * K], "linear"),
    spec(`${mha}/linear`, "w", [m.num_q_heads * K, D], "linear", true),
    spec(`${L}/rms_norm_1`, "scale", [D], "norm"),
    spec(`${L}/rms_norm_2`, "scale", [D], "norm"),
  ];
  if (E > 1) {
    out.push(
      spec(`${L}/router`, "w", [D, E], "router"),
      spec(`${L}/moe/linear`, "w", [E, D, F], "expert"),
      spec(`${L}/moe/linear_v`, "w", [E, D, F], "expert"),
      spec(`${L}/moe/linear_1`, "w", [E, F, D], "expert", true),
    );
  } else {
    // DenseBlock is hk.transparent: its Linears sit directly under the layer.
    out.push(
      spec(`${L}/linear_v`, "w", [D, F], "linear"),
      spec(`${L}/linear`, "w", [D, F], "linear"),
      spec(`${L}/linear_1`, "w", [F, D], "linear", true),
    );
  }
  out.push(spec(`${L}/rms_norm_3`, "scale", [D], "norm"));
  return out;
}

/** All parameters, in forward-pass order: embeddings, layers 0..L-1, final norm. */
export function paramSpecs(cfg: LanguageModelConfig): ParamSpec[] {
  const D = cfg.model.emb_size;
  const out = [spec("language_model/in_out_embed", "embeddings", [cfg.vocab_size, D], "embedding")];
  for (let i = 0; i < cfg.model.num_layers; i++) out.push(...layerParamSpecs(cfg, i));
  out.push(spec("language_model/rms_norm", "scale", [D], "norm"));
  return out;
}

/** Whether a parameter is stored 8-bit when a model is quantized (as the released checkpoint is). */
export function isQuantizable(kind: ParamKind): boolean {
  return kind === "linear" || kind === "expert";
}
