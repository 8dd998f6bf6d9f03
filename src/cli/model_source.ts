/** The flags every model-running command shares: --config, --dtype, --weights / --checkpoint / --seed, --kernels, --threads. */
import { readFileSync, statSync } from "node:fs";
import { totalmem } from "node:os";
import { derivedNumbers, loadConfig, recordedConfig, validateConfig, withDtype, type LanguageModelConfig } from "../config.js";
import type { Checkpoint } from "../weights/checkpoint.js";
import { UserError } from "../errors.js";
import type { Kernels } from "../kernels/kernels.js";
import { MAX_THREADS, adoptWeight, createKernels, kernelsHandOver, streamingHooks } from "../kernels/select.js";
import type { LanguageModelParams } from "../model/language_model.js";
import { RandomSource } from "../weights/init.js";
import { loadParams, type TensorSource } from "../weights/params.js";
import { checkpointLocator, safetensorsLocator, type TensorLocator } from "../weights/disk_reads.js";
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
 * The memory this process may use: the machine's, or less where a cgroup (v2, or v1)
 * limits it. A model larger than this is killed by the OS partway through its load,
 * with no message, so it is refused up front.
 */
function memoryLimit(): number {
  let limit = totalmem();
  for (const file of ["/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"]) {
    try {
      const v = Number(readFileSync(file, "utf8").trim()); // "max" (no limit) is NaN
      if (Number.isFinite(v) && v > 0) limit = Math.min(limit, v);
    } catch {
      // no such cgroup file: not limited there
    }
  }
  return limit;
}

/** The bytes the weights take as stored: what loading them whole holds (the kernels keep one copy). */
function storedWeightBytes(model: OpenedModel, flags: ModelFlags): number {
  const { source, cfg } = model;
  if (source instanceof SafetensorsSource) return statSync(source.file.path).size;
  if ("checkpoint" in source) {
    const tensors = (source as { checkpoint: Checkpoint }).checkpoint.tensors.values();
    return [...tensors].reduce((n, t) => n + t.byteLength + (t.scales?.byteLength ?? 0), 0);
  }
  const dt = (flags["random-dtype"] ?? "f32") as "f32" | "bf16" | "int8"; // checked by openModel
  return derivedNumbers(cfg).weight_bytes[dt];
}

export function checkFitsInMemory(model: OpenedModel, flags: ModelFlags): void {
  const bytes = storedWeightBytes(model, flags), limit = memoryLimit();
  if (bytes <= limit) return;
  const gib = (n: number) => `${(n / 2 ** 30).toFixed(1)} GiB`;
  const fix = model.randomWeights ? "use a smaller config" : "stream them from disk with --memory-budget (generate), e.g. --memory-budget 4G";
  throw new UserError(`the weights take ${gib(bytes)}, more than the ${gib(limit)} of memory this process may use (the machine's, or its cgroup's): ${fix}`);
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
export async function modelParams(flags: ModelFlags, model: OpenedModel): Promise<RunParams> {
  const { cfg, source, kernels } = model;
  if (flags["memory-budget"] === undefined) {
    checkFitsInMemory(model, flags);
    // the kernels take each layer's weights over as it loads: held once, in their memory
    const p = loadParams(cfg, source, progressBar("loading weights"), kernelsHandOver(kernels));
    source.close?.();
    return { params: { embeddings: p.embeddings, rms_norm: p.rms_norm, layer: (i) => p.layers[i] }, close: async () => {} };
  }
  const budgetBytes = parseMemoryBudget(flags["memory-budget"]);
  const { CheckpointSource } = await import("../weights/checkpoint_source.js");
  let locator: TensorLocator;
  if (source instanceof SafetensorsSource) locator = safetensorsLocator(source.file);
  else if (source instanceof CheckpointSource) locator = checkpointLocator(source.checkpoint);
  else throw new UserError("--memory-budget streams the weights from disk: give --weights W.safetensors or --checkpoint DIR");
  const streaming = StreamingParams.open(cfg, locator, {
    budgetBytes,
    ...streamingHooks(kernels),
    progress: progressBar("layers", 10), // on a terminal every layer; otherwise a line every 10 s at most
  });
  adoptWeight(kernels, streaming.embeddings); // resident: held once, in the kernels' memory
  const { layerBytes, expertBytes, stagingBytes, coreStagingBytes } = streaming.layers;
  const staging = stagingBytes > 0 ? `, the buffers they are read into ${formatBytes(coreStagingBytes)} and ${formatBytes(stagingBytes)}` : "";
  info(`streaming layers from disk within ${formatBytes(budgetBytes)} (a layer's attention ${formatBytes(layerBytes[0])}, an expert ${formatBytes(expertBytes[0])}${staging}, counting the kernels' copies)`);
  return { params: streaming, streaming, close: () => streaming.close() };
}
