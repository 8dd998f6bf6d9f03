/**
 * Smoke runs of the kernel benchmarks (tiny shapes), of the whole-model benchmark on
 * the tiny preset and of the tokenizer and sampling benchmarks, so the bench code does
 * not rot. They check that the numbers exist, are positive and come in the documented
 * JSON form, never how large they are; and the side-by-side summary's arithmetic on
 * made-up lines.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it, onTestFinished, vi } from "vitest";
import { runE2eBench } from "../bench/e2e.js";
import { runFullLayerBench } from "../bench/full_layer.js";
import { runKernelBench } from "../bench/kernels.js";
import { runSamplingBench } from "../bench/sampling.js";
import { runTokenizerBench } from "../bench/tokenizer.js";
import { PRESETS } from "../src/config.js";
import { closeKernels, createKernels } from "../src/kernels/select.js";
import { RandomSource } from "../src/weights/init.js";

const kernels = await createKernels({ impl: "wasm", threads: 2 });
afterAll(() => closeKernels(kernels));

it("bench (kernels) prints one JSON line per measurement, and a table with each row's comparison", async () => {
  const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  const err = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  try {
    await runKernelBench({ quick: false, json: true, smoke: true, threads: [1, 2] });
    const lines = out.mock.calls.map((c) => String(c[0])).join("").trim().split("\n").map((l) => JSON.parse(l));
    for (const r of lines) {
      expect(Object.keys(r).sort()).toEqual(["dtype", "gbps", "gflops", "impl", "kernel", "median_ms", "read_gbps", "shape", "threads"]);
      expect(r.shape).toHaveLength(3);
      expect(r.median_ms).toBeGreaterThan(0);
      if (r.gflops !== null) expect(r.gflops).toBeGreaterThan(0);
    }
    const kernels = new Set(lines.map((r) => r.kernel));
    for (const k of ["stream_read", "simd_peak", "matmul", "rmsNorm", "gelu", "softmax", "rope", "attention decode", "attention prefill", "attention causal", "attention decode in place", "expert ffn"]) expect(kernels.has(k), k).toBe(true);
    expect(new Set(lines.map((r) => r.threads))).toEqual(new Set([1, 2]));
    expect(lines.some((r) => r.impl === "ts")).toBe(true);
    const matmuls = lines.filter((r) => r.kernel === "matmul");
    expect(new Set(matmuls.map((r) => r.dtype))).toEqual(new Set(["f32", "bf16", "i8", "i8-bf16"]));
    expect(matmuls.some((r) => r.shape[0] === 1) && matmuls.some((r) => r.shape[0] > 4)).toBe(true); // decode and prefill
    // each WebAssembly decode matmul is followed by its own streaming read; no other row has one
    for (const r of lines) {
      if (r.kernel === "matmul" && r.impl !== "ts" && r.shape[0] === 1) expect(r.read_gbps, JSON.stringify(r)).toBeGreaterThan(0);
      else expect(r.read_gbps, JSON.stringify(r)).toBeNull();
    }

    out.mockClear();
    await runKernelBench({ quick: false, json: false, smoke: true, threads: [1] });
    const table = out.mock.calls.map((c) => String(c[0])).join("");
    expect(table).toMatch(/% of read bw/);
    expect(table).toMatch(/% of SIMD peak/);
    expect(table).toMatch(/× ts/);
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
});

it("bench --e2e runs on grok-1-tiny and reports prefill and decode rates for both kernels", async () => {
  const cfg = structuredClone(PRESETS["grok-1-tiny"]);
  const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  const err = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  try {
    const results = await runE2eBench({
      cfg,
      source: new RandomSource(cfg, { seed: 0, quantize: true, scalesDtype: "BF16" }),
      weightsLabel: "random int8",
      kernels,
      promptTokens: 8,
      genTokens: 3,
      tsPromptTokens: 4,
      tsGenTokens: 2,
      tsBaseline: true,
      json: true,
      streamBytes: 1 << 20,
    });
    expect(results.map((r) => r.impl)).toEqual([kernels.name, "ts"]);
    // one decode step of grok-1-tiny (V 512, D 48, 6 q / 1 kv heads of 8, F 256, 2 layers,
    // top-2 of 8), int8 with float32 scales [1, N] in memory, float32 embeddings and router:
    const head = 512 * 48 * 4;
    const attention = 2 * (48 * 48 + 4 * 48) + 2 * (48 * 8 + 4 * 8); // query and linear, key and value
    const expert = 2 * (48 * 256 + 4 * 256) + (256 * 48 + 4 * 48); // linear and linear_v, linear_1
    const router = 48 * 8 * 4;
    for (const r of results) {
      expect(r.prefill_tokens_per_s).toBeGreaterThan(0);
      expect(r.decode_tokens_per_s).toBeGreaterThan(0);
      expect(r.peak_rss_mib).toBeGreaterThan(0);
      expect(r.decode_weight_bytes).toBe(head + 2 * (attention + router + 2 * expert));
      expect(r.decode_weight_gbps).toBeCloseTo((r.decode_weight_bytes * r.decode_tokens_per_s) / 1e9, 12);
    }
    expect(results[0].stream_read_gbps).toBeGreaterThan(0); // the WebAssembly run's baseline
    expect(results[1].stream_read_gbps).toBeNull();
    const lines = out.mock.calls.map((c) => String(c[0])).join("").trim().split("\n");
    expect(lines.map((l) => JSON.parse(l).bench)).toEqual(["e2e", "e2e"]);
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
});

it("bench --full-layer runs on a small layer (written to a temporary folder) and reports every phase", async () => {
  const dir = mkdtempSync(join(tmpdir(), "grok1-full-layer-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  const err = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  try {
    const r = await runFullLayerBench({ cfg: PRESETS["grok-1-tiny"], dir, promptTokens: 4, genTokens: 1, json: true, kernels });
    expect(r.phases.map((p) => p.phase)).toEqual(["prefill cold", "prefill warm", "decode cold", "decode warm", "read-ahead off", "read-ahead on"]);
    for (const p of r.phases) expect(p.per_token_s).toBeGreaterThan(0);
    expect(r.phases.find((p) => p.phase === "decode cold")!.expert_reads).toBeGreaterThan(0);
    expect(r.expert_read.whole_s).toBeGreaterThan(0);
    expect(r.expert_read.split_s).toBeGreaterThan(0);
    expect(r.extrapolated_64.decode_s_per_token_page_cache).toBeGreaterThan(0);
    expect(JSON.parse(out.mock.calls.map((c) => String(c[0])).join("").trim().split("\n").at(-1)!).bench).toBe("full-layer");
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
});

it("bench --sampling draws in every setting and reports each in the documented JSON form", async () => {
  const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  const err = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  try {
    const results = await runSamplingBench({ quick: true, json: true });
    const lines = out.mock.calls.map((c) => String(c[0])).join("").trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toEqual(results);
    expect(new Set(lines.map((r) => `${r.temperature} ${r.top_p} ${r.dtype}`)).size).toBe(5);
    for (const r of lines) {
      expect(Object.keys(r).sort()).toEqual(["bench", "dtype", "ms", "runs", "task", "temperature", "top_p", "vocab"]);
      expect(r.vocab).toBe(131072);
      expect(r.ms).toBeGreaterThan(0);
      expect(r.runs).toBeGreaterThan(0);
    }
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
});

it("bench --tokenizer loads the tokenizer, encodes and decodes, and reports each task in the documented JSON form", async () => {
  const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  try {
    await runTokenizerBench({ quick: true, json: true });
    const lines = out.mock.calls.map((c) => String(c[0])).join("").trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((r) => r.task)).toEqual(["load tokenizer.model", "encode 1 MiB, first", "encode 1 MiB", "decode 1 MiB", "encode 1 MiB, no space", "encode prompt"]);
    for (const r of lines) {
      expect(Object.keys(r).sort()).toEqual(["bench", "input_bytes", "mib_per_s", "ms", "runs", "task", "tokens"]);
      expect(r.bench).toBe("tokenizer");
      expect(r.ms).toBeGreaterThanOrEqual(0); // a short prompt may take less than the clock's tick
      if (r.input_bytes > 1000) expect(r.ms).toBeGreaterThan(0);
      expect(r.tokens).toBeGreaterThan(0);
    }
    expect(lines[0].tokens).toBe(131072); // the vocabulary
  } finally {
    out.mockRestore();
  }
}, 60_000);

it("bench/compare/summarize.mjs takes each ratio within a run and prints its range over runs", () => {
  const dir = mkdtempSync(join(tmpdir(), "grok1-summarize-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  // two runs: our prefill at 60 and 50 GFLOP/s against onnxruntime-web's 30 and 40
  const run = (ours: number, ort: number) => [
    { kernel: "matmul", dtype: "f32", shape: [128, 1024, 4096], threads: 1, impl: "wasm-relaxed-simd", median_ms: 1, gflops: ours, gbps: 1 },
    { impl: "onnxruntime-web", shape: [128, 1024, 4096], threads: 1, gflops: ort, b: "initializer" },
    { kernel: "simd_peak", dtype: "f32", shape: [1, 1, 1], threads: 1, impl: "wasm-relaxed-simd", median_ms: 1, gflops: 100, gbps: null },
    // decode: 28 GB/s against the read measured right after it (30), not the run's first read (40)
    { kernel: "stream_read", dtype: "u8", shape: [1, 1, 1], threads: 1, impl: "wasm-simd", median_ms: 1, gflops: null, gbps: 40, read_gbps: null },
    { kernel: "matmul", dtype: "bf16", shape: [1, 6144, 32768], threads: 1, impl: "wasm-relaxed-simd", median_ms: 1, gflops: 1, gbps: 28, read_gbps: 30 },
    // the whole model: llama.cpp bf16 at 20 tokens/s; our int8 with f32 scales at 30, with bf16 scales at 14
    { impl: "llama.cpp", dtype: "bf16", threads: 1, decode_tok_s: 20, prefill_tok_s: 100 },
    { bench: "e2e", impl: "wasm-relaxed-simd", weights: "random int8", weight_dtype: "i8", fprop_dtype: "bfloat16", threads: 1, decode_tokens_per_s: 30, prefill_tokens_per_s: 50 },
    { bench: "e2e", impl: "wasm-relaxed-simd", weights: "/m/grok-1-mid-int8-bf16scales.safetensors", weight_dtype: "i8", fprop_dtype: "bfloat16", threads: 1, decode_tokens_per_s: 14, prefill_tokens_per_s: 50 },
  ];
  for (const [i, lines] of [run(60, 30), run(50, 40)].entries()) {
    mkdirSync(join(dir, `run${i + 1}`));
    writeFileSync(join(dir, `run${i + 1}`, "all.jsonl"), lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
  }
  const table = execFileSync(process.execPath, ["bench/compare/summarize.mjs", dir], { encoding: "utf8" });
  expect(table).toContain("2 run(s)");
  expect(table).toMatch(/\| prefill ≥ 1\.6× onnxruntime-web \| 128×1024×4096, 1 thread\(s\), GFLOP\/s \| 50–60 \| 30–40 \| 1\.25–2\.00 \| ≥ 1\.6 \| met in 1 of 2 runs \|/);
  expect(table).toMatch(/\| prefill ≥ 1\.6× onnxruntime-web \| 512×2048×2048, 1 thread\(s\), GFLOP\/s \| missing \| missing \| missing \| ≥ 1\.6 \| not measured \|/);
  expect(table).toMatch(/\| int8 decode ≥ 1\.3× llama\.cpp bf16 \| our int8, f32 scales \(bfloat16 mode\) vs its bf16, 1 thread\(s\), tokens\/s \| 30 \| 20 \| 1\.50 \|/);
  expect(table).toMatch(/\| int8 decode ≥ 1\.3× llama\.cpp bf16 \| our int8, bf16 scales as released \(bfloat16 mode\) vs its bf16, 1 thread\(s\), tokens\/s \| 14 \| 20 \| 0\.70 \|/);
  expect(table).toMatch(/\| decode reads W at ≥ 90 % of bandwidth \| bf16 6144×32768, 1 thread\(s\), GB\/s \| 28 \| 30 \| 0\.93 \| ≥ 0\.9 \| met \|/);
  // a context row: no goal, no verdict
  expect(table).toMatch(/\| \(context\) prefill against the SIMD multiply-add peak \| 128×1024×4096, 1 thread\(s\), GFLOP\/s \| 50–60 \| 100 \| 0\.50–0\.60 \|  \|  \|/);
});

it("bench/summarize_scaling.mjs sets each decode row against the read after it, or the run's first read in older files", () => {
  const dir = mkdtempSync(join(tmpdir(), "grok1-scaling-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const row = (kernel: string, shape: number[], threads: number, ms: number, gbps: number | null, read?: number | null) => ({
    kernel, dtype: kernel === "stream_read" ? "u8" : "bf16", shape, threads, impl: "wasm-relaxed-simd", median_ms: ms, gflops: null, gbps, ...(read === undefined ? {} : { read_gbps: read }),
  });
  const write = (rows: object[]) => writeFileSync(join(dir, "kernels.jsonl"), rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
  const summary = () => execFileSync(process.execPath, ["bench/summarize_scaling.mjs", dir], { encoding: "utf8" });
  // the run's first read: 40 and 80 GB/s; the decode rows' own reads: 30 and 60; the cached shape has none
  write([
    row("stream_read", [1, 1, 1], 1, 2, 40, null), row("stream_read", [1, 1, 1], 2, 1, 80, null),
    row("matmul", [1, 64, 64], 1, 2, 27, 30), row("matmul", [1, 64, 64], 2, 1, 54, 60),
    row("matmul", [1, 2048, 1024], 1, 1, 50, null),
  ]);
  let table = summary();
  expect(table).toMatch(/\| matmul bf16 \[1, 64, 64\] relaxed-simd +\| 27\.0 GB\/s 1\.00× \(90% bw\) +\| 54\.0 GB\/s 2\.00× \(90% bw\) +\|/);
  expect(table).toMatch(/\| matmul bf16 \[1, 2048, 1024\] relaxed-simd +\| 50\.0 GB\/s 1\.00× +\| - +\|/);
  // a file from before read_gbps: every decode row against the run's first read
  write([row("stream_read", [1, 1, 1], 1, 2, 40), row("matmul", [1, 64, 64], 1, 2, 27), row("matmul", [1, 2048, 1024], 1, 1, 50)]);
  table = summary();
  expect(table).toMatch(/\| matmul bf16 \[1, 64, 64\] relaxed-simd +\| 27\.0 GB\/s 1\.00× \(68% bw\) +\|/);
  expect(table).toMatch(/\| matmul bf16 \[1, 2048, 1024\] relaxed-simd +\| 50\.0 GB\/s 1\.00× \(125% bw\) +\|/);
});

it("bench/summarize_ab.mjs sets each variant against the first in the same round", () => {
  const dir = mkdtempSync(join(tmpdir(), "grok1-ab-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  // two rounds: "new" decodes at 1.10× and 0.90× of "old", prefills at 1.2× and 1.3×
  const run = (label: string, round: number, prefill: number, decode: number) =>
    JSON.stringify({ bench: "e2e", config: "grok-1-mid", weight_dtype: "bf16", threads: 16, prompt_tokens: 128, gen_tokens: 48, prefill_tokens_per_s: prefill, decode_tokens_per_s: decode, label, round });
  const lines = [run("old", 1, 100, 50), run("new", 1, 120, 55), run("old", 2, 200, 40), run("new", 2, 260, 36)];
  writeFileSync(join(dir, "ab.jsonl"), lines.join("\n") + "\n");
  const table = execFileSync(process.execPath, ["bench/summarize_ab.mjs", join(dir, "ab.jsonl")], { encoding: "utf8" });
  expect(table).toContain('grok-1-mid, bf16 weights, 16 threads, 128-token prompt, 48 decode steps; ratios against "old" in the same round');
  expect(table).toContain("| old | 2 | 150.0 | 45.00 | 1 | 1 |");
  expect(table).toContain("| new | 2 | 190.0 | 45.50 | 1.250× (1.20–1.30; faster in 2 of 2) | 1.000× (0.90–1.10; faster in 1 of 2) |");
});

it("bench/ab_e2e.sh alternates its variants on grok-1-tiny and refuses a folder without a build", () => {
  const dir = mkdtempSync(join(tmpdir(), "grok1-ab-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const env = { ...process.env, CONFIG: "grok-1-tiny", ROUNDS: "2", PROMPT: "4", GEN: "2", THREADS: "2", DTYPE: "bfloat16" };
  const table = execFileSync("bash", ["bench/ab_e2e.sh", dir, "a=.", "b=.,GROK1_SPIN_US=0"], { encoding: "utf8", env, stdio: ["ignore", "pipe", "ignore"] });
  expect(table).toMatch(/^\| b \| 2 \| [\d.]+ \| [\d.]+ \| [\d.]+× \([\d.]+–[\d.]+; faster in \d of 2\) \|/m);
  const runs = readFileSync(join(dir, "ab.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
  expect(runs.map((r) => `${r.label}${r.round}`)).toEqual(["a1", "b1", "a2", "b2"]);
  for (const r of runs) expect(r.decode_tokens_per_s).toBeGreaterThan(0);
  for (const r of runs) expect(r.fprop_dtype).toBe("bfloat16"); // DTYPE is passed as --dtype (grok-1-tiny's own is float32)
  let refused: { status: number; stderr: string } | undefined;
  try {
    execFileSync("bash", ["bench/ab_e2e.sh", dir, `x=${dir}`], { encoding: "utf8", stdio: "pipe" });
  } catch (e) {
    refused = e as { status: number; stderr: string };
  }
  expect(refused?.status).toBe(2);
  expect(refused?.stderr).toContain(`x=${dir}: not LABEL=DIR with a built grok1.ts in DIR`);
});

it("bench/ab_kernels.mjs alternates builds on a matmul, an expert (int8 rounded to bf16 too) and attention, and refuses a folder without a build", () => {
  const run = (args: string[], env: Record<string, string>) =>
    execFileSync(process.execPath, ["bench/ab_kernels.mjs", ...args], { encoding: "utf8", env: { ...process.env, ROUNDS: "2", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const matmul = run(["matmul", ".", "."], { DTYPE: "i8", SHAPE: "64x48", THREADS: "1,2", READ_MIB: "1" });
  expect(matmul).toContain("matmul i8 [1, 64, 48], 2 calls per build and thread count");
  for (const t of [1, 2]) {
    expect(matmul).toMatch(new RegExp(`^\\| ${t} \\| \\. \\| [\\d.]+ \\| [\\d.]+–[\\d.]+ \\| [\\d.]+ \\| [\\d.]+ \\| 1\\.000× \\| - \\|$`, "m"));
    expect(matmul).toMatch(new RegExp(`^\\| ${t} \\| \\. \\| [\\d.]+ \\| [\\d.]+–[\\d.]+ \\| [\\d.]+ \\| [\\d.]+ \\| [\\d.]+× \\| identical \\|$`, "m"));
  }
  const expert = run(["expert", ".", "."], { DTYPE: "bf16", SHAPE: "40x24", QUERIES: "2", THREADS: "2", READ_MIB: "1" });
  expect(expert).toContain("expert ffn bf16, 2 tokens × 40 × 24");
  expect(expert).toMatch(/^\| 2 \| \. \| [\d.]+ \| [\d.]+–[\d.]+ \| [\d.]+ \| [\d.]+ \| [\d.]+× \| identical \|$/m);
  const rounded = run(["expert", ".", "."], { DTYPE: "i8r", SHAPE: "40x24", THREADS: "1", READ_MIB: "1" });
  expect(rounded).toContain("expert ffn i8r, 1 token × 40 × 24");
  expect(rounded).toMatch(/^\| 1 \| \. \| [\d.]+ \| [\d.]+–[\d.]+ \| [\d.]+ \| [\d.]+ \| [\d.]+× \| identical \|$/m);
  const attention = run(["attention", ".", "."], { HEADS: "4/2", KH: "16", QUERIES: "3", SLOTS: "5", CAUSAL: "1", THREADS: "2" });
  expect(attention).toContain("attention 4/2 heads of 16, 3 causal queries over 5 slots");
  expect(attention).toMatch(/^\| 2 \| \. \| [\d.]+ \| [\d.]+–[\d.]+ \| [\d.]+ \| [\d.]+× \| identical \|$/m);
  for (const [args, env, message] of [
    [["matmul", "test"], {}, "test: not a built grok1.ts (no dist/src/kernels/wasm_kernels.js)"],
    [["matmul", "."], { THREADS: "1,x" }, 'THREADS=1,x: "x" is not a thread count'],
    [["attention", "."], { HEADS: "6/4" }, "attention needs HEADS q/kv (q a multiple of kv)"],
    [["expert", "."], { SHAPE: "1024" }, "expert needs DTYPE f32|bf16|i8|i8r and SHAPE as two sizes AxB (got bf16, 1024)"],
    [["softmax", "."], {}, "usage: node bench/ab_kernels.mjs matmul|expert|attention DIR"],
  ] as const) {
    let refused: { status: number; stderr: string } | undefined;
    try {
      run([...args], { ...env });
    } catch (e) {
      refused = e as { status: number; stderr: string };
    }
    expect(refused?.status, message).toBe(2);
    expect(refused?.stderr).toContain(message);
  }
});
