/**
 * Golden tests: our forward pass against the per-layer activations that the released
 * JAX code (xai-org/grok-1 model.py) computes, case by case from golden/cases/ (made by
 * golden/generate.py; see golden/README.md).
 *
 * The first two blocks test the machinery itself on synthetic data, so that it is
 * tested even where no golden data has been generated yet.
 */
import fc from "fast-check";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { roundBf16 } from "../src/dtype.js";
import { UserError } from "../src/errors.js";
import { findGoldenCases, GOLDEN_SCHEMA_VERSION, loadActivations, loadCaseConfig, type GoldenCase } from "../src/golden/cases.js";
import {
  BFLOAT16_TOLERANCE,
  bf16Steps,
  compareActivations,
  FLOAT32_TOLERANCE,
  formatReport,
  inComputeOrder,
  toleranceFor,
  ulpBf16,
  unravel,
  type Activation,
  type ActivationMap,
} from "../src/golden/compare.js";
import type { Kernels } from "../src/kernels/kernels.js";
import { tsKernels } from "../src/kernels/ts_kernels.js";
import { WasmKernels } from "../src/kernels/wasm_kernels.js";
import { runTrace, trace, traceDecode } from "../src/trace.js";
import type { LanguageModelConfig } from "../src/config.js";
import { SamplerKeys, filteredLogits, sampleToken, TOP_K } from "../src/sampling/sample.js";
import { CheckpointSource } from "../src/weights/checkpoint_source.js";
import { layerwiseTrace, startsLayer } from "../src/golden/layerwise.js";
import { loadParams } from "../src/weights/params.js";
import { SafetensorsSource } from "../src/weights/sources.js";
import { writeSafetensors } from "../src/weights/safetensors.js";
import { mulberry32 } from "../src/weights/init.js";

/** A small deterministic PRNG and a normal deviate from it. */
function prng(seed: number): { uniform: () => number; normal: () => number } {
  const uniform = mulberry32(seed);
  const normal = (): number => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
  return { uniform, normal };
}

/** Router probabilities with a clear choice: a fixed descending set, shuffled per token. */
const ROUTER_PROBS = [0.3, 0.2, 0.12, 0.1, 0.09, 0.08, 0.06, 0.05];

/** A synthetic trace with the names and order of `grok1 trace` for a 2-layer MoE model. */
function syntheticTrace(B: number, T: number, D: number, opts: { bf16: boolean; seed: number }): ActivationMap {
  const { uniform, normal } = prng(opts.seed);
  const E = ROUTER_PROBS.length, V = 32;
  const dense = (n: number): Float32Array => new Float32Array(n).map(() => (opts.bf16 ? roundBf16(normal()) : normal()));
  const m: ActivationMap = new Map();
  m.set("language_model/embed", { shape: [B, T, D], data: dense(B * T * D) });
  for (let i = 0; i < 2; i++) {
    const L = `transformer/decoder_layer_${i}`;
    for (const n of ["rms_norm", "multi_head_attention", "rms_norm_1", "rms_norm_2"]) m.set(`${L}/${n}`, { shape: [B, T, D], data: dense(B * T * D) });
    const probs = new Float32Array(B * T * E);
    for (let j = 0; j < B * T; j++) {
      const order = ROUTER_PROBS.map((p) => [uniform(), p]).sort((a, b) => a[0] - b[0]);
      order.forEach(([, p], e) => (probs[j * E + e] = p));
    }
    m.set(`${L}/router_probs`, { shape: [B, T, E], data: probs });
    for (const n of ["moe", "rms_norm_3"]) m.set(`${L}/${n}`, { shape: [B, T, D], data: dense(B * T * D) });
    m.set(L, { shape: [B, T, D], data: dense(B * T * D) });
  }
  m.set("language_model/rms_norm", { shape: [B, T, D], data: dense(B * T * D) });
  m.set("language_model/logits", { shape: [B, T, V], data: dense(B * T * V) });
  return m;
}

function clone(m: ActivationMap): ActivationMap {
  return new Map([...m].map(([k, v]): [string, Activation] => [k, { shape: v.shape.slice(), data: v.data.slice() }]));
}

/** Flat index of a multi-index in a row-major `shape`. */
function flat(index: number[], shape: number[]): number {
  return index.reduce((acc, v, d) => acc * shape[d] + v, 0);
}

/** The next bfloat16 value above a bf16 value x (one ulp up in magnitude). */
function nextBf16(x: number): number {
  const f = new Float32Array([x]);
  const u = new Uint32Array(f.buffer);
  u[0] += 0x10000;
  return f[0];
}

describe("golden comparison: helpers", () => {
  it("ulpBf16 is the bf16 spacing at |x|", () => {
    expect(ulpBf16(1)).toBe(2 ** -7);
    expect(ulpBf16(1.99)).toBe(2 ** -7);
    expect(ulpBf16(-0.75)).toBe(2 ** -8);
    expect(ulpBf16(78.5)).toBe(0.5);
    expect(ulpBf16(0)).toBe(2 ** -133);
  });

  it("bf16Steps counts bf16 values between two bf16 values", () => {
    expect(bf16Steps(1, 1)).toBe(0);
    expect(bf16Steps(1, 1 + 2 ** -7)).toBe(1);
    expect(bf16Steps(-1 - 2 ** -7, -1)).toBe(1);
    expect(bf16Steps(1, 1 + 2 ** -6)).toBe(2);
    expect(bf16Steps(1 - 2 ** -8, 1)).toBe(1); // across a power of two
    expect(bf16Steps(1, 1 + 2 ** -8)).toBe(Infinity); // not a bf16 value
    expect(bf16Steps(-1, 1)).toBe(Infinity);
  });

  it("unravel gives [b, t, ...] of a flat index", () => {
    expect(unravel(2 * 24 + 17, [1, 4, 24])).toEqual([0, 2, 17]);
    expect(unravel(flat([1, 3, 5], [2, 4, 8]), [2, 4, 8])).toEqual([1, 3, 5]);
  });
});

