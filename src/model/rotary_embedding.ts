/**
 * RotaryEmbedding (model.py), RoPE over the whole head, "half split" layout:
 * element i of the first half rotates with element i + K/2, as
 *   x·cos(phase) + rotate_half(x)·sin(phase),   rotate_half(x) = concat(−x2, x1),
 * with phase[pos, i] = pos · inv_freq[i mod K/2]  (the phase is tiled twice) and
 *   inv_freq[j] = 1 / base^(2j / K),  base 10000.
 * Computed in float32 (a bf16 x times float32 cos/sin promotes), cast back to x's dtype.
 */
import { ROPE_BASE } from "../config.js";
import type { Tensor } from "../tensor.js";
import { roundAs, type ForwardContext } from "./context.js";

const fround = Math.fround;

/** inv_freq [K/2] in float32, in the reference's order of float32 operations. */
export function ropeInverseFrequencies(K: number, base = ROPE_BASE): Float32Array {
  const inv = new Float32Array(K / 2);
  for (let j = 0; j < K / 2; j++) {
    const exponent = fround(fround(2 * j) * fround(1 / K)); // arange(0, K, 2, float32) / dim, as XLA divides (kernels/ts_kernels.ts DIVISION)
    inv[j] = fround(1 / fround(Math.pow(base, exponent)));
  }
  return inv;
}

/** In place on x [B, T, H, K], H = Hq (queries) or Hkv (keys); the position of (b, t) is offset[b] + t (offset = KV-memory step). */
export function rotaryEmbedding(ctx: ForwardContext, x: Tensor, offset: Int32Array): Tensor {
  const [B, T, H, K] = x.shape;
  ctx.kernels.rope(x.data, B, T, H, K, offset, ropeInverseFrequencies(K)); // float32
  roundAs(ctx, ctx.dtype, x.data); // x.astype(fprop_dtype)
  return x;
}
