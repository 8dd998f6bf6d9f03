/**
 * Streaming the decoder layers from disk: running a model whose weights do not fit in
 * memory (Grok-1: ~300 GB of int8) by reading each layer when the forward pass reaches
 * it, and each expert only when the router picks it.
 *
 * Mirrors nothing in the reference, which holds every parameter in accelerator memory
 * (sharded over 8 devices). The numerics are the eager loader's: every stored tensor
 * becomes a kernel Weight through makeWeight (params.ts), int8 stays int8, so streamed
 * and eager logits are bit-identical.
 *
 * What is in memory:
 * - resident, loaded once: the embeddings [V, D] (also the output head; read a chunk at
 *   a time, params.ts loadEmbeddings) and the final norm [D];
 * - a cache bounded by a byte budget (`--memory-budget 8G`), least recently used out
 *   first, of two kinds of entries:
 *     layer i:          its norms, attention q/k/v/linear and router (or dense block);
 *     expert (i, e):    slice e of the stacked moe/{linear, linear_v, linear_1} [E, K, N]
 *                       tensors with their scales, read when first asked for;
 * - read-ahead: when layer i starts, a worker thread reads layer (i+1) mod L (after the
 *   last, layer 0, for the next pass; its attention weights, not its experts) into shared
 *   memory while layer i computes; the forward pass, which is synchronous, waits
 *   (Atomics.wait) only if the bytes are not there yet;
 * - with kernels that take weights over (the `handOver` option), two staging buffers (in
 *   the kernels' own memory where they offer it), reused from read to read: one that every
 *   layer's attention weights are read into, one that every expert is read into. The
 *   kernels pack each weight from where it was read, and nothing of it stays there, so
 *   the next read can start at once: layer i+1's read-ahead, and once the router has
 *   picked (MoEParams.willUse), the next picked expert, read by a second worker while the
 *   current one computes.
 *
 * The budget holds: at any time the entries in the cache plus the read-ahead (its entry
 * to be) plus the staging buffers take at most `budgetBytes`. The layer being computed is
 * never evicted, and an expert only once the next one is asked for (the forward pass is
 * synchronous: the MoE is done with it by then), so the smallest workable budget is one
 * layer plus one expert (plus the staging buffers); read-ahead needs room for a second
 * layer and is skipped when there is none.
 *
 * Where the bytes come from: a TensorLocator (disk_reads.ts) says in which file, at which
 * byte offset, each stored array lies (safetensors files and the released checkpoint
 * both know), so a slice (one expert of a stacked tensor) is one positioned read.
 */
import type { LanguageModelConfig } from "../config.js";
import { bf16BitsToF32Array, type FpropDtype } from "../dtype.js";
import { UserError, check } from "../errors.js";
import { formatBytes } from "../files.js";
import type { Weight } from "../kernels/kernels.js";
import type { LanguageModelParams } from "../model/language_model.js";
import {
  BackgroundReader,
  ELEMENT_BYTES,
  FileReader,
  halves,
  isShared,
  readPlanFor,
  storedTensorsIn,
  waitQuietly,
  type PendingRead,
  type Piece,
  type StoredTensorExtent,
  type TensorLocator,
} from "./disk_reads.js";
import { layerParamSpecs, type ParamSpec } from "./param_specs.js";
import {
  checkFinite,
  copyNormsOut,
  embeddingsSpec,
  handOverFrom,
  loadEmbeddings,
  makeWeight,
  scalesLayout,
  type AttentionParams,
  type DenseParams,
  type ExpertParams,
  type LayerParams,
  type StoredTensor,
  type TensorSource,
  type WeightHandOver,
} from "./params.js";

// ---------------------------------------------------------------------------------------
// The memory budget

const BUDGET_UNITS: Readonly<Record<string, number>> = { "": 1, K: 2 ** 10, M: 2 ** 20, G: 2 ** 30, T: 2 ** 40 };

/**
 * "8G", "512M", "1.5T", "4096" (bytes) → bytes. Units are binary: 1G = 2^30 bytes; a unit
 * may be spelled G, GB or GiB, and bytes B or nothing.
 */
export function parseMemoryBudget(text: string, flag = "--memory-budget"): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(?:([kmgt])(?:i?b)?|b)?\s*$/i.exec(text);
  if (!m) throw new UserError(`${flag} must be a size such as 8G, 512M or 1.5T (binary units), got '${text}'`);
  const bytes = Math.floor(Number(m[1]) * BUDGET_UNITS[(m[2] ?? "").toUpperCase()]);
  check(bytes > 0, `${flag} must be more than 0 bytes, got '${text}'`);
  check(bytes <= Number.MAX_SAFE_INTEGER, `${flag} '${text}' is beyond any machine's memory`);
  return bytes;
}

/** A read smaller than this is not worth splitting between two threads (the worker's round trip; StreamingOptions.splitReadBytes). */
const SPLIT_READ_MIN_BYTES = 4 << 20;

/** A buffer reads land in, reused from read to read: `bytes` from byte `base` of `buffer` (`array`, where the kernels gave it). */
interface Staging {
  buffer: ArrayBufferLike;
  base: number;
  array?: Float32Array;
}

