/**
 * A safe reader for the Python pickles of the released Grok-1 checkpoint.
 *
 * The reference's checkpoint.py loads each `ckpt-0/tensorNNNNN_000` file with
 * `pickle.load`, which runs whatever the file asks for. This reader never runs
 * anything: it interprets only the opcodes and the globals that numpy arrays and
 * the `QuantizedWeight8bit` dataclass pickle into, and refuses everything else with
 * a UserError naming the file, the byte offset and the opcode or global.
 *
 * What those files contain (see checkpoint.ts for the sources of these facts):
 * - protocol 4 (`0x80 0x04`, Python's default since 3.8), in FRAMEs;
 * - a numpy array as numpy 1.x reduces it: `numpy.core.multiarray._reconstruct(
 *   numpy.ndarray, (0,), b'b')`, then BUILD with the state `(1, shape, dtype,
 *   is_fortran, raw_bytes)`; the raw bytes are one BINBYTES (BINBYTES8 past 4 GiB)
 *   holding the C-order little-endian elements;
 * - a dtype as `numpy.dtype('f4' | 'i1', False, True)` then BUILD `(3, byteorder,
 *   None, None, None, -1, -1, 0)`; bfloat16 as `numpy.dtype(ml_dtypes.bfloat16,
 *   False, True)`, the class itself named by a global, state `(3, '<', ..., 2, 2, flags)`;
 * - `__main__.QuantizedWeight8bit` as NEWOBJ with no arguments, then BUILD with the
 *   dict `{'weight': int8 array, 'scales': array}`.
 * Also read: numpy 2's module names (`numpy._core...`), protocol 3 (GLOBAL and
 * BINPUT instead of STACK_GLOBAL and MEMOIZE), and protocol 5's in-band
 * `numpy._core.numeric._frombuffer(bytearray, dtype, shape, order)`.
 *
 * Array bytes are never copied here: an array records the byte offset and length of
 * its raw data inside the file, so a loader can read it later by offset. Parsing a
 * 2 GB expert file reads only its few hundred bytes of opcodes.
 */
import { closeSync, fstatSync, readSync } from "node:fs";
import { UserError, showValue } from "../errors.js";
import { openInputFile } from "../files.js";

// ---------------------------------------------------------------------------
// Values

/** A bytes/bytearray object: where its contents lie in the source (they are not read). */
export class PyBytes {
  constructor(
    readonly offset: number,
    readonly byteLength: number,
  ) {}
}

/** A global (module attribute) that the allow-list let through. */
export class PyGlobal {
  constructor(
    readonly module: string,
    readonly name: string,
    readonly kind: GlobalKind,
  ) {}
  get qualifiedName(): string {
    return `${this.module}.${this.name}`;
  }
}

/** A numpy dtype: `descr` is numpy's kind+size code (`f4`, `i1`) or `bfloat16`. */
export class NpDtype {
  constructor(
    readonly descr: string,
    readonly itemsize: number,
    /** `<` little-endian, `|` not applicable (1-byte types), `=` never given a state. */
    readonly byteorder: "<" | "|" | "=",
  ) {}
}

/** A C-order numpy array whose elements lie at `offset` in the source, little-endian. */
export class NdArray {
  constructor(
    readonly dtype: NpDtype,
    readonly shape: number[],
    readonly offset: number,
    readonly byteLength: number,
  ) {}
}

/** model.py's QuantizedWeight8bit: int8 `weight` and its `scales`. */
export class QuantizedWeight8bit {
  constructor(
    readonly weight: NdArray,
    readonly scales: NdArray,
  ) {}
}

/** An object created by REDUCE or NEWOBJ that has not had its BUILD yet. */
class Pending {
  constructor(readonly what: "array" | "QuantizedWeight8bit") {}
}

/** A Python value as this reader builds it: tuples are arrays, dicts are Maps. */
export type PyValue =
  | null
  | boolean
  | number
  | string
  | PyBytes
  | PyGlobal
  | NpDtype
  | NdArray
  | QuantizedWeight8bit
  | Pending
  | readonly PyValue[]
  | Map<string, PyValue>;

// ---------------------------------------------------------------------------
// The allow-list of globals

export type GlobalKind = "reconstruct" | "frombuffer" | "ndarray" | "dtype" | "bfloat16" | "QuantizedWeight8bit";

