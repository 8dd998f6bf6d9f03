/**
 * Reading stored arrays from disk by offset, for the streaming loader (streaming.ts):
 * where each array lies (a TensorLocator over a safetensors file or the released
 * checkpoint), plans that read many arrays into one buffer, positioned reads on the
 * calling thread, and a worker thread that reads into shared memory while the calling
 * thread computes.
 */
import { readSync, closeSync } from "node:fs";
import { MessageChannel, type Worker, receiveMessageOnPort, type MessagePort } from "node:worker_threads";
import { UserError } from "../errors.js";
import { openInputFile } from "../files.js";
import { evalWorker } from "../kernels/thread_pool.js";
import type { Checkpoint } from "./checkpoint.js";
import type { StoredData, StoredDtype, StoredTensor } from "./params.js";
import type { SafetensorsFile } from "./safetensors.js";

// ---------------------------------------------------------------------------------------
// Locating stored arrays

/** Where one stored array's bytes lie: raw little-endian elements, row-major. */
export interface StoredArrayExtent {
  file: string;
  /** Byte offset of the first element in `file`. */
  offset: number;
  byteLength: number;
  dtype: StoredDtype;
  shape: number[];
}

/** A stored tensor on disk: its array, and for an 8-bit weight its scales. */
export interface StoredTensorExtent extends StoredArrayExtent {
  scales?: StoredArrayExtent & { dtype: "F32" | "BF16" };
}

/** A weights store that can say where each tensor's bytes are, so a loader can read any slice of them. */
export interface TensorLocator {
  /** Names the store in error messages, e.g. "weights file w.safetensors". */
  readonly description: string;
  /** The extent of the tensor at a haiku path, or undefined if the store has none. */
  locate(path: string): StoredTensorExtent | undefined;
}

/**
 * A safetensors file in our layout (sources.ts): `<path>`, or `<path>.weight` (I8) with
 * `<path>.scales`. `file` may also be one still to be written: its path and tensors.
 */
export function safetensorsLocator(file: Pick<SafetensorsFile, "path" | "has" | "info">): TensorLocator {
  const description = `weights file ${file.path}`;
  const extent = (name: string): StoredArrayExtent => {
    const t = file.info(name);
    return { file: file.path, offset: t.byteOffset, byteLength: t.byteLength, dtype: t.dtype, shape: t.shape };
  };
  return {
    description,
    locate(path) {
      if (file.has(path)) {
        const t = extent(path);
        if (t.dtype === "I8")
          throw new UserError(`${description}: tensor '${path}' is I8; an 8-bit weight is stored as '${path}.weight' (I8) and '${path}.scales'`);
        return t;
      }
      if (!file.has(`${path}.weight`)) return undefined;
      const w = extent(`${path}.weight`);
      if (w.dtype !== "I8") throw new UserError(`${description}: tensor '${path}.weight' must be I8, got ${w.dtype}`);
      if (!file.has(`${path}.scales`)) throw new UserError(`${description}: tensor '${path}.weight' has no '${path}.scales'`);
      const s = extent(`${path}.scales`);
      if (s.dtype === "I8") throw new UserError(`${description}: tensor '${path}.scales' must be F32 or BF16, got I8`);
      return { ...w, scales: { ...s, dtype: s.dtype } };
    },
  };
}

/** The released checkpoint (checkpoint.ts), whose pickle headers give every array's offset. */
export function checkpointLocator(ckpt: Checkpoint): TensorLocator {
  return {
    description: `checkpoint ${ckpt.folder}`,
    locate(path) {
      const t = ckpt.tensors.get(path);
      if (t === undefined) return undefined;
      const main: StoredArrayExtent = { file: t.file, offset: t.offset, byteLength: t.byteLength, dtype: t.dtype, shape: t.shape };
      if (t.scales === undefined) return main;
      const s = t.scales;
      return { ...main, scales: { file: t.file, offset: s.offset, byteLength: s.byteLength, dtype: s.dtype, shape: s.shape } };
    },
  };
}

// ---------------------------------------------------------------------------------------
// Reading arrays into one buffer

