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
 * return bf16.
 *
 * Numerics against the TypeScript twin: the q·k dot products run in four lanes (float32
 * tolerance); everything after them is the twin's float32 operations in the twin's order
 * — tanh is XLA's (math_simd.ts tanhXla4, the twin's tanhXla) and softmax's exp the float64
 * exp rounded once, as the twin's (four lanes at a time: math_simd.ts expRounded4, checked
 * on every float32),
 * and the weighted sum of values runs over s, rounding each product and sum — so equal
 * dot products (integer q and k, as in the tests' bf16 cases) give equal outputs.
 *
 * Speed (see `attention` below): rows are taken in groups that share a key/value head,
 * so that each key and value row comes from memory once per group, not once per query
 * head (grouped-query attention's point); the logits are computed four key slots at a
 * time (dots4), their tanh four lanes at a time (capped4), and the weighted sum keeps 32
 * outputs in registers over a block of slots (weighSlots). `npx grok1 bench --quick
 * --threads 1` (grok-1-mid's 8 / 2 heads of 128, both builds, 2 runs each), one decode
 * token over 1024 slots: one row and one slot at a time 0.49–0.52 ms, grouped 0.40–0.41,
 * with four-lane tanh and exp 0.30–0.31; 128 query rows over 128 slots: 6.7–6.8, 5.1–5.2,
 * 3.6–3.7 ms; a causal 512-token prompt ("attention causal"): 69–72 ms before all this,
 * 41–42 with the groups and the four-lane tanh, 29.5–29.7 once the future slots are left
 * out (see `attention`); on 2 threads 23.4 → 15.8–17.0 ms once the threads' shares of
 * query positions are balanced (byZigzag). For one token, about a quarter of what was left then
 * was copying the cache into the memory; the model's KV cache now lives in the kernels' memory
 * and is read in place (src/kernels/wasm_kernels.ts attention: only a cache held in a plain
 * array is still copied in).
 */
import { madd, hsum, roundBf16, roundBf16x4 } from "./simd";
import { softmaxRow } from "./softmax";
import { tanhXla, tanhXla4 } from "./math_simd";
import { round_bf16 } from "./bf16";

/** The soft cap of the logits (config.ts ATTN_SOFT_CAP, model.py: 30 · tanh(x / 30)). */
const SOFT_CAP: f32 = 30;
/** x / 30 as XLA computes it: x · fround(1 / 30) (src/kernels/ts_kernels.ts DIVISION). */
const INV_SOFT_CAP: f32 = <f32>1 / SOFT_CAP;
/** Masked logits (config.ts ATTN_MASK_FILL, model.py: jnp.where(mask, logits, -1e30)). */
const MASK_FILL: f32 = -1e30;

/** q·k over K float32 at a and b, in four lanes (one slot: those after the last whole four). */
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
 * Four dot products at once, q at a against the key rows b, b + stride, b + 2·stride,
 * b + 3·stride (K float32 each): [q·k0, q·k1, q·k2, q·k3]. Each slot sums in four lanes
 * and two accumulators, as `dot` does, then the four slots' lanes are added by a 4 × 4
 * transpose.
 */
@inline function dots4(a: usize, b: usize, stride: usize, K: i32): v128 {
  const b1 = b + stride, b2 = b1 + stride, b3 = b2 + stride;
  let c0 = f32x4.splat(0), c1 = c0, c2 = c0, c3 = c0, e0 = c0, e1 = c0, e2 = c0, e3 = c0;
  let i = 0;
  for (; i + 8 <= K; i += 8) {
    const o = <usize>i << 2;
    const x0 = v128.load(a + o), x1 = v128.load(a + o, 16);
    c0 = madd(x0, v128.load(b + o), c0); e0 = madd(x1, v128.load(b + o, 16), e0);
    c1 = madd(x0, v128.load(b1 + o), c1); e1 = madd(x1, v128.load(b1 + o, 16), e1);
    c2 = madd(x0, v128.load(b2 + o), c2); e2 = madd(x1, v128.load(b2 + o, 16), e2);
    c3 = madd(x0, v128.load(b3 + o), c3); e3 = madd(x1, v128.load(b3 + o, 16), e3);
  }
  if (i + 4 <= K) {
    const o = <usize>i << 2;
    const x0 = v128.load(a + o);
    c0 = madd(x0, v128.load(b + o), c0); c1 = madd(x0, v128.load(b1 + o), c1);
    c2 = madd(x0, v128.load(b2 + o), c2); c3 = madd(x0, v128.load(b3 + o), c3);
    i += 4;
  }
  const s0 = f32x4.add(c0, e0), s1 = f32x4.add(c1, e1), s2 = f32x4.add(c2, e2), s3 = f32x4.add(c3, e3);
  // lanes (0 + 2, 1 + 3) of slots 0, 1 and 2, 3, then (0 + 2) + (1 + 3)
  const t01 = f32x4.add(v128.shuffle<f32>(s0, s1, 0, 4, 1, 5), v128.shuffle<f32>(s0, s1, 2, 6, 3, 7));
  const t23 = f32x4.add(v128.shuffle<f32>(s2, s3, 0, 4, 1, 5), v128.shuffle<f32>(s2, s3, 2, 6, 3, 7));
  let d = f32x4.add(v128.shuffle<f32>(t01, t23, 0, 1, 4, 5), v128.shuffle<f32>(t01, t23, 2, 3, 6, 7));
  for (; i < K; i++) { // the last K mod 4
    const o = <usize>i << 2;
    const x = f32x4.splat(load<f32>(a + o));
    let kv = f32x4.splat(load<f32>(b + o));
    kv = f32x4.replace_lane(kv, 1, load<f32>(b1 + o));
    kv = f32x4.replace_lane(kv, 2, load<f32>(b2 + o));
    kv = f32x4.replace_lane(kv, 3, load<f32>(b3 + o));
    d = f32x4.add(d, f32x4.mul(x, kv));
  }
  return d;
}

/** The logit of a visible slot from its (bf16-rounded) dot product: scaled, then soft-capped. */
@inline function capped(d: f32, multiplier: f32): f32 {
  const l = d * multiplier;
  return SOFT_CAP * tanhXla(l * INV_SOFT_CAP);
}

/** `capped` on four lanes: the same float32 operations. */
@inline function capped4(d: v128, multiplier: f32): v128 {
  const l = f32x4.mul(d, f32x4.splat(multiplier));
  return f32x4.mul(f32x4.splat(SOFT_CAP), tanhXla4(f32x4.mul(l, f32x4.splat(INV_SOFT_CAP))));
}

/** Selects mask byte j of a 32-bit load in lane j. */
const MASK_BYTES = memory.data<u32>([0xff, 0xff00, 0xff0000, 0xff000000], 16);

/**
 * out[0..K) += Σ_s p[s] · v[s] over `n` slots, p at `p`, value rows `stride` bytes apart
 * from `v`: per output element in slot order, each product and sum rounded (the twin's
 * order, continued from the sum so far in `out`). 32 outputs at a time stay in eight
 * registers while s runs over the n slots.
 */
@inline function weighSlots(p: usize, v: usize, stride: usize, n: i32, K: i32, out: usize): void {
  let i = 0;
  for (; i + 32 <= K; i += 32) {
    const o = out + (<usize>i << 2);
    let a0 = v128.load(o), a1 = v128.load(o, 16), a2 = v128.load(o, 32), a3 = v128.load(o, 48);
    let a4 = v128.load(o, 64), a5 = v128.load(o, 80), a6 = v128.load(o, 96), a7 = v128.load(o, 112);
    let vr = v + (<usize>i << 2);
    for (let s = 0; s < n; s++) {
      const ps = v128.load32_splat(p + (<usize>s << 2));
      a0 = f32x4.add(a0, f32x4.mul(ps, v128.load(vr))); a1 = f32x4.add(a1, f32x4.mul(ps, v128.load(vr, 16)));
      a2 = f32x4.add(a2, f32x4.mul(ps, v128.load(vr, 32))); a3 = f32x4.add(a3, f32x4.mul(ps, v128.load(vr, 48)));
      a4 = f32x4.add(a4, f32x4.mul(ps, v128.load(vr, 64))); a5 = f32x4.add(a5, f32x4.mul(ps, v128.load(vr, 80)));
      a6 = f32x4.add(a6, f32x4.mul(ps, v128.load(vr, 96))); a7 = f32x4.add(a7, f32x4.mul(ps, v128.load(vr, 112)));
      vr += stride;
    }
    v128.store(o, a0); v128.store(o, a1, 16); v128.store(o, a2, 32); v128.store(o, a3, 48);
    v128.store(o, a4, 64); v128.store(o, a5, 80); v128.store(o, a6, 96); v128.store(o, a7, 112);
  }
  for (; i + 4 <= K; i += 4) {
    const o = out + (<usize>i << 2);
    let a0 = v128.load(o);
    let vr = v + (<usize>i << 2);
    for (let s = 0; s < n; s++) {
      a0 = f32x4.add(a0, f32x4.mul(v128.load32_splat(p + (<usize>s << 2)), v128.load(vr)));
      vr += stride;
    }
    v128.store(o, a0);
  }
  for (; i < K; i++) {
    const o = out + (<usize>i << 2);
    let a = load<f32>(o);
    let vr = v + (<usize>i << 2);
    for (let s = 0; s < n; s++) {
      a += load<f32>(p + (<usize>s << 2)) * load<f32>(vr);
      vr += stride;
    }
    store<f32>(o, a);
  }
}

/** Bytes of value rows the weighted sum takes at a time, for every query row of a group: a quarter of L1. */
const V_BLOCK_BYTES: i32 = 8192;

/**
 * The position of work item i among T query positions: 0, T − 1, 1, T − 2, … In a causal
 * prompt query t costs in proportion to t + 1 (slots after it are left out), so threads
 * that take contiguous ranges of work items take balanced shares. The outputs do not
 * depend on the order.
 */
@inline function byZigzag(i: i32, T: i32): i32 {
  return (i & 1) == 0 ? i >> 1 : T - 1 - (i >> 1);
}

/** Whether the S value rows from `v`, `stride` bytes apart (K float32 each), are all finite. */
function finiteRows(v: usize, stride: usize, S: i32, K: i32): bool {
  const exponent = i32x4.splat(0x7f800000); // all ones: ±Inf or NaN
  let bad = i32x4.splat(0);
  for (let s = 0; s < S; s++) {
    const row = v + <usize>s * stride;
    let i = 0;
    for (; i + 4 <= K; i += 4) bad = v128.or(bad, i32x4.eq(v128.and(v128.load(row + (<usize>i << 2)), exponent), exponent));
    for (; i < K; i++) if ((load<u32>(row + (<usize>i << 2)) & 0x7f800000) == 0x7f800000) return false;
  }
  return !v128.any_true(bad);
}

/**
 * The logits of a group's n query rows (from `qr`, `rowBytes` apart) against slots
 * [0, end) of keys from `ks` (`kvStride` apart), under the mask bytes at `maskRow`: row j
 * into `scratch` + j·logitBytes, float32. Four slots at a time: the four keys are read
 * once for all n rows (dots4), and a hidden slot gets the mask fill.
 */
@inline function groupLogits(
  qr: usize, ks: usize, maskRow: usize, end: i32, n: i32, K: i32, kvStride: usize, multiplier: f32, bf16: bool,
  scratch: usize, logitBytes: usize,
): void {
  const rowBytes = <usize>K * 4;
  let s = 0;
  for (; s + 4 <= end; s += 4) {
    const visible = load<u32>(maskRow + <usize>s); // the four slots' mask bytes
    if (visible == 0) {
      for (let j = 0; j < n; j++) v128.store(scratch + <usize>j * logitBytes + (<usize>s << 2), f32x4.splat(MASK_FILL));
      continue;
    }
    const lanes = i32x4.ne(v128.and(i32x4.splat(visible), v128.load(MASK_BYTES)), i32x4.splat(0)); // all ones where visible
    const k4 = ks + <usize>s * kvStride;
    for (let j = 0; j < n; j++) {
      const at = scratch + <usize>j * logitBytes + (<usize>s << 2);
      let d = dots4(qr + <usize>j * rowBytes, k4, kvStride, K); // float32
      if (bf16) d = roundBf16x4(d); // the einsum's bf16 result
      d = v128.and(d, lanes); // hidden slots' dot products as 0: whatever their keys hold (NaN too) stays out of tanh
      v128.store(at, v128.bitselect(capped4(d, multiplier), f32x4.splat(MASK_FILL), lanes));
    }
  }
  for (; s < end; s++) {
    const visible = load<u8>(maskRow + <usize>s) != 0;
    for (let j = 0; j < n; j++) {
      let l = MASK_FILL;
      if (visible) {
        let d = dot(qr + <usize>j * rowBytes, ks + <usize>s * kvStride, K);
        if (bf16) d = roundBf16(d);
        l = capped(d, multiplier);
      }
      store<f32>(scratch + <usize>j * logitBytes + (<usize>s << 2), l);
    }
  }
}

/** The weights of a group's n rows of logits: softmax over slots [0, end), float32, then bf16 in bfloat16 mode. */
@inline function groupWeights(scratch: usize, logitBytes: usize, n: i32, end: i32, bf16: bool): void {
  for (let j = 0; j < n; j++) {
    const p = scratch + <usize>j * logitBytes;
    softmaxRow(p, end);
    if (bf16) round_bf16(p, 0, end);
  }
}

/**
 * Work items r in [r0, r1), each a query row (b, t, h) of q[B, T, Hq, K] — r = (b·T + i)·Hq
 * + h, t = byZigzag(i, T) — against the first S slots of each batch row of k, v[B, slots,
 * Hkv, K] (a KV cache of `slots` slots per row, read in place; slots = S otherwise) and
 * mask[B, T, S] (bytes), into out[B, T, Hq, K]. `scratch` holds G·S float32 (this thread's logits: a row of S per
 * query head of a group), then B·Hkv bytes (whether each value head's rows are finite:
 * 0 not known yet, 1 yes, 2 no).
 *
 * Rows are taken in groups: the (up to G) consecutive rows of one (b, t) whose query heads
 * share key/value head kvh. A group reads each key and value row once from memory for all
 * its query heads: four key slots (dots4), then each query head's dot products with them
 * while they are in L1; V_BLOCK_BYTES of value rows, then each query head's weighted sum
 * over them.
 *
 * Slots after a row's last visible one (a causal prompt's future) are left out where that
 * changes nothing: their weight is exactly 0 (exp(−1e30 − max)), which adds exactly 0 to
 * softmax's sum, so softmax runs over the slots up to the last visible one; and 0 · v adds
 * exactly nothing to the weighted sum when v is finite (the sum is never −0), so the
 * weighted sum stops there too once the value head's rows are found finite (finiteRows,
 * once per batch row's value head and thread; 0 · ±Inf or NaN is NaN, and the twin and the reference
 * propagate it).
 */
export function attention(
  q: usize, k: usize, v: usize, mask: usize, out: usize,
  T: i32, S: i32, slots: i32, Hq: i32, Hkv: i32, K: i32, multiplier: f32, bf16: bool,
  scratch: usize, r0: i32, r1: i32,
): void {
  const G = Hq / Hkv;
  const rowBytes = <usize>K * 4;
  const logitBytes = <usize>S * 4; // from one query head's logits to the next
  const kvStride = <usize>Hkv * rowBytes; // from slot s to s + 1
  const vBlock = max(4, V_BLOCK_BYTES / (K * 4)); // slots per value block
  const finite = scratch + <usize>G * logitBytes; // [B, Hkv] bytes, for this thread's batch rows
  const bFirst = r0 / (T * Hq);
  if (r1 > r0) memory.fill(finite + <usize>bFirst * <usize>Hkv, 0, <usize>((r1 - 1) / (T * Hq) - bFirst + 1) * <usize>Hkv);
  let r = r0;
  while (r < r1) {
    // work item r is query row (b, t, h), its t in zigzag order (byZigzag)
    const h = r % Hq, b = r / Hq / T;
    const bt = b * T + byZigzag((r / Hq) % T, T);
    const row = bt * Hq + h;
    const kvh = h / G;
    const n = min(r1 - r, (kvh + 1) * G - h); // rows row .. row + n − 1 share (b, t, kvh)
    const qr = q + <usize>row * rowBytes;
    const maskRow = mask + <usize>bt * <usize>S;
    const kv0 = (<usize>b * <usize>slots * <usize>Hkv + <usize>kvh) * rowBytes; // offset of (b, s = 0, kvh)
    let end = S; // one past the last visible slot (S where none is: a uniform row)
    while (end > 0 && load<u8>(maskRow + <usize>(end - 1)) == 0) end--;
    if (end == 0) end = S;

    groupLogits(qr, k + kv0, maskRow, end, n, K, kvStride, multiplier, bf16, scratch, logitBytes);
    groupWeights(scratch, logitBytes, n, end, bf16);

    // weighted values, over the slots up to `end` where the value rows are finite
    let weighed = S;
    if (end < S) {
      const flag = finite + <usize>(b * Hkv + kvh);
      if (load<u8>(flag) == 0) store<u8>(flag, finiteRows(v + kv0, kvStride, S, K) ? 1 : 2);
      if (load<u8>(flag) == 1) weighed = end;
      else for (let j = 0; j < n; j++) memory.fill(scratch + <usize>j * logitBytes + (<usize>end << 2), 0, <usize>(S - end) * 4);
    }
    const outr = out + <usize>row * rowBytes;
    memory.fill(outr, 0, <usize>n * rowBytes);
    for (let s0 = 0; s0 < weighed; s0 += vBlock) {
      const m = min(vBlock, weighed - s0);
      for (let j = 0; j < n; j++) {
        weighSlots(scratch + <usize>j * logitBytes + (<usize>s0 << 2), v + kv0 + <usize>s0 * kvStride, kvStride, m, K, outr + <usize>j * rowBytes);
      }
    }
    if (bf16) round_bf16(outr, 0, n * K);
    r += n;
  }
}
