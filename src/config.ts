/**
 * Configuration: mirrors LanguageModelConfig and TransformerConfig of the reference's
 * model.py, with the same snake_case field names in JSON, plus named presets.
 *
 * Shape vocabulary used in every comment of grok1.ts:
 *   B batch rows, T tokens in this call, S KV-cache slots, D model width (emb_size),
 *   Hq query heads, Hkv key/value heads, G = Hq / Hkv, K head size (key_size),
 *   E experts, k selected experts per token, F expert (FFN) width, V vocab.
 */
import { readTextFile } from "./files.js";
import { duplicateKey } from "./json.js";
import type { FpropDtype } from "./dtype.js";
import { UserError, check, isPrintable, showValue } from "./errors.js";

/** TransformerConfig (model.py), the fields the forward pass uses. */
export interface TransformerConfig {
  emb_size: number; // D
  key_size: number; // K
  num_q_heads: number; // Hq
  num_kv_heads: number; // Hkv
  num_layers: number;
  widening_factor: number;
  attn_output_multiplier: number;
  num_experts: number; // E; <= 1 means a dense block instead of the MoE
  num_selected_experts: number; // k
}

/** LanguageModelConfig (model.py), the fields the forward pass uses. */
export interface LanguageModelConfig {
  name?: string;
  vocab_size: number; // V
  pad_token: number;
  eos_token: number;
  sequence_len: number;
  embedding_multiplier_scale: number;
  output_multiplier_scale: number;
  fprop_dtype: FpropDtype;
  model: TransformerConfig;
}

/** RMSNorm epsilon: model.py, RMSNorm.__init__ default `eps=1e-5`. */
export const RMS_NORM_EPS = 1e-5;
/** RoPE base: model.py, MultiHeadAttention builds RotaryEmbedding(base_exponent=int(1e4)). */
export const ROPE_BASE = 10000;
/** Attention logit soft cap: model.py, `max_attn_val = 30.0`, logits = 30·tanh(logits/30). */
export const ATTN_SOFT_CAP = 30.0;
/** Fill for masked attention logits: model.py, `jnp.where(mask, attn_logits, -1e30)`. */
export const ATTN_MASK_FILL = -1e30;

/**
 * The FFN width: model.py `ffn_size(emb_size, widening_factor)`:
 * int(widening · emb) · 2 // 3, then rounded up to a multiple of 8.
 * Grok-1: int(8 · 6144) · 2 // 3 = 32768.
 */
export function ffnSize(embSize: number, wideningFactor: number): number {
  let f = Math.floor((Math.trunc(wideningFactor * embSize) * 2) / 3);
  f = f + (((8 - f) % 8) + 8) % 8; // Python's % is non-negative for a positive modulus
  return f;
}

/** The released Grok-1 configuration: run.py. */
export const GROK_1: LanguageModelConfig = {
  name: "grok-1",
  vocab_size: 128 * 1024,
  pad_token: 0,
  eos_token: 2,
  sequence_len: 8192,
  embedding_multiplier_scale: 78.38367176906169, // run.py
  output_multiplier_scale: 0.5773502691896257, // run.py: 1/sqrt(3)
  fprop_dtype: "bfloat16",
  model: {
    emb_size: 48 * 128,
    key_size: 128,
    num_q_heads: 48,
    num_kv_heads: 8,
    num_layers: 64,
    widening_factor: 8,
    attn_output_multiplier: 0.08838834764831845, // run.py: 1/sqrt(128)
    num_experts: 8,
    num_selected_experts: 2,
  },
};

/**
 * A scaled-down Grok-1: the same ratios (8 experts, top-2, 6:1 query to kv heads,
 * widening 8, attn multiplier 1/sqrt(K)) at width 6·Hkv·K.
 */
