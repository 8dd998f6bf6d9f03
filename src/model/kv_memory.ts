/**
 * KVMemory and Memory (model.py): the key/value cache of each layer.
 * k, v [B, S, Hkv, K]: float32 arrays holding fprop-dtype values (the reference's cache
 * is bfloat16 by default, init_memory's dtype, which is the released config's fprop
 * dtype), and `step` [B]: the number of slots filled in each row. A forward pass with
 * memory writes its T new keys/values at slots step..step+T−1, lets queries see only
 * slots < step + T, and advances step by T.
 *
 * Differs from the reference: updated in place (the reference returns a new KVMemory
 * from every call).
 */
import type { LanguageModelConfig } from "../config.js";
import { allocating } from "../errors.js";
import type { Kernels } from "../kernels/kernels.js";

export interface KVMemory {
  k: Float32Array; // [B, S, Hkv, K]
  v: Float32Array; // [B, S, Hkv, K]
  step: Int32Array; // [B]
}

export interface Memory {
  B: number;
  S: number;
  layers: KVMemory[];
}

/**
 * Transformer.init_memory: zeros, step 0 in every row. Too large for this machine: a
 * UserError naming its size. With `kernels` that offer it (Kernels.allocateF32), k and v
 * live in the kernels' own memory, where attention reads them without a copy; give them
 * back with releaseMemory.
 */
export function initMemory(cfg: LanguageModelConfig, B: number, S: number, kernels?: Kernels): Memory {
  const m = cfg.model;
  const n = B * S * m.num_kv_heads * m.key_size;
  const what = `the KV cache (${m.num_layers} layers × k, v × [B ${B}, S ${S}, Hkv ${m.num_kv_heads}, K ${m.key_size}] float32)`;
  const zeros = (count: number) => kernels?.allocateF32?.(count) ?? new Float32Array(count);
  return allocating(what, memoryBytes(cfg, B, S), () => ({
    B,
    S,
    layers: Array.from({ length: m.num_layers }, () => ({
      k: zeros(n),
      v: zeros(n),
      step: new Int32Array(B),
    })),
  }));
}

/**
 * After a prefill of right-padded prompts (runners.py): the pass advanced every row's step
 * by the padded length; each row's step becomes its own prompt's length, so that its first
 * decode step writes over its first pad slot.
 */
export function setPromptLengths(memory: Memory, lengths: ArrayLike<number>): void {
  for (const layer of memory.layers) layer.step.set(lengths);
}

/** Bytes of initMemory's cache: every layer's k and v, [B, S, Hkv, K] float32 each. */
export function memoryBytes(cfg: LanguageModelConfig, B: number, S: number): number {
  return cfg.model.num_layers * 2 * B * S * cfg.model.num_kv_heads * cfg.model.key_size * 4;
}

/** Gives a KV cache's arrays back to the kernels that allocated them (initMemory); the memory is unusable afterwards. */
export function releaseMemory(memory: Memory, kernels: Kernels): void {
  for (const layer of memory.layers) {
    kernels.releaseF32?.(layer.k);
    kernels.releaseF32?.(layer.v);
  }
  memory.layers = [];
}
