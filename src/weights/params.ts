/**
 * The model's parameters in memory, as the forward pass uses them, and the rules that
 * turn stored tensors (float32, bfloat16, or 8-bit QuantizedWeight8bit) into them.
 *
 * The rules follow the reference's dtype flow (model.py):
 * - Linear: `w.astype(fprop_dtype)`; an 8-bit weight is first `weight.astype(scales.dtype)
 *   * scales`. So in bfloat16 mode every Linear weight is bf16-valued; in float32 mode
 *   a bf16-stored weight or an 8-bit weight with bf16 scales is bf16-valued too.
 * - MoE experts: `weight * scales` with no cast to the fprop dtype: bf16-valued only
 *   when the scales (or the plain weight) are bf16.
 * - Router weight: float32 always (the router casts its input to float32 and computes
 *   `jnp.dot(x, w.astype(x.dtype))`).
 * - Embeddings: `astype(fprop_dtype)` both for the lookup and the tied output head.
 * - RMSNorm scales: float32.
 */
import type { LanguageModelConfig } from "../config.js";
import { bf16BitsToF32, bf16BitsToF32Array, f32ToBf16BitsArray, type FpropDtype } from "../dtype.js";
import { UserError, allocating } from "../errors.js";
import type { Weight } from "../kernels/kernels.js";
import { FileReader, type StoredArrayExtent, type TensorLocator } from "./disk_reads.js";
import { layerParamSpecs, type ParamSpec } from "./param_specs.js";

export type StoredDtype = "F32" | "BF16" | "I8";
export type StoredData = Float32Array | Uint16Array | Int8Array;

/** One stored parameter: a plain array, or an 8-bit weight with its scales. */
export interface StoredTensor {
  dtype: StoredDtype;
  shape: number[];
  data: StoredData;
  scales?: { dtype: "F32" | "BF16"; shape: number[]; data: Float32Array | Uint16Array };
}

/**
 * Gives the bytes a stored array is read into: `bytes` long, at an address aligned for any
 * element type. loadParams's ReadArena: one buffer in the kernels' memory, reused layer
 * after layer.
 */
export type ReadTarget = (bytes: number) => Uint8Array;

/** Where parameters come from: a safetensors file, a checkpoint folder, or random init. */
export interface TensorSource {
  /** Names the source in error messages, e.g. "weights file w.safetensors". */
  readonly description: string;
  /**
   * The stored tensor at a haiku path, or undefined if the source has none. Its arrays are
   * read into `into` where given (a source that makes or reads them otherwise ignores it).
   */
  get(path: string, into?: ReadTarget): StoredTensor | undefined;
  /**
   * Optional: where each stored array lies on disk (a safetensors file and the released
   * checkpoint know), so that loadEmbeddings can read the embeddings in place (into the
   * kernels, or converted, a chunk at a time).
   */
  readonly locator?: TensorLocator;
}

/**
 * The parameters of one decoder layer, by the reference's parameter paths under
 * `transformer/decoder_layer_{i}/` (param_specs.ts lists them all).
 */
export interface AttentionParams {
  query: Weight; // multi_head_attention/query/w     [D, Hq·K]
  key: Weight; // multi_head_attention/key/w         [D, Hkv·K]
  value: Weight; // multi_head_attention/value/w     [D, Hkv·K]
  linear: Weight; // multi_head_attention/linear/w   [Hq·K, D]
}

/** One expert of the MoE: slice e of the stacked moe/{linear,linear_v,linear_1}/w. */
export interface ExpertParams {
  linear: Weight; // moe/linear/w[e]     [D, F]
  linear_v: Weight; // moe/linear_v/w[e] [D, F]
  linear_1: Weight; // moe/linear_1/w[e] [F, D]
}

