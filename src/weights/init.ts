/**
 * Deterministic random weights for any config: what `grok1 init` writes and what
 * `generate`/`trace` use when no weights are given.
 *
 * Each tensor is drawn from its own stream, seeded by (seed, haiku path), so a tensor's
 * values do not depend on which other tensors exist or in which order they are made.
 * Scales keep activations O(1) through the layers:
 *   embeddings  N(0, 1) / embedding_multiplier_scale   (so the scaled embedding is ~N(0, 1))
 *   norm scales 1 + N(0, 0.05²)
 *   Linear and expert weights  N(0, 1/fan_in)
 *   router      N(0, 4/D)    (logits ~N(0, 4): decisive routing, few near-ties)
 * With `quantize`, Linear and expert weights are stored 8-bit as the released checkpoint
 * stores them: int8 = round(w / scale), scale = max|w| / 127 per output column
 * (scales [1, N] for a Linear, [E, 1, N] for stacked experts), in float32 or bfloat16;
 * with `scaleGroups` G, the row-parallel weights (ParamSpec.rowParallel: the attention
 * output, the FFN's down projection) get one per output column and group of K/G rows
 * ([G, N], [E, G, N]), as the released checkpoint stores them with G = 8
 * (weights/params.ts scalesLayout).
 */
import type { LanguageModelConfig } from "../config.js";
import { f32ToBf16BitsArray, roundBf16 } from "../dtype.js";
import { UserError } from "../errors.js";
import { isQuantizable, paramSpecs, type ParamSpec } from "./param_specs.js";
import type { StoredTensor, TensorSource } from "./params.js";

/** The largest int8 magnitude used by the symmetric 8-bit scheme. */
const INT8_MAX = 127;

export interface InitOptions {
  seed: number;
  /** Store Linear and expert weights 8-bit (int8 + scales). */
  quantize: boolean;
  scalesDtype: "F32" | "BF16";
  /** How plain (not 8-bit) tensors are stored: float32 (default) or bfloat16. */
  floatDtype?: "F32" | "BF16";
  /** Scale row groups of the row-parallel 8-bit weights (default 1); must divide their rows. */
  scaleGroups?: number;
}

/** FNV-1a over the path, mixed with the seed: the stream of one tensor. */
function streamSeed(seed: number, path: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** mulberry32: a small, fast seeded 32-bit generator of uniforms in (0, 1); plenty for test weights and test inputs. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296; // in (0, 1)
  };
}

/** Fills `out` with N(0, std²) draws (Box–Muller). */
function normal(out: Float32Array, seed: number, std: number, mean = 0): Float32Array {
  const u = mulberry32(seed);
  for (let i = 0; i < out.length; i += 2) {
    const r = Math.sqrt(-2 * Math.log(u())), th = 2 * Math.PI * u();
    out[i] = mean + std * r * Math.cos(th);
    if (i + 1 < out.length) out[i + 1] = mean + std * r * Math.sin(th);
  }
  return out;
}

/** Box–Muller's largest draw: √(−2·ln u) at mulberry32's smallest u, 2^-33 (6.76). */
const LARGEST_DRAW = 6.77;

/**
 * Refuses configs whose random weights would not be finite: the embeddings' standard
 * deviation is 1 / embedding_multiplier_scale, Infinity at 0 and past float32's range
 * at |scale| below about 2·10^-38 (real weights have no such limit).
 */
export function checkRandomInit(cfg: LanguageModelConfig): void {
  const m = cfg.embedding_multiplier_scale;
  if (!Number.isFinite(Math.fround(LARGEST_DRAW / m)))
    throw new UserError(
      `random weights draw the embeddings as N(0, 1) / embedding_multiplier_scale, which overflows float32 for embedding_multiplier_scale ${m}: ` +
        "give a config with a larger multiplier, or real weights",
    );
}

function valuesFor(cfg: LanguageModelConfig, spec: ParamSpec, seed: number): Float32Array {
  const n = spec.shape.reduce((a, b) => a * b, 1);
  const out = new Float32Array(n);
  const s = streamSeed(seed, spec.path);
  const fanIn = spec.shape[spec.shape.length - 2];
  switch (spec.kind) {
    case "embedding": return normal(out, s, 1 / cfg.embedding_multiplier_scale);
    case "norm": return normal(out, s, 0.05, 1);
    case "router": return normal(out, s, 2 / Math.sqrt(cfg.model.emb_size));
    case "linear":
    case "expert": return normal(out, s, 1 / Math.sqrt(fanIn));
  }
}

/**
 * Symmetric int8 quantization of w [..., K, N]: one scale per output column and group of
 * K/G consecutive rows (G = 1: per column).
 */
export function quantize(w: Float32Array, shape: number[], scalesDtype: "F32" | "BF16", G = 1): StoredTensor {
  const N = shape[shape.length - 1], K = shape[shape.length - 2];
  if (!(Number.isInteger(G) && G >= 1 && K % G === 0)) throw new Error(`quantize: ${G} scale groups do not divide ${K} rows`);
  const E = w.length / (K * N), rows = K / G;
  const q = new Int8Array(w.length);
  const scales = new Float32Array(E * G * N); // [E, G, N]
  for (let e = 0; e < E; e++) {
    for (let g = 0; g < G; g++) {
      for (let n = 0; n < N; n++) {
        let max = 0;
        for (let k = g * rows; k < (g + 1) * rows; k++) max = Math.max(max, Math.abs(w[(e * K + k) * N + n]));
        let scale = Math.fround(max / INT8_MAX) || 1;
        if (scalesDtype === "BF16") scale = roundBf16(scale);
        scales[(e * G + g) * N + n] = scale;
        for (let k = g * rows; k < (g + 1) * rows; k++) {
          const i = (e * K + k) * N + n;
          q[i] = Math.max(-INT8_MAX, Math.min(INT8_MAX, Math.round(w[i] / scale)));
        }
      }
    }
  }
  const scaleShape = shape.length === 3 ? [shape[0], G, N] : [G, N];
  const scaleData = scalesDtype === "BF16" ? f32ToBf16BitsArray(scales) : scales;
  return { dtype: "I8", shape, data: q, scales: { dtype: scalesDtype, shape: scaleShape, data: scaleData } };
}

/** The random value of one parameter, stored as `grok1 init` stores it. */
export function initTensor(cfg: LanguageModelConfig, spec: ParamSpec, opts: InitOptions): StoredTensor {
  const values = valuesFor(cfg, spec, opts.seed);
  if (opts.quantize && isQuantizable(spec.kind)) return quantize(values, spec.shape, opts.scalesDtype, spec.rowParallel ? opts.scaleGroups : 1);
  if (opts.floatDtype === "BF16") return { dtype: "BF16", shape: spec.shape, data: f32ToBf16BitsArray(values) };
  return { dtype: "F32", shape: spec.shape, data: values };
}

/** Random weights generated on demand, tensor by tensor. */
export class RandomSource implements TensorSource {
  readonly description: string;
  private readonly specs: Map<string, ParamSpec>;
  constructor(private readonly cfg: LanguageModelConfig, private readonly opts: InitOptions) {
    checkRandomInit(cfg);
    this.description = `random weights (seed ${opts.seed}${opts.quantize ? ", 8-bit" : ""}${opts.floatDtype === "BF16" ? ", bf16" : ""})`;
    this.specs = new Map(paramSpecs(cfg).map((s) => [s.path, s]));
  }
  get(path: string): StoredTensor | undefined {
    const spec = this.specs.get(path);
    return spec && initTensor(this.cfg, spec, this.opts);
  }
}
