/**
 * Whole-model benchmark: prefill and decode tokens/s and peak memory, for the
 * selected kernels and, in the same run, the TypeScript kernels as the baseline.
 *
 *   npx grok1 bench --e2e --config grok-1-mid [--weights W | --random-dtype f32|bf16|int8]
 *                   [--prompt-tokens 128] [--gen-tokens 32] [--threads N] [--json]
 *
 * Prefill: one forward pass over P prompt tokens into an empty KV cache.
 * Decode: G single-token steps with the cache (greedy: argmax, so the sampler's cost is
 * not counted; it is the same for every kernel implementation).
 * The TypeScript baseline is slow on big configs, so it runs fewer tokens
 * (--ts-prompt-tokens, --ts-gen-tokens); its rates are per token all the same.
 * The memory read baseline: decode is bound by reading the weights, so each run also
 * measures a streaming read in WebAssembly at its thread count (bandwidth.ts stream_read,
 * as `grok1 bench` does) and sets against it the weight bytes one decode step reads
 * (decodeWeightBytes) times the decode rate.
 */
import { Bench } from "tinybench";
import type { LanguageModelConfig } from "../src/config.js";
import type { Kernels } from "../src/kernels/kernels.js";
import { kernelsHandOver } from "../src/kernels/select.js";
import { tsKernels } from "../src/kernels/ts_kernels.js";
import type { ForwardContext } from "../src/model/context.js";
import { initMemory, releaseMemory, type Memory } from "../src/model/kv_memory.js";
import { languageModel, type LanguageModelParams } from "../src/model/language_model.js";
import { UserError } from "../src/errors.js";
import type { Weight } from "../src/kernels/kernels.js";
import { WasmKernels } from "../src/kernels/wasm_kernels.js";
import { loadParams, type ModelParams, type TensorSource } from "../src/weights/params.js";
import { STREAM_BYTES, median, weightBytes as elementBytes } from "./kernels.js";
import { machineLine } from "./machine.js";

export interface E2eOptions {
  cfg: LanguageModelConfig;
  source: TensorSource;
  weightsLabel: string;
  kernels: Kernels;
  promptTokens: number;
  genTokens: number;
  tsPromptTokens: number;
  tsGenTokens: number;
  tsBaseline: boolean;
  json: boolean;
  /** Bytes of the streaming read (default STREAM_BYTES, far beyond any cache). */
  streamBytes?: number;
}

export interface E2eResult {
  bench: "e2e";
  config: string;
  weights: string;
  /** The layers' matmul weights as loaded: f32, bf16, or i8 (8-bit, dequantized on the fly). */
  weight_dtype: string;
  fprop_dtype: string;
  impl: string;
  threads: number;
  prompt_tokens: number;
  gen_tokens: number;
  load_s: number;
  prefill_tokens_per_s: number;
  decode_tokens_per_s: number;
  /** Bytes of weights one decode step reads (decodeWeightBytes), and at the decode rate, GB/s. */
  decode_weight_bytes: number;
  decode_weight_gbps: number;
  /** The streaming read of the same run at the same thread count, GB/s (WebAssembly kernels only, else null). */
  stream_read_gbps: number | null;
  peak_rss_mib: number;
}

const log = (s: string) => process.stderr.write(s + "\n");

function argmax(x: Float32Array): number {
  let best = 0;
  for (let i = 1; i < x.length; i++) if (x[i] > x[best]) best = i;
  return best;
}

/** The smallest streaming read worth a number: beyond most L3 caches (32 MiB here). */
const MIN_STREAM_BYTES = 64 << 20;

/** Bytes of a weight as the kernels read it: its elements, and an 8-bit weight's float32 scales [G, N]. */
function weightBytes(w: Weight): number {
  return elementBytes(w) + (w.dtype === "i8" ? 4 * (w.scaleGroups ?? 1) * w.N : 0);
}

/**
 * Bytes of weights one decode step of one row reads: the output head (the embeddings
 * [V, D], read whole), and per layer the attention projections and either the router and
 * the k experts it picks (every token picks k, whichever they are) or the dense block.
 * Norm scales (D floats each) and the KV cache are left out.
 */