export const ELEMENT_BYTES: Readonly<Record<StoredDtype, number>> = { F32: 4, BF16: 2, I8: 1 };

/** Arrays placed in one buffer start at multiples of this (a Float32Array needs 4). */
const PLACEMENT_ALIGN = 64;

/** Largest single read asked of the OS: Node reads at most 2^31 − 1 bytes per call. */
const IO_CHUNK_BYTES = 1 << 30;

/** One read: `byteLength` bytes at `offset` of `file`, to byte `at` of the destination buffer. */
export interface Piece {
  file: string;
  offset: number;
  byteLength: number;
  at: number;
}

/** `pieces` cut at byte total/2 of their concatenation (one piece may be cut in two). */
export function halves(pieces: Piece[], total: number): [Piece[], Piece[]] {
  const first: Piece[] = [], second: Piece[] = [];
  let left = Math.floor(total / 2);
  for (const p of pieces) {
    const n = Math.min(left, p.byteLength);
    if (n > 0) first.push({ ...p, byteLength: n });
    if (n < p.byteLength) second.push({ file: p.file, offset: p.offset + n, byteLength: p.byteLength - n, at: p.at + n });
    left -= n;
  }
  return [first, second];
}

/** A list of arrays to read into one buffer, and where each lands. */
export class ReadPlan {
  readonly pieces: Piece[] = [];
  bytes = 0;

  /** Adds an array; returns its piece. */
  add(a: StoredArrayExtent): Piece {
    const p: Piece = { file: a.file, offset: a.offset, byteLength: a.byteLength, at: this.bytes };
    this.pieces.push(p);
    this.bytes += Math.ceil(a.byteLength / PLACEMENT_ALIGN) * PLACEMENT_ALIGN;
    return p;
  }
}

export function viewOf(buffer: ArrayBufferLike, p: Piece, dtype: StoredDtype): StoredData {
  const n = p.byteLength / ELEMENT_BYTES[dtype];
  switch (dtype) {
    case "F32": return new Float32Array(buffer, p.at, n);
    case "BF16": return new Uint16Array(buffer, p.at, n);
    case "I8": return new Int8Array(buffer, p.at, n);
  }
}

/** The plan that reads `tensors` into one buffer, each followed by its scales (if any). */
export function readPlanFor(tensors: StoredTensorExtent[]): ReadPlan {
  const plan = new ReadPlan();
  for (const t of tensors) {
    plan.add(t);
    if (t.scales) plan.add(t.scales);
  }
  return plan;
}

/** The tensors that readPlanFor(tensors) read into `buffer` (its `pieces`), viewed in place, in order. */
export function storedTensorsIn(tensors: StoredTensorExtent[], buffer: ArrayBufferLike, pieces: Piece[]): StoredTensor[] {
  let p = 0;
  return tensors.map((x) => {
    const t: StoredTensor = { dtype: x.dtype, shape: x.shape, data: viewOf(buffer, pieces[p++], x.dtype) };
    if (x.scales) t.scales = { dtype: x.scales.dtype, shape: x.scales.shape, data: viewOf(buffer, pieces[p++], x.scales.dtype) as Float32Array | Uint16Array };
    return t;
  });
}

/** Positioned reads on the calling thread, one file descriptor per file kept open. */
export class FileReader {
  private readonly fds = new Map<string, number>();

  read(p: Piece, buffer: ArrayBufferLike): void {
    const dst = new Uint8Array(buffer, p.at, p.byteLength);
    const fd = this.fd(p.file);
    for (let done = 0; done < p.byteLength; ) {
      const got = readSync(fd, dst, done, Math.min(IO_CHUNK_BYTES, p.byteLength - done), p.offset + done);
      if (got === 0) throw new UserError(truncatedMessage(p));
      done += got;
    }
  }

  close(): void {
    for (const fd of this.fds.values()) closeSync(fd);
    this.fds.clear();
  }

  private fd(file: string): number {
    let fd = this.fds.get(file);
    if (fd === undefined) this.fds.set(file, (fd = openInputFile(file)));
    return fd;
  }
}

