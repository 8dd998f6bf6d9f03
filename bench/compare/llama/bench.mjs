#!/usr/bin/env node
/**
 * bench.mjs: llama.cpp (native, through node-llama-cpp's prebuilt CPU binaries) prefill
 * and decode tokens/s on a GGUF written by to_gguf.mjs: the baseline next to
 * `grok1 bench --e2e` (bench/e2e.ts in grok1.ts), measured the same way:
 *
 *   prefill: P prompt tokens in one batch into an empty KV cache, logits for the last
 *            position only, then a greedy pick (like llama-bench's pp P);
 *   decode:  G single-token steps with the cache, each computing the full logits and
 *            picking greedily (like llama-bench's tg G).
 *
 * Each rep starts from a cleared KV cache; rates are medians over reps (after warm-up
 * reps that are not counted). The prompt is grok1.ts bench's fixed pseudo-random ids.
 *
 *   node bench.mjs MODEL.gguf --threads N [--prompt-tokens 128] [--gen-tokens 32]
 *                  [--reps 3] [--warmup 1] [--kv f16|f32] [--verbose]
 *
 * Prints one JSON line on stdout; progress on stderr. prefill_tok_s / decode_tok_s come
 * from llama.cpp's own timers (llama_perf_context "prompt eval" / "eval": the time in its
 * decode calls, as llama-bench measures); *_wall are wall-clock rates measured here, which
 * add node-llama-cpp's per-call overhead and its greedy sampler over the whole vocab.
 */
import fs from "node:fs";
import { promptIds } from "../../../dist/bench/e2e.js";
import { importBaseline } from "../baselines.mjs";

const { getLlama, LlamaLogLevel, readGgufFileInfo } = await importBaseline("node-llama-cpp");

const log = (s) => process.stderr.write(s + "\n");

function usage(msg) {
  if (msg) log(`bench: ${msg}`);
  log("usage: node bench.mjs MODEL.gguf --threads N [--prompt-tokens 128] [--gen-tokens 32] [--reps 3] [--warmup 1] [--kv f16|f32] [--verbose]");
  process.exit(2);
}

function parseArgs(argv) {
  const o = { threads: null, promptTokens: 128, genTokens: 32, reps: 3, warmup: 1, kv: "f16", verbose: false };
  const ints = { "--threads": "threads", "--prompt-tokens": "promptTokens", "--gen-tokens": "genTokens", "--reps": "reps", "--warmup": "warmup" };
  const pos = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a in ints) {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 0) usage(`${a} needs a non-negative integer`);
      o[ints[a]] = v;
    } else if (a === "--kv") o.kv = argv[++i];
    else if (a === "--verbose") o.verbose = true;
    else if (a === "-h" || a === "--help") usage();
    else if (a.startsWith("--")) usage(`unknown flag ${a}`);
    else pos.push(a);
  }
  if (pos.length !== 1) usage("expected one MODEL.gguf");
  if (!o.threads) usage("--threads N is required (N >= 1)");
  if (o.promptTokens < 1 || o.genTokens < 1 || o.reps < 1) usage("--prompt-tokens, --gen-tokens and --reps must be >= 1");
  if (!["f16", "f32"].includes(o.kv)) usage("--kv must be f16 or f32");
  if (!fs.existsSync(pos[0])) usage(`${pos[0]}: no such file`);
  return { gguf: pos[0], ...o };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The ggml CPU backend variant the process loaded (ggml picks the best one for this CPU). */
function cpuBackend() {
  const maps = fs.readFileSync("/proc/self/maps", "utf8");
  const m = maps.match(/libggml-cpu(-[\w.]+)?\.so/);
  return m ? m[0].replace(/^lib|\.so$/g, "") : "unknown";
}

