/** The flags every model-running command shares: --config, --dtype, --weights / --checkpoint / --seed [--random-dtype], --kernels, --threads. */
import { readFileSync, statSync } from "node:fs";
import { totalmem } from "node:os";
import { derivedNumbers, loadConfig, recordedConfig, validateConfig, withDtype, type LanguageModelConfig } from "../config.js";
import type { Checkpoint } from "../weights/checkpoint.js";
import { UserError } from "../errors.js";
import type { Kernels } from "../kernels/kernels.js";
import { MAX_THREADS, createKernels, kernelThreads, kernelsHandOver, streamingHooks } from "../kernels/select.js";
import { residentParams, type LanguageModelParams } from "../model/language_model.js";
import { RandomSource } from "../weights/init.js";
import { embeddingBytes, embeddingsSpec, loadParams, type StoredDtype, type TensorSource } from "../weights/params.js";
import { isQuantizable, paramSpecs, type ParamKind } from "../weights/param_specs.js";
import { formatBytes } from "../files.js";
import { parseMemoryBudget, StreamingParams } from "../weights/streaming.js";
import type { SafetensorsFile } from "../weights/safetensors.js";
import { SafetensorsSource } from "../weights/sources.js";
import { intFlag, type Options } from "./args.js";
import { info, progressBar } from "./progress.js";

export const MODEL_OPTIONS = {
  config: { type: "string" },
  dtype: { type: "string" },
  weights: { type: "string" },
  checkpoint: { type: "string" },
  seed: { type: "string" },
  "random-dtype": { type: "string" },
  kernels: { type: "string" },
  threads: { type: "string" },
} as const satisfies Options;

export const MODEL_USAGE =
  "[--config PRESET|FILE.json] [--dtype float32|bfloat16] [--weights W.safetensors | --checkpoint DIR | --seed N [--random-dtype f32|bf16|int8]] [--kernels ts|wasm] [--threads N]";

export interface ModelFlags {
  config?: string;
  dtype?: string;
  weights?: string;
  checkpoint?: string;
  seed?: string;
  "random-dtype"?: string;
  kernels?: string;
  threads?: string;
  "memory-budget"?: string;
}

export interface OpenedModel {
  cfg: LanguageModelConfig;
  source: TensorSource & { close?: () => void };
  kernels: Kernels;
  randomWeights: boolean;
}

/**
 * The config, the weights' source and the kernels the model flags ask for.
 * `seedSamples`: the command samples with --seed too (generate), so --seed is not only
 * the random weights' and may come with --weights.
 */
export async function openModel(flags: ModelFlags, seedSamples = false): Promise<OpenedModel> {
  if (flags.weights !== undefined && flags.checkpoint !== undefined) throw new UserError("give --weights or --checkpoint, not both");
  const stored = flags.weights !== undefined || flags.checkpoint !== undefined;
  if (stored && flags["random-dtype"] !== undefined) throw new UserError("--random-dtype is the dtype of random weights: it does not apply with --weights or --checkpoint");
  if (stored && flags.seed !== undefined && !seedSamples) throw new UserError("--seed picks random weights: it does not apply with --weights or --checkpoint");
  const weights = flags.weights !== undefined ? SafetensorsSource.open(flags.weights) : undefined;
  let cfg: LanguageModelConfig;
  try {
    cfg = modelConfig(flags, weights?.file);
    weights?.checkNames(cfg);
  } catch (e) {
    weights?.close();
    throw e;
  }
  let source: OpenedModel["source"];
  let randomWeights = false;
  if (weights !== undefined) {
    source = weights;
  } else if (flags.checkpoint !== undefined) {
    const { CheckpointSource } = await import("../weights/checkpoint_source.js");
    source = CheckpointSource.open(flags.checkpoint, cfg);
  } else {
    const seed = intFlag(flags.seed, "--seed", 0, 2 ** 32 - 1) ?? 0;
    const dt = flags["random-dtype"] ?? "f32";
    if (dt !== "f32" && dt !== "bf16" && dt !== "int8") throw new UserError(`--random-dtype must be f32, bf16 or int8, got '${dt}'`);
    source = new RandomSource(cfg, { seed, quantize: dt === "int8", scalesDtype: "F32", floatDtype: dt === "bf16" ? "BF16" : "F32" });
    randomWeights = true;
    info(`note: no --weights given: using deterministic RANDOM weights (seed ${seed}) for config ${cfg.name ?? flags.config}; its outputs are meaningless`);
  }
  const impl = flags.kernels;
  if (impl !== undefined && impl !== "ts" && impl !== "wasm") throw new UserError(`--kernels must be ts or wasm, got '${impl}'`);
  const threads = intFlag(flags.threads, "--threads", 1, MAX_THREADS);
  const kernels = await createKernels({ impl, threads });
  return { cfg, source, kernels, randomWeights };
}