function truncatedMessage(p: Piece): string {
  return `${p.file} ends inside bytes ${p.offset} to ${p.offset + p.byteLength} (was it truncated?)`;
}

// ---------------------------------------------------------------------------------------
// Read-ahead: a worker thread reading into shared memory

/**
 * The worker's source: plain JavaScript, run by thread_pool.ts evalWorker (which defines
 * `load`), so it needs no file of its own at run time. It reads each request's pieces into the request's
 * SharedArrayBuffer, posts {id, error, seconds} on its port, then stores the id in the
 * shared status word and wakes the main thread.
 */
const READER_SOURCE = `
const { parentPort, workerData } = load("node:worker_threads");
const fs = load("node:fs");
const { port, status } = workerData;
const fds = new Map();
function fdOf(file) {
  let fd = fds.get(file);
  if (fd === undefined) fds.set(file, (fd = fs.openSync(file, "r")));
  return fd;
}
parentPort.on("message", ({ id, buffer, pieces }) => {
  const t0 = performance.now();
  let error = null;
  try {
    for (const p of pieces) {
      const dst = new Uint8Array(buffer, p.at, p.byteLength);
      for (let done = 0; done < p.byteLength; ) {
        const got = fs.readSync(fdOf(p.file), dst, done, Math.min(${IO_CHUNK_BYTES}, p.byteLength - done), p.offset + done);
        if (got === 0) throw new Error(p.file + " ends inside bytes " + p.offset + " to " + (p.offset + p.byteLength) + " (was it truncated?)");
        done += got;
      }
    }
  } catch (e) {
    error = String((e && e.message) || e);
  }
  port.postMessage({ id, error, seconds: (performance.now() - t0) / 1000 });
  Atomics.store(status, 0, id);
  Atomics.notify(status, 0);
});
`;

/** Whether a worker thread can write into `buffer`. */
export function isShared(buffer: ArrayBufferLike): buffer is SharedArrayBuffer {
  return typeof SharedArrayBuffer === "function" && buffer instanceof SharedArrayBuffer;
}

/** Waits for `read`, not reporting its failure: for a read whose bytes will not be used. */
export function waitQuietly(reader: BackgroundReader, read: PendingRead): void {
  try {
    reader.wait(read);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
  }
}

/** A read the worker was asked for. */
export interface PendingRead {
  id: number;
  buffer: SharedArrayBuffer;
}

/** One background reader thread. The main thread asks for reads and later waits for them by id. */
export class BackgroundReader {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly status = new Int32Array(new SharedArrayBuffer(4)); // id of the last finished read
  private lastId = 0;
  /** Seconds the worker spent reading. */
  workerSeconds = 0;

  constructor() {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = evalWorker(READER_SOURCE, { workerData: { port: port2, status: this.status }, transferList: [port2] });
    this.worker.unref(); // an idle reader keeps no process alive
  }

  /** Starts reading `pieces` into `into`: a shared buffer, or a new one of that many bytes. */
  start(pieces: Piece[], into: number | SharedArrayBuffer): PendingRead {
    const buffer = typeof into === "number" ? new SharedArrayBuffer(into) : into;
    const read: PendingRead = { id: ++this.lastId, buffer };
    this.worker.postMessage({ id: read.id, buffer: read.buffer, pieces });
    return read;
  }

  /** Blocks until `read` is done; its buffer then holds the bytes. Reads finish in order. */
  wait(read: PendingRead): SharedArrayBuffer {
    for (let done = Atomics.load(this.status, 0); done < read.id; done = Atomics.load(this.status, 0)) {
      Atomics.wait(this.status, 0, done);
    }
    for (;;) {
      const m = receiveMessageOnPort(this.port)?.message as { id: number; error: string | null; seconds: number } | undefined;
      if (m === undefined) throw new Error(`internal: read-ahead ${read.id} finished without a report`);
      this.workerSeconds += m.seconds;
      if (m.error !== null && m.id === read.id) throw new UserError(`read-ahead: ${m.error}`);
      if (m.id === read.id) return read.buffer;
    }
  }

  async close(): Promise<void> {
    this.port.close();
    await this.worker.terminate();
  }
}
