/**
 * The released Grok-1 checkpoint: mirrors the reference's checkpoint.py `restore`
 * (and runners.py's `load_or_init`, which builds the parameter tree it fills).
 *
 * Layout. `ckpt-0/tensor{i:05d}_{shard:03d}` holds parameter leaf i, where i numbers
 * the leaves in the order of JAX's tree flattening of the haiku parameter dict
 * {module path: {param name: value}}: dict keys sorted at every level, so
 * `transformer/decoder_layer_10` comes before `transformer/decoder_layer_2`. The
 * leaves are those of the float32 parameter *shapes* (jax.eval_shape of the init),
 * so an 8-bit weight is one leaf and one file holding a whole QuantizedWeight8bit.
 * `shard` is the host index of a multi-host run; the release has only `_000`.
 *
 * What the released files hold (Grok-1: 770 files = 2 + 64 layers × 12):
 * - tensor00000 `language_model/in_out_embed/embeddings` float32 [V, D]; tensor00001
 *   the final `language_model/rms_norm/scale` float32 [D]; then per layer, in sorted
 *   order: moe/linear, moe/linear_1, moe/linear_v, multi_head_attention/{key, linear,
 *   query, value}, rms_norm, rms_norm_1, rms_norm_2, rms_norm_3, router.
 * - norms and the router: plain float32 arrays. Attention and expert weights:
 *   QuantizedWeight8bit with int8 `weight` [..., K, N] and bfloat16 `scales`
 *   [..., G, N]. G counts groups of input rows: row g·K/G .. (g+1)·K/G − 1 uses
 *   scales[..., g, :]. G = 8 (the 8-way model sharding) for multi_head_attention/linear
 *   [6144, 6144] → scales [8, 6144] and moe/linear_1 [8, 32768, 6144] → [8, 8, 6144];
 *   G = 1 for the others (query [1, 6144], key/value [1, 1024], moe/linear and
 *   linear_v [8, 1, 32768]).
 * - pickles as described in pickle.ts: protocol 4, numpy 1.x `_reconstruct` arrays,
 *   bfloat16 as `numpy.dtype(ml_dtypes.bfloat16)`. tensor00000_000's data starts at
 *   byte 151, exactly where numpy 1.x puts it for a [131072, 6144] float32 array.
 * Sources: llama.cpp's convert_grok.py (reads the pickles by opcode: 1 array = float32,
 * 2 arrays = int8 weight + bf16 scales with the scale shapes above, file order as
 * above); the public xai-dissect and grok-ozempic tools, which parsed the real files
 * (protocol 4, the `__main__.QuantizedWeight8bit` signature, `STACK_GLOBAL ml_dtypes
 * bfloat16`, data offset 151, tensor00005 = key int8 [6144, 1024] × bf16 [1, 1024],
 * tensor00006 = attention linear × bf16 [8, 6144], tensor00009 = rms_norm float32
 * [6144], tensor00013 = router float32 [6144, 8], expert file sizes matching 2-byte
 * scales). Each fact was checked against what numpy + ml_dtypes write.
 */
import { closeSync, existsSync, readdirSync, readSync, statSync } from "node:fs";
import { join } from "node:path";
import type { LanguageModelConfig } from "../config.js";
import { UserError, check } from "../errors.js";
import { errnoText, openInputFile } from "../files.js";
import { isQuantizable, paramSpecs, type ParamSpec } from "./param_specs.js";
import { NdArray, QuantizedWeight8bit, describeValue, readPickleFile, type NpDtype } from "./pickle.js";

export type CheckpointDtype = "F32" | "BF16" | "I8";
export type ScalesDtype = "F32" | "BF16";

/** Where one array's elements lie in a tensor file. */
export interface ArrayLocation {
  /** Byte offset of the raw little-endian, C-order elements. */
  offset: number;
  byteLength: number;
}

export interface CheckpointTensor extends ArrayLocation {
  /** Haiku path, e.g. `transformer/decoder_layer_0/moe/linear/w`. */
  path: string;
  /** The tensor file holding it. */
  file: string;
  /** Its leaf number i (the file is tensor{i:05d}_000). */
  index: number;
  dtype: CheckpointDtype;
  shape: number[];
  /** For an 8-bit weight: its scales [..., G, N]. */
  scales?: { dtype: ScalesDtype; shape: number[] } & ArrayLocation;
}

export type TensorArray = Float32Array | Uint16Array | Int8Array;

/** A tensor's elements: Float32Array for F32, bfloat16 bits for BF16, Int8Array for I8. */
export interface TensorData {
  data: TensorArray;
  dtype: CheckpointDtype;
  shape: number[];
  scales?: { data: Float32Array | Uint16Array; dtype: ScalesDtype; shape: number[] };
}

/** The folder of tensor files, inside a checkpoint directory. */
const CKPT_FOLDER = "ckpt-0"; // checkpoint.py: os.path.join(checkpoint_path, "ckpt-0")
const TENSOR_FILE = /^tensor(\d{5})_(\d{3})$/; // checkpoint.py: f"tensor{i:05d}_{idx:03d}"
/** Largest single read: Node reads at most 2 GiB - 1 bytes per call. */
const READ_CHUNK_BYTES = 1 << 30;
/** How many missing or extra files an error lists by name. */
const LISTED_FILES = 5;

