/**
 * Streaming weights (src/weights/streaming.ts): the streamed model gives bit-identical
 * logits to the eager loader (same makeWeight rules, same kernels) from a safetensors
 * file and from a released-layout checkpoint folder, whatever the budget; the cache
 * evicts least recently used entries first and never holds more than the budget.
 */
import { closeSync, copyFileSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, truncateSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { PRESETS, validateConfig, type LanguageModelConfig } from "../src/config.js";
import { UserError } from "../src/errors.js";
import type { Kernels, Weight } from "../src/kernels/kernels.js";
import { tsKernels } from "../src/kernels/ts_kernels.js";
import { streamingHooks } from "../src/kernels/select.js";
import { WasmKernels } from "../src/kernels/wasm_kernels.js";
import type { ForwardContext } from "../src/model/context.js";
import { initMemory } from "../src/model/kv_memory.js";
import { languageModel, residentParams, type LanguageModelParams } from "../src/model/language_model.js";
import { Checkpoint } from "../src/weights/checkpoint.js";
import { CheckpointSource } from "../src/weights/checkpoint_source.js";
import { initTensor } from "../src/weights/init.js";
import { paramSpecs } from "../src/weights/param_specs.js";
import { loadParams, type StoredTensor, type TensorSource } from "../src/weights/params.js";
import { SafetensorsFile, writeSafetensors } from "../src/weights/safetensors.js";
import { SafetensorsSource } from "../src/weights/sources.js";
import { checkpointLocator, halves, safetensorsLocator, type TensorLocator } from "../src/weights/disk_reads.js";
import { ByteLru, StreamingLayers, StreamingParams, parseMemoryBudget, type StreamingOptions } from "../src/weights/streaming.js";

const dir = mkdtempSync(join(tmpdir(), "grok1-streaming-"));
const opened: { close(): Promise<void> | void }[] = [];
afterAll(async () => {
  for (const o of opened) await o.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Writes random weights for `cfg` (8-bit Linear and expert weights) as `grok1 init --quantize` does. */
function writeModel(cfg: LanguageModelConfig, file: string, scalesDtype: "F32" | "BF16", floatDtype: "F32" | "BF16" = "F32"): string {
  const path = join(dir, file);
  const stored = new Map<string, StoredTensor>();
  const entries = paramSpecs(cfg).flatMap((s) => {
    const t = initTensor(cfg, s, { seed: 7, quantize: true, scalesDtype, floatDtype });
    stored.set(s.path, t);
    return t.scales
      ? [{ name: `${s.path}.weight`, dtype: t.dtype, shape: t.shape }, { name: `${s.path}.scales`, dtype: t.scales.dtype, shape: t.scales.shape }]
      : [{ name: s.path, dtype: t.dtype, shape: t.shape }];
  });
  writeSafetensors(path, entries, (e) => {
    const t = stored.get(e.name.replace(/\.(weight|scales)$/, ""))!;
    return e.name.endsWith(".scales") ? t.scales!.data : t.data;
  });
  return path;
}

/** Logits of a prefill of `prompt` then one decode step per id of `next`, concatenated. */
function run(cfg: LanguageModelConfig, params: LanguageModelParams, prompt: number[], next: number[], kernels: Kernels = tsKernels): Float32Array {
  const ctx: ForwardContext = { cfg, kernels, dtype: cfg.fprop_dtype };
  const memory = initMemory(cfg, 1, prompt.length + next.length);
  const out: Float32Array[] = [];
  out.push(languageModel(ctx, params, { tokens: Int32Array.from(prompt), B: 1, T: prompt.length, memory }).logits.data);
  for (const id of next) out.push(languageModel(ctx, params, { tokens: Int32Array.of(id), B: 1, T: 1, memory }).logits.data);
  const all = new Float32Array(out.reduce((n, a) => n + a.length, 0));
  let o = 0;
  for (const a of out) all.set(a, (o += a.length) - a.length);
  return all;
}

function eagerLogits(cfg: LanguageModelConfig, src: TensorSource, prompt: number[], next: number[], kernels: Kernels = tsKernels): Float32Array {
  const p = loadParams(cfg, src);
  return run(cfg, residentParams(p), prompt, next, kernels);
}

/** One-thread WebAssembly kernels (closed after the tests) and the streaming hooks that hand weights over to them. */
async function handOverKernels(): Promise<{ wasm: WasmKernels; hooks: Partial<StreamingOptions> }> {
  const wasm = await WasmKernels.create({ build: "simd", threads: 1 });
  opened.push(wasm);
  return { wasm, hooks: streamingHooks(wasm) };
}

function streamed(cfg: LanguageModelConfig, locator: TensorLocator, opts: StreamingOptions): StreamingParams {
  const s = StreamingParams.open(cfg, locator, opts);
  opened.push(s);
  return s;
}

/**
 * The budget bytes of one layer's entry and one expert's (layer 0), and of the staging
 * buffers layers and experts are read into (with `handOver`), as the stream counts them with these options.
 */
function entrySizes(cfg: LanguageModelConfig, locator: TensorLocator, opts: Partial<StreamingOptions> = {}): { layer: number; expert: number; staging: number } {
  const probe = new StreamingLayers(cfg, locator, { ...opts, budgetBytes: 2 ** 40, readAhead: false });
  void probe.close();
  return { layer: probe.layerBytes[0], expert: probe.expertBytes[0], staging: probe.stagingBytes + probe.coreStagingBytes };
}

/** Bit-for-bit equality (NaN-safe), with the first difference in the message. */
function expectIdentical(a: Float32Array, b: Float32Array): void {
  expect(a.length).toBe(b.length);
  const ua = new Uint32Array(a.buffer, a.byteOffset, a.length), ub = new Uint32Array(b.buffer, b.byteOffset, b.length);
  const first = ua.findIndex((v, i) => v !== ub[i]);
  expect(first, first < 0 ? "" : `first difference at ${first}: ${a[first]} vs ${b[first]}`).toBe(-1);
}

/**
 * Streams under `budget` (read-ahead on) and checks the eager loader's logits bit for bit,
 * that layers were evicted and read ahead, and that the budget held.
 */
function expectStreamsWithin(budget: number, cfg: LanguageModelConfig, locator: TensorLocator, prompt: number[], next: number[], eager: Float32Array): void {
  const s = streamed(cfg, locator, { budgetBytes: budget });
  expectIdentical(run(cfg, s, prompt, next), eager);
  expect(s.stats.readAheadsUsed).toBeGreaterThan(0);
  expect(s.stats.evictions).toBeGreaterThan(0);
  expect(s.stats.peakHeldBytes).toBeLessThanOrEqual(budget);
}

describe("parseMemoryBudget", () => {
  it("reads binary units", () => {
    expect(parseMemoryBudget("8G")).toBe(8 * 2 ** 30);
    expect(parseMemoryBudget("512M")).toBe(512 * 2 ** 20);
    expect(parseMemoryBudget("1.5T")).toBe(1.5 * 2 ** 40);
    expect(parseMemoryBudget("64k")).toBe(65536);
    expect(parseMemoryBudget("2GiB")).toBe(2 * 2 ** 30);
    expect(parseMemoryBudget("4096")).toBe(4096);
  });
  it("names the flag on a bad size", () => {
    expect(() => parseMemoryBudget("eight")).toThrowError(/--memory-budget must be a size such as 8G.*'eight'/);
    expect(() => parseMemoryBudget("8X")).toThrowError(UserError);
    // a suffix without its unit letter is no unit (it was read as bytes); absurd sizes are refused (audit)
    expect(parseMemoryBudget("4096B")).toBe(4096);
    expect(parseMemoryBudget("1 MB")).toBe(2 ** 20);
    for (const bad of ["1ib", "1i", "2iB", "1GiBB"]) expect(() => parseMemoryBudget(bad)).toThrowError(/must be a size such as 8G/);
    expect(() => parseMemoryBudget("99999999999999999999T")).toThrowError(/'99999999999999999999T' is beyond any machine's memory/);
    expect(() => parseMemoryBudget("0M")).toThrowError(/more than 0 bytes/);
  });
});

describe("ByteLru", () => {
  it("evicts least recently used first, skipping kept keys, and only when everything fits", () => {
    const lru = new ByteLru<string>();
    lru.add("a", "A", 10);
    lru.add("b", "B", 20);
    lru.add("c", "C", 30);
    expect(lru.get("a")).toBe("A"); // a is now the most recent: order b, c, a
    expect(lru.keys()).toEqual(["b", "c", "a"]);
    expect(lru.has("b")).toBe(true);
    expect(lru.keys()).toEqual(["b", "c", "a"]); // has() does not count as a use
    expect(lru.evictFor(45, 100, () => false)).toEqual(["B"]); // 60 + 45 > 100: the oldest goes
    expect(lru.evictFor(101, 100, () => false)).toBeUndefined(); // never fits
    expect(lru.evictFor(100, 100, () => false)).toEqual(["C", "A"]); // fits once everything is gone
    expect([lru.size, lru.bytes]).toEqual([0, 0]);
  });
  it("evictFor: the smallest LRU prefix that makes room", () => {
    const lru = new ByteLru<string>();
    for (const [k, n] of [["a", 10], ["b", 20], ["c", 30]] as const) lru.add(k, k, n);
    expect(lru.evictFor(5, 70, () => false)).toEqual([]); // 65 <= 70: nothing to evict
    expect(lru.evictFor(25, 70, (k) => k === "a")).toEqual(["b"]); // a kept: b is the next oldest
    expect(lru.keys()).toEqual(["a", "c"]);
    expect(lru.bytes).toBe(40);
    expect(lru.evictFor(65, 70, (k) => k === "c")).toBeUndefined(); // 30 kept + 65 > 70: evicts nothing
    expect(lru.keys()).toEqual(["a", "c"]);
  });
  it("never exceeds its limit under any sequence of uses (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 40 })), { maxLength: 60 }), (ops) => {
        const limit = 100;
        const lru = new ByteLru<number>();
        const size = new Map<number, number>();
        for (const [key, bytes] of ops) {
          const k = String(key);
          if (lru.get(k) !== undefined) continue;
          const n = size.get(key) ?? bytes;
          size.set(key, n);
          const evicted = lru.evictFor(n, limit, () => false);
          expect(evicted).toBeDefined(); // every entry is <= 40 <= limit
          lru.add(k, key, n);
          expect(lru.bytes).toBeLessThanOrEqual(limit);
          expect(lru.keys().at(-1)).toBe(k);
        }
      }),
    );
  });
});

