import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UserError } from "../src/errors.js";
import {
  SafetensorsFile,
  writeSafetensors,
  type SafetensorsDtype,
  type TensorData,
  type TensorToWrite,
} from "../src/weights/safetensors.js";
import { userError } from "./helpers.js";

let dir: string;
let counter = 0;
beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), "grok1-safetensors-")); });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A fresh file name in the test directory. */
function freshPath(): string {
  return path.join(dir, `t${counter++}.safetensors`);
}

/** Writes a file by hand: the header length, the header bytes, then `data`. */
function rawFile(header: string | Uint8Array, data: Uint8Array = new Uint8Array(0), headerLength?: bigint): string {
  const h = typeof header === "string" ? Buffer.from(header, "utf8") : header;
  const prefix = Buffer.alloc(8);
  prefix.writeBigUInt64LE(headerLength ?? BigInt(h.length));
  const p = freshPath();
  fs.writeFileSync(p, Buffer.concat([prefix, h, data]));
  return p;
}


function bytesOf(t: TensorData): Uint8Array {
  return new Uint8Array(t.buffer, t.byteOffset, t.byteLength);
}

const SIZE: Record<SafetensorsDtype, number> = { F32: 4, BF16: 2, I8: 1 };

/** Deterministic pseudo-random bytes (xorshift32): any bit pattern, NaN payloads included. */
function randomData(dtype: SafetensorsDtype, n: number, seed: number): TensorData {
  const bytes = new Uint8Array(n * SIZE[dtype]);
  let s = seed | 1;
  for (let i = 0; i < bytes.length; i++) {
    s ^= s << 13; s ^= s >>> 17; s ^= s << 5;
    bytes[i] = s & 0xff;
  }
  const buf = bytes.buffer;
  return dtype === "F32" ? new Float32Array(buf) : dtype === "BF16" ? new Uint16Array(buf) : new Int8Array(buf);
}

const product = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