/** Every global a checkpoint pickle may name, and what it stands for. */
const ALLOWED_GLOBALS: Readonly<Record<string, GlobalKind>> = {
  "numpy.core.multiarray._reconstruct": "reconstruct", // numpy 1.x, protocols 2-4
  "numpy._core.multiarray._reconstruct": "reconstruct", // numpy 2.x
  "numpy.core.numeric._frombuffer": "frombuffer", // numpy 1.x, protocol 5
  "numpy._core.numeric._frombuffer": "frombuffer", // numpy 2.x, protocol 5
  "numpy.ndarray": "ndarray",
  "numpy.dtype": "dtype",
  "ml_dtypes.bfloat16": "bfloat16",
  "__main__.QuantizedWeight8bit": "QuantizedWeight8bit", // checkpoint.py puts the class in __main__
};

// ---------------------------------------------------------------------------
// Opcodes (Python's Lib/pickletools.py documents each)

const OP = {
  PROTO: 0x80,
  FRAME: 0x95,
  STOP: 0x2e,
  MARK: 0x28,
  EMPTY_TUPLE: 0x29,
  TUPLE: 0x74,
  TUPLE1: 0x85,
  TUPLE2: 0x86,
  TUPLE3: 0x87,
  EMPTY_DICT: 0x7d,
  SETITEMS: 0x75,
  NONE: 0x4e,
  NEWTRUE: 0x88,
  NEWFALSE: 0x89,
  BININT: 0x4a,
  BININT1: 0x4b,
  BININT2: 0x4d,
  SHORT_BINUNICODE: 0x8c,
  BINUNICODE: 0x58,
  SHORT_BINBYTES: 0x43,
  BINBYTES: 0x42,
  BINBYTES8: 0x8e,
  BYTEARRAY8: 0x96,
  GLOBAL: 0x63,
  STACK_GLOBAL: 0x93,
  REDUCE: 0x52,
  BUILD: 0x62,
  NEWOBJ: 0x81,
  MEMOIZE: 0x94,
  BINPUT: 0x71,
  LONG_BINPUT: 0x72,
  BINGET: 0x68,
  LONG_BINGET: 0x6a,
} as const;

/** The other pickle opcodes: refused, but named in the error. */
const REFUSED_OPCODES: Readonly<Record<number, string>> = {
  0x49: "INT", 0x4c: "LONG", 0x53: "STRING", 0x54: "BINSTRING", 0x55: "SHORT_BINSTRING",
  0x56: "UNICODE", 0x46: "FLOAT", 0x47: "BINFLOAT", 0x8a: "LONG1", 0x8b: "LONG4",
  0x8d: "BINUNICODE8", 0x5d: "EMPTY_LIST", 0x6c: "LIST", 0x61: "APPEND", 0x65: "APPENDS",
  0x64: "DICT", 0x73: "SETITEM", 0x8f: "EMPTY_SET", 0x90: "ADDITEMS", 0x91: "FROZENSET",
  0x30: "POP", 0x31: "POP_MARK", 0x32: "DUP", 0x67: "GET", 0x70: "PUT", 0x69: "INST",
  0x6f: "OBJ", 0x92: "NEWOBJ_EX", 0x50: "PERSID", 0x51: "BINPERSID", 0x82: "EXT1",
  0x83: "EXT2", 0x84: "EXT4", 0x97: "NEXT_BUFFER", 0x98: "READONLY_BUFFER",
};

const OPCODE_NAMES: Readonly<Record<number, string>> = {
  ...REFUSED_OPCODES,
  ...Object.fromEntries(Object.entries(OP).map(([name, code]) => [code, name])),
};

function opcodeName(code: number): string {
  return OPCODE_NAMES[code] ?? "not a pickle opcode";
}

/** Protocols read: 3 (Python 3.0-3.7's default) to 5. Protocol 2 stores bytes as latin-1 text. */
const MIN_PROTOCOL = 3;
const MAX_PROTOCOL = 5;
/** How much of the source one read brings in while decoding opcodes. */
const WINDOW_BYTES = 4096;
/** Longest string or GLOBAL line accepted: names and dtype codes are short. */
const MAX_STRING_BYTES = 1024;

// ---------------------------------------------------------------------------
// Sources

/** Random-access bytes: a file, or an array in memory. */
export interface ByteSource {
  readonly size: number;
  /** Up to `length` bytes from `offset`; fewer only at the end of the source. */
  read(offset: number, length: number): Uint8Array;
}

