/** The flags every model-running command shares: --config, --dtype, --weights / --checkpoint / --seed, --kernels, --threads. */
import { loadConfig, type LanguageModelConfig } from "../config.js";
import { UserError } from "../errors.js";
import type { Kernels } from "../kernels/kernels.js";
import { createKernels } from "../kernels/select.js";
import { RandomSource } from "../weights/init.js";
import type { TensorSource } from "../weights/params.js";
import { SafetensorsSource } from "../weights/sources.js";
import { intFlag, type Options } from "./args.js";
import { info } from "./progress.js";

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
}

export interface OpenedModel {
  cfg: LanguageModelConfig;
  source: TensorSource & { close?: () => void };
  kernels: Kernels;
  randomWeights: boolean;
}

export async function openModel(flags: ModelFlags): Promise<OpenedModel> {
  const cfg = loadConfig(flags.config, flags.dtype);
  if (flags.weights !== undefined && flags.checkpoint !== undefined) throw new UserError("give --weights or --checkpoint, not both");
  let source: OpenedModel["source"];
  let randomWeights = false;
  if (flags.weights !== undefined) {
    source = SafetensorsSource.open(flags.weights);
  } else if (flags.checkpoint !== undefined) {
    const { CheckpointSource } = await import("../weights/checkpoint_source.js");
    source = CheckpointSource.open(flags.checkpoint, cfg);
  } else {
    const seed = intFlag(flags.seed, "--seed", 0, 2 ** 32 - 1) ?? 0;
    const dt = flags["random-dtype"] ?? "f32";
    if (dt !== "f32" && dt !== "bf16" && dt !== "int8") throw new UserError(`--random-dtype must be f32, bf16 or int8, got '${dt}'`);
    source = new RandomSource(cfg, { seed, quantize: dt === "int8", scalesDtype: "F32", floatDtype: dt === "bf16" ? "BF16" : "F32" });
    randomWeights = true;
    info(`note: no --weights given: using deterministic RANDOM weights (seed ${seed}) for config ${cfg.name ?? flags.config}; the output is meaningless text`);
  }
  const impl = flags.kernels;
  if (impl !== undefined && impl !== "ts" && impl !== "wasm") throw new UserError(`--kernels must be ts or wasm, got '${impl}'`);
  const threads = intFlag(flags.threads, "--threads", 1, 256);
  const kernels = await createKernels({ impl, threads });
  return { cfg, source, kernels, randomWeights };
}
