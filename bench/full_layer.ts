/**
 * One full-size Grok-1 decoder layer, streamed from disk: what running the real model
 * on this machine costs, without the 300 GB download.
 *
 *   npx grok1 bench --full-layer [--dir DIR] [--memory-budget 3G] [--prompt-tokens 32] [--gen-tokens 3] [--threads N] [--json]
 *
 * The layer has Grok-1's shapes (D 6144, 48 query / 8 key-value heads of 128, 8 experts
 * of F 32768) and the released checkpoint's storage: int8 weights with bfloat16 scales,
 * G = 8 scale groups for multi_head_attention/linear and moe/linear_1 and G = 1
 * elsewhere, float32 norms and router. The weights are random; routing and cost do not
 * depend on their values. The file (~4.9 GB) is written once into DIR (default
 * os.tmpdir()/grok1-full-layer) and reused.
 *
 * Measured, for the kernels given (createKernels):
 * - the file's read rate: twice through the page cache (the first read finds whatever
 *   the cache holds, the second a cached file), and with O_DIRECT, which bypasses the
 *   cache: the disk's own rate;
 * - the memory read bandwidth (the WebAssembly kernels' streaming read);
 * - prefill of P tokens and decode steps through the layer, with the expert cache empty
 *   ("cold": every weight read; the file itself is likely in the page cache) and warm,
 *   each split into disk read, packing for the kernels, dequantize+matmul, other kernels,
 *   and the rest;
 * - decode through two layers (the one on disk, twice) with and without read-ahead;
 * - the output head (x · embeddingsᵀ, [D] × [D, V] bf16), once;
 * and extrapolated to 64 layers: seconds per token, beside the floors that disk and
 * memory bandwidth set.
 */
import { randomFillSync } from "node:crypto";
import { existsSync, mkdirSync, openSync, closeSync, readSync, statSync, statfsSync, constants as fsConstants } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Bench } from "tinybench";
import { GROK_1, type LanguageModelConfig } from "../src/config.js";
import { f32ToBf16Bits, roundBf16 } from "../src/dtype.js";
import { UserError } from "../src/errors.js";
import { errnoText } from "../src/files.js";
import type { AttentionArgs, Kernels, Weight } from "../src/kernels/kernels.js";
import { prepareWeight, releaseWeight, streamingHooks } from "../src/kernels/select.js";
import { WasmKernels } from "../src/kernels/wasm_kernels.js";
import type { ForwardContext } from "../src/model/context.js";
import { decoderLayer } from "../src/model/decoder_layer.js";
import { initMemory, releaseMemory, type Memory } from "../src/model/kv_memory.js";
import type { Tensor } from "../src/tensor.js";
import { layerParamSpecs, layerPrefix } from "../src/weights/param_specs.js";
import { SafetensorsFile, writeSafetensors, type TensorData, type TensorInfo, type TensorToWrite } from "../src/weights/safetensors.js";
import { ELEMENT_BYTES, safetensorsLocator, type TensorLocator } from "../src/weights/disk_reads.js";
import { formatBytes } from "../src/files.js";
import { StreamingLayers, type StreamingOptions, type StreamingStats } from "../src/weights/streaming.js";

export interface FullLayerOptions {
  /** Where the layer file lives (default os.tmpdir()/grok1-full-layer). */
  dir?: string;
  promptTokens: number;
  genTokens: number;
  json: boolean;
  kernels: Kernels;
  /** The streaming budget in bytes (default 3 GiB: the WebAssembly kernels address 4 GiB). */
  budgetBytes?: number;
  /** Another config's layer instead of Grok-1's (the smoke test's small one); its first layer is used. */
  cfg?: LanguageModelConfig;
}

export interface PhaseResult {
  phase: string;
  tokens: number;
  seconds: number;
  /** Every field below is per layer per token (an average over the phase's runs): seconds, and their parts. */
  per_token_s: number;
  read_s: number;
  pack_s: number;
  matmul_s: number;
  other_kernels_s: number;
  rest_s: number;
  bytes_read: number;
  expert_reads: number;
  expert_hits: number;
}

