/**
 * Chooses the kernels a run uses: `--kernels ts|wasm` (opts.impl), else the environment
 * variable GROK1_KERNELS, else WebAssembly. Threads: opts.threads, else GROK1_THREADS,
 * else every core. The WebAssembly build is picked by feature detection: relaxed SIMD
 * where the engine has it, and one thread where shared memory is unavailable.
 */
import { availableParallelism } from "node:os";
import { UserError } from "../errors.js";
import type { WeightHandOver } from "../weights/params.js";
import type { StreamingOptions } from "../weights/streaming.js";
import type { Kernels, Weight } from "./kernels.js";
import { tsKernels } from "./ts_kernels.js";
import { WasmKernels } from "./wasm_kernels.js";
import { bestBuild, detectFeatures } from "./wasm_module.js";
import { CONTROL } from "./thread_worker.js";

export type KernelImpl = "ts" | "wasm";

export interface KernelOptions {
  impl?: KernelImpl;
  threads?: number;
}

function envImpl(): KernelImpl | undefined {
  const v = process.env.GROK1_KERNELS;
  if (v === undefined || v === "") return undefined;
  if (v !== "ts" && v !== "wasm") throw new UserError(`GROK1_KERNELS must be "ts" or "wasm", not "${v}"`);
  return v;
}

/**
 * The most threads a pool runs (--threads, GROK1_THREADS), the caller included: a job is
 * split into at most CONTROL.MAX_PARTS parts (thread_worker.ts), so more threads would
 * sit idle; asking for more is an error rather than a silent cap.
 */
export const MAX_THREADS = CONTROL.MAX_PARTS;

function envThreads(): number | undefined {
  const v = process.env.GROK1_THREADS;
  if (v === undefined || v === "") return undefined;
  const n = /^\d+$/.test(v.trim()) ? Number(v) : NaN;
  if (!(n >= 1 && n <= MAX_THREADS)) throw new UserError(`GROK1_THREADS must be an integer from 1 to ${MAX_THREADS}, not "${v}"`);
  return n;
}

/**
 * The kernels for a run. Asking for threads (opts.threads, i.e. --threads) with the
 * TypeScript kernels, chosen by --kernels ts or GROK1_KERNELS=ts, is an error rather than
 * a flag silently ignored; GROK1_THREADS, a default for every run, is not.
 */
export async function createKernels(opts: KernelOptions = {}): Promise<Kernels> {
  const impl = opts.impl ?? envImpl() ?? "wasm";
  if (impl === "ts") {
    if (opts.threads !== undefined) {
      const chosen = opts.impl === "ts" ? "--kernels ts" : "GROK1_KERNELS=ts";
      throw new UserError(`--threads sets the WebAssembly kernels' threads: the TypeScript kernels (${chosen}) run on one`);
    }
    return tsKernels;
  }
  const threads = opts.threads ?? envThreads() ?? Math.min(availableParallelism(), MAX_THREADS); // by default every core, up to 64
  if (!Number.isInteger(threads) || threads < 1) throw new UserError(`threads must be a positive integer, not ${threads}`);
  const build = bestBuild(detectFeatures());
  return WasmKernels.create({ build, threads: build === "simd-unshared" ? 1 : threads });
}

/** Packs a weight into the kernels' own memory now, where they have one (the loader's hook). */
export function prepareWeight(kernels: Kernels, w: Weight): void {
  if (kernels instanceof WasmKernels) kernels.prepareWeight(w);
}

/**
 * How the weight loader (params.ts loadParams) hands weights over to these kernels: the
 * WebAssembly kernels take each one over into their own memory, have the embeddings
 * written into it a block at a time, and lend the buffer each layer is read into;
 * undefined for the TypeScript kernels, which read the arrays.
 */
export function kernelsHandOver(kernels: Kernels): WeightHandOver | undefined {
  if (!(kernels instanceof WasmKernels)) return undefined;
  return {
    adopt: (w) => kernels.adoptWeight(w),
    adoptRows: (dtype, K, N, blockBytes, fill) => kernels.adoptRows(dtype, K, N, blockBytes, fill),
    allocateF32: (n) => kernels.allocateF32(n),
    releaseF32: (a) => kernels.releaseF32(a),
  };
}

/**
 * The streaming loader's hooks into these kernels (weights/streaming.ts StreamingOptions),
 * as `grok1 generate --memory-budget` sets them: pack each weight as it loads (experts
 * taken over, with kernelsHandOver), free the kernels' copy when the cache drops it.
 */
export function streamingHooks(kernels: Kernels): Pick<StreamingOptions, "prepare" | "handOver" | "release"> {
  return { prepare: (w) => prepareWeight(kernels, w), handOver: kernelsHandOver(kernels), release: (w) => releaseWeight(kernels, w) };
}

/** Frees the kernels' copy of a weight the loader has dropped (a no-op for the TypeScript kernels). */
export function releaseWeight(kernels: Kernels, w: Weight): void {
  if (kernels instanceof WasmKernels) kernels.releaseWeight(w);
}

/** Threads the kernels started, the caller's included (1 for the TypeScript kernels). */
export function kernelThreads(kernels: Kernels): number {
  return kernels instanceof WasmKernels ? kernels.threadsStarted : 1;
}

/** Releases the kernels' threads (a no-op for the TypeScript kernels). */
export async function closeKernels(kernels: Kernels): Promise<void> {
  if (kernels instanceof WasmKernels) await kernels.close();
}