/** Moves a read plan's pieces (placed from byte 0) to where `staging` starts; returns its buffer. */
function placeIn(staging: Staging, pieces: Piece[]): ArrayBufferLike {
  for (const p of pieces) p.at += staging.base;
  return staging.buffer;
}

// ---------------------------------------------------------------------------------------
// The cache: least recently used out first, within a byte budget

/** Entries of known byte size; a Map keeps insertion order, so its first key is the least recently used. */
export class ByteLru<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private total = 0;

  /** Bytes of all entries. */
  get bytes(): number {
    return this.total;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Whether `key` is cached (without making it the most recently used). */
  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** Keys, least recently used first. */
  keys(): string[] {
    return [...this.entries.keys()];
  }

  /** The value at `key`, now the most recently used; undefined if absent. */
  get(key: string): V | undefined {
    const e = this.entries.get(key);
    if (e === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, e);
    return e.value;
  }

  /** Adds `key` as the most recently used entry. */
  add(key: string, value: V, bytes: number): void {
    if (this.entries.has(key)) throw new Error(`internal: cache key ${key} added twice`);
    this.entries.set(key, { value, bytes });
    this.total += bytes;
  }

  /**
   * Evicts least recently used entries, skipping those `keep` says to keep, until
   * `need` more bytes fit within `limit`. Evicts nothing and returns undefined if even
   * evicting every other entry would not make room; else returns the evicted values.
   */
  evictFor(need: number, limit: number, keep: (key: string) => boolean): V[] | undefined {
    let over = this.total + need - limit;
    if (over <= 0) return [];
    const victims: string[] = [];
    for (const [key, e] of this.entries) {
      if (keep(key)) continue;
      victims.push(key);
      over -= e.bytes;
      if (over <= 0) break;
    }
    if (over > 0) return undefined;
    return victims.map((key) => {
      const e = this.entries.get(key)!;
      this.entries.delete(key);
      this.total -= e.bytes;
      return e.value;
    });
  }

  /** Removes every entry; returns their values. */
  clear(): V[] {
    const values = [...this.entries.values()].map((e) => e.value);
    this.entries.clear();
    this.total = 0;
    return values;
  }
}

// ---------------------------------------------------------------------------------------
// Streaming layers and experts

export interface StreamingOptions {
  /** Bytes the streamed weights may take at once (the resident embeddings not counted). */
  budgetBytes: number;
  /**
   * Read layer i+1 in a worker thread while layer i computes, and with `handOver` the
   * next picked expert while the current one computes (default true).
   */
  readAhead?: boolean;
  /**
   * Called with each weight as it is loaded: the kernels' hook to pack it now
   * (select.ts `prepareWeight`). Kernels that pack keep a copy of every weight, so with
   * this hook the budget counts each weight's bytes twice.
   */
  prepare?: (w: Weight) => void;
  /**
   * Kernels that take weights over (select.ts kernelsHandOver): each weight, as it is
   * loaded, goes to `handOver.adopt` instead of `prepare`. Layers' attention weights and
   * experts are then read into two staging buffers, each reused from read to read, and the
   * budget counts the kernels' copy of a weight only. A buffer freshly allocated for every
   * read costs its page faults: 1.2 GB (one Grok-1 layer's attention and two experts) read
   * from the page cache into fresh buffers took 0.6–1.1 s here, into one reused buffer
   * 0.08 s. The staging buffers come from `handOver.allocateF32` where given: in the
   * kernels' own memory, packing reads each weight where it was read, without copying it
   * in first.
   */
  handOver?: WeightHandOver;
  /**
   * An expert read on the calling thread of at least this many bytes is split with the
   * expert worker (with read-ahead on and a shared staging buffer; default 4 MiB).
   */
  splitReadBytes?: number;
  /** Called with each weight the cache drops: the kernels' hook to free their copy of it. */
  release?: (w: Weight) => void;
  /** Bytes per read of float32 embeddings held as bf16, and per block the kernels pack them from (default EMBED_CHUNK_BYTES; see params.ts readEmbeddings). */
  embedChunkBytes?: number;
  /** Called as each layer is fetched (for a progress line on stderr). */
  progress?: (done: number, total: number, what: string) => void;
}

/** Counters, for tests and benchmarks. Seconds are wall time on the calling thread unless said. */
export interface StreamingStats {
  layerHits: number;
  layerReads: number;
  /** Layers read by the worker, and how many of those the forward pass used. */
  readAheads: number;
  readAheadsUsed: number;
  /** Read-aheads not started because the budget had no room for a second layer. */
  readAheadsSkipped: number;
  /** Experts read by the second worker (the next pick, while one computes), and how many of those were used. */
  expertReadAheads: number;
  expertReadAheadsUsed: number;
  /** Experts read on the calling thread with half of the read given to the expert worker (splitReadBytes). */
  expertReadsSplit: number;
  expertHits: number;
  expertReads: number;
  evictions: number;
  /** Bytes read from disk, by either thread. */
  bytesRead: number;
  /** Time blocked in reads on the calling thread, and waiting for the worker's reads. */
  readSeconds: number;
  waitSeconds: number;
  /** Time the worker spent reading (overlapped with compute). */
  workerReadSeconds: number;
  /** Time in the `prepare` and `handOver` hooks (packing weights for the kernels). */
  prepareSeconds: number;
  /** Bytes held now (cache + read-ahead buffer + the two staging buffers), and the most ever held. */
  heldBytes: number;
  peakHeldBytes: number;
}