function scaledDown(
  name: string,
  o: { hkv: number; key: number; layers: number; vocab: number; seq: number },
): LanguageModelConfig {
  return {
    name,
    vocab_size: o.vocab,
    pad_token: 0,
    eos_token: 2,
    sequence_len: o.seq,
    embedding_multiplier_scale: GROK_1.embedding_multiplier_scale,
    output_multiplier_scale: GROK_1.output_multiplier_scale,
    fprop_dtype: "float32",
    model: {
      emb_size: 6 * o.hkv * o.key,
      key_size: o.key,
      num_q_heads: 6 * o.hkv,
      num_kv_heads: o.hkv,
      num_layers: o.layers,
      widening_factor: 8,
      attn_output_multiplier: 1 / Math.sqrt(o.key),
      num_experts: 8,
      num_selected_experts: 2,
    },
  };
}

/**
 * Named presets. `grok-1` is the released model; the others keep its shape ratios:
 * - `grok-1-tiny`   D 48, 2 layers, V 512: unit tests and CI, milliseconds per token.
 * - `grok-1-mini`   D 192, 4 layers, the real vocab (V 131072, so any text tokenizes):
 *                   the default of the model commands (generate, trace, bench --e2e).
 * - `grok-1-small`  D 768, 8 layers, V 131072: a laptop-sized model.
 * - `grok-1-mid`    the mid-size configuration the benchmarks compare with llama.cpp:
 *                   D 1024, 8 q / 2 kv heads of 128 (4:1, as measured there), 8 layers,
 *                   8 experts top-2, F 5464, V 131072; 1.23B parameters.
 */
export const PRESETS: Record<string, LanguageModelConfig> = {
  "grok-1": GROK_1,
  "grok-1-tiny": scaledDown("grok-1-tiny", { hkv: 1, key: 8, layers: 2, vocab: 512, seq: 256 }),
  "grok-1-mini": scaledDown("grok-1-mini", { hkv: 2, key: 16, layers: 4, vocab: GROK_1.vocab_size, seq: 1024 }),
  "grok-1-small": scaledDown("grok-1-small", { hkv: 2, key: 64, layers: 8, vocab: GROK_1.vocab_size, seq: 2048 }),
  "grok-1-mid": {
    name: "grok-1-mid",
    vocab_size: 131072,
    pad_token: 0,
    eos_token: 2,
    sequence_len: 8192,
    embedding_multiplier_scale: GROK_1.embedding_multiplier_scale,
    output_multiplier_scale: GROK_1.output_multiplier_scale,
    fprop_dtype: "float32",
    model: {
      emb_size: 1024,
      key_size: 128,
      num_q_heads: 8,
      num_kv_heads: 2,
      num_layers: 8,
      widening_factor: 8,
      attn_output_multiplier: 1 / Math.sqrt(128),
      num_experts: 8,
      num_selected_experts: 2,
    },
  },
};

/**
 * The preset the model commands (generate, trace, bench --e2e) use when neither --config
 * nor a weights file's recorded config gives one and no --checkpoint is given (a released
 * checkpoint defaults to grok-1).
 */
export const DEFAULT_PRESET = "grok-1-mini";

const MODEL_INT_FIELDS = [
  "emb_size", "key_size", "num_q_heads", "num_kv_heads", "num_layers", "num_experts", "num_selected_experts",
] as const;
const MODEL_NUM_FIELDS = ["widening_factor", "attn_output_multiplier"] as const;
const LM_INT_FIELDS = ["vocab_size", "pad_token", "eos_token", "sequence_len"] as const;
const LM_NUM_FIELDS = ["embedding_multiplier_scale", "output_multiplier_scale"] as const;

/**
 * Upper bounds, so that a config no machine can hold fails here, naming its field, and
 * not later as a RangeError or a crash of the JavaScript heap:
 * - an integer field at most 2^31 − 1 (token ids are Int32Array elements, and the
 *   WebAssembly kernels index with 32-bit integers);
 * - at most MAX_LAYERS layers and MAX_EXPERTS experts (16× Grok-1's 64 layers, 128× its
 *   8 experts; each is a list of JavaScript objects);
 * - one tensor (the embeddings [V, D], an attention weight [D, Hq·K], the stacked
 *   experts [E, D, F], a row of the KV cache [S, Hkv, K]) at most 2^32 elements, the
 *   longest typed array Node 20 makes. With these, every count `grok1 config` prints
 *   stays below 2^53, exact in a JavaScript number.
 */
