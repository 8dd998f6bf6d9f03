/**
 * Each module against its definition, on small hand-checkable cases and properties.
 */
import fc from "fast-check";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { PRESETS, type LanguageModelConfig, validateConfig } from "../src/config.js";
import { f32ToBf16BitsArray, roundBf16 } from "../src/dtype.js";
import type { Kernels, Weight } from "../src/kernels/kernels.js";
import { attention, geluScalar, rmsNorm, rope, softmax, tanhXla, tsKernels } from "../src/kernels/ts_kernels.js";
import type { ForwardContext } from "../src/model/context.js";
import { linear } from "../src/model/linear.js";
import { moeLayer } from "../src/model/moe_layer.js";
import { ropeInverseFrequencies, rotaryEmbedding } from "../src/model/rotary_embedding.js";
import { SafetensorsFile } from "../src/weights/safetensors.js";
import { WasmKernels } from "../src/kernels/wasm_kernels.js";
import { bf16Steps } from "../src/golden/compare.js";
import { packRows, trace } from "../src/trace.js";
import { RandomSource } from "../src/weights/init.js";
import { makeWeight, type MoEParams } from "../src/weights/params.js";

const tiny = (over: Partial<LanguageModelConfig> = {}): LanguageModelConfig => ({ ...structuredClone(PRESETS["grok-1-tiny"]), ...over });
const f32arr = (n: number, min = -3, max = 3) =>
  fc.array(fc.float({ min: Math.fround(min), max: Math.fround(max), noNaN: true }), { minLength: n, maxLength: n }).map((a) => Float32Array.from(a));

function randn(n: number, seed: number): Float32Array {
  let s = seed >>> 0;
  const u = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) + 0.5) / 2 ** 32;
  return Float32Array.from({ length: n }, () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u()));
}

describe("RMSNorm", () => {
  it("has unit RMS before scaling", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }).chain((D) => fc.tuple(fc.constant(D), f32arr(D * 3))), ([D, x]) => {
        const y = new Float32Array(x.length);
        rmsNorm(x, 3, D, new Float32Array(D).fill(1), 1e-5, y);
        for (let r = 0; r < 3; r++) {
          let ms = 0, mx = 0;
          for (let i = 0; i < D; i++) (ms += y[r * D + i] ** 2), (mx += x[r * D + i] ** 2);
          ms /= D;
          mx /= D;
          // y·y = mean(x²) / (mean(x²) + eps): 1 up to eps
          expect(ms).toBeCloseTo(mx / (mx + 1e-5), 4);
        }
      }),
    );
  });
  it("multiplies by the scale", () => {
    const y = new Float32Array(2);
    rmsNorm(Float32Array.of(3, 4), 1, 2, Float32Array.of(2, -1), 0, y);
    const inv = 1 / Math.sqrt(12.5);
    expect(y[0]).toBeCloseTo(2 * 3 * inv, 6);
    expect(y[1]).toBeCloseTo(-4 * inv, 6);
  });
});

describe("RoPE (half-split layout)", () => {
  const K = 8, H = 2, T = 5;
  it("is the identity at position 0", () => {
    const x = randn(H * K, 1);
    const y = x.slice();
    rope(y, 1, 1, H, K, Int32Array.of(0), ropeInverseFrequencies(K));
    expect(Array.from(y)).toEqual(Array.from(x));
  });
  it("preserves the norm of each rotated pair (i, i + K/2)", () => {
    fc.assert(
      fc.property(f32arr(T * H * K), fc.integer({ min: 0, max: 8000 }), (x, off) => {
        const y = x.slice();
        rope(y, 1, T, H, K, Int32Array.of(off), ropeInverseFrequencies(K));
        for (let o = 0; o < T * H * K; o += K)
          for (let j = 0; j < K / 2; j++) {
            const before = Math.hypot(x[o + j], x[o + j + K / 2]);
            const after = Math.hypot(y[o + j], y[o + j + K / 2]);
            expect(Math.abs(after - before)).toBeLessThanOrEqual(1e-5 * (1 + before));
          }
      }),
    );
  });
  it("rotates pair j by position · 10000^(−2j/K)", () => {
    const x = new Float32Array(K);
    x[1] = 1; // pair j = 1: (x1, x5) = (1, 0)
    rope(x, 1, 1, 1, K, Int32Array.of(3), ropeInverseFrequencies(K));
    const phase = 3 * 10000 ** (-2 / K);
    expect(x[1]).toBeCloseTo(Math.cos(phase), 6);
    expect(x[5]).toBeCloseTo(Math.sin(phase), 6);
  });
});