/** A decoder layer without its experts: what a layer entry of the cache holds. */
interface LayerCore {
  rms_norm: Float32Array;
  attention: AttentionParams;
  rms_norm_1: Float32Array;
  rms_norm_2: Float32Array;
  rms_norm_3: Float32Array;
  router?: Weight;
  dense?: DenseParams;
}

interface CacheEntry {
  weights: Weight[];
  core?: LayerCore;
  expert?: ExpertParams;
}

/** A stored tensor the layer needs, checked against its spec when the stream opens. */
interface Located {
  spec: ParamSpec;
  extent: StoredTensorExtent;
}

/** A layer's tensors: those read whole with the layer, and the stacked expert tensors. */
interface LayerPlan {
  core: Located[];
  experts: Located[]; // moe/linear, moe/linear_v, moe/linear_1
}

const layerKey = (i: number) => `layer ${i}`;
const expertKey = (i: number, e: number) => `layer ${i} expert ${e}`;

function shapeText(s: readonly number[]): string {
  return `[${s.join(", ")}]`;
}

/** The parameter path relative to its layer: `multi_head_attention/query/w`. */
function relativePath(spec: ParamSpec): string {
  return spec.path.slice(spec.path.indexOf("/", "transformer/".length) + 1);
}

/** The same checks the eager loader makes (params.ts), made once for every layer when the stream opens. */
function checkExtent(where: string, spec: ParamSpec, t: StoredTensorExtent | undefined): StoredTensorExtent {
  if (!t) throw new UserError(`${where}: missing tensor '${spec.path}' (expected shape ${shapeText(spec.shape)})`);
  if (!(t.shape.length === spec.shape.length && t.shape.every((d, i) => d === spec.shape[i])))
    throw new UserError(`${where}: tensor '${spec.path}' has shape ${shapeText(t.shape)}, expected ${shapeText(spec.shape)}`);
  if (t.dtype === "I8" && !t.scales) throw new UserError(`${where}: tensor '${spec.path}' is int8 but has no scales ('${spec.path}.scales')`);
  if (t.dtype !== "I8" && t.scales) throw new UserError(`${where}: tensor '${spec.path}' has scales but is ${t.dtype}, not int8`);
  if (t.dtype === "I8" && !(spec.kind === "linear" || spec.kind === "expert"))
    throw new UserError(`${where}: tensor '${spec.path}' is int8, but only Linear and expert weights may be 8-bit`);
  if (t.scales) scalesLayout(`${where}: tensor '${spec.path}'`, t.shape, t.scales.shape, spec.kind === "expert"); // as makeWeight will
  return t;
}

/** float32 values of a plain float tensor: F32 as is, BF16 widened exactly. */
function floatValues(t: StoredTensor): Float32Array {
  if (t.dtype === "F32") return t.data as Float32Array;
  const bits = t.data as Uint16Array;
  return bf16BitsToF32Array(bits);
}

/** Slice e of a stacked [E, K, N] array (and of its scales when they are stacked too): one expert's [1, K, N]. */
function expertSlice(t: StoredTensorExtent, e: number): StoredTensorExtent {
  const [E, K, N] = t.shape;
  const bytes = K * N * ELEMENT_BYTES[t.dtype];
  const out: StoredTensorExtent = { file: t.file, offset: t.offset + e * bytes, byteLength: bytes, dtype: t.dtype, shape: [1, K, N] };
  const s = t.scales;
  if (s) {
    const stacked = scalesLayout("", t.shape, s.shape, true).perExpert; // checked when the stream opened (checkExtent)
    const per = s.byteLength / (stacked ? E : 1);
    out.scales = stacked
      ? { ...s, offset: s.offset + e * per, byteLength: per, shape: [1, ...s.shape.slice(1)] }
      : { ...s };
  }
  return out;
}

/**
 * How the kernels hold an entry's weights: not at all (they read the arrays), a copy
 * beside the arrays (`prepare`), or a copy instead of them (`handOver`: the bytes read from
 * disk are not kept).
 */
type KernelsHold = "arrays" | "copy" | "adopted";

/**
 * The bytes an entry built from `tensors` holds: the buffer read from disk (unless
 * adopted), the copies makeWeight and floatValues make (bf16 scales and norms widened to
 * float32, scales [G, 1] broadcast to [G, N], f32 Linear weights cast to bf16 in
 * bfloat16 mode; adopted, float32 scales and norms copied out of the staging buffer), and the
 * kernels' copy of each weight (its elements and N·G float32 scales; the kernels'
 * padding aside).
 */