describe("golden comparison: the harness on synthetic activations", () => {
  it("passes an identical pair in both dtypes", () => {
    for (const bf16 of [false, true]) {
      const ref = syntheticTrace(2, 4, 24, { bf16, seed: 1 });
      const report = compareActivations(clone(ref), ref, bf16 ? BFLOAT16_TOLERANCE : FLOAT32_TOLERANCE);
      expect(report.ok, formatReport(report)).toBe(true);
      expect(report.tensors.length).toBe(ref.size);
      expect(report.tensors.every((t) => t.maxAbsError === 0 && t.mismatch === 0)).toBe(true);
      expect(report.notes).toEqual([]);
    }
  });

  it("fails a planted error and says which tensor, where, by how much", () => {
    const ref = syntheticTrace(1, 4, 24, { bf16: false, seed: 2 });
    const ours = clone(ref);
    const moe = ours.get("transformer/decoder_layer_1/moe")!;
    const i = flat([0, 2, 17], moe.shape);
    moe.data[i] += 3.1e-4;
    const report = compareActivations(ours, ref, FLOAT32_TOLERANCE);
    expect(report.ok).toBe(false);
    const failed = report.tensors.filter((t) => !t.ok);
    expect(failed.map((t) => t.name)).toEqual(["transformer/decoder_layer_1/moe"]);
    expect(failed[0].worst!.index).toEqual([0, 2, 17]);
    const text = formatReport(report);
    expect(text).toContain("transformer/decoder_layer_1/moe: max |ours-ref| 3.1e-4 at [0,2,17]");
    expect(text).toMatch(/\(ours -?[\d.]+, ref -?[\d.]+\), tol \d\.\de-5/);
  });

  it("shows a tensor name with control characters escaped, not raw (another runtime's file could hold any name: found by an audit)", () => {
    const odd = "x\u001b[2J\u001b[31mall ok\r";
    const ref: ActivationMap = new Map([[odd, { shape: [1, 1, 2], data: Float32Array.of(1, 2) }]]);
    const ours: ActivationMap = new Map([[odd, { shape: [1, 1, 2], data: Float32Array.of(1, 3) }]]);
    const text = formatReport(compareActivations(ours, ref, FLOAT32_TOLERANCE));
    expect(text).not.toMatch(/\u001b|\r/);
    expect(text).toContain('FAIL "x\\u001b[2J\\u001b[31mall ok\\r": max |ours-ref| 1.0e+0');
  });

  it("float32: any single error above 1e-5·(1+|ref|) fails (in a tensor of RMS below 1), and is the one reported", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 * 16 - 1 }), fc.double({ min: 2e-5, max: 1, noNaN: true }), (i, delta) => {
        const ref: ActivationMap = new Map([["x", { shape: [1, 3, 16], data: new Float32Array(48).map((_, j) => Math.sin(j)) }]]);
        const ours = clone(ref);
        ours.get("x")!.data[i] += delta * (1 + Math.abs(ref.get("x")!.data[i]));
        const report = compareActivations(ours, ref, FLOAT32_TOLERANCE);
        return !report.ok && report.tensors[0].worst!.index.join() === unravel(i, [1, 3, 16]).join();
      }),
      { numRuns: 100 },
    );
  });

  it("float32: the bound's relative part is 1e-5·|ref|: at |ref| = 100, 1.5e-3 off fails and 0.9e-3 passes", () => {
    // found by mutation testing: the property above does not tell 1e-5·|ref| from 2e-5·|ref|
    // (one large value among many small ones: the tensor's RMS stays below 1, so the absolute part is 1e-5)
    const data = new Float32Array(20000).fill(0.5);
    data[1] = -100;
    const ref: ActivationMap = new Map([["x", { shape: [1, 1, 20000], data }]]);
    const off = (delta: number) => {
      const ours = clone(ref);
      ours.get("x")!.data[1] -= delta;
      return compareActivations(ours, ref, FLOAT32_TOLERANCE).ok;
    };
    expect(off(1.5e-3)).toBe(false);
    expect(off(0.9e-3)).toBe(true);
  });

  it("float32: the bound's absolute part is 1e-5·rms(ref) in a tensor of RMS above 1 (where sums cancel, errors have the terms' size)", () => {
    // RMS 20: a value near 0 may be 1.9e-4 off, not 2.1e-4; at RMS 1 or below, 1e-5 stays the absolute part
    const data = new Float32Array(400).map((_, j) => (j % 2 ? 20 : -20));
    data[7] = 0.01;
    const rmsOf = (a: Float32Array) => Math.sqrt(a.reduce((s, v) => s + v * v, 0) / a.length);
    const off = (scale: number, delta: number) => {
      const ref: ActivationMap = new Map([["x", { shape: [1, 20, 20], data: data.map((v, j) => (j === 7 ? v : v * scale)) }]]);
      const ours = clone(ref);
      ours.get("x")!.data[7] += delta;
      return { ok: compareActivations(ours, ref, FLOAT32_TOLERANCE).ok, rms: rmsOf(ref.get("x")!.data) };
    };
    expect(off(1, 0).rms).toBeCloseTo(20, 1);
    const bound = 1e-5 * (off(1, 0).rms + 0.01);
    expect(off(1, 0.95 * bound).ok).toBe(true);
    expect(off(1, 1.05 * bound).ok).toBe(false);
    // scaled to RMS 0.5: the absolute part is 1e-5 again
    expect(off(1 / 40, 0.95e-5).ok).toBe(true);
    expect(off(1 / 40, 1.2e-5).ok).toBe(false);
  });

  it("float32: accepts a bf16 rounding flip, then loosens only that row", () => {
    const ref = syntheticTrace(2, 4, 24, { bf16: false, seed: 3 });
    const moe = ref.get("transformer/decoder_layer_0/moe")!;
    moe.data.set(moe.data.map(roundBf16)); // the MoE output is bf16-valued even in float32 mode
    const flipAt = flat([0, 1, 3], moe.shape);
    const downstream = "transformer/decoder_layer_0/rms_norm_3";
    const j = (b: number) => flat([b, 2, 5], ref.get(downstream)!.shape);

    const ours = clone(ref);
    ours.get("transformer/decoder_layer_0/moe")!.data[flipAt] = nextBf16(moe.data[flipAt]);
    ours.get(downstream)!.data[j(0)] += 1e-3; // in the flipped row: a propagated difference
    const report = compareActivations(ours, ref, FLOAT32_TOLERANCE);
    expect(report.ok, formatReport(report)).toBe(true);
    expect(report.tensors.find((t) => t.name.endsWith("decoder_layer_0/moe"))!.flips).toBe(1);
    expect(report.notes.join("\n")).toContain("row 0 differs from the reference (bf16 rounding flips)");

    ours.get(downstream)!.data[j(1)] += 1e-3; // row 1 had no flip: still held to float32
    const strict = compareActivations(ours, ref, FLOAT32_TOLERANCE);
    expect(strict.ok).toBe(false);
    expect(strict.tensors.find((t) => t.name === downstream)!.worst!.index).toEqual([1, 2, 5]);

    const far = clone(ref); // three bf16 steps is more than a rounding flip
    far.get("transformer/decoder_layer_0/moe")!.data[flipAt] = nextBf16(nextBf16(nextBf16(moe.data[flipAt])));
    const farReport = compareActivations(far, ref, FLOAT32_TOLERANCE);
    expect(farReport.ok).toBe(false);
    expect(farReport.tensors.find((t) => t.name.endsWith("decoder_layer_0/moe"))!.worst!.index).toEqual([0, 1, 3]);
  });

  it("float32: a gate that rounds to another bf16 value lets that token's MoE output differ by the bfloat16 bound (found by a differential audit)", () => {
    const ref = syntheticTrace(2, 4, 24, { bf16: false, seed: 4 });
    const moe = ref.get("transformer/decoder_layer_0/moe")!;
    moe.data.set(moe.data.map(roundBf16));
    const probs = ref.get("transformer/decoder_layer_0/router_probs")!;
    const E = probs.shape[2], token = flat([0, 1], [2, 4]);
    const top = Array.from(probs.data.subarray(token * E, (token + 1) * E)).indexOf(0.30000001192092896); // its chosen expert of probability 0.3
    expect(top).toBeGreaterThanOrEqual(0);
    // bf16 values 0.298828125 and 0.30078125 around 0.3: halfway 0.2998046875; the two sides' gates fall either side of it
    probs.data[token * E + top] = 0.29980472;
    const at = flat([0, 1, 3], moe.shape);
    moe.data[at] = 0.5;
    const fourSteps = (x: number) => nextBf16(nextBf16(nextBf16(nextBf16(x))));

    const ours = clone(ref);
    ours.get("transformer/decoder_layer_0/router_probs")!.data[token * E + top] = 0.29980466; // within float32 noise, rounds down
    ours.get("transformer/decoder_layer_0/moe")!.data[at] = fourSteps(0.5); // the flipped gate times an expert's output, through cancellation
    const report = compareActivations(ours, ref, FLOAT32_TOLERANCE);
    expect(report.ok, formatReport(report)).toBe(true);
    expect(report.tensors.find((t) => t.name.endsWith("decoder_layer_0/moe"))!.flips).toBe(1);
    expect(report.notes.join("\n")).toContain("row 0 differs from the reference");

    // the same difference without the gate's flip is an error (more than two steps)
    const noGateFlip = clone(ours);
    noGateFlip.get("transformer/decoder_layer_0/router_probs")!.data[token * E + top] = 0.29980472;
    expect(compareActivations(noGateFlip, ref, FLOAT32_TOLERANCE).ok).toBe(false);
    // and with it, a difference beyond the bfloat16 bound still is
    const far = clone(ours);
    far.get("transformer/decoder_layer_0/moe")!.data[at] = 0.75;
    const farReport = compareActivations(far, ref, FLOAT32_TOLERANCE);
    expect(farReport.ok).toBe(false);
    expect(farReport.tensors.find((t) => t.name.endsWith("decoder_layer_0/moe"))!.worst!.index).toEqual([0, 1, 3]);
    // a gate flip in another token loosens nothing here
    const elsewhere = clone(noGateFlip);
    const other = flat([1, 2], [2, 4]);
    const otherTop = Array.from(probs.data.subarray(other * E, (other + 1) * E)).indexOf(0.30000001192092896);
    ref.get("transformer/decoder_layer_0/router_probs")!.data[other * E + otherTop] = 0.29980472;
    elsewhere.get("transformer/decoder_layer_0/router_probs")!.data[other * E + otherTop] = 0.29980466;
    expect(compareActivations(elsewhere, ref, FLOAT32_TOLERANCE).ok).toBe(false);
  });

  it("a NaN or ±Inf in the reference agrees only with the same value", () => {
    const one = (ref: number[], ours: number[], tol: typeof FLOAT32_TOLERANCE) =>
      compareActivations(new Map([["y", { shape: [1, ref.length], data: new Float32Array(ours) }]]), new Map([["y", { shape: [1, ref.length], data: new Float32Array(ref) }]]), tol);
    for (const tol of [FLOAT32_TOLERANCE, BFLOAT16_TOLERANCE]) {
      expect(one([1, 2, Infinity, NaN, -Infinity], [1, 2, Infinity, NaN, -Infinity], tol).ok).toBe(true);
      for (const [ref, ours] of [[Infinity, -Infinity], [Infinity, NaN], [NaN, 4], [-Infinity, 1e30], [Infinity, 3]]) {
        const report = one([1, 2, 3, ref], [1, 2, 3, ours], tol);
        expect(report.ok, `${tol.label}: ref ${ref}, ours ${ours}`).toBe(false);
        expect(report.tensors[0].worst!.index).toEqual([0, 3]);
      }
      // and leaves the other elements their own bound (the RMS is of the finite values):
      // it gave every element of the tensor a bound of ~1e37 in bfloat16 mode (found by mutation testing)
      for (const bad of [NaN, Infinity, -Infinity]) {
        const ref = Array.from({ length: 20 }, (_, i) => i + 1);
        ref[0] = bad;
        const ours = ref.slice();
        ours[5] = 1000;
        const report = one(ref, ours, tol);
        expect(report.ok, `${tol.label}: ${bad} elsewhere in the reference`).toBe(false);
        expect(report.tensors[0].worst!.index).toEqual([0, 5]);
        expect(report.tensors[0].worst!.tol).toBeLessThan(1);
      }
    }
  });

  // The experiments quoted in src/golden/compare.ts's tolerance comment.
  describe("bfloat16: rounding flips pass, a missing rounding point fails", () => {
    const n = 4096;
    const { normal } = prng(4);
    const x = new Float32Array(n).map(() => normal());
    const c = 1.7;
    const run = (ref: Float32Array, ours: Float32Array) =>
      compareActivations(new Map([["y", { shape: [1, n], data: ours }]]), new Map([["y", { shape: [1, n], data: ref }]]), BFLOAT16_TOLERANCE);
    // y = bf16(bf16(x) · bf16(c)): two rounding points before the product, one after.
    const ref = x.map((v) => roundBf16(roundBf16(v) * roundBf16(c)));

    it("sparse one-ulp flips pass", () => {
      const ours = ref.map((v, i) => (i % 50 === 0 ? nextBf16(v) : v));
      const report = run(ref, ours);
      expect(report.ok, formatReport(report)).toBe(true);
      expect(report.tensors[0].mismatch).toBeCloseTo(1 / 50, 2);
    });

    it("after a row's first difference, a flip spread by attention passes; afresh (layer by layer) it fails", () => {
      // tensor a: one element one ulp off (a legitimate flip); tensor b: a third of the
      // elements one ulp off, as a flip carried to every later token makes them
      const a = ref.map((v, i) => (i === 7 ? nextBf16(v) : v));
      const b = ref.map((v, i) => (i % 3 === 0 ? nextBf16(v) : v));
      const refs = new Map([["a", { shape: [1, n], data: ref }], ["b", { shape: [1, n], data: ref }]]);
      const ours = new Map([["a", { shape: [1, n], data: a }], ["b", { shape: [1, n], data: b }]]);
      const spread = compareActivations(ours, refs, BFLOAT16_TOLERANCE);
      expect(spread.ok, formatReport(spread)).toBe(true);
      expect(spread.notes.join("\n")).toContain("a: row 0 differs from the reference");
      // without the earlier difference, or with b fed the reference's input, the same b fails
      expect(run(ref, b).ok).toBe(false);
      const afresh = compareActivations(ours, refs, BFLOAT16_TOLERANCE, { freshRowsAt: (name) => name === "b" });
      expect(afresh.ok).toBe(false);
      expect(afresh.tensors[1].problem).toContain("missing or extra bf16 rounding point");
    });

    it("a missing input or constant rounding fails, though every element is within 2 ulps", () => {
      for (const ours of [x.map((v) => roundBf16(v * roundBf16(c))), x.map((v) => roundBf16(roundBf16(v) * c))]) {
        const report = run(ref, ours);
        expect(report.tensors[0].outOfTolerance).toBe(0);
        expect(report.tensors[0].mismatch).toBeGreaterThan(0.25);
        expect(report.ok).toBe(false);
        expect(report.tensors[0].problem).toContain("missing or extra bf16 rounding point");
      }
    });

    it("at most 10% of a bf16 tensor's elements may differ: 8% passes, 15% fails", () => {
      // found by mutation testing: the measured cases above are 25% and more
      const ok = (every: number) => run(ref, ref.map((v, i) => (i % 100 < every ? nextBf16(v) : v))).ok;
      expect(ok(8)).toBe(true);
      expect(ok(15)).toBe(false);
    });

    it("a missing final rounding fails", () => {
      const report = run(ref, x.map((v) => roundBf16(v) * roundBf16(c)));
      expect(report.ok).toBe(false);
      expect(report.tensors[0].mismatch).toBeGreaterThan(0.9);
    });

    it("a dot's summation order changes nothing, a missing rounding of its inputs fails", () => {
      const K = 48, N = 256;
      const a = x.subarray(0, K);
      const w = new Float32Array(K * N).map(() => normal() / Math.sqrt(K));
      const dot = (roundInputs: boolean, reverse: boolean): Float32Array => {
        const out = new Float32Array(N);
        for (let j = 0; j < N; j++) {
          let acc = 0;
          for (let s = 0; s < K; s++) {
            const k = reverse ? K - 1 - s : s;
            acc = Math.fround(acc + Math.fround((roundInputs ? roundBf16(a[k]) : a[k]) * roundBf16(w[k * N + j])));
          }
          out[j] = roundBf16(acc);
        }
        return out;
      };
      const refDot = dot(true, false);
      const same = compareActivations(new Map([["y", { shape: [1, N], data: dot(true, true) }]]), new Map([["y", { shape: [1, N], data: refDot }]]), BFLOAT16_TOLERANCE);
      expect(same.ok).toBe(true);
      const missing = compareActivations(new Map([["y", { shape: [1, N], data: dot(false, false) }]]), new Map([["y", { shape: [1, N], data: refDot }]]), BFLOAT16_TOLERANCE);
      expect(missing.ok).toBe(false);
      expect(missing.tensors[0].mismatch).toBeGreaterThan(0.25);
    });
  });

  it("router near-ties are reported, not failed; a clear-margin change of expert fails", () => {
    const ref = syntheticTrace(2, 4, 24, { bf16: false, seed: 5 });
    const name = "transformer/decoder_layer_0/router_probs";
    const probs = ref.get(name)!;
    const E = ROUTER_PROBS.length;
    const tok = flat([0, 2], [2, 4]) * E;
    // token [0, 2]: experts 0 and 1 chosen, expert 2 only 2e-4 behind expert 1
    probs.data.set([0.3, 0.2001, 0.1999, 0.1, 0.09, 0.08, 0.02, 0.01], tok);
    const ours = clone(ref);
    ours.get(name)!.data.set([0.3, 0.1999, 0.2001, 0.1, 0.09, 0.08, 0.02, 0.01], tok); // chooses 0 and 2
    ours.get("transformer/decoder_layer_1/moe")!.data[3] += 5; // row 0, after the near-tie: not compared
    const report = compareActivations(ours, ref, FLOAT32_TOLERANCE);
    expect(report.ok, formatReport(report)).toBe(true);
    expect(report.notes.join("\n")).toMatch(/router near-tie at \[0,2\] \(margin 2\.0e-4\): ours chose experts \{0,2\}, the reference \{0,1\}/);
    expect(report.tensors.find((t) => t.name === "transformer/decoder_layer_1/moe")!.skippedRows).toEqual([0]);

    // token [1, 3]: ours swaps the reference's 2nd and 3rd expert, which are 0.08 apart
    const clear = clone(ref);
    const t13 = flat([1, 3], [2, 4]) * E;
    const p13 = Array.from(probs.data.subarray(t13, t13 + E));
    const second = p13.indexOf(Math.fround(0.2)), third = p13.indexOf(Math.fround(0.12));
    const swapped = p13.slice();
    [swapped[second], swapped[third]] = [swapped[third], swapped[second]];
    clear.get(name)!.data.set(swapped, t13);
    const first = p13.indexOf(Math.fround(0.3));
    const set = (a: number, b: number) => [a, b].sort((x, y) => x - y).join(",");
    const router = compareActivations(clear, ref, FLOAT32_TOLERANCE).tensors.find((t) => t.name === name)!;
    expect(router.ok).toBe(false);
    expect(router.problem).toBe(
      `expert choice differs at [1,3]: ours {${set(first, third)}}, reference {${set(first, second)}} (reference margin 8.0e-2, not a near-tie)`,
    );
  });

  it("missing tensors and wrong shapes fail; extra tensors are listed", () => {
    const ref = syntheticTrace(1, 2, 8, { bf16: false, seed: 6 });
    const ours = clone(ref);
    ours.delete("language_model/logits");
    ours.set("language_model/rms_norm", { shape: [1, 8, 2], data: ours.get("language_model/rms_norm")!.data });
    ours.set("something/else", { shape: [1], data: new Float32Array(1) });
    const report = compareActivations(ours, ref, FLOAT32_TOLERANCE);
    expect(report.ok).toBe(false);
    expect(report.missing).toEqual(["language_model/logits"]);
    expect(report.extra).toEqual(["something/else"]);
    expect(report.tensors.find((t) => t.name === "language_model/rms_norm")!.problem).toBe("shape [1,8,2] in ours, [1,2,8] in the reference");
  });
});

