/**
 * The released-checkpoint reader: file order, the pickle subset, and every way a
 * checkpoint folder can be wrong. Fixtures: golden/checkpoint/ (synthetic files in
 * the released layout, written by write_synthetic_checkpoint.py with numpy 1.x, and
 * format variants written with numpy 2.x).
 */
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { GROK_1, PRESETS, validateConfig, type LanguageModelConfig } from "../src/config.js";
import { UserError } from "../src/errors.js";
import { Checkpoint, checkpointOrder } from "../src/weights/checkpoint.js";
import { paramSpecs } from "../src/weights/param_specs.js";
import { NdArray, QuantizedWeight8bit, memorySource, parsePickle, type ByteSource } from "../src/weights/pickle.js";

const GOLDEN = fileURLToPath(new URL("../golden/checkpoint/", import.meta.url));

interface ExpectedArray {
  dtype: string;
  shape: number[];
  offset: number;
  byteLength: number;
}
interface ExpectedTensor extends ExpectedArray {
  index: number;
  file: string;
  path: string;
  protocol: number;
  scales?: ExpectedArray;
}
interface Fixture {
  dir: string;
  cfg: LanguageModelConfig;
  tensors: ExpectedTensor[];
  blob: Buffer;
}

function fixture(name: string): Fixture {
  const dir = join(GOLDEN, name);
  const cfg = validateConfig(JSON.parse(readFileSync(join(dir, "config.json"), "utf8")), name);
  const { tensors } = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as { tensors: ExpectedTensor[] };
  return { dir, cfg, tensors, blob: readFileSync(join(dir, "expected.bin")) };
}

const released = fixture("released-layout");
const variants = fixture("numpy2-variants");

function bytesOf(a: ArrayBufferView): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

function expectedBytes(f: Fixture, a: ExpectedArray): Buffer {
  return f.blob.subarray(a.offset, a.offset + a.byteLength);
}

/** Opens the fixture and checks every tensor's file, dtype, shape and bytes. */
function checkAgainstExpected(f: Fixture, dir = f.dir): void {
  const ckpt = Checkpoint.open(dir, f.cfg);
  expect(ckpt.tensors.size).toBe(f.tensors.length);
  for (const e of f.tensors) {
    const t = ckpt.tensors.get(e.path);
    expect(t, e.path).toBeDefined();
    expect(t!.file.endsWith(e.file), `${e.path} file`).toBe(true);
    expect([t!.index, t!.dtype, t!.shape]).toEqual([e.index, e.dtype, e.shape]);
    const got = ckpt.read(e.path);
    expect(got.dtype).toBe(e.dtype);
    expect(got.shape).toEqual(e.shape);
    expect(bytesOf(got.data).equals(expectedBytes(f, e)), `${e.path} data`).toBe(true);
    if (e.scales === undefined) {
      expect(got.scales).toBeUndefined();
    } else {
      expect([got.scales!.dtype, got.scales!.shape]).toEqual([e.scales.dtype, e.scales.shape]);
      expect(bytesOf(got.scales!.data).equals(expectedBytes(f, e.scales)), `${e.path} scales`).toBe(true);
    }
  }
}