export interface FullLayerResult {
  bench: "full-layer";
  kernels: string;
  file: string;
  file_bytes: number;
  budget_bytes: number;
  /** Whole-file reads: the first as the page cache found the file, the second from the cache. */
  disk_first_read_gb_per_s: number;
  disk_page_cache_gb_per_s: number;
  disk_direct_gb_per_s: number | null;
  memory_gb_per_s: number | null;
  phases: PhaseResult[];
  /** One expert read on the forward pass's thread, whole and split with the expert worker (StreamingOptions.splitReadBytes): seconds, medians. */
  expert_read: { whole_s: number; split_s: number };
  head_s: number;
  /** Bytes one decode token reads per layer when nothing is cached: attention + router + norms + k experts. */
  decode_bytes_per_layer: number;
  extrapolated_64: {
    decode_s_per_token_page_cache: number;
    decode_s_per_token_direct_disk: number | null;
    decode_s_per_token_all_in_memory: number;
    prefill_s_per_token: number;
    disk_floor_direct_s: number | null;
    disk_floor_page_cache_s: number;
    memory_floor_s: number | null;
  };
  peak_rss_mib: number;
}

const log = (s: string) => process.stderr.write(`${s}\n`);
const GB = 1e9;
/** Grok-1 has 64 decoder layers (run.py). */
const GROK_1_LAYERS = GROK_1.model.num_layers;
/** Scale groups of the released checkpoint's row-parallel weights (ParamSpec.rowParallel); 1 for the rest. */
const RELEASED_SCALE_GROUPS = 8;
/** Bumped whenever the generated file changes, so an old file is rewritten. */
const FILE_VERSION = "1";
/** The layer file's name in --dir. */
const LAYER_FILE = "layer.safetensors";
/** Reads of this many bytes when measuring the disk. */
const READ_CHUNK = 64 << 20;
/** O_DIRECT needs buffers, offsets and sizes aligned to the device's block: 4096 covers it. */
const DIRECT_ALIGN = 4096;
/** Bytes streamed for the memory bandwidth. */
const BANDWIDTH_BYTES = 1 << 30;

/** Grok-1 with one decoder layer. */
function oneLayerConfig(base: LanguageModelConfig = GROK_1): LanguageModelConfig {
  return { ...base, name: `${base.name ?? "config"} (one layer)`, model: { ...base.model, num_layers: 1 } };
}

// ---------------------------------------------------------------------------------------
// The layer file

/** The arrays of the layer as the released checkpoint stores them (our safetensors naming). */
function layerTensors(cfg: LanguageModelConfig): TensorToWrite[] {
  return layerParamSpecs(cfg, 0).flatMap((s): TensorToWrite[] => {
    if (s.kind === "norm" || s.kind === "router") return [{ name: s.path, dtype: "F32", shape: s.shape }];
    const N = s.shape[s.shape.length - 1];
    const G = s.rowParallel ? RELEASED_SCALE_GROUPS : 1;
    const scaleShape = s.shape.length === 3 ? [s.shape[0], G, N] : [G, N];
    return [{ name: `${s.path}.weight`, dtype: "I8", shape: s.shape }, { name: `${s.path}.scales`, dtype: "BF16", shape: scaleShape }];
  });
}

function tensorBytes(t: TensorToWrite): number {
  return t.shape.reduce((a, b) => a * b, 1) * ELEMENT_BYTES[t.dtype];
}

/** The file at `path` as writeSafetensors will lay out `tensors`, before it exists: what a locator reads of it. */
function plannedFile(path: string, tensors: TensorToWrite[]): Pick<SafetensorsFile, "path" | "has" | "info"> {
  const infos = new Map<string, TensorInfo>();
  let byteOffset = 0;
  for (const t of tensors) {
    infos.set(t.name, { ...t, byteOffset, byteLength: tensorBytes(t) });
    byteOffset += tensorBytes(t);
  }
  return { path, has: (name) => infos.has(name), info: (name) => infos.get(name)! };
}

/** A small deterministic generator for the float tensors: uniform in [-1, 1). */
function uniform(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 31 - 1;
  };
}