describe("layer by layer: where each layer starts afresh (found by mutation testing)", () => {
  it("startsLayer marks each decoder layer's first norm and the output head's norm, nothing else", () => {
    for (const name of ["transformer/decoder_layer_0/rms_norm", "transformer/decoder_layer_12/rms_norm", "language_model/rms_norm"])
      expect(startsLayer(name), name).toBe(true);
    for (const name of ["language_model/embed", "language_model/logits", "transformer/decoder_layer_0/rms_norm_1", "transformer/decoder_layer_0", "transformer/decoder_layer_0/moe"])
      expect(startsLayer(name), name).toBe(false);
  });
});

describe("golden cases: loading", () => {
  function writeCase(root: string, name: string, manifest: Record<string, unknown>, tensors: [string, number[]][]): string {
    const dir = path.join(root, name);
    fs.mkdirSync(dir, { recursive: true });
    const data = new Map(tensors.map(([n, s]) => [n, new Float32Array(s.reduce((a, b) => a * b, 1)).map((_, i) => i / 7)]));
    writeSafetensors(path.join(dir, "activations.safetensors"), tensors.map(([n, s]) => ({ name: n, dtype: "F32", shape: s })), (t) => data.get(t.name)!);
    fs.writeFileSync(path.join(dir, "config.json"), JSON.stringify({ vocab_size: 16, sequence_len: 8, fprop_dtype: "float32", model: { emb_size: 8, key_size: 4, num_q_heads: 2, num_kv_heads: 1, num_layers: 1, num_experts: 8, num_selected_experts: 2 } }));
    writeSafetensors(path.join(dir, "weights.safetensors"), [], () => new Float32Array(0));
    fs.writeFileSync(
      path.join(dir, "manifest.json"),
      JSON.stringify({
        schema_version: GOLDEN_SCHEMA_VERSION,
        name,
        kind: "forward",
        description: "synthetic",
        dtype: "float32",
        seed: 1,
        tokens: [[1, 2]],
        notes: [],
        config: "config.json",
        weights: { file: "weights.safetensors" },
        activations: { file: "activations.safetensors", tensors: tensors.map(([n, s]) => ({ name: n, shape: s, max_abs: 0 })) },
        produced_by: {},
        ...manifest,
      }),
    );
    return dir;
  }

  const made: string[] = [];
  const tmp = (): string => {
    made.push(fs.mkdtempSync(path.join(os.tmpdir(), "golden-")));
    return made[made.length - 1];
  };
  afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it("finds cases and loads activations in file order", () => {
    const root = tmp();
    writeCase(root, "b_case", {}, [["z/first", [1, 2, 3]], ["a/second", [1, 2]]]);
    writeCase(root, "a_case", {}, [["x", [2]]]);
    const cases = findGoldenCases(root);
    expect(cases.map((c) => c.name)).toEqual(["a_case", "b_case"]);
    const acts = loadActivations(cases[1]);
    expect([...acts.keys()]).toEqual(["z/first", "a/second"]);
    expect(Array.from(acts.get("a/second")!.data)).toEqual([0, 1 / 7].map(Math.fround));
    expect(loadCaseConfig(cases[1]).model.num_experts).toBe(8);
    expect(findGoldenCases(path.join(root, "nothing-here"))).toEqual([]);
  });

  it("rejects a bad manifest with the file and field named", () => {
    const bad: [Record<string, unknown>, RegExp][] = [
      [{ schema_version: 99 }, /manifest\.json: field 'schema_version' is 99; this checker reads version 1/],
      [{ kind: "bogus" }, /field 'kind' must be one of forward, kv_memory, sampling/],
      [{ dtype: "float16" }, /field 'dtype' must be "float32" or "bfloat16"/],
      [{ tokens: [[1.5]] }, /field 'tokens'/],
      [{ name: "other" }, /field 'name' is "other" but the folder is 'c'/],
      [{ activations: { file: "nope.safetensors", tensors: [] } }, /field 'activations\.file' names nope\.safetensors, which does not exist/],
      // found by mutation testing: these fields were not checked by any test
      [{ notes: "none" }, /field 'notes' must be an array/],
      [{ activations: { file: "activations.safetensors", tensors: [{ name: "x", shape: [2.5], max_abs: 0 }] } }, /field 'activations\.tensors\[0\]' must be \{name, shape, max_abs\}/],
    ];
    for (const [change, message] of bad) {
      const root = tmp();
      writeCase(root, "c", change, [["x", [2]]]);
      expect(() => findGoldenCases(root)).toThrow(UserError);
      expect(() => findGoldenCases(root)).toThrow(message);
    }
  });

  it("lists cases sorted by name, skipping folders without a manifest (found by mutation testing)", () => {
    const root = tmp();
    for (const name of ["c_case", "a_case", "b_case"]) writeCase(root, name, {}, [["x", [2]]]);
    fs.mkdirSync(path.join(root, "scratch"));
    expect(findGoldenCases(root).map((c) => c.name)).toEqual(["a_case", "b_case", "c_case"]);
  });

  it("rejects activations the manifest does not list, lacks, or that are not F32 (found by mutation testing)", () => {
    const setTensors = (dir: string, tensors: [string, number[]][]) => {
      const file = path.join(dir, "manifest.json");
      const manifest = JSON.parse(fs.readFileSync(file, "utf8"));
      manifest.activations.tensors = tensors.map(([name, shape]) => ({ name, shape, max_abs: 0 }));
      fs.writeFileSync(file, JSON.stringify(manifest));
    };
    const unlisted = tmp();
    setTensors(writeCase(unlisted, "c", {}, [["x", [2]], ["y", [2]]]), [["x", [2]]]);
    expect(() => loadActivations(findGoldenCases(unlisted)[0])).toThrow(/tensor 'y' is not listed in the manifest/);
    const lacking = tmp();
    setTensors(writeCase(lacking, "c", {}, [["x", [2]]]), [["x", [2]], ["z", [3]]]);
    expect(() => loadActivations(findGoldenCases(lacking)[0])).toThrow(/manifest lists 'z', the file lacks it/);
    const bf16 = tmp();
    const dir = writeCase(bf16, "c", {}, [["x", [2]]]);
    writeSafetensors(path.join(dir, "activations.safetensors"), [{ name: "x", dtype: "BF16", shape: [2] }], () => Uint16Array.of(0x3f80, 0x4000));
    expect(() => loadActivations(findGoldenCases(bf16)[0])).toThrow(/tensor 'x' is BF16, golden activations are F32/);
  });

  it("rejects activations that disagree with the manifest", () => {
    const root = tmp();
    const dir = writeCase(root, "c", {}, [["x", [2, 3]]]);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8"));
    manifest.activations.tensors[0].shape = [3, 2];
    fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(manifest));
    expect(() => loadActivations(findGoldenCases(root)[0])).toThrow(/tensor 'x' has shape \[2,3\], the manifest says \[3,2\]/);
  });
});