describe("writeSafetensors + SafetensorsFile", () => {
  it("writes a hand-checked file byte for byte, and reads it back", () => {
    const p = freshPath();
    const data: Record<string, TensorData> = {
      b: new Float32Array([1, -2]),
      a: new Int8Array([1, -1, 127]),
      c: new Uint16Array([0x3f80]), // bf16 1.0
    };
    writeSafetensors(p, [
      { name: "b", dtype: "F32", shape: [2] },
      { name: "a", dtype: "I8", shape: [3] },
      { name: "c", dtype: "BF16", shape: [] },
    ], (t) => data[t.name], { format: "grok1" });

    const json = '{"__metadata__":{"format":"grok1"},'
      + '"b":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},'
      + '"a":{"dtype":"I8","shape":[3],"data_offsets":[8,11]},'
      + '"c":{"dtype":"BF16","shape":[],"data_offsets":[11,13]}}';
    expect(json.length).toBe(196); // padded with 4 spaces to 200, a multiple of 8
    const expected = Buffer.concat([
      Buffer.from([200, 0, 0, 0, 0, 0, 0, 0]),
      Buffer.from(json + "    ", "utf8"),
      Buffer.from([0x00, 0x00, 0x80, 0x3f, 0x00, 0x00, 0x00, 0xc0]), // 1.0f, -2.0f
      Buffer.from([0x01, 0xff, 0x7f]), // 1, -1, 127
      Buffer.from([0x80, 0x3f]), // bf16 0x3f80
    ]);
    expect(fs.readFileSync(p).equals(expected)).toBe(true);

    const f = SafetensorsFile.open(p);
    expect(f.metadata).toEqual({ format: "grok1" });
    expect([...f.tensors.keys()]).toEqual(["b", "a", "c"]);
    expect(f.info("a")).toEqual({ name: "a", dtype: "I8", shape: [3], byteOffset: 216, byteLength: 3 });
    expect(f.info("c")).toEqual({ name: "c", dtype: "BF16", shape: [], byteOffset: 219, byteLength: 2 });
    expect(f.read("b")).toEqual(new Float32Array([1, -2]));
    expect(f.read("a")).toEqual(new Int8Array([1, -1, 127]));
    expect(f.read("c")).toEqual(new Uint16Array([0x3f80]));
    f.close();
  });

  it("round-trips random tensors of every dtype, bit for bit, with metadata", () => {
    const name = fc.string({ unit: "binary", maxLength: 12 }).filter((s) => s !== "__metadata__");
    const tensor = fc.record({
      name,
      dtype: fc.constantFrom<SafetensorsDtype>("F32", "BF16", "I8"),
      shape: fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 4 }),
      seed: fc.integer(),
    });
    const tensors = fc.uniqueArray(tensor, { selector: (t) => t.name, maxLength: 6 });
    const metadata = fc.option(fc.dictionary(fc.string({ unit: "binary" }), fc.string({ unit: "binary" })), { nil: undefined });
    fc.assert(fc.property(tensors, metadata, (ts, meta) => {
      const p = freshPath();
      const specs: TensorToWrite[] = ts.map(({ name, dtype, shape }) => ({ name, dtype, shape }));
      const data = ts.map((t) => randomData(t.dtype, product(t.shape), t.seed));
      const calls: string[] = [];
      writeSafetensors(p, specs, (t) => { calls.push(t.name); return data[specs.indexOf(t)]; }, meta);
      expect(calls).toEqual(specs.map((t) => t.name));
      expect(fs.statSync(p).size % 8).toBe(data.reduce((n, d) => n + d.byteLength, 0) % 8); // header aligned

      const f = SafetensorsFile.open(p);
      try {
        expect(Object.entries(f.metadata)).toEqual(Object.entries(meta ?? {}));
        expect(f.tensors.size).toBe(ts.length);
        specs.forEach((t, i) => {
          expect(f.has(t.name)).toBe(true);
          const info = f.info(t.name);
          expect([info.dtype, info.shape]).toEqual([t.dtype, t.shape]);
          const got = f.read(t.name);
          expect(got.constructor).toBe(data[i].constructor);
          expect(got.length).toBe(product(t.shape));
          expect(bytesOf(got)).toEqual(bytesOf(data[i]));
        });
      } finally {
        f.close();
        fs.rmSync(p);
      }
    }), { numRuns: 60 });
  });

  it("keeps integer-like tensor names in the given order", () => {
    const p = freshPath();
    const specs: TensorToWrite[] = ["2", "x", "10", "1"].map((name) => ({ name, dtype: "I8", shape: [1] }));
    writeSafetensors(p, specs, (t) => new Int8Array([Number(t.name) || 0]));
    const f = SafetensorsFile.open(p);
    expect([...f.tensors.values()].map((t) => [t.name, t.byteOffset - f.tensors.get("2")!.byteOffset]))
      .toEqual([["2", 0], ["x", 1], ["10", 2], ["1", 3]]);
    expect(f.read("10")).toEqual(new Int8Array([10]));
  });

  it("round-trips the metadata key __proto__ as plain data", () => {
    const p = freshPath();
    const meta = JSON.parse('{"__proto__":"x","toString":"y"}') as Record<string, string>;
    writeSafetensors(p, [], () => { throw new Error("no tensors"); }, meta);
    const f = SafetensorsFile.open(p);
    expect(Object.entries(f.metadata)).toEqual([["__proto__", "x"], ["toString", "y"]]);
    expect(Object.getPrototypeOf(f.metadata)).toBe(Object.prototype);
  });

  it("returns aligned, right-sized arrays even when the tensor is misaligned in the file", () => {
    const p = freshPath();
    writeSafetensors(p, [
      { name: "odd", dtype: "I8", shape: [3] },
      { name: "w", dtype: "F32", shape: [2, 3] },
    ], (t) => t.dtype === "I8" ? new Int8Array(3) : new Float32Array([1, 2, 3, 4, 5, 6]));
    const f = SafetensorsFile.open(p);
    expect(f.info("w").byteOffset % 4).not.toBe(0);
    const w = f.read("w");
    expect(w).toBeInstanceOf(Float32Array);
    expect([w.byteOffset, w.buffer.byteLength]).toEqual([0, 24]);
    expect(Array.from(w)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("writes only the viewed part of a subarray", () => {
    const p = freshPath();
    const big = new Float32Array([9, 1, 2, 9]);
    writeSafetensors(p, [{ name: "v", dtype: "F32", shape: [2] }], () => big.subarray(1, 3));
    expect(Array.from(SafetensorsFile.open(p).read("v"))).toEqual([1, 2]);
  });
});

describe("SafetensorsFile reading", () => {
  it("accepts gaps between tensors and padding after the data", () => {
    const header = '{"a":{"dtype":"I8","shape":[2],"data_offsets":[4,6]},"b":{"dtype":"I8","shape":[1],"data_offsets":[0,1]}}';
    const p = rawFile(header, new Uint8Array([7, 0, 0, 0, 5, 6, 0, 0, 0]));
    const f = SafetensorsFile.open(p);
    expect([...f.tensors.keys()]).toEqual(["b", "a"]); // in file order
    expect(f.read("a")).toEqual(new Int8Array([5, 6]));
    expect(f.read("b")).toEqual(new Int8Array([7]));
    expect(f.metadata).toEqual({});
  });

  it("accepts an empty header object and empty tensors anywhere", () => {
    expect(SafetensorsFile.open(rawFile("{}")).tensors.size).toBe(0);
    const header = '{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"e":{"dtype":"F32","shape":[0,3],"data_offsets":[4,4]}}';
    const f = SafetensorsFile.open(rawFile(header, new Uint8Array(8)));
    expect(f.read("e")).toEqual(new Float32Array(0));
  });

  it("reads a tensor past 4 GiB by its offset (sparse file)", () => {
    const begin = 5 * 2 ** 30 + 4; // past 2^31 and 2^32
    const header = `{"far":{"dtype":"F32","shape":[2],"data_offsets":[${begin},${begin + 8}]}}`;
    const p = rawFile(header);
    const dataStart = fs.statSync(p).size;
    const fd = fs.openSync(p, "r+");
    fs.writeSync(fd, new Uint8Array(new Float32Array([1.5, -3]).buffer), 0, 8, dataStart + begin);
    fs.closeSync(fd);
    const f = SafetensorsFile.open(p);
    expect(f.info("far").byteOffset).toBe(dataStart + begin);
    expect(f.read("far")).toEqual(new Float32Array([1.5, -3]));
    f.close();
    fs.rmSync(p);
  });

  it("names the file and the tensor when a tensor is missing", () => {
    const p = rawFile('{"x":{"dtype":"I8","shape":[],"data_offsets":[0,1]}}', new Uint8Array(1));
    const f = SafetensorsFile.open(p);
    expect(f.has("y")).toBe(false);
    const e = userError(() => f.read("y"));
    expect(e.message).toContain(p);
    expect(e.message).toMatch(/no tensor named "y" \(it has 1: "x"\)/);
  });

  it("refuses to read after close", () => {
    const p = rawFile('{"x":{"dtype":"I8","shape":[],"data_offsets":[0,1]}}', new Uint8Array(1));
    const f = SafetensorsFile.open(p);
    f.close();
    f.close(); // twice is harmless
    expect(userError(() => f.read("x")).message).toMatch(/closed/);
  });

  it("reports a file truncated after it was opened", () => {
    const p = rawFile('{"x":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}}', new Uint8Array(16));
    const f = SafetensorsFile.open(p);
    fs.truncateSync(p, fs.statSync(p).size - 3);
    expect(userError(() => f.read("x")).message).toMatch(/ends inside its tensor "x"/);
    f.close();
  });

  it("reports a missing file as a UserError", () => {
    const p = path.join(dir, "nope.safetensors");
    expect(userError(() => SafetensorsFile.open(p)).message).toContain(p);
  });
});

describe("SafetensorsFile.openActivations: another runtime's activations in any float precision", () => {
  // half bits -> value, by the IEEE 754 binary16 definition: normals, subnormals, ±0, ±Inf, NaN
  const HALF: [number, number][] = [
    [0x3c00, 1], [0xc000, -2], [0x3555, 0.333251953125], [0x7bff, 65504], [0x0400, 2 ** -14],
    [0x0001, 2 ** -24], [0x83ff, -1023 * 2 ** -24], [0x0000, 0], [0x8000, -0], [0x7c00, Infinity], [0xfc00, -Infinity],
  ];

  it("widens F16 exactly, rounds F64 to nearest, and reads F32 and BF16 as the weights reader does", () => {
    const half = new Uint16Array([...HALF.map(([bits]) => bits), 0x7e01, 0xfd00]); // two NaNs
    const f64 = new Float64Array([1 + 2 ** -30, -(2 ** -200), 1e39, -1e39, 0.1, NaN, -0]);
    const f32 = new Float32Array([1.5, -0]);
    const bf16 = new Uint16Array([0x3fc0, 0xff80]); // 1.5, -Inf
    const header = JSON.stringify({
      h: { dtype: "F16", shape: [half.length], data_offsets: [0, 26] },
      d: { dtype: "F64", shape: [7], data_offsets: [32, 88] },
      f: { dtype: "F32", shape: [2], data_offsets: [88, 96] },
      b: { dtype: "BF16", shape: [1, 2], data_offsets: [96, 100] },
    });
    const data = new Uint8Array(100);
    data.set(bytesOf(half), 0);
    data.set(new Uint8Array(f64.buffer), 32);
    data.set(bytesOf(f32), 88);
    data.set(bytesOf(bf16), 96);
    const p = rawFile(header, data);
    const file = SafetensorsFile.openActivations(p);
    const h = file.readFloat32("h");
    HALF.forEach(([bits, value], i) => expect(Object.is(h[i], value), `half 0x${bits.toString(16)}`).toBe(true));
    expect(Number.isNaN(h[11]) && Number.isNaN(h[12])).toBe(true);
    expect(new Uint32Array(h.buffer)[12] >>> 31).toBe(1); // the NaN's sign kept
    expect([...file.readFloat32("d")]).toEqual([1, -0, Infinity, -Infinity, Math.fround(0.1), NaN, -0]);
    expect(file.readFloat32("f")).toEqual(f32);
    expect([...file.readFloat32("b")]).toEqual([1.5, -Infinity]);
    file.close();
    // the weights reader refuses them, naming the dtype; the activations reader refuses I8
    expect(userError(() => SafetensorsFile.open(p)).message).toMatch(/tensor "h": unsupported dtype F16 \(grok1.ts reads F32, BF16, I8 in weights and in the traces it writes; grok1 compare also reads F16 and F64 activations\)/);
    const i8 = rawFile('{"q":{"dtype":"I8","shape":[1],"data_offsets":[0,1]}}', new Uint8Array(1));
    expect(userError(() => SafetensorsFile.openActivations(i8)).message)
      .toMatch(/tensor "q": unsupported dtype I8 \(grok1.ts reads F32, BF16, F16, F64 in activations to compare\)/);
  });

  it("widens every one of the 65536 half bit patterns as the definition says", () => {
    const all = new Uint16Array(65536).map((_, i) => i);
    const h = SafetensorsFile.openActivations(rawFile(JSON.stringify({ h: { dtype: "F16", shape: [65536], data_offsets: [0, 131072] } }), bytesOf(all)))
      .readFloat32("h");
    for (let bits = 0; bits < 65536; bits++) {
      const sign = bits & 0x8000 ? -1 : 1, e = (bits >> 10) & 31, m = bits & 1023;
      const value = e === 31 ? (m ? NaN : sign * Infinity) : e === 0 ? sign * m * 2 ** -24 : sign * (1 + m / 1024) * 2 ** (e - 15);
      if (!Object.is(h[bits], value)) expect(h[bits], `half 0x${bits.toString(16)}`).toBe(value);
    }
  });
});

describe("SafetensorsFile.open rejects malformed files", () => {
  const entry = (body: string) => `{"w":${body}}`;
  const data16 = new Uint8Array(16);

  /** Each case: a file maker and the message it must produce (besides naming the file). */
  const cases: [string, () => string, RegExp][] = [
    ["shorter than 8 bytes", () => { const p = freshPath(); fs.writeFileSync(p, Buffer.from([1, 0, 0])); return p; },
      /3 bytes, shorter than the 8-byte header length/],
    ["header length past the end", () => rawFile("{}", undefined, 1000n), /header length 1000 runs past the end of the 10-byte file/],
    ["absurd header length", () => rawFile("{}", undefined, 2n ** 63n), /header length 9223372036854775808 is over the 100000000-byte limit/],
    ["header not UTF-8", () => rawFile(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])), /header is not valid UTF-8/],
    ["header not JSON", () => rawFile('{"w":'), /header is not valid JSON/],
    ["empty header", () => rawFile(""), /header is not valid JSON/],
    ["header an array", () => rawFile("[]"), /header is JSON but not an object/],
    ["header null", () => rawFile("null"), /header is JSON but not an object/],
    ["entry not an object", () => rawFile(entry("[1]")), /tensor "w": header entry must be an object, found \[1\]/],
    ["dtype missing", () => rawFile(entry('{"shape":[4],"data_offsets":[0,16]}'), data16), /tensor "w": "dtype" must be a string, found undefined/],
    ["dtype not a string", () => rawFile(entry('{"dtype":4,"shape":[4],"data_offsets":[0,16]}'), data16), /tensor "w": "dtype" must be a string, found 4/],
    ["unknown dtype", () => rawFile(entry('{"dtype":"F17","shape":[4],"data_offsets":[0,16]}'), data16), /tensor "w": unknown dtype "F17"/],
    ["unknown dtype toString", () => rawFile(entry('{"dtype":"toString","shape":[4],"data_offsets":[0,16]}'), data16), /tensor "w": unknown dtype "toString"/],
    ["unsupported dtype", () => rawFile(entry('{"dtype":"F16","shape":[8],"data_offsets":[0,16]}'), data16),
      /tensor "w": unsupported dtype F16 \(grok1.ts reads F32, BF16, I8 in weights and in the traces it writes; grok1 compare also reads F16 and F64 activations\)/],
    ["shape missing", () => rawFile(entry('{"dtype":"F32","data_offsets":[0,16]}'), data16), /tensor "w": "shape" must be an array of non-negative integers, found undefined/],
    ["shape not an array", () => rawFile(entry('{"dtype":"F32","shape":4,"data_offsets":[0,16]}'), data16), /"shape" must be an array .* found 4/],
    ["negative dim", () => rawFile(entry('{"dtype":"F32","shape":[-4],"data_offsets":[0,16]}'), data16), /"shape" must be an array .* found \[-4\]/],
    ["fractional dim", () => rawFile(entry('{"dtype":"F32","shape":[2.5],"data_offsets":[0,10]}'), data16), /"shape" must be an array .* found \[2.5\]/],
    ["string dim", () => rawFile(entry('{"dtype":"F32","shape":["4"],"data_offsets":[0,16]}'), data16), /"shape" must be an array .* found \["4"\]/],
    ["offsets missing", () => rawFile(entry('{"dtype":"F32","shape":[4]}'), data16), /tensor "w": "data_offsets" must be \[begin, end\].*found undefined/],
    ["one offset", () => rawFile(entry('{"dtype":"F32","shape":[4],"data_offsets":[16]}'), data16), /"data_offsets" must be \[begin, end\].*found \[16\]/],
    ["three offsets", () => rawFile(entry('{"dtype":"F32","shape":[4],"data_offsets":[0,16,16]}'), data16), /"data_offsets" must be \[begin, end\]/],
    ["negative offset", () => rawFile(entry('{"dtype":"F32","shape":[4],"data_offsets":[-16,0]}'), data16), /"data_offsets" must be \[begin, end\]/],
    ["huge offset", () => rawFile(entry('{"dtype":"F32","shape":[4],"data_offsets":[18446744073709551600,18446744073709551616]}'), data16),
      /"data_offsets" \[18446744073709552000,18446744073709552000\] are beyond 2\^53 bytes, past the end of any file/],
    ["offset beyond 2^53", () => rawFile(entry('{"dtype":"F32","shape":[4],"data_offsets":[0,1152921504606846992]}'), data16),
      /"data_offsets" \[0,1152921504606847000\] are beyond 2\^53 bytes/],
    ["begin after end", () => rawFile(entry('{"dtype":"F32","shape":[],"data_offsets":[8,4]}'), data16), /tensor "w": data_offsets \[8, 4\] begin after they end/],
    ["offsets past the data", () => rawFile(entry('{"dtype":"F32","shape":[4],"data_offsets":[4,20]}'), data16),
      /tensor "w": data_offsets \[4, 20\] run past the end of the 16-byte data section/],
    ["size mismatch", () => rawFile(entry('{"dtype":"BF16","shape":[2,3],"data_offsets":[0,16]}'), data16),
      /tensor "w": data_offsets \[0, 16\] hold 16 bytes, but BF16 \[2, 3\] needs 12/],
    ["size overflowing 2^53", () => rawFile(entry('{"dtype":"F32","shape":[4294967296,4294967296,4],"data_offsets":[0,16]}'), data16),
      /hold 16 bytes, but F32 \[4294967296, 4294967296, 4\] needs 295147905179352825856/],
    ["overlapping tensors", () => rawFile('{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}}', data16),
      /tensors "a" and "b" overlap/],
    ["identical ranges", () => rawFile('{"a":{"dtype":"I8","shape":[4],"data_offsets":[0,4]},"b":{"dtype":"I8","shape":[4],"data_offsets":[0,4]}}', data16),
      /tensors "a" and "b" overlap/],
    ["metadata not an object", () => rawFile('{"__metadata__":["a"]}'), /"__metadata__" must be an object of strings, found \["a"\]/],
    ["metadata null", () => rawFile('{"__metadata__":null}'), /"__metadata__" must be an object of strings, found null/],
    ["metadata value not a string", () => rawFile('{"__metadata__":{"step":3}}'), /"__metadata__" entry "step" must be a string, found 3/],
    // values JSON.parse reads as valid integers, written in a form the format does not allow
    ["dim written 4.0", () => rawFile(entry('{"dtype":"F32","shape":[4.0],"data_offsets":[0,16]}'), data16),
      /tensor "w": "shape" holds the number 4.0; safetensors shapes and offsets are written as non-negative integers/],
    ["offset written 1.6e1", () => rawFile(entry('{"dtype":"F32","shape":[4],"data_offsets":[0,1.6e1]}'), data16), /tensor "w": "data_offsets" holds the number 1.6e1/],
    ["offset written -0", () => rawFile(entry('{"dtype":"F32","shape":[4],"data_offsets":[-0,16]}'), data16), /tensor "w": "data_offsets" holds the number -0/],
    ["byte order mark", () => rawFile(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"__metadata__":{}}')])),
      /the header starts with a UTF-8 byte order mark; safetensors headers start with "\{"/],
    ["leading space", () => rawFile(' {"__metadata__":{}}'), /the header starts with byte 0x20, not "\{"/],
  ];

  it.each(cases)("%s", (_, make, message) => {
    const p = make();
    const e = userError(() => SafetensorsFile.open(p));
    expect(e.message).toContain(p);
    expect(e.message).toMatch(message);
  });
});