function entryBytes(tensors: Located[], fprop: FpropDtype, hold: KernelsHold): number {
  let copies = 0;
  const kernelsCopy = hold !== "arrays";
  for (const { spec, extent: t } of tensors) {
    const elements = t.byteLength / ELEMENT_BYTES[t.dtype];
    const N = t.shape[t.shape.length - 1];
    const castToBf16 = t.dtype === "F32" && spec.kind === "linear" && fprop === "bfloat16"; // Linear: w.astype(fprop)
    let G = 0;
    if (t.scales) {
      const layout = scalesLayout("", t.shape, t.scales.shape, spec.kind === "expert"); // checked when the stream opened (checkExtent)
      G = layout.G;
      if (t.scales.dtype === "BF16") copies += 2 * t.scales.byteLength;
      else if (hold === "adopted") copies += t.scales.byteLength;
      if (layout.cols !== N) copies += 4 * G * N;
    } else if (t.dtype === "BF16" && (spec.kind === "norm" || spec.kind === "router")) {
      copies += 4 * elements;
    } else if (hold === "adopted" && spec.kind === "norm") {
      copies += 4 * elements; // float32, copied out of the staging buffer
    } else if (castToBf16) {
      copies += 2 * elements;
    }
    if (kernelsCopy && spec.kind !== "norm") copies += (castToBf16 ? 2 : ELEMENT_BYTES[t.dtype]) * elements + 4 * G * N;
  }
  return (hold === "adopted" ? 0 : readPlanFor(tensors.map((t) => t.extent)).bytes) + copies;
}

/**
 * The decoder layers of one model, streamed: `layer(i)` is a LayerSource for the
 * transformer (model/transformer.ts), and its `moe.expert(e)` reads expert e on demand.
 */
export class StreamingLayers {
  readonly stats: StreamingStats = {
    layerHits: 0, layerReads: 0, readAheads: 0, readAheadsUsed: 0, readAheadsSkipped: 0,
    expertReadAheads: 0, expertReadAheadsUsed: 0, expertReadsSplit: 0, expertHits: 0, expertReads: 0, evictions: 0, bytesRead: 0,
    readSeconds: 0, waitSeconds: 0, workerReadSeconds: 0, prepareSeconds: 0, heldBytes: 0, peakHeldBytes: 0,
  };
  /** Bytes a layer's entry (norms, attention, router) and one of its experts' entries take in the budget, per layer. */
  readonly layerBytes: number[];
  readonly expertBytes: number[];
  private readonly plans: LayerPlan[];
  private readonly cache = new ByteLru<CacheEntry>();
  private readonly reader = new FileReader();
  private readonly background: BackgroundReader | undefined;
  /** A layer being read ahead by `background`: where its pieces land, and the bytes its entry will take. */
  private ahead: { layer: number; read: PendingRead; pieces: Piece[]; bytes: number } | undefined;
  /** With `handOver`: the size of the buffer every expert is read into, the largest expert's read (0 without). */
  readonly stagingBytes: number;
  /** With `handOver`: the size of the buffer every layer's attention weights (its cache entry) are read into (0 without). */
  readonly coreStagingBytes: number;
  /** The staging buffers, allocated at their first read. */
  private staging: Staging | undefined;
  private coreStaging: Staging | undefined;
  /** Reads the next picked expert into the staging buffer (started at the first such read). */
  private expertReader: BackgroundReader | undefined;
  /** The experts the MoE of layer `layer` said it will ask for, in order (MoEParams.willUse). */
  private upcoming: { layer: number; experts: readonly number[] } | undefined;
  /** An expert being read into the staging buffer by expertReader. */
  private expertAhead: { layer: number; expert: number; read: PendingRead; pieces: Piece[] } | undefined;
  /** What the cache may hold: the budget less the staging buffers. */
  private readonly cacheLimit: number;
  /** The layer being computed: never evicted. */
  private pinnedLayer = "";

  constructor(
    private readonly cfg: LanguageModelConfig,
    private readonly locator: TensorLocator,
    private readonly opts: StreamingOptions,
  ) {
    const L = cfg.model.num_layers;
    this.plans = Array.from({ length: L }, (_, i) => this.planLayer(i));
    const fp = cfg.fprop_dtype;
    const held = (adopted: boolean): KernelsHold => (adopted ? "adopted" : opts.prepare !== undefined ? "copy" : "arrays");
    const expertSlices = (p: LayerPlan) => p.experts.map((t) => ({ spec: t.spec, extent: expertSlice(t.extent, 0) }));
    const adopted = opts.handOver !== undefined;
    this.layerBytes = this.plans.map((p) => entryBytes(p.core, fp, held(adopted)));
    this.expertBytes = this.plans.map((p) => entryBytes(expertSlices(p), fp, held(adopted)));
    const largestRead = (tensors: (p: LayerPlan) => StoredTensorExtent[]) => Math.max(0, ...this.plans.map((p) => readPlanFor(tensors(p)).bytes));
    this.stagingBytes = adopted ? largestRead((p) => expertSlices(p).map((t) => t.extent)) : 0;
    this.coreStagingBytes = adopted ? largestRead((p) => p.core.map((t) => t.extent)) : 0;
    this.cacheLimit = opts.budgetBytes - this.stagingBytes - this.coreStagingBytes;
    const need = Math.max(...this.layerBytes.map((b, i) => b + this.expertBytes[i])) + this.stagingBytes + this.coreStagingBytes;
    if (opts.budgetBytes < need) {
      const what = cfg.model.num_experts > 1 ? "one layer's attention weights and one expert" : "one layer";
      const staging = adopted ? ` + ${formatBytes(this.coreStagingBytes + this.stagingBytes)} to read them into` : "";
      throw new UserError(
        `memory budget ${formatBytes(opts.budgetBytes)} is too small: streaming needs at least ${formatBytes(need)} ` +
          `(${what}: ${formatBytes(this.layerBytes[0])} + ${formatBytes(this.expertBytes[0])}${staging}); give --memory-budget ${Math.ceil(need / 2 ** 20)}M or more`,
      );
    }
    this.background = opts.readAhead === false || L < 2 ? undefined : new BackgroundReader();
  }