describe("halves: a read split between two threads", () => {
  it("cuts the pieces at half their bytes, each byte read once, to where it belongs (property)", () => {
    const piece = fc.record({ offset: fc.nat(1000), byteLength: fc.integer({ min: 1, max: 50 }) });
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), (spec) => {
        let at = 0;
        const pieces = spec.map((p, i) => ({ file: `f${i}`, ...p, at: (at += p.byteLength) - p.byteLength }));
        const total = at;
        const [a, b] = halves(pieces, total);
        expect(a.reduce((n, p) => n + p.byteLength, 0)).toBe(Math.floor(total / 2));
        // every byte of every piece once: (file, offset + j) lands at `at + j`
        const where = (ps: typeof pieces) => ps.flatMap((p) => Array.from({ length: p.byteLength }, (_, j) => `${p.file}:${p.offset + j}>${p.at + j}`));
        expect([...where(a), ...where(b)]).toEqual(where(pieces));
        expect([...a, ...b].every((p) => p.byteLength > 0)).toBe(true);
      }),
    );
  });
});

describe("streaming a safetensors file", () => {
  const cfg = PRESETS["grok-1-tiny"];
  const path = writeModel(cfg, "tiny.safetensors", "F32");
  const locator = safetensorsLocator(SafetensorsFile.open(path));
  const prompt = [5, 17, 33, 2, 90, 11];
  const next = [7, 300, 41];
  const eager = eagerLogits(cfg, SafetensorsSource.open(path), prompt, next);

  it("gives the eager loader's logits, bit for bit, with everything cached after the first pass", () => {
    const s = streamed(cfg, locator, { budgetBytes: parseMemoryBudget("64M") });
    expectIdentical(run(cfg, s, prompt, next), eager);
    const { stats } = s;
    expect(stats.evictions).toBe(0);
    // each layer read once (by the worker from the second on), then 3 decode passes of hits
    expect(stats.layerReads + stats.readAheadsUsed).toBe(cfg.model.num_layers);
    expect(stats.layerHits).toBe(3 * cfg.model.num_layers);
    expect(stats.expertReads).toBeLessThanOrEqual(cfg.model.num_layers * cfg.model.num_experts);
    expect(stats.expertReads + stats.expertHits).toBeGreaterThan(stats.expertReads);
  });

  it("rejects NaN in a layer's norm, an expert's scales or the final norm when it reads them, naming the tensor", () => {
    /** A copy of the file with NaN over elements `at` of F32 tensor `name`. */
    const poisoned = (file: string, name: string, at: number[]): TensorLocator => {
      const copy = join(dir, file);
      copyFileSync(path, copy);
      const { byteOffset } = SafetensorsFile.open(path).info(name);
      const fd = openSync(copy, "r+");
      for (const i of at) writeSync(fd, new Uint8Array(Float32Array.of(NaN).buffer), 0, 4, byteOffset + 4 * i);
      closeSync(fd);
      return safetensorsLocator(SafetensorsFile.open(copy));
    };
    const budget = { budgetBytes: parseMemoryBudget("64M") };
    const norm = poisoned("nan-norm.safetensors", "transformer/decoder_layer_1/rms_norm_1/scale", [7]);
    expect(() => run(cfg, streamed(cfg, norm, budget), prompt, next)).toThrowError(/nan-norm.safetensors: tensor '.*decoder_layer_1\/rms_norm_1\/scale' holds NaN at index 7/);
    const N = cfg.model.emb_size, experts = Array.from({ length: cfg.model.num_experts }, (_, e) => e * N); // element 0 of every expert's [1, N]
    const scales = poisoned("nan-scales.safetensors", "transformer/decoder_layer_0/moe/linear_1/w.scales", experts);
    expect(() => run(cfg, streamed(cfg, scales, budget), prompt, next)).toThrowError(/nan-scales.safetensors, expert \d: tensor '.*linear_1\/w.scales' holds NaN at index 0/);
    const final = poisoned("nan-final.safetensors", "language_model/rms_norm/scale", [0]);
    expect(() => streamed(cfg, final, budget)).toThrowError(/tensor 'language_model\/rms_norm\/scale' holds NaN at index 0/);
  });

  it("gives the same logits under the smallest budget, evicting all the time", () => {
    const size = entrySizes(cfg, locator);
    const min = size.layer + size.expert;
    const s = streamed(cfg, locator, { budgetBytes: min });
    expectIdentical(run(cfg, s, prompt, next), eager);
    const { stats } = s;
    expect(stats.peakHeldBytes).toBeLessThanOrEqual(min);
    expect(stats.readAheads).toBe(0); // no room for a second layer
    expect(stats.readAheadsSkipped).toBeGreaterThan(0);
    expect(stats.expertHits).toBe(0); // one expert fits: each pick evicts the previous one
    expect(stats.evictions).toBeGreaterThan(0);
  });

  it("reads ahead when the budget has room for a second layer, and stays within it", () => {
    const size = entrySizes(cfg, locator);
    expectStreamsWithin(2 * size.layer + 3 * size.expert, cfg, locator, prompt, next, eager);
  });

  it("gives the same logits in bfloat16 mode with bf16 scales", () => {
    const bf = { ...cfg, fprop_dtype: "bfloat16" as const };
    const bfPath = writeModel(bf, "tiny-bf16.safetensors", "BF16");
    const bfLocator = safetensorsLocator(SafetensorsFile.open(bfPath));
    const size = entrySizes(bf, bfLocator);
    const s = streamed(bf, bfLocator, { budgetBytes: 2 * size.layer + size.expert });
    expectIdentical(run(bf, s, prompt, next), eagerLogits(bf, SafetensorsSource.open(bfPath), prompt, next));
    expect(s.stats.readAheadsUsed).toBeGreaterThan(0);
  });

  it("reads float32 embeddings held as bf16 (bfloat16 mode) in chunks: the whole read's bits, and a NaN named at its index in the tensor", () => {
    const bf = { ...cfg, fprop_dtype: "bfloat16" as const };
    const src = SafetensorsSource.open(path); // the oracle: read whole, through a source that cannot say where tensors lie
    const whole = loadParams(bf, { description: src.description, get: (p) => src.get(p) }).embeddings;
    expect(whole.dtype).toBe("bf16");
    const budgetBytes = parseMemoryBudget("64M");
    // one element at a time, a ragged chunk, one that ends a row early, and the default (one read)
    for (const embedChunkBytes of [4, 100, 4 * (cfg.model.emb_size * 7 + 1), undefined]) {
      const s = streamed(bf, locator, { budgetBytes, embedChunkBytes });
      expect(s.embeddings.dtype).toBe("bf16");
      expect(s.embeddings.data).toEqual(whole.data);
    }
    expectIdentical(run(bf, streamed(bf, locator, { budgetBytes, embedChunkBytes: 100 }), prompt, next), eagerLogits(bf, SafetensorsSource.open(path), prompt, next));
    const n = cfg.vocab_size * cfg.model.emb_size;
    const copy = join(dir, "nan-embeddings.safetensors");
    copyFileSync(path, copy);
    const fd = openSync(copy, "r+");
    writeSync(fd, new Uint8Array(Float32Array.of(NaN).buffer), 0, 4, SafetensorsFile.open(path).info("language_model/in_out_embed/embeddings").byteOffset + 4 * (n - 3));
    closeSync(fd);
    const poisoned = safetensorsLocator(SafetensorsFile.open(copy));
    expect(() => streamed(bf, poisoned, { budgetBytes, embedChunkBytes: 100 })).toThrowError(
      new RegExp(`nan-embeddings.safetensors: tensor 'language_model/in_out_embed/embeddings' holds NaN at index ${n - 3} \\(weights must be finite\\)`),
    );
  });

  it("with kernels that take the embeddings over (adoptRows), packs them a block of rows at a time: a whole read's columns, the same logits, a NaN named at its index", async () => {
    const ragged = { ...cfg, vocab_size: 517 }; // 32 panels of 16 rows and 5 more
    const bfMode = { ...ragged, fprop_dtype: "bfloat16" as const };
    const f32File = writeModel(ragged, "ragged-f32.safetensors", "F32"), bf16File = writeModel(ragged, "ragged-bf16.safetensors", "F32", "BF16");
    const { wasm, hooks } = await handOverKernels();
    const ids = Int32Array.from({ length: ragged.vocab_size }, (_, i) => i);
    const D = ragged.model.emb_size, budgetBytes = parseMemoryBudget("64M");
    // held as stored and read in place (float32, bf16 in either mode), and float32 rounded to bf16 as read
    for (const [c, file, held] of [[ragged, f32File, "f32"], [bfMode, f32File, "bf16"], [bfMode, bf16File, "bf16"], [ragged, bf16File, "bf16"]] as const) {
      // the oracle: read whole, through a source that cannot say where tensors lie
      const src = SafetensorsSource.open(file);
      const whole = loadParams(c, { description: src.description, get: (p) => src.get(p) }).embeddings;
      expect(whole.dtype).toBe(held);
      expect(loadParams(c, src).embeddings.data).toEqual(whole.data); // read a chunk at a time into the array kept
      const expected = new Float32Array(ids.length * D);
      tsKernels.columns(whole, ids, expected);
      // blocks of one panel (16 rows) with reads of one element, of a ragged size, of 3 panels and a row, and the default (one block)
      for (const embedChunkBytes of [4, 100, (held === "f32" ? 4 : 2) * D * (3 * 16 + 1), undefined]) {
        const s = streamed(c, safetensorsLocator(SafetensorsFile.open(file)), { budgetBytes, embedChunkBytes, ...hooks });
        expect(s.embeddings).toMatchObject({ dtype: held, K: D, N: ragged.vocab_size, layout: "nk" });
        expect(s.embeddings.data.length).toBe(0); // held once: in the kernels' memory
        const got = new Float32Array(ids.length * D);
        wasm.columns(s.embeddings, ids, got);
        expectIdentical(got, expected);
      }
      const s = streamed(c, safetensorsLocator(SafetensorsFile.open(file)), { budgetBytes: 2 ** 30, embedChunkBytes: 100, ...hooks });
      expectIdentical(run(c, s, prompt, next, wasm), eagerLogits(c, SafetensorsSource.open(file), prompt, next, wasm));
    }
    // a memory with room for the packed embeddings but not for an unpacked copy of them too,
    // which packing them whole needs (Grok-1's float32 ones, 3 GiB, in wasm32's 4 GiB)
    const wide = { ...ragged, model: { ...ragged.model, emb_size: 80 } }; // 165 KiB of float32
    const wideFile = writeModel(wide, "ragged-wide.safetensors", "F32");
    const small = await WasmKernels.create({ build: "simd", threads: 1, bankBytes: 256 * 1024 });
    opened.push(small);
    const wideSrc = SafetensorsSource.open(wideFile);
    const wideWhole = loadParams(wide, { description: wideSrc.description, get: (p) => wideSrc.get(p) }).embeddings;
    expect(() => small.adoptWeight({ ...wideWhole })).toThrowError(/does not fit in a wasm32 memory of 262144 bytes/);
    const s = streamed(wide, safetensorsLocator(SafetensorsFile.open(wideFile)), { budgetBytes, embedChunkBytes: 4096, ...streamingHooks(small) });
    const x = Float32Array.from({ length: 80 }, (_, i) => Math.sin(i)), got = new Float32Array(wide.vocab_size), expected = new Float32Array(wide.vocab_size);
    small.matmul(x, 1, s.embeddings, got); // the output head
    wasm.matmul(x, 1, wideWhole, expected);
    expectIdentical(got, expected);
    const n = ragged.vocab_size * D;
    for (const [c, file, bytes] of [[bfMode, f32File, 4], [ragged, bf16File, 2]] as const) {
      const copy = join(dir, `nan-${bytes}-embeddings.safetensors`);
      copyFileSync(file, copy);
      const fd = openSync(copy, "r+");
      const nan = bytes === 4 ? new Uint8Array(Float32Array.of(NaN).buffer) : new Uint8Array(Uint16Array.of(0x7fc0).buffer);
      writeSync(fd, nan, 0, bytes, SafetensorsFile.open(file).info("language_model/in_out_embed/embeddings").byteOffset + bytes * (n - 3));
      closeSync(fd);
      const packed = wasm.packedBytes;
      expect(() => streamed(c, safetensorsLocator(SafetensorsFile.open(copy)), { budgetBytes, embedChunkBytes: 100, ...hooks })).toThrowError(
        new RegExp(`nan-${bytes}-embeddings.safetensors: tensor 'language_model/in_out_embed/embeddings' holds NaN at index ${n - 3} \\(weights must be finite\\)`),
      );
      expect(wasm.packedBytes).toBe(packed); // the half-built weight freed
    }
  });

  it("gives the same logits with the WebAssembly kernels, which pack each weight and free evicted ones", async () => {
    // in one memory, and across 256 KiB ones (as a model past wasm32's 4 GiB is spread)
    for (const bankBytes of [undefined, 256 * 1024]) {
      const wasm = await WasmKernels.create({ build: "simd", threads: 1, bankBytes });
      opened.push(wasm);
      const hooks = { prepare: (w: Weight) => wasm.prepareWeight(w), release: (w: Weight) => wasm.releaseWeight(w) };
      const size = entrySizes(cfg, locator, hooks);
      const s = streamed(cfg, locator, { budgetBytes: 2 * size.layer + size.expert, ...hooks });
      expectIdentical(run(cfg, s, prompt, next, wasm), eagerLogits(cfg, SafetensorsSource.open(path), prompt, next, wasm));
      expect(s.stats.evictions).toBeGreaterThan(0);
      if (bankBytes !== undefined) expect(wasm.bankCount).toBeGreaterThan(1);
    }
  });

  it("with kernels that take weights over (handOver), reads every layer and every expert into one buffer each, counts one copy, and gives the same logits", async () => {
    // float32 scales (views of the read buffer, copied out before it is reused) and bf16 scales (widened copies)
    const bf = { ...cfg, fprop_dtype: "bfloat16" as const };
    const bfPath = writeModel(bf, "tiny-adopt-bf16.safetensors", "BF16");
    // the staging buffers in the kernels' memory (packed from where they were read), plain
    // ones, and 256 KiB memories: weights packed into further banks, copied across from
    // bank 0; room for two layers (read ahead), and the smallest budget; expert reads on
    // this thread whole, or split with the expert worker (splitReadBytes 1: every one)
    const cases = [
      [cfg, path, true, undefined, 2, undefined], [bf, bfPath, true, undefined, 2, 1], [cfg, path, false, undefined, 2, 1],
      [cfg, path, true, 256 * 1024, 2, 1], [cfg, path, true, undefined, 1, 1],
    ] as const;
    for (const [c, file, inKernelsMemory, bankBytes, layersInBudget, splitReadBytes] of cases) {
      const wasm = await WasmKernels.create({ build: "simd", threads: 1, bankBytes });
      const lent: ArrayBufferLike[] = []; // the kernels' memories the staging buffers lie in
      const allocateF32 = (n: number) => {
        const a = wasm.allocateF32(n);
        lent.push(a.buffer);
        return a;
      };
      const staging = inKernelsMemory ? { allocateF32, releaseF32: (a: Float32Array) => wasm.releaseF32(a) } : {};
      opened.push(wasm);
      const fileLocator = safetensorsLocator(SafetensorsFile.open(file));
      const prepare = (w: Weight) => wasm.prepareWeight(w), release = (w: Weight) => wasm.releaseWeight(w);
      const hooks = { prepare, handOver: { adopt: (w: Weight) => wasm.adoptWeight(w), ...staging }, release };
      const size = entrySizes(c, fileLocator, hooks);
      const copied = entrySizes(c, fileLocator, { prepare, release });
      expect(size.expert).toBeLessThan(copied.expert / 1.5); // not the read bytes, one copy
      expect(size.layer).toBeLessThan(copied.layer / 1.5);
      expect(size.staging).toBeGreaterThan(0);
      const budget = layersInBudget * size.layer + size.expert + size.staging; // one expert at a time: every pick is a read
      const s = streamed(c, fileLocator, { budgetBytes: budget, splitReadBytes, ...hooks });
      expect(s.embeddings.data.length).toBe(0); // taken over too (read whole: this hand-over has no adoptRows)
      expectIdentical(run(c, s, prompt, next, wasm), eagerLogits(c, SafetensorsSource.open(file), prompt, next, wasm));
      expect(s.stats.expertReads).toBeGreaterThan(c.model.num_experts);
      // the prompt's pass picks several experts per layer: each next one read while one computes
      expect(s.stats.expertReadAheadsUsed).toBeGreaterThan(0);
      expect(s.stats.expertReadAheadsUsed).toBe(s.stats.expertReadAheads);
      // the rest read here, split with the worker or not
      expect(s.stats.expertReadsSplit).toBe(splitReadBytes === 1 ? s.stats.expertReads - s.stats.expertReadAheadsUsed : 0);
      if (layersInBudget === 2) expect(s.stats.readAheadsUsed).toBeGreaterThan(0); // layers, read ahead into their staging buffer
      else expect(s.stats).toMatchObject({ readAheads: 0, expertHits: 0 });
      expect(s.stats.evictions).toBeGreaterThan(0);
      expect(lent.length).toBe(inKernelsMemory ? 2 : 0);
      for (let i = 0; i < c.model.num_layers; i++) {
        const layer = s.layer(i); // the norms were copied out of the staging buffer, the matrices adopted
        for (const norm of [layer.rms_norm, layer.rms_norm_1, layer.rms_norm_2, layer.rms_norm_3]) expect(lent).not.toContain(norm.buffer);
        expect(layer.attention.query.data.length).toBe(0);
      }
      expect(s.stats.peakHeldBytes).toBeLessThanOrEqual(budget);
      if (bankBytes !== undefined) expect(wasm.bankCount).toBeGreaterThan(1);
    }
  });

  it("reads the next picked expert ahead; a pick the hint did not give drops that read, and a failed read is a UserError only when used", async () => {
    const { wasm, hooks } = await handOverKernels();
    // expert 3 of layer 0's moe/linear_1 lies past the end of its file (cut), the rest is whole
    const target = "transformer/decoder_layer_0/moe/linear_1/w";
    const whole = locator.locate(target)!;
    const cut = join(dir, "cut-expert.safetensors");
    copyFileSync(path, cut);
    truncateSync(cut, whole.offset + (3 * whole.byteLength) / cfg.model.num_experts + 10);
    const cutLocator: TensorLocator = { description: "cut", locate: (p) => (p === target ? { ...locator.locate(p)!, file: cut } : locator.locate(p)) };
    const open = (l: TensorLocator) => {
      const layers = new StreamingLayers(cfg, l, { budgetBytes: parseMemoryBudget("64M"), ...hooks });
      opened.push(layers);
      return layers;
    };

    const layers = open(locator);
    let moe = layers.layer(0).moe!;
    moe.willUse!([1, 3, 2]);
    moe.expert(1); // read here; expert 3 is read ahead
    expect(layers.stats).toMatchObject({ expertReads: 1, expertReadAheads: 1, expertReadAheadsUsed: 0 });
    moe.expert(2); // not the hint's next: expert 3's read is waited for and dropped
    expect(layers.cachedKeys()).toEqual(["layer 0", "layer 0 expert 1", "layer 0 expert 2"]);
    moe.willUse!([1, 0, 3]);
    moe.expert(1); // a hit; expert 0 (not cached) is read ahead
    moe.expert(0);
    moe.expert(3);
    expect(layers.stats).toMatchObject({ expertHits: 1, expertReads: 4, expertReadAheads: 3, expertReadAheadsUsed: 2 });
    moe = layers.layer(1).moe!;
    moe.willUse!([0, 1]);
    moe.expert(0);
    layers.clear(); // with expert 1's read in flight
    expect(layers.cachedKeys()).toEqual([]);

    const failing = open(cutLocator);
    moe = failing.layer(0).moe!;
    moe.willUse!([0, 3]);
    moe.expert(0);
    moe.expert(1); // the failed read of expert 3 is dropped: nobody asked for it
    moe.willUse!([2, 3]);
    moe.expert(2);
    expect(() => moe.expert(3)).toThrowError(/^read-ahead: .*cut-expert\.safetensors ends inside bytes \d+ to \d+ \(was it truncated\?\)/);
  });

  it("a budget too small for one layer and one expert is a clear UserError", () => {
    expect(() => StreamingParams.open(cfg, locator, { budgetBytes: 1000 })).toThrowError(
      /memory budget 1000 B is too small: streaming needs at least .* \(one layer's attention weights and one expert: .*\); give --memory-budget \d+M or more/,
    );
  });

  it("a file cut short after it was opened is a UserError naming it, read by either thread", () => {
    const cut = join(dir, "cut.safetensors");
    copyFileSync(path, cut);
    const cutLocator = safetensorsLocator(SafetensorsFile.open(cut)); // the header is whole: opening succeeds
    truncateSync(cut, statSync(cut).size - 1000); // layer 1's last norm (and the final norm) lose their bytes
    for (const readAhead of [false, true]) {
      const layers = new StreamingLayers(cfg, cutLocator, { budgetBytes: parseMemoryBudget("64M"), readAhead });
      opened.push(layers);
      layers.layer(0); // with read-ahead, the worker now reads layer 1
      const message = /cut\.safetensors ends inside bytes \d+ to \d+ \(was it truncated\?\)/;
      expect(() => layers.layer(1)).toThrowError(readAhead ? new RegExp(`^read-ahead: .*${message.source}`) : message);
    }
  });

  it("evicts the least recently used expert, and tells the kernels what it loads and drops", () => {
    const released: Weight[] = [];
    const prepared: Weight[] = [];
    const hooks = { readAhead: false, prepare: (w: Weight) => prepared.push(w), release: (w: Weight) => released.push(w) };
    const size = entrySizes(cfg, locator, hooks);
    const layers = new StreamingLayers(cfg, locator, { budgetBytes: size.layer + 2 * size.expert, ...hooks });
    opened.push(layers);
    const moe = layers.layer(0).moe!;
    const e0 = moe.expert(0);
    moe.expert(1);
    expect(moe.expert(0)).toBe(e0); // a hit: the same object
    moe.expert(2); // evicts expert 1, the least recently used (layer 0 is pinned)
    expect(layers.cachedKeys()).toEqual(["layer 0", "layer 0 expert 0", "layer 0 expert 2"]);
    expect(layers.stats).toMatchObject({ expertReads: 3, expertHits: 1, evictions: 1, layerReads: 1 });
    expect(prepared.length).toBe(5 + 3 * 3); // query, key, value, linear, router; three matrices per expert read
    expect(released).toEqual(prepared.slice(5 + 3, 5 + 6)); // expert 1's matrices
    layers.clear();
    expect(layers.cachedKeys()).toEqual([]);
    expect(released.length).toBe(prepared.length);
    expect(layers.stats.heldBytes).toBe(0);
  });

  it("counts the [1, N] float32 copy that per-tensor scales [1, 1] are broadcast into (found by mutation testing)", () => {
    // the attention Linears' scales as one number each: the read shrinks to one 64-byte piece, the copy makeWeight makes is N floats
    const perTensor = join(dir, "tiny-per-tensor.safetensors");
    const f = SafetensorsFile.open(path);
    const attention = (name: string) => /multi_head_attention\/\w+\/w\.scales$/.test(name);
    writeSafetensors(perTensor, [...f.tensors.values()].map((t) => ({ name: t.name, dtype: t.dtype, shape: attention(t.name) ? [1, 1] : t.shape })), (t) =>
      attention(t.name) ? Float32Array.of(0.01) : f.read(t.name));
    const perTensorLocator = safetensorsLocator(SafetensorsFile.open(perTensor));
    const aligned = (n: number) => Math.ceil(n / 64) * 64;
    const { emb_size: D, num_q_heads: Hq, num_kv_heads: Hkv, key_size: K } = cfg.model;
    const change = [Hq * K, Hkv * K, Hkv * K, D].reduce((sum, N) => sum + 64 + 4 * N - aligned(4 * N), 0); // query, key, value, linear
    expect(entrySizes(cfg, perTensorLocator).layer - entrySizes(cfg, locator).layer).toBe(change);
    const eager = eagerLogits(cfg, SafetensorsSource.open(perTensor), prompt, next);
    expectIdentical(run(cfg, streamed(cfg, perTensorLocator, { budgetBytes: parseMemoryBudget("64M") }), prompt, next), eager);
  });

  it("streams float32 experts too: each expert's slice starts at e·K·N·4 bytes (found by mutation testing)", () => {
    // every other test streams int8 experts, whose elements are one byte each
    const plain = join(dir, "tiny-f32.safetensors");
    const stored = new Map(paramSpecs(cfg).map((s) => [s.path, initTensor(cfg, s, { seed: 7, quantize: false, scalesDtype: "F32" })]));
    writeSafetensors(plain, [...stored].map(([name, t]) => ({ name, dtype: t.dtype, shape: t.shape })), (e) => stored.get(e.name)!.data);
    const plainLocator = safetensorsLocator(SafetensorsFile.open(plain));
    const size = entrySizes(cfg, plainLocator);
    expectStreamsWithin(2 * size.layer + size.expert, cfg, plainLocator, prompt, next, eagerLogits(cfg, SafetensorsSource.open(plain), prompt, next));
  });

  it("a budget that holds a layer but not also an expert is refused when the stream opens (found by mutation testing)", () => {
    const size = entrySizes(cfg, locator);
    expect(() => StreamingParams.open(cfg, locator, { budgetBytes: size.layer + size.expert - 1 })).toThrowError(UserError);
    expect(() => StreamingParams.open(cfg, locator, { budgetBytes: size.layer + size.expert - 1 })).toThrowError(/is too small: streaming needs at least/);
  });

  it("with handOver, the cache leaves room for both staging buffers: a budget one byte short of two experts holds one (found by mutation testing)", async () => {
    const { wasm, hooks } = await handOverKernels();
    const size = entrySizes(cfg, locator, hooks);
    const budget = size.layer + 2 * size.expert + size.staging - 1;
    const s = streamed(cfg, locator, { budgetBytes: budget, ...hooks });
    expectIdentical(run(cfg, s, prompt, next, wasm), eagerLogits(cfg, SafetensorsSource.open(path), prompt, next, wasm));
    expect(s.stats.expertHits).toBe(0); // never two experts at once
    expect(s.stats.peakHeldBytes).toBeLessThanOrEqual(budget);
  });

  it("reads ahead the next picked expert that is not cached, skipping cached ones (found by mutation testing)", async () => {
    const { hooks } = await handOverKernels();
    const layers = new StreamingLayers(cfg, locator, { budgetBytes: parseMemoryBudget("64M"), ...hooks });
    opened.push(layers);
    const moe = layers.layer(0).moe!;
    moe.expert(1); // cached from now on
    moe.willUse!([0, 1, 2]);
    moe.expert(0); // read here; expert 2 is read ahead, not the cached expert 1
    moe.expert(1); // a hit, which keeps the read-ahead of expert 2 (it was dropped and started again)
    moe.expert(2); // from a read-ahead, not read here
    expect(layers.stats).toMatchObject({ expertReads: 3, expertHits: 1, expertReadAheads: 1, expertReadAheadsUsed: 1 });
  });
});

describe("streaming a released-layout checkpoint", () => {
  const fixture = fileURLToPath(new URL("../golden/checkpoint/released-layout/", import.meta.url));
  const cfg = validateConfig(JSON.parse(readFileSync(join(fixture, "config.json"), "utf8")), "released-layout");
  const prompt = [3, 9, 14, 1];
  const next = [4, 12];

  it("gives the eager loader's logits, bit for bit, under a budget that evicts", () => {
    const eager = eagerLogits(cfg, CheckpointSource.open(fixture, cfg), prompt, next);
    const locator = checkpointLocator(Checkpoint.open(fixture, cfg));
    const size = entrySizes(cfg, locator);
    expectStreamsWithin(2 * size.layer + 2 * size.expert, cfg, locator, prompt, next, eager);
  });

  it("the same in bfloat16 with 8 scale row groups (golden grok_layout_bf16's ckpt-0: row-parallel Linears)", () => {
    const dir = fileURLToPath(new URL("../golden/cases/grok_layout_bf16/", import.meta.url));
    const golden = validateConfig(JSON.parse(readFileSync(join(dir, "config.json"), "utf8")), "grok_layout_bf16");
    const eager = eagerLogits(golden, CheckpointSource.open(dir, golden), [5, 17, 40, 3], [9, 61]);
    const locator = checkpointLocator(Checkpoint.open(dir, golden));
    const size = entrySizes(golden, locator);
    expectStreamsWithin(2 * size.layer + 2 * size.expert, golden, locator, [5, 17, 40, 3], [9, 61], eager);
  });
});