/** A numpy dtype as a checkpoint dtype, if it is one. */
const DTYPES: Readonly<Record<string, CheckpointDtype>> = { f4: "F32", bfloat16: "BF16", i1: "I8" };

function tensorFileName(i: number): string {
  return `tensor${String(i).padStart(5, "0")}_000`;
}

/**
 * The parameter paths in checkpoint order: JAX flattens a dict in sorted key order,
 * first over module paths, then over parameter names. Python compares strings by
 * code point, which for these ASCII names is JavaScript's `<`.
 */
export function checkpointOrder(cfg: LanguageModelConfig): string[] {
  return sortedSpecs(cfg).map((s) => s.path);
}

function sortedSpecs(cfg: LanguageModelConfig): ParamSpec[] {
  const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return [...paramSpecs(cfg)].sort((a, b) => byCodePoint(a.module, b.module) || byCodePoint(a.name, b.name));
}

/** The folder holding the tensor files: `dir/ckpt-0` if there is one, else `dir`. */
function tensorFolder(dir: string): string {
  let isDir: boolean;
  try {
    isDir = statSync(dir).isDirectory();
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new UserError(err.code === "ENOENT" ? `checkpoint directory ${dir} does not exist` : `checkpoint directory ${dir}: ${errnoText(err)}`);
  }
  check(isDir, `checkpoint ${dir} is not a directory`);
  const inner = join(dir, CKPT_FOLDER);
  return existsSync(inner) && statSync(inner).isDirectory() ? inner : dir;
}