/** One set of WebAssembly kernels for the golden cases, made on first use. */
let wasm: Promise<WasmKernels> | undefined;
function wasmKernels(): Promise<WasmKernels> {
  return (wasm ??= WasmKernels.create({ threads: 2 }));
}
afterAll(async () => {
  if (wasm) await (await wasm).close();
});

/** golden/reproduced/<run>/index.json, read once; none for $GROK1_GOLDEN_DIR's cases (their weights are others). */
const reproducedRuns: { dir: string; index: ReproducedIndex }[] = (() => {
  const root = path.join(import.meta.dirname, "..", "golden", "reproduced");
  if (process.env.GROK1_GOLDEN_DIR || !fs.existsSync(root)) return [];
  return fs.readdirSync(root).sort().map((dir) => ({
    dir: path.join(root, dir),
    index: JSON.parse(fs.readFileSync(path.join(root, dir, "index.json"), "utf8")) as ReproducedIndex,
  }));
})();

/**
 * The reference run again elsewhere (golden/reproduced/<run>/, golden/collect_reproduced.mjs):
 * the runs that made case `c` again.
 */
function reproductions(c: GoldenCase) {
  return reproducedRuns.flatMap(({ dir, index }) => {
    const entry = index.cases[c.name];
    if (!entry) return [];
    const identical = entry.activations === "identical";
    const file = identical ? c.activationsPath : path.join(dir, entry.activations);
    return [{
      run: `JAX ${index.produced_by.versions.jax} on ${index.cpu?.split(" (")[0] ?? "another machine"}`,
      dir: `golden/reproduced/${path.basename(dir)}`,
      identical,
      path: file,
      weightsSha256: entry.weights_sha256,
      activationsSha256: entry.activations_sha256,
      activations: () => loadActivations({ ...c, activationsPath: file }),
    }];
  });
}

