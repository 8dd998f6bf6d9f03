/**
 * Reading and writing safetensors files, the weight format of grok1.ts.
 *
 * Mirrors nothing in the reference: xai-org/grok-1 ships its checkpoint as pickled
 * JAX arrays. We convert it once to safetensors, Hugging Face's format, which a
 * loader can read tensor by tensor without running any code from the file.
 *
 * Layout of a file:
 *
 *   [0, 8)          N, the header's byte length, a little-endian u64
 *   [8, 8 + N)      the header: a UTF-8 JSON object
 *                     { "<tensor name>": { "dtype": "F32", "shape": [..], "data_offsets": [begin, end] },
 *                       ...,
 *                       "__metadata__": { "<key>": "<value>", ... } }   (optional)
 *   [8 + N, EOF)    the data section; a tensor's bytes are [8 + N + begin, 8 + N + end),
 *                   row-major, little-endian.
 *
 * The reader accepts gaps between tensors and padding at the end. The writer produces
 * what the format's own library produces and requires: the header padded with spaces
 * so the data section starts at a multiple of 8 bytes, then the tensors back to back.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import { check, showValue as describe, UserError } from "../errors.js";
import {
  WATCHED_WRITE_BYTES, checkFreeSpace, checkOutputPath, createTempBeside, errnoText, isSystemError, openInputFile, watchTemp,
} from "../files.js";
import { bf16BitsToF32Array, f16BitsToF32Array } from "../dtype.js";
import { duplicateKey, nonIntegerNumber } from "../json.js";

/** The dtypes grok1.ts writes, and reads as weights and traces. */
export type SafetensorsDtype = "F32" | "BF16" | "I8";

/**
 * Also read where a file holds another runtime's activations (`compare`): half and double
 * precision, which a PyTorch or NumPy runtime may write.
 */
export type ReadableDtype = SafetensorsDtype | "F16" | "F64";

/** What grok1.ts writes, and reads as weights (`SafetensorsFile.open`). */
const WRITTEN_DTYPES: readonly SafetensorsDtype[] = ["F32", "BF16", "I8"];

/** The float dtypes of an activation file (`SafetensorsFile.openActivations`). */
const ACTIVATION_DTYPES: readonly ReadableDtype[] = ["F32", "BF16", "F16", "F64"];

export interface TensorInfo<D extends ReadableDtype = SafetensorsDtype> {
  name: string;
  dtype: D;
  shape: number[];
  /** Where the tensor's bytes start, counted from the start of the file. */
  byteOffset: number;
  byteLength: number;
}

/** A tensor's elements: F32 as Float32Array, BF16 as its raw bits, I8 as Int8Array. */
export type TensorData = Float32Array | Uint16Array | Int8Array;

/** Bytes per element of each dtype we read. */
const DTYPE_SIZE: ReadonlyMap<ReadableDtype, number> = new Map([
  ["F32", 4],
  ["BF16", 2],
  ["I8", 1],
  ["F16", 2],
  ["F64", 8],
]);

/** Every dtype the safetensors format defines (its Rust crate's `Dtype` enum). */
const FORMAT_DTYPES: ReadonlySet<string> = new Set([
  "BOOL", "F4", "F6_E2M3", "F6_E3M2", "U8", "I8", "F8_E5M2", "F8_E4M3", "F8_E8M0",
  "F8_E4M3FNUZ", "F8_E5M2FNUZ", "I16", "U16", "F16", "BF16", "I32", "U32", "F32",
  "C64", "F64", "I64", "U64",
]);

/** Bytes of the u64 header length that opens every file. */
const LENGTH_PREFIX_BYTES = 8;

/** Largest header we accept: 100 MB, the limit of the format's Rust crate (MAX_HEADER_SIZE). */
const MAX_HEADER_BYTES = 100_000_000;

/** The header is padded with spaces to a multiple of this, so the data section is aligned. */
const HEADER_ALIGNMENT = 8;

/** The header key that holds free-form string metadata instead of a tensor. */
const METADATA_KEY = "__metadata__";

/** Largest single read or write we ask of the OS (Node refuses more than 2^31 - 1 bytes). */
const IO_CHUNK_BYTES = 1 << 30;

/** Tensor bytes are little-endian; typed arrays use the machine's byte order. */
function assertLittleEndian(): void {
  if (os.endianness() !== "LE") throw new Error("grok1.ts reads and writes safetensors on little-endian machines only");
}

