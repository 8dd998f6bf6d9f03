/**
 * Sampling benchmark: one token drawn from Grok-1's 131072 logits the way runners.py draws
 * it (src/sampling/sample.ts sampleToken: the temperature, the nucleus filter, the
 * Gumbel-max draw), in the settings that cost differently:
 *
 *   temperature 0.01 (generate's default), float32 and bfloat16: a few thousand of the
 *     tokens can win the draw, and only theirs is drawn;
 *   temperature 1 with top-p 0.9: the nucleus filter sorts the vocabulary;
 *   temperature 1, float32 and bfloat16: every token can win.
 *
 *   npx grok1 bench --sampling [--quick] [--json]
 *
 * The logits are fixed (uniform in ±4, from a small LCG); each draw takes the next key of
 * one row, as generate does, so the tokens that can win change from draw to draw.
 */
import { Bench } from "tinybench";
import { GROK_1 } from "../src/config.js";
import type { FpropDtype } from "../src/dtype.js";
import { SamplerKeys, sampleToken } from "../src/sampling/sample.js";

export interface SamplingBenchOptions {
  /** Fewer iterations: a smoke test of the benchmark. */
  quick: boolean;
  /** Print one JSON object per line instead of a table. */
  json: boolean;
}

export interface SamplingBenchResult {
  bench: "sampling";
  task: string;
  temperature: number;
  top_p: number;
  dtype: FpropDtype;
  vocab: number;
  /** Median time of one draw, milliseconds. */
  ms: number;
  runs: number;
}

/** Logits per draw: Grok-1's vocabulary. */
const VOCAB = GROK_1.vocab_size;

/** Logits [VOCAB] uniform in [-4, 4), deterministic. */
function benchLogits(n = VOCAB): Float32Array {
  let seed = 3;
  const logits = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    logits[i] = (seed / 2 ** 32 - 0.5) * 8;
  }
  return logits;
}

const SETTINGS: { task: string; temperature: number; topP: number; dtype: FpropDtype }[] = [
  { task: "temperature 0.01, float32", temperature: 0.01, topP: 1, dtype: "float32" },
  { task: "temperature 0.01, bfloat16", temperature: 0.01, topP: 1, dtype: "bfloat16" },
  { task: "temperature 1, top-p 0.9", temperature: 1, topP: 0.9, dtype: "float32" },
  { task: "temperature 1, float32", temperature: 1, topP: 1, dtype: "float32" },
  { task: "temperature 1, bfloat16", temperature: 1, topP: 1, dtype: "bfloat16" },
];

export async function runSamplingBench(opts: SamplingBenchOptions): Promise<SamplingBenchResult[]> {
  const logits = benchLogits();
  const keys = new SamplerKeys([42]);
  const bench = new Bench({ name: "sampling", iterations: opts.quick ? 3 : 50, time: opts.quick ? 0 : 1500, warmup: !opts.quick });
  for (const s of SETTINGS) {
    const settings = { temperature: s.temperature, nucleusP: s.topP, dtype: s.dtype };
    bench.add(s.task, () => void sampleToken(logits, keys.next()[0], settings).tokenId);
  }
  process.stderr.write(`bench: sampling, ${SETTINGS.length} settings over ${VOCAB} logits\n`);
  await bench.run();
  const results = SETTINGS.map((s): SamplingBenchResult => {
    const r = bench.getTask(s.task)?.result;
    const done = r && r.state === "completed";
    return {
      bench: "sampling", task: s.task, temperature: s.temperature, top_p: s.topP, dtype: s.dtype, vocab: VOCAB,
      ms: done ? r.latency.p50 : NaN, runs: done ? r.latency.samplesCount : 0,
    };
  });

  if (opts.json) {
    for (const r of results) process.stdout.write(JSON.stringify(r) + "\n");
    return results;
  }
  process.stdout.write(`sampling: one token from ${VOCAB} logits uniform in ±4 (sampleToken)\n`);
  for (const r of results) {
    process.stdout.write(`${r.task.padEnd(28)} ${r.ms.toFixed(3).padStart(8)} ms  ${(1000 / r.ms).toFixed(0).padStart(6)} draws/s  (median of ${r.runs})\n`);
  }
  return results;
}
