/**
 * The plain TypeScript kernels: the oracle every WebAssembly kernel is tested against.
 *
 * Written for clarity, not speed: one loop nest per definition, float32 rounding made
 * explicit with Math.fround where the reference computes in float32 and the order of
 * operations matters.
 *
 * Each twin and its WebAssembly kernel (kernels-as/assembly/), and how closely they agree
 * (test/kernels.test.ts checks each; wasm_model.test.ts the whole model):
 *   twin here              kernel                                      agreement
 *   matmul, weightAt       matmul.ts → gemv_panel16.ts (M ≤ 4),        float32 tolerance 2γ_K·Σ|x||w|
 *                          gemm_panel16.ts; panel16.ts dequant         (summation order); dequant bit for bit
 *   columns                pack_panel16.ts columns_*                   bit for bit
 *   rmsNorm                rms_norm.ts                                 bit for bit
 *   softmax                softmax.ts                                  bit for bit
 *   rope                   rope.ts                                     bit for bit
 *   gelu                   gelu.ts gelu / gelu_bf16                    bit for bit (XLA's tanh on both sides)
 *   topK                   top_k.ts                                    equal
 *   roundBf16              bf16.ts                                     bit for bit
 *   attention              attention.ts                                q·k reordered, the rest bit for bit
 *   expertFfn              expert_gate.ts (n ≤ 4: decode) or matmul +  as matmul and gelu
 *   (expertFfnComposed)    round_bf16 + gelu_mul; then matmul
 *   (none)                 pack_*, pack_x, stream_read, simd_peak      layouts and benchmarks
 */
import { ATTN_MASK_FILL, ATTN_SOFT_CAP } from "../config.js";
import { bf16BitsToF32, roundBf16, roundBf16Array, totalOrderKey } from "../dtype.js";
import { type AttentionArgs, type Kernels, type Weight, checkColumns, expertFfnComposed, groupRows } from "./kernels.js";

const fround = Math.fround;

// SUMS: the sums of softmax and of RMSNorm's mean square are taken in float64 and rounded
// once to float32, nearly the exact sum, which XLA's vectorised reductions come closer to
// than a float32 running sum does. Against JAX 0.10.2 on the CPU, 2026-11-27: the mean
// square of a 6144-wide row equal in 187 of 256 random rows (a float32 running sum: 8);
// softmax over 1000 slots equal in 67 % of the elements of 512 rows (13 %; the rest is
// XLA's exp). golden/xla_arithmetic measures both.
//
// DIVISION: a float32 division x / y is computed as x · fround(1 / y), because that is what
// XLA computes: JAX 0.10.2 on the CPU gives exactly the product with the reciprocal, jitted
// or not, for a constant divisor or not (x / 30 on 10⁶ random float32s: 63 % of them differ
// from the correctly rounded quotient, none from the product; jax.nn.softmax was
// exp · (1 / sum) in every element of 256 rows of 8 to 4096; jnp.mean is sum · (1 / n)).
// Where the divisor is a power of two the two agree. The golden case sample_f32 records it
// too (sampling/sample.ts). XLA on a GPU may divide exactly: the results then differ in the
// last bit of some elements, well within float32 tolerance.

/** The value of W[k, n] as the reference computes it (see Weight in kernels.ts). */
export function weightAt(w: Weight, k: number, n: number): number {
  const i = w.layout === "kn" ? k * w.N + n : n * w.K + k;
  switch (w.dtype) {
    case "f32":
      return w.data[i];
    case "bf16":
      return bf16BitsToF32(w.data[i]);
    case "i8": {
      const g = Math.floor((k * (w.scaleGroups ?? 1)) / w.K); // the scale group of row k
      const v = fround(w.data[i] * w.scales[g * w.N + n]); // int8 cast to the scales' dtype, times scales
      return w.roundToBf16 ? roundBf16(v) : v;
    }
  }
}

/** One column of W as float32: W[:, n]. */
function column(w: Weight, n: number, out: Float32Array): Float32Array {
  for (let k = 0; k < w.K; k++) out[k] = weightAt(w, k, n);
  return out;
}

export function columns(w: Weight, ids: Int32Array, out: Float32Array): void {
  checkColumns(w, ids);
  for (let i = 0; i < ids.length; i++) column(w, ids[i], out.subarray(i * w.K, (i + 1) * w.K));
}

export function matmul(x: Float32Array, M: number, w: Weight, y: Float32Array, group?: number): void {
  const { K, N } = w;
  const [k0, k1] = groupRows(w, group);
  const col = new Float32Array(K);
  for (let n = 0; n < N; n++) {
    column(w, n, col);
    for (let m = 0; m < M; m++) {
      let acc = 0;
      const row = m * K;
      for (let k = k0; k < k1; k++) acc = fround(acc + fround(x[row + k] * col[k]));
      y[m * N + n] = acc;
    }
  }
}