describe("checkpointOrder", () => {
  const order = checkpointOrder(GROK_1);

  it("numbers Grok-1's 770 parameters as the released files do", () => {
    expect(order.length).toBe(770);
    expect(new Set(order)).toEqual(new Set(paramSpecs(GROK_1).map((s) => s.path)));
    expect(order.slice(0, 2)).toEqual(["language_model/in_out_embed/embeddings", "language_model/rms_norm/scale"]);
    const layer0 = [
      "moe/linear/w", "moe/linear_1/w", "moe/linear_v/w",
      "multi_head_attention/key/w", "multi_head_attention/linear/w", "multi_head_attention/query/w", "multi_head_attention/value/w",
      "rms_norm/scale", "rms_norm_1/scale", "rms_norm_2/scale", "rms_norm_3/scale", "router/w",
    ];
    expect(order.slice(2, 14)).toEqual(layer0.map((p) => `transformer/decoder_layer_0/${p}`));
    // Public inspections of the release: tensor00005 is an int8 [6144, 1024] (key),
    // tensor00006 an int8 [6144, 6144] with [8, 6144] scales (attention output),
    // tensor00009 float32 [6144] (a norm), tensor00013 float32 [6144, 8] (router).
    expect([order[5], order[6], order[9], order[13]]).toEqual([
      "transformer/decoder_layer_0/multi_head_attention/key/w",
      "transformer/decoder_layer_0/multi_head_attention/linear/w",
      "transformer/decoder_layer_0/rms_norm/scale",
      "transformer/decoder_layer_0/router/w",
    ]);
  });

  it("sorts layers as strings: decoder_layer_10 comes before decoder_layer_2", () => {
    const layers = Array.from({ length: 64 }, (_, i) => String(i)).sort();
    expect(layers.slice(0, 4)).toEqual(["0", "1", "10", "11"]);
    layers.forEach((l, j) => expect(order[2 + 12 * j]).toBe(`transformer/decoder_layer_${l}/moe/linear/w`));
  });

  it("puts a dense block's linear, linear_1, linear_v first in its layer", () => {
    const dense = checkpointOrder(variants.cfg);
    expect(dense.slice(2, 5)).toEqual(["linear/w", "linear_1/w", "linear_v/w"].map((p) => `transformer/decoder_layer_0/${p}`));
    expect(dense).toEqual(variants.tensors.map((t) => t.path));
  });
});

describe("the synthetic checkpoint in the released layout (numpy 1.x, protocol 4)", () => {
  it("reads exactly the values that were written", () => checkAgainstExpected(released));

  it("accepts the ckpt-0 folder or its parent", () => {
    checkAgainstExpected(released, join(released.dir, "ckpt-0"));
  });

  it("maps files in the sorted order the generator wrote them in", () => {
    expect(checkpointOrder(released.cfg)).toEqual(released.tensors.map((t) => t.path));
    expect(released.tensors[26].path).toBe("transformer/decoder_layer_10/moe/linear/w");
  });

  it("keeps scale groups over input rows, and records data offsets", () => {
    const ckpt = Checkpoint.open(released.dir, released.cfg);
    const L = "transformer/decoder_layer_0";
    expect(ckpt.tensors.get(`${L}/multi_head_attention/linear/w`)!.scales!.shape).toEqual([2, 8]);
    expect(ckpt.tensors.get(`${L}/multi_head_attention/query/w`)!.scales!.shape).toEqual([1, 4]);
    expect(ckpt.tensors.get(`${L}/moe/linear_1/w`)!.scales!.shape).toEqual([4, 2, 8]);
    expect(ckpt.tensors.get(`${L}/moe/linear/w`)!.scales).toMatchObject({ dtype: "BF16", shape: [4, 1, 8] });
    // numpy 1.x puts a [16, 8] float32 array's data at byte 147: the real
    // tensor00000_000 ([131072, 6144], whose shape takes 4 bytes more) has it at 151.
    expect(ckpt.tensors.get("language_model/in_out_embed/embeddings")!.offset).toBe(147);
  });
});

describe("format variants (numpy 2.x: protocols 3-5, float32 scales, bfloat16 arrays)", () => {
  it("covers every variant", () => {
    const t = variants.tensors;
    expect(new Set(t.map((x) => x.protocol))).toEqual(new Set([3, 4, 5]));
    expect(new Set(t.flatMap((x) => (x.scales ? [x.scales.dtype] : [])))).toEqual(new Set(["F32", "BF16"]));
    expect(t.some((x) => x.dtype === "BF16" && x.scales === undefined)).toBe(true);
  });

  it("reads exactly the values that were written", () => checkAgainstExpected(variants));
});

