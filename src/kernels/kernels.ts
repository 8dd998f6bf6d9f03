/**
 * The one small interface between the model code and the compute kernels.
 *
 * The model files (src/model/*.ts) read like the math and call these functions for
 * everything that costs time. `ts_kernels.ts` is the plain TypeScript implementation
 * (the oracle); the WebAssembly kernels (kernels-as/, loaded by wasm_kernels.ts)
 * implement the same interface and are tested against it.
 *
 * Conventions:
 * - Activations are Float32Array, row-major, in the shapes named in the comments
 *   (shape vocabulary: see config.ts). In bfloat16 mode they hold bf16-representable
 *   float32s; the model rounds where the reference rounds (`roundBf16`).
 * - Kernels accumulate in float32. They never round to bf16 unless asked.
 * - Outputs are written into caller-provided arrays.
 */

/**
 * A weight matrix W[K, N] as the reference multiplies it: y = x · W. Here, as in BLAS,
 * K × N are the matmul's inner and output dimensions (not the head size K of the model's
 * shapes), and a weight's scale groups are `scaleGroups` (not G = Hq/Hkv).
 *
 * `layout` says how the K·N elements are stored:
 *   "kn": W[k, n] at k·N + n (the reference's [in, out] Linear layout);
 *   "nk": W[k, n] at n·K + k (a [out, in] matrix: the tied embeddings [V, D] used
 *         as the output head, logits = x · embeddingsᵀ).
 *
 * The value of an element, W[k, n]:
 *   f32:  data[i]
 *   bf16: the bfloat16 with bits data[i]
 *   i8:   data[i] · scale computed in float32 (QuantizedWeight8bit: weight cast to the
 *         scales' dtype times scales), then rounded to bf16 when `roundToBf16` (scales
 *         stored as bf16, or the product cast to a bf16 fprop dtype).
 *         The scale of W[k, n] is scales[g · N + n] with g = floor(k · G / K): one row
 *         of N scales per group of K/G consecutive input rows. G = `scaleGroups`
 *         (default 1: one scale per output column). The released checkpoint has G = 8
 *         for multi_head_attention/linear and moe/linear_1 (one group per shard of its
 *         8-way model-parallel split), G = 1 elsewhere.
 */
export type Weight =
  | { dtype: "f32"; K: number; N: number; layout: "kn" | "nk"; data: Float32Array }
  | { dtype: "bf16"; K: number; N: number; layout: "kn" | "nk"; data: Uint16Array }
  | {
      dtype: "i8";
      K: number;
      N: number;
      layout: "kn" | "nk";
      data: Int8Array;
      scales: Float32Array; // [G, N]
      scaleGroups?: number; // G, dividing K; 1 when absent
      roundToBf16: boolean;
    };

/** Arguments of the attention core for one layer (everything after the q/k/v projections and RoPE). */
export interface AttentionArgs {
  B: number;
  T: number; // query positions in this call
  S: number; // key slots read (T without memory; with memory the filled ones, max over rows of step + T, ≤ slots)
  /**
   * Slots from one batch row of k and v to the next (default S): a KV cache of `slots`
   * slots per row is read in place, its first S slots in each row.
   */
  slots?: number;
  Hq: number;
  Hkv: number;
  K: number;
  q: Float32Array; // [B, T, Hq, K]
  k: Float32Array; // [B, slots, Hkv, K], slots 0..S−1 read
  v: Float32Array; // [B, slots, Hkv, K], slots 0..S−1 read
  /** mask[b, t, s] != 0: query t of row b may attend to key s. [B, T, S] */
  mask: Uint8Array;
  /** attn_output_multiplier, applied to the float32 logits. */
  multiplier: number;
  /** bfloat16 mode: round q·k to bf16 (the einsum's result dtype), and the softmax weights to bf16 before the weighted sum of values, and the output. */
  bf16: boolean;
  out: Float32Array; // [B, T, Hq, K]
}

/** One expert's three weights (model.py MoELayer: linear, linear_v, linear_1). */
export interface ExpertWeights {
  linear: Weight; // [D, F]
  linear_v: Weight; // [D, F]
  linear_1: Weight; // [F, D]
}

export interface Kernels {
  /** Short name for logs and benchmarks: "ts", "wasm-simd", "wasm-relaxed-simd", ... */
  readonly name: string;

  /**
   * y[M, N] = x[M, K] · W[K, N], float32 accumulation. With `group` g (an 8-bit W with
   * G scale groups, 0 ≤ g < G), only that group's rows, the g-th K/G (groupRows):
   *   y = x[:, k0:k1] · W[k0:k1, :]      (x still given whole, [M, K])
   * one shard's partial product of a row-parallel Linear (src/model/linear.ts).
   */
  matmul(x: Float32Array, M: number, w: Weight, y: Float32Array, group?: number): void;

  /**
   * Columns of W as float32: out[i, k] = W[k, ids[i]] (each id in [0, N)). The embedding
   * lookup: a table stored [V, D] is a Weight of layout "nk" (K = D, N = V), and token
   * id's row is its column id. float32 and bfloat16 weights.
   */
  columns(w: Weight, ids: Int32Array, out: Float32Array): void;

  /**
   * RMSNorm over rows of width D, in float32:
   *   y = x · rsqrt(mean(x²) + eps) · scale      (model.py RMSNorm.__call__)
   */
  rmsNorm(x: Float32Array, rows: number, D: number, scale: Float32Array, eps: number, y: Float32Array): void;