/**
 * --config, or without it: the config that the weights file (`weights`, open) records
 * when grok1 wrote it (init, convert), Grok-1 itself for a checkpoint (the released one
 * is), and otherwise the scaled-down default preset.
 */
function modelConfig(flags: ModelFlags, weights: SafetensorsFile | undefined): LanguageModelConfig {
  if (flags.config !== undefined) return loadConfig(flags.config, flags.dtype);
  if (weights !== undefined) {
    const raw = recordedConfig(weights.metadata, weights.path, "; give --config");
    if (raw !== undefined) {
      const cfg = validateConfig(raw, `the config recorded in ${weights.path} (give --config to use another)`);
      info(`config: ${cfg.name ?? "(unnamed)"}, as recorded in ${weights.path}`);
      return withDtype(cfg, flags.dtype);
    }
  }
  if (flags.checkpoint !== undefined) {
    info("config: grok-1 (the released checkpoint's; give --config for another)");
    return loadConfig("grok-1", flags.dtype);
  }
  return loadConfig(undefined, flags.dtype);
}

/**
 * The memory this process may use: the machine's, or less where a cgroup (v2, or v1's
 * memory controller) limits it — its own cgroup or any above it, as /proc/self/cgroup
 * names them (a limit on a nested cgroup, as systemd-run, slurm or a container set,
 * kills as surely as one at the top). A run larger than this is killed by the OS partway
 * through, with no message, so it is refused up front.
 */
export function memoryLimit(read: (file: string) => string | undefined = readIfPresent, machine = totalmem()): number {
  let limit = machine;
  const consider = (file: string) => {
    const v = Number(read(file)?.trim()); // "max" (no limit) is NaN; v1's "no limit" is a number near 2^63
    if (Number.isFinite(v) && v > 0) limit = Math.min(limit, v);
  };
  const dirs = (mount: string, path: string) => {
    const out = [mount]; // the mount's top: where a container's own cgroup shows
    const parts = path.split("/").filter((p) => p !== "" && p !== "." && p !== "..");
    for (let i = 1; i <= parts.length; i++) out.push(`${mount}/${parts.slice(0, i).join("/")}`);
    return out;
  };
  const own = read("/proc/self/cgroup") ?? "";
  const v2 = /^0::(.*)$/m.exec(own)?.[1] ?? "/";
  for (const dir of dirs("/sys/fs/cgroup", v2)) consider(`${dir}/memory.max`);
  const v1 = own.split("\n").map((l) => l.split(":")).find((f) => f.length >= 3 && f[1].split(",").includes("memory"));
  for (const dir of dirs("/sys/fs/cgroup/memory", v1 ? v1.slice(2).join(":") : "/")) consider(`${dir}/memory.limit_in_bytes`);
  return limit;
}

function readIfPresent(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined; // no such cgroup file: not limited there
  }
}

/**
 * What loading the weights whole holds at its peak, in bytes: the weights as stored (the
 * kernels keep one copy), plus the largest single read before the kernels take it over (a
 * layer's tensors, or the embeddings: from a file, one chunk's buffers), plus the runtime.
 */