interface ReproducedIndex {
  cpu: string | null;
  produced_by: { versions: { jax: string } };
  cases: Record<string, { weights_sha256: string | null; activations_sha256: string; activations: string }>;
}

function sha256(file: string): string {
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

describe("golden cases from the released JAX code", () => {
  const cases = findGoldenCases();
  if (cases.length === 0) {
    it.skip("golden data missing: no golden/cases/*/manifest.json; generate it with golden/run_on_device.sh local, or on a device machine (golden/README.md)", () => {});
    return;
  }
  it("golden/summarize.mjs measures every forward case, with its defaults and with the WebAssembly kernels (its default --threads broke once)", () => {
    const forward = cases.filter((c) => c.manifest.kind === "forward").map((c) => c.name);
    for (const args of [[], ["--kernels", "wasm", "--threads", "2"]]) {
      const r = spawnSync(process.execPath, [path.join("golden", "summarize.mjs"), ...args], { encoding: "utf8" });
      expect(r.status, r.stderr).toBe(0);
      for (const name of forward) expect(r.stdout).toMatch(new RegExp(`^\\| ${name} \\| \\d+ \\| `, "m"));
    }
  });

  it("golden/collect_reproduced.mjs records a second run's identical and differing cases, and refuses other weights", () => {
    const committed = path.join("golden", "cases");
    if (!fs.existsSync(path.join(committed, "dense_f32"))) return; // GROK1_GOLDEN_DIR cases without these two
    const run = fs.mkdtempSync(path.join(os.tmpdir(), "grok1-reproduced-"));
    try {
      const second = path.join(run, "cases"), out = path.join(run, "out");
      for (const name of ["dense_bf16", "dense_f32"]) fs.cpSync(path.join(committed, name), path.join(second, name), { recursive: true });
      const changed = path.join(second, "dense_f32", "activations.safetensors");
      const bytes = fs.readFileSync(changed);
      bytes[bytes.length - 4] ^= 1; // the last float32 element's lowest mantissa bit (little-endian)
      fs.writeFileSync(changed, bytes);
      fs.writeFileSync(path.join(second, "index.json"), JSON.stringify({ produced_by: { versions: { jax: "9.9" } }, not_run: ["kv_f32"], failed: {} }));
      const collect = (...args: string[]) =>
        spawnSync(process.execPath, [path.join("golden", "collect_reproduced.mjs"), second, out, ...args], { encoding: "utf8" });
      const r = collect("--cpu", "a test");
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^2 cases: 1 with identical activations, 1 differing/);
      const index = JSON.parse(fs.readFileSync(path.join(out, "index.json"), "utf8")) as ReproducedIndex & { not_run: string[] };
      expect(index.cpu).toBe("a test");
      expect(index.not_run).toEqual(["kv_f32"]);
      expect(index.cases.dense_bf16).toEqual({
        weights_sha256: sha256(path.join(committed, "dense_bf16", "weights.safetensors")),
        activations_sha256: sha256(path.join(committed, "dense_bf16", "activations.safetensors")),
        activations: "identical",
      });
      expect(index.cases.dense_f32.activations).toBe("dense_f32.safetensors");
      expect(fs.readFileSync(path.join(out, "dense_f32.safetensors")).equals(bytes)).toBe(true);
      expect(index.cases.dense_f32.activations_sha256).toBe(sha256(changed));
      // a second run of other parameters is not a reproduction: nothing written
      const weights = path.join(second, "dense_bf16", "weights.safetensors");
      fs.writeFileSync(weights, Buffer.concat([fs.readFileSync(weights), Buffer.from([0])]));
      fs.rmSync(out, { recursive: true });
      const refused = collect();
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(/dense_bf16: weights.safetensors differs from golden\/cases\/dense_bf16\/weights.safetensors: not the same model, nothing written/);
      expect(fs.existsSync(out)).toBe(false);
      fs.rmSync(path.join(second, "index.json"));
      const noIndex = collect();
      expect(noIndex.status).toBe(2);
      expect(noIndex.stderr).toMatch(/index.json is missing: DIR must hold the cases as golden\/run_on_device.sh leaves them/);
    } finally {
      fs.rmSync(run, { recursive: true, force: true });
    }
  });

  it("golden/collect_reproduced.mjs takes one run made in several calls: each call's cases, refusing other versions or a case made twice", () => {
    const committed = path.join("golden", "cases");
    if (!fs.existsSync(path.join(committed, "dense_f32"))) return;
    const run = fs.mkdtempSync(path.join(os.tmpdir(), "grok1-reproduced-"));
    try {
      const [a, b, out] = ["a", "b", "out"].map((d) => path.join(run, d));
      const index = (dir: string, jax: string, command: string, notRun: string[]) =>
        fs.writeFileSync(path.join(dir, "index.json"), JSON.stringify({ produced_by: { versions: { jax }, command, date: command }, not_run: notRun, failed: {} }));
      fs.cpSync(path.join(committed, "dense_bf16"), path.join(a, "dense_bf16"), { recursive: true });
      fs.cpSync(path.join(committed, "dense_f32"), path.join(b, "dense_f32"), { recursive: true });
      index(a, "9.9", "first", ["dense_f32", "kv_f32"]);
      index(b, "9.9", "second", []);
      const collect = () => spawnSync(process.execPath, [path.join("golden", "collect_reproduced.mjs"), a, b, out], { encoding: "utf8" });
      const r = collect();
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^2 cases: 2 with identical activations, 0 differing/);
      const written = JSON.parse(fs.readFileSync(path.join(out, "index.json"), "utf8"));
      expect(written.calls).toEqual([
        { command: "first", date: "first", cases: ["dense_bf16"] },
        { command: "second", date: "second", cases: ["dense_f32"] },
      ]);
      expect(written.not_run).toEqual(["kv_f32"]); // dense_f32 was made by the second call
      expect(Object.keys(written.cases).sort()).toEqual(["dense_bf16", "dense_f32"]);
      fs.rmSync(out, { recursive: true });
      index(b, "9.8", "second", []);
      const versions = collect();
      expect(versions.status).toBe(1);
      expect(versions.stderr).toMatch(/made with other versions than .*: not one run, nothing written/);
      index(b, "9.9", "second", []);
      fs.cpSync(path.join(committed, "dense_bf16"), path.join(b, "dense_bf16"), { recursive: true });
      const twice = collect();
      expect(twice.status).toBe(1);
      expect(twice.stderr).toMatch(/dense_bf16: in both .* and .*: each case must come from one call, nothing written/);
      expect(fs.existsSync(out)).toBe(false);
    } finally {
      fs.rmSync(run, { recursive: true, force: true });
    }
  });

  for (const c of cases) {
    for (const again of reproductions(c)) {
      it(`${c.name}: the reference run again (${again.run}) made the same weights; its activations ${again.identical ? "are byte-identical" : "differ"}`, () => {
        const weights = c.weightsPath === undefined ? null : sha256(c.weightsPath); // none: a sampling case
        expect(weights, `golden/cases/${c.name} changed since ${again.dir} was made: regenerate it (golden/README.md, "The reference against itself")`).toBe(again.weightsSha256);
        expect(sha256(again.path)).toBe(again.activationsSha256);
        expect(sha256(c.activationsPath) === again.activationsSha256).toBe(again.identical);
        // sample_token's draws are integers and its keys bits: no tolerance covers a difference there
        if (c.manifest.kind === "sampling") expect(again.identical, `${c.name}: the reference drew otherwise the second time`).toBe(true);
      });
      if (!again.identical && c.manifest.kind !== "sampling") {
        it(`${c.name}: its two runs pass our comparison against each other, both ways (${c.manifest.dtype})`, () => {
          const first = loadActivations(c), second = again.activations();
          const options = { numSelectedExperts: loadCaseConfig(c).model.num_selected_experts };
          for (const [ours, ref, what] of [[second, first, "second against first"], [first, second, "first against second"]] as const) {
            const report = compareActivations(ours, inComputeOrder(ref), toleranceFor(c.manifest.dtype), options);
            expect(report.ok, `${c.name}, ${what}\n${formatReport(report, true)}`).toBe(true);
          }
        });
      }
    }
    it(`${c.name}: activation files match the manifest`, () => {
      const acts = loadActivations(c);
      for (const t of c.manifest.activations.tensors) {
        const data = acts.get(t.name)!.data;
        expect(data.reduce((m, v) => Math.max(m, Math.abs(v)), 0), t.name).toBe(t.max_abs);
      }
    });
    if (c.manifest.kind === "forward") {
      /** The whole forward pass with `kernels` against the reference, tensor by tensor. */
      const expectTraceMatches = async (kernels: Kernels, what: string, ref = loadActivations(c)) => {
        const cfg = loadCaseConfig(c);
        const ours = await runTrace(cfg, c.weightsPath!, c.manifest.tokens, kernels);
        const report = compareActivations(ours, ref, toleranceFor(cfg.fprop_dtype), {
          numSelectedExperts: cfg.model.num_selected_experts,
        });
        expect(report.ok, `${c.name} ${what}\n${formatReport(report, true)}`).toBe(true);
      };
      it(`${c.name}: every activation matches the reference (${c.manifest.dtype})`, () =>
        expectTraceMatches(tsKernels, `(${c.manifest.description})`));
      it(`${c.name}: the same with the WebAssembly kernels, 2 threads (${c.manifest.dtype})`, async () => {
        const kernels = await wasmKernels();
        await expectTraceMatches(kernels, `with ${kernels.name}`);
      });
      for (const again of reproductions(c).filter((r) => !r.identical)) {
        it(`${c.name}: also matches the reference as ${again.run} computed it (${c.manifest.dtype})`, () =>
          expectTraceMatches(tsKernels, `against ${again.run}`, again.activations()));
      }
      it(`${c.name}: layer by layer, each layer fed the reference's input (${c.manifest.dtype})`, () => {
        const cfg = loadCaseConfig(c);
        const ref = loadActivations(c);
        const src = SafetensorsSource.open(c.weightsPath!);
        const ours = layerwiseTrace(cfg, loadParams(cfg, src), c.manifest.tokens, tsKernels, ref);
        src.close();
        const report = compareActivations(ours, ref, toleranceFor(cfg.fprop_dtype), {
          numSelectedExperts: cfg.model.num_selected_experts,
          freshRowsAt: startsLayer,
        });
        expect(report.ok, `${c.name} layer by layer\n${formatReport(report, true)}`).toBe(true);
      });
    } else if (c.manifest.kind === "kv_memory") {
      const kvCheck = (kernels: Kernels, ref = loadActivations(c)) => {
        const cfg = loadCaseConfig(c);
        const kv = (c.manifest as unknown as { kv_memory: { prompt_len: number; prompt_lens?: number[] } }).kv_memory;
        const ours = runKvCase(cfg, c.weightsPath!, ref, kernels);
        // the prompt lengths traceDecode took from the rows' trailing pads are the reference's
        const B = ref.get("step_0/tokens")!.shape[0];
        expect(Array.from(ours.get("step_0/memory/layer_0/step")!.data)).toEqual(kv.prompt_lens ?? new Array(B).fill(kv.prompt_len));
        const wanted = inComputeOrder(new Map([...ref].filter(([name]) => ours.has(name))));
        const report = compareActivations(ours, wanted, toleranceFor(cfg.fprop_dtype), { numSelectedExperts: cfg.model.num_selected_experts });
        expect(report.ok, `${c.name} with ${kernels.name}\n${formatReport(report, true)}`).toBe(true);
      };
      it(`${c.name}: prefill + decode with KV memory matches the reference step by step (${c.manifest.dtype})`, () => kvCheck(tsKernels));
      it(`${c.name}: the same with the WebAssembly kernels, 2 threads`, async () => kvCheck(await wasmKernels()));
      for (const again of reproductions(c).filter((r) => !r.identical)) {
        it(`${c.name}: also matches the reference as ${again.run} computed it`, () => kvCheck(tsKernels, again.activations()));
      }
    } else if (c.manifest.kind === "sampling") {
      it(`${c.name}: sample_token draws, keys and top-8 match the reference`, () => {
        checkSamplingCase(c.manifest as unknown as SamplingManifest, loadActivations(c));
      });
    }
    if (c.checkpointDir) {
      it(`${c.name}: the same activations from ${path.basename(c.checkpointDir)}/ (the released checkpoint layout)`, () => {
        const cfg = loadCaseConfig(c);
        const ours = trace(cfg, CheckpointSource.open(c.checkpointDir!, cfg), c.manifest.tokens, tsKernels);
        const report = compareActivations(ours, loadActivations(c), toleranceFor(cfg.fprop_dtype), {
          numSelectedExperts: cfg.model.num_selected_experts,
        });
        expect(report.ok, `${c.name} from the checkpoint\n${formatReport(report, true)}`).toBe(true);
      });
    }
  }
});