export function rmsNorm(x: Float32Array, rows: number, D: number, scale: Float32Array, eps: number, y: Float32Array): void {
  for (let r = 0; r < rows; r++) {
    const o = r * D;
    let sumSq = 0; // float64, rounded once: see SUMS
    for (let i = 0; i < D; i++) sumSq += fround(x[o + i] * x[o + i]);
    const mean = fround(fround(sumSq) * fround(1 / D)); // jnp.mean: the sum times 1/D (see DIVISION)
    const inv = fround(1 / Math.sqrt(fround(mean + fround(eps)))); // rsqrt(mean(x²) + eps)
    for (let i = 0; i < D; i++) y[o + i] = fround(scale[i] * fround(x[o + i] * inv));
  }
}

export function softmax(x: Float32Array, rows: number, n: number): void {
  for (let r = 0; r < rows; r++) {
    const o = r * n;
    let max = -Infinity;
    for (let i = 0; i < n; i++) max = Math.max(max, x[o + i]);
    let sum = 0; // float64, rounded once: see SUMS
    for (let i = 0; i < n; i++) {
      const e = fround(Math.exp(fround(x[o + i] - max)));
      x[o + i] = e;
      sum += e;
    }
    const inv = fround(1 / fround(sum)); // / sum, as XLA divides (DIVISION)
    for (let i = 0; i < n; i++) x[o + i] = fround(x[o + i] * inv);
  }
}

export function rope(x: Float32Array, B: number, T: number, H: number, K: number, offset: Int32Array, invFreq: Float32Array): void {
  const half = K / 2;
  for (let b = 0; b < B; b++) {
    for (let t = 0; t < T; t++) {
      const pos = fround(t + offset[b]); // arange(T) + offset, float32
      for (let j = 0; j < half; j++) {
        const phase = fround(pos * invFreq[j]);
        const cos = fround(Math.cos(phase));
        const sin = fround(Math.sin(phase));
        for (let h = 0; h < H; h++) {
          const o = ((b * T + t) * H + h) * K;
          const x1 = x[o + j], x2 = x[o + j + half];
          // rotate_half(x) = concat(−x2, x1): the first half gets −x2, the second x1
          x[o + j] = fround(fround(x1 * cos) + fround(-x2 * sin));
          x[o + j + half] = fround(fround(x2 * cos) + fround(x1 * sin));
        }
      }
    }
  }
}

// TANH: XLA's float32 tanh (xla/service/llvm_ir/math_ops.cc EmitFastTanh, the form its CPU
// backend emits with fused multiply-adds): the input clamped to ±TANH_CLAMP, then an odd
// degree-13 over an even degree-6 polynomial in x², each Horner step a fused multiply-add,
// one division; x itself where |x| < TANH_SMALL. Equal to JAX 0.10.2's jnp.tanh (CPU) on
// 2.7 million float32s, specials included, and a correctly rounded tanh is not (39 % of
// them differ). A fused multiply-add is emulated in float64: the product of two float32s
// is exact there, and the sum is rounded to float64 and then to float32. (XLA's source
// also has a form without fused multiply-adds, clamped at ±7.90531110763549805, which
// its headers say its GPU backend emits: there the reference's tanh differs in the last
// bits of some elements.)
const TANH_CLAMP = fround(7.99881172180175781);
const TANH_SMALL = fround(0.0004);
const TANH_NUMERATOR = [
  4.89352455891786e-3, 6.37261928875436e-4, 1.48572235717979e-5, 5.12229709037114e-8, -8.60467152213735e-11,
  2.00018790482477e-13, -2.76076847742355e-16,
].map(fround); // x, x³, …, x¹³
const TANH_DENOMINATOR = [4.89352518554385e-3, 2.268434632439e-3, 1.18534705686654e-4, 1.19825839466702e-6].map(fround); // 1, x², x⁴, x⁶

/** XLA's float32 tanh of a float32 (TANH above). */
export function tanhXla(x: number): number {
  if (Math.abs(x) < TANH_SMALL) return x;
  const c = Math.min(Math.max(x, -TANH_CLAMP), TANH_CLAMP);
  const c2 = fround(c * c);
  let p = TANH_NUMERATOR[6];
  for (let i = 5; i >= 0; i--) p = fround(c2 * p + TANH_NUMERATOR[i]);
  p = fround(c * p);
  let q = TANH_DENOMINATOR[3];
  for (let i = 2; i >= 0; i--) q = fround(c2 * q + TANH_DENOMINATOR[i]);
  return fround(p / q);
}

/**
 * sqrt(2/π) and 0.044715: the tanh approximation of GELU (jax.nn.gelu, approximate=True),
 * as float32, as the jaxpr of a float32 call has them (0.7978845834732056, 0.044714998453855515):
 * a product with the float64 constants instead rounds differently now and then (gelu(−4.863)
 * was −4.35e-7 that way, −5.80e-7 in JAX).
 */
export const GELU_SQRT_2_OVER_PI = fround(Math.sqrt(2 / Math.PI));
export const GELU_CUBIC = fround(0.044715);