  /** The LayerSource: layer i's parameters, its experts read when asked for. */
  readonly layer = (i: number): LayerParams => {
    const L = this.cfg.model.num_layers;
    check(Number.isInteger(i) && i >= 0 && i < L, `layer ${i} is outside [0, ${L})`);
    this.pinnedLayer = layerKey(i);
    this.upcoming = undefined;
    const core = this.layerCore(i);
    this.opts.progress?.(i + 1, L, `decoder_layer_${i}`);
    this.readAhead(i, (i + 1) % L);
    const p: LayerParams = {
      rms_norm: core.rms_norm, attention: core.attention, rms_norm_1: core.rms_norm_1,
      rms_norm_2: core.rms_norm_2, rms_norm_3: core.rms_norm_3,
    };
    if (core.dense) p.dense = core.dense;
    else {
      const numExperts = this.cfg.model.num_experts;
      p.moe = { router: core.router!, numExperts, expert: (e) => this.expert(i, e), willUse: (experts) => (this.upcoming = { layer: i, experts }) };
    }
    return p;
  };

  /**
   * Drops every cached weight and any read in flight (the next pass reads everything
   * again); the staging buffers stay, for the next reads. Not during a forward pass.
   */
  clear(): void {
    this.dropReadsInFlight();
    for (const entry of this.cache.clear()) this.dropped(entry);
    this.updateHeld();
  }

  /** Stops the reader thread and closes the files. */
  async close(): Promise<void> {
    this.dropReadsInFlight(); // none may still write into a staging buffer when the kernels get it back
    for (const staging of [this.staging, this.coreStaging]) if (staging?.array) this.opts.handOver?.releaseF32?.(staging.array);
    this.staging = this.coreStaging = undefined;
    this.reader.close();
    await this.background?.close();
    await this.expertReader?.close();
  }

  /** Keys of the cached entries, least recently used first (for tests). */
  cachedKeys(): string[] {
    return this.cache.keys();
  }

  // -- layers --------------------------------------------------------------------------

  private planLayer(i: number): LayerPlan {
    const where = this.locator.description;
    const plan: LayerPlan = { core: [], experts: [] };
    for (const spec of layerParamSpecs(this.cfg, i)) {
      const located = { spec, extent: checkExtent(where, spec, this.locator.locate(spec.path)) };
      (spec.kind === "expert" ? plan.experts : plan.core).push(located);
    }
    // the order the MoE takes them: linear, linear_v, linear_1
    const order = ["moe/linear/w", "moe/linear_v/w", "moe/linear_1/w"];
    plan.experts.sort((a, b) => order.indexOf(relativePath(a.spec)) - order.indexOf(relativePath(b.spec)));
    return plan;
  }

  private layerCore(i: number): LayerCore {
    const key = layerKey(i);
    const cached = this.cache.get(key);
    if (cached) {
      this.stats.layerHits++;
      return cached.core!;
    }
    let buffer: ArrayBufferLike;
    let pieces: Piece[];
    if (this.ahead?.layer === i) {
      ({ buffer, pieces } = this.takeReadAhead());
    } else {
      if (this.ahead) this.settleReadAhead();
      this.makeRoom(this.layerBytes[i]);
      const plan = readPlanFor(this.plans[i].core.map((t) => t.extent));
      buffer = this.opts.handOver ? placeIn(this.coreStagingNow(), plan.pieces) : new ArrayBuffer(plan.bytes);
      this.timedRead(plan.pieces, buffer);
      pieces = plan.pieces;
      this.stats.layerReads++;
    }
    const entry = this.buildCore(i, buffer, pieces);
    this.cache.add(key, entry, this.layerBytes[i]);
    this.updateHeld();
    return entry.core!;
  }

  private buildCore(i: number, buffer: ArrayBufferLike, pieces: Piece[]): CacheEntry {
    const located = this.plans[i].core;
    const stored = storedTensorsIn(located.map((t) => t.extent), buffer, pieces);
    located.forEach((t, j) => checkFinite(this.locator.description, t.spec.path, stored[j]));
    const byPath = new Map(located.map((t, j) => [relativePath(t.spec), { spec: t.spec, t: stored[j] }]));
    const get = (rel: string) => byPath.get(rel) ?? (() => { throw new Error(`internal: layer ${i} has no '${rel}'`); })();
    const fp = this.cfg.fprop_dtype;
    const where = this.locator.description;
    const weights: Weight[] = [];
    const linear = (rel: string): Weight => {
      const { spec, t } = get(rel);
      const w = makeWeight(`${where}: tensor '${spec.path}'`, t, spec.shape[0], spec.shape[1], fp, true);
      weights.push(w);
      return w;
    };
    const core: LayerCore = {
      rms_norm: floatValues(get("rms_norm/scale").t),
      attention: {
        query: linear("multi_head_attention/query/w"),
        key: linear("multi_head_attention/key/w"),
        value: linear("multi_head_attention/value/w"),
        linear: linear("multi_head_attention/linear/w"),
      },
      rms_norm_1: floatValues(get("rms_norm_1/scale").t),
      rms_norm_2: floatValues(get("rms_norm_2/scale").t),
      rms_norm_3: floatValues(get("rms_norm_3/scale").t),
    };
    if (this.cfg.model.num_experts > 1) {
      const { spec, t } = get("router/w");
      core.router = { dtype: "f32", K: spec.shape[0], N: spec.shape[1], layout: "kn", data: floatValues(t) }; // float32 always
      weights.push(core.router);
    } else {
      core.dense = { linear: linear("linear/w"), linear_v: linear("linear_v/w"), linear_1: linear("linear_1/w") };
    }
    if (this.opts.handOver) {
      this.adopted(weights, buffer, this.opts.handOver);
      copyNormsOut(buffer, core);
    } else this.prepared(weights);
    return { weights, core };
  }