describe("RoPE against the reference's RotaryEmbedding at Grok-1's K = 128 and positions to 8191 (golden/rope)", () => {
  // large phases (pos · inv_freq up to 8191 rad) expose every ulp of inv_freq, the phase,
  // cos and sin: float32 within 1e-6·(1 + |ref|) (measured: 1.2e-7, 98.9 % bit-identical),
  // bfloat16 bit for bit but for rare one-ulp flips (measured: none)
  const file = SafetensorsFile.open(fileURLToPath(new URL("../golden/rope/rope.safetensors", import.meta.url)));
  const [x, offsets, want32, want16] = ["x", "offset", "float32", "bfloat16"].map((name) => file.read(name) as Float32Array);
  file.close();
  const [B, T, H, K] = [2, 64, 2, 128];
  const offset = Int32Array.from(offsets);
  let wasm: WasmKernels | undefined;
  const kernels = async (impl: string): Promise<Kernels> => (impl === "ts" ? tsKernels : (wasm ??= await WasmKernels.create({ threads: 2 })));
  afterAll(async () => wasm?.close());
  for (const impl of ["ts", "wasm"]) {
    it(`float32, ${impl} kernels`, async () => {
      const y = x.slice();
      (await kernels(impl)).rope(y, B, T, H, K, offset, ropeInverseFrequencies(K));
      for (let i = 0; i < y.length; i++) expect(Math.abs(y[i] - want32[i]), `element ${i}`).toBeLessThanOrEqual(1e-6 * (1 + Math.abs(want32[i])));
    });
    it(`bfloat16, ${impl} kernels`, async () => {
      const ctx: ForwardContext = { cfg: tiny(), kernels: await kernels(impl), dtype: "bfloat16" };
      const y = rotaryEmbedding(ctx, { shape: [B, T, H, K], data: x.map(roundBf16) }, offset).data;
      let flips = 0;
      for (let i = 0; i < y.length; i++) {
        if (y[i] === want16[i]) continue;
        flips++;
        expect(bf16Steps(y[i], want16[i]), `element ${i}`).toBe(1);
      }
      expect(flips / y.length).toBeLessThan(0.005);
    });
  }
});

describe("softmax", () => {
  it("rows sum to 1", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }).chain((n) => fc.tuple(fc.constant(n), f32arr(2 * n, -80, 80))), ([n, x]) => {
        softmax(x, 2, n);
        for (let r = 0; r < 2; r++) expect(x.subarray(r * n, (r + 1) * n).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
      }),
    );
  });
});

/** Plain multi-head attention in float64, one kv head per query head. */
function naiveAttention(q: Float32Array, k: Float32Array, v: Float32Array, T: number, H: number, K: number, mult: number) {
  const out = new Float64Array(T * H * K);
  for (let h = 0; h < H; h++)
    for (let t = 0; t < T; t++) {
      const l: number[] = [];
      for (let s = 0; s <= t; s++) {
        let d = 0;
        for (let i = 0; i < K; i++) d += q[(t * H + h) * K + i] * k[(s * H + h) * K + i];
        l.push(30 * Math.tanh((d * mult) / 30));
      }
      const m = Math.max(...l);
      const e = l.map((z) => Math.exp(z - m));
      const sum = e.reduce((a, b) => a + b, 0);
      for (let s = 0; s <= t; s++) for (let i = 0; i < K; i++) out[(t * H + h) * K + i] += (e[s] / sum) * v[(s * H + h) * K + i];
    }
  return out;
}

function causal(T: number): Uint8Array {
  const m = new Uint8Array(T * T);
  for (let t = 0; t < T; t++) for (let s = 0; s <= t; s++) m[t * T + s] = 1;
  return m;
}

