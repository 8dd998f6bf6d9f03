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
 */
import { totalmem } from "node:os";
import type { LanguageModelConfig } from "./config.js";
import { UserError, check } from "./errors.js";
import type { Kernels } from "./kernels/kernels.js";
import { kernelsHandOver } from "./kernels/select.js";
import { languageModel } from "./model/language_model.js";
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
    r.forEach((id, t) => {
      check(Number.isInteger(id) && id >= 0 && id < cfg.vocab_size, `token id ${id} (row ${b}, position ${t}) is outside [0, ${cfg.vocab_size})`);
    });
  });
  check(T <= cfg.sequence_len, `${T} tokens per row is more than sequence_len ${cfg.sequence_len}`);
  return { tokens: Int32Array.from(rows.flat()), B: rows.length, T };
}

/** At most this many elements in one typed array: Node 20's limit is 2^32, and one fewer keeps every index below 2^32. */
const MAX_ARRAY_ELEMENTS = 2 ** 32 - 1;

/**
 * Checks, before any work, that the activations of B rows of T tokens can be held: the
 * logits [B, T, V] in one array, and everything recorded (the list at the top of this
 * file) within this machine's memory.
 */
function checkTraceSize(cfg: LanguageModelConfig, B: number, T: number): void {
  const { emb_size: D, num_layers: L } = cfg.model;
  const E = cfg.model.num_experts > 1 ? cfg.model.num_experts : 0;
  const logits = B * T * cfg.vocab_size;
  check(logits <= MAX_ARRAY_ELEMENTS, `the logits of ${B} rows × ${T} tokens × vocab ${cfg.vocab_size} are ${logits} elements, more than one array holds (${MAX_ARRAY_ELEMENTS}): trace fewer tokens`);
  const bytes = 4 * B * T * (cfg.vocab_size + D * (2 + 8 * L) + E * L);
  const gib = (n: number) => `${(n / 2 ** 30).toFixed(1)} GiB`;
  check(bytes <= totalmem(), `recording every activation of ${B} rows × ${T} tokens takes ${gib(bytes)}, more than this machine's ${gib(totalmem())}: trace fewer tokens`);
}

/** What a long trace reports as it goes (the CLI's progress lines). */
export interface TraceProgress {
  /** The weights' load, tensor by tensor. */
  load?: LoadProgress;
  /** Decoder layer `done` of `layers` has run. */
  layer?: (done: number, layers: number, name: string) => void;
}

/** Runs the model over `rows` and returns every named activation (float32 copies). */
export function trace(cfg: LanguageModelConfig, source: TensorSource, rows: number[][], kernels: Kernels, progress: TraceProgress = {}): Activations {
  const { tokens, B, T } = packRows(cfg, rows);
  checkTraceSize(cfg, B, T);
  const params = loadParams(cfg, source, progress.load, kernelsHandOver(kernels)); // held once, in the kernels' memory
  const acts: Activations = new Map();
  const L = cfg.model.num_layers;
  const layerOutput = /^transformer\/decoder_layer_(\d+)$/;
  languageModel(
    {
      cfg,
      kernels,
      dtype: cfg.fprop_dtype,
      record: (name, t) => {
        if (acts.has(name)) throw new UserError(`internal: activation ${name} recorded twice`);
        acts.set(name, { shape: t.shape.slice(), data: t.data.slice() });
        const done = layerOutput.exec(name);
        if (done) progress.layer?.(Number(done[1]) + 1, L, name);
      },
    },
    { embeddings: params.embeddings, rms_norm: params.rms_norm, layer: (i) => params.layers[i] },
    { tokens, B, T },
  );
  return acts;
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