  // -- read-ahead ----------------------------------------------------------------------

  /** Starts reading layer `next` in the worker, if it is not cached and the budget has room. */
  private readAhead(current: number, next: number): void {
    if (!this.background || this.ahead || this.cache.has(layerKey(next))) return;
    // with handOver, into the staging buffer: the worker needs it shared (it is, but in kernels without shared memory)
    if (this.opts.handOver && !isShared(this.coreStagingNow().buffer)) return;
    const bytes = this.layerBytes[next];
    // room for the read-ahead and, beside the pinned layer, one expert of the current layer
    const headroom = this.expertBytes[current];
    const evicted = this.cache.evictFor(bytes + headroom, this.cacheLimit, (k) => k === this.pinnedLayer);
    if (evicted === undefined) {
      this.stats.readAheadsSkipped++;
      return;
    }
    this.evicted(evicted);
    const plan = readPlanFor(this.plans[next].core.map((t) => t.extent));
    // with handOver into the staging buffer, free: the current layer was adopted out of it;
    // otherwise a new buffer, kept by the entry
    const into = this.opts.handOver ? (placeIn(this.coreStagingNow(), plan.pieces) as SharedArrayBuffer) : plan.bytes;
    this.ahead = { layer: next, read: this.background.start(plan.pieces, into), pieces: plan.pieces, bytes };
    this.stats.readAheads++;
    this.updateHeld();
  }

  /** Waits for the read-ahead (of the layer now asked for) and hands over its bytes. */
  private takeReadAhead(): { buffer: ArrayBufferLike; pieces: Piece[] } {
    const { read, pieces } = this.ahead!;
    this.ahead = undefined;
    this.stats.readAheadsUsed++;
    return { buffer: this.waitFor(this.background!, read, pieces), pieces };
  }

  /** A read-ahead of a layer not asked for (the pass went elsewhere): finish it and keep it as a cache entry. */
  private settleReadAhead(): void {
    const layer = this.ahead!.layer;
    const { buffer, pieces } = this.takeReadAhead();
    this.cache.add(layerKey(layer), this.buildCore(layer, buffer, pieces), this.layerBytes[layer]);
    this.updateHeld();
  }

  // -- experts -------------------------------------------------------------------------

  private expert(i: number, e: number): ExpertParams {
    const E = this.cfg.model.num_experts;
    check(Number.isInteger(e) && e >= 0 && e < E, `expert ${e} is outside [0, ${E})`);
    const key = expertKey(i, e);
    const ahead = this.expertAhead;
    const cached = this.cache.get(key);
    // a read-ahead of another expert is dropped, unless this one is cached and the hint
    // gives it first (a hit leaves the staging buffer alone, and the read-ahead's turn comes)
    if (ahead && !(ahead.layer === i && ahead.expert === e) && !(cached && this.hintedBefore(i, e, ahead.expert))) this.dropExpertAhead();
    if (cached) {
      this.stats.expertHits++;
      this.readExpertAhead(i, e);
      return cached.expert!;
    }
    this.makeRoom(this.expertBytes[i]);
    const slices = this.plans[i].experts.map((t) => expertSlice(t.extent, e));
    let buffer: ArrayBufferLike;
    let pieces: Piece[];
    if (this.expertAhead) {
      ({ buffer, pieces } = this.takeExpertAhead()); // read by the worker into the staging buffer
    } else {
      const plan = readPlanFor(slices);
      buffer = this.opts.handOver ? placeIn(this.expertStagingNow(), plan.pieces) : new ArrayBuffer(plan.bytes);
      this.sharedRead(plan.pieces, buffer);
      pieces = plan.pieces;
    }
    this.stats.expertReads++;
    const stored = storedTensorsIn(slices, buffer, pieces);
    this.plans[i].experts.forEach(({ spec }, j) => checkFinite(`${this.locator.description}, expert ${e}`, spec.path, stored[j]));
    const fp = this.cfg.fprop_dtype;
    const [linear, linear_v, linear_1] = this.plans[i].experts.map(({ spec }, j) =>
      makeWeight(`${this.locator.description}: tensor '${spec.path}'`, stored[j], spec.shape[1], spec.shape[2], fp, false, 0),
    );
    const entry: CacheEntry = { weights: [linear, linear_v, linear_1], expert: { linear, linear_v, linear_1 } };
    if (this.opts.handOver) this.adopted(entry.weights, buffer, this.opts.handOver);
    else this.prepared(entry.weights);
    this.cache.add(key, entry, this.expertBytes[i]);
    this.updateHeld();
    this.readExpertAhead(i, e); // the staging buffer is free again
    return entry.expert!;
  }

