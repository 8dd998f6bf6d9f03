/**
 * `grok1 trace`: one forward pass with every named activation recorded, as float32.
 *
 * Names (the contract other runtimes compare against; see README.md):
 *   language_model/embed                              [B, T, D]  embeddings × multiplier
 *   transformer/decoder_layer_{i}/rms_norm            [B, T, D]  pre-attention norm
 *   transformer/decoder_layer_{i}/multi_head_attention [B, T, D] after the output projection
 *   transformer/decoder_layer_{i}/rms_norm_1          [B, T, D]  post-attention norm
 *   transformer/decoder_layer_{i}/rms_norm_2          [B, T, D]  pre-FFN norm
 *   transformer/decoder_layer_{i}/router_probs        [B, T, E]  MoE layers only (float32 in either mode)
 *   transformer/decoder_layer_{i}/moe                 [B, T, D]  MoE (or dense block) output
 *   transformer/decoder_layer_{i}/rms_norm_3          [B, T, D]  post-FFN norm
 *   transformer/decoder_layer_{i}                     [B, T, D]  the layer's output
 *   language_model/rms_norm                           [B, T, D]  final norm
 *   language_model/logits                             [B, T, V]
 *
 * With decode steps (traceDecode, `grok1 trace --decode`), the layout of the golden
 * KV-memory cases (golden/README.md): step_0 is the prefill of the right-padded prompts,
 * step_n (n ≥ 1) one token per row against the memory, each under its own prefix:
 *   step_{n}/tokens                                   [B, T]  (T = 1 for n ≥ 1), as float32
 *   step_{n}/<every name above>
 *   step_{n}/logits                                   [B, T, V]  (the same as step_{n}/language_model/logits)
 *   step_{n}/memory/layer_{i}/k, …/v                  [B, S, Hkv, K]  the whole memory after the step (S = sequence_len)
 *   step_{n}/memory/layer_{i}/step                    [B]  each row's next slot
 */
import { totalmem } from "node:os";
import type { LanguageModelConfig } from "./config.js";
import { UserError, check } from "./errors.js";
import type { Kernels } from "./kernels/kernels.js";
import { kernelsHandOver } from "./kernels/select.js";
import { initMemory, memoryBytes, releaseMemory, setPromptLengths } from "./model/kv_memory.js";
import { languageModel, residentParams, type LanguageModelParams } from "./model/language_model.js";
import type { Tensor } from "./tensor.js";
import { loadParams, type LoadProgress, type TensorSource } from "./weights/params.js";

export type Activations = Map<string, Tensor>;

/** Checks rows of token ids and packs them into [B, T]. */
export function packRows(cfg: LanguageModelConfig, rows: number[][]): { tokens: Int32Array; B: number; T: number } {
  check(rows.length > 0, "no tokens given");
  const T = rows[0].length;
  check(T > 0, "a row of tokens is empty");
  rows.forEach((r, b) => {
    check(r.length === T, `rows have different lengths: row 0 has ${T} tokens, row ${b} has ${r.length} (pad with ${cfg.pad_token} to the same length)`);
    r.forEach((id, t) => checkTokenId(cfg, id, `row ${b}, position ${t}`));
  });
  check(T <= cfg.sequence_len, `${T} tokens per row is more than sequence_len ${cfg.sequence_len}`);
  return { tokens: Int32Array.from(rows.flat()), B: rows.length, T };
}

/** A token id of the vocabulary, or an error naming it and `where`. */
function checkTokenId(cfg: LanguageModelConfig, id: number, where: string, what = ""): void {
  check(Number.isInteger(id) && id >= 0 && id < cfg.vocab_size, `${what}token id ${id} (${where}) is outside [0, ${cfg.vocab_size})`);
}

/** At most this many elements in one typed array: Node 20's limit is 2^32, and one fewer keeps every index below 2^32. */
const MAX_ARRAY_ELEMENTS = 2 ** 32 - 1;