describe("duplicate header keys", () => {
  it("names a tensor listed twice, or a key given twice inside an entry (JSON.parse would keep the second)", () => {
    const e = '{"dtype":"F32","shape":[1],"data_offsets":[0,4]}';
    const p = rawFile(`{"a":${e}, "w\\"x" :${e},"__metadata__":{"k":"v"},"w\\"x":${e}}`, new Uint8Array(4));
    expect(userError(() => SafetensorsFile.open(p)).message).toBe(`${p}: tensor "w\\"x" is listed twice in the header`);
    const meta = rawFile(`{"a":${e},"__metadata__":{"k":"v","k":"w"}}`, new Uint8Array(4));
    expect(userError(() => SafetensorsFile.open(meta)).message).toBe(`${meta}: the header entry of "__metadata__" gives "k" twice`);
    const dtype = rawFile(`{"a":{"dtype":"F32","shape":[1],"dtype":"I8","data_offsets":[0,4]}}`, new Uint8Array(4));
    expect(userError(() => SafetensorsFile.open(dtype)).message).toBe(`${dtype}: the header entry of "a" gives "dtype" twice`);
    const ok = rawFile(`{"a":${e},"__metadata__":{"a":"1"}}`, new Uint8Array(4)); // a key inside the metadata is not a tensor
    expect(SafetensorsFile.open(ok).tensors.size).toBe(1);
  });
});