// ---------------------------------------------------------------------------
// The pickle reader on its own

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
const pickle = (...parts: (number | number[])[]): Uint8Array => Uint8Array.from(parts.flat());
const parse = (bytes: Uint8Array, name = "test.pkl") => parsePickle(memorySource(bytes), name);
const fixtureFile = (f: Fixture, i: number): Uint8Array =>
  new Uint8Array(readFileSync(join(f.dir, "ckpt-0", `tensor${String(i).padStart(5, "0")}_000`)));
const u32le = (v: number): number[] => [v & 255, (v >>> 8) & 255, (v >>> 16) & 255, v >>> 24];

/** A source of `head`, then `gap` bytes of zeros, then `tail`: a large file, not in memory. */
function sparseSource(head: Uint8Array, gap: number, tail: Uint8Array): ByteSource {
  const size = head.length + gap + tail.length;
  return {
    size,
    read(offset, length) {
      const out = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
      for (let i = 0; i < out.length; i++) {
        const p = offset + i;
        out[i] = p < head.length ? head[p] : p >= head.length + gap ? tail[p - head.length - gap] : 0;
      }
      return out;
    },
  };
}

describe("pickle reader", () => {
  const embedding = fixtureFile(released, 0); // float32 [16, 8]: BINBYTES at 142, data at 147..659
  const DATA = 147;

  // The fixture's header with the real tensor00000_000's shape: BININT 131072 and
  // BININT2 6144 instead of two BININT1s, and a 3 GiB BINBYTES.
  const REAL_BYTES = 131072 * 6144 * 4;
  const realHead = pickle([...embedding.subarray(0, 85)], [0x4b, 1, 0x4a, ...u32le(131072), 0x4d, 0x00, 0x18], [...embedding.subarray(91, 142)], [0x42, ...u32le(REAL_BYTES)]);

  it("finds the released tensor00000_000's [131072, 6144] float32 data at byte 151, without reading it", () => {
    const value = parsePickle(sparseSource(realHead, REAL_BYTES, embedding.subarray(DATA + 512)), "tensor00000_000");
    expect(value).toBeInstanceOf(NdArray);
    expect(value).toMatchObject({ shape: [131072, 6144], offset: 151, byteLength: REAL_BYTES, dtype: { descr: "f4", byteorder: "<" } });
  });

  it("reports a payload cut short as truncated", () => {
    const cut = sparseSource(realHead, 1000, new Uint8Array(0));
    expect(() => parsePickle(cut, "cut")).toThrow(/^cut is truncated: a 3221225472-byte data payload starting at byte 151 .*has 1151 bytes/);
  });

  it("reads BINBYTES8 payloads", () => {
    const patched = pickle([...embedding.subarray(0, 142)], [0x8e, ...u32le(512), 0, 0, 0, 0], [...embedding.subarray(DATA)]);
    const value = parse(patched) as NdArray;
    expect(value.offset).toBe(DATA + 4);
    expect(Buffer.from(patched.subarray(value.offset, value.offset + 512)).equals(Buffer.from(embedding.subarray(DATA, DATA + 512)))).toBe(true);
  });

  it("refuses array data longer than its shape needs", () => {
    // found by mutation testing: only data too short was refused. The fixture's [16, 8]
    // float32 with 4 more bytes in its BINBYTES
    const longer = pickle([...embedding.subarray(0, 142)], [0x42, ...u32le(516)], [...embedding.subarray(DATA, DATA + 512)], [0, 0, 0, 0], [...embedding.subarray(DATA + 512)]);
    expect(() => parse(longer, "long.pkl")).toThrow(UserError);
    expect(() => parse(longer, "long.pkl")).toThrow(/^long\.pkl: .*array of shape \[16, 8\] and dtype f4 needs 512 bytes, but its data has 516/);
  });

  it("reads a QuantizedWeight8bit", () => {
    const value = parse(fixtureFile(released, 6)); // attention output [4, 8], scales [2, 8]
    expect(value).toBeInstanceOf(QuantizedWeight8bit);
    const q = value as QuantizedWeight8bit;
    expect([q.weight.dtype.descr, q.weight.shape, q.scales.dtype.descr, q.scales.shape]).toEqual(["i1", [4, 8], "bfloat16", [2, 8]]);
  });

  const refusals: [string, Uint8Array, RegExp][] = [
    ["os.system by STACK_GLOBAL", pickle(0x80, 4, 0x8c, 2, ascii("os"), 0x8c, 6, ascii("system"), 0x93, 0x2e), /byte 14 .*STACK_GLOBAL.*forbidden global os\.system/],
    ["posix.system by GLOBAL", pickle(0x80, 3, 0x63, ascii("posix\nsystem\n"), 0x2e), /byte 2 .*GLOBAL.*forbidden global posix\.system/],
    ["builtins.eval", pickle(0x80, 4, 0x8c, 8, ascii("builtins"), 0x8c, 4, ascii("eval"), 0x93, 0x2e), /forbidden global builtins\.eval/],
    ["INST", pickle(0x80, 4, 0x69, ascii("os\nsystem\n"), 0x2e), /byte 2 \(opcode 0x69 INST\).*not part of the Grok-1 checkpoint format/],
    ["PERSID", pickle(0x80, 4, 0x50, ascii("1\n"), 0x2e), /PERSID/],
    ["out-of-band buffers", pickle(0x80, 5, 0x97, 0x2e), /NEXT_BUFFER/],
    ["an object dtype", pickle(0x80, 4, 0x8c, 5, ascii("numpy"), 0x8c, 5, ascii("dtype"), 0x93, 0x8c, 2, ascii("O8"), 0x89, 0x88, 0x87, 0x52, 0x2e), /unsupported numpy dtype the str "O8"/],
    ["calling numpy.ndarray", pickle(0x80, 4, 0x8c, 5, ascii("numpy"), 0x8c, 7, ascii("ndarray"), 0x93, 0x29, 0x52, 0x2e), /numpy\.ndarray cannot be called/],
    ["garbage", pickle(ascii("PK\x03\x04 not a pickle")), /byte 0 .*not a pickle of protocol 3-5/],
    ["protocol 2", pickle(0x80, 2, 0x4e, 0x2e), /pickle protocol 2 is not read/],
    ["an empty file", pickle(), /is truncated/],
    ["no STOP", pickle(0x80, 4, 0x4e), /is truncated/],
    ["a string cut short", pickle(0x80, 4, 0x8c, 9, ascii("num")), /is truncated: a string at byte 2/],
    ["stack underflow", pickle(0x80, 4, 0x87, 0x2e), /stack underflow/],
  ];
  it.each(refusals)("refuses %s with a UserError naming the file and byte", (_, bytes, message) => {
    expect(() => parse(bytes, "evil.pkl")).toThrow(UserError);
    expect(() => parse(bytes, "evil.pkl")).toThrow(/^evil\.pkl/);
    expect(() => parse(bytes, "evil.pkl")).toThrow(message);
  });


  it("a corrupted file parses or gives a UserError, nothing else", () => {
    const file = fixtureFile(released, 2); // an expert weight: the longest header
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(file.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }), fc.nat(file.length), (edits, cut) => {
        const bytes = file.slice(0, Math.max(cut, 1));
        for (const [at, b] of edits) if (at < bytes.length) bytes[at] = b;
        try {
          parse(bytes);
        } catch (e) {
          expect(e).toBeInstanceOf(UserError);
        }
      }),
      { numRuns: 500 },
    );
  });
});