describe("attention", () => {
  const T = 6, K = 4;
  it("with Hq = Hkv equals plain multi-head attention", () => {
    const H = 3;
    const q = randn(T * H * K, 2), k = randn(T * H * K, 3), v = randn(T * H * K, 4);
    const out = new Float32Array(T * H * K);
    attention({ B: 1, T, S: T, Hq: H, Hkv: H, K, q, k, v, mask: causal(T), multiplier: 0.5, bf16: false, out });
    const want = naiveAttention(q, k, v, T, H, K, 0.5);
    out.forEach((o, i) => expect(Math.abs(o - want[i])).toBeLessThan(1e-5));
  });
  it("grouped-query: query head h uses kv head floor(h / G)", () => {
    const Hkv = 2, G = 3, Hq = Hkv * G;
    const q = randn(T * Hq * K, 5), k = randn(T * Hkv * K, 6), v = randn(T * Hkv * K, 7);
    const out = new Float32Array(T * Hq * K);
    attention({ B: 1, T, S: T, Hq, Hkv, K, q, k, v, mask: causal(T), multiplier: 1, bf16: false, out });
    // the same as MHA with each kv head repeated G times
    const rep = (x: Float32Array) => {
      const y = new Float32Array(T * Hq * K);
      for (let t = 0; t < T; t++) for (let h = 0; h < Hq; h++) y.set(x.subarray((t * Hkv + Math.floor(h / G)) * K, (t * Hkv + Math.floor(h / G) + 1) * K), (t * Hq + h) * K);
      return y;
    };
    const want = naiveAttention(q, rep(k), rep(v), T, Hq, K, 1);
    out.forEach((o, i) => expect(Math.abs(o - want[i])).toBeLessThan(1e-5));
  });
  it("a fully masked row attends uniformly (the −1e30 fill, not −inf)", () => {
    const q = randn(T * K, 8), k = randn(T * K, 9), v = randn(T * K, 10);
    const out = new Float32Array(T * K);
    attention({ B: 1, T, S: T, Hq: 1, Hkv: 1, K, q, k, v, mask: new Uint8Array(T * T), multiplier: 1, bf16: false, out });
    for (let t = 0; t < T; t++)
      for (let i = 0; i < K; i++) {
        let mean = 0;
        for (let s = 0; s < T; s++) mean += v[s * K + i] / T;
        expect(out[t * K + i]).toBeCloseTo(mean, 5);
      }
  });
  it("soft-caps the logits at 30", () => {
    // two keys, huge logits: capped at ±30 the weights are softmax(30, −30) not (1, 0) exactly
    const q = Float32Array.of(1000), k = Float32Array.of(1, -1), v = Float32Array.of(1, 0);
    const out = new Float32Array(1);
    attention({ B: 1, T: 1, S: 2, Hq: 1, Hkv: 1, K: 1, q, k, v, mask: Uint8Array.of(1, 1), multiplier: 1, bf16: false, out });
    expect(out[0]).toBeCloseTo(1 / (1 + Math.exp(-60 * Math.tanh(1000 / 30))), 6);
  });
});

describe("GELU (tanh form)", () => {
  it("matches 0.5·x·(1 + tanh(√(2/π)(x + 0.044715x³)))", () => {
    for (const x of [-5, -1, -0.1, 0, 0.3, 1, 2.5, 10]) {
      const want = 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3)));
      expect(geluScalar(x)).toBeCloseTo(want, 6);
    }
  });
});

describe("XLA's tanh (ts_kernels.ts tanhXla)", () => {
  it("returns x itself only where |x| < 0.0004 (XLA's test is <): at ±fround(0.0004) the rational form", () => {
    // found by mutation testing: no input of any test sat on the threshold
    const t = Math.fround(0.0004);
    expect(tanhXla(t)).toBe(0.0003999999025836587);
    expect(tanhXla(-t)).toBe(-0.0003999999025836587);
    const below = new Float32Array([t]);
    new Uint32Array(below.buffer)[0]--; // the float32 just below
    expect(tanhXla(below[0])).toBe(below[0]);
  });
});