/**
 * The KV-memory case as runners.py runs it (golden/README.md, "KV memory"), through
 * traceDecode: the prompt rows of step_0/tokens, then one token per row per step.
 */
function runKvCase(cfg: LanguageModelConfig, weights: string, ref: ActivationMap, kernels: Kernels = tsKernels): ActivationMap {
  const rowsOf = (t: Activation) => Array.from({ length: t.shape[0] }, (_, b) => Array.from(t.data.subarray(b * t.shape[1], (b + 1) * t.shape[1])));
  const prompt = rowsOf(ref.get("step_0/tokens")!);
  const fed: number[][][] = [];
  for (let n = 1; ref.has(`step_${n}/tokens`); n++) fed.push(rowsOf(ref.get(`step_${n}/tokens`)!));
  const decode = prompt.map((_, b) => fed.map((step) => step[b][0]));
  const src = SafetensorsSource.open(weights);
  try {
    return traceDecode(cfg, src, prompt, decode, kernels);
  } finally {
    src.close();
  }
}

interface SamplingManifest {
  dtype: "float32" | "bfloat16";
  produced_by?: { jax_config?: { jax_threefry_partitionable?: boolean } };
  sampling: {
    rows: { temperature: number; nucleus_p: number; seed: number; disallowed_ids: number[] }[];
    vocab: number;
    draws: number;
    initial_keys: number[][];
    draw_keys: number[][][];
  };
}