const MAX_INT_FIELD = 2 ** 31 - 1;
const MAX_LAYERS = 1024;
const MAX_EXPERTS = 1024;
const MAX_TENSOR_ELEMENTS = 2 ** 32;

/** float32's largest finite value: a multiplier above it is Infinity where the model rounds it. */
const FLOAT32_MAX = 3.4028234663852886e38;

/**
 * Checks a parsed config object field by field and returns it typed, with defaults
 * for the optional fields (absent ones: null is an error, not a default). `where` names
 * the source in error messages.
 */
export function validateConfig(raw: unknown, where = "config"): LanguageModelConfig {
  const fail = (field: string, what: string): never => {
    throw new UserError(`${where}: field '${field}' ${what}`);
  };
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new UserError(`${where}: expected a JSON object`);
  const r = raw as Record<string, unknown>;
  const m = r.model;
  if (typeof m !== "object" || m === null || Array.isArray(m)) return fail("model", "is missing or not an object");
  const mm = m as Record<string, unknown>;

  const int = (obj: Record<string, unknown>, prefix: string, f: string, min: number, dflt?: number, max = MAX_INT_FIELD): number => {
    const v = Object.hasOwn(obj, f) ? obj[f] : dflt;
    if (v === undefined) return fail(prefix + f, "is missing");
    if (typeof v !== "number" || !Number.isInteger(v)) return fail(prefix + f, `must be an integer, got ${showValue(v)}`);
    if (v < min) return fail(prefix + f, `must be >= ${min}, got ${v}`);
    if (v > max) return fail(prefix + f, `must be <= ${max}, got ${showValue(v)}`);
    return v;
  };
  const num = (obj: Record<string, unknown>, prefix: string, f: string, dflt?: number): number => {
    const v = Object.hasOwn(obj, f) ? obj[f] : dflt;
    if (v === undefined) return fail(prefix + f, "is missing");
    if (typeof v !== "number" || !Number.isFinite(v)) return fail(prefix + f, `must be a finite number, got ${showValue(v)}`);
    if (Math.abs(v) > FLOAT32_MAX) return fail(prefix + f, `must be finite in float32 (|x| <= ${FLOAT32_MAX}), got ${v}`);
    return v;
  };

  const model: TransformerConfig = {
    emb_size: int(mm, "model.", "emb_size", 1),
    key_size: int(mm, "model.", "key_size", 2),
    num_q_heads: int(mm, "model.", "num_q_heads", 1),
    num_kv_heads: int(mm, "model.", "num_kv_heads", 1),
    num_layers: int(mm, "model.", "num_layers", 1, undefined, MAX_LAYERS),
    widening_factor: num(mm, "model.", "widening_factor", 4.0), // model.py default
    attn_output_multiplier: num(mm, "model.", "attn_output_multiplier", 1.0), // model.py default
    // model.py default: -1; DecoderLayer builds the MoE only when num_experts > 1, so every
    // value <= 1 (0 and negatives too) means a dense block
    num_experts: int(mm, "model.", "num_experts", -MAX_INT_FIELD, -1, MAX_EXPERTS),
    num_selected_experts: int(mm, "model.", "num_selected_experts", 1, 1), // model.py default
  };
  const cfg: LanguageModelConfig = {
    name:
      r.name === undefined
        ? undefined
        : typeof r.name !== "string"
          ? fail("name", `must be a string, got ${showValue(r.name)}`)
          : !isPrintable(r.name)
            ? fail("name", `must be printable text: it is printed on the terminal, where control characters would act (got ${showValue(r.name)})`)
            : r.name,
    vocab_size: int(r, "", "vocab_size", 1),
    pad_token: int(r, "", "pad_token", 0, 0), // model.py requires it; run.py's value
    eos_token: int(r, "", "eos_token", 0, 2), // model.py requires it; run.py's value
    sequence_len: int(r, "", "sequence_len", 1),
    embedding_multiplier_scale: num(r, "", "embedding_multiplier_scale", 1.0),
    output_multiplier_scale: num(r, "", "output_multiplier_scale", 1.0),
    fprop_dtype: (Object.hasOwn(r, "fprop_dtype") ? r.fprop_dtype : "bfloat16") as FpropDtype, // model.py default: jnp.bfloat16
    model,
  };
  if (cfg.fprop_dtype !== "float32" && cfg.fprop_dtype !== "bfloat16")
    fail("fprop_dtype", `must be "float32" or "bfloat16", got ${showValue(r.fprop_dtype)}`);
  if (model.key_size % 2 !== 0) fail("model.key_size", `must be even (RoPE rotates halves), got ${model.key_size}`);
  if (model.num_q_heads % model.num_kv_heads !== 0)
    fail("model.num_q_heads", `(${model.num_q_heads}) must be a multiple of model.num_kv_heads (${model.num_kv_heads})`);
  if (model.widening_factor <= 0) fail("model.widening_factor", `must be > 0, got ${model.widening_factor}`);
  if (ffnSize(model.emb_size, model.widening_factor) <= 0)
    fail("model.widening_factor", `gives an FFN width of ${ffnSize(model.emb_size, model.widening_factor)}`);
  if (model.num_experts > 1 && model.num_selected_experts > model.num_experts)
    fail("model.num_selected_experts", `(${model.num_selected_experts}) must be <= model.num_experts (${model.num_experts})`);
  const F = ffnSize(model.emb_size, model.widening_factor);
  const tensors: [string, number][] = [
    ["vocab_size × model.emb_size (the embeddings)", cfg.vocab_size * model.emb_size],
    ["model.emb_size × model.num_q_heads × model.key_size (an attention weight)", model.emb_size * model.num_q_heads * model.key_size],
    [`max(model.num_experts, 1) × model.emb_size × ffn_size ${F} (the expert weights)`, Math.max(model.num_experts, 1) * model.emb_size * F],
    ["sequence_len × model.num_kv_heads × model.key_size (a row of the KV cache)", cfg.sequence_len * model.num_kv_heads * model.key_size],
  ];
  for (const [what, n] of tensors)
    if (n > MAX_TENSOR_ELEMENTS) throw new UserError(`${where}: ${what} is ${n} elements, more than the ${MAX_TENSOR_ELEMENTS} one array can hold`);
  if (cfg.pad_token >= cfg.vocab_size) fail("pad_token", `(${cfg.pad_token}) must be < vocab_size (${cfg.vocab_size})`);
  if (cfg.eos_token >= cfg.vocab_size) fail("eos_token", `(${cfg.eos_token}) must be < vocab_size (${cfg.vocab_size})`);
  const known = new Set<string>([...LM_INT_FIELDS, ...LM_NUM_FIELDS, "fprop_dtype", "model", "name"]);
  for (const k of Object.keys(r)) if (!known.has(k)) fail(k, "is not a known LanguageModelConfig field");
  const knownModel = new Set<string>([...MODEL_INT_FIELDS, ...MODEL_NUM_FIELDS]);
  for (const k of Object.keys(mm)) if (!knownModel.has(k)) fail("model." + k, "is not a known TransformerConfig field");
  return cfg;
}