describe("MoELayer", () => {
  const D = 6, F = 8, E = 4, k = 2;
  const ctx = (dtype: "float32" | "bfloat16"): ForwardContext => ({
    cfg: tiny({ model: { ...tiny().model, emb_size: D, num_experts: E, num_selected_experts: k } }),
    kernels: tsKernels,
    dtype,
  });
  const w = (K: number, N: number, seed: number): Weight => ({ dtype: "f32", K, N, layout: "kn", data: randn(K * N, seed) });

  it("with all experts equal reduces to (gate1 + gate2) × that expert, gates not renormalized", () => {
    const lin = w(D, F, 11), linV = w(D, F, 12), lin1 = w(F, D, 13);
    const router: Weight = { dtype: "f32", K: D, N: E, layout: "kn", data: randn(D * E, 14).map((v) => v * 0.2) };
    const p: MoEParams = { router, numExperts: E, expert: () => ({ linear: lin, linear_v: linV, linear_1: lin1 }) };
    const x = { shape: [1, 3, D], data: randn(3 * D, 15) };
    const got = moeLayer(ctx("float32"), p, x);
    for (let r = 0; r < 3; r++) {
      const probs = Array.from(got.routerProbs.data.subarray(r * E, (r + 1) * E)).sort((a, b) => b - a);
      const gateSum = roundBf16(probs[0]) + roundBf16(probs[1]);
      expect(gateSum).toBeLessThan(1); // raw probabilities: the top 2 of 4 do not sum to 1
      // the expert by hand
      const xr = x.data.subarray(r * D, (r + 1) * D);
      const h = new Float64Array(F);
      for (let f = 0; f < F; f++) {
        let a = 0, b = 0;
        for (let d = 0; d < D; d++) (a += xr[d] * lin.data[d * F + f] as number), (b += xr[d] * (linV.data as Float32Array)[d * F + f]);
        h[f] = geluScalar(a) * b;
      }
      for (let d = 0; d < D; d++) {
        let o = 0;
        for (let f = 0; f < F; f++) o += h[f] * (lin1.data as Float32Array)[f * D + d];
        const want = roundBf16(gateSum * o); // the MoE output is bf16 even in float32 mode
        expect(Math.abs(got.embeddings.data[r * D + d] - want)).toBeLessThanOrEqual(Math.abs(want) * 2 ** -7 + 1e-6);
      }
    }
  });

  it("bfloat16: x·W_linear and x·W_linear_v are rounded to bf16 each by its own weight's dtype (one bf16, one float32)", () => {
    // e.g. an 8-bit linear with bf16 scales beside an 8-bit linear_v with float32 scales:
    // bf16 × bf16 gives a bf16 product, bf16 × float32 a float32 one (found by mutation testing)
    const bf = (K: number, N: number, seed: number): Weight => ({ dtype: "bf16", K, N, layout: "kn", data: f32ToBf16BitsArray(randn(K * N, seed)) });
    const router: Weight = { dtype: "f32", K: D, N: E, layout: "kn", data: randn(D * E, 14) };
    const x = { shape: [1, 3, D], data: randn(3 * D, 15).map(roundBf16) };
    for (const [lin, linV, want] of [
      [bf(D, F, 11), w(D, F, 12), { h: true, hv: false }],
      [w(D, F, 11), bf(D, F, 12), { h: false, hv: true }],
    ] as const) {
      const seen: { h: boolean; hv: boolean }[] = [];
      const kernels: Kernels = { ...tsKernels, expertFfn: (xe, n, ew, round, out) => (seen.push(round), tsKernels.expertFfn(xe, n, ew, round, out)) };
      const p: MoEParams = { router, numExperts: E, expert: () => ({ linear: lin, linear_v: linV, linear_1: w(F, D, 13) }) };
      moeLayer({ ...ctx("bfloat16"), kernels }, p, x);
      expect(seen.length).toBeGreaterThan(0);
      for (const r of seen) expect(r).toEqual(want);
    }
  });

  it("an 8-bit expert with unit scales equals the plain one", () => {
    const data = new Int8Array(D * F).map((_, i) => ((i * 37) % 255) - 127);
    const plain = makeWeight("t", { dtype: "F32", shape: [1, D, F], data: Float32Array.from(data) }, D, F, "float32", false, 0);
    const q = makeWeight("t", { dtype: "I8", shape: [1, D, F], data, scales: { dtype: "F32", shape: [1, 1, F], data: new Float32Array(F).fill(1) } }, D, F, "float32", false, 0);
    const x = randn(2 * D, 3);
    const a = new Float32Array(2 * F), b = new Float32Array(2 * F);
    tsKernels.matmul(x, 2, plain, a);
    tsKernels.matmul(x, 2, q, b);
    expect(Array.from(b)).toEqual(Array.from(a));
  });
});