function loadPeakBytes(model: OpenedModel, flags: ModelFlags): { weights: number; peak: number; besideBudget: BesideBudget } {
  const { source, cfg } = model;
  const EMBEDDINGS = embeddingsSpec(cfg).path;
  const reads = new Map<string, number>(); // a layer's tensors are read together
  const add = (path: string, bytes: number) => {
    const key = /^transformer\/decoder_layer_\d+\//.exec(path)?.[0] ?? path;
    reads.set(key, (reads.get(key) ?? 0) + bytes);
  };
  let weights: number;
  let embedDtype: StoredDtype | undefined;
  if (source instanceof SafetensorsSource) {
    weights = statSync(source.file.path).size;
    for (const [name, t] of source.file.tensors) add(name, t.byteLength);
    embedDtype = source.file.tensors.get(EMBEDDINGS)?.dtype;
  } else if ("checkpoint" in source) {
    weights = 0;
    for (const t of (source as { checkpoint: Checkpoint }).checkpoint.tensors.values()) {
      const bytes = t.byteLength + (t.scales?.byteLength ?? 0);
      weights += bytes;
      add(t.path, bytes);
      if (t.path === EMBEDDINGS) embedDtype = t.dtype;
    }
  } else {
    const dt = (flags["random-dtype"] ?? "f32") as "f32" | "bf16" | "int8"; // checked by openModel
    weights = derivedNumbers(cfg).weight_bytes[dt];
    // as derivedNumbers counts them: int8 quantizes the Linear and expert weights only
    const elementBytes = (kind: ParamKind) => (dt === "bf16" ? 2 : dt === "int8" && isQuantizable(kind) ? 1 : 4);
    for (const s of paramSpecs(cfg)) add(s.path, s.shape.reduce((a, b) => a * b, 1) * elementBytes(s.kind));
    embedDtype = dt === "bf16" ? "BF16" : "F32";
  }
  const adopted = kernelsHandOver(model.kernels) !== undefined;
  const runtime = runtimeBytes(model.kernels);
  const beside = { ...embeddingBytes(cfg, embedDtype, reads.get(EMBEDDINGS) ?? 0, adopted), lingering: adopted ? 0 : LINGERING_READS_BYTES, runtime };
  if (source.locator) reads.set(EMBEDDINGS, beside.chunk); // read a chunk at a time (params.ts loadEmbeddings)
  return { weights, peak: weights + Math.max(0, ...reads.values()) + runtime, besideBudget: beside };
}

/**
 * What streaming holds beside the budget: the embeddings as held (`held`), the buffers of
 * one chunk while they are read (`chunk`; params.ts embeddingBytes), what dropped reads
 * hold until they are collected, and the runtime (runtimeBytes).
 */
type BesideBudget = ReturnType<typeof embeddingBytes> & { lingering: number; runtime: number };

/**
 * What streaming holds at its peak: the budget, the embeddings (resident: held once, in
 * the kernels' memory where they take them over, with the buffers of one chunk while
 * they are read), dropped reads not yet collected, and the runtime.
 */
function streamingPeakBytes(budget: number, beside: BesideBudget): number {
  return budget + beside.held + beside.chunk + beside.lingering + beside.runtime;
}

/**
 * Kernels that read the arrays themselves (the TypeScript kernels) stream each layer and
 * expert into a fresh array, and one the cache drops lingers until V8 collects it, where
 * kernels that take weights over reuse two staging buffers: grok-1-mid's float32 weights
 * streamed within 160M with the TypeScript kernels peaked 184 MiB above the budget and
 * the embeddings (24 MiB over RUNTIME_BYTES), within 512M 22 MiB above (2026-11-28).
 */
const LINGERING_READS_BYTES = 64 * 2 ** 20;

/** The largest --memory-budget that fits under `limit` ("3.5G", "700M"), or undefined if none does. */
function budgetThatFits(limit: number, beside: BesideBudget): string | undefined {
  const room = limit - streamingPeakBytes(0, beside);
  if (room >= 2 ** 30) return `${Math.floor((room / 2 ** 30) * 2) / 2}G`;
  if (room >= 2 ** 20) return `${Math.floor(room / 2 ** 20)}M`;
  return undefined;
}

/**
 * Node, the kernels' module and up to two threads, the tokenizer's tables and the
 * sampler: about 70 MiB for a tiny model's trace and 125 MiB for its generate (peak RSS,
 * Node 20).
 */
const RUNTIME_BYTES = 160 * 2 ** 20;

/**
 * Each kernel thread past two: a worker is a V8 isolate with its own instances of the
 * module (the default preset's generate peaked at 462 MiB on 1 thread and 581 on 16:
 * 7.9 MiB a worker, 2026-11-28).
 */
const THREAD_BYTES = 8 * 2 ** 20;

/** What the runtime holds with these kernels: RUNTIME_BYTES and THREAD_BYTES per thread past two. */
function runtimeBytes(kernels: Kernels): number {
  return RUNTIME_BYTES + THREAD_BYTES * Math.max(0, kernelThreads(kernels) - 2);
}

/**
 * What a run holds beside the weights for as long as they are loaded (generate's KV
 * cache, trace --decode's KV memory), named in the message when the total does not fit.
 */
export interface RunBytes {
  bytes: number;
  what: string;
  /** What to do where the weights alone would fit: how to ask for less. */
  fix: string;
}