export function geluScalar(v: number): number {
  const inner = fround(GELU_SQRT_2_OVER_PI * fround(v + fround(GELU_CUBIC * fround(v * fround(v * v)))));
  return fround(v * fround(0.5 * fround(1 + tanhXla(inner))));
}

/**
 * jax.nn.gelu's constants as the jaxpr of a bf16 call has them: weak-typed Python floats
 * meeting a bf16 array become bf16 (0.796875 and 0.044677734375).
 */
const GELU_SQRT_2_OVER_PI_BF16 = roundBf16(GELU_SQRT_2_OVER_PI);
const GELU_CUBIC_BF16 = roundBf16(GELU_CUBIC);

/**
 * geluScalar on a bf16 value as XLA computes jax.nn.gelu on a bf16 array: every op of its
 * jaxpr in float32, rounded to bf16 (x³ is integer_pow: x·x, then ·x; tanh of the bf16
 * argument). Checked against JAX 0.10.2 on every bf16 value above 1e-30 in magnitude
 * (below, XLA's CPU flushes subnormals to zero).
 */
export function geluBf16Scalar(v: number): number {
  const cube = roundBf16(roundBf16(v * v) * v);
  const inner = roundBf16(GELU_SQRT_2_OVER_PI_BF16 * roundBf16(v + roundBf16(GELU_CUBIC_BF16 * cube)));
  const t = roundBf16(tanhXla(inner)); // bf16 tanh: in float32, rounded
  return roundBf16(v * roundBf16(0.5 * roundBf16(1 + t)));
}

export function gelu(x: Float32Array, bf16 = false): void {
  const f = bf16 ? geluBf16Scalar : geluScalar;
  for (let i = 0; i < x.length; i++) x[i] = f(x[i]);
}

/**
 * lax.top_k's order: XLA sorts floats by the IEEE total order (−NaN < −Inf < … < −0 < +0 <
 * … < +Inf < +NaN, NaNs further by payload), largest first; equal bit patterns keep index
 * order (dtype.ts totalOrderKey).
 */
export function topK(x: Float32Array, rows: number, n: number, k: number, values: Float32Array, indices: Int32Array): void {
  const bits = new Int32Array(x.buffer, x.byteOffset, x.length); // as bits: a NaN's sign and payload count, and are copied as they are
  const valueBits = new Int32Array(values.buffer, values.byteOffset, values.length);
  const key = (i: number) => totalOrderKey(bits[i]);
  const order = new Int32Array(n);
  for (let r = 0; r < rows; r++) {
    for (let i = 0; i < n; i++) order[i] = i;
    const sorted = Array.from(order).sort((a, b) => key(r * n + b) - key(r * n + a) || a - b);
    for (let j = 0; j < k; j++) {
      indices[r * k + j] = sorted[j];
      valueBits[r * k + j] = bits[r * n + sorted[j]];
    }
  }
}

export function attention(a: AttentionArgs): void {
  const { B, T, S, Hq, Hkv, K, q, k, v, mask, bf16, out } = a;
  const slots = a.slots ?? S; // k, v: [B, slots, Hkv, K]
  const G = Hq / Hkv; // query heads per kv head: query head h uses kv head floor(h / G)
  const multiplier = fround(a.multiplier);
  const logits = new Float32Array(S);
  for (let b = 0; b < B; b++) {
    for (let t = 0; t < T; t++) {
      for (let h = 0; h < Hq; h++) {
        const kvh = Math.floor(h / G);
        const qo = ((b * T + t) * Hq + h) * K;
        for (let s = 0; s < S; s++) {
          const ko = ((b * slots + s) * Hkv + kvh) * K;
          let dot = 0;
          for (let i = 0; i < K; i++) dot = fround(dot + fround(q[qo + i] * k[ko + i]));
          if (bf16) dot = roundBf16(dot); // einsum of bf16 inputs gives bf16, then .astype(float32)
          let l = fround(dot * multiplier);
          l = fround(ATTN_SOFT_CAP * tanhXla(fround(l * fround(1 / ATTN_SOFT_CAP)))); // 30 · tanh(l / 30) (DIVISION, TANH)
          logits[s] = mask[(b * T + t) * S + s] ? l : ATTN_MASK_FILL;
        }
        softmax(logits, 1, S);
        if (bf16) roundBf16Array(logits); // .astype(query.dtype)
        const oo = ((b * T + t) * Hq + h) * K;
        for (let i = 0; i < K; i++) {
          let acc = 0;
          for (let s = 0; s < S; s++) acc = fround(acc + fround(logits[s] * v[((b * slots + s) * Hkv + kvh) * K + i]));
          out[oo + i] = bf16 ? roundBf16(acc) : acc;
        }
      }
    }
  }
}

export const tsKernels: Kernels = {
  name: "ts",
  matmul,
  columns,
  rmsNorm,
  softmax,
  rope,
  gelu,
  topK,
  expertFfn: (x, n, w, round, out) => expertFfnComposed(tsKernels, x, n, w, round, out),
  roundBf16: (x) => void roundBf16Array(x),
  attention,
};