export function decodeWeightBytes(cfg: LanguageModelConfig, p: ModelParams): number {
  let bytes = weightBytes(p.embeddings);
  for (const layer of p.layers) {
    const a = layer.attention;
    bytes += weightBytes(a.query) + weightBytes(a.key) + weightBytes(a.value) + weightBytes(a.linear);
    const ffn = layer.moe ? layer.moe.expert(0) : layer.dense!;
    const perExpert = weightBytes(ffn.linear) + weightBytes(ffn.linear_v) + weightBytes(ffn.linear_1);
    bytes += layer.moe ? weightBytes(layer.moe.router) + cfg.model.num_selected_experts * perExpert : perExpert;
  }
  return bytes;
}

/**
 * The streaming read of `bytes` on the kernels' threads, GB/s (median over about a
 * second); of half as many where the model's weights leave no room, down to 64 MiB, then null.
 */
async function streamReadGbps(kernels: WasmKernels, bytes: number): Promise<number | null> {
  let reader: ReturnType<WasmKernels["streamReader"]>;
  for (;;) {
    try {
      reader = kernels.streamReader(bytes);
      break;
    } catch (e) {
      if (!(e instanceof UserError)) throw e; // no room in the first memory
    }
    bytes /= 2;
    if (bytes < MIN_STREAM_BYTES) return null;
  }
  try {
    return bytes / (await median({ call: () => reader.read() }, 1000, 5)) / 1e6;
  } finally {
    reader.release();
  }
}

/**
 * Prompt ids: a fixed pseudo-random sequence of non-pad tokens in [1, 30000] (also the
 * prompt of the llama.cpp baseline, bench/compare/llama/bench.mjs).
 */
export function promptIds(vocabSize: number, n: number): Int32Array {
  const ids = new Int32Array(n);
  let s = 12345;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    ids[i] = 1 + (s % Math.min(vocabSize - 1, 30000));
  }
  return ids;
}

async function measure(
  cfg: LanguageModelConfig,
  params: LanguageModelParams,
  kernels: Kernels,
  P: number,
  G: number,
): Promise<{ prefill: number; decode: number }> {
  const ctx: ForwardContext = { cfg, kernels, dtype: cfg.fprop_dtype };
  const ids = promptIds(cfg.vocab_size, P);
  // the KV cache as `grok1 generate` makes it: in the kernels' memory where they offer it
  const fresh = () => initMemory(cfg, 1, Math.min(cfg.sequence_len, P + G + 4), kernels);
  let memory: Memory = fresh();
  let next = 0;

  const prefillBench = new Bench({ name: "prefill", iterations: 2, warmup: false, time: 0 });
  prefillBench.add(`prefill ${kernels.name}`, () => {
    releaseMemory(memory, kernels);
    memory = fresh();
    const logits = languageModel(ctx, params, { tokens: ids, B: 1, T: P, memory, lastPositions: Int32Array.of(P - 1) }).logits;
    next = argmax(logits.data);
  });
  await prefillBench.run();
  const prefillMs = prefillBench.tasks[0].result.state === "completed" ? prefillBench.tasks[0].result.latency.p50 : NaN;
  log(`  ${kernels.name}: prefill ${P} tokens: ${prefillMs.toFixed(1)} ms`);

  const decodeBench = new Bench({ name: "decode", iterations: G, warmup: false, time: 0 });
  decodeBench.add(`decode ${kernels.name}`, () => {
    const logits = languageModel(ctx, params, { tokens: Int32Array.of(next), B: 1, T: 1, memory }).logits;
    next = argmax(logits.data);
  });
  await decodeBench.run();
  const r = decodeBench.tasks[0].result;
  const decodeMs = r.state === "completed" ? r.latency.p50 : NaN;
  log(`  ${kernels.name}: decode: ${decodeMs.toFixed(2)} ms per token (median of ${G})`);
  releaseMemory(memory, kernels);
  return { prefill: (1000 * P) / prefillMs, decode: 1000 / decodeMs };
}