export function memorySource(bytes: Uint8Array): ByteSource {
  return { size: bytes.length, read: (offset, length) => bytes.subarray(offset, offset + length) };
}

/** A source over an open file descriptor; reads only what is asked for. */
export function fileSource(fd: number): ByteSource {
  const size = fstatSync(fd).size;
  return {
    size,
    read(offset, length) {
      const buf = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
      let got = 0;
      while (got < buf.length) {
        const n = readSync(fd, buf, got, buf.length - got, offset + got);
        if (n === 0) break;
        got += n;
      }
      return buf.subarray(0, got);
    },
  };
}

/** Parses the pickle in `file`; `name` (default: the file) is how errors refer to it. */
export function readPickleFile(file: string, name = file): PyValue {
  const fd = openInputFile(file, name);
  try {
    return parsePickle(fileSource(fd), name);
  } finally {
    closeSync(fd);
  }
}

/** Parses one pickle from `src`; `name` (a file name) is how errors refer to it. */
export function parsePickle(src: ByteSource, name: string): PyValue {
  return new Machine(src, name).run();
}

// ---------------------------------------------------------------------------
// The machine

const utf8 = new TextDecoder("utf-8", { fatal: true });

class Machine {
  private pos = 0;
  private window: Uint8Array = new Uint8Array(0);
  private windowStart = 0;
  private opStart = 0;
  private opCode = -1;
  private readonly stack: PyValue[] = [];
  /** Stack heights at each MARK. */
  private readonly marks: number[] = [];
  private readonly memo = new Map<number, PyValue>();

  constructor(
    private readonly src: ByteSource,
    private readonly name: string,
  ) {}

  run(): PyValue {
    this.readProto();
    for (;;) {
      this.opStart = this.pos;
      this.opCode = this.u8();
      if (this.opCode === OP.STOP) return this.stop();
      this.step(this.opCode);
    }
  }

  // --- errors ---------------------------------------------------------------

  private fail(message: string): never {
    const op = `opcode ${hex(this.opCode)} ${opcodeName(this.opCode)}`;
    throw new UserError(`${this.name}: byte ${this.opStart} (${op}): ${message}`);
  }

  private truncated(what: string, end: number): never {
    throw new UserError(
      `${this.name} is truncated: ${what} at byte ${this.opStart} needs the file to reach byte ${end}, ` +
        `but it has ${this.src.size} bytes`,
    );
  }

  // --- reading the source ---------------------------------------------------

  /** The next n bytes (n small), as a view that is valid until the next read. */
  private take(n: number, what = "this opcode"): Uint8Array {
    const end = this.pos + n;
    if (end > this.src.size) this.truncated(what, end);
    if (this.pos < this.windowStart || end > this.windowStart + this.window.length) {
      this.windowStart = this.pos;
      this.window = this.src.read(this.pos, Math.max(n, WINDOW_BYTES));
      if (this.window.length < n) this.truncated(what, end);
    }
    const at = this.pos - this.windowStart;
    this.pos = end;
    return this.window.subarray(at, at + n);
  }

  private u8(): number {
    return this.take(1)[0];
  }

  private uint(n: 2 | 4 | 8): number {
    const b = this.take(n);
    let v = 0;
    for (let i = n - 1; i >= 0; i--) v = v * 256 + b[i];
    if (!Number.isSafeInteger(v)) this.fail(`${v} is too large a length`);
    return v;
  }

