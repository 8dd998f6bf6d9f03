/**
 * Text generation with a KV cache, as the reference's runners.py drives it:
 *   1. prefill: the prompts (right-padded to one length) run through the model once,
 *      filling each row's cache; the logits at each row's last prompt token give its
 *      first sampled token; each row's step becomes its prompt length;
 *   2. decode: every step feeds each row's last token (T = 1) with the cache and samples
 *      the next one, until EOS or max tokens.
 * Sampling (temperature, nucleus, threefry keys per row) is sampling/sample.ts.
 *
 * Differs from the reference: runners.py prefills one request at a time into a slot of
 * a fixed batch and ignores EOS (it stops at max_len); we prefill all prompts in one
 * batched call (the same logits: rows are independent, padding is masked) and stop a
 * row at EOS. The KV memory holds the slots this run fills (the longest prompt plus the
 * new tokens, less the last, which is never fed back), not sequence_len's: attention
 * reads only the slots below step + T either way (multi_head_attention.ts), so nothing
 * computed changes, and Grok-1's full cache (4 GiB a row in float32) is not allocated
 * for a short run.
 */
import type { LanguageModelConfig } from "./config.js";
import { UserError, check } from "./errors.js";
import type { Kernels } from "./kernels/kernels.js";
import type { ForwardContext } from "./model/context.js";
import { initMemory, releaseMemory, setPromptLengths } from "./model/kv_memory.js";
import { languageModel, type LanguageModelParams } from "./model/language_model.js";
import { SamplerKeys, sampleToken, type SampleOutput } from "./sampling/sample.js";

export interface GenerateOptions {
  prompts: number[][]; // token ids per row, already truncated to fit (see fitPrompt)
  maxTokens: number;
  temperature: number;
  topP: number;
  seed: number;
  /** Called for every sampled token of every row, in order. */
  onToken?: (row: number, out: SampleOutput) => void;
}

export interface GenerateResult {
  tokens: number[][]; // generated ids per row (EOS included when reached)
  prefillSeconds: number;
  decodeSeconds: number;
  promptTokens: number;
  decodeSteps: number;
  generatedTokens: number;
}

/**
 * Keeps the last tokens of a prompt so that prompt + generated tokens fit the context,
 * as runners.py's pad_to_size keeps `x[-size:]`. Returns the kept ids and how many were dropped.
 */
export function fitPrompt(ids: number[], sequenceLen: number, maxTokens: number): { ids: number[]; dropped: number } {
  // The last generated token is never fed back, so prompt + maxTokens − 1 slots are used.
  const room = sequenceLen - maxTokens + 1;
  check(room >= 1, `--max-tokens ${maxTokens} does not fit the context of ${sequenceLen} tokens`);
  if (ids.length <= room) return { ids, dropped: 0 };
  return { ids: ids.slice(ids.length - room), dropped: ids.length - room };
}

/** The KV memory slots a row of generate fills: the prompt's T, then maxTokens − 1 fed back (the last is not). */
export function kvSlots(T: number, maxTokens: number): number {
  return T + maxTokens - 1;
}

export function generate(
  cfg: LanguageModelConfig,
  kernels: Kernels,
  params: LanguageModelParams,
  o: GenerateOptions,
): GenerateResult {
  const B = o.prompts.length;
  check(B > 0, "no prompt given");
  o.prompts.forEach((p, b) => check(p.length > 0, `prompt ${b + 1} is empty: it has no tokens (the reference needs at least one)`));
  const T = Math.max(...o.prompts.map((p) => p.length));
  const S = kvSlots(T, o.maxTokens);
  if (S > cfg.sequence_len) throw new UserError(`prompt of ${T} tokens + ${o.maxTokens} new tokens exceeds sequence_len ${cfg.sequence_len}`);
  const ctx: ForwardContext = { cfg, kernels, dtype: cfg.fprop_dtype };
  const settings = { temperature: o.temperature, nucleusP: o.topP, dtype: cfg.fprop_dtype };
  const keys = new SamplerKeys(o.prompts.map(() => o.seed)); // one seed for every row (runners.py: each Request's own rng_seed)
  const memory = initMemory(cfg, B, S, kernels); // in the kernels' memory where they offer it
  try {
    const V = cfg.vocab_size;

    // 1. prefill: right-padded prompts [B, T]; logits at each row's last prompt token
    const tokens = new Int32Array(B * T).fill(cfg.pad_token);
    o.prompts.forEach((p, b) => tokens.set(p, b * T));
    const lengths = Int32Array.from(o.prompts, (p) => p.length);
    const t0 = performance.now();
    const first = languageModel(ctx, params, { tokens, B, T, memory, lastPositions: lengths.map((n) => n - 1) }).logits; // [B, 1, V]
    setPromptLengths(memory, lengths); // decode writes over each row's first pad slot
    const out: number[][] = o.prompts.map(() => []);
    const done = new Array<boolean>(B).fill(false);
    const sampleAll = (logits: Float32Array) => {
      const drawKeys = keys.next();
      for (let b = 0; b < B; b++) {
        if (done[b]) continue;
        const s = sampleToken(logits.subarray(b * V, (b + 1) * V), drawKeys[b], settings);
        out[b].push(s.tokenId);
        o.onToken?.(b, s);
        if (s.tokenId === cfg.eos_token || out[b].length >= o.maxTokens) done[b] = true;
      }
    };
    sampleAll(first.data);
    const t1 = performance.now();

    // 2. decode: one token per row per step
    let steps = 0;
    while (!done.every(Boolean)) {
      // a finished row runs on pad tokens, its output ignored (runners.py keeps an `active` flag instead)
      const last = Int32Array.from(out, (r, b) => (done[b] ? cfg.pad_token : r[r.length - 1]));
      const logits = languageModel(ctx, params, { tokens: last, B, T: 1, memory }).logits; // [B, 1, V]
      sampleAll(logits.data);
      steps++;
    }
    const t2 = performance.now();
    return {
      tokens: out,
      prefillSeconds: (t1 - t0) / 1000,
      decodeSeconds: (t2 - t1) / 1000,
      promptTokens: o.prompts.reduce((a, p) => a + p.length, 0),
      decodeSteps: steps,
      generatedTokens: out.reduce((a, r) => a + r.length, 0),
    };
  } finally {
    releaseMemory(memory, kernels);
  }
}