/** The number of elements of a tensor of `shape` (1 for a scalar, shape []), as a BigInt so it cannot overflow. */
function elementCount(shape: readonly number[]): bigint {
  return shape.reduce((n, d) => n * BigInt(d), 1n);
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function isDim(x: unknown): x is number {
  return Number.isSafeInteger(x) && (x as number) >= 0;
}

/** A safetensors file opened for reading: its header parsed and checked, its data read on demand. */
export class SafetensorsFile<D extends ReadableDtype = SafetensorsDtype> {
  readonly path: string;
  /** Every tensor, in the order of its bytes in the file. */
  readonly tensors: ReadonlyMap<string, TensorInfo<D>>;
  readonly metadata: Record<string, string>;
  private fd: number | null;

  private constructor(path: string, fd: number, tensors: Map<string, TensorInfo<D>>, metadata: Record<string, string>) {
    this.path = path;
    this.fd = fd;
    this.tensors = tensors;
    this.metadata = metadata;
  }

  /**
   * Opens `path` and reads and validates its header; tensor data is left on disk. Its
   * tensors must be F32, BF16 or I8 (weights, traces).
   */
  static open(path: string): SafetensorsFile {
    return SafetensorsFile.openWith(path, WRITTEN_DTYPES, "weights and in the traces it writes; grok1 compare also reads F16 and F64 activations");
  }

  /** Opens a file of another runtime's activations: float tensors of any precision, read with `readFloat32`. */
  static openActivations(path: string): SafetensorsFile<ReadableDtype> {
    return SafetensorsFile.openWith(path, ACTIVATION_DTYPES, "activations to compare");
  }

  /** `accept`: the dtypes its tensors may have, for files of `kind` (named in the error). */
  private static openWith<D extends ReadableDtype>(path: string, accept: readonly D[], kind: string): SafetensorsFile<D> {
    assertLittleEndian();
    const fd = openInputFile(path);
    try {
      const { tensors, metadata } = readHeader(path, fd, { accept, kind });
      return new SafetensorsFile(path, fd, tensors, metadata);
    } catch (e) {
      fs.closeSync(fd);
      throw e;
    }
  }

  has(name: string): boolean {
    return this.tensors.has(name);
  }

  info(name: string): TensorInfo<D> {
    const info = this.tensors.get(name);
    if (info === undefined) throw new UserError(`${this.path}: no tensor named ${describe(name)} (${this.listNames()})`);
    return info;
  }

  /**
   * Reads one tensor's bytes, and only those, into a freshly allocated (so aligned) typed
   * array, or into the bytes `into` gives (params.ts ReadTarget: aligned too).
   */
  read(name: string, into?: (bytes: number) => Uint8Array): TensorData {
    const info = this.info(name);
    if (info.dtype === "F16" || info.dtype === "F64") throw new Error(`${info.dtype} tensors are read with readFloat32`);
    return typedArray(info.dtype as SafetensorsDtype, this.readBytes(info, into));
  }

  /**
   * One float tensor as float32: F32 as stored, BF16 and F16 widened exactly, F64 rounded
   * to nearest (a value past float32's range becomes ±Infinity, as a cast would make it).
   */
  readFloat32(name: string): Float32Array {
    const info = this.info(name);
    const bytes = this.readBytes(info);
    const { buffer, byteOffset, byteLength } = bytes;
    switch (info.dtype) {
      case "F32": return new Float32Array(buffer, byteOffset, byteLength / 4);
      case "BF16": return bf16BitsToF32Array(new Uint16Array(buffer, byteOffset, byteLength / 2));
      case "F16": return f16BitsToF32Array(new Uint16Array(buffer, byteOffset, byteLength / 2));
      case "F64": return Float32Array.from(new Float64Array(buffer, byteOffset, byteLength / 8));
      default: throw new UserError(`${this.path}: tensor ${describe(name)} is ${info.dtype}, not a float tensor`);
    }
  }

  /** Reads a tensor's bytes, and only those. */
  private readBytes(info: TensorInfo<D>, into?: (bytes: number) => Uint8Array): Uint8Array {
    check(this.fd !== null, `${this.path}: cannot read tensor ${describe(info.name)}, the file was closed`);
    const bytes = into ? into(info.byteLength) : new Uint8Array(info.byteLength);
    readExactly(this.path, this.fd, info.byteOffset, bytes, `tensor ${describe(info.name)}`);
    return bytes;
  }

  close(): void {
    if (this.fd !== null) fs.closeSync(this.fd);
    this.fd = null;
  }

  /** A short list of the file's tensor names, for error messages. */
  private listNames(): string {
    const SHOWN = 8;
    const names = [...this.tensors.keys()];
    if (names.length === 0) return "it has no tensors";
    const shown = names.slice(0, SHOWN).map(describe).join(", ");
    return `it has ${names.length}: ${shown}${names.length > SHOWN ? ", ..." : ""}`;
  }
}

/** Views `bytes` as the typed array of `dtype`. */
function typedArray(dtype: SafetensorsDtype, bytes: Uint8Array): TensorData {
  const { buffer, byteOffset, byteLength } = bytes;
  switch (dtype) {
    case "F32": return new Float32Array(buffer, byteOffset, byteLength / 4);
    case "BF16": return new Uint16Array(buffer, byteOffset, byteLength / 2);
    case "I8": return new Int8Array(buffer, byteOffset, byteLength);
  }
}

/** Reads exactly `bytes.length` bytes at `position` into `bytes` (a fresh buffer if a length is given), or fails naming `what`. */
function readExactly(path: string, fd: number, position: number, bytes: Uint8Array | number, what: string): ArrayBuffer {
  const dst = typeof bytes === "number" ? new Uint8Array(bytes) : bytes;
  const length = dst.length;
  for (let done = 0; done < length; ) {
    const got = fs.readSync(fd, dst, done, Math.min(IO_CHUNK_BYTES, length - done), position + done);
    check(got > 0, `${path}: the file ends inside its ${what} (was it truncated?)`);
    done += got;
  }
  return dst.buffer as ArrayBuffer;
}

function readHeader<D extends ReadableDtype>(
  path: string, fd: number, dtypes: AcceptedDtypes<D>,
): { tensors: Map<string, TensorInfo<D>>; metadata: Record<string, string> } {
  const fileSize = fs.fstatSync(fd).size;
  check(fileSize >= LENGTH_PREFIX_BYTES,
    `${path}: not a safetensors file: ${fileSize} bytes, shorter than the ${LENGTH_PREFIX_BYTES}-byte header length`);

  const prefix = readExactly(path, fd, 0, LENGTH_PREFIX_BYTES, "header length");
  const headerLength = new DataView(prefix).getBigUint64(0, true);
  check(headerLength <= BigInt(MAX_HEADER_BYTES),
    `${path}: header length ${headerLength} is over the ${MAX_HEADER_BYTES}-byte limit (not a safetensors file?)`);
  const N = Number(headerLength);
  check(LENGTH_PREFIX_BYTES + N <= fileSize,
    `${path}: header length ${N} runs past the end of the ${fileSize}-byte file (truncated, or not a safetensors file?)`);

  const { header, text } = parseHeaderJson(path, new Uint8Array(readExactly(path, fd, LENGTH_PREFIX_BYTES, N, "header")));
  const dataStart = LENGTH_PREFIX_BYTES + N;
  const dataLength = fileSize - dataStart;

  let metadata: Record<string, string> = {};
  const tensors: TensorInfo<D>[] = [];
  for (const [name, entry] of Object.entries(header)) {
    if (name === METADATA_KEY) metadata = parseMetadata(path, entry);
    else tensors.push(parseTensorEntry(path, name, entry, dataStart, dataLength, dtypes));
  }
  // Shapes and offsets are unsigned integers in the format (the Rust crate refuses `512.0`):
  // every value passed the checks above, so only how one is written can be wrong here.
  const odd = nonIntegerNumber(text);
  if (odd) {
    const [name, ...field] = odd.path;
    const at = name === undefined ? "the header" : field.length ? `tensor ${describe(name)}: ${describe(field.join("."))}` : `tensor ${describe(name)}`;
    throw new UserError(`${path}: ${at} holds the number ${odd.token}; safetensors shapes and offsets are written as non-negative integers`);
  }
  tensors.sort((a, b) => a.byteOffset - b.byteOffset);
  const nonEmpty = tensors.filter((t) => t.byteLength > 0); // an empty range overlaps nothing
  for (let i = 1; i < nonEmpty.length; i++) {
    const prev = nonEmpty[i - 1], cur = nonEmpty[i];
    check(cur.byteOffset >= prev.byteOffset + prev.byteLength,
      () => `${path}: tensors ${describe(prev.name)} and ${describe(cur.name)} overlap in the data section`);
  }
  return { tensors: new Map(tensors.map((t) => [t.name, t])), metadata };
}

function parseHeaderJson(path: string, bytes: Uint8Array): { header: Record<string, unknown>; text: string } {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(`${path}: the header is not valid UTF-8`);
  }
  let header: unknown;
  try {
    header = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${path}: the header is not valid JSON: ${(e as Error).message}`);
  }
  check(isPlainObject(header), `${path}: the header is JSON but not an object`);
  // The format's README: the header "MUST begin with a { character"; JSON.parse would also
  // take leading white space, and TextDecoder drops a byte order mark.
  check(bytes[0] === 0x7b, () => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
    ? `${path}: the header starts with a UTF-8 byte order mark; safetensors headers start with "{"`
    : `${path}: the header starts with byte 0x${bytes[0].toString(16).padStart(2, "0")}, not "{" (not a safetensors file?)`);
  const twice = duplicateKey(text); // JSON.parse would keep the last silently
  if (twice) {
    if (twice.length === 1) throw new UserError(`${path}: tensor ${describe(twice[0])} is listed twice in the header`);
    throw new UserError(`${path}: the header entry of ${describe(twice[0])} gives ${describe(twice.slice(1).join("."))} twice`);
  }
  return { header, text };
}

function parseMetadata(path: string, entry: unknown): Record<string, string> {
  check(isPlainObject(entry), `${path}: "${METADATA_KEY}" must be an object of strings, found ${describe(entry)}`);
  for (const [key, value] of Object.entries(entry)) {
    check(typeof value === "string",
      () => `${path}: "${METADATA_KEY}" entry ${describe(key)} must be a string, found ${describe(value)}`);
  }
  return entry as Record<string, string>;
}

/** The dtypes a file's tensors may have, and what to call such files in an error. */
interface AcceptedDtypes<D extends ReadableDtype> {
  accept: readonly D[];
  kind: string;
}

/** Checks one header entry against the data section [dataStart, dataStart + dataLength) of the file. */
function parseTensorEntry<D extends ReadableDtype>(
  path: string, name: string, entry: unknown, dataStart: number, dataLength: number, dtypes: AcceptedDtypes<D>,
): TensorInfo<D> {
  const where = `${path}: tensor ${describe(name)}`;
  check(isPlainObject(entry), `${where}: header entry must be an object, found ${describe(entry)}`);
  const { dtype, shape, data_offsets: offsets } = entry;

  check(typeof dtype === "string", `${where}: "dtype" must be a string, found ${describe(dtype)}`);
  check(FORMAT_DTYPES.has(dtype), `${where}: unknown dtype ${describe(dtype)}`);
  check((dtypes.accept as readonly string[]).includes(dtype),
    `${where}: unsupported dtype ${dtype} (grok1.ts reads ${dtypes.accept.join(", ")} in ${dtypes.kind})`);
  const size = DTYPE_SIZE.get(dtype as D)!;

  check(Array.isArray(shape) && shape.every(isDim),
    `${where}: "shape" must be an array of non-negative integers, found ${describe(shape)}`);
  const twoIntegers = Array.isArray(offsets) && offsets.length === 2 && offsets.every((x) => Number.isInteger(x) && x >= 0);
  check(twoIntegers && offsets.every(isDim),
    twoIntegers
      ? `${where}: "data_offsets" ${describe(offsets)} are beyond 2^53 bytes, past the end of any file`
      : `${where}: "data_offsets" must be [begin, end], two non-negative integers, found ${describe(offsets)}`);
  const [begin, end] = offsets as [number, number];
  check(begin <= end, `${where}: data_offsets [${begin}, ${end}] begin after they end`);
  check(end <= dataLength,
    `${where}: data_offsets [${begin}, ${end}] run past the end of the ${dataLength}-byte data section (truncated file?)`);
  const expected = elementCount(shape) * BigInt(size);
  check(BigInt(end - begin) === expected,
    `${where}: data_offsets [${begin}, ${end}] hold ${end - begin} bytes, but ${dtype} [${shape.join(", ")}] needs ${expected}`);

  return { name, dtype: dtype as D, shape: [...shape], byteOffset: dataStart + begin, byteLength: end - begin };
}

/** A tensor to write: its data comes later, from the `produce` callback. */
export interface TensorToWrite {
  name: string;
  dtype: SafetensorsDtype;
  shape: number[];
}

/**
 * Writes a safetensors file holding `tensors`, in the given order, back to back.
 *
 * Atomic: writes a temporary file in the same directory, then renames it to `path`; on
 * any error the temporary file is removed and nothing appears at `path`. Errors from the
 * OS (a directory at `path`, a full disk) are UserErrors naming `path`.
 * `produce(t)` is called once per tensor, in order, so a caller can generate the data
 * tensor by tensor and write files larger than memory.
 */
export function writeSafetensors(
  path: string,
  tensors: TensorToWrite[],
  produce: (t: TensorToWrite) => TensorData,
  metadata?: Record<string, string>,
): void {
  assertLittleEndian();
  const header = encodeHeader(path, tensors, metadata);
  const prefix = new Uint8Array(LENGTH_PREFIX_BYTES);
  new DataView(prefix.buffer).setBigUint64(0, BigInt(header.length), true);

  checkOutputPath(path);
  const bytes = prefix.length + header.length + tensors.reduce((n, t) => n + Number(elementCount(t.shape)) * DTYPE_SIZE.get(t.dtype)!, 0); // checked by encodeHeader
  checkFreeSpace(path, bytes);
  const { tmp, fd } = osCall(path, () => createTempBeside(path));
  const watcher = bytes >= WATCHED_WRITE_BYTES ? watchTemp(tmp) : undefined;
  let closed = false;
  try {
    writeAll(path, fd, prefix);
    writeAll(path, fd, header);
    for (const t of tensors) {
      const data = produce(t);
      checkProduced(path, t, data);
      writeAll(path, fd, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    }
    osCall(path, () => fs.fsyncSync(fd));
    fs.closeSync(fd);
    closed = true;
    osCall(path, () => fs.renameSync(tmp, path));
  } catch (e) {
    if (!closed) fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw e;
  } finally {
    watcher?.stop();
  }
}

/** Runs a file operation for writing `path`; a failure (a full disk, a directory in the way) is a UserError naming `path`, not the temporary file. */
function osCall<T>(path: string, op: () => T): T {
  try {
    return op();
  } catch (e) {
    throw isSystemError(e) ? new UserError(`cannot write ${path}: ${errnoText(e)}`) : e;
  }
}

function writeAll(path: string, fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length; ) {
    done += osCall(path, () => fs.writeSync(fd, bytes, done, Math.min(IO_CHUNK_BYTES, bytes.length - done)));
  }
}

/** The header's UTF-8 bytes, padded with spaces so that the data section starts aligned. */
function encodeHeader(path: string, tensors: readonly TensorToWrite[], metadata?: Record<string, string>): Uint8Array {
  // Built by hand, not with JSON.stringify of one object: a JS object would move
  // integer-like tensor names ("0", "1") to the front, out of the given order.
  const entries: string[] = [];
  if (metadata !== undefined) {
    for (const [key, value] of Object.entries(metadata)) {
      check(typeof value === "string", () => `${path}: metadata ${describe(key)} must be a string, got ${describe(value)}`);
    }
    entries.push(`${JSON.stringify(METADATA_KEY)}:${JSON.stringify(metadata)}`);
  }
  const seen = new Set<string>();
  let offset = 0;
  for (const t of tensors) {
    const where = `${path}: tensor ${describe(t.name)}`;
    check(t.name !== METADATA_KEY, `${where}: this name is reserved for the metadata`);
    check(!seen.has(t.name), `${where}: listed twice`);
    seen.add(t.name);
    const size = WRITTEN_DTYPES.includes(t.dtype) ? DTYPE_SIZE.get(t.dtype) : undefined;
    check(size !== undefined, `${where}: cannot write dtype ${describe(t.dtype)}`);
    check(Array.isArray(t.shape) && t.shape.every(isDim), `${where}: bad shape ${describe(t.shape)}`);
    const byteLength = Number(elementCount(t.shape)) * size;
    const end = offset + byteLength;
    check(Number.isSafeInteger(end), `${where}: the file would exceed 2^53 bytes`);
    entries.push(`${JSON.stringify(t.name)}:${JSON.stringify({ dtype: t.dtype, shape: t.shape, data_offsets: [offset, end] })}`);
    offset = end;
  }
  const json = Buffer.from(`{${entries.join(",")}}`, "utf8");
  const padded = Math.ceil(json.length / HEADER_ALIGNMENT) * HEADER_ALIGNMENT;
  const header = new Uint8Array(padded).fill(0x20); // ' '
  header.set(json);
  return header;
}

/** Checks that `produce` returned the typed array and element count that `t` declares. */
function checkProduced(path: string, t: TensorToWrite, data: TensorData): void {
  const where = `${path}: tensor ${describe(t.name)}`;
  const expectedType = { F32: Float32Array, BF16: Uint16Array, I8: Int8Array }[t.dtype];
  check(data instanceof expectedType,
    () => `${where}: ${t.dtype} data must be a ${expectedType.name}, got ${(data as object)?.constructor?.name ?? describe(data)}`);
  const expected = Number(elementCount(t.shape));
  check(data.length === expected,
    `${where}: shape [${t.shape.join(", ")}] has ${expected} elements, but the data has ${data.length}`);
}