// ---------------------------------------------------------------------------
// A checkpoint folder that is wrong

describe("Checkpoint.open refuses a broken checkpoint", () => {
  const temps: string[] = [];
  afterEach(() => temps.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  /** A scratch copy of the released-layout fixture; returns its ckpt-0 folder. */
  function copy(): string {
    const dir = mkdtempSync(join(tmpdir(), "grok1-ckpt-"));
    temps.push(dir);
    cpSync(released.dir, dir, { recursive: true });
    return join(dir, "ckpt-0");
  }
  const file = (folder: string, i: number): string => join(folder, `tensor${String(i).padStart(5, "0")}_000`);
  const open = (folder: string, cfg = released.cfg) => () => Checkpoint.open(folder, cfg);

  it("a missing file: names it, the path it should hold and the shape", () => {
    const f = copy();
    unlinkSync(file(f, 5));
    expect(open(f)).toThrow(UserError);
    expect(open(f)).toThrow(/missing 1 of 134 tensor files: tensor00005_000 \(should hold transformer\/decoder_layer_0\/multi_head_attention\/key\/w, shape \[8, 2\]\)/);
  });

  it("a truncated file", () => {
    const f = copy();
    truncateSync(file(f, 2), 500);
    expect(open(f)).toThrow(/tensor00002_000 \(transformer\/decoder_layer_0\/moe\/linear\/w\) is truncated/);
  });

  it("8-bit scales whose row groups do not divide the weight's rows (found by mutation testing)", () => {
    const f = copy();
    const b = Buffer.from(readFileSync(file(f, 6))); // multi_head_attention/linear/w: int8 [4, 8], bf16 scales [2, 8]
    expect([...b.subarray(256, 261)]).toEqual([0x4b, 2, 0x4b, 8, 0x86]); // the scales' shape: BININT1 2, BININT1 8, TUPLE2
    expect([...b.subarray(315, 317)]).toEqual([0x43, 32]); // their data: SHORT_BINBYTES of 32 bytes, at 317..349
    // scales [3, 8]: 48 bytes of data, and a FRAME (at byte 2) 16 bytes longer
    b[257] = 3;
    b[316] = 48;
    b.writeBigUInt64LE(b.readBigUInt64LE(3) + 16n, 3);
    writeFileSync(file(f, 6), Buffer.concat([b.subarray(0, 349), Buffer.alloc(16), b.subarray(349)]));
    expect(open(f)).toThrow(UserError);
    expect(open(f)).toThrow(/scales of shape \[3, 8\] do not fit the weight \[4, 8\] \(expected \[\.\.\., G, 8\] with G dividing 4\)/);
  });

  it("an extra file", () => {
    const f = copy();
    copyFileSync(file(f, 0), file(f, 134));
    expect(open(f)).toThrow(/unexpected tensor file tensor00134_000 .*synthetic-released-layout has 134 parameters/);
  });

  it("a config that does not match", () => {
    expect(open(released.dir, PRESETS["grok-1-tiny"])).toThrow(/unexpected tensor files .*Does the config match/);
    const bigger = structuredClone(released.cfg);
    bigger.model.num_layers = 12;
    expect(open(released.dir, bigger)).toThrow(/missing 12 of 146 tensor files/);
  });

  it("a wrong shape", () => {
    const f = copy();
    copyFileSync(file(f, 13), file(f, 9)); // the router [8, 4] where rms_norm [8] belongs
    expect(open(f)).toThrow(/tensor00009_000 \(transformer\/decoder_layer_0\/rms_norm\/scale\): shape \[8, 4\], but the config expects \[8\]/);
  });

  it("a wrong dtype", () => {
    const f = copy();
    const bytes = readFileSync(file(f, 9));
    const at = bytes.indexOf(Buffer.from([0x8c, 2, ...ascii("f4")]));
    bytes[at + 2] = "i".charCodeAt(0); // int32: the same 4 bytes per element
    writeFileSync(file(f, 9), bytes);
    expect(open(f)).toThrow(/rms_norm\/scale\): dtype int32 is not supported \(expected float32 or bfloat16\)/);
  });

  it("a plain int8 array, without scales (found by mutation testing)", () => {
    // the router's [8, 4] float32 as int8: dtype "f4" → "i1", its 128 bytes of data cut to 32, the pickle frame shortened to match
    const f = copy();
    const bytes = readFileSync(file(f, 13));
    const dtype = bytes.indexOf(Buffer.from([0x8c, 2, ...ascii("f4")]));
    const data = bytes.indexOf(Buffer.from([0x43, 128])); // SHORT_BINBYTES of 128 bytes
    const cut = Buffer.concat([bytes.subarray(0, data), Buffer.from([0x43, 32]), bytes.subarray(data + 2, data + 2 + 32), bytes.subarray(data + 2 + 128)]);
    cut.writeBigUInt64LE(cut.readBigUInt64LE(3) - 96n, 3); // the FRAME's length, at byte 3
    cut.write("i1", dtype + 2, "latin1");
    writeFileSync(file(f, 13), cut);
    expect(open(f)).toThrow(/router\/w\): an int8 array without scales; 8-bit weights are QuantizedWeight8bit objects/);
  });

  it("a file named ckpt-0 beside the tensor files is not taken for their folder (found by mutation testing)", () => {
    const f = copy();
    writeFileSync(join(f, "ckpt-0"), "not a folder");
    expect(Checkpoint.open(f, released.cfg).tensors.size).toBe(134);
  });

  it("an 8-bit weight where the reference keeps float32", () => {
    const f = copy();
    copyFileSync(file(f, 6), file(f, 9));
    expect(open(f)).toThrow(/rms_norm\/scale\): is an 8-bit QuantizedWeight8bit/);
  });

  it("a forbidden global inside a tensor file", () => {
    const f = copy();
    writeFileSync(file(f, 3), pickle(0x80, 4, 0x8c, 2, ascii("os"), 0x8c, 6, ascii("system"), 0x93, 0x2e));
    expect(open(f)).toThrow(/tensor00003_000 \(transformer\/decoder_layer_0\/moe\/linear_1\/w\): byte 14 .*forbidden global os\.system/);
  });

  it("garbage, or a pickle of something else", () => {
    const f = copy();
    writeFileSync(file(f, 1), Buffer.from("garbage garbage"));
    expect(open(f)).toThrow(/tensor00001_000 \(language_model\/rms_norm\/scale\): byte 0 .*not a pickle/);
    writeFileSync(file(f, 1), pickle(0x80, 4, 0x29, 0x2e));
    expect(open(f)).toThrow(/language_model\/rms_norm\/scale\): holds a tuple of 0, not a numpy array or QuantizedWeight8bit/);
  });

  it("a multi-shard checkpoint", () => {
    const f = copy();
    copyFileSync(file(f, 0), join(f, "tensor00000_001"));
    expect(open(f)).toThrow(/tensor00000_001: multi-shard checkpoints .* are not supported/);
  });

  it("no checkpoint at all", () => {
    expect(open(join(GOLDEN, "no-such-dir"))).toThrow(/does not exist/);
    // a symbolic link loop is not "does not exist" (found by an audit)
    const loops = mkdtempSync(join(tmpdir(), "grok1-loop-"));
    temps.push(loops);
    symlinkSync(join(loops, "b"), join(loops, "a"));
    symlinkSync(join(loops, "a"), join(loops, "b"));
    expect(open(join(loops, "a"))).toThrow(/checkpoint directory .*a: too many levels of symbolic links|ELOOP/);
    const empty = mkdtempSync(join(tmpdir(), "grok1-empty-"));
    temps.push(empty);
    expect(open(empty)).toThrow(/holds no tensor files/);
  });

  it("read(): an unknown path, or a file cut short after open", () => {
    const f = copy();
    const ckpt = Checkpoint.open(f, released.cfg);
    expect(() => ckpt.read("transformer/decoder_layer_99/router/w")).toThrow(/has no tensor 'transformer\/decoder_layer_99\/router\/w'/);
    truncateSync(file(f, 2), 600);
    expect(() => ckpt.read("transformer/decoder_layer_0/moe/linear/w")).toThrow(/tensor00002_000 \(transformer\/decoder_layer_0\/moe\/linear\/w\) is truncated: its data needs bytes/);
  });
});