  private int32(): number {
    const b = this.take(4);
    return b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24);
  }

  private text(n: number): string {
    if (n > MAX_STRING_BYTES) this.fail(`a ${n}-byte string is longer than any this format uses`);
    const bytes = this.take(n, "a string");
    try {
      return utf8.decode(bytes);
    } catch {
      return this.fail("string is not valid UTF-8");
    }
  }

  /** A GLOBAL argument: text up to a newline. */
  private line(): string {
    const bytes: number[] = [];
    for (let b = this.u8(); b !== 0x0a; b = this.u8()) {
      if (bytes.length >= MAX_STRING_BYTES) this.fail("GLOBAL name is too long");
      bytes.push(b);
    }
    try {
      return utf8.decode(Uint8Array.from(bytes));
    } catch {
      return this.fail("GLOBAL name is not valid UTF-8");
    }
  }

  /** A bytes payload of n bytes: recorded by offset, skipped without reading. */
  private payload(n: number): PyBytes {
    const offset = this.pos;
    if (offset + n > this.src.size) this.truncated(`a ${n}-byte data payload starting at byte ${offset}`, offset + n);
    this.pos += n;
    return new PyBytes(offset, n);
  }

  // --- the stack --------------------------------------------------------------

  private push(v: PyValue): void {
    this.stack.push(v);
  }

  private pop(): PyValue {
    if (this.stack.length <= (this.marks.at(-1) ?? 0)) this.fail("stack underflow: malformed pickle");
    return this.stack.pop() as PyValue;
  }

  private top(): PyValue {
    if (this.stack.length <= (this.marks.at(-1) ?? 0)) this.fail("stack underflow: malformed pickle");
    return this.stack[this.stack.length - 1];
  }

  /** The values pushed since the last MARK, removing them and the mark. */
  private popToMark(): PyValue[] {
    const height = this.marks.pop();
    if (height === undefined) this.fail("no MARK to pop back to: malformed pickle");
    return this.stack.splice(height);
  }

  private popN(n: number): PyValue[] {
    const items: PyValue[] = [];
    for (let i = 0; i < n; i++) items.unshift(this.pop());
    return items;
  }

  /** Replaces an object that BUILD finished, on the stack and in the memo. */
  private replaceTop(from: PyValue, to: PyValue): void {
    this.stack[this.stack.length - 1] = to;
    for (const [k, v] of this.memo) if (v === from) this.memo.set(k, to);
  }

  private get(index: number): void {
    if (!this.memo.has(index)) this.fail(`memo entry ${index} was never stored`);
    this.push(this.memo.get(index) as PyValue);
  }

  // --- opcodes ----------------------------------------------------------------

  private readProto(): void {
    this.opCode = this.u8();
    if (this.opCode !== OP.PROTO)
      this.fail(`not a pickle of protocol ${MIN_PROTOCOL}-${MAX_PROTOCOL}: it must start with PROTO (0x80)`);
    const protocol = this.u8();
    if (protocol < MIN_PROTOCOL || protocol > MAX_PROTOCOL)
      this.fail(`pickle protocol ${protocol} is not read (the checkpoint uses 4; ${MIN_PROTOCOL}-${MAX_PROTOCOL} are accepted)`);
  }

  private step(code: number): void {
    switch (code) {
      case OP.FRAME: {
        // A frame only groups opcodes for buffered reading; its length must fit the file.
        const length = this.uint(8);
        if (this.pos + length > this.src.size) this.truncated(`a ${length}-byte FRAME`, this.pos + length);
        return;
      }
      case OP.MARK:
        this.marks.push(this.stack.length);
        return;
      case OP.EMPTY_TUPLE:
        return this.push([]);
      case OP.TUPLE1:
      case OP.TUPLE2:
      case OP.TUPLE3:
        return this.push(this.popN(code - OP.TUPLE1 + 1));
      case OP.TUPLE:
        return this.push(this.popToMark());
      case OP.EMPTY_DICT:
        return this.push(new Map<string, PyValue>());
      case OP.SETITEMS:
        return this.setItems();
      case OP.NONE:
        return this.push(null);
      case OP.NEWTRUE:
        return this.push(true);
      case OP.NEWFALSE:
        return this.push(false);
      case OP.BININT1:
        return this.push(this.u8());
      case OP.BININT2:
        return this.push(this.uint(2));
      case OP.BININT:
        return this.push(this.int32());
      case OP.SHORT_BINUNICODE:
        return this.push(this.text(this.u8()));
      case OP.BINUNICODE:
        return this.push(this.text(this.uint(4)));
      case OP.SHORT_BINBYTES:
        return this.push(this.payload(this.u8()));
      case OP.BINBYTES:
        return this.push(this.payload(this.uint(4)));
      case OP.BINBYTES8:
      case OP.BYTEARRAY8:
        return this.push(this.payload(this.uint(8)));
      case OP.GLOBAL: {
        const module = this.line();
        return this.push(this.global(module, this.line()));
      }
      case OP.STACK_GLOBAL: {
        const [module, name] = this.popN(2);
        if (typeof module !== "string" || typeof name !== "string") this.fail("STACK_GLOBAL needs two strings");
        return this.push(this.global(module, name));
      }
      case OP.REDUCE:
        return this.reduce();
      case OP.NEWOBJ:
        return this.newObj();
      case OP.BUILD:
        return this.build();
      case OP.MEMOIZE:
        this.memo.set(this.memo.size, this.top());
        return;
      case OP.BINPUT:
        this.memo.set(this.u8(), this.top());
        return;
      case OP.LONG_BINPUT:
        this.memo.set(this.uint(4), this.top());
        return;
      case OP.BINGET:
        return this.get(this.u8());
      case OP.LONG_BINGET:
        return this.get(this.uint(4));
      default:
        this.fail("this opcode is not part of the Grok-1 checkpoint format, so the file is refused");
    }
  }

  private stop(): PyValue {
    const result = this.pop();
    if (result instanceof Pending) this.fail(`the ${result.what} was never given its state (no BUILD)`);
    return result;
  }

  private global(module: string, name: string): PyGlobal {
    const kind = ALLOWED_GLOBALS[`${module}.${name}`];
    if (kind === undefined)
      this.fail(
        `forbidden global ${module}.${name}: a checkpoint pickle may only name ` +
          Object.keys(ALLOWED_GLOBALS).join(", "),
      );
    return new PyGlobal(module, name, kind);
  }

  private setItems(): void {
    const items = this.popToMark();
    const dict = this.top();
    if (!(dict instanceof Map)) this.fail("SETITEMS needs a dict");
    if (items.length % 2 !== 0) this.fail("SETITEMS needs key/value pairs");
    for (let i = 0; i < items.length; i += 2) {
      const key = items[i];
      if (typeof key !== "string") this.fail("dict keys must be strings");
      dict.set(key, items[i + 1]);
    }
  }

  /** Calls an allowed function: array reconstruction, numpy.dtype, or _frombuffer. */
  private reduce(): void {
    const args = this.pop();
    const fn = this.pop();
    if (!(fn instanceof PyGlobal)) return this.fail(`cannot call ${describeValue(fn)}`);
    if (!Array.isArray(args)) return this.fail(`${fn.qualifiedName} needs a tuple of arguments`);
    switch (fn.kind) {
      case "reconstruct":
        // _reconstruct(numpy.ndarray, (0,), b'b'): an empty array that BUILD fills in.
        if (!(args[0] instanceof PyGlobal && args[0].kind === "ndarray"))
          this.fail(`${fn.qualifiedName} may only rebuild numpy.ndarray`);
        return this.push(new Pending("array"));
      case "dtype":
        return this.push(this.dtype(args));
      case "frombuffer":
        return this.push(this.fromBuffer(args));
      default:
        this.fail(`${fn.qualifiedName} cannot be called`);
    }
  }

  /** numpy.dtype(code or class, align=False, copy=True). */
  private dtype(args: readonly PyValue[]): NpDtype {
    const [spec] = args;
    if (spec instanceof PyGlobal && spec.kind === "bfloat16") return new NpDtype("bfloat16", 2, "=");
    const m = typeof spec === "string" ? /^([biuf])([1248])$/.exec(spec) : null;
    if (!m) this.fail(`unsupported numpy dtype ${describeValue(spec)}`);
    return new NpDtype(spec as string, Number(m[2]), "=");
  }

  /** Protocol 5's _frombuffer(buffer, dtype, shape, order). */
  private fromBuffer(args: readonly PyValue[]): NdArray {
    const [buffer, dtype, shape, order] = args;
    if (!(buffer instanceof PyBytes) || !(dtype instanceof NpDtype)) this.fail("_frombuffer needs (bytes, dtype, shape, order)");
    if (order !== "C") this.fail(`array order ${describeValue(order)} is not supported: only C order`);
    return this.array(dtype, shape, buffer);
  }

  /** NEWOBJ: cls.__new__(cls), only for QuantizedWeight8bit. */
  private newObj(): void {
    const args = this.pop();
    const cls = this.pop();
    if (!(cls instanceof PyGlobal && cls.kind === "QuantizedWeight8bit"))
      this.fail(`cannot create an instance of ${describeValue(cls)}`);
    if (!Array.isArray(args) || args.length > 0) this.fail("QuantizedWeight8bit.__new__ takes no arguments");
    this.push(new Pending("QuantizedWeight8bit"));
  }

  /** BUILD: gives a dtype, an array or a QuantizedWeight8bit its state. */
  private build(): void {
    const state = this.pop();
    const obj = this.top();
    if (obj instanceof NpDtype) return this.replaceTop(obj, this.dtypeState(obj, state));
    if (obj instanceof Pending && obj.what === "array") return this.replaceTop(obj, this.arrayState(state));
    if (obj instanceof Pending) return this.replaceTop(obj, this.quantizedState(state));
    this.fail(`cannot set the state of ${describeValue(obj)}`);
  }

  /** numpy dtype state: (3, byteorder, subarray, names, fields, elsize, alignment, flags). */
  private dtypeState(dtype: NpDtype, state: PyValue): NpDtype {
    if (!Array.isArray(state) || state.length !== 8 || state[0] !== 3)
      this.fail(`unexpected numpy dtype state ${describeValue(state)} (expected a version-3 tuple of 8)`);
    const [, byteorder, subarray, names, fields] = state;
    if (subarray !== null || names !== null || fields !== null) this.fail("structured and subarray dtypes are not supported");
    if (byteorder === ">") this.fail("big-endian arrays are not supported");
    if (byteorder !== "<" && byteorder !== "|" && byteorder !== "=") this.fail(`unknown byte order ${describeValue(byteorder)}`);
    return new NpDtype(dtype.descr, dtype.itemsize, byteorder);
  }

  /** numpy array state: (1, shape, dtype, is_fortran, raw bytes). */
  private arrayState(state: PyValue): NdArray {
    if (!Array.isArray(state) || state.length !== 5 || state[0] !== 1)
      this.fail(`unexpected numpy array state ${describeValue(state)} (expected a version-1 tuple of 5)`);
    const [, shape, dtype, isFortran, data] = state;
    if (!(dtype instanceof NpDtype)) this.fail(`array dtype is ${describeValue(dtype)}`);
    if (isFortran !== false) this.fail("Fortran-ordered arrays are not supported: only C order");
    if (!(data instanceof PyBytes)) this.fail(`array data is ${describeValue(data)}, not bytes`);
    return this.array(dtype, shape, data);
  }

  private array(dtype: NpDtype, shape: PyValue, data: PyBytes): NdArray {
    if (!Array.isArray(shape) || !shape.every((d) => typeof d === "number" && d >= 0))
      this.fail(`array shape ${describeValue(shape)} is not a tuple of sizes`);
    const dims = shape as number[];
    const expected = dims.reduce((a, b) => a * b, 1) * dtype.itemsize;
    if (expected !== data.byteLength)
      this.fail(`array of shape [${dims.join(", ")}] and dtype ${dtype.descr} needs ${expected} bytes, but its data has ${data.byteLength}`);
    return new NdArray(dtype, [...dims], data.offset, data.byteLength);
  }

  /** QuantizedWeight8bit's __dict__: {'weight': array, 'scales': array}. */
  private quantizedState(state: PyValue): QuantizedWeight8bit {
    if (!(state instanceof Map)) this.fail(`QuantizedWeight8bit state is ${describeValue(state)}, not a dict`);
    const weight = state.get("weight");
    const scales = state.get("scales");
    if (state.size !== 2 || !(weight instanceof NdArray) || !(scales instanceof NdArray))
      this.fail(`QuantizedWeight8bit state must be {'weight': array, 'scales': array}, got keys ${[...state.keys()].join(", ")}`);
    return new QuantizedWeight8bit(weight, scales);
  }
}

/** A short description of a value for error messages. */
export function describeValue(v: PyValue | undefined): string {
  if (v === undefined) return "nothing";
  if (v === null) return "None";
  if (typeof v === "boolean") return v ? "True" : "False";
  if (typeof v === "number") return `the int ${v}`;
  if (typeof v === "string") return `the str ${showValue(v)}`;
  if (Array.isArray(v)) return `a tuple of ${v.length}`;
  if (v instanceof Map) return "a dict";
  if (v instanceof PyBytes) return `${v.byteLength} bytes`;
  if (v instanceof PyGlobal) return v.qualifiedName;
  if (v instanceof NpDtype) return `the dtype ${v.descr}`;
  if (v instanceof NdArray) return `an array of dtype ${v.dtype.descr} and shape [${v.shape.join(", ")}]`;
  if (v instanceof QuantizedWeight8bit) return "a QuantizedWeight8bit";
  return `an unfinished ${(v as Pending).what}`;
}

function hex(code: number): string {
  return "0x" + code.toString(16).padStart(2, "0");
}