export interface MoEParams {
  router: Weight; // router/w (beside moe/, not in it)   [D, E], float32
  numExperts: number; // E
  /** Expert e's weights. A function, so that a streaming loader can read an expert only when the router picks it. */
  expert(e: number): ExpertParams;
  /**
   * A hint, given once the router has picked: the experts this pass will ask for, in
   * that order. A streaming loader reads the next one while the current one computes.
   */
  willUse?(experts: readonly number[]): void;
}

/** DenseBlock is hk.transparent: its Linears sit directly under the layer. */
export interface DenseParams {
  linear: Weight; // linear/w     [D, F]
  linear_v: Weight; // linear_v/w [D, F]
  linear_1: Weight; // linear_1/w [F, D]
}

export interface LayerParams {
  rms_norm: Float32Array; // rms_norm/scale   [D]
  attention: AttentionParams; // multi_head_attention/
  rms_norm_1: Float32Array; // rms_norm_1/scale [D]
  rms_norm_2: Float32Array; // rms_norm_2/scale [D]
  moe?: MoEParams; // moe/ and router/, when num_experts > 1
  dense?: DenseParams; // when num_experts <= 1
  rms_norm_3: Float32Array; // rms_norm_3/scale [D]
}

export interface ModelParams {
  /** in_out_embed/embeddings [V, D], as the output head sees it: W[k=D, n=V] in "nk" layout. */
  embeddings: Weight;
  layers: LayerParams[];
  rms_norm: Float32Array; // [D], the final norm
}

