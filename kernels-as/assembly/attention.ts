/**
 * The attention core of one layer (model.py MultiHeadAttention after the projections and
 * RoPE), grouped-query: query head h reads key/value head h / G, G = Hq / Hkv.
 *
 * For one query row (b, t, h):
 *   logit[s] = 30 · tanh(fround(q·k[s] · multiplier) / 30)    where mask[b, t, s] != 0
 *            = −1e30                                           elsewhere (not −Inf: a fully
 *                                                              masked row stays uniform)
 *   p = softmax(logit);  out = Σ_s p[s] · v[s]
 * In bfloat16 mode q·k, p and out are rounded to bf16 where the reference's einsums
 * return bf16. The q·k dot product runs in four lanes (float32 tolerance against the
 * twin); tanh is float64 rounded once (see gelu.ts); the weighted sum of values runs over
 * s in the twin's order, rounding each product and sum, so equal p give equal outputs.
 */
import { madd, hsum, roundBf16 } from "./simd";
import { softmaxRow } from "./softmax";
import { round_bf16 } from "./bf16";

/** The soft cap of the logits (config.ts ATTN_SOFT_CAP, model.py: 30 · tanh(x / 30)). */
const SOFT_CAP: f32 = 30;
/** Masked logits (config.ts ATTN_MASK_FILL, model.py: jnp.where(mask, logits, -1e30)). */
const MASK_FILL: f32 = -1e30;

/** q·k over K float32 at a and b, in four lanes. */
@inline function dot(a: usize, b: usize, K: i32): f32 {
  let acc0 = f32x4.splat(0), acc1 = acc0;
  let i = 0;
  for (; i + 8 <= K; i += 8) {
    const o = <usize>i << 2;
    acc0 = madd(v128.load(a + o), v128.load(b + o), acc0);
    acc1 = madd(v128.load(a + o, 16), v128.load(b + o, 16), acc1);
  }
  for (; i + 4 <= K; i += 4) {
    const o = <usize>i << 2;
    acc0 = madd(v128.load(a + o), v128.load(b + o), acc0);
  }
  let d = hsum(f32x4.add(acc0, acc1));
  for (; i < K; i++) d += load<f32>(a + (<usize>i << 2)) * load<f32>(b + (<usize>i << 2));
  return d;
}

/**
 * Query rows r = (b·T + t)·Hq + h in [r0, r1) of q[B, T, Hq, K] against k, v[B, S, Hkv, K],
 * mask[B, T, S] (bytes), into out[B, T, Hq, K]. `scratch` holds S float32 (this thread's logits).
 */
export function attention(
  q: usize, k: usize, v: usize, mask: usize, out: usize,
  T: i32, S: i32, Hq: i32, Hkv: i32, K: i32, multiplier: f32, bf16: bool,
  scratch: usize, r0: i32, r1: i32,
): void {
  const G = Hq / Hkv;
  const rowBytes = <usize>K * 4;
  for (let r = r0; r < r1; r++) {
    const bt = r / Hq, h = r % Hq, b = bt / T;
    const kvh = h / G;
    const qr = q + <usize>r * rowBytes;
    const maskRow = mask + <usize>bt * <usize>S;
    const kv0 = (<usize>b * <usize>S * <usize>Hkv + <usize>kvh) * rowBytes; // offset of (b, s = 0, kvh)
    const kvStride = <usize>Hkv * rowBytes; // from s to s + 1
    for (let s = 0; s < S; s++) {
      let l = MASK_FILL;
      if (load<u8>(maskRow + <usize>s) != 0) {
        let d = dot(qr, k + kv0 + <usize>s * kvStride, K);
        if (bf16) d = roundBf16(d);
        l = d * multiplier;
        l = SOFT_CAP * <f32>Math.tanh(<f64>(l / SOFT_CAP));
      }
      store<f32>(scratch + (<usize>s << 2), l);
    }
    softmaxRow(scratch, S);
    if (bf16) round_bf16(scratch, 0, S);

    const outr = out + <usize>r * rowBytes;
    memory.fill(outr, 0, rowBytes);
    for (let s = 0; s < S; s++) {
      const p = load<f32>(scratch + (<usize>s << 2));
      const p4 = f32x4.splat(p);
      const vr = v + kv0 + <usize>s * kvStride;
      let i = 0;
      for (; i + 4 <= K; i += 4) {
        const o = <usize>i << 2;
        v128.store(outr + o, f32x4.add(v128.load(outr + o), f32x4.mul(p4, v128.load(vr + o))));
      }
      for (; i < K; i++) {
        const o = <usize>i << 2;
        store<f32>(outr + o, load<f32>(outr + o) + p * load<f32>(vr + o));
      }
    }
    if (bf16) round_bf16(outr, 0, K);
  }
}