  /**
   * Starts reading, into the staging buffer, the first expert after `e` among those the
   * layer's MoE said it will use that is not cached. Only with `handOver` (where nothing
   * of an expert is left in the staging buffer once the kernels have it) and a shared
   * staging buffer; its bytes are in the budget already.
   */
  private readExpertAhead(i: number, e: number): void {
    const up = this.upcoming, staging = this.staging;
    if (this.expertAhead || up?.layer !== i || this.opts.readAhead === false) return;
    if (!this.opts.handOver || !staging || !isShared(staging.buffer)) return;
    const from = up.experts.indexOf(e);
    const next = from < 0 ? undefined : up.experts.slice(from + 1).find((x) => !this.cache.has(expertKey(i, x)));
    if (next === undefined) return;
    const plan = readPlanFor(this.plans[i].experts.map((t) => expertSlice(t.extent, next)));
    this.expertReader ??= new BackgroundReader();
    this.expertAhead = { layer: i, expert: next, read: this.expertReader.start(plan.pieces, placeIn(staging, plan.pieces) as SharedArrayBuffer), pieces: plan.pieces }; // shared: checked above
    this.stats.expertReadAheads++;
  }

  /** Whether the layer's MoE said it will use expert `e` before expert `later` (willUse). */
  private hintedBefore(i: number, e: number, later: number): boolean {
    const up = this.upcoming;
    if (up?.layer !== i) return false;
    const at = up.experts.indexOf(e);
    return at >= 0 && at < up.experts.indexOf(later);
  }

  /** Waits for the expert read-ahead (of the expert now asked for): its bytes are in the staging buffer. */
  private takeExpertAhead(): { buffer: ArrayBufferLike; pieces: Piece[] } {
    const { read, pieces } = this.expertAhead!;
    this.expertAhead = undefined;
    this.stats.expertReadAheadsUsed++;
    return { buffer: this.waitFor(this.expertReader!, read, pieces), pieces };
  }

  /**
   * Waits for an expert read-ahead that will not be used (the MoE asked for another
   * expert, or the stream is cleared or closed), so that nothing writes into the staging
   * buffer once it is reused. A failed read is not reported here: its expert was not asked for.
   */
  private dropExpertAhead(): void {
    const { read } = this.expertAhead!;
    this.expertAhead = undefined;
    waitQuietly(this.expertReader!, read);
    this.updateWorkerSeconds();
  }

  /** Waits for both workers' reads and drops what they read (clear, close). */
  private dropReadsInFlight(): void {
    if (this.expertAhead) this.dropExpertAhead();
    if (this.ahead) {
      waitQuietly(this.background!, this.ahead.read);
      this.ahead = undefined;
      this.updateWorkerSeconds();
      this.updateHeld();
    }
  }

  // -- bookkeeping ---------------------------------------------------------------------

  /**
   * Evicts until `bytes` more fit in the budget beside the pinned layer and the read-ahead.
   * Any expert may go: the MoE asks for the next one only when it is done with the last.
   */
  private makeRoom(bytes: number): void {
    const reserved = this.ahead?.bytes ?? 0;
    const evicted = this.cache.evictFor(bytes + reserved, this.cacheLimit, (k) => k === this.pinnedLayer);
    if (evicted === undefined) throw new Error(`internal: no room for ${formatBytes(bytes)} within the budget (${this.cache.keys().join(", ")})`);
    this.evicted(evicted);
  }

  private evicted(entries: CacheEntry[]): void {
    this.stats.evictions += entries.length;
    for (const entry of entries) this.dropped(entry);
  }

  private dropped(entry: CacheEntry): void {
    if (this.opts.release) for (const w of entry.weights) this.opts.release(w);
  }

  private prepared(weights: Weight[]): void {
    if (!this.opts.prepare) return;
    const t0 = performance.now();
    for (const w of weights) this.opts.prepare(w);
    this.stats.prepareSeconds += (performance.now() - t0) / 1000;
  }

  /** Hands weights read into the staging buffer to the kernels (params.ts handOverFrom): nothing of them is left in it for the next read. */
  private adopted(weights: Weight[], staging: ArrayBufferLike, kernels: WeightHandOver): void {
    const t0 = performance.now();
    for (const w of weights) handOverFrom(staging, w, kernels);
    this.stats.prepareSeconds += (performance.now() - t0) / 1000;
  }

  /** The staging buffers, allocated at their first use. */
  private expertStagingNow(): Staging {
    return (this.staging ??= this.newStaging(this.stagingBytes));
  }

  private coreStagingNow(): Staging {
    return (this.coreStaging ??= this.newStaging(this.coreStagingBytes));
  }

