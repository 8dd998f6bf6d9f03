/** The generation loop (src/generate.ts): prompt fitting, batching, EOS, determinism. */
import { describe, expect, it } from "vitest";
import { PRESETS } from "../src/config.js";
import { fitPrompt, generate, kvSlots } from "../src/generate.js";
import { initMemory } from "../src/model/kv_memory.js";
import { languageModel, residentParams } from "../src/model/language_model.js";
import { tsKernels } from "../src/kernels/ts_kernels.js";
import { RandomSource } from "../src/weights/init.js";
import { loadParams } from "../src/weights/params.js";

const cfg = structuredClone(PRESETS["grok-1-tiny"]);
const p = loadParams(cfg, new RandomSource(cfg, { seed: 4, quantize: false, scalesDtype: "F32" }));
const lm = residentParams(p);
const run = (prompts: number[][], maxTokens: number, seed = 1, temperature = 1) =>
  generate(cfg, tsKernels, lm, { prompts, maxTokens, temperature, topP: 1, seed });

describe("fitPrompt (runners.py pad_to_size keeps the last tokens)", () => {
  it("keeps short prompts whole", () => expect(fitPrompt([1, 2, 3], 16, 4)).toEqual({ ids: [1, 2, 3], dropped: 0 }));
  it("left-truncates so that prompt + new tokens fit", () => {
    // 16 slots, 10 new tokens: the last generated token is never fed back, so 7 prompt tokens fit
    expect(fitPrompt([...Array(20).keys()], 16, 10)).toEqual({ ids: [13, 14, 15, 16, 17, 18, 19], dropped: 13 });
  });
  it("rejects more new tokens than the context holds", () => expect(() => fitPrompt([1], 16, 17)).toThrowError(/does not fit/));
});

describe("generate", () => {
  it("is deterministic for a seed and differs across seeds", () => {
    expect(run([[5, 6, 7]], 8, 1).tokens).toEqual(run([[5, 6, 7]], 8, 1).tokens);
    expect(run([[5, 6, 7]], 8, 1).tokens).not.toEqual(run([[5, 6, 7]], 8, 2).tokens);
  });
  it("a batched row gives what the row gives alone (same seed per row, as runners.py)", () => {
    const alone = run([[9, 10]], 6).tokens[0];
    const batch = run([[5, 6, 7, 8], [9, 10]], 6).tokens;
    expect(batch[1]).toEqual(alone);
  });
  it("stops a row at EOS or max tokens, and counts tokens", () => {
    const r = run([[5, 6, 7]], 5);
    expect(r.tokens[0].length).toBeLessThanOrEqual(5);
    const eos = r.tokens[0].indexOf(cfg.eos_token);
    if (eos >= 0) expect(eos).toBe(r.tokens[0].length - 1);
    else expect(r.tokens[0].length).toBe(5);
    expect(r.generatedTokens).toBe(r.tokens[0].length);
    expect(r.promptTokens).toBe(3);
  });
  it("a KV memory of the slots the run fills gives the logits of one of sequence_len slots, bit for bit", () => {
    // generate allocates kvSlots(T, maxTokens), not sequence_len: attention reads only the
    // slots below step + T, so the rest of a larger memory changes nothing
    const prompts = [[5, 6, 7, 8, 9], [9, 10, 0, 0, 0]]; // the second row padded, as generate pads it
    const lengths = Int32Array.of(5, 2), maxTokens = 6;
    const ctx = { cfg, kernels: tsKernels, dtype: cfg.fprop_dtype };
    const decode = (S: number) => {
      const memory = initMemory(cfg, 2, S);
      const logits = [languageModel(ctx, lm, { tokens: Int32Array.from(prompts.flat()), B: 2, T: 5, memory, lastPositions: lengths.map((n) => n - 1) }).logits.data];
      for (const layer of memory.layers) layer.step.set(lengths);
      for (let i = 1; i < maxTokens; i++) logits.push(languageModel(ctx, lm, { tokens: Int32Array.of(11 + i, 0), B: 2, T: 1, memory }).logits.data);
      return logits;
    };
    expect(kvSlots(5, maxTokens)).toBe(10);
    expect(kvSlots(5, maxTokens)).toBeLessThan(cfg.sequence_len);
    expect(decode(kvSlots(5, maxTokens))).toEqual(decode(cfg.sequence_len));
  });
  it("rejects an empty prompt and a prompt that does not fit", () => {
    expect(() => run([[]], 2)).toThrowError(/prompt 1 is empty/);
    expect(() => run([Array(cfg.sequence_len).fill(5)], 2)).toThrowError(/exceeds sequence_len/);
  });
  it("a prompt that exactly fills the context with max tokens is accepted; the last token is never fed back (found by mutation testing)", () => {
    const S = cfg.sequence_len;
    const r = run([Array(S - 3).fill(5)], 4); // S − 3 prompt slots + 3 fed-back tokens = S
    expect(r.tokens[0].length).toBeGreaterThan(0);
    expect(() => run([Array(S - 2).fill(5)], 4)).toThrowError(/exceeds sequence_len/);
  });
  it("stops a row at the config's EOS token, and only that row (found by mutation testing)", () => {
    // EOS set to a token that the run samples: the "stops at EOS" test above may never see one
    const free = run([[5, 6, 7], [9, 10]], 8).tokens;
    const eos = free[0][2];
    const stopped = generate({ ...cfg, eos_token: eos }, tsKernels, lm, { prompts: [[5, 6, 7], [9, 10]], maxTokens: 8, temperature: 1, topP: 1, seed: 1 }).tokens;
    expect(stopped[0]).toEqual(free[0].slice(0, free[0].indexOf(eos) + 1));
    const other = free[1].indexOf(eos);
    expect(stopped[1]).toEqual(other < 0 ? free[1] : free[1].slice(0, other + 1));
  });
});