function shapeStr(s: readonly number[]): string {
  return `[${s.join(", ")}]`;
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * Index of the first NaN or ±Infinity in F32 values or BF16 bits, or -1: those whose
 * exponent bits are all ones. One branch-free pass first, over 32-bit words: adding one
 * to the exponent field, (w & exp) + lsb, carries into the bit above it only from
 * all ones; the words are F32 values, or two BF16 values whose fields cannot carry into
 * each other. Only a tensor that has one is searched for it.
 */
export function firstNonFinite(data: Float32Array | Uint16Array, dtype: "F32" | "BF16"): number {
  const [exp, lsb, carry] = dtype === "F32" ? [0x7f800000, 0x00800000, 0x80000000] : [0x7f807f80, 0x00800080, 0x80008000];
  const aligned = data.byteOffset % 4 === 0 ? Math.floor(data.byteLength / 4) : 0;
  const words = new Uint32Array(data.buffer, data.byteOffset, aligned);
  let acc = 0;
  for (let i = 0; i < words.length; i++) acc |= (words[i] & exp) + lsb;
  const bits = dtype === "F32" ? new Uint32Array(data.buffer, data.byteOffset, data.length) : (data as Uint16Array);
  const mask = dtype === "F32" ? 0x7f800000 : 0x7f80;
  const clean = (acc & carry) === 0;
  for (let i = clean ? (aligned * 4) / data.BYTES_PER_ELEMENT : 0; i < bits.length; i++) if ((bits[i] & mask) === mask) return i;
  return -1;
}

/**
 * Rejects a stored tensor (or its scales) holding NaN or ±Infinity: the model would
 * turn it into NaN logits and print nothing, silently. `name` is the tensor's name.
 */
export function checkFinite(where: string, name: string, t: StoredTensor): void {
  const parts = [{ name, dtype: t.dtype, data: t.data }];
  if (t.scales) parts.push({ name: `${name}.scales`, ...t.scales });
  for (const p of parts) {
    if (p.dtype === "I8") continue;
    const i = firstNonFinite(p.data as Float32Array | Uint16Array, p.dtype);
    if (i >= 0) {
      const value = p.dtype === "F32" ? p.data[i] : bf16BitsToF32(p.data[i]);
      throw new UserError(`${where}: tensor '${p.name}' holds ${value} at index ${i} (weights must be finite)`);
    }
  }
}

/**
 * Fetches a parameter and checks its shape against the spec (`cfg`'s, named in the
 * message: a file read under the wrong config shows as wrong shapes), and that its values
 * are finite.
 */
function fetch(src: TensorSource, spec: ParamSpec, cfg: LanguageModelConfig, into?: ReadTarget): StoredTensor {
  const elements = spec.shape.reduce((a, b) => a * b, 1);
  const t = allocating(`tensor '${spec.path}' ${shapeStr(spec.shape)}`, 4 * elements, () => src.get(spec.path, into));
  if (!t) throw new UserError(`${src.description}: missing tensor '${spec.path}' (expected shape ${shapeStr(spec.shape)})`);
  if (!sameShape(t.shape, spec.shape))
    throw new UserError(shapeMismatch(src.description, spec, t.shape, cfg));
  if (t.dtype === "I8" && !t.scales)
    throw new UserError(`${src.description}: tensor '${spec.path}' is int8 but has no scales ('${spec.path}.scales')`);
  if (t.dtype !== "I8" && t.scales) throw new UserError(`${src.description}: tensor '${spec.path}' has scales but is ${t.dtype}, not int8`);
  if (t.dtype === "I8" && !(spec.kind === "linear" || spec.kind === "expert"))
    throw new UserError(`${src.description}: tensor '${spec.path}' is int8, but only Linear and expert weights may be 8-bit`);
  checkFinite(src.description, spec.path, t);
  return t;
}

/** A stored tensor's wrong shape, with the config it was checked against (a file read under the wrong one shows so). */
function shapeMismatch(where: string, spec: ParamSpec, shape: readonly number[], cfg: LanguageModelConfig): string {
  return `${where}: tensor '${spec.path}' has shape ${shapeStr(shape)}, expected ${shapeStr(spec.shape)} (config ${cfg.name ?? "(unnamed)"}: is it the file's?)`;
}

/** float32 view of a float tensor (F32 as is, BF16 widened exactly). */
function toF32(data: StoredData, dtype: StoredDtype, what: string): Float32Array {
  if (dtype === "F32") return data as Float32Array;
  if (dtype === "BF16") return bf16BitsToF32Array(data as Uint16Array);
  throw new UserError(`${what}: expected a float tensor, got ${dtype}`);
}

/**
 * How the scales of an 8-bit weight of shape `weight` ([K, N], or stacked experts
 * [E, K, N]) are laid out: G rows of N (or of 1: [G, 1] broadcast), row k of the weight
 * using row floor(k · G / K). Accepted scale shapes: [.., G, N] or [.., G, 1] with G
 * dividing K (G = 1: one scale per column, as the reference's broadcast does; G > 1:
 * the released checkpoint's per-shard groups), leading dims 1; for stacked experts
 * [E or 1, G, N or 1], or [N] / [1, N] (one scale per column for every expert: what
 * numpy would broadcast; a [G, N] with G > 1 would broadcast against K, not E, so is
 * refused rather than guessed at). `perExpert`: each expert has its own G rows.
 * Used by the eager loader and, when a stream opens, by the streaming one.
 */
export function scalesLayout(src: string, weight: readonly number[], scales: readonly number[], stacked: boolean): { G: number; cols: number; perExpert: boolean } {
  const K = weight[weight.length - 2], N = weight[weight.length - 1];
  const bad = (): never => {
    throw new UserError(`${src}: scales of shape ${shapeStr(scales)} do not fit the weight's shape ${shapeStr(weight)} (expected [${stacked ? "E or 1, " : ""}G, N or 1] with G dividing ${K})`);
  };
  const s = scales.length >= 2 ? scales : [1, ...scales];
  const G = s[s.length - 2], cols = s[s.length - 1];
  const lead = s.slice(0, -2);
  if (cols !== N && cols !== 1) bad();
  if (G < 1 || K % G !== 0) bad();
  if (stacked) {
    if (lead.length > 1 || (lead.length === 1 && lead[0] !== weight[0] && lead[0] !== 1) || (lead.length === 0 && G !== 1)) bad();
  } else if (!lead.every((d) => d === 1)) bad();
  return { G, cols, perExpert: stacked && lead.length === 1 && lead[0] !== 1 };
}

/**
 * The scales of an 8-bit [.., K, N] weight (or of expert `expert` of a stacked [E, K, N]
 * one) as the kernels take them: G rows of N (scalesLayout).
 */
function groupedScales(
  src: string,
  t: StoredTensor,
  N: number,
  expert: number | undefined,
): { scales: Float32Array; groups: number } {
  const sc = t.scales!;
  const { G, cols, perExpert } = scalesLayout(src, t.shape, sc.shape, expert !== undefined);
  const e = perExpert ? expert! : 0;
  const vals = toF32(sc.data, sc.dtype, src);
  const per = G * cols;
  const mine = vals.subarray(e * per, (e + 1) * per);
  if (cols === N) return { scales: mine, groups: G };
  const full = new Float32Array(G * N); // [G, 1] -> [G, N]
  for (let g = 0; g < G; g++) full.fill(mine[g], g * N, (g + 1) * N);
  return { scales: full, groups: G };
}

/**
 * Builds the Weight the kernels use for a stored [K, N] matrix (or expert `expert` of a
 * stacked [E, K, N] one). `castToFprop`: the reference casts the weight to the fprop dtype
 * (Linear does; the MoE does not).
 */
export function makeWeight(
  src: string,
  t: StoredTensor,
  K: number,
  N: number,
  fprop: FpropDtype,
  castToFprop: boolean,
  expert?: number,
): Weight {
  const toBf16 = castToFprop && fprop === "bfloat16";
  const off = expert === undefined ? 0 : expert * K * N;
  const slice = <T extends StoredData>(d: T): T => d.subarray(off, off + K * N) as T;
  if (t.dtype === "I8") {
    const roundToBf16 = t.scales!.dtype === "BF16" || toBf16;
    const { scales, groups } = groupedScales(src, t, N, expert);
    return { dtype: "i8", K, N, layout: "kn", data: slice(t.data as Int8Array), scales, scaleGroups: groups, roundToBf16 };
  }
  if (t.dtype === "BF16") return { dtype: "bf16", K, N, layout: "kn", data: slice(t.data as Uint16Array) };
  const f = slice(t.data as Float32Array);
  return toBf16 ? { dtype: "bf16", K, N, layout: "kn", data: f32ToBf16BitsArray(f) } : { dtype: "f32", K, N, layout: "kn", data: f };
}

function norm(src: TensorSource, spec: ParamSpec, cfg: LanguageModelConfig, into?: ReadTarget): Float32Array {
  const t = fetch(src, spec, cfg, into);
  return toF32(t.data, t.dtype, `${src.description}: tensor '${spec.path}'`);
}

/** Loads the parameters of decoder layer i (its stored arrays read into `into` where given). */
export function loadLayer(cfg: LanguageModelConfig, src: TensorSource, i: number, into?: ReadTarget): LayerParams {
  const specs = new Map(layerParamSpecs(cfg, i).map((s) => [s.path.slice(s.path.indexOf("/", "transformer/".length) + 1), s]));
  const get = (rel: string) => {
    const s = specs.get(rel);
    if (!s) throw new Error(`internal: no parameter spec '${rel}' in layer ${i}`);
    return s;
  };
  const fp = cfg.fprop_dtype;
  const d = src.description;
  const linear = (rel: string): Weight => {
    const s = get(rel);
    return makeWeight(`${d}: tensor '${s.path}'`, fetch(src, s, cfg, into), s.shape[0], s.shape[1], fp, true);
  };
  const layer: LayerParams = {
    rms_norm: norm(src, get("rms_norm/scale"), cfg, into),
    attention: {
      query: linear("multi_head_attention/query/w"),
      key: linear("multi_head_attention/key/w"),
      value: linear("multi_head_attention/value/w"),
      linear: linear("multi_head_attention/linear/w"),
    },
    rms_norm_1: norm(src, get("rms_norm_1/scale"), cfg, into),
    rms_norm_2: norm(src, get("rms_norm_2/scale"), cfg, into),
    rms_norm_3: norm(src, get("rms_norm_3/scale"), cfg, into),
  };
  if (cfg.model.num_experts > 1) {
    const E = cfg.model.num_experts;
    const stacked = (rel: string): Weight[] => {
      const s = get(rel);
      const t = fetch(src, s, cfg, into);
      return Array.from({ length: E }, (_, e) => makeWeight(`${d}: tensor '${s.path}'`, t, s.shape[1], s.shape[2], fp, false, e));
    };
    const rs = get("router/w");
    const rt = fetch(src, rs, cfg, into);
    const [linear, linear_v, linear_1] = [stacked("moe/linear/w"), stacked("moe/linear_v/w"), stacked("moe/linear_1/w")];
    layer.moe = {
      router: { dtype: "f32", K: rs.shape[0], N: rs.shape[1], layout: "kn", data: toF32(rt.data, rt.dtype, `${d}: tensor '${rs.path}'`) },
      numExperts: E,
      expert: (e) => ({ linear: linear[e], linear_v: linear_v[e], linear_1: linear_1[e] }),
    };
  } else {
    layer.dense = { linear: linear("linear/w"), linear_v: linear("linear_v/w"), linear_1: linear("linear_1/w") };
  }
  return layer;
}

/** The embeddings' parameter: in_out_embed/embeddings [V, D]. */
export function embeddingsSpec(cfg: LanguageModelConfig): ParamSpec {
  return {
    path: "language_model/in_out_embed/embeddings", module: "language_model/in_out_embed", name: "embeddings",
    shape: [cfg.vocab_size, cfg.model.emb_size], kind: "embedding",
  };
}

/**
 * The embeddings as the model uses them: lookup rows and the tied output head. From a
 * source that knows where they lie on disk, float32 or bf16 as usual, they are read into
 * where they are kept (readEmbeddings): a block at a time into kernels that take them
 * over (`handOver`), else into the one array kept, a chunk at a time where float32 is
 * rounded to bf16. Otherwise (random weights, anything the checks below refuse) whole.
 */
export function loadEmbeddings(cfg: LanguageModelConfig, src: TensorSource, handOver?: WeightHandOver, chunkBytes = EMBED_CHUNK_BYTES): Weight {
  const V = cfg.vocab_size, D = cfg.model.emb_size;
  const spec = embeddingsSpec(cfg);
  const x = src.locator?.locate(spec.path), dtype = x?.dtype;
  if (x && (dtype === "F32" || dtype === "BF16") && !x.scales) {
    if (!sameShape(x.shape, spec.shape)) throw new UserError(shapeMismatch(src.description, spec, x.shape, cfg));
    return readEmbeddings(cfg, src.description, { ...x, dtype }, handOver, chunkBytes);
  }
  const t = fetch(src, spec, cfg);
  if (t.dtype === "BF16") return { dtype: "bf16", K: D, N: V, layout: "nk", data: t.data as Uint16Array };
  const f = toF32(t.data, t.dtype, `${src.description}: tensor '${spec.path}'`);
  // .astype(fprop_dtype) at the lookup and at the output head: bf16-valued in bfloat16 mode
  return cfg.fprop_dtype === "bfloat16"
    ? { dtype: "bf16", K: D, N: V, layout: "nk", data: f32ToBf16BitsArray(f) }
    : { dtype: "f32", K: D, N: V, layout: "nk", data: f };
}

/**
 * Bytes per read of embeddings converted as they are read (float32 ones held as bf16),
 * and per block of rows the kernels pack them from (WeightHandOver.adoptRows).
 */
export const EMBED_CHUNK_BYTES = 64 * 2 ** 20;

/** How embeddings stored as `stored` are held, as loadEmbeddings holds them: bf16 where stored so or in bfloat16 mode. */
function heldDtype(cfg: LanguageModelConfig, stored: "F32" | "BF16"): "f32" | "bf16" {
  return stored === "BF16" || cfg.fprop_dtype === "bfloat16" ? "bf16" : "f32";
}

/**
 * The bytes loadEmbeddings holds for embeddings of `storedBytes` stored as `dtype` when
 * it reads them in chunks, for the memory checks before a load (cli/model_source.ts):
 * `held`, the array it keeps (in the kernels' memory where they take it over,
 * `adopted`), and `chunk`, its buffers for one chunk: the read buffer where it converts
 * (float32 held as bf16) and the kernels' unpacked block of rows where they take it over.
 */
export function embeddingBytes(cfg: LanguageModelConfig, dtype: StoredDtype | undefined, storedBytes: number, adopted: boolean): { held: number; chunk: number } {
  if (dtype !== "F32" && dtype !== "BF16") return { held: storedBytes, chunk: 0 }; // refused when read
  const held = dtype === "F32" && heldDtype(cfg, dtype) === "bf16" ? storedBytes / 2 : storedBytes;
  const read = held < storedBytes ? Math.min(EMBED_CHUNK_BYTES, storedBytes) : 0;
  return { held, chunk: read + (adopted ? Math.min(EMBED_CHUNK_BYTES, held) : 0) };
}

/**
 * The embeddings [V, D] at `x` on disk (float32 or bf16, of the spec's shape), read
 * without ever holding a second whole copy: kernels that take them over
 * (`handOver.adoptRows`) have them written a block of rows at a time into their own
 * memory and pack each block there; otherwise they are read into the one array kept.
 * Float32 embeddings held as bf16 (the released checkpoint's in bfloat16 mode) are read
 * `chunkBytes` at a time, each chunk checked and rounded into place. So Grok-1's 3 GiB of
 * float32 embeddings take their 1.5 GiB as bf16 plus 128 MiB while loading, not also a
 * bf16 array and the kernels' unpacked copy (3 GiB more; 6 GiB with a whole float32 read
 * besides), and in float32 mode they pack in wasm32's 4 GiB, which they and an unpacked
 * copy would not.
 */
function readEmbeddings(cfg: LanguageModelConfig, where: string, x: StoredArrayExtent & { dtype: "F32" | "BF16" }, handOver: WeightHandOver | undefined, chunkBytes: number): Weight {
  const V = cfg.vocab_size, D = cfg.model.emb_size;
  const path = embeddingsSpec(cfg).path;
  const held = heldDtype(cfg, x.dtype);
  const stored = x.dtype === "F32" ? 4 : 2;
  const nonFinite = (value: number, index: number) => new UserError(`${where}: tensor '${path}' holds ${value} at index ${index} (weights must be finite)`);
  const step = Math.max(1, Math.floor(chunkBytes / 4)); // float32 elements per read where rounding to bf16
  const reader = new FileReader();
  let buffer: ArrayBuffer | undefined;
  const fill = (n0: number, n1: number, into: Float32Array | Uint16Array) => {
    const e0 = n0 * D, e1 = n1 * D;
    if (stored === into.BYTES_PER_ELEMENT) { // held as stored: read in place
      reader.read({ file: x.file, offset: x.offset + stored * e0, byteLength: stored * (e1 - e0), at: into.byteOffset }, into.buffer);
      const bad = firstNonFinite(into, x.dtype);
      if (bad >= 0) throw nonFinite(x.dtype === "F32" ? into[bad] : bf16BitsToF32(into[bad]), e0 + bad);
      return;
    }
    buffer ??= new ArrayBuffer(4 * Math.min(step, V * D));
    for (let i = e0; i < e1; i += step) {
      const m = Math.min(step, e1 - i);
      reader.read({ file: x.file, offset: x.offset + 4 * i, byteLength: 4 * m, at: 0 }, buffer);
      const values = new Float32Array(buffer, 0, m);
      const bad = firstNonFinite(values, "F32");
      if (bad >= 0) throw nonFinite(values[bad], i + bad);
      f32ToBf16BitsArray(values, into.subarray(i - e0, i - e0 + m) as Uint16Array); // .astype(bfloat16) at the lookup and the output head
    }
  };
  try {
    if (handOver?.adoptRows) return handOver.adoptRows(held, D, V, chunkBytes, fill);
    const n = V * D;
    const data = allocating(`tensor '${path}' [${V}, ${D}] as ${held}`, (held === "f32" ? 4 : 2) * n, () => (held === "f32" ? new Float32Array(n) : new Uint16Array(n)));
    fill(0, V, data);
    return { dtype: held, K: D, N: V, layout: "nk", data } as Weight; // data's type is held's
  } finally {
    reader.close();
  }
}

/** Every matmul weight of a layer: attention, then the router and each expert's three, or the dense block's. */
export function layerWeights(layer: LayerParams): Weight[] {
  const { query, key, value, linear } = layer.attention;
  const out = [query, key, value, linear];
  if (layer.moe) {
    out.push(layer.moe.router);
    for (let e = 0; e < layer.moe.numExperts; e++) {
      const x = layer.moe.expert(e);
      out.push(x.linear, x.linear_v, x.linear_1);
    }
  }
  if (layer.dense) out.push(layer.dense.linear, layer.dense.linear_v, layer.dense.linear_1);
  return out;
}

export interface LoadProgress {
  (done: number, total: number, what: string): void;
}

/** How kernels with their own memory take weights over as they load (select.ts kernelsHandOver). */
export interface WeightHandOver {
  /** Takes a weight over: the kernels keep their own copy and empty its array (wasm_kernels.ts adoptWeight). */
  adopt(w: Weight): void;
  /**
   * Optional: builds an "nk" weight [N, K] (the embeddings) in the kernels' memory a block
   * of about `blockBytes` at a time, `fill` writing rows n0..n1 of each block, and takes it
   * over (wasm_kernels.ts adoptRows): it is never held whole outside the kernels.
   */
  adoptRows?(dtype: "f32" | "bf16", K: number, N: number, blockBytes: number, fill: (n0: number, n1: number, into: Float32Array | Uint16Array) => void): Weight;
  /** Optional: arrays in the kernels' memory (Kernels.allocateF32), for the buffer each layer is read into. */
  allocateF32?(n: number): Float32Array;
  releaseF32?(a: Float32Array): void;
}

/**
 * Hands `w` over to the kernels, leaving nothing of it in `buffer`, a read buffer its
 * caller will reuse: float32 scales, views of the buffer, are copied out first (before
 * adoption, as the kernels key a weight's packed copy by its arrays), and the kernels
 * empty its data array.
 */
export function handOverFrom(buffer: ArrayBufferLike | undefined, w: Weight, kernels: WeightHandOver): void {
  if (w.dtype === "i8" && buffer !== undefined && w.scales.buffer === buffer) w.scales = w.scales.slice();
  kernels.adopt(w);
  if (buffer !== undefined && w.data.buffer === buffer) throw new Error("internal: the kernels left a weight's array in a reused read buffer");
}

/** A layer's float32 norms that are views of `buffer`, a read buffer about to be reused, replaced by copies. */
export function copyNormsOut(buffer: ArrayBufferLike | undefined, layer: Pick<LayerParams, "rms_norm" | "rms_norm_1" | "rms_norm_2" | "rms_norm_3">): void {
  for (const k of ["rms_norm", "rms_norm_1", "rms_norm_2", "rms_norm_3"] as const) if (layer[k].buffer === buffer) layer[k] = layer[k].slice();
}

/**
 * Loads every parameter. `progress` is called once the embeddings are read, then after
 * each layer (for stderr progress). With `handOver`, the kernels take the embeddings
 * (from a file, read into them a block at a time: loadEmbeddings), then each layer's
 * matmul weights as soon as that layer is loaded, and each layer is read into one
 * ReadArena, reused from layer to layer: reading into a freshly allocated buffer costs
 * its page faults (for grok-1-mid, bf16, about as much as the read), and from the
 * kernels' memory the weights are packed where they were read, without a copy.
 */
export function loadParams(cfg: LanguageModelConfig, src: TensorSource, progress?: LoadProgress, handOver?: WeightHandOver): ModelParams {
  const L = cfg.model.num_layers;
  const embeddings = loadEmbeddings(cfg, src, handOver);
  handOver?.adopt(embeddings); // the lookup reads it through the kernels too (Kernels.columns); a no-op if read into them
  progress?.(0, L, "embeddings");
  const arena = handOver ? new ReadArena(handOver, layerReadBytes(cfg, src, 0)) : undefined;
  const layers: LayerParams[] = [];
  try {
    for (let i = 0; i < L; i++) {
      arena?.reset();
      const layer = loadLayer(cfg, src, i, arena?.take);
      arena?.handOver(layer);
      layers.push(layer);
      progress?.(i + 1, L, `decoder_layer_${i}`);
    }
  } finally {
    arena?.release();
  }
  const D = cfg.model.emb_size;
  const final = norm(src, { path: "language_model/rms_norm/scale", module: "language_model/rms_norm", name: "scale", shape: [D], kind: "norm" }, cfg);
  return { embeddings, layers, rms_norm: final };
}

/** Arrays in a ReadArena start at multiples of this (any element type, a cache line). */
const ARENA_ALIGN = 64;

/**
 * The bytes layer i's arrays take in a ReadArena, where the source says where they lie
 * (else 0): so that the first layer is read into the arena too, not into plain buffers
 * that would linger until collected (grok-1-mid, float32: 520 MiB).
 */
function layerReadBytes(cfg: LanguageModelConfig, src: TensorSource, i: number): number {
  if (!src.locator) return 0;
  let bytes = 0;
  for (const s of layerParamSpecs(cfg, i)) {
    const x = src.locator.locate(s.path);
    for (const a of x ? [x, ...(x.scales ? [x.scales] : [])] : []) bytes += Math.ceil(a.byteLength / ARENA_ALIGN) * ARENA_ALIGN; // each starts aligned
  }
  return bytes;
}

/**
 * The buffer loadParams reads one layer into, reused for the next once the kernels have
 * taken the layer over. It starts with room for the first layer where the source says how
 * much that is (layerReadBytes), else empty; what does not fit goes into a plain new
 * buffer, and at the next reset the arena grows to what the last layer asked for.
 */
class ReadArena {
  private array: Float32Array | undefined;
  private used: number;

  /** `firstBytes`: what the first layer will ask for, where known (else its reads are plain buffers). */
  constructor(private readonly kernels: WeightHandOver, firstBytes = 0) {
    this.used = firstBytes;
  }

  /** ReadTarget: the next `bytes` of the arena, or a plain buffer where they do not fit. */
  readonly take = (bytes: number): Uint8Array => {
    const at = Math.ceil(this.used / ARENA_ALIGN) * ARENA_ALIGN;
    this.used = at + bytes;
    const a = this.array;
    return a && this.used <= a.byteLength ? new Uint8Array(a.buffer, a.byteOffset + at, bytes) : new Uint8Array(bytes);
  };

  /** Before a layer: room for as much as the last layer asked for. */
  reset(): void {
    if (this.used > (this.array?.byteLength ?? 0)) {
      this.release();
      const n = Math.ceil(this.used / 4);
      this.array = this.kernels.allocateF32 ? this.kernels.allocateF32(n) : new Float32Array(n);
    }
    this.used = 0;
  }

  /** Hands a layer read into the arena over to the kernels (handOverFrom), its float32 norms copied out. */
  handOver(layer: LayerParams): void {
    const buffer = this.array?.buffer;
    for (const w of layerWeights(layer)) handOverFrom(buffer, w, this.kernels);
    copyNormsOut(buffer, layer);
  }

  release(): void {
    if (this.array) this.kernels.releaseF32?.(this.array);
    this.array = undefined;
  }
}