/** int8 values lie in [-128, 127]: uniform draws have variance ~INT8_SPAN²/3. */
const INT8_SPAN = 128;
/** Free disk the layer file needs beyond its own size: 5%. */
const DISK_MARGIN = 1.05;

/**
 * Random values that keep activations O(1): int8 uniform over [-128, 127] (variance
 * ~128²/3) with every scale 1/sqrt(K · 128²/3), so that x·W has the variance of x; norm
 * scales 1; router weights of variance 4/D (decisive routing, as init.ts draws them).
 * `K` is the input width of the weight whose scales `t` are.
 */
function produce(t: TensorToWrite, K: number): TensorData {
  const n = t.shape.reduce((a, b) => a * b, 1);
  if (t.dtype === "I8") {
    const out = new Int8Array(n);
    const CHUNK = 1 << 28; // randomFillSync fills at most 2^31 − 1 bytes per call
    for (let o = 0; o < n; o += CHUNK) randomFillSync(out, o, Math.min(CHUNK, n - o));
    return out;
  }
  if (t.dtype === "BF16") return new Uint16Array(n).fill(f32ToBf16Bits(1 / Math.sqrt((K * INT8_SPAN * INT8_SPAN) / 3)));
  const out = new Float32Array(n);
  if (t.name.endsWith("/scale")) return out.fill(1);
  const D = t.shape[0], r = uniform(n);
  const a = Math.sqrt(12 / D); // uniform [-a, a): variance a²/3 = 4/D
  for (let i = 0; i < n; i++) out[i] = a * r();
  return out;
}

/**
 * The file at `dir`/layer.safetensors, written if missing or stale. `dir` is made if
 * missing, but not its parent: a typo should not plant 4.9 GB in a new tree of folders.
 */
