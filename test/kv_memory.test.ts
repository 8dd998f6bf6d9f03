/**
 * KV memory: prefill + N single-token decode steps give the logits of one forward pass
 * over the whole sequence.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PRESETS, type LanguageModelConfig } from "../src/config.js";
import { tsKernels } from "../src/kernels/ts_kernels.js";
import type { ForwardContext } from "../src/model/context.js";
import { initMemory, releaseMemory, type Memory } from "../src/model/kv_memory.js";
import { WasmKernels } from "../src/kernels/wasm_kernels.js";
import { languageModel, residentParams, type LanguageModelParams } from "../src/model/language_model.js";
import { RandomSource } from "../src/weights/init.js";
import { loadParams } from "../src/weights/params.js";
import { trace, traceDecode } from "../src/trace.js";

function setup(cfg: LanguageModelConfig, seed: number, quantize: boolean) {
  const p = loadParams(cfg, new RandomSource(cfg, { seed, quantize, scalesDtype: "F32" }));
  const lm: LanguageModelParams = residentParams(p);
  const ctx: ForwardContext = { cfg, kernels: tsKernels, dtype: cfg.fprop_dtype };
  return { lm, ctx };
}

const smallConfig = fc.record({
  hkv: fc.integer({ min: 1, max: 2 }),
  g: fc.integer({ min: 1, max: 3 }),
  key: fc.constantFrom(4, 8),
  layers: fc.integer({ min: 1, max: 2 }),
  experts: fc.constantFrom(1, 4, 8),
  seed: fc.integer({ min: 0, max: 1000 }),
  quantize: fc.boolean(),
  dtype: fc.constantFrom("float32" as const, "bfloat16" as const),
});

describe("KV memory", () => {
  it("prefill + decode steps equal one forward over the whole sequence", () => {
    fc.assert(
      fc.property(
        smallConfig,
        fc.array(fc.integer({ min: 1, max: 63 }), { minLength: 2, maxLength: 9 }),
        fc.integer({ min: 1, max: 4 }),
        (c, seq, prompt) => {
          fc.pre(prompt < seq.length);
          const base = PRESETS["grok-1-tiny"];
          const cfg: LanguageModelConfig = {
            ...structuredClone(base),
            vocab_size: 64,
            sequence_len: 16,
            fprop_dtype: c.dtype,
            model: {
              ...base.model,
              emb_size: c.hkv * c.g * c.key,
              key_size: c.key,
              num_q_heads: c.hkv * c.g,
              num_kv_heads: c.hkv,
              num_layers: c.layers,
              num_experts: c.experts,
              num_selected_experts: Math.min(2, c.experts),
            },
          };
          const { lm, ctx } = setup(cfg, c.seed, c.quantize);
          const V = cfg.vocab_size, T = seq.length;
          const full = languageModel(ctx, lm, { tokens: Int32Array.from(seq), B: 1, T }).logits.data;

          const memory = initMemory(cfg, 1, cfg.sequence_len);
          const got = new Float32Array(T * V);
          got.set(languageModel(ctx, lm, { tokens: Int32Array.from(seq.slice(0, prompt)), B: 1, T: prompt, memory }).logits.data);
          for (let t = prompt; t < T; t++) {
            expect(memory.layers[0].step[0]).toBe(t);
            got.set(languageModel(ctx, lm, { tokens: Int32Array.of(seq[t]), B: 1, T: 1, memory }).logits.data, t * V);
          }
          for (let i = 0; i < got.length; i++) {
            // float32: the same ops in the same order, except attention over the cache
            // sums over the same keys; results agree to float32 tolerance.
            const tol = c.dtype === "float32" ? 1e-5 * (1 + Math.abs(full[i])) : 0;
            expect(Math.abs(got[i] - full[i])).toBeLessThanOrEqual(tol);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it("batched prefill with right padding, then decode, keeps rows independent", () => {
    const cfg = { ...structuredClone(PRESETS["grok-1-tiny"]) };
    const { lm, ctx } = setup(cfg, 5, false);
    const V = cfg.vocab_size;
    const rows = [[5, 6, 7, 8], [9, 10, 0, 0]]; // row 1 has 2 real tokens
    const memory = initMemory(cfg, 2, 32);
    languageModel(ctx, lm, { tokens: Int32Array.from(rows.flat()), B: 2, T: 4, memory });
    for (const l of memory.layers) l.step.set([4, 2]); // as runners.py: step = the prompt's length
    const next = languageModel(ctx, lm, { tokens: Int32Array.of(11, 12), B: 2, T: 1, memory }).logits.data;
    const alone0 = languageModel(ctx, lm, { tokens: Int32Array.of(5, 6, 7, 8, 11), B: 1, T: 5 }).logits.data;
    const alone1 = languageModel(ctx, lm, { tokens: Int32Array.of(9, 10, 12), B: 1, T: 3 }).logits.data;
    for (let i = 0; i < V; i++) {
      expect(next[i]).toBeCloseTo(alone0[4 * V + i], 5);
      expect(next[V + i]).toBeCloseTo(alone1[2 * V + i], 5);
    }
  });

  // The two masks only a forward with memory builds (multi_head_attention.ts maskWithMemory),
  // on pad tokens, which the tests above never give it (found by mutation testing).
  it("a prompt into an empty cache masks pad tokens as the forward without memory does, a leading pad included", () => {
    for (const dtype of ["float32", "bfloat16"] as const) {
      const cfg: LanguageModelConfig = { ...structuredClone(PRESETS["grok-1-tiny"]), fprop_dtype: dtype };
      const { lm, ctx } = setup(cfg, 7, false);
      const tokens = Int32Array.of(0, 0, 5, 6, 7, 0, 5, 0, 6, 7); // left padding; a pad first and in the middle
      const plain = languageModel(ctx, lm, { tokens, B: 2, T: 5 }).logits.data;
      const cached = languageModel(ctx, lm, { tokens, B: 2, T: 5, memory: initMemory(cfg, 2, 8) }).logits.data;
      for (let i = 0; i < plain.length; i++) {
        const tol = dtype === "float32" ? 1e-5 * (1 + Math.abs(plain[i])) : 0; // as in the property above
        expect(Math.abs(cached[i] - plain[i]), `${dtype}, logit ${i}`).toBeLessThanOrEqual(tol);
      }
    }
  });

  it("a pad token decoded with memory sees no slot (the reference's mask is the new token's own padding): its query does not matter", () => {
    const cfg = structuredClone(PRESETS["grok-1-tiny"]);
    const { lm, ctx } = setup(cfg, 3, false);
    // the same model with every query weight zero: all attention logits 0
    const zeroQuery: LanguageModelParams = {
      ...lm,
      layer: (i) => {
        const l = lm.layer(i), q = l.attention.query;
        return { ...l, attention: { ...l.attention, query: { dtype: "f32", K: q.K, N: q.N, layout: "kn", data: new Float32Array(q.K * q.N) } } };
      },
    };
    const decode = (p: LanguageModelParams, token: number) => {
      const memory = initMemory(cfg, 1, 8);
      languageModel(ctx, lm, { tokens: Int32Array.of(5, 6, 7), B: 1, T: 3, memory });
      return Array.from(languageModel(ctx, p, { tokens: Int32Array.of(token), B: 1, T: 1, memory }).logits.data);
    };
    // every slot masked: uniform weights whatever q·k is, so bit for bit the zero-query model's logits
    expect(decode(lm, cfg.pad_token)).toEqual(decode(zeroQuery, cfg.pad_token));
    // a real token's weights do depend on its query (so the comparison can tell)
    expect(decode(lm, 9)).not.toEqual(decode(zeroQuery, 9));
  });

  it("a KV cache in the WebAssembly kernels' memory gives the plain cache's logits, bit for bit, and is given back", async () => {
    const cfg: LanguageModelConfig = { ...structuredClone(PRESETS["grok-1-tiny"]), fprop_dtype: "bfloat16" };
    const { lm } = setup(cfg, 9, true);
    const kernels = await WasmKernels.create({ threads: 2, minNsPerThread: 0 });
    const ctx: ForwardContext = { cfg, kernels, dtype: cfg.fprop_dtype };
    const before = kernels.memoryBytes;
    for (const B of [1, 2]) {
      const run = (memory: Memory) => {
        const logits = [languageModel(ctx, lm, { tokens: Int32Array.from({ length: B * 5 }, (_, i) => 3 + i), B, T: 5, memory }).logits.data];
        for (let t = 0; t < 6; t++) logits.push(languageModel(ctx, lm, { tokens: Int32Array.from({ length: B }, (_, b) => 20 + t + b), B, T: 1, memory }).logits.data);
        return logits;
      };
      const resident = initMemory(cfg, B, 16, kernels);
      // the cache is a view of the kernels' shared memory, which attention reads in place
      expect(resident.layers[0].k.buffer).toBeInstanceOf(SharedArrayBuffer);
      const got = run(resident), want = run(initMemory(cfg, B, 16));
      got.forEach((g, i) => expect(g, `B ${B}, step ${i}`).toEqual(want[i]));
      releaseMemory(resident, kernels);
      expect(resident.layers).toEqual([]);
    }
    // given back: the same room serves again, the memory does not grow
    const grown = kernels.memoryBytes;
    for (let i = 0; i < 5; i++) releaseMemory(initMemory(cfg, 2, 16, kernels), kernels);
    expect(kernels.memoryBytes).toBe(grown);
    expect(grown).toBeGreaterThanOrEqual(before);
    await kernels.close();
  });
});

describe("traceDecode (grok1 trace --decode): the KV-memory trace other runtimes compare against", () => {
  const cfg = PRESETS["grok-1-tiny"];
  const source = () => new RandomSource(cfg, { seed: 3, quantize: true, scalesDtype: "F32" });
  const V = cfg.vocab_size;
  const prompts = [[5, 9, 13], [7, 0, 0]]; // the second row right-padded: its prompt is [7]
  const decode = [[11, 12, 13], [21, 22, 23]];

  it("step 0 is trace() of the prompts; step n's logits are a forward pass over the prompt and the tokens fed so far, pads overwritten", () => {
    const acts = traceDecode(cfg, source(), prompts, decode, tsKernels);
    const once = trace(cfg, source(), prompts, tsKernels);
    for (const [name, t] of once) expect(acts.get(`step_0/${name}`)!.data, name).toEqual(t.data);
    expect(acts.get("step_0/logits")!.data).toEqual(once.get("language_model/logits")!.data);
    for (let n = 1; n <= 3; n++) {
      expect(Array.from(acts.get(`step_${n}/tokens`)!.data)).toEqual([decode[0][n - 1], decode[1][n - 1]]);
      expect(acts.get(`step_${n}/logits`)!.shape).toEqual([2, 1, V]);
      expect(Array.from(acts.get(`step_${n}/memory/layer_1/step`)!.data)).toEqual([3 + n, 1 + n]);
      prompts.forEach((p, b) => {
        const len = b === 0 ? 3 : 1;
        const whole = [...p.slice(0, len), ...decode[b].slice(0, n)];
        const full = trace(cfg, source(), [whole], tsKernels).get("language_model/logits")!.data.subarray((whole.length - 1) * V, whole.length * V);
        const stepped = acts.get(`step_${n}/logits`)!.data.subarray(b * V, (b + 1) * V);
        for (let v = 0; v < V; v++) expect(Math.abs(stepped[v] - full[v]), `step ${n} row ${b} logit ${v}`).toBeLessThanOrEqual(1e-5 * (1 + Math.abs(full[v])));
      });
    }
    // the memory as the reference holds it: [B, sequence_len, Hkv, K], slots past each row's step still zero
    const k = acts.get("step_3/memory/layer_0/k")!;
    const { num_kv_heads: H, key_size: K } = cfg.model;
    expect(k.shape).toEqual([2, cfg.sequence_len, H, K]);
    const slot = (b: number, s: number) => k.data.subarray(((b * cfg.sequence_len + s) * H) * K, ((b * cfg.sequence_len + s + 1) * H) * K);
    expect(slot(0, 5).some((x) => x !== 0)).toBe(true);
    expect(slot(0, 6).every((x) => x === 0)).toBe(true);
    expect(slot(1, 3).some((x) => x !== 0)).toBe(true); // row 1: prompt 1 + 3 steps fill slots 0..3
    expect(slot(1, 4).every((x) => x === 0)).toBe(true);
  });

  it("refuses what it cannot trace, naming it", () => {
    expect(() => traceDecode(cfg, source(), prompts, [decode[0]], tsKernels)).toThrow(/1 rows of decode tokens for 2 prompt rows/);
    expect(() => traceDecode(cfg, source(), prompts, [[1, 2], [3]], tsKernels)).toThrow(/decode rows have different lengths: row 0 has 2 tokens, row 1 has 1/);
    expect(() => traceDecode(cfg, source(), prompts, [[], []], tsKernels)).toThrow(/no decode tokens given/);
    expect(() => traceDecode(cfg, source(), prompts, [[1], [V]], tsKernels)).toThrow(new RegExp(`decode token id ${V} \\(row 1, step 1\\) is outside \\[0, ${V}\\)`));
    expect(() => traceDecode(cfg, source(), [[0, 0]], [[1]], tsKernels)).toThrow(/prompt row 0 is all padding/);
    const long = Array.from({ length: cfg.sequence_len }, (_, i) => 1 + (i % 50));
    expect(() => traceDecode(cfg, source(), [long], [[1]], tsKernels)).toThrow(new RegExp(`prompt row 0 of ${cfg.sequence_len} tokens \\+ 1 decode steps exceeds sequence_len ${cfg.sequence_len}`));
  });
});