function shapeText(shape: readonly number[]): string {
  return `[${shape.join(", ")}]`;
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

/** numpy's name for a dtype code, for messages: f4 → float32, i1 → int8. */
function numpyName(dtype: NpDtype): string {
  const kind: Record<string, string> = { b: "bool", i: "int", u: "uint", f: "float" };
  return dtype.descr === "bfloat16" ? "bfloat16" : `${kind[dtype.descr[0]]}${dtype.descr === "b1" ? "" : 8 * dtype.itemsize}`;
}

export class Checkpoint {
  private constructor(
    /** The folder holding the tensor files. */
    readonly folder: string,
    readonly tensors: ReadonlyMap<string, CheckpointTensor>,
  ) {}

  /**
   * Opens a checkpoint for `cfg`: `dir` is the folder of tensor files or its parent.
   * Reads every file's pickle header (not its data) and checks it against the config.
   */
  static open(dir: string, cfg: LanguageModelConfig): Checkpoint {
    const folder = tensorFolder(dir);
    const specs = sortedSpecs(cfg);
    checkFileSet(folder, specs, cfg);
    const tensors = new Map<string, CheckpointTensor>();
    specs.forEach((spec, i) => tensors.set(spec.path, readHeader(folder, spec, i)));
    return new Checkpoint(folder, tensors);
  }

  /** The tensor at `path` (and its scales if 8-bit), read from its file (into the bytes `into` gives, where given: params.ts ReadTarget). */
  read(path: string, into?: (bytes: number) => Uint8Array): TensorData {
    const t = this.tensors.get(path);
    if (t === undefined) throw new UserError(`checkpoint ${this.folder} has no tensor '${path}'`);
    const fd = openInputFile(t.file);
    try {
      const where = `${t.file} (${path})`;
      const data = readArray(fd, where, t.dtype, t, into);
      if (t.scales === undefined) return { data, dtype: t.dtype, shape: [...t.shape] };
      const scales = readArray(fd, where, t.scales.dtype, t.scales, into) as Float32Array | Uint16Array;
      return { data, dtype: t.dtype, shape: [...t.shape], scales: { data: scales, dtype: t.scales.dtype, shape: [...t.scales.shape] } };
    } finally {
      closeSync(fd);
    }
  }
}

/** Checks that the folder holds exactly tensor00000_000 .. tensor{n-1}_000. */
function checkFileSet(folder: string, specs: ParamSpec[], cfg: LanguageModelConfig): void {
  const present = new Set<number>();
  for (const name of readdirSync(folder)) {
    const m = TENSOR_FILE.exec(name);
    if (!m) continue;
    if (m[2] !== "000")
      throw new UserError(
        `${join(folder, name)}: multi-shard checkpoints (tensor files _001 and up, one per host) are not ` +
          `supported; the released checkpoint has one shard per tensor (_000)`,
      );
    present.add(Number(m[1]));
  }
  const configName = cfg.name ?? "the config";
  check(present.size > 0, `${folder} holds no tensor files (tensor00000_000, ...): is it a Grok-1 checkpoint?`);
  const extra = [...present].filter((i) => i >= specs.length).sort((a, b) => a - b);
  if (extra.length > 0)
    throw new UserError(
      `${folder}: unexpected tensor file${extra.length > 1 ? "s" : ""} ` +
        `${extra.slice(0, LISTED_FILES).map(tensorFileName).join(", ")}${extra.length > LISTED_FILES ? ", ..." : ""} ` +
        `(${extra.length} in all): ${configName} has ${specs.length} parameters, tensor00000_000 to ` +
        `${tensorFileName(specs.length - 1)}. Does the config match the checkpoint?`,
    );
  const missing = specs.map((_, i) => i).filter((i) => !present.has(i));
  if (missing.length > 0)
    throw new UserError(
      `${folder} is missing ${missing.length} of ${specs.length} tensor files: ` +
        missing
          .slice(0, LISTED_FILES)
          .map((i) => `${tensorFileName(i)} (should hold ${specs[i].path}, shape ${shapeText(specs[i].shape)})`)
          .join(", ") +
        (missing.length > LISTED_FILES ? ", ..." : "") +
        `. ${configName} has ${specs.length} parameters: does the config match the checkpoint?`,
    );
}

/** Parses tensor file i and checks it holds `spec`. */
function readHeader(folder: string, spec: ParamSpec, index: number): CheckpointTensor {
  const file = join(folder, tensorFileName(index));
  const where = `${file} (${spec.path})`;
  const value = readPickleFile(file, where);
  if (value instanceof NdArray) {
    const dtype = plainDtype(value.dtype, where);
    checkShape(value.shape, spec.shape, where);
    return { path: spec.path, file, index, dtype, shape: value.shape, offset: value.offset, byteLength: value.byteLength };
  }
  if (value instanceof QuantizedWeight8bit) {
    const scales = checkQuantized(value, spec, where);
    const { weight } = value;
    return { path: spec.path, file, index, dtype: "I8", shape: weight.shape, offset: weight.offset, byteLength: weight.byteLength, scales };
  }
  throw new UserError(`${where}: holds ${describeValue(value)}, not a numpy array or QuantizedWeight8bit`);
}

function plainDtype(dtype: NpDtype, where: string): CheckpointDtype {
  const d = DTYPES[dtype.descr];
  if (d === "I8") throw new UserError(`${where}: an int8 array without scales; 8-bit weights are QuantizedWeight8bit objects`);
  if (d === undefined) throw new UserError(`${where}: dtype ${numpyName(dtype)} is not supported (expected float32 or bfloat16)`);
  return d;
}

function checkShape(shape: number[], expected: number[], where: string): void {
  if (!sameShape(shape, expected))
    throw new UserError(`${where}: shape ${shapeText(shape)}, but the config expects ${shapeText(expected)}`);
}

/** Checks an 8-bit weight: int8 of the spec's shape; scales [..., G, N] with G dividing K. */
function checkQuantized(q: QuantizedWeight8bit, spec: ParamSpec, where: string): CheckpointTensor["scales"] {
  const { weight, scales } = q;
  if (!isQuantizable(spec.kind))
    throw new UserError(`${where}: is an 8-bit QuantizedWeight8bit, but the reference only reads 8-bit weights in Linear and MoE layers`);
  if (DTYPES[weight.dtype.descr] !== "I8")
    throw new UserError(`${where}: QuantizedWeight8bit weight has dtype ${numpyName(weight.dtype)}, expected int8`);
  checkShape(weight.shape, spec.shape, where);
  const scalesDtype = DTYPES[scales.dtype.descr];
  if (scalesDtype !== "F32" && scalesDtype !== "BF16")
    throw new UserError(`${where}: scales have dtype ${numpyName(scales.dtype)}, expected bfloat16 or float32`);
  const w = weight.shape, s = scales.shape, r = w.length;
  const groups = s[r - 2];
  const fits =
    s.length === r && sameShape(s.slice(0, r - 2), w.slice(0, r - 2)) && s[r - 1] === w[r - 1] && groups >= 1 && w[r - 2] % groups === 0;
  if (!fits)
    throw new UserError(
      `${where}: scales of shape ${shapeText(s)} do not fit the weight ${shapeText(w)} ` +
        `(expected [..., G, ${w[r - 1]}] with G dividing ${w[r - 2]})`,
    );
  return { dtype: scalesDtype, shape: s, offset: scales.offset, byteLength: scales.byteLength };
}

/** Reads one array's elements from an open tensor file into a fresh typed array, or into the bytes `into` gives. */
function readArray(fd: number, where: string, dtype: CheckpointDtype, at: ArrayLocation, into?: (bytes: number) => Uint8Array): TensorArray {
  const n = at.byteLength;
  const bytes = into ? into(n) : new Uint8Array(n);
  const { buffer, byteOffset } = bytes;
  const out = dtype === "F32" ? new Float32Array(buffer, byteOffset, n / 4) : dtype === "BF16" ? new Uint16Array(buffer, byteOffset, n / 2) : new Int8Array(buffer, byteOffset, n);
  for (let got = 0; got < n; ) {
    const read = readSync(fd, bytes, got, Math.min(READ_CHUNK_BYTES, n - got), at.offset + got);
    if (read === 0)
      throw new UserError(`${where} is truncated: its data needs bytes ${at.offset} to ${at.offset + n}, but the file ends at ${at.offset + got}`);
    got += read;
  }
  return out;
}