describe("Linear", () => {
  const ctx = (dtype: "float32" | "bfloat16"): ForwardContext => ({ cfg: tiny(), kernels: tsKernels, dtype });
  const K = 64, N = 16, G = 8, M = 3;
  // an 8-bit weight with 8 scale row groups, as the released multi_head_attention/linear
  const data = Int8Array.from(randn(K * N, 21), (v) => Math.max(-127, Math.min(127, Math.round(v * 40))));
  const scales = randn(G * N, 22).map((v) => roundBf16(0.01 + 0.002 * Math.abs(v)));
  const w: Weight = { dtype: "i8", K, N, layout: "kn", data, scales, scaleGroups: G, roundToBf16: true };
  const x = { shape: [1, M, K], data: randn(M * K, 23).map(roundBf16) };
  const byHand = () => {
    const y = new Float32Array(M * N);
    for (let g = 0; g < G; g++) {
      const part = new Float32Array(M * N);
      tsKernels.matmul(x.data, M, w, part, g);
      for (let i = 0; i < y.length; i++) y[i] = Math.fround(y[i] + roundBf16(part[i]));
    }
    return y.map(roundBf16);
  };

  it("row-parallel in bfloat16: each shard's partial product rounded, summed in float32, rounded", () => {
    expect(Array.from(linear(ctx("bfloat16"), x, w).data)).toEqual(Array.from(byHand()));
    // and that differs from one rounding of the whole dot (so the test can tell them apart)
    const once = new Float32Array(M * N);
    tsKernels.matmul(x.data, M, w, once);
    expect(Array.from(byHand())).not.toEqual(Array.from(once.map(roundBf16)));
  });

  it("row-parallel in float32: one matmul, the shards' sum in another order", () => {
    const whole = new Float32Array(M * N);
    tsKernels.matmul(x.data, M, w, whole);
    expect(Array.from(linear(ctx("float32"), x, w).data)).toEqual(Array.from(whole));
  });
});