export async function runE2eBench(o: E2eOptions): Promise<E2eResult[]> {
  const { cfg } = o;
  log(`e2e: ${machineLine()}`);
  const t0 = performance.now();
  log(`e2e: loading ${cfg.name ?? "config"} (${o.weightsLabel}, fprop ${cfg.fprop_dtype})...`);
  // as `grok1 generate` loads (model_source.ts): the WebAssembly kernels take each layer's
  // weights over, unless the TypeScript baseline still needs the arrays
  const tsRuns = o.tsBaseline && o.kernels.name !== "ts";
  const p = loadParams(cfg, o.source, undefined, tsRuns ? undefined : kernelsHandOver(o.kernels));
  const params: LanguageModelParams = { embeddings: p.embeddings, rms_norm: p.rms_norm, layer: (i) => p.layers[i] };
  const loadS = (performance.now() - t0) / 1000;
  const weightBytesPerToken = decodeWeightBytes(cfg, p);

  const runs: { kernels: Kernels; threads: number; P: number; G: number }[] = [
    { kernels: o.kernels, threads: (o.kernels as { threads?: number }).threads ?? 1, P: o.promptTokens, G: o.genTokens },
  ];
  if (tsRuns) runs.push({ kernels: tsKernels, threads: 1, P: o.tsPromptTokens, G: o.tsGenTokens });

  const results: E2eResult[] = [];
  for (const run of runs) {
    const m = await measure(cfg, params, run.kernels, run.P, run.G);
    results.push({
      bench: "e2e",
      config: cfg.name ?? "custom",
      weights: o.weightsLabel,
      weight_dtype: p.layers[0]?.attention.query.dtype ?? p.embeddings.dtype,
      fprop_dtype: cfg.fprop_dtype,
      impl: run.kernels.name,
      threads: run.threads,
      prompt_tokens: run.P,
      gen_tokens: run.G,
      load_s: loadS,
      prefill_tokens_per_s: m.prefill,
      decode_tokens_per_s: m.decode,
      decode_weight_bytes: weightBytesPerToken,
      decode_weight_gbps: (weightBytesPerToken * m.decode) / 1e9,
      stream_read_gbps: null, // measured after the runs, below
      peak_rss_mib: process.resourceUsage().maxRSS / 1024,
    });
  }
  // the memory read baseline, last: its buffer must not count in the runs' peak memory
  if (o.kernels instanceof WasmKernels) {
    const gbps = await streamReadGbps(o.kernels, o.streamBytes ?? STREAM_BYTES);
    log(gbps === null ? "e2e: no room left in the kernels' memory for the streaming read" : `e2e: streaming read ${gbps.toFixed(1)} GB/s on ${results[0].threads} thread(s)`);
    results[0].stream_read_gbps = gbps;
  }
  if (o.json) for (const r of results) process.stdout.write(JSON.stringify(r) + "\n");
  else {
    for (const r of results)
      process.stdout.write(
        `${r.impl.padEnd(20)} threads ${r.threads}  prefill ${r.prefill_tokens_per_s.toFixed(1).padStart(8)} tok/s  decode ${r.decode_tokens_per_s.toFixed(2).padStart(8)} tok/s  peak RSS ${r.peak_rss_mib.toFixed(0)} MiB\n`,
      );
    const r = results[0];
    if (r.stream_read_gbps !== null) {
      process.stdout.write(
        `decode reads ${(r.decode_weight_bytes / 1e9).toFixed(3)} GB of weights per token: ${r.decode_weight_gbps.toFixed(1)} GB/s, ` +
          `${((100 * r.decode_weight_gbps) / r.stream_read_gbps).toFixed(0)} % of the streaming read (${r.stream_read_gbps.toFixed(1)} GB/s)\n`,
      );
    }
    if (results.length === 2)
      process.stdout.write(
        `speedup over ts kernels: prefill ${(results[0].prefill_tokens_per_s / results[1].prefill_tokens_per_s).toFixed(1)}×, decode ${(results[0].decode_tokens_per_s / results[1].decode_tokens_per_s).toFixed(1)}×\n`,
      );
  }
  return results;
}