/** The sampling case: per row and draw, our keys, token, probability and top-8 against sample_token's. */
function checkSamplingCase(m: SamplingManifest, ref: ActivationMap): void {
  const { rows, vocab: V, draws } = m.sampling;
  const logits = ref.get("logits")!.data;
  // the PRNG scheme the reference ran with (JAX's default since 0.5.0 is partitionable)
  const prng = { partitionable: m.produced_by?.jax_config?.jax_threefry_partitionable ?? true };
  const keys = new SamplerKeys(rows.map((r) => r.seed), prng);
  rows.forEach((r, b) => expect(Array.from(SamplerKeys.prefillKey(r.seed)), `row ${b} initial key`).toEqual(m.sampling.initial_keys[b]));
  const masks = rows.map((r) => {
    const mask = new Uint8Array(V).fill(1);
    for (const id of r.disallowed_ids) mask[id] = 0;
    return mask;
  });
  for (let d = 0; d < draws; d++) {
    const drawKeys = keys.next();
    rows.forEach((r, b) => {
      expect(Array.from(drawKeys[b]), `draw ${d} row ${b} key`).toEqual(m.sampling.draw_keys[d][b]);
      const s = sampleToken(logits.subarray(b * V, (b + 1) * V), drawKeys[b], {
        temperature: r.temperature,
        nucleusP: r.nucleus_p,
        mask: masks[b],
        dtype: m.dtype,
      }, prng);
      expect(s.tokenId, `draw ${d} row ${b} token`).toBe(ref.get(`draw_${d}/token_id`)!.data[b]);
      const prob = ref.get(`draw_${d}/prob`)!.data[b];
      expect(Math.abs(s.prob - prob), `draw ${d} row ${b} prob ${s.prob} vs ${prob}`).toBeLessThanOrEqual(1e-6 + 1e-5 * prob);
      if (d === 0) {
        // the temperature, mask and nucleus filter, bit for bit
        const filtered = filteredLogits(logits.subarray(b * V, (b + 1) * V), { temperature: r.temperature, nucleusP: r.nucleus_p, mask: masks[b], dtype: m.dtype });
        expect(filtered, `row ${b} filtered logits`).toEqual(ref.get("filtered_logits")!.data.subarray(b * V, (b + 1) * V));
        const ids = ref.get("top_k_token_ids")!.data.subarray(b * TOP_K, (b + 1) * TOP_K);
        const probs = ref.get("top_k_probs")!.data.subarray(b * TOP_K, (b + 1) * TOP_K);
        expect(s.topIds, `row ${b} top-8 ids`).toEqual(Array.from(ids));
        s.topProbs.forEach((p, j) => expect(Math.abs(p - probs[j])).toBeLessThanOrEqual(1e-6 + 1e-5 * probs[j]));
      }
    });
  }
}