  /**
   * A staging buffer of `bytes`: from the kernels' memory where they offer it
   * (allocateF32), else a buffer of its own, shared where the engine can (for the
   * read-ahead workers).
   */
  private newStaging(bytes: number): Staging {
    const allocate = this.opts.handOver?.allocateF32;
    if (!allocate) return { buffer: typeof SharedArrayBuffer === "function" ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes), base: 0 };
    const array = allocate(Math.ceil(bytes / 4));
    return { buffer: array.buffer, base: array.byteOffset, array };
  }

  /** Waits for a worker's read of `pieces`, counting the wait and the bytes; returns the buffer they are in. */
  private waitFor(reader: BackgroundReader, read: PendingRead, pieces: Piece[]): SharedArrayBuffer {
    const t0 = performance.now();
    const buffer = reader.wait(read);
    this.stats.waitSeconds += (performance.now() - t0) / 1000;
    this.updateWorkerSeconds();
    this.stats.bytesRead += pieces.reduce((n, p) => n + p.byteLength, 0);
    return buffer;
  }

  private updateWorkerSeconds(): void {
    this.stats.workerReadSeconds = (this.background?.workerSeconds ?? 0) + (this.expertReader?.workerSeconds ?? 0);
  }

  /**
   * Reads `pieces` into `buffer`, half on this thread and half by the expert worker where
   * it can write there (the worker is idle whenever an expert is read here): two reads in
   * flight get more from a disk than one, and from the page cache two cores copy.
   */
  private sharedRead(pieces: Piece[], buffer: ArrayBufferLike): void {
    const total = pieces.reduce((n, p) => n + p.byteLength, 0);
    if (this.opts.readAhead === false || !isShared(buffer) || total < (this.opts.splitReadBytes ?? SPLIT_READ_MIN_BYTES)) return this.timedRead(pieces, buffer);
    const [mine, theirs] = halves(pieces, total);
    this.expertReader ??= new BackgroundReader();
    const read = this.expertReader.start(theirs, buffer);
    this.timedRead(mine, buffer);
    this.waitFor(this.expertReader, read, theirs);
    this.stats.expertReadsSplit++;
  }

  private timedRead(pieces: Piece[], buffer: ArrayBufferLike): void {
    const t0 = performance.now();
    for (const p of pieces) this.reader.read(p, buffer);
    this.stats.readSeconds += (performance.now() - t0) / 1000;
    this.stats.bytesRead += pieces.reduce((n, p) => n + p.byteLength, 0);
  }

  private updateHeld(): void {
    this.stats.heldBytes =
      this.cache.bytes + (this.ahead?.bytes ?? 0) + (this.staging ? this.stagingBytes : 0) + (this.coreStaging ? this.coreStagingBytes : 0);
    this.stats.peakHeldBytes = Math.max(this.stats.peakHeldBytes, this.stats.heldBytes);
    if (this.stats.heldBytes > this.opts.budgetBytes) throw new Error(`internal: ${this.stats.heldBytes} bytes held, over the budget`);
  }
}

// ---------------------------------------------------------------------------------------
// The whole model: resident embeddings and final norm, streamed layers

/** Reads a whole stored tensor (and its scales). */
function readWhole(reader: FileReader, x: StoredTensorExtent): StoredTensor {
  const plan = readPlanFor([x]);
  const buffer = new ArrayBuffer(plan.bytes);
  for (const p of plan.pieces) reader.read(p, buffer);
  return storedTensorsIn([x], buffer, plan.pieces)[0];
}

/** LanguageModelParams whose layers stream from disk (see the top of this file). */
export class StreamingParams implements LanguageModelParams {
  private constructor(
    readonly embeddings: Weight,
    readonly rms_norm: Float32Array,
    readonly layers: StreamingLayers,
  ) {}

  readonly layer = (i: number): LayerParams => this.layers.layer(i);

  /** Loads the resident parameters and checks every layer's tensors against the config (their shapes, not their bytes). */
  static open(cfg: LanguageModelConfig, locator: TensorLocator, opts: StreamingOptions): StreamingParams {
    const layers = new StreamingLayers(cfg, locator, opts); // checks every layer before the long embedding read
    const reader = new FileReader();
    try {
      const where = locator.description;
      const D = cfg.model.emb_size;
      const embedPath = embeddingsSpec(cfg).path;
      const normSpec: ParamSpec = { path: "language_model/rms_norm/scale", module: "language_model/rms_norm", name: "scale", shape: [D], kind: "norm" };
      const normTensor = readWhole(reader, checkExtent(where, normSpec, locator.locate(normSpec.path)));
      checkFinite(where, normSpec.path, normTensor);
      const norm = floatValues(normTensor);
      const embedExtent = locator.locate(embedPath);
      opts.progress?.(0, 1, `embeddings (${embedExtent ? formatBytes(embedExtent.byteLength) : "missing"})`);
      // read a chunk at a time (into the kernels where they take them over); whole only to be refused
      const source: TensorSource = { description: where, locator, get: (p) => (p === embedPath && embedExtent ? readWhole(reader, embedExtent) : undefined) };
      const embeddings = loadEmbeddings(cfg, source, opts.handOver, opts.embedChunkBytes);
      opts.handOver?.adopt(embeddings); // resident: held once, in the kernels' memory (a no-op if read into them)
      opts.progress?.(1, 1, "embeddings");
      return new StreamingParams(embeddings, norm, layers);
    } catch (e) {
      void layers.close();
      throw e;
    } finally {
      reader.close();
    }
  }

  get stats(): StreamingStats {
    return this.layers.stats;
  }

  async close(): Promise<void> {
    await this.layers.close();
  }
}
