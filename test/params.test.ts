/** Loading rules: stored tensors (F32, BF16, 8-bit with scales) -> kernel Weights, and their errors. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PRESETS } from "../src/config.js";
import { roundBf16 } from "../src/dtype.js";
import { tsKernels, weightAt } from "../src/kernels/ts_kernels.js";
import { initTensor, quantize } from "../src/weights/init.js";
import { paramSpecs } from "../src/weights/param_specs.js";
import { loadParams, makeWeight, scalesLayout, type StoredTensor } from "../src/weights/params.js";
import { SafetensorsFile, writeSafetensors } from "../src/weights/safetensors.js";
import { SafetensorsSource } from "../src/weights/sources.js";

const K = 8, N = 3;
const int8 = Int8Array.from({ length: K * N }, (_, i) => ((i * 53) % 255) - 127);

describe("8-bit weights", () => {
  it("per-column scales [1, N]: W[k, n] = int8 · scale[n]", () => {
    const scales = Float32Array.of(0.5, 0.25, 2);
    const w = makeWeight("t", { dtype: "I8", shape: [K, N], data: int8, scales: { dtype: "F32", shape: [1, N], data: scales } }, K, N, "float32", true);
    for (let k = 0; k < K; k++) for (let n = 0; n < N; n++) expect(weightAt(w, k, n)).toBe(int8[k * N + n] * scales[n]);
  });
  it("grouped scales [G, N] (the released checkpoint's G = 8): row k uses group floor(k·G/K)", () => {
    const G = 4;
    const scales = Float32Array.from({ length: G * N }, (_, i) => 0.1 * (i + 1));
    const w = makeWeight("t", { dtype: "I8", shape: [K, N], data: int8, scales: { dtype: "F32", shape: [G, N], data: scales } }, K, N, "float32", true);
    for (let k = 0; k < K; k++)
      for (let n = 0; n < N; n++) expect(weightAt(w, k, n)).toBe(Math.fround(int8[k * N + n] * scales[Math.floor(k / (K / G)) * N + n]));
    // and the matmul agrees with the dequantized matrix
    const x = Float32Array.from({ length: K }, (_, i) => i - 3);
    const y = new Float32Array(N);
    tsKernels.matmul(x, 1, w, y);
    for (let n = 0; n < N; n++) {
      let acc = 0;
      for (let k = 0; k < K; k++) acc += x[k] * weightAt(w, k, n);
      expect(y[n]).toBeCloseTo(acc, 4);
    }
  });
  it("grouped per-tensor scales [G, 1]: row k uses group floor(k·G/K)'s one scale for every column", () => {
    // found by mutation testing: [G, 1] was only checked by its shape
    const G = 4;
    const scales = Float32Array.of(0.5, 0.25, 2, 4);
    const w = makeWeight("t", { dtype: "I8", shape: [K, N], data: int8, scales: { dtype: "F32", shape: [G, 1], data: scales } }, K, N, "float32", true);
    for (let k = 0; k < K; k++) for (let n = 0; n < N; n++) expect(weightAt(w, k, n)).toBe(int8[k * N + n] * scales[Math.floor(k / (K / G))]);
  });
  it("bf16 scales, or a bf16 fprop dtype for a Linear, make the dequantized weight bf16", () => {
    const scales = Float32Array.of(0.1, 0.3, 0.7);
    const t: StoredTensor = { dtype: "I8", shape: [K, N], data: int8, scales: { dtype: "F32", shape: [1, N], data: scales } };
    const linBf16 = makeWeight("t", t, K, N, "bfloat16", true);
    const moeBf16 = makeWeight("t", t, K, N, "bfloat16", false); // the MoE does not cast to fprop
    for (let k = 0; k < K; k++)
      for (let n = 0; n < N; n++) {
        const v = Math.fround(int8[k * N + n] * scales[n]);
        expect(weightAt(linBf16, k, n)).toBe(roundBf16(v));
        expect(weightAt(moeBf16, k, n)).toBe(v);
      }
  });
  it("stacked experts [E, K, N] with scales [E, 1, N] slice per expert", () => {
    const E = 2;
    const data = Int8Array.from({ length: E * K * N }, (_, i) => (i % 200) - 100);
    const scales = Float32Array.from({ length: E * N }, (_, i) => i + 1);
    const t: StoredTensor = { dtype: "I8", shape: [E, K, N], data, scales: { dtype: "F32", shape: [E, 1, N], data: scales } };
    const w1 = makeWeight("t", t, K, N, "float32", false, 1);
    expect(weightAt(w1, 2, 1)).toBe(data[K * N + 2 * N + 1] * scales[N + 1]);
  });
  it("rejects scales that do not fit the weight", () => {
    const t: StoredTensor = { dtype: "I8", shape: [K, N], data: int8, scales: { dtype: "F32", shape: [3, N], data: new Float32Array(3 * N) } };
    expect(() => makeWeight("weights file w: tensor 'x/w'", t, K, N, "float32", true)).toThrowError(/x\/w.*scales of shape \[3, 3\] do not fit.*\[8, 3\]/);
  });
  it("stacked experts: scales [E, G, N], [1, G, N] or one row [N] for all; not [E, N] (numpy would broadcast E against rows)", () => {
    const E = 4;
    const fits = (shape: number[]) => () => scalesLayout("t", [E, K, N], shape, true);
    expect(fits([E, 2, N])()).toEqual({ G: 2, cols: N, perExpert: true });
    expect(fits([1, 4, 1])()).toEqual({ G: 4, cols: 1, perExpert: false });
    expect(fits([N])()).toEqual({ G: 1, cols: N, perExpert: false });
    expect(fits([E, N])).toThrowError(/scales of shape \[4, 3\] do not fit the weight's shape \[4, 8, 3\] \(expected \[E or 1, G, N or 1\]/);
    expect(fits([2, 1, N])).toThrowError(/\[2, 1, 3\] do not fit/);
  });
});

describe("quantize (grok1 init --quantize [--scale-groups G])", () => {
  it("one scale per column and group of K/G rows: each group's largest |w| is ±127, and q·s is within half a step of w", () => {
    const E = 2, K = 8, N = 3, G = 4;
    const w = Float32Array.from({ length: E * K * N }, (_, i) => Math.sin(i * 1.7) * (1 + (i % 5)));
    const t = quantize(w, [E, K, N], "F32", G);
    expect(t.scales!.shape).toEqual([E, G, N]);
    const q = t.data as Int8Array, s = t.scales!.data as Float32Array;
    for (let e = 0; e < E; e++)
      for (let g = 0; g < G; g++)
        for (let n = 0; n < N; n++) {
          const scale = s[(e * G + g) * N + n];
          const rows = Array.from({ length: K / G }, (_, r) => (e * K + g * (K / G) + r) * N + n);
          expect(Math.max(...rows.map((i) => Math.abs(q[i])))).toBe(127);
          for (const i of rows) expect(Math.abs(q[i] * scale - w[i])).toBeLessThanOrEqual(scale / 2 + 1e-6);
        }
    // the loader reads the groups back: row k uses group floor(k·G/K)
    const wt = makeWeight("t", { ...t, shape: [E, K, N] }, K, N, "float32", false, 1);
    expect(wt.dtype === "i8" && wt.scaleGroups).toBe(G);
    expect(weightAt(wt, 5, 2)).toBe(Math.fround(q[(K + 5) * N + 2] * s[(G + 2) * N + 2]));
    expect(() => quantize(w, [E, K, N], "F32", 3)).toThrowError(/3 scale groups do not divide 8 rows/);
  });
});

describe("loading a safetensors file", () => {
  const cfg = structuredClone(PRESETS["grok-1-tiny"]);
  const dir = mkdtempSync(join(tmpdir(), "grok1-params-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, edit: (name: string, t: StoredTensor) => StoredTensor | undefined, specsOf = cfg) => {
    const path = join(dir, file);
    const tensors = paramSpecs(specsOf).flatMap((s) => {
      const t = edit(s.path, initTensor(cfg, s, { seed: 1, quantize: true, scalesDtype: "BF16" }));
      if (!t) return [];
      return t.scales
        ? [{ name: `${s.path}.weight`, t, part: "w" }, { name: `${s.path}.scales`, t, part: "s" }]
        : [{ name: s.path, t, part: "p" }];
    });
    writeSafetensors(
      path,
      tensors.map((e) => ({ name: e.name, dtype: e.part === "s" ? e.t.scales!.dtype : e.t.dtype, shape: e.part === "s" ? e.t.scales!.shape : e.t.shape })),
      (w) => {
        const e = tensors.find((x) => x.name === w.name)!;
        return e.part === "s" ? e.t.scales!.data : e.t.data;
      },
    );
    return path;
  };

  it("loads 8-bit weights with bf16 scales", () => {
    const src = SafetensorsSource.open(write("ok.safetensors", (_, t) => t));
    const p = loadParams(cfg, src);
    expect(p.layers[0].attention.query.dtype).toBe("i8");
    expect(p.layers[0].moe!.expert(3).linear_1.dtype).toBe("i8");
  });
  it("names a missing tensor and its expected shape", () => {
    const src = SafetensorsSource.open(write("missing.safetensors", (n, t) => (n.endsWith("decoder_layer_1/router/w") ? undefined : t)));
    expect(() => loadParams(cfg, src)).toThrowError(/missing.safetensors: missing tensor 'transformer\/decoder_layer_1\/router\/w' \(expected shape \[48, 8\]\)/);
  });
  it("names a misshapen tensor", () => {
    const src = SafetensorsSource.open(
      write("shape.safetensors", (n, t) => (n === "language_model/rms_norm/scale" ? { dtype: "F32", shape: [47], data: new Float32Array(47) } : t)),
    );
    expect(() => loadParams(cfg, src)).toThrowError(/'language_model\/rms_norm\/scale' has shape \[47\], expected \[48\] \(config grok-1-tiny: is it the file's\?\)/);
  });
  it("rejects an 8-bit norm", () => {
    const src = SafetensorsSource.open(
      write("int8norm.safetensors", (n, t) =>
        n === "language_model/rms_norm/scale"
          ? { dtype: "I8", shape: [48], data: new Int8Array(48), scales: { dtype: "F32", shape: [1], data: Float32Array.of(1) } }
          : t,
      ),
    );
    expect(() => loadParams(cfg, src)).toThrowError(/only Linear and expert weights may be 8-bit/);
  });
  it("rejects NaN and infinities in norms, scales, the router and plain weights, naming the tensor and index", () => {
    const poisoned = (path: string, at: number, value: number) => (n: string, t: StoredTensor): StoredTensor => {
      if (n !== path) return t;
      const bf16 = (x: number) => (x !== x ? 0x7fc0 : x > 0 ? 0x7f80 : 0xff80); // bits of bf16 NaN, ±Infinity
      const put = <T extends StoredTensor["data"]>(d: T, dtype: string): T => {
        const copy = d.slice() as T;
        copy[at] = dtype === "BF16" ? bf16(value) : value;
        return copy;
      };
      return t.scales ? { ...t, scales: { ...t.scales, data: put(t.scales.data, t.scales.dtype) } } : { ...t, data: put(t.data, t.dtype) };
    };
    const load = (file: string, path: string, at: number, value: number) => () => loadParams(cfg, SafetensorsSource.open(write(file, poisoned(path, at, value))));
    const L1 = "transformer/decoder_layer_1";
    expect(load("nan-norm.safetensors", `${L1}/rms_norm_2/scale`, 5, NaN)).toThrowError(/nan-norm.safetensors: tensor 'transformer\/decoder_layer_1\/rms_norm_2\/scale' holds NaN at index 5/);
    expect(load("inf-scales.safetensors", `${L1}/moe/linear_v/w`, 300, Infinity)).toThrowError(/tensor '.*moe\/linear_v\/w.scales' holds Infinity at index 300/);
    expect(load("inf-router.safetensors", `${L1}/router/w`, 0, -Infinity)).toThrowError(/tensor '.*router\/w' holds -Infinity at index 0/);
    expect(load("nan-embed.safetensors", "language_model/in_out_embed/embeddings", 1000, NaN)).toThrowError(/embeddings' holds NaN at index 1000/);
  });
  it("rejects tensors the config does not use, and a parameter stored both plain and 8-bit", () => {
    const threeLayers = structuredClone(cfg);
    threeLayers.model.num_layers = 3;
    const extra = SafetensorsSource.open(write("3-layers.safetensors", (_, t) => t, threeLayers));
    expect(() => extra.checkNames(cfg)).toThrowError(
      /3-layers.safetensors: 19 tensors that config grok-1-tiny does not use: 'transformer\/decoder_layer_2\/rms_norm\/scale', .*, \.\.\. \(does --config match the weights\? it has 2 layers\)/,
    );
    const q = "transformer/decoder_layer_0/multi_head_attention/query/w";
    const twice = write("twice.safetensors", (n, t) => t);
    const file = SafetensorsFile.open(twice);
    const names = [...file.tensors.keys()];
    const rewrite = (name: string, extraName: string, dtype: "F32" | "BF16", shape: number[]) => {
      const out = join(dir, name);
      writeSafetensors(out, [...names.map((n) => ({ ...file.info(n) })), { name: extraName, dtype, shape }], (t) =>
        t.name === extraName ? new Float32Array(shape.reduce((a, b) => a * b, 1)) : file.read(t.name),
      );
      return SafetensorsSource.open(out);
    };
    expect(() => rewrite("both.safetensors", q, "F32", [48, 48]).checkNames(cfg)).toThrowError(/parameter '.*query\/w' is stored twice/);
    const norm = "language_model/rms_norm/scale";
    expect(() => rewrite("stray-scales.safetensors", `${norm}.scales`, "F32", [1]).checkNames(cfg)).toThrowError(/parameter 'language_model\/rms_norm\/scale' is stored twice/);
    SafetensorsSource.open(twice).checkNames(cfg); // the file as written is fine
  });
});

describe("SafetensorsSource.get: how an 8-bit weight must be stored (found by mutation testing)", () => {
  it("refuses a plain I8 tensor, a '.weight' that is not I8, and a '.weight' without '.scales'", () => {
    const tmp = mkdtempSync(join(tmpdir(), "grok1-8bit-"));
    const out = join(tmp, "bad-8bit.safetensors");
    const tensors = [
      { name: "plain", dtype: "I8" as const, shape: [2] },
      { name: "wide.weight", dtype: "F32" as const, shape: [2] },
      { name: "wide.scales", dtype: "F32" as const, shape: [1] },
      { name: "bare.weight", dtype: "I8" as const, shape: [2] },
    ];
    writeSafetensors(out, tensors, (t) => (t.dtype === "I8" ? new Int8Array(2) : new Float32Array(t.shape[0])));
    const src = SafetensorsSource.open(out);
    try {
      expect(() => src.get("plain")).toThrowError(/tensor 'plain' is I8; an 8-bit weight is stored as 'plain.weight' \(I8\) and 'plain.scales'/);
      expect(() => src.get("wide")).toThrowError(/tensor 'wide.weight' must be I8, got F32/);
      expect(() => src.get("bare")).toThrowError(/tensor 'bare.weight' has no 'bare.scales'/);
      expect(src.get("absent")).toBeUndefined();
    } finally {
      src.close();
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe("random weights (grok1 init; found by mutation testing)", () => {
  it("Linear and expert weights are N(0, 1/fan_in), fan_in the input rows K: a stacked expert's K, not its E", () => {
    const cfg = PRESETS["grok-1-tiny"]; // E = 8 experts, D = 48, ffn_size F = 256
    const std = (a: Float32Array) => Math.sqrt(a.reduce((s, v) => s + v * v, 0) / a.length);
    for (const s of paramSpecs(cfg).filter((p) => p.path.startsWith("transformer/decoder_layer_0/") && (p.kind === "linear" || p.kind === "expert"))) {
      const K = s.shape[s.shape.length - 2];
      const t = initTensor(cfg, s, { seed: 3, quantize: false, scalesDtype: "F32" });
      expect(std(t.data as Float32Array) * Math.sqrt(K), s.path).toBeCloseTo(1, 1);
    }
  });
});