function ensureLayerFile(cfg: LanguageModelConfig, dir: string): { path: string; bytes: number } {
  const st = statSync(dir, { throwIfNoEntry: false });
  if (st !== undefined && !st.isDirectory()) throw new UserError(`--dir ${dir}: is not a directory`);
  if (st === undefined) {
    try {
      mkdirSync(dir);
    } catch (e) {
      throw new UserError(`--dir ${dir}: cannot be made (${errnoText(e)}; its parent folder must exist)`);
    }
  }
  const path = join(dir, LAYER_FILE);
  const tensors = layerTensors(cfg);
  const bytes = tensors.reduce((n, t) => n + tensorBytes(t), 0);
  const metadata = { generator: "grok1.ts bench/full_layer.ts", version: FILE_VERSION };
  if (existsSync(path)) {
    try {
      const f = SafetensorsFile.open(path);
      const ok = f.metadata.version === FILE_VERSION && tensors.every((t) => f.has(t.name) && f.info(t.name).shape.join() === t.shape.join());
      f.close();
      if (ok) {
        log(`full-layer: reusing ${path} (${formatBytes(bytes)})`);
        return { path, bytes };
      }
    } catch {
      // unreadable: write it again
    }
  }
  const disk = statfsSync(dir);
  const free = disk.bavail * disk.bsize;
  if (free < bytes * DISK_MARGIN)
    throw new UserError(`full-layer: ${dir} has ${formatBytes(free)} free; the layer file needs ${formatBytes(bytes)} (use --dir elsewhere)`);
  log(`full-layer: writing one Grok-1 decoder layer (${formatBytes(bytes)} of random int8 weights) to ${path}...`);
  const t0 = performance.now();
  const specs = new Map(layerParamSpecs(cfg, 0).map((s) => [s.path, s.shape]));
  const inputWidth = (name: string) => {
    const shape = specs.get(name.replace(/\.(weight|scales)$/, ""))!;
    return shape[shape.length - 2];
  };
  writeSafetensors(
    path,
    tensors,
    (t) => {
      log(`  ${t.name} ${t.dtype} [${t.shape.join(", ")}]`);
      return produce(t, inputWidth(t.name));
    },
    metadata,
  );
  log(`full-layer: wrote ${formatBytes(bytes)} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return { path, bytes };
}

// ---------------------------------------------------------------------------------------
// Disk and memory rates

/**
 * Sequential read of the whole file through the page cache into one buffer: GB/s. The
 * first read finds whatever part of the file the cache still holds; call it twice for
 * the rate of a fully cached file.
 */
function bufferedReadRate(path: string): number {
  const fd = openSync(path, "r");
  const buf = new Uint8Array(READ_CHUNK);
  const t0 = performance.now();
  let n = 0;
  for (let got; (got = readSync(fd, buf, 0, READ_CHUNK, n)) > 0; ) n += got;
  closeSync(fd);
  return n / GB / ((performance.now() - t0) / 1000);
}

/**
 * Sequential read with O_DIRECT, which bypasses the page cache: the device's own rate,
 * GB/s, or null where O_DIRECT is refused. O_DIRECT wants a block-aligned buffer address,
 * which JavaScript cannot ask for: we try offsets into one buffer until a read succeeds.
 */
function directReadRate(path: string, maxBytes: number): number | null {
  if (fsConstants.O_DIRECT === undefined) return null;
  let fd: number;
  try {
    fd = openSync(path, fsConstants.O_RDONLY | fsConstants.O_DIRECT);
  } catch {
    return null;
  }
  try {
    const buf = new Uint8Array(READ_CHUNK + DIRECT_ALIGN);
    let shift = -1;
    for (let s = 0; s < DIRECT_ALIGN && shift < 0; s += 16) {
      try {
        readSync(fd, buf, s, DIRECT_ALIGN, 0);
        shift = s;
      } catch {
        // misaligned: try the next offset
      }
    }
    if (shift < 0) return null;
    const t0 = performance.now();
    let n = 0;
    for (let got; n < maxBytes && (got = readSync(fd, buf, shift, READ_CHUNK, n)) > 0; ) n += got;
    return n / GB / ((performance.now() - t0) / 1000);
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/** The WebAssembly kernels' streaming read of 1 GiB (median of a few): GB/s, or null for other kernels. */
async function memoryBandwidth(kernels: Kernels): Promise<number | null> {
  if (!(kernels instanceof WasmKernels)) return null;
  const reader = kernels.streamReader(BANDWIDTH_BYTES);
  try {
    const bench = new Bench({ name: "memory bandwidth", iterations: 5, warmup: true, time: 0 });
    bench.add("stream read 1 GiB", () => reader.read());
    await bench.run();
    const r = bench.tasks[0].result;
    if (r.state !== "completed") return null;
    return BANDWIDTH_BYTES / GB / (r.latency.p50 / 1000);
  } finally {
    reader.release();
  }
}

// ---------------------------------------------------------------------------------------
// Timing the layer

/** The kernels, with the wall time of each call added up by kernel name. */
function timedKernels(inner: Kernels, seconds: Map<string, number>): Kernels {
  const timed =
    <A extends unknown[]>(name: string, f: (...a: A) => void) =>
    (...a: A): void => {
      const t0 = performance.now();
      f.apply(inner, a);
      seconds.set(name, (seconds.get(name) ?? 0) + (performance.now() - t0) / 1000);
    };
  return {
    name: inner.name,
    matmul: timed("matmul", inner.matmul),
    columns: timed("columns", inner.columns),
    rmsNorm: timed("rmsNorm", inner.rmsNorm),
    softmax: timed("softmax", inner.softmax),
    rope: timed("rope", inner.rope),
    gelu: timed("gelu", inner.gelu),
    topK: timed("topK", inner.topK),
    expertFfn: timed("expertFfn", inner.expertFfn),
    roundBf16: timed("roundBf16", inner.roundBf16),
    attention: timed("attention", inner.attention as (a: AttentionArgs) => void),
  };
}

/** x [1, T, D]: bf16-valued activations of variance 1. */
function activations(T: number, D: number, seed: number): Float32Array {
  const r = uniform(seed);
  return Float32Array.from({ length: T * D }, () => roundBf16(Math.sqrt(3) * r()));
}

interface Runner {
  run(phase: string, x: Float32Array, T: number, memory: Memory): PhaseResult;
}

/** Runs x through every layer of `cfg` (streamed by `layers`), timing each part; results are per layer per token. */
function stackRunner(cfg: LanguageModelConfig, layers: StreamingLayers, inner: Kernels): Runner {
  const seconds = new Map<string, number>();
  const ctx: ForwardContext = { cfg, kernels: timedKernels(inner, seconds), dtype: cfg.fprop_dtype };
  const D = cfg.model.emb_size;
  const snapshot = (): { s: StreamingStats; k: Map<string, number> } => ({ s: { ...layers.stats }, k: new Map(seconds) });
  return {
    run(phase, x, T, memory) {
      const before = snapshot();
      const L = cfg.model.num_layers;
      const padding = new Uint8Array(T).fill(1);
      const t0 = performance.now();
      let h: Tensor = { shape: [1, T, D], data: x };
      for (let i = 0; i < L; i++) h = decoderLayer(ctx, layers.layer(i), layerPrefix(i), h, padding, memory.layers[i], memory.S);
      const total = (performance.now() - t0) / 1000;
      const after = snapshot();
      const ds = (k: keyof StreamingStats) => after.s[k] - before.s[k];
      const dk = (name: string) => (after.k.get(name) ?? 0) - (before.k.get(name) ?? 0);
      const kernelTotal = [...after.k.keys()].reduce((n, name) => n + dk(name), 0);
      const read = ds("readSeconds") + ds("waitSeconds");
      const pack = ds("prepareSeconds");
      const matmul = dk("matmul") + dk("expertFfn"); // an expert's FFN is three matmuls and the gate between them
      const n = T * L; // layer-tokens
      const r: PhaseResult = {
        phase,
        tokens: T,
        seconds: total,
        per_token_s: total / n,
        read_s: read / n,
        pack_s: pack / n,
        matmul_s: matmul / n,
        other_kernels_s: (kernelTotal - matmul) / n,
        rest_s: (total - read - pack - kernelTotal) / n,
        bytes_read: ds("bytesRead") / n,
        expert_reads: ds("expertReads") / n,
        expert_hits: ds("expertHits") / n,
      };
      log(
        `  ${phase.padEnd(14)} ${T} token${T > 1 ? "s" : " "} ${total.toFixed(2).padStart(7)} s: per token ${r.per_token_s.toFixed(3)} s = ` +
          `read ${r.read_s.toFixed(3)} + pack ${r.pack_s.toFixed(3)} + matmul ${r.matmul_s.toFixed(3)} + other ${r.other_kernels_s.toFixed(3)} + rest ${r.rest_s.toFixed(3)}` +
          `  (per layer-token: ${formatBytes(r.bytes_read)} read, experts ${fmt(r.expert_reads)} read / ${fmt(r.expert_hits)} cached)`,
      );
      return r;
    },
  };
}

/** The output head of a decode step: x [1, D] · embeddingsᵀ with embeddings [V, D] bf16 ("nk"). Seconds, median of 3. */
async function headSeconds(cfg: LanguageModelConfig, kernels: Kernels): Promise<number> {
  const D = cfg.model.emb_size, V = cfg.vocab_size;
  const data = new Uint16Array(V * D);
  const r = uniform(1);
  for (let i = 0; i < data.length; i++) data[i] = f32ToBf16Bits(0.02 * r());
  const w: Weight = { dtype: "bf16", K: D, N: V, layout: "nk", data };
  prepareWeight(kernels, w);
  const x = activations(1, D, 3), y = new Float32Array(V);
  const bench = new Bench({ name: "head", iterations: 3, warmup: false, time: 0 });
  bench.add("head", () => kernels.matmul(x, 1, w, y));
  await bench.run();
  releaseWeight(kernels, w);
  const res = bench.tasks[0].result;
  return res.state === "completed" ? res.latency.p50 / 1000 : NaN;
}

/** A locator that serves layer 0's tensors for every layer: a deeper stack from the one layer on disk. */
function sameLayerEverywhere(inner: TensorLocator): TensorLocator {
  return { description: inner.description, locate: (path) => inner.locate(path.replace(/^transformer\/decoder_layer_\d+\//, `${layerPrefix(0)}/`)) };
}

/**
 * What read-ahead buys: decode steps through two layers (both the one on disk), with a
 * budget that has room for the read-ahead but keeps nothing from one step to the next,
 * without and with read-ahead.
 */
async function readAheadPhases(cfg: LanguageModelConfig, locator: TensorLocator, one: StreamingLayers, kernels: Kernels, G: number): Promise<PhaseResult[]> {
  const two: LanguageModelConfig = { ...cfg, name: "grok-1 (two layers)", model: { ...cfg.model, num_layers: 2 } };
  const budgetBytes = 2 * one.layerBytes[0] + one.expertBytes[0] + one.stagingBytes + one.coreStagingBytes;
  log(`full-layer: read-ahead: ${G} decode steps through 2 layers, budget ${formatBytes(budgetBytes)} (two layers' attention and one expert, and the buffers they are read into)`);
  const out: PhaseResult[] = [];
  for (const readAhead of [false, true]) {
    const stack = new StreamingLayers(two, sameLayerEverywhere(locator), { budgetBytes, readAhead, ...streamingHooks(kernels) });
    const runner = stackRunner(two, stack, kernels);
    const memory = initMemory(two, 1, G, kernels);
    const runs: PhaseResult[] = [];
    try {
      for (let g = 0; g < G; g++) runs.push(runner.run(`2 layers, read-ahead ${readAhead ? "on" : "off"} ${g}`, activations(1, cfg.model.emb_size, 200 + g), 1, memory));
    } finally {
      releaseMemory(memory, kernels);
      stack.clear();
      await stack.close();
    }
    out.push(average(`read-ahead ${readAhead ? "on" : "off"}`, runs));
  }
  return out;
}

const SPLIT_REPS = 5;

/**
 * The time to read expert 0 on the calling thread, whole and split with the expert
 * worker, alternating (SPLIT_REPS each; the read only, not the packing): `opts` is the
 * stream's own options object, whose splitReadBytes the stream reads at every read.
 */
function expertReadSplit(layers: StreamingLayers, opts: StreamingOptions): { whole_s: number; split_s: number } {
  const times = { whole: [] as number[], split: [] as number[] };
  const saved = opts.splitReadBytes;
  try {
    for (let r = 0; r < SPLIT_REPS; r++)
      for (const mode of ["whole", "split"] as const) {
        opts.splitReadBytes = mode === "whole" ? Infinity : 1;
        layers.clear();
        const moe = layers.layer(0).moe!;
        const before = layers.stats.readSeconds + layers.stats.waitSeconds;
        moe.expert(0);
        times[mode].push(layers.stats.readSeconds + layers.stats.waitSeconds - before);
      }
  } finally {
    opts.splitReadBytes = saved;
  }
  const median = (a: number[]) => a.slice().sort((x, y) => x - y)[a.length >> 1];
  return { whole_s: median(times.whole), split_s: median(times.split) };
}

// ---------------------------------------------------------------------------------------
// The benchmark

export async function runFullLayerBench(o: FullLayerOptions): Promise<FullLayerResult> {
  const cfg = oneLayerConfig(o.cfg);
  const P = o.promptTokens, G = o.genTokens;
  const D = cfg.model.emb_size;
  const kernels = o.kernels;
  const budget = o.budgetBytes ?? 3 * 2 ** 30;

  const dir = o.dir ?? join(tmpdir(), "grok1-full-layer");
  // one layer: nothing to read ahead of it but the next picked expert
  const streamOptions: StreamingOptions = { budgetBytes: budget, ...streamingHooks(kernels) };
  // a budget too small for the layer is refused before its 4.9 GB are written
  await new StreamingLayers(cfg, safetensorsLocator(plannedFile(join(dir, LAYER_FILE), layerTensors(cfg))), streamOptions).close();
  const file = ensureLayerFile(cfg, dir);

  log("full-layer: disk read rates...");
  const firstRead = bufferedReadRate(file.path);
  const pageCache = bufferedReadRate(file.path);
  const direct = directReadRate(file.path, 2 * GB);
  log(`  first read ${firstRead.toFixed(2)} GB/s, second (page cache) ${pageCache.toFixed(2)} GB/s; O_DIRECT (uncached) ${direct === null ? "not available" : `${direct.toFixed(2)} GB/s`}`);
  const memory = await memoryBandwidth(kernels);
  log(`  memory bandwidth (${kernels.name} streaming read) ${memory === null ? "not measured (WebAssembly kernels only)" : `${memory.toFixed(2)} GB/s`}`);

  const locator = safetensorsLocator(SafetensorsFile.open(file.path));
  const layers = new StreamingLayers(cfg, locator, streamOptions);
  log(
    `full-layer: budget ${formatBytes(budget)}; layer entry ${formatBytes(layers.layerBytes[0])}, expert ${formatBytes(layers.expertBytes[0])} (with the kernels' packed copies)` +
      (layers.stagingBytes > 0 ? `, the buffers layers and experts are read into ${formatBytes(layers.coreStagingBytes)} and ${formatBytes(layers.stagingBytes)}` : ""),
  );
  const runner = stackRunner(cfg, layers, kernels);
  const phases: PhaseResult[] = [];
  let expertRead = { whole_s: 0, split_s: 0 };
  // the KV cache as generate keeps it: in the kernels' memory where they offer it
  const fresh = () => initMemory(cfg, 1, P + G + 1, kernels);
  const first = fresh(), mem = fresh();
  try {
    log(`full-layer: prefill ${P} tokens, ${G} decode steps (kernels ${kernels.name})`);
    layers.clear();
    phases.push(runner.run("prefill cold", activations(P, D, 11), P, first));
    phases.push(runner.run("prefill warm", activations(P, D, 11), P, mem));

    const cold: PhaseResult[] = [];
    for (let g = 0; g < G; g++) {
      layers.clear();
      cold.push(runner.run(`decode cold ${g}`, activations(1, D, 100 + g), 1, mem));
    }
    phases.push(average("decode cold", cold));
    // warm: the same token at the same cache slot every step, so the same two experts, cached after the first
    const same = activations(1, D, 99);
    const slot = mem.layers[0].step[0];
    const warm: PhaseResult[] = [];
    for (let g = 0; g <= G; g++) {
      mem.layers[0].step[0] = slot;
      const r = runner.run(g === 0 ? "(decode warm-up)" : `decode warm ${g}`, same, 1, mem);
      if (g > 0) warm.push(r);
    }
    phases.push(average("decode warm", warm));
    expertRead = expertReadSplit(layers, streamOptions);
    log(`full-layer: one expert read on the forward pass's thread (page cache), medians of ${SPLIT_REPS}: whole ${(expertRead.whole_s * 1e3).toFixed(0)} ms, split with the expert worker ${(expertRead.split_s * 1e3).toFixed(0)} ms`);
  } finally {
    for (const m of [first, mem]) releaseMemory(m, kernels);
    layers.clear();
    await layers.close();
  }
  phases.push(...(await readAheadPhases(cfg, locator, layers, kernels, G)));
  const rss = process.resourceUsage().maxRSS / 1024;
  log(`full-layer: peak RSS ${rss.toFixed(0)} MiB (budget ${formatBytes(budget)})`);

  log("full-layer: the output head [6144] × [6144, 131072] bf16...");
  const head = await headSeconds(GROK_1, kernels);
  log(`  ${head.toFixed(3)} s`);

  const byName = (n: string) => byPhase({ phases }, n);
  const dc = byName("decode cold"), dw = byName("decode warm"), pc = byName("prefill cold");
  const decodeBytes = dc.bytes_read;
  const headBytes = GROK_1.vocab_size * D * 2;
  const L = GROK_1_LAYERS;
  const result: FullLayerResult = {
    bench: "full-layer",
    kernels: kernels.name,
    file: file.path,
    file_bytes: file.bytes,
    budget_bytes: budget,
    disk_first_read_gb_per_s: firstRead,
    disk_page_cache_gb_per_s: pageCache,
    disk_direct_gb_per_s: direct,
    memory_gb_per_s: memory,
    phases,
    expert_read: expertRead,
    head_s: head,
    decode_bytes_per_layer: decodeBytes,
    extrapolated_64: {
      decode_s_per_token_page_cache: L * dc.per_token_s + head,
      decode_s_per_token_direct_disk: direct === null ? null : L * (dc.per_token_s - dc.read_s + dc.bytes_read / (direct * GB)) + head,
      decode_s_per_token_all_in_memory: L * dw.per_token_s + head,
      prefill_s_per_token: L * pc.per_token_s,
      disk_floor_direct_s: direct === null ? null : (L * decodeBytes) / (direct * GB),
      disk_floor_page_cache_s: (L * decodeBytes) / (pageCache * GB),
      memory_floor_s: memory === null ? null : (L * decodeBytes + headBytes) / (memory * GB),
    },
    peak_rss_mib: rss,
  };
  if (o.json) process.stdout.write(JSON.stringify(result) + "\n");
  else process.stdout.write(summary(result));
  return result;
}

function byPhase(r: { phases: PhaseResult[] }, name: string): PhaseResult {
  return r.phases.find((p) => p.phase === name)!;
}

/** A count that may be an average: "2", "0.33". */
function fmt(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(2);
}

function average(phase: string, runs: PhaseResult[]): PhaseResult {
  const mean = (k: keyof PhaseResult) => runs.reduce((n, r) => n + (r[k] as number), 0) / runs.length;
  return {
    phase,
    tokens: 1,
    seconds: mean("seconds"),
    per_token_s: mean("per_token_s"),
    read_s: mean("read_s"),
    pack_s: mean("pack_s"),
    matmul_s: mean("matmul_s"),
    other_kernels_s: mean("other_kernels_s"),
    rest_s: mean("rest_s"),
    bytes_read: mean("bytes_read"),
    expert_reads: mean("expert_reads"),
    expert_hits: mean("expert_hits"),
  };
}

function summary(r: FullLayerResult): string {
  const s = (x: number | null) => (x === null ? "n/a" : `${x.toFixed(1)} s`);
  const e = r.extrapolated_64;
  const lines = [
    `one Grok-1 decoder layer (${formatBytes(r.file_bytes)} int8 + bf16 scales), kernels ${r.kernels}, budget ${formatBytes(r.budget_bytes)}`,
    `disk: ${r.disk_first_read_gb_per_s.toFixed(2)} GB/s first read, ${r.disk_page_cache_gb_per_s.toFixed(2)} GB/s from the page cache, ${r.disk_direct_gb_per_s === null ? "n/a" : r.disk_direct_gb_per_s.toFixed(2)} GB/s uncached (O_DIRECT); memory ${r.memory_gb_per_s === null ? "n/a" : r.memory_gb_per_s.toFixed(2)} GB/s`,
    "seconds per layer per token:",
    "  phase              total     read     pack   matmul    other     rest   experts read/cached",
    ...r.phases.map(
      (p) =>
        `  ${p.phase.padEnd(16)} ${[p.per_token_s, p.read_s, p.pack_s, p.matmul_s, p.other_kernels_s, p.rest_s].map((v) => v.toFixed(3).padStart(8)).join(" ")}   ${fmt(p.expert_reads)}/${fmt(p.expert_hits)}`,
    ),
    `read-ahead (2 layers, decode): ${byPhase(r, "read-ahead off").per_token_s.toFixed(3)} s per layer per token without, ${byPhase(r, "read-ahead on").per_token_s.toFixed(3)} s with`,
    `output head: ${r.head_s.toFixed(3)} s per token`,
    `64 layers, per token: decode ${s(e.decode_s_per_token_page_cache)} (weights from the page cache), ${s(e.decode_s_per_token_direct_disk)} (at the uncached disk rate), ` +
      `${s(e.decode_s_per_token_all_in_memory)} (all weights in memory); prefill ${s(e.prefill_s_per_token)}`,
    `floors for decode (${formatBytes(r.decode_bytes_per_layer)} per layer per token): disk ${s(e.disk_floor_direct_s)} uncached, ${s(e.disk_floor_page_cache_s)} page cache; memory bandwidth ${s(e.memory_floor_s)}`,
    `peak RSS ${r.peak_rss_mib.toFixed(0)} MiB`,
  ];
  return lines.join("\n") + "\n";
}