describe("opening what is not a file", () => {
  it("rejects a directory and a named pipe (which would block) before reading", () => {
    expect(userError(() => SafetensorsFile.open(dir)).message).toBe(`${dir}: is a directory, not a file`);
    const fifo = path.join(dir, "fifo");
    if (spawnSync("mkfifo", [fifo]).status !== 0) return; // no mkfifo here
    expect(userError(() => SafetensorsFile.open(fifo)).message).toBe(`${fifo}: is a named pipe, not a file`);
    fs.rmSync(fifo);
  });
});

describe("writeSafetensors failures", () => {
  /** Files in the test directory whose names start with that of `p` (the file or its temp file). */
  const leftovers = (p: string) => fs.readdirSync(dir).filter((n) => n.startsWith(path.basename(p)) || n.startsWith(".grok1-"));

  it("leaves neither the file nor a temp file when produce throws midway", () => {
    const p = freshPath();
    const specs: TensorToWrite[] = [0, 1, 2].map((i) => ({ name: `t${i}`, dtype: "F32", shape: [1024] }));
    expect(() => writeSafetensors(p, specs, (t) => {
      if (t.name === "t1") throw new Error("boom");
      return new Float32Array(1024);
    })).toThrow("boom");
    expect(leftovers(p)).toEqual([]);
  });

  it("leaves an existing file untouched when a rewrite fails", () => {
    const p = freshPath();
    writeSafetensors(p, [{ name: "v", dtype: "I8", shape: [1] }], () => new Int8Array([42]));
    const before = fs.readFileSync(p);
    expect(() => writeSafetensors(p, [{ name: "v", dtype: "I8", shape: [1] }], () => { throw new Error("boom"); })).toThrow("boom");
    expect(fs.readFileSync(p).equals(before)).toBe(true);
    expect(leftovers(p)).toEqual([path.basename(p)]);
  });

  it("rejects data of the wrong type or length, naming the tensor", () => {
    const p = freshPath();
    const spec: TensorToWrite[] = [{ name: "w", dtype: "BF16", shape: [2, 2] }];
    const wrongType = userError(() => writeSafetensors(p, spec, () => new Float32Array(4)));
    expect(wrongType.message).toMatch(/tensor "w": BF16 data must be a Uint16Array, got Float32Array/);
    const wrongLength = userError(() => writeSafetensors(p, spec, () => new Uint16Array(3)));
    expect(wrongLength.message).toMatch(/tensor "w": shape \[2, 2\] has 4 elements, but the data has 3/);
    expect(leftovers(p)).toEqual([]);
  });

  it("rejects bad tensor lists before producing anything", () => {
    const p = freshPath();
    const never = () => { throw new Error("produce must not be called"); };
    const i8 = (name: string, shape: number[] = [1]): TensorToWrite => ({ name, dtype: "I8", shape });
    expect(userError(() => writeSafetensors(p, [i8("a"), i8("a")], never)).message).toMatch(/tensor "a": listed twice/);
    expect(userError(() => writeSafetensors(p, [i8("__metadata__")], never)).message).toMatch(/reserved/);
    expect(userError(() => writeSafetensors(p, [i8("n", [-1])], never)).message).toMatch(/tensor "n": bad shape \[-1\]/);
    const f16 = { name: "h", dtype: "F16", shape: [1] } as unknown as TensorToWrite;
    expect(userError(() => writeSafetensors(p, [f16], never)).message).toMatch(/tensor "h": cannot write dtype "F16"/);
    expect(userError(() => writeSafetensors(p, [], never, { k: 1 as unknown as string })).message).toMatch(/metadata "k" must be a string/);
    expect(leftovers(p)).toEqual([]);
  });

  it("reports a failed rename or write as a UserError naming the path, not the temporary file", () => {
    const p = freshPath();
    const e = userError(() => writeSafetensors(p, [{ name: "v", dtype: "I8", shape: [1] }], () => {
      fs.mkdirSync(p); // a directory appears where the file goes: the rename fails
      return new Int8Array(1);
    }));
    expect(e.message).toBe(`cannot write ${p}: EISDIR: illegal operation on a directory`);
    fs.rmdirSync(p);
    expect(leftovers(p)).toEqual([]);
    expect(userError(() => writeSafetensors(dir, [], () => new Int8Array(0))).message).toBe(`cannot write ${dir}: it is a directory (give a file name)`);
  });

  it("writes a name as long as the file system allows (the temporary name is short)", () => {
    const p = path.join(dir, "n".repeat(255));
    writeSafetensors(p, [{ name: "v", dtype: "I8", shape: [1] }], () => new Int8Array([7]));
    expect(Array.from(SafetensorsFile.open(p).read("v"))).toEqual([7]);
    fs.rmSync(p);
  });

  it("refuses a file larger than its file system's free space before producing anything", () => {
    const p = freshPath();
    const huge: TensorToWrite[] = [{ name: "w", dtype: "F32", shape: [2 ** 50] }]; // 4 PiB
    const e = userError(() => writeSafetensors(p, huge, () => { throw new Error("produce must not be called"); }));
    expect(e.message).toMatch(new RegExp(`^cannot write ${p}: it takes 4096\\.00 TiB and its file system has [\\d.]+ [KMGT]?i?B free$`));
    expect(leftovers(p)).toEqual([]);
  });

  it("a large write killed midway leaves no temporary file: its watcher removes it", async () => {
    const p = freshPath();
    // a child writes 2 tensors of 40 MiB (past WATCHED_WRITE_BYTES) and is killed while producing the second
    const child = `
      const { writeSafetensors } = await import(${JSON.stringify(path.resolve("dist/src/weights/safetensors.js"))});
      writeSafetensors(${JSON.stringify(p)}, [0, 1].map((i) => ({ name: "t" + i, dtype: "F32", shape: [10 * 2 ** 20] })), (t) => {
        if (t.name === "t1") process.kill(process.pid, "SIGKILL");
        return new Float32Array(10 * 2 ** 20);
      });`;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", child]);
    expect(r.signal, r.stderr.toString()).toBe("SIGKILL");
    for (let waited = 0; leftovers(p).length > 0 && waited < 5000; waited += 50) await new Promise((done) => setTimeout(done, 50));
    expect(leftovers(p)).toEqual([]);
  });

  it("reports a missing directory as a UserError", () => {
    const p = path.join(dir, "no-such-dir", "x.safetensors");
    expect(userError(() => writeSafetensors(p, [], () => new Int8Array(0))).message).toContain("no-such-dir");
  });
});