/**
 * Checks, before any work, that the activations of B rows of T tokens can be held: the
 * logits [B, T, V] in one array, and everything recorded (the list at the top of this
 * file), plus `more` (traceDecode's decode steps and memory dumps), within this machine's memory.
 */
function checkTraceSize(cfg: LanguageModelConfig, B: number, T: number, more?: { bytes: number; what: string; fix: string }): void {
  const logits = B * T * cfg.vocab_size;
  check(logits <= MAX_ARRAY_ELEMENTS, `the logits of ${B} rows × ${T} tokens × vocab ${cfg.vocab_size} are ${logits} elements, more than one array holds (${MAX_ARRAY_ELEMENTS}): trace fewer tokens`);
  const bytes = activationBytes(cfg, B, T) + (more?.bytes ?? 0);
  const gib = (n: number) => `${(n / 2 ** 30).toFixed(1)} GiB`;
  check(bytes <= totalmem(), `recording every activation of ${B} rows × ${T} tokens${more?.what ?? ""} takes ${gib(bytes)}, more than this machine's ${gib(totalmem())}: trace fewer tokens${more?.fix ?? ""}`);
}

/**
 * Bytes of every activation recorded (the list at the top of this file) for B rows of T
 * tokens, float32: the logits, the embeddings and the final norm, 7 D-wide tensors per
 * layer, and the router's probabilities in MoE layers.
 */
function activationBytes(cfg: LanguageModelConfig, B: number, T: number): number {
  const { emb_size: D, num_layers: L } = cfg.model;
  const E = cfg.model.num_experts > 1 ? cfg.model.num_experts : 0;
  return 4 * B * T * (cfg.vocab_size + D * (2 + 7 * L) + E * L);
}

/** What a long trace reports as it goes (the CLI's progress lines). */
export interface TraceProgress {
  /** The weights' load, tensor by tensor. */
  load?: LoadProgress;
  /** Decoder layer `done` of `layers` has run. */
  layer?: (done: number, layers: number, name: string) => void;
}

/**
 * The parameters a trace runs on: `weights` itself where they are already loaded (streamed
 * from disk: `grok1 trace --memory-budget`), else loaded whole from the source, each
 * weight held once, in the kernels' memory.
 */
function traceParams(cfg: LanguageModelConfig, weights: TensorSource | LanguageModelParams, kernels: Kernels, progress: TraceProgress): LanguageModelParams {
  if (!("get" in weights)) return weights;
  return residentParams(loadParams(cfg, weights, progress.load, kernelsHandOver(kernels)));
}

/** Runs the model over `rows` and returns every named activation (float32 copies). */
export function trace(cfg: LanguageModelConfig, weights: TensorSource | LanguageModelParams, rows: number[][], kernels: Kernels, progress: TraceProgress = {}): Activations {
  const { tokens, B, T } = packRows(cfg, rows);
  checkTraceSize(cfg, B, T);
  const lm = traceParams(cfg, weights, kernels, progress);
  const acts: Activations = new Map();
  languageModel({ cfg, kernels, dtype: cfg.fprop_dtype, record: recorder(acts, "", cfg.model.num_layers, progress) }, lm, { tokens, B, T });
  return acts;
}

/**
 * Prefill, then decode steps with the KV memory, every activation recorded per step (the
 * names at the top of this file), as runners.py runs a request: the prompts run once,
 * right-padded to one length T, then each row's memory step is set to its prompt's own
 * length (the row without its trailing pad tokens), and step n feeds decode[b][n − 1] to
 * row b. The memory has the reference's sequence_len slots.
 */