describe("the whole model", () => {
  const cfg = tiny();
  const src = new RandomSource(cfg, { seed: 3, quantize: false, scalesDtype: "F32" });
  const logits = (rows: number[][], c = cfg) => trace(c, src, rows, tsKernels).get("language_model/logits")!;
  const V = cfg.vocab_size;

  it("is causal: changing a later token leaves earlier positions unchanged", () => {
    const a = logits([[5, 9, 13, 21, 34]]);
    const b = logits([[5, 9, 13, 99, 7]]);
    expect(Array.from(b.data.subarray(0, 3 * V))).toEqual(Array.from(a.data.subarray(0, 3 * V)));
    expect(Array.from(b.data.subarray(3 * V, 4 * V))).not.toEqual(Array.from(a.data.subarray(3 * V, 4 * V)));
  });

  it("right padding does not change the real positions; rows are independent", () => {
    const alone = logits([[5, 9, 13]]);
    const batch = logits([[5, 9, 13, 0, 0], [7, 8, 9, 10, 11]]);
    expect(Array.from(batch.data.subarray(0, 3 * V))).toEqual(Array.from(alone.data));
    const other = logits([[7, 8, 9, 10, 11]]);
    expect(Array.from(batch.data.subarray(5 * V, 10 * V))).toEqual(Array.from(other.data));
  });

  it("padding keys are masked: a pad in the middle is invisible to later queries", () => {
    // position 2 sees keys {0, 1} (key 2 is a pad): the same as if token 2 were absent from its view.
    const acts = trace(cfg, src, [[5, 9, 0, 13]], tsKernels);
    const accts = trace(cfg, src, [[5, 9, 0, 17]], tsKernels);
    // the pad's own value never leaks into position 3 through attention in layer 0:
    // changing the token after the pad changes only position 3
    const a = acts.get("transformer/decoder_layer_0/multi_head_attention")!, b = accts.get("transformer/decoder_layer_0/multi_head_attention")!;
    const D = cfg.model.emb_size;
    expect(Array.from(a.data.subarray(0, 3 * D))).toEqual(Array.from(b.data.subarray(0, 3 * D)));
  });

  it("a pad token at position 0 attends uniformly to every position, later ones included", () => {
    const acts = trace(cfg, src, [[0, 5, 9]], tsKernels);
    const acts2 = trace(cfg, src, [[0, 5, 11]], tsKernels);
    // position 0 sees no key (its own is a pad): uniform over all 3, so it changes with token 2
    const D = cfg.model.emb_size;
    const a = acts.get("transformer/decoder_layer_0/multi_head_attention")!.data.subarray(0, D);
    const b = acts2.get("transformer/decoder_layer_0/multi_head_attention")!.data.subarray(0, D);
    expect(Array.from(a)).not.toEqual(Array.from(b));
  });

  it("records every named activation in the documented order", () => {
    const names = [...trace(cfg, src, [[1, 2]], tsKernels).keys()];
    const layer = (i: number) =>
      ["rms_norm", "multi_head_attention", "rms_norm_1", "rms_norm_2", "router_probs", "moe", "rms_norm_3"].map((n) => `transformer/decoder_layer_${i}/${n}`).concat(`transformer/decoder_layer_${i}`);
    expect(names).toEqual(["language_model/embed", ...layer(0), ...layer(1), "language_model/rms_norm", "language_model/logits"]);
  });

  it("bfloat16 mode holds only bf16 values in the fprop-dtype activations", () => {
    const c = tiny({ fprop_dtype: "bfloat16" });
    const acts = trace(c, new RandomSource(c, { seed: 3, quantize: true, scalesDtype: "BF16" }), [[3, 4, 5]], tsKernels);
    for (const [name, t] of acts) {
      if (name.endsWith("router_probs")) continue; // float32 by design
      for (const v of t.data) expect(roundBf16(v)).toBe(v);
    }
  });

  it("float32 mode: the MoE branch is bf16-valued up to the residual add", () => {
    const acts = trace(cfg, src, [[3, 4, 5]], tsKernels);
    for (const n of ["moe", "rms_norm_3"]) for (const v of acts.get(`transformer/decoder_layer_0/${n}`)!.data) expect(roundBf16(v)).toBe(v);
    const attn = acts.get("transformer/decoder_layer_0/multi_head_attention")!.data;
    expect(Array.from(attn).some((v) => roundBf16(v) !== v)).toBe(true);
  });

  it("reports its progress: the load tensor by tensor group, then each decoder layer as it finishes (trace was silent: found by an audit)", () => {
    const loads: string[] = [], layers: string[] = [];
    trace(cfg, src, [[3, 4]], tsKernels, { load: (i, n, what) => loads.push(`${i}/${n} ${what}`), layer: (i, n, name) => layers.push(`${i}/${n} ${name}`) });
    const L = cfg.model.num_layers;
    expect(layers).toEqual(Array.from({ length: L }, (_, i) => `${i + 1}/${L} transformer/decoder_layer_${i}`));
    expect(loads.length).toBeGreaterThan(0);
    expect(loads[loads.length - 1]).toMatch(new RegExp(`^(\\d+)/\\1 `)); // ends at its total
  });

  it("a dense config (num_experts = 1) runs the DenseBlock and records no router", () => {
    const c = tiny({ model: { ...tiny().model, num_experts: 1, num_selected_experts: 1 } });
    const acts = trace(c, new RandomSource(c, { seed: 1, quantize: false, scalesDtype: "F32" }), [[3, 4]], tsKernels);
    expect(acts.has("transformer/decoder_layer_0/router_probs")).toBe(false);
    expect(acts.get("transformer/decoder_layer_0/moe")!.shape).toEqual([1, 2, c.model.emb_size]);
  });

  it("every num_experts <= 1 (1, 0, -1, the default) is the same dense block, as model.py's `num_experts > 1` test makes it", () => {
    const run = (E: number) => {
      const c = validateConfig(tiny({ model: { ...tiny().model, num_experts: E, num_selected_experts: 1 } }));
      return trace(c, new RandomSource(c, { seed: 1, quantize: false, scalesDtype: "F32" }), [[3, 4]], tsKernels).get("language_model/logits")!.data;
    };
    const want = run(1);
    for (const E of [0, -1, -7]) expect(run(E)).toEqual(want);
  });

  it("rejects token ids outside the vocab, ragged rows, and too many tokens", () => {
    expect(() => logits([[1, V]])).toThrowError(/token id 512 .*outside \[0, 512\)/);
    expect(() => logits([[1, -1]])).toThrowError(/outside/);
    expect(() => logits([[1, 2], [3]])).toThrowError(/rows have different lengths/);
    expect(() => logits([Array(cfg.sequence_len + 1).fill(1)])).toThrowError(/more than sequence_len/);
  });
});

describe("packRows (found by mutation testing)", () => {
  it("refuses a negative token id, and takes a row of exactly sequence_len tokens", () => {
    const cfg = PRESETS["grok-1-tiny"];
    expect(() => packRows(cfg, [[3, -1]])).toThrow(/token id -1 \(row 0, position 1\) is outside \[0, 512\)/);
    expect(packRows(cfg, [Array(cfg.sequence_len).fill(1)]).T).toBe(cfg.sequence_len);
  });
});