const FILE_TYPES = { 0: "f32", 1: "f16", 32: "bf16" }; // llama_ftype (llama.h)
const GREEDY = { generateNext: { token: true, options: { temperature: 0 } } };

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const info = await readGgufFileInfo(o.gguf, { readTensorInfo: false });
  const meta = info.metadata;
  const arch = meta.general.architecture;
  const V = meta.tokenizer?.ggml?.tokens?.length ?? meta[arch]?.vocab_size;

  // llama.cpp's log lines: kept to find the CPU backend variant and the perf timers
  const lines = [];
  const llama = await getLlama({
    gpu: false, build: "never", maxThreads: o.threads, logLevel: LlamaLogLevel.debug,
    logger: (level, message) => {
      lines.push(message);
      if (o.verbose || level === LlamaLogLevel.error || level === LlamaLogLevel.fatal || (level === LlamaLogLevel.warn && !/forcing off/.test(message)))
        process.stderr.write(`[llama.cpp ${level}] ${message.trimEnd()}\n`);
    },
  });
  const backend = cpuBackend();
  log(`bench: llama.cpp ${llama.llamaCppRelease.release} (${llama.buildType}), backend ${backend}`);
  log(`bench: ${llama.systemInfo.trim()}`);

  const t0 = performance.now();
  const model = await llama.loadModel({ modelPath: o.gguf });
  const loadS = (performance.now() - t0) / 1000;
  const P = o.promptTokens, G = o.genTokens;
  const kvType = o.kv.toUpperCase();
  const context = await model.createContext({
    contextSize: P + G + 8, batchSize: P, sequences: 1, flashAttention: false,
    threads: { ideal: o.threads, min: o.threads },
    experimentalKvCacheKeyType: kvType, experimentalKvCacheValueType: kvType,
    performanceTracking: true,
  });
  const seq = context.getSequence();
  log(`bench: ${meta.general.name} (${o.gguf}) loaded in ${loadS.toFixed(2)} s; context ${context.contextSize}, batch ${context.batchSize}, threads ${context.currentThreads}, KV ${kvType}`);

  /** llama.cpp's perf counters since the last call (and resets them). */
  const perfSinceLast = async () => {
    const from = lines.length;
    await context.printTimings();
    await new Promise((r) => setTimeout(r, 20)); // log lines arrive through a thread-safe callback
    const text = lines.slice(from).join("");
    const grab = (re) => { const m = text.match(re); return m ? { ms: Number(m[1]), n: Number(m[2]) } : null; };
    return {
      prompt: grab(/prompt eval time =\s*([\d.]+) ms \/\s*(\d+) tokens/),
      eval: grab(/\beval time =\s*([\d.]+) ms \/\s*(\d+) runs/),
    };
  };

  const ids = Array.from(promptIds(V, P)); // the prompt of grok1 bench --e2e
  const runs = [];
  for (let rep = -o.warmup; rep < o.reps; rep++) {
    await seq.clearHistory();
    await perfSinceLast();
    const tp = performance.now();
    const out = await seq.controlledEvaluate(ids.map((t, i) => (i === P - 1 ? [t, GREEDY] : t)));
    const prefillMs = performance.now() - tp;
    let next = out[P - 1]?.next?.token;
    if (next == null) throw new Error("llama.cpp returned no token after the prompt");
    const prefillPerf = await perfSinceLast();

    const stepMs = [];
    const td = performance.now();
    for (let g = 0; g < G; g++) {
      const ts = performance.now();
      const r = await seq.controlledEvaluate([[next, GREEDY]]);
      stepMs.push(performance.now() - ts);
      next = r[0]?.next?.token;
      if (next == null) throw new Error(`llama.cpp returned no token at decode step ${g}`);
    }
    const decodeMs = performance.now() - td;
    const decodePerf = await perfSinceLast();

    const run = {
      prefill_tok_s: (1000 * P) / prefillMs,
      decode_tok_s: (1000 * G) / decodeMs,
      decode_step_ms_median: median(stepMs),
      prefill_tok_s_internal: prefillPerf.prompt ? (1000 * prefillPerf.prompt.n) / prefillPerf.prompt.ms : null,
      decode_tok_s_internal: decodePerf.eval ? (1000 * decodePerf.eval.n) / decodePerf.eval.ms : null,
    };
    log(
      `bench: ${rep < 0 ? "warm-up" : `rep ${rep + 1}/${o.reps}`}: prefill ${P} tok ${prefillMs.toFixed(1)} ms (${run.prefill_tok_s.toFixed(1)} tok/s), ` +
        `decode ${G} tok ${decodeMs.toFixed(1)} ms (${run.decode_tok_s.toFixed(2)} tok/s, median step ${run.decode_step_ms_median.toFixed(2)} ms); ` +
        `llama.cpp timers: prefill ${run.prefill_tok_s_internal?.toFixed(1)} tok/s, decode ${run.decode_tok_s_internal?.toFixed(2)} tok/s`,
    );
    if (rep >= 0) runs.push(run);
  }

  const med = (k) => (runs.every((r) => r[k] != null) ? +median(runs.map((r) => r[k])).toFixed(3) : null);
  const result = {
    impl: "llama.cpp",
    llama_cpp: `${llama.llamaCppRelease.repo}@${llama.llamaCppRelease.release} via node-llama-cpp (prebuilt ${backend})`,
    model: meta.general.name,
    gguf: o.gguf,
    dtype: FILE_TYPES[meta.general.file_type] ?? String(meta.general.file_type),
    threads: o.threads,
    prompt_tokens: P,
    gen_tokens: G,
    reps: o.reps,
    kv_cache: o.kv,
    // llama.cpp's own timers around its decode calls (what llama-bench's pp/tg measure)
    prefill_tok_s: med("prefill_tok_s_internal") ?? med("prefill_tok_s"),
    decode_tok_s: med("decode_tok_s_internal") ?? med("decode_tok_s"),
    // wall-clock here: adds node-llama-cpp's per-call overhead and its greedy sampler over V
    prefill_tok_s_wall: med("prefill_tok_s"),
    decode_tok_s_wall: med("decode_tok_s"),
    decode_tok_s_wall_median_step: +(1000 / median(runs.map((r) => r.decode_step_ms_median))).toFixed(3),
    load_s: +loadS.toFixed(3),
    peak_rss_mib: Math.round(process.resourceUsage().maxRSS / 1024),
    cpu_features: llama.systemInfo.trim(),
  };
  process.stdout.write(JSON.stringify(result) + "\n");
  await context.dispose();
  await model.dispose();
  await llama.dispose();
}

main().catch((e) => {
  log(`bench: ${e?.stack ?? e}`);
  process.exit(1);
});
