/**
 * MultiHeadAttention (model.py; MHABlock around it adds nothing but the call).
 *
 *   q = x·Wq, k = x·Wk, v = x·Wv           [B, T, Hq, K], [B, T, Hkv, K] (fprop dtype)
 *   q, k = RoPE(q, k) at positions step + t
 *   (with memory: write k, v into the cache at step; attend over the cache)
 *   logits = float32(q·k) · attn_output_multiplier       [B, Hkv, G, T, Sa]  float32
 *            (the einsum returns the fprop dtype, then .astype(float32))
 *   logits = 30 · tanh(logits / 30)                       soft cap (config.ts ATTN_SOFT_CAP)
 *   logits = mask ? logits : −1e30                        config.ts ATTN_MASK_FILL (not −inf: a fully masked row is uniform)
 *   w = softmax(logits) → fprop dtype;  out = w·v          [B, T, Hq, K]
 *   y = out · W_linear                                     [B, T, D]
 * Grouped-query: query head h uses kv head floor(h / G), G = Hq / Hkv. S is the cache's
 * slots; attention reads the first Sa of them (Sa = T without memory).
 *
 * Mask, as the reference builds it: key s is visible to query t when the key is not
 * padding (token > pad_token) and s <= t (causal). With memory, slots >= step + T are
 * hidden; in single-token decode (T = 1) the reference's [B,1,1,1] mask is the padding
 * of the new token itself, broadcast over all slots, so earlier cached slots are all
 * visible. For T > 1 with memory (a prompt into a filled cache, which the reference
 * never does) we use the natural rule: cached slots < step are visible, new slots by
 * padding and causality.
 *
 * Differs from the reference: attention runs over slots < max(step + T) only, not over
 * the whole cache; hidden slots weigh exactly 0 either way, except in a row with no
 * visible key at all (a pad token as the query), which is uniform over fewer slots.
 */
import type { Tensor } from "../tensor.js";
import type { AttentionParams } from "../weights/params.js";
import type { ForwardContext } from "./context.js";
import type { KVMemory } from "./kv_memory.js";
import { linear } from "./linear.js";
import { rotaryEmbedding } from "./rotary_embedding.js";

export interface AttentionOutput {
  embeddings: Tensor; // [B, T, D]
}

/**
 * x [B, T, D]; padding [B, T] (1 = real token); memory: this layer's cache or undefined.
 * Advances memory.step by T when memory is given.
 */
export function multiHeadAttention(
  ctx: ForwardContext,
  p: AttentionParams,
  x: Tensor,
  padding: Uint8Array,
  memory: KVMemory | undefined,
  memorySlots: number,
): AttentionOutput {
  const m = ctx.cfg.model;
  const [B, T] = x.shape;
  const Hq = m.num_q_heads, Hkv = m.num_kv_heads, K = m.key_size;

  const q = linear(ctx, x, p.query); // [B, T, Hq·K]
  const k = linear(ctx, x, p.key); // [B, T, Hkv·K]
  const v = linear(ctx, x, p.value); // [B, T, Hkv·K]
  q.shape = [B, T, Hq, K];
  k.shape = [B, T, Hkv, K];
  v.shape = [B, T, Hkv, K];

  const offset = memory ? memory.step : new Int32Array(B); // RoPE positions start at the memory step
  rotaryEmbedding(ctx, k, offset);
  rotaryEmbedding(ctx, q, offset);

  const mask = memory ? maskWithMemory(padding, memory.step, B, T) : causalPaddingMask(padding, B, T); // [B, T, Sa]
  if (memory) writeIntoMemory(memory, k.data, v.data, B, T, memorySlots, Hkv * K);
  const keys = memory ? memory.k : k.data; // [B, S, Hkv, K] (S = T without memory)
  const values = memory ? memory.v : v.data;
  const S = memory ? memorySlots : T;
  if (memory) for (let b = 0; b < B; b++) memory.step[b] += T; // new_step = step + T

  // the math above, as a plain loop: kernels/ts_kernels.ts attention() (the oracle the
  // WebAssembly kernel is tested against)
  const out = new Float32Array(B * T * Hq * K); // [B, T, Hq, K]
  ctx.kernels.attention({
    B, T, S: mask.S, slots: S, Hq, Hkv, K,
    q: q.data, k: keys, v: values, mask: mask.data,
    multiplier: m.attn_output_multiplier,
    bf16: ctx.dtype === "bfloat16",
    out,
  });
  const y = linear(ctx, { shape: [B, T, Hq * K], data: out }, p.linear); // [B, T, D]
  return { embeddings: y };
}

/** mask[b, t, s] = padding[b, s] && s <= t   — [B, T, Sa = T] */
export function causalPaddingMask(padding: Uint8Array, B: number, T: number): { S: number; data: Uint8Array } {
  const mask = new Uint8Array(B * T * T);
  for (let b = 0; b < B; b++)
    for (let t = 0; t < T; t++)
      for (let s = 0; s <= t; s++) mask[(b * T + t) * T + s] = padding[b * T + s];
  return { S: T, data: mask };
}

/** The mask over cache slots 0..Sa−1, Sa = max over rows of step + T.  — [B, T, Sa] */
function maskWithMemory(padding: Uint8Array, step: Int32Array, B: number, T: number): { S: number; data: Uint8Array } {
  let S = 0;
  for (let b = 0; b < B; b++) S = Math.max(S, step[b] + T);
  const mask = new Uint8Array(B * T * S);
  for (let b = 0; b < B; b++) {
    const filled = step[b];
    for (let t = 0; t < T; t++) {
      for (let s = 0; s < filled + T; s++) {
        let visible: number;
        if (T === 1) visible = padding[b]; // the reference: the new token's own padding, over all slots
        else if (s < filled) visible = 1;
        else visible = s - filled <= t ? padding[b * T + (s - filled)] : 0;
        mask[(b * T + t) * S + s] = visible;
      }
    }
  }
  return { S, data: mask };
}

/** dynamic_update_slice of the new keys/values into each row's cache at its step. */
function writeIntoMemory(mem: KVMemory, k: Float32Array, v: Float32Array, B: number, T: number, slots: number, rowWidth: number) {
  for (let b = 0; b < B; b++) {
    const at = mem.step[b];
    if (at + T > slots) throw new Error(`KV memory full: row ${b} has ${at} of ${slots} slots filled, ${T} more do not fit`);
    mem.k.set(k.subarray(b * T * rowWidth, (b + 1) * T * rowWidth), (b * slots + at) * rowWidth);
    mem.v.set(v.subarray(b * T * rowWidth, (b + 1) * T * rowWidth), (b * slots + at) * rowWidth);
  }
}