describe("norm amplification in the bf16 tolerance", () => {
  // Two rows of a post-FFN norm: row 0's MoE output is typical, row 1's is 16× smaller,
  // so the norm magnifies what row 1 carried 16-fold (up to ~sqrt(2)·8 against the whole tensor's rms).
  const D = 64;
  const moe = new Float32Array(2 * D);
  for (let i = 0; i < D; i++) {
    moe[i] = roundBf16(Math.sin(i + 1));
    moe[D + i] = roundBf16(Math.sin(i + 1) / 16);
  }
  const norm = new Float32Array(2 * D).map((_, i) => roundBf16(Math.cos(i)));
  const ref: ActivationMap = new Map([
    ["transformer/decoder_layer_0/moe", { shape: [1, 2, D], data: moe }],
    ["transformer/decoder_layer_0/rms_norm_3", { shape: [1, 2, D], data: norm }],
  ]);
  const withError = (row: number, steps: number) => {
    const o = norm.slice();
    const i = row * D + 5;
    o[i] = roundBf16(o[i] + steps * ulpBf16(1));
    return new Map([...ref].map(([n, t]) => [n, n.endsWith("rms_norm_3") ? { shape: t.shape, data: o } : t])) as ActivationMap;
  };
  const ok = (m: ActivationMap) => compareActivations(m, ref, BFLOAT16_TOLERANCE).ok;
  it("a 10-ulp error fails in a typical row and passes in the row the norm magnified", () => {
    expect(ok(withError(0, 10))).toBe(false);
    expect(ok(withError(1, 10))).toBe(true);
  });
  it("the magnified row still has a bound", () => expect(ok(withError(1, 200))).toBe(false));
  it("a row larger than typical keeps the plain bound (2 ulp + 4 ulp(rms)): the norm never tightens it", () => {
    // found by mutation testing: row 0's MoE RMS is 1.41× the whole tensor's; 2 ulps of 1
    // (2^-6) is within the plain bound 2·ulp(0.28) + 4·ulp(rms 0.71) = 2.5·2^-7, but not
    // within it with the RMS-scaled part shrunk to 1/1.41
    expect(ok(withError(0, 2))).toBe(true);
    expect(ok(withError(0, 3))).toBe(false);
  });
});

describe("norm amplification in the float32 tolerance", () => {
  // A post-attention norm over two rows: row 0's attention output has RMS 1, row 1's 0.4,
  // so the norm divides what row 1 carried by 0.4 (as in wide_f32 at Grok-1's widths).
  const D = 64;
  const attn = new Float32Array(2 * D).map((_, i) => Math.sqrt(2) * Math.sin(i + 1) * (i < D ? 1 : 0.4));
  const norm = new Float32Array(2 * D).map((_, i) => Math.cos(i) / 8); // small values: the abs term dominates
  const ref: ActivationMap = new Map([
    ["transformer/decoder_layer_0/multi_head_attention", { shape: [1, 2, D], data: attn }],
    ["transformer/decoder_layer_0/rms_norm_1", { shape: [1, 2, D], data: norm }],
  ]);
  const withError = (row: number, error: number) => {
    const o = norm.slice();
    o[row * D + 5] += error;
    return new Map([...ref].map(([n, t]) => [n, n.endsWith("rms_norm_1") ? { shape: t.shape, data: o } : t])) as ActivationMap;
  };
  const ok = (m: ActivationMap) => compareActivations(m, ref, FLOAT32_TOLERANCE).ok;
  it("a 2e-5 error fails in a row of RMS 1 and passes in the row of RMS 0.4", () => {
    expect(ok(withError(0, 2e-5))).toBe(false);
    expect(ok(withError(1, 2e-5))).toBe(true);
  });
  it("the magnified row still has a bound", () => expect(ok(withError(1, 4e-5))).toBe(false));
  it("a NaN in the norm's input leaves every row its own bound (NaN and ±Inf do not enter the RMS)", () => {
    for (const bad of [NaN, Infinity]) {
      const withBad = new Map(ref);
      const a = attn.slice();
      a[D + 3] = bad; // row 1 of the attention output
      withBad.set("transformer/decoder_layer_0/multi_head_attention", { shape: [1, 2, D], data: a });
      const oursWith = (row: number, error: number) => {
        const m = withError(row, error);
        m.set("transformer/decoder_layer_0/multi_head_attention", { shape: [1, 2, D], data: a });
        return compareActivations(m, withBad, FLOAT32_TOLERANCE).ok;
      };
      expect(oursWith(0, 1e-6), `${bad}`).toBe(true);
      expect(oursWith(0, 2e-5), `${bad}`).toBe(false);
      expect(oursWith(1, 2e-5), `${bad}`).toBe(true); // still magnified: row 1's RMS over its finite values
      expect(oursWith(1, 4e-5), `${bad}`).toBe(false);
    }
  });
});