/**
 * The config that a file grok1 wrote (init, convert, trace) records in its safetensors
 * metadata, as JSON under "config": parsed, not validated; undefined where there is none.
 * Not JSON: a UserError naming `path`, and `hint` after it.
 */
export function recordedConfig(metadata: Record<string, string>, path: string, hint = ""): unknown {
  const text = metadata.config;
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UserError(`${path}: its metadata "config" is not JSON (${(e as Error).message})${hint}`);
  }
}

/**
 * Resolves `--config`: a preset name, or the path of a JSON file.
 * `dtype` (from --dtype) overrides fprop_dtype when given.
 */
export function loadConfig(spec: string | undefined, dtype?: string): LanguageModelConfig {
  const name = spec ?? DEFAULT_PRESET;
  let cfg: LanguageModelConfig;
  if (Object.hasOwn(PRESETS, name)) {
    cfg = structuredClone(PRESETS[name]);
  } else if (name.toLowerCase().endsWith(".json") || name.includes("/")) {
    const text = readTextFile(name, `config file ${name}`); // a regular file: a named pipe would block
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      throw new UserError(`config file ${name}: not valid JSON (${(e as Error).message})`);
    }
    const twice = duplicateKey(text);
    if (twice) throw new UserError(`config file ${name}: field '${twice.join(".")}' is given twice (JSON would keep the last silently)`);
    cfg = validateConfig(raw, `config file ${name}`);
  } else {
    throw new UserError(`unknown config '${name}': give a preset (${Object.keys(PRESETS).join(", ")}) or a .json file`);
  }
  return withDtype(cfg, dtype);
}