export function checkFitsInMemory(model: OpenedModel, flags: ModelFlags, limit = memoryLimit(), run?: RunBytes): void {
  const { weights, peak, besideBudget } = loadPeakBytes(model, flags);
  const extra = run?.bytes ?? 0;
  if (peak + extra <= limit) return;
  const gib = (n: number) => `${(n / 2 ** 30).toFixed(1)} GiB`;
  const fix = (): string => {
    if (run && peak <= limit) return run.fix; // the weights alone fit: the run must hold less
    if (model.randomWeights) return "use a smaller config";
    const budget = budgetThatFits(limit - extra, besideBudget);
    if (budget === undefined) return "even streaming them from disk (--memory-budget) would not fit, as the embeddings stay in memory";
    return `stream them from disk with --memory-budget (generate, trace), e.g. --memory-budget ${budget}`;
  };
  const beside = run ? `, plus ${gib(extra)} for ${run.what},` : ",";
  throw new UserError(
    `the weights take ${gib(weights)} and loading them about ${gib(peak)} at its peak${beside} more than the ${gib(limit)} of memory this process may use (the machine's, or its cgroup's): ${fix()}`,
  );
}

/** Streaming within `budgetBytes` must fit in the memory this process may use too (with `run` beside it). */
export function checkBudgetFitsInMemory(model: OpenedModel, flags: ModelFlags, budgetBytes: number, limit = memoryLimit(), run?: RunBytes): void {
  const { besideBudget } = loadPeakBytes(model, flags);
  const extra = run?.bytes ?? 0;
  if (streamingPeakBytes(budgetBytes, besideBudget) + extra <= limit) return;
  const budget = budgetThatFits(limit - extra, besideBudget);
  const beside = run ? ` and ${run.what} (${formatBytes(extra)})` : "";
  throw new UserError(
    `--memory-budget ${formatBytes(budgetBytes)} with the embeddings (${formatBytes(besideBudget.held)}, always in memory)${beside} needs more than the ${formatBytes(limit)} of memory this process may use (the machine's, or its cgroup's)` +
      (budget !== undefined ? `: give --memory-budget ${budget} or less` : run ? `: ${run.fix}` : ""),
  );
}

export interface RunParams {
  params: LanguageModelParams;
  /** Set when the layers stream from disk (--memory-budget). */
  streaming?: StreamingParams;
  close(): Promise<void>;
}

/**
 * The parameters a run uses: loaded whole, or with --memory-budget streamed from the
 * weights file or checkpoint (weights/streaming.ts: layers and experts read as the
 * forward pass needs them, within the budget; the embeddings stay resident).
 */
/** What a stream did, for a line on stderr after the run: bytes read, time waiting and packing, experts read and cached. */
export function streamingSummary(streaming: StreamingParams): string {
  const s = streaming.stats;
  return (
    `streaming: ${formatBytes(s.bytesRead)} read (${(s.readSeconds + s.waitSeconds).toFixed(1)} s waiting), ${s.prepareSeconds.toFixed(1)} s packing; ` +
    `experts ${s.expertReads} read (${s.expertReadAheadsUsed} of them while another computed), ${s.expertHits} cached; at most ${formatBytes(s.peakHeldBytes)} of the budget held`
  );
}

export async function modelParams(flags: ModelFlags, model: OpenedModel, run?: RunBytes): Promise<RunParams> {
  const { cfg, source, kernels } = model;
  if (flags["memory-budget"] === undefined) {
    checkFitsInMemory(model, flags, undefined, run);
    // the kernels take each layer's weights over as it loads: held once, in their memory
    const p = loadParams(cfg, source, progressBar("loading weights"), kernelsHandOver(kernels));
    source.close?.();
    return { params: residentParams(p), close: async () => {} };
  }
  const budgetBytes = parseMemoryBudget(flags["memory-budget"]);
  checkBudgetFitsInMemory(model, flags, budgetBytes, undefined, run);
  const locator = source.locator; // where a safetensors file or the released checkpoint holds each tensor
  if (!locator) throw new UserError("--memory-budget streams the weights from disk: give --weights W.safetensors or --checkpoint DIR");
  const streaming = StreamingParams.open(cfg, locator, {
    budgetBytes,
    ...streamingHooks(kernels),
    progress: progressBar("layers", 10), // on a terminal every layer; otherwise a line every 10 s at most
  });
  const { layerBytes, expertBytes, stagingBytes, coreStagingBytes } = streaming.layers;
  const staging = stagingBytes > 0 ? `, the buffers they are read into ${formatBytes(coreStagingBytes)} and ${formatBytes(stagingBytes)}` : "";
  info(`streaming layers from disk within ${formatBytes(budgetBytes)} (a layer's attention ${formatBytes(layerBytes[0])}, an expert ${formatBytes(expertBytes[0])}${staging}, counting the kernels' copies)`);
  return { params: streaming, streaming, close: () => streaming.close() };
}
