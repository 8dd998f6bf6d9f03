#!/usr/bin/env node
/**
 * compare.mjs: sanity check that a GGUF written by to_gguf.mjs computes the same model
 * in llama.cpp as grok1.ts does: runs the tokens of a `grok1 trace` file through
 * llama.cpp (one batch, output at every position) and compares the next-token
 * distributions with the trace's `language_model/logits`.
 *
 *   node compare.mjs MODEL.gguf TRACE.safetensors [--kv f32|f16] [--threads N]
 *
 * node-llama-cpp exposes probabilities, not logits: with greedy sampling they are the
 * softmax of the raw logits, so log p = logits − logsumexp(logits). We compare
 * log-softmax values (that constant cancels), top-1 and top-5 tokens per position.
 */
import { SafetensorsFile } from "../../../dist/src/weights/safetensors.js";
import { importBaseline } from "../baselines.mjs";

const { getLlama, LlamaLogLevel } = await importBaseline("node-llama-cpp");

function usage(msg) {
  if (msg) process.stderr.write(`compare: ${msg}\n`);
  process.stderr.write("usage: node compare.mjs MODEL.gguf TRACE.safetensors [--kv f32|f16] [--threads N]\n");
  process.exit(2);
}

const argv = process.argv.slice(2);
const pos = [];
const opt = { kv: "f32", threads: 1 };
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === "--kv") opt.kv = argv[++i];
  else if (argv[i] === "--threads") opt.threads = Number(argv[++i]);
  else if (argv[i].startsWith("--")) usage(`unknown flag ${argv[i]}`);
  else pos.push(argv[i]);
}
if (pos.length !== 2 || !["f32", "f16"].includes(opt.kv)) usage();
const [ggufPath, tracePath] = pos;

// ---- the trace (grok1.ts) ----
const trace = SafetensorsFile.open(tracePath);
const rows = JSON.parse(trace.metadata.tokens);
if (rows.length !== 1) usage("the trace must have exactly one row of tokens");
const tokens = rows[0];
if (!trace.has("language_model/logits")) usage(`${tracePath} has no language_model/logits`);
const [, T, V] = trace.info("language_model/logits").shape;
const ours = trace.read("language_model/logits"); // float32, as every trace activation

// ---- llama.cpp ----
const llama = await getLlama({ gpu: false, build: "never", logLevel: LlamaLogLevel.warn });
const model = await llama.loadModel({ modelPath: ggufPath });
const kvType = opt.kv === "f32" ? "F32" : "F16";
const context = await model.createContext({
  contextSize: 256, batchSize: 256, threads: { ideal: opt.threads, min: opt.threads },
  experimentalKvCacheKeyType: kvType, experimentalKvCacheValueType: kvType,
});
const seq = context.getSequence();
const out = await seq.controlledEvaluate(
  tokens.map((t) => [t, { generateNext: { probabilities: true, options: { temperature: 0 } } }]),
);

// ---- compare ----
function logSoftmax(x) {
  let m = -Infinity;
  for (const v of x) if (v > m) m = v;
  let s = 0;
  for (const v of x) s += Math.exp(v - m);
  const lse = m + Math.log(s);
  return Float64Array.from(x, (v) => v - lse);
}
const topK = (x, k) => Array.from(x.keys()).sort((a, b) => x[b] - x[a]).slice(0, k);

let worstLsm = 0, worstTop = 0, top1Agree = 0, top5Agree = 0, sumAbs = 0, n = 0;
const perPos = [];
for (let t = 0; t < T; t++) {
  const ourRow = ours.subarray(t * V, (t + 1) * V);
  const ourLsm = logSoftmax(ourRow);
  const probs = out[t]?.next?.probabilities;
  if (!probs || probs.size !== V) throw new Error(`position ${t}: llama.cpp returned ${probs?.size} probabilities, expected ${V}`);
  const theirLsm = new Float64Array(V).fill(-Infinity);
  for (const [tok, p] of probs) theirLsm[tok] = Math.log(p);
  let maxd = 0, maxdTop = 0;
  const ourTop100 = new Set(topK(ourLsm, 100));
  for (let i = 0; i < V; i++) {
    const d = Math.abs(theirLsm[i] - ourLsm[i]);
    if (!Number.isFinite(d)) continue; // an underflowed probability
    maxd = Math.max(maxd, d);
    if (ourTop100.has(i)) maxdTop = Math.max(maxdTop, d);
    sumAbs += d;
    n++;
  }
  const ot = topK(ourLsm, 5), tt = topK(theirLsm, 5);
  if (ot[0] === tt[0]) top1Agree++;
  if (ot.every((x, i) => x === tt[i])) top5Agree++;
  worstLsm = Math.max(worstLsm, maxd);
  worstTop = Math.max(worstTop, maxdTop);
  perPos.push({ pos: t, token: tokens[t], ours_top5: ot, llama_top5: tt, max_abs_logsoftmax_diff: +maxd.toFixed(5) });
}
// logit spread, for scale: the std of our logits
let mean = 0;
for (const v of ours) mean += v;
mean /= ours.length;
let varr = 0;
for (const v of ours) varr += (v - mean) ** 2;
const std = Math.sqrt(varr / ours.length);

for (const p of perPos) process.stderr.write(`${JSON.stringify(p)}\n`);
process.stdout.write(
  JSON.stringify({
    gguf: ggufPath, trace: tracePath, kv_cache: kvType, positions: T, vocab: V,
    our_logit_std: +std.toFixed(4),
    max_abs_logsoftmax_diff: +worstLsm.toFixed(5),
    max_abs_logsoftmax_diff_our_top100: +worstTop.toFixed(5),
    mean_abs_logsoftmax_diff: +(sumAbs / n).toFixed(6),
    top1_agree: `${top1Agree}/${T}`,
    top5_order_agree: `${top5Agree}/${T}`,
  }) + "\n",
);
await model.dispose();
await llama.dispose();