  /** Softmax over each row of width n, in place, float32: exp(x − max) / Σ exp(x − max). */
  softmax(x: Float32Array, rows: number, n: number): void;

  /**
   * RoPE in place on x[B, T, H, K] (half-split layout: element i < K/2 pairs with i + K/2).
   * Position of (b, t) = offset[b] + t. invFreq[K/2] are the per-pair frequencies (float32).
   * Phase and products in float32 as model.py RotaryEmbedding does:
   *   phase = fround(pos · invFreq[j]); x = x·cos(phase) + rotate_half(x)·sin(phase)
   */
  rope(x: Float32Array, B: number, T: number, H: number, K: number, offset: Int32Array, invFreq: Float32Array): void;

  /**
   * GELU, tanh form (jax.nn.gelu's default), in place, float32:
   *   gelu(v) = v · 0.5 · (1 + tanh(√(2/π) · (v + 0.044715 · v³)))
   * With `bf16` (x holds bf16 values), as the reference computes it on a bf16 array:
   * every op rounded to bf16, the constants bf16 (ts_kernels.ts geluBf16Scalar).
   */
  gelu(x: Float32Array, bf16?: boolean): void;

  /**
   * Top-k of each row of width n (lax.top_k: largest first, ties to the lower index).
   * Writes values and indices [rows, k].
   */
  topK(x: Float32Array, rows: number, n: number, k: number, values: Float32Array, indices: Int32Array): void;

  /**
   * One expert's gated FFN over n tokens (model.py MoELayer), float32:
   *   h   = x[n, D] · W_linear            [n, F]   rounded to bf16 when round.h
   *   hv  = x · W_linear_v                [n, F]   rounded to bf16 when round.hv
   *   out = (gelu(h) ⊙ hv) · W_linear_1   [n, D]   gelu in float32 even where h was rounded
   *                                                  to bf16 (the one-hot einsum is float32, moe_layer.ts)
   * exactly this composition of matmul, roundBf16 and gelu, with the product rounded
   * once per element (the rounding flags: a bf16 input times bf16 weights gives a bf16
   * product in the reference).
   */
  expertFfn(x: Float32Array, n: number, w: ExpertWeights, round: { h: boolean; hv: boolean }, out: Float32Array): void;

  /** Rounds every element to the nearest bfloat16 (ties to even), in place. */
  roundBf16(x: Float32Array): void;

  /** The attention core for one layer; see AttentionArgs. */
  attention(a: AttentionArgs): void;

  /**
   * Optional: a zeroed array of n float32 in memory these kernels read without copying it
   * in (kv_memory.ts puts the KV cache there, whose filled slots attention reads at every
   * decode step). Give it back with releaseF32; otherwise it is freed when it is
   * garbage-collected, so views of it (subarray) must not outlive it. Implementations without such memory
   * leave both out, and callers use a plain Float32Array.
   */
  allocateF32?(n: number): Float32Array;
  releaseF32?(a: Float32Array): void;
}

/**
 * Kernels.expertFfn as the composition it names, one call of `k`'s kernels at a time:
 * the TypeScript twin, and the WebAssembly kernels where the three weights sit in
 * different memory banks.
 */
export function expertFfnComposed(
  k: Pick<Kernels, "matmul" | "roundBf16" | "gelu">,
  x: Float32Array,
  n: number,
  w: ExpertWeights,
  round: { h: boolean; hv: boolean },
  out: Float32Array,
): void {
  const F = w.linear.N;
  const h = new Float32Array(n * F); // x·W_linear     [n, F]
  const hv = new Float32Array(n * F); // x·W_linear_v  [n, F]
  k.matmul(x, n, w.linear, h);
  k.matmul(x, n, w.linear_v, hv);
  if (round.h) k.roundBf16(h);
  if (round.hv) k.roundBf16(hv);
  k.gelu(h);
  for (let i = 0; i < h.length; i++) h[i] = Math.fround(h[i] * hv[i]);
  k.matmul(h, n, w.linear_1, out);
}

/**
 * The rows [k0, k1) of scale group g of W (Weight: row k is in group floor(k·G / K)), or
 * all K rows when g is undefined; what Kernels.matmul's `group` selects, in every
 * implementation.
 */
export function groupRows(w: Weight, g: number | undefined): [number, number] {
  if (g === undefined) return [0, w.K];
  const G = w.dtype === "i8" ? (w.scaleGroups ?? 1) : 1;
  if (w.dtype !== "i8" || !Number.isInteger(g) || g < 0 || g >= G)
    throw new Error(`matmul: group ${g}, but the weight (${w.dtype}) has ${G} scale group(s)`);
  return [Math.ceil((g * w.K) / G), Math.ceil(((g + 1) * w.K) / G)]; // the first k with floor(k·G / K) = g, and g + 1
}

/** What Kernels.columns accepts, in every implementation: a float32 / bfloat16 W and ids in [0, N). */
export function checkColumns(w: Weight, ids: Int32Array): void {
  if (w.dtype === "i8") throw new Error("columns: 8-bit weights are not supported (Grok-1's embeddings are float32 or bfloat16)");
  for (const id of ids) if (!(id >= 0 && id < w.N)) throw new Error(`columns: id ${id} is outside [0, ${w.N})`);
}