/** `cfg` with fprop_dtype set to `dtype` (from --dtype) when given. */
export function withDtype(cfg: LanguageModelConfig, dtype?: string): LanguageModelConfig {
  if (dtype !== undefined) {
    check(dtype === "float32" || dtype === "bfloat16", `--dtype must be float32 or bfloat16, got '${dtype}'`);
    cfg.fprop_dtype = dtype;
  }
  return cfg;
}

/** The numbers derived from a config that `grok1 config` prints. */
export interface DerivedNumbers {
  ffn_size: number;
  total_params: number;
  active_params_per_token: number;
  kv_cache_bytes_per_token: number; // all layers, k and v, in the fprop dtype
  weight_bytes: { int8: number; bf16: number; f32: number };
}

/** Parameter counts from the shapes (see weights/param_specs.ts for the full list of tensors). */
export function derivedNumbers(cfg: LanguageModelConfig): DerivedNumbers {
  const m = cfg.model;
  const D = m.emb_size, K = m.key_size, F = ffnSize(D, m.widening_factor);
  const attn = D * m.num_q_heads * K + 2 * D * m.num_kv_heads * K + m.num_q_heads * K * D;
  const norms = 4 * D;
  const moe = m.num_experts > 1;
  const expert = 3 * D * F;
  const router = moe ? D * m.num_experts : 0;
  const ffnTotal = moe ? m.num_experts * expert : expert;
  const ffnActive = moe ? m.num_selected_experts * expert : expert;
  const embed = cfg.vocab_size * D;
  const total = m.num_layers * (attn + norms + router + ffnTotal) + embed + D;
  const active = m.num_layers * (attn + norms + router + ffnActive) + embed + D;
  const elt = cfg.fprop_dtype === "bfloat16" ? 2 : 4;
  // int8: the 8-bit weights (attention and experts) take a byte each; embeddings,
  // norms and router stay float32 as in the reference's parameter tree. Scales
  // (one per output column, float32) are small and counted too.
  const quantized = m.num_layers * (attn + ffnTotal);
  const scales = m.num_layers * ((m.num_q_heads * K + 2 * m.num_kv_heads * K + D) + (moe ? m.num_experts : 1) * (2 * F + D));
  return {
    ffn_size: F,
    total_params: total,
    active_params_per_token: active,
    kv_cache_bytes_per_token: m.num_layers * 2 * m.num_kv_heads * K * elt,
    weight_bytes: {
      int8: quantized + 4 * (total - quantized) + 4 * scales,
      bf16: 2 * total,
      f32: 4 * total,
    },
  };
}