export function traceDecode(cfg: LanguageModelConfig, weights: TensorSource | LanguageModelParams, rows: number[][], decode: number[][], kernels: Kernels, progress: TraceProgress = {}): Activations {
  const { tokens, B, T } = packRows(cfg, rows);
  check(decode.length === B, `${decode.length} rows of decode tokens for ${B} prompt rows: give one list per prompt row`);
  const steps = decode[0].length;
  check(steps > 0, "no decode tokens given");
  decode.forEach((d, b) => {
    check(d.length === steps, `decode rows have different lengths: row 0 has ${steps} tokens, row ${b} has ${d.length}`);
    d.forEach((id, n) => checkTokenId(cfg, id, `row ${b}, step ${n + 1}`, "decode "));
  });
  const lengths = rows.map((r, b) => {
    let n = r.length;
    while (n > 0 && r[n - 1] <= cfg.pad_token) n--;
    check(n > 0, `prompt row ${b} is all padding (token ids ≤ pad_token ${cfg.pad_token}): a row needs a token to decode from`);
    check(n + steps <= cfg.sequence_len, `prompt row ${b} of ${n} tokens + ${steps} decode steps exceeds sequence_len ${cfg.sequence_len}`);
    return n;
  });
  const S = cfg.sequence_len;
  checkTraceSize(cfg, B, T, {
    bytes: activationBytes(cfg, B, steps) + (steps + 1) * memoryBytes(cfg, B, S),
    what: ` and ${steps} decode steps, with the memory of ${S} slots after each`,
    fix: " or steps, or use a config with a shorter sequence_len",
  });
  const lm = traceParams(cfg, weights, kernels, progress);
  const acts: Activations = new Map();
  const memory = initMemory(cfg, B, S, kernels); // in the kernels' memory where they offer it, as generate makes it
  try {
    for (let n = 0; n <= steps; n++) {
      const prefix = `step_${n}`;
      const stepTokens = n === 0 ? tokens : Int32Array.from(decode, (d) => d[n - 1]);
      const t = n === 0 ? T : 1;
      acts.set(`${prefix}/tokens`, { shape: [B, t], data: Float32Array.from(stepTokens) });
      const record = recorder(acts, `${prefix}/`, cfg.model.num_layers, progress);
      const logits = languageModel({ cfg, kernels, dtype: cfg.fprop_dtype, record }, lm, { tokens: stepTokens, B, T: t, memory }).logits;
      acts.set(`${prefix}/logits`, { shape: logits.shape.slice(), data: logits.data.slice() });
      if (n === 0) setPromptLengths(memory, lengths);
      const shape = [B, S, cfg.model.num_kv_heads, cfg.model.key_size];
      memory.layers.forEach((layer, i) => {
        acts.set(`${prefix}/memory/layer_${i}/k`, { shape, data: layer.k.slice() });
        acts.set(`${prefix}/memory/layer_${i}/v`, { shape, data: layer.v.slice() });
        acts.set(`${prefix}/memory/layer_${i}/step`, { shape: [B], data: Float32Array.from(layer.step) });
      });
    }
  } finally {
    releaseMemory(memory, kernels);
  }
  return acts;
}

/** A ForwardContext.record that copies each activation into `acts` under `prefix`, reporting each layer done. */
function recorder(acts: Activations, prefix: string, layers: number, progress: TraceProgress) {
  const layerOutput = /^transformer\/decoder_layer_(\d+)$/;
  return (name: string, t: Tensor) => {
    const key = prefix + name;
    if (acts.has(key)) throw new UserError(`internal: activation ${key} recorded twice`);
    acts.set(key, { shape: t.shape.slice(), data: t.data.slice() });
    const done = layerOutput.exec(name);
    if (done) progress.layer?.(Number(done[1]) + 1, layers, key);
  };
}

/** trace() over the weights in a safetensors file. */
export async function runTrace(cfg: LanguageModelConfig, weightsPath: string, rows: number[][], kernels: Kernels): Promise<Activations> {
  const { SafetensorsSource } = await import("./weights/sources.js");
  const src = SafetensorsSource.open(weightsPath);
  try {
    return trace(cfg, src, rows, kernels);
  } finally {
    src.close();
  }
}
