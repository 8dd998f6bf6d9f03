/**
 * The WebAssembly kernels against their TypeScript twins (src/kernels/ts_kernels.ts).
 *
 * Every kernel runs on every build this engine supports (baseline SIMD, relaxed SIMD,
 * SIMD without shared memory) and on 1 and 2 threads, with every job split between the
 * threads however small (minNsPerThread: 0). Shapes are ragged (1, 3, 5, 17, 33, and a
 * 4097-sized dimension), inputs include NaN and ±Inf, weights come in every dtype and
 * layout. Where the summation order is free the tolerance is the rigorous float32 bound
 * for two different orders of the same sum; elsewhere the results must be equal.
 */
import { spawnSync } from "node:child_process";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { UserError } from "../src/errors.js";
import { type AttentionArgs, type ExpertWeights, type Kernels, type Weight, groupRows } from "../src/kernels/kernels.js";
import { mulberry32 } from "../src/weights/init.js";
import { createKernels } from "../src/kernels/select.js";
import { tsKernels, weightAt } from "../src/kernels/ts_kernels.js";
import { ThreadPool, spinMicroseconds, splitRange } from "../src/kernels/thread_pool.js";
import { WASM32_BYTES, WasmHeap } from "../src/kernels/wasm_heap.js";
import { WasmKernels, packedWeightBytes } from "../src/kernels/wasm_kernels.js";
import { KERNEL_NAMES, compileBuild, detectFeatures, type WasmBuild } from "../src/kernels/wasm_module.js";
import { bf16BitsToF32, f32ToBf16Bits, roundBf16 } from "../src/dtype.js";
import { readFileSync } from "node:fs";

/** float32's unit roundoff, 2^-24. */
const U = 2 ** -24;
/** γ_n = n·u / (1 − n·u): a sum of n float32 terms, in any order, is within γ_n·Σ|terms| of the exact sum. */
const gamma = (n: number) => (n * U) / (1 - n * U);

const DIMS = [1, 3, 5, 17, 33];

// ---------------------------------------------------------------------------------------
// The kernels under test

interface Subject {
  label: string;
  kernels: WasmKernels;
}
const subjects: Subject[] = [];

beforeAll(async () => {
  const f = detectFeatures();
  const builds: WasmBuild[] = ["simd", "simd-unshared"];
  if (f.relaxedSimd) builds.push("relaxed-simd");
  for (const build of builds) {
    for (const threads of build === "simd-unshared" ? [1] : [1, 2]) {
      const kernels = await WasmKernels.create({ build, threads, minNsPerThread: 0 });
      subjects.push({ label: `${build} ×${threads}`, kernels });
    }
  }
});

afterAll(async () => {
  for (const s of subjects) await s.kernels.close();
});

// ---------------------------------------------------------------------------------------
// Inputs

/** A seeded generator, so that fast-check's seed decides every input. */
const rng = mulberry32;

const SPECIALS = [NaN, Infinity, -Infinity];

/** n float32 uniform in [-scale, scale); with `specials`, about 1 in 20 is NaN or ±Inf. */
function floats(r: () => number, n: number, scale: number, specials = false): Float32Array {
  const a = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    a[i] = specials && r() < 0.05 ? SPECIALS[Math.floor(r() * 3)] : (2 * r() - 1) * scale;
  }
  return a;
}

function randomWeight(
  r: () => number,
  K: number,
  N: number,
  dtype: Weight["dtype"],
  layout: Weight["layout"],
  roundToBf16: boolean,
  specials: boolean,
): Weight {
  const n = K * N;
  if (dtype === "f32") return { dtype, K, N, layout, data: floats(r, n, 1, specials) };
  if (dtype === "bf16") {
    const data = Uint16Array.from(floats(r, n, 1, specials), (v) => f32ToBf16Bits(v));
    return { dtype, K, N, layout, data };
  }
  const data = Int8Array.from({ length: n }, () => Math.floor(r() * 256) - 128);
  // scale groups along K: one (per column), or several, dividing K or not
  const G = r() < 0.5 ? 1 : 1 + Math.floor(r() * Math.min(K, 8));
  // scales as a checkpoint stores them (bf16 values) or arbitrary float32s
  const bf16Scales = r() < 0.5;
  const scales = Float32Array.from({ length: G * N }, () => {
    const s = specials && r() < 0.05 ? SPECIALS[Math.floor(r() * 3)] : r() * 0.05;
    return bf16Scales ? roundBf16(s) : s;
  });
  return { dtype, K, N, layout, data, scales, scaleGroups: G, roundToBf16 };
}

/** |W| as a float32 "kn" weight, for error bounds; rows outside [k0, k1) zero. */
function absWeight(w: Weight, k0 = 0, k1 = w.K): Weight {
  const data = new Float32Array(w.K * w.N);
  for (let k = k0; k < k1; k++) for (let n = 0; n < w.N; n++) data[k * w.N + n] = Math.abs(weightAt(w, k, n));
  return { dtype: "f32", K: w.K, N: w.N, layout: "kn", data };
}

// ---------------------------------------------------------------------------------------
// Comparisons

/**
 * Asserts actual ≈ expected elementwise: a NaN must be a NaN, an infinity the same
 * infinity, a finite value within tol(i) of the expected one.
 */
function expectClose(what: string, actual: Float32Array, expected: Float32Array, tol: (i: number) => number): void {
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i], e = expected[i];
    const ok = Number.isNaN(e) ? Number.isNaN(a) : !Number.isFinite(e) ? a === e : Math.abs(a - e) <= tol(i);
    if (!ok) {
      throw new Error(`${what}: element ${i} is ${a}, expected ${e} (tolerance ${tol(i)})`);
    }
  }
}

/** Equal values, −0 and +0 told apart; any NaN equals any NaN (their payloads are not compared). */
function expectSameValues(what: string, actual: Float32Array, expected: Float32Array): void {
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i], e = expected[i];
    if (!Object.is(a, e) && !(Number.isNaN(a) && Number.isNaN(e))) throw new Error(`${what}: element ${i} is ${a}, expected ${e}`);
  }
}

function expectBitsEqual(what: string, actual: Float32Array, expected: Float32Array): void {
  const a = new Uint32Array(actual.buffer, actual.byteOffset, actual.length);
  const e = new Uint32Array(expected.buffer, expected.byteOffset, expected.length);
  for (let i = 0; i < e.length; i++) {
    if (a[i] !== e[i]) throw new Error(`${what}: element ${i} has bits ${a[i].toString(16)}, expected ${e[i].toString(16)}`);
  }
}

/** Runs `check` on every subject, naming the subject in a failure. */
function forEachSubject(check: (k: Kernels, label: string) => void): void {
  expect(subjects.length).toBe(5); // simd and relaxed-simd on 1 and 2 threads, simd-unshared
  for (const { kernels, label } of subjects) check(kernels, label);
}

// ---------------------------------------------------------------------------------------
// matmul

/** Kernels.matmul against the twin, over all of W or (`group`) one scale group's rows. */
function checkMatmul(M: number, w: Weight, x: Float32Array, label = "", group?: number): void {
  const { K, N } = w;
  const [k0, k1] = groupRows(w, group);
  const expected = new Float32Array(M * N);
  tsKernels.matmul(x, M, w, expected, group);
  const bound = new Float32Array(M * N); // Σ |x|·|W| over the rows summed (NaN/±Inf outside them must not leak in)
  const xAbs = x.map((v, i) => (i % K >= k0 && i % K < k1 ? Math.abs(v) : 0));
  tsKernels.matmul(xAbs, M, absWeight(w, k0, k1), bound);
  const g = 2 * gamma(k1 - k0);
  forEachSubject((k, name) => {
    const y = new Float32Array(M * N).fill(12345);
    k.matmul(x, M, w, y, group);
    const what = `${name} matmul ${label} M=${M} K=${K} N=${N} ${w.dtype} ${w.layout}${group === undefined ? "" : ` group ${group}`}`;
    expectClose(what, y, expected, (i) => g * bound[i] + 1e-45);
  });
}

describe("matmul", () => {
  test("matches the TypeScript twin: ragged shapes, every dtype and layout, NaN/±Inf", () => {
    fc.assert(
      fc.property(
        fc.record({
          // decode (M ≤ 4), and prefill with every remainder of a 6- (relaxed) or 5-row (baseline) tile
          M: fc.constantFrom(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 17, 33),
          K: fc.constantFrom(...DIMS),
          N: fc.constantFrom(...DIMS),
          dtype: fc.constantFrom("f32" as const, "bf16" as const, "i8" as const),
          layout: fc.constantFrom("kn" as const, "nk" as const),
          roundToBf16: fc.boolean(),
          specials: fc.boolean(),
          seed: fc.integer(),
        }),
        ({ M, K, N, dtype, layout, roundToBf16, specials, seed }) => {
          const r = rng(seed);
          const w = randomWeight(r, K, N, dtype, layout, roundToBf16, specials);
          // an int8 weight: all of it, or one scale group's rows (a row-parallel shard)
          const G = w.dtype === "i8" ? (w.scaleGroups ?? 1) : 1;
          const group = w.dtype === "i8" && r() < 0.5 ? Math.floor(r() * G) : undefined;
          checkMatmul(M, w, floats(r, M * K, 2, specials), "", group);
        },
      ),
      { numRuns: 400 },
    );
  });

  test("a 4097-sized dimension: K (decode and prefill, across cache blocks) and N", () => {
    const r = rng(4097);
    for (const dtype of ["f32", "bf16", "i8"] as const) {
      for (const [M, K, N] of [[1, 4097, 33], [6, 4097, 17], [3, 17, 4097]]) {
        const w = randomWeight(r, K, N, dtype, "kn", dtype === "i8", false);
        checkMatmul(M, w, floats(r, M * K, 2), "4097");
      }
    }
  });

  test("one scale group's rows: across cache blocks, and the groups' partials add up to the whole", () => {
    const r = rng(8);
    for (const [M, K, N, G] of [[1, 4097, 33, 3], [6, 4097, 17, 8], [2, 600, 40, 8], [9, 600, 40, 7]]) {
      const w = { ...randomWeight(r, K, N, "i8", "kn", M % 2 === 0, false), scaleGroups: G } as Weight;
      (w as { scales: Float32Array }).scales = floats(r, G * N, 0.05).map(Math.abs);
      const x = floats(r, M * K, 2);
      for (let g = 0; g < G; g++) checkMatmul(M, w, x, "grouped", g);
      const whole = new Float32Array(M * N), sum = new Float32Array(M * N), part = new Float32Array(M * N);
      tsKernels.matmul(x, M, w, whole);
      for (let g = 0; g < G; g++) {
        tsKernels.matmul(x, M, w, part, g);
        for (let i = 0; i < sum.length; i++) sum[i] += part[i];
      }
      for (let i = 0; i < sum.length; i++) expect(Math.abs(sum[i] - whole[i])).toBeLessThan(1e-3 * (1 + Math.abs(whole[i])));
    }
  });

  test("a group is only asked of an 8-bit weight, and must be one of its groups", () => {
    const r = rng(9);
    const f32 = randomWeight(r, 8, 4, "f32", "kn", false, false);
    const i8 = { ...randomWeight(r, 8, 4, "i8", "kn", false, false), scaleGroups: 2, scales: new Float32Array(8).fill(0.5) } as Weight;
    const y = new Float32Array(4);
    for (const k of [tsKernels, subjects[0].kernels]) {
      expect(() => k.matmul(new Float32Array(8), 1, f32, y, 0)).toThrow(/group 0, but the weight \(f32\) has 1 scale group/);
      expect(() => k.matmul(new Float32Array(8), 1, i8, y, 2)).toThrow(/group 2, but the weight \(i8\) has 2 scale group/);
      expect(() => k.matmul(new Float32Array(8), 1, i8, y, 0.5)).toThrow(/group 0.5/);
    }
    expect(groupRows(i8, 1)).toEqual([4, 8]);
    expect(groupRows({ ...i8, K: 7, scaleGroups: 3 } as Weight, 1)).toEqual([3, 5]); // floor(k·3/7) = 1 for k = 3, 4
  });

  test("a weight is packed once and reused, by any Weight object over the same bytes", () => {
    const r = rng(7);
    const w = randomWeight(r, 33, 17, "bf16", "kn", false, false);
    const x = floats(r, 33, 1);
    forEachSubject((k) => {
      const wasm = k as WasmKernels;
      wasm.prepareWeight(w);
      const before = wasm.memoryBytes;
      const y1 = new Float32Array(17), y2 = new Float32Array(17);
      wasm.matmul(x, 1, w, y1);
      wasm.matmul(x, 1, { ...w, data: w.data.subarray(0) } as Weight, y2);
      expect(y2).toEqual(y1);
      expect(wasm.memoryBytes).toBe(before);
    });
  });

  test("packedWeightBytes is what packing takes", async () => {
    const k = await WasmKernels.create({ build: "simd" });
    const r = rng(5);
    const weights = [randomWeight(r, 33, 17, "i8", "kn", true, false), randomWeight(r, 5, 33, "bf16", "nk", false, false)];
    for (const w of weights) {
      const before = k.packedBytes;
      k.prepareWeight(w);
      expect(k.packedBytes - before).toBe(packedWeightBytes(w));
    }
    await k.close();
  });

  test("int8 decode: every q against tame and untame scales, exactly, in every rounding mode", () => {
    // W[k, n] = k − 128: every int8 value in each column. Columns 0..15 (one panel) have
    // tame scales (the decode path's factored and Veltkamp modes), bf16 values among them
    // (ties when rounding q·s to bf16); columns 16..31 add NaN, ±Inf, a subnormal and a
    // huge scale (the exact per-element path). A one-hot x selects one row of W, so y is
    // that row's weights exactly (every other product is a zero); x = 2^120 would overflow
    // the factored sum Σ x·q where the twin's x·fround(q·s) is finite.
    const K = 256, N = 32;
    const data = Int8Array.from({ length: K * N }, (_, i) => Math.floor(i / N) - 128);
    const tame = [1, 0.0123, 0.0456, 0.37, 2 ** -64, 2 ** 64, 0, -0.5, -3.1e-3, 7.7, 1e-5, 123.4, 0.02, 0.003, 0.9, 2 ** -20];
    // every other tame scale a bf16 value, with NaN/±Inf among the others; or every tame
    // scale a bf16 value and the others finite (the one-token decode's ROUND_BF16_FMA, which
    // a weight with a NaN or infinite scale anywhere does not take)
    const variants: [(n: number) => boolean, number[]][] = [
      [(n) => n % 2 === 0, [NaN, Infinity, -Infinity, 1e-40, 2 ** 70]],
      [() => true, [1e-40, 2 ** 70, -(2 ** 70), 3e-39]],
    ];
    for (const [bf16, untame] of variants)
    for (const roundToBf16 of [false, true]) {
      const scales = Float32Array.from({ length: N }, (_, n) =>
        n < 16 ? (bf16(n) ? roundBf16(tame[n]) : tame[n]) : untame[n % untame.length]);
      const w: Weight = { dtype: "i8", K, N, layout: "kn", data, scales, roundToBf16 };
      for (const hot of [1, 2 ** 120]) {
        for (let k0 = 0; k0 < K; k0 += 4) {
          const x = new Float32Array(4 * K);
          for (let m = 0; m < 4; m++) x[m * K + k0 + m] = hot;
          const expected = new Float32Array(4 * N);
          tsKernels.matmul(x, 4, w, expected);
          forEachSubject((k, name) => {
            for (const M of [1, 2, 3, 4]) {
              const y = new Float32Array(M * N);
              k.matmul(x.subarray(0, M * K), M, w, y);
              expectClose(`${name} M=${M} rows ${k0}.. ×${hot} roundToBf16=${roundToBf16}`, y, expected.subarray(0, M * N), () => 0);
            }
          });
        }
      }
    }
  });

  test("int8 decode: the inputs the mode choice hinges on, exactly (found by mutation testing)", () => {
    const f32 = (bits: number) => new Float32Array(new Uint32Array([bits]).buffer)[0];
    const one = (q: number[], scale: number, roundToBf16: boolean, x: number[]): [Weight, Float32Array] => [
      { dtype: "i8", K: q.length, N: 1, layout: "kn", data: Int8Array.from(q), scales: new Float32Array([scale]), roundToBf16 },
      new Float32Array(x),
    ];
    const cases: [string, Weight, Float32Array][] = [
      // a huge x among the last M·K mod 4 inputs: the factored sum would overflow
      ["huge x in the inputs' tail", ...one([...Array(16).fill(0), 127], 0.01, false, [...Array(16).fill(0), 2 ** 120])],
      // a subnormal scale alone in its panel: not tame (q·s would lose bits in the cheap modes)
      ["subnormal scale", ...one([127], 1e-40, true, [1])],
      // a finite scale that is not a bf16 value, rounded to bf16, one token: not the bf16-scales shortcut
      ["non-bf16 scale, rounded", ...one([-69], f32(0x3c89bd38), true, [1])],
      // a NaN scale whose payload the cheap rounding would carry into the exponent
      ["NaN scale with a payload", ...one([1], f32(0x7fffffff), true, [1])],
    ];
    for (const [what, w, x] of cases) {
      const expected = new Float32Array(1);
      tsKernels.matmul(x, 1, w, expected);
      forEachSubject((k, name) => {
        const y = new Float32Array(1);
        k.matmul(x, 1, w, y);
        expectClose(`${name} ${what}`, y, expected, () => 0);
      });
    }
  });

  test("a weight too large for any wasm32 memory is refused with a UserError", async () => {
    const k = await WasmKernels.create({ build: "simd" });
    // 65536 × 32768 float32 = 8 GiB; the data is never read (the allocation fails first)
    const data = { length: 65536 * 32768, byteOffset: 0, buffer: new ArrayBuffer(8) } as unknown as Float32Array;
    const huge: Weight = { dtype: "f32", K: 65536, N: 32768, layout: "kn", data };
    expect(() => k.prepareWeight(huge)).toThrow(UserError);
    expect(() => k.prepareWeight(huge)).toThrow(/a weight of \d+ bytes packed .* does not fit in a wasm32 memory of 4294967296 bytes; use --kernels ts/);
    expect(k.bankCount).toBe(1); // no memory was opened for it
    await k.close();
  });
});

// ---------------------------------------------------------------------------------------
// rmsNorm, softmax, gelu, roundBf16, topK

describe("columns (the embedding lookup)", () => {
  test("equal the twin's bit for bit: ragged shapes, both layouts, f32 and bf16, NaN/±Inf, repeated ids", () => {
    fc.assert(
      fc.property(
        fc.record({
          K: fc.constantFrom(...DIMS),
          N: fc.constantFrom(...DIMS),
          dtype: fc.constantFrom("f32" as const, "bf16" as const),
          layout: fc.constantFrom("kn" as const, "nk" as const),
          count: fc.integer({ min: 1, max: 9 }),
          seed: fc.integer(),
        }),
        ({ K, N, dtype, layout, count, seed }) => {
          const r = rng(seed);
          const w = randomWeight(r, K, N, dtype, layout, false, true);
          const ids = Int32Array.from({ length: count }, (_, i) => (i === 0 ? N - 1 : Math.floor(r() * N)));
          const expected = new Float32Array(count * K);
          tsKernels.columns(w, ids, expected);
          forEachSubject((k, name) => {
            const out = new Float32Array(count * K).fill(12345);
            k.columns(w, ids, out);
            expectBitsEqual(`${name} columns K=${K} N=${N} ${dtype} ${layout}`, out, expected);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  test("ids outside [0, N) and int8 weights are refused", () => {
    const r = rng(41);
    const w = randomWeight(r, 8, 20, "f32", "nk", false, false);
    forEachSubject((k) => {
      expect(() => k.columns(w, Int32Array.of(3, 20), new Float32Array(16))).toThrow(/id 20 is outside \[0, 20\)/);
      expect(() => k.columns(w, Int32Array.of(-1), new Float32Array(8))).toThrow(/outside/);
      expect(() => k.columns(randomWeight(r, 8, 20, "i8", "nk", false, false), Int32Array.of(1), new Float32Array(8))).toThrow(/8-bit/);
    });
  });
});

describe("row and elementwise kernels", () => {
  const lengths = fc.constantFrom(...DIMS, 4097);

  test("rmsNorm", () => {
    fc.assert(
      fc.property(fc.constantFrom(1, 3, 5, 17), lengths, fc.boolean(), fc.integer(), (rows, D, specials, seed) => {
        const r = rng(seed);
        const x = floats(r, rows * D, 4, specials);
        const scale = floats(r, D, 2);
        const eps = r() < 0.5 ? 1e-5 : r() * 1e-3;
        const expected = new Float32Array(rows * D);
        tsKernels.rmsNorm(x, rows, D, scale, eps, expected);
        forEachSubject((k, name) => {
          const y = new Float32Array(rows * D);
          k.rmsNorm(x, rows, D, scale, eps, y);
          // every operation the twin's, in its order (the sum of squares in float64): equal values
          expectSameValues(`${name} rmsNorm rows=${rows} D=${D}`, y, expected);
        });
      }),
      { numRuns: 120 },
    );
  });

  test("softmax", () => {
    fc.assert(
      fc.property(fc.constantFrom(1, 3, 5, 17), lengths, fc.boolean(), fc.integer(), (rows, n, specials, seed) => {
        const r = rng(seed);
        const x = floats(r, rows * n, 30, specials);
        const expected = x.slice();
        tsKernels.softmax(expected, rows, n);
        forEachSubject((k, name) => {
          const y = x.slice();
          k.softmax(y, rows, n);
          // every operation the twin's, in its order; exp the float64 exp rounded once, as
          // the twin's (test/rounded_math.test.ts): equal values
          expectSameValues(`${name} softmax rows=${rows} n=${n}`, y, expected);
        });
      }),
      { numRuns: 120 },
    );
  });

  test("gelu", () => {
    fc.assert(
      fc.property(lengths, fc.boolean(), fc.integer(), (n, specials, seed) => {
        const r = rng(seed);
        const x = floats(r, n, 12, specials);
        const expected = x.slice();
        tsKernels.gelu(expected);
        forEachSubject((k, name) => {
          const y = x.slice();
          k.gelu(y);
          // the twin's float32 operations in its order, XLA's tanh on both sides: equal values
          expectSameValues(`${name} gelu n=${n}`, y, expected);
        });
      }),
      { numRuns: 120 },
    );
  });

  test("gelu on bf16 values: as JAX computes jax.nn.gelu on a bf16 array", () => {
    // golden/gelu: JAX's result for every bf16 input (golden/gelu/generate.py)
    const file = readFileSync(new URL("../golden/gelu/jax_gelu_bf16.u16", import.meta.url));
    const jax = Uint16Array.from({ length: 0x10000 }, (_, i) => file.readUInt16LE(2 * i));
    const x = Float32Array.from({ length: 0x10000 }, (_, bits) => bf16BitsToF32(bits));
    const twin = x.slice();
    tsKernels.gelu(twin, true);
    for (let i = 0; i < x.length; i++) {
      // XLA's CPU flushes subnormals to zero: compare where every step stays normal
      if (!(Math.abs(x[i]) > 1e-30)) continue;
      const want = bf16BitsToF32(jax[i]);
      expect(Object.is(twin[i], want) || (Number.isNaN(want) && Number.isNaN(twin[i])), `gelu_bf16(${x[i]}): ${twin[i]}, JAX ${want}`).toBe(true);
    }
    // the WebAssembly kernels against the twin: bit for bit (both take XLA's tanh)
    forEachSubject((k, name) => {
      const y = x.slice();
      k.gelu(y, true);
      expectSameValues(`${name} gelu bf16`, y, twin);
    });
  });

  test("roundBf16 is exact, NaN payloads and the overflow to Inf included", () => {
    fc.assert(
      fc.property(lengths, fc.integer(), (n, seed) => {
        const r = rng(seed);
        const bits = Uint32Array.from({ length: n }, () => {
          const c = r();
          if (c < 0.1) return 0x7f800000 | Math.floor(r() * 0x800000) | (r() < 0.5 ? 0x80000000 : 0); // NaN / Inf
          if (c < 0.2) return (0x7f7f0000 + Math.floor(r() * 0x10000)) | (r() < 0.5 ? 0x80000000 : 0); // near the largest
          if (c < 0.3) return Math.floor(r() * 0x10000) * 0x10000 + 0x8000; // exact ties
          return Math.floor(r() * 2 ** 32);
        });
        const x = new Float32Array(bits.buffer);
        const expected = x.slice();
        tsKernels.roundBf16(expected);
        forEachSubject((k, name) => {
          const y = x.slice();
          k.roundBf16(y);
          expectBitsEqual(`${name} roundBf16 n=${n}`, y, expected);
        });
      }),
      { numRuns: 60 },
    );
  });

  test("topK: XLA's order on JAX's own examples (IEEE total order: −NaN < −Inf < −0 < +0 < +Inf < +NaN)", () => {
    const f32 = (bits: number[]) => new Float32Array(new Uint32Array(bits).buffer);
    const NEG_NAN = 0xffc00000, POS_NAN = 0x7fc00000;
    // jax.lax.top_k, JAX 0.10.2 on the CPU (eager and jitted alike)
    const cases: [Float32Array, number[]][] = [
      [f32([0x3f800000, POS_NAN, 0x40400000, NEG_NAN, 0x7f800000]), [1, 4, 2, 0, 3]], // [1, NaN, 3, −NaN, Inf]
      [new Float32Array([-0, 0]), [1, 0]],
      [new Float32Array([0, -0]), [0, 1]],
      [f32([POS_NAN, NEG_NAN, POS_NAN, NEG_NAN, 0x3f800000]), [0, 2, 4, 1, 3]],
      [f32([0x7fc00000, 0x7fc00001, 0xffc00001, 0xffc00000]), [1, 0, 3, 2]], // NaNs by payload
    ];
    for (const [x, expected] of cases) {
      const n = x.length;
      const ev = new Float32Array(n), ei = new Int32Array(n);
      tsKernels.topK(x, 1, n, n, ev, ei);
      expect(Array.from(ei), "twin").toEqual(expected);
      forEachSubject((kernels, name) => {
        const v = new Float32Array(n), i = new Int32Array(n);
        kernels.topK(x, 1, n, n, v, i);
        expect(Array.from(i), `${name} topK indices`).toEqual(expected);
        expectBitsEqual(`${name} topK values`, v, ev);
      });
    }
  });

  test("topK: largest first, ties to the lower index, ±Inf, ±0 and NaNs of both signs", () => {
    fc.assert(
      fc.property(fc.constantFrom(1, 3, 5), lengths, fc.integer({ min: 1, max: 8 }), fc.integer(), (rows, n, kk, seed) => {
        const r = rng(seed);
        const k = Math.min(kk, n);
        const nan = (bits: number) => new Float32Array(new Uint32Array([bits]).buffer)[0];
        const pool = [Infinity, -Infinity, 0, -0, 1, -1, 2.5, nan(0x7fc00000), nan(0xffc00000), nan(0x7fc00003)];
        // few distinct values: many ties
        const x = Float32Array.from({ length: rows * n }, () => (r() < 0.5 ? pool[Math.floor(r() * pool.length)] : Math.floor(r() * 8) - 4));
        const ev = new Float32Array(rows * k), ei = new Int32Array(rows * k);
        tsKernels.topK(x, rows, n, k, ev, ei);
        forEachSubject((kernels, name) => {
          const v = new Float32Array(rows * k), i = new Int32Array(rows * k);
          kernels.topK(x, rows, n, k, v, i);
          expect(Array.from(i), `${name} topK indices`).toEqual(Array.from(ei));
          expectBitsEqual(`${name} topK values`, v, ev);
        });
      }),
      { numRuns: 120 },
    );
  });
});

// ---------------------------------------------------------------------------------------
// rope

describe("rope", () => {
  test("matches the twin (half-split pairs, per-row offsets, large positions)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(1, 2, 3),
        fc.constantFrom(1, 3, 5, 17),
        fc.constantFrom(1, 3),
        fc.constantFrom(2, 6, 10, 34, 128),
        fc.boolean(),
        fc.integer(),
        (B, T, H, K, specials, seed) => {
          const r = rng(seed);
          const x = floats(r, B * T * H * K, 3, specials);
          const offset = Int32Array.from({ length: B }, () => Math.floor(r() * 8192));
          const invFreq = Float32Array.from({ length: K / 2 }, (_, j) => 1 / 10000 ** ((2 * j) / K));
          const expected = x.slice();
          tsKernels.rope(expected, B, T, H, K, offset, invFreq);
          forEachSubject((k, name) => {
            const y = x.slice();
            k.rope(y, B, T, H, K, offset, invFreq);
            // a cos or sin may round differently (float64 last-bit ties): one ulp of each term
            const half = K / 2;
            const tol = (i: number) => {
              const j = i % K, o = i - j + (j % half);
              return 2 * U * (Math.abs(x[o]) + Math.abs(x[o + half])) + 1e-45;
            };
            expectClose(`${name} rope B=${B} T=${T} H=${H} K=${K}`, y, expected, tol);
          });
        },
      ),
      { numRuns: 120 },
    );
  });
});

// ---------------------------------------------------------------------------------------
// attention

function attentionCase(
  r: () => number,
  s: { B: number; T: number; S: number; Hkv: number; G: number; K: number },
  opts: { bf16: boolean; integerQK: boolean; specials: boolean },
): AttentionArgs {
  const { B, T, S, Hkv, G, K } = s;
  const Hq = Hkv * G;
  const qk = (n: number) =>
    opts.integerQK ? Float32Array.from({ length: n }, () => Math.floor(r() * 9) - 4) : floats(r, n, 1, opts.specials);
  const v = floats(r, B * S * Hkv * K, 2, opts.specials);
  if (opts.bf16) v.forEach((e, i) => (v[i] = roundBf16(e)));
  const mask = Uint8Array.from({ length: B * T * S }, () => (r() < 0.75 ? 1 : 0));
  if (T > 1) mask.fill(0, S, 2 * S); // one fully masked query: uniform weights
  return {
    B, T, S, Hq, Hkv, K,
    q: qk(B * T * Hq * K),
    k: qk(B * S * Hkv * K),
    v,
    mask,
    multiplier: r() < 0.5 ? 0.08838834764831845 : r(),
    bf16: opts.bf16,
    out: new Float32Array(B * T * Hq * K),
  };
}

function checkAttention(a: AttentionArgs, label: string): void {
  if (a.bf16 && !a.q.every(Number.isInteger)) throw new Error("bf16-mode cases use integer q and k");
  const expected = new Float32Array(a.out.length);
  tsKernels.attention({ ...a, out: expected });
  // Only the dot products' order differs from the twin's: a logit moves by at most
  // |multiplier| times their error (two orders of K products, finite inputs; NaN and ±Inf
  // give the same logit in any order), plus an ulp of the soft cap's 30 (the roundings of
  // the cap's float32 steps on different inputs); a weight then moves by twice that,
  // relative; the weighted sum adds an ulp per term.
  const finiteMax = (a: Float32Array) => a.reduce((m, e) => (Number.isFinite(e) ? Math.max(m, Math.abs(e)) : m), 0);
  let maxQSum = 0;
  for (let i = 0; i < a.q.length; i += a.K) {
    let s = 0;
    for (let j = 0; j < a.K; j++) if (Number.isFinite(a.q[i + j])) s += Math.abs(a.q[i + j]);
    maxQSum = Math.max(maxQSum, s);
  }
  const logitErr = Math.abs(a.multiplier) * 2 * gamma(a.K) * maxQSum * finiteMax(a.k) + 2 ** -19;
  // With integer q and k (the bf16 cases) the dot products are exact, and every step after
  // them is the twin's float32 operation in its order (tanh and exp the float64 function
  // rounded once, as there): equal outputs, so bf16 mode needs no slack for rounding ties.
  const exact = a.q.every(Number.isInteger) && a.k.every(Number.isInteger);
  const tol = exact ? 0 : (2 * logitErr + (a.S + 4) * U) * finiteMax(a.v) + 1e-30;
  forEachSubject((k, name) => {
    const out = new Float32Array(a.out.length).fill(777);
    k.attention({ ...a, out });
    expectClose(`${name} attention ${label}`, out, expected, () => tol);
  });
}

describe("attention", () => {
  const shapes = fc.record({
    B: fc.constantFrom(1, 2),
    T: fc.constantFrom(1, 3, 5),
    S: fc.constantFrom(...DIMS),
    Hkv: fc.constantFrom(1, 2),
    G: fc.constantFrom(1, 3),
    K: fc.constantFrom(...DIMS, 128),
  });

  test("float32 mode, NaN/±Inf inputs", () => {
    fc.assert(
      fc.property(shapes, fc.boolean(), fc.integer(), (s, specials, seed) => {
        checkAttention(attentionCase(rng(seed), s, { bf16: false, integerQK: false, specials }), JSON.stringify(s));
      }),
      { numRuns: 200 },
    );
  });

  test("bfloat16 mode (integer q and k: every order gives the same logits)", () => {
    fc.assert(
      fc.property(shapes, fc.integer(), (s, seed) => {
        checkAttention(attentionCase(rng(seed), s, { bf16: true, integerQK: true, specials: false }), `bf16 ${JSON.stringify(s)}`);
      }),
      { numRuns: 120 },
    );
  });

  test("a causal prompt: future slots left out exactly, and an infinite value there still gives NaN", () => {
    const r = rng(77);
    for (const bf16 of [false, true]) {
      const a = attentionCase(r, { B: 2, T: 9, S: 9, Hkv: 2, G: 3, K: 20 }, { bf16, integerQK: true, specials: false });
      a.mask = Uint8Array.from({ length: 2 * 9 * 9 }, (_, i) => (i % 9 <= Math.floor(i / 9) % 9 ? 1 : 0)); // s <= t
      checkAttention(a, `causal bf16=${bf16}`);
      // slot 6 of batch row 1, value head 0: +Inf. Query rows t < 6 give it weight 0, and 0 · Inf is NaN
      const v = a.v.slice();
      v[((1 * 9 + 6) * 2 + 0) * 20 + 3] = Infinity;
      const withInf = { ...a, v };
      checkAttention(withInf, `causal, Inf in a future slot, bf16=${bf16}`);
      const out = new Float32Array(a.out.length);
      tsKernels.attention({ ...withInf, out });
      expect(Number.isNaN(out[((1 * 9 + 0) * 6 + 0) * 20 + 3])).toBe(true); // b 1, t 0, head 0
    }
  });

  test("a KV cache of more slots than S per batch row (slots): the slots past S are never read", () => {
    fc.assert(
      fc.property(
        fc.record({ B: fc.constantFrom(1, 2, 3), T: fc.constantFrom(1, 3), S: fc.constantFrom(1, 5, 17), Hkv: fc.constantFrom(1, 2), G: fc.constantFrom(1, 3), K: fc.constantFrom(4, 33) }),
        fc.constantFrom(0, 1, 7),
        fc.boolean(),
        fc.integer(),
        (sh, extra, bf16, seed) => {
          const a = attentionCase(rng(seed), sh, { bf16, integerQK: true, specials: false });
          const slots = sh.S + extra, width = sh.Hkv * sh.K;
          // each row's S slots, then `extra` slots of NaN that must not reach the output
          const spread = (x: Float32Array) => {
            const y = new Float32Array(sh.B * slots * width).fill(NaN);
            for (let b = 0; b < sh.B; b++) y.set(x.subarray(b * sh.S * width, (b + 1) * sh.S * width), b * slots * width);
            return y;
          };
          const k = spread(a.k), v = spread(a.v);
          const want = new Float32Array(a.out.length);
          tsKernels.attention({ ...a, out: want });
          const twin = new Float32Array(a.out.length);
          tsKernels.attention({ ...a, k, v, slots, out: twin });
          expect(twin).toEqual(want);
          forEachSubject((kernels, label) => {
            const wk = kernels as WasmKernels;
            const kIn = wk.allocateF32(k.length), vIn = wk.allocateF32(v.length);
            kIn.set(k);
            vIn.set(v);
            for (const [kk, vv, how] of [[k, v, "copied"], [kIn, vIn, "in place"]] as const) {
              const out = new Float32Array(a.out.length);
              wk.attention({ ...a, k: kk, v: vv, slots, out });
              expect(out, `${label}, ${how}, ${JSON.stringify(sh)} slots ${slots}`).toEqual(want);
            }
            wk.releaseF32(kIn);
            wk.releaseF32(vIn);
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  test("a 4097-slot KV memory, one decode token", () => {
    const r = rng(4097);
    for (const bf16 of [false, true]) {
      checkAttention(attentionCase(r, { B: 1, T: 1, S: 4097, Hkv: 2, G: 3, K: 33 }, { bf16, integerQK: bf16, specials: false }), "S=4097");
    }
  });
});

// ---------------------------------------------------------------------------------------
// Memory, threads, selection

describe("expertFfn (one expert's gated FFN)", () => {
  /**
   * The composition Kernels.expertFfn names, on kernels `k`, one kernel call at a time:
   * spelled out here, not taken from kernels.ts expertFfnComposed, because the TypeScript
   * twin is that function and this is its oracle.
   */
  function composed(k: Kernels, x: Float32Array, n: number, w: ExpertWeights, round: { h: boolean; hv: boolean }): Float32Array {
    const F = w.linear.N;
    const h = new Float32Array(n * F), hv = new Float32Array(n * F), out = new Float32Array(n * w.linear_1.N);
    k.matmul(x, n, w.linear, h);
    k.matmul(x, n, w.linear_v, hv);
    if (round.h) k.roundBf16(h);
    if (round.hv) k.roundBf16(hv);
    k.gelu(h);
    for (let i = 0; i < h.length; i++) h[i] = Math.fround(h[i] * hv[i]);
    k.matmul(h, n, w.linear_1, out);
    return out;
  }
  const expert = (r: () => number, D: number, F: number, dtype: Weight["dtype"], roundToBf16: boolean): ExpertWeights => ({
    linear: randomWeight(r, D, F, dtype, "kn", roundToBf16, false),
    linear_v: randomWeight(r, D, F, dtype, "kn", roundToBf16, false),
    linear_1: randomWeight(r, F, D, dtype, "kn", roundToBf16, false),
  });

  test("equals its composition of matmul, roundBf16, gelu and the product, bit for bit, on every build and thread count", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(1, 2, 3, 5, 9, 33),
        fc.constantFrom(...DIMS, 40),
        fc.constantFrom(1, 17, 56, 100),
        fc.constantFrom("f32", "bf16", "i8"),
        fc.boolean(),
        fc.boolean(),
        fc.integer(),
        (n, D, F, dtype, flagA, flagB, seed) => {
          const r = rng(seed);
          const w = expert(r, D, F, dtype as Weight["dtype"], dtype === "i8" && flagA);
          const x = floats(r, n * D, 1, false);
          const round = { h: flagA, hv: flagB };
          const want = composed(tsKernels, x, n, w, round);
          const out = new Float32Array(n * D).fill(777);
          tsKernels.expertFfn(x, n, w, round, out);
          expect(out, `ts, n ${n} D ${D} F ${F} ${dtype}`).toEqual(want);
          forEachSubject((k, label) => {
            const out = new Float32Array(n * D).fill(777);
            k.expertFfn(x, n, w, round, out);
            const parts = composed(k, x, n, w, round);
            const same = out.every((v, i) => Object.is(v, parts[i]) || (Number.isNaN(v) && Number.isNaN(parts[i])));
            if (!same) expect.fail(`${label}, n ${n} D ${D} F ${F} ${dtype} round ${JSON.stringify(round)}: differs from its composition`);
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  test("with its weights in different memory banks: the same result, one kernel at a time", async () => {
    const r = rng(31);
    // three 352 KiB f32 weights against 1 MiB banks, room for one each beside its packing
    const w = expert(r, 300, 300, "f32", false);
    const x = floats(r, 9 * 300, 1);
    const one = await WasmKernels.create({ build: "simd", threads: 2, minNsPerThread: 0 });
    const banked = await WasmKernels.create({ build: "simd", threads: 2, minNsPerThread: 0, bankBytes: 2 ** 20 });
    for (const n of [1, 9]) {
      const want = new Float32Array(n * 300), got = new Float32Array(n * 300);
      one.expertFfn(x, n, w, { h: true, hv: false }, want);
      banked.expertFfn(x, n, w, { h: true, hv: false }, got);
      expect(banked.bankCount).toBeGreaterThan(1);
      expect(got, `n ${n}`).toEqual(want);
    }
    await Promise.all([one.close(), banked.close()]);
  });
});

describe("memory banks", () => {
  test("weights past one memory go to further banks: the same results, on 1 and 2 threads, and release frees each bank", async () => {
    const r = rng(23);
    const dtypes = ["f32", "bf16", "i8"] as const;
    // 1.6 MiB of packed weights against 1 MiB banks (each holding at most 768 KiB of weights)
    const weights = Array.from({ length: 6 }, (_, i) => randomWeight(r, 512, 200 + i, dtypes[i % 3], i % 2 ? "nk" : "kn", i === 5, false));
    const xs = [1, 9].map((M) => ({ M, x: floats(r, M * 512, 1) }));
    for (const threads of [1, 2]) {
      const one = await WasmKernels.create({ build: "simd", threads, minNsPerThread: 0 });
      const banked = await WasmKernels.create({ build: "simd", threads, minNsPerThread: 0, bankBytes: 2 ** 20 });
      for (const w of weights) banked.prepareWeight(w);
      expect(banked.bankCount).toBe(2);
      // one pool of threads serves both memories
      const banks = (banked as unknown as { banks: { pool: unknown }[] }).banks;
      expect(banks[1].pool).toBe(banks[0].pool);
      expect(banked.packedBytes).toBe(weights.reduce((sum, w) => sum + packedWeightBytes(w), 0));
      for (const w of weights)
        for (const { M, x } of xs) {
          const want = new Float32Array(M * w.N), got = new Float32Array(M * w.N);
          one.matmul(x, M, w, want);
          banked.matmul(x, M, w, got);
          expect(got, `${threads} threads, M=${M}, ${w.dtype} K=${w.K} N=${w.N}`).toEqual(want);
        }
      for (const w of weights) banked.releaseWeight(w);
      expect(banked.packedBytes).toBe(0);
      await Promise.all([one.close(), banked.close()]);
    }
  });

  test("an adopted weight keeps only its packed copy: the same products and columns, its array emptied, released on request", async () => {
    const r = rng(29);
    const k = await WasmKernels.create({ build: "simd", threads: 2, minNsPerThread: 0 });
    // two experts as views of one stacked array, as the loader makes them, and one of each dtype
    const stacked = floats(r, 2 * 64 * 40, 1);
    const experts: Weight[] = [0, 1].map((e) => ({ dtype: "f32", K: 64, N: 40, layout: "kn", data: stacked.subarray(e * 2560, (e + 1) * 2560) }));
    const weights = [...experts, randomWeight(r, 64, 40, "bf16", "nk", false, false), randomWeight(r, 64, 40, "i8", "kn", true, false)];
    const xs = [1, 9].map((M) => ({ M, x: floats(r, M * 64, 1) }));
    const run = (w: Weight) => xs.map(({ M, x }) => {
      const y = new Float32Array(M * w.N);
      k.matmul(x, M, w, y);
      return y;
    });
    const ids = Int32Array.of(39, 0, 17);
    const cols = (w: Weight) => {
      const out = new Float32Array(3 * 64);
      if (w.dtype !== "i8") k.columns(w, ids, out);
      return out;
    };
    const want = weights.map(run);
    const wantColumns = weights.map(cols);
    const bytes = k.packedBytes;
    for (const w of weights) k.adoptWeight(w);
    for (const w of weights) k.adoptWeight(w); // twice: nothing more happens
    expect(weights.map((w) => w.data.length)).toEqual([0, 0, 0, 0]);
    expect(k.packedBytes).toBe(bytes);
    expect(weights.map(run)).toEqual(want);
    expect(weights.map(cols)).toEqual(wantColumns); // the embedding lookup reads the packed copy
    for (const w of weights) k.releaseWeight(w);
    expect(k.packedBytes).toBe(0);
    await k.close();
  });

  test("collecting an adopted weight's old array frees nothing (the packed copy now hangs on the new one)", async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const k = await WasmKernels.create({ build: "simd", threads: 1 });
    const adopt = () => {
      // the old arrays are referenced only in here
      const stacked = floats(rng(31), 2 * 64 * 40, 1);
      const ws: Weight[] = [0, 1].map((e) => ({ dtype: "f32", K: 64, N: 40, layout: "kn", data: stacked.subarray(e * 2560, (e + 1) * 2560) }));
      for (const w of ws) k.adoptWeight(w);
      return ws;
    };
    const weights = adopt();
    const bytes = k.packedBytes;
    const x = floats(rng(32), 64, 1);
    const before = weights.map((w) => {
      const y = new Float32Array(40);
      k.matmul(x, 1, w, y);
      return y;
    });
    for (let i = 0; i < 3; i++) {
      gc();
      await new Promise((resolve) => setTimeout(resolve, 10)); // finalizers run after a collection
    }
    expect(k.packedBytes).toBe(bytes);
    const other = floats(rng(33), 64 * 40, 1); // would take the room of a wrongly freed copy
    k.prepareWeight({ dtype: "f32", K: 64, N: 40, layout: "kn", data: other });
    for (const [i, w] of weights.entries()) {
      const y = new Float32Array(40);
      k.matmul(x, 1, w, y);
      expect(y).toEqual(before[i]);
    }
    await k.close();
  });

  test("a released bank's room is reused before a new bank is opened", async () => {
    const r = rng(29);
    const k = await WasmKernels.create({ build: "simd", bankBytes: 2 * 2 ** 20 });
    // 800 KiB packed, and as much again while packing: two fit no 2 MiB bank
    const big = () => randomWeight(r, 512, 400, "f32", "kn", false, false);
    const a = big(), b = big();
    k.prepareWeight(a);
    k.prepareWeight(b);
    expect(k.bankCount).toBe(2);
    k.releaseWeight(a);
    k.prepareWeight(big());
    expect(k.bankCount).toBe(2);
    await k.close();
  });
});


describe("WasmHeap", () => {
  test("first-fit reuse of freed weights, coalescing, and the top given back", () => {
    const memory = new WebAssembly.Memory({ initial: 1, maximum: 65536 });
    const heap = new WasmHeap(memory, 1024, WASM32_BYTES);
    const a = heap.allocWeight(100), b = heap.allocWeight(1000), c = heap.allocWeight(64);
    expect([a, b, c]).toEqual([1024, 1024 + 128, 1024 + 128 + 1024]);
    heap.freeWeight(a, 100);
    heap.freeWeight(b, 1000);
    expect(heap.allocWeight(1100)).toBe(a); // a and b merged into one free block
    heap.freeWeight(c, 64);
    heap.freeWeight(a, 1100);
    expect(heap.weightBytes).toBe(0);
    expect(heap.allocWeight(10)).toBe(1024); // everything was given back to the bump region
  });

  test("memory grows for large scratch, and views follow", () => {
    const memory = new WebAssembly.Memory({ initial: 1, maximum: 65536, shared: true });
    const heap = new WasmHeap(memory, 1024, WASM32_BYTES);
    heap.resetScratch();
    const x = Float32Array.from({ length: 1 << 20 }, (_, i) => i);
    const address = heap.put(x);
    const out = new Float32Array(x.length);
    heap.getF32(address, x.length, out);
    expect(out.every((e, i) => e === i)).toBe(true);
    expect(memory.buffer.byteLength).toBeGreaterThan(4 << 20);
  });
});

describe("arrays in the kernels' memory (allocateF32: the KV cache)", () => {
  test("attention reads them in place: the twin's result, also after the memory grew; zeroed when reused; given back", async () => {
    const r = rng(41);
    const k = await WasmKernels.create({ build: "simd", threads: 2, minNsPerThread: 0 });
    const a = attentionCase(r, { B: 1, T: 1, S: 33, Hkv: 2, G: 3, K: 20 }, { bf16: true, integerQK: true, specials: false });
    const want = new Float32Array(a.out.length);
    tsKernels.attention({ ...a, out: want });
    const keys = k.allocateF32(a.k.length + 100), values = k.allocateF32(a.v.length);
    expect(keys.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(keys.every((e) => e === 0) && values.every((e) => e === 0)).toBe(true);
    keys.set(a.k);
    values.set(a.v);
    const run = () => {
      const out = new Float32Array(a.out.length);
      k.attention({ ...a, k: keys.subarray(0, a.k.length), v: values, out });
      return out;
    };
    expect(run()).toEqual(want);
    const bytes = k.memoryBytes;
    k.matmul(new Float32Array(1 << 22), 1, randomWeight(r, 1 << 22, 1, "f32", "kn", false, false), new Float32Array(1)); // 16 MiB of x: the memory grows
    expect(k.memoryBytes).toBeGreaterThan(bytes);
    expect(run()).toEqual(want); // the views still see the (shared, grown) memory
    expect(k.packedBytes).toBeGreaterThan(0); // that matmul's weight; the arrays are not counted as weights
    const weights = k.packedBytes;
    keys.fill(5);
    k.releaseF32(keys);
    k.releaseF32(keys); // twice: nothing more
    k.releaseF32(new Float32Array(3)); // not ours: nothing
    const again = k.allocateF32(a.k.length + 100);
    expect(again.byteOffset).toBe(keys.byteOffset); // the room given back is reused ...
    expect(again.every((e) => e === 0)).toBe(true); // ... zeroed
    expect(k.packedBytes).toBe(weights);
    await k.close();
  });

  test("without shared memory they are plain arrays (growing would detach a view)", async () => {
    const k = await WasmKernels.create({ build: "simd-unshared", threads: 1 });
    const a = k.allocateF32(10);
    expect(a.buffer).toBeInstanceOf(ArrayBuffer);
    expect(a.length).toBe(10);
    k.releaseF32(a);
    await k.close();
  });
});

describe("the same bits on any thread count", () => {
  // Which thread runs which part must never change a result: each part is a fixed range
  // computed by the same code whatever the split. 1 thread against 3 and 5 (more than this
  // machine's cores), every job split however small; the 5-thread pool never spins
  // (GROK1_SPIN_US=0), so its workers wake late and the caller claims many parts itself.
  let pools: { threads: number; k: WasmKernels }[] = [];
  beforeAll(async () => {
    const saved = process.env.GROK1_SPIN_US;
    for (const threads of [1, 3, 5]) {
      process.env.GROK1_SPIN_US = threads === 5 ? "0" : "50";
      pools.push({ threads, k: await WasmKernels.create({ build: "relaxed-simd", threads, minNsPerThread: 0 }) });
    }
    if (saved === undefined) delete process.env.GROK1_SPIN_US;
    else process.env.GROK1_SPIN_US = saved;
  });
  afterAll(async () => {
    for (const p of pools) await p.k.close();
    pools = [];
  });
  /** `run(k)` returns the outputs; each pool's must equal the 1-thread pool's bit for bit (NaN payloads aside). */
  function same(label: string, run: (k: WasmKernels) => ArrayLike<number>[]): void {
    const want = run(pools[0].k);
    for (const { threads, k } of pools.slice(1)) {
      const got = run(k);
      got.forEach((g, i) => {
        for (let j = 0; j < g.length; j++) {
          if (!Object.is(g[j], want[i][j]) && !(Number.isNaN(g[j]) && Number.isNaN(want[i][j])))
            expect.fail(`${label}: output ${i}[${j}] on ${threads} threads is ${g[j]}, on 1 thread ${want[i][j]}`);
        }
      });
    }
  }

  test("matmul: every dtype and mode, one token to a prompt, ragged panels", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(1, 2, 3, 4, 5, 9),
        fc.constantFrom(...DIMS, 64),
        fc.constantFrom(1, 17, 33, 80, 100, 250),
        fc.constantFrom("f32", "bf16", "i8"),
        fc.boolean(),
        fc.integer(),
        (M, K, N, dtype, flag, seed) => {
          const r = rng(seed);
          const w = randomWeight(r, K, N, dtype as Weight["dtype"], "kn", dtype === "i8" && flag, false);
          const x = floats(r, M * K, 1, false);
          same(`matmul ${dtype} [${M}, ${K}, ${N}]`, (k) => {
            const y = new Float32Array(M * N);
            k.matmul(x, M, w, y);
            return [y];
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  test("attention, rmsNorm, softmax, rope, gelu, topK, roundBf16", () => {
    fc.assert(
      fc.property(
        fc.record({ B: fc.constantFrom(1, 2), T: fc.constantFrom(1, 3, 7), S: fc.constantFrom(...DIMS), Hkv: fc.constantFrom(1, 2), G: fc.constantFrom(1, 3, 4), K: fc.constantFrom(2, 6, 34) }),
        fc.boolean(),
        fc.integer(),
        (sh, bf16, seed) => {
          const r = rng(seed);
          const a = attentionCase(r, sh, { bf16, integerQK: bf16, specials: false });
          same(`attention ${JSON.stringify(sh)} bf16=${bf16}`, (k) => {
            const out = new Float32Array(a.out.length);
            k.attention({ ...a, out });
            return [out];
          });
          const rows = sh.B * sh.T * sh.G, D = sh.S * 8;
          const x = floats(r, rows * D, 3, false), scale = floats(r, D, 1, false);
          same(`rmsNorm [${rows}, ${D}]`, (k) => {
            const y = new Float32Array(rows * D);
            k.rmsNorm(x, rows, D, scale, 1e-5, y);
            return [y];
          });
          same(`softmax [${rows}, ${D}]`, (k) => {
            const y = x.slice();
            k.softmax(y, rows, D);
            return [y];
          });
          same(`gelu [${rows * D}] bf16=${bf16}`, (k) => {
            const y = bf16 ? x.map(roundBf16) : x.slice();
            k.gelu(y, bf16);
            return [y];
          });
          same(`roundBf16 [${rows * D}]`, (k) => {
            const y = x.slice();
            k.roundBf16(y);
            return [y];
          });
          const topN = 8, topk = 2;
          const values = new Float32Array(rows * topk), indices = new Int32Array(rows * topk);
          same(`topK [${rows}, ${topN}]`, (k) => {
            k.topK(x.subarray(0, rows * topN), rows, topN, topk, values, indices);
            return [values.slice(), indices.slice()];
          });
          const H = sh.Hkv * sh.G, Kh = sh.K;
          const q = floats(r, sh.B * sh.T * H * Kh, 2, false);
          const offset = Int32Array.from({ length: sh.B }, () => Math.floor(r() * 5000));
          const invFreq = Float32Array.from({ length: Kh / 2 }, (_, j) => 1 / 10000 ** ((2 * j) / Kh));
          same(`rope [${sh.B}, ${sh.T}, ${H}, ${Kh}]`, (k) => {
            const y = q.slice();
            k.rope(y, sh.B, sh.T, H, Kh, offset, invFreq);
            return [y];
          });
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe("ThreadPool", () => {
  /** A pool of two threads over a shared memory of `pages` pages (control block at 8192), and the caller's instance. */
  const twoThreadPool = async (pages: number) => {
    const module = compileBuild("simd");
    const memory = new WebAssembly.Memory({ initial: pages, maximum: pages, shared: true });
    const instance = new WebAssembly.Instance(module, { env: { memory, abort: () => {} } });
    return { memory, instance, pool: await ThreadPool.start(module, memory, 8192, 2, KERNEL_NAMES) };
  };

  test("an idle pool keeps no process alive and uses no CPU", async () => {
    const refs = () => process.getActiveResourcesInfo().filter((r) => r === "MessagePort" || r === "Worker").length;
    const before = refs();
    const k = await WasmKernels.create({ build: "simd", threads: 2, minNsPerThread: 0 });
    const w = randomWeight(rng(1), 256, 256, "f32", "kn", false, false);
    k.matmul(new Float32Array(256).fill(1), 1, w, new Float32Array(256));
    expect(refs()).toBe(before); // the workers are unref'd
    const cpu = process.cpuUsage();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const used = process.cpuUsage(cpu);
    expect((used.user + used.system) / 1000).toBeLessThan(100); // a spinning worker would burn ~300 ms
    await k.close();
  });

  test("GROK1_SPIN_US is checked", () => {
    const saved = process.env.GROK1_SPIN_US;
    try {
      for (const bad of ["-1", "1.5", "abc", "2000000"]) {
        process.env.GROK1_SPIN_US = bad;
        expect(() => spinMicroseconds()).toThrow(/GROK1_SPIN_US must be an integer from 0 to 1000000/);
      }
      process.env.GROK1_SPIN_US = " 300 ";
      expect(spinMicroseconds()).toBe(300);
      delete process.env.GROK1_SPIN_US;
      expect(spinMicroseconds()).toBe(50);
    } finally {
      if (saved === undefined) delete process.env.GROK1_SPIN_US;
      else process.env.GROK1_SPIN_US = saved;
    }
  });

  test("a job of more parts than threads runs each part once, and one of more than MAX_PARTS is cut into MAX_PARTS", async () => {
    // gelu in place over n elements: a part skipped leaves x, a part run twice gives gelu(gelu(x))
    const { memory, instance, pool } = await twoThreadPool(2);
    const at = 16384, n = 4000;
    const local = instance.exports.gelu as (...a: number[]) => void;
    const r = rng(5);
    for (const parts of [2, 7, 40, 64, 200]) {
      const x = floats(r, n, 1);
      const view = new Float32Array(memory.buffer, at, n);
      view.set(x);
      pool.run({ kernel: KERNEL_NAMES.indexOf("gelu"), local, args: [at], total: n, parts, grain: 16, threads: 2 });
      const want = x.slice();
      tsKernels.gelu(want);
      expect(Array.from(view), `${parts} parts`).toEqual(Array.from(want));
      // a part written after the job returned would change the view now
      const after = Array.from(view);
      await new Promise((done) => setTimeout(done, 5));
      expect(Array.from(view)).toEqual(after);
    }
    await pool.close();
  });

  test("one pool runs jobs in further memories (banks), sent to its workers as they are added; a worker runs its parts there", async () => {
    const { memory, instance, pool } = await twoThreadPool(2);
    const module = compileBuild("simd");
    const banks = [1, 2].map(() => {
      const m = new WebAssembly.Memory({ initial: 2, maximum: 2, shared: true });
      return { memory: m, instance: new WebAssembly.Instance(module, { env: { memory: m, abort: () => {} } }) };
    });
    expect(banks.map((b) => pool.addMemory(b.memory))).toEqual([1, 2]);
    const at = 16384, n = 4000, r = rng(7);
    for (const bank of [2, 0, 1]) {
      const { memory: m, instance: inst } = bank === 0 ? { memory, instance } : banks[bank - 1];
      const gelu = inst.exports.gelu as (...a: number[]) => void;
      const x = floats(r, n, 1);
      const views = [memory, ...banks.map((b) => b.memory)].map((mem) => new Float32Array(mem.buffer, at, n));
      for (const v of views) v.fill(7);
      new Float32Array(m.buffer, at, n).set(x);
      // the caller waits 50 ms before each of its parts, so that the worker claims some
      let callerElements = 0;
      const local = (...a: number[]) => {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
        callerElements += a[2] - a[1];
        gelu(...a);
      };
      pool.run({ kernel: KERNEL_NAMES.indexOf("gelu"), local, args: [at], total: n, parts: 4, grain: 16, threads: 2, bank });
      expect(callerElements, `bank ${bank}: the worker ran no part`).toBeLessThan(n);
      const want = x.slice();
      tsKernels.gelu(want);
      views.forEach((v, b) => expect(Array.from(v), `bank ${b}, job in bank ${bank}`).toEqual(b === bank ? Array.from(want) : new Array(n).fill(7)));
    }
    await pool.close();
  });

  test("a job limited to one thread runs every part on the caller, however many parts it has", async () => {
    // the caller runs its parts through `local`, the workers through their own instances:
    // a part that `local` did not see ran on a worker (before this limit, limitThreads(1)
    // on a pool of two let a spinning worker claim parts)
    const { memory, instance, pool } = await twoThreadPool(2);
    const at = 16384, n = 4000;
    const gelu = instance.exports.gelu as (...a: number[]) => void;
    let seen = 0;
    const local = (...a: number[]) => {
      seen += a[2] - a[1];
      gelu(...a);
    };
    const job = { kernel: KERNEL_NAMES.indexOf("gelu"), local, args: [at], total: n, parts: 8, grain: 16 };
    for (let i = 0; i < 50; i++) {
      seen = 0;
      pool.run({ ...job, threads: 1 });
      expect(seen, `run ${i}`).toBe(n);
    }
    // on two threads the parts still each run once (which thread takes them is timing)
    const x = floats(rng(6), n, 1);
    new Float32Array(memory.buffer, at, n).set(x);
    pool.run({ ...job, threads: 2 });
    const want = x.slice();
    tsKernels.gelu(want);
    expect(Array.from(new Float32Array(memory.buffer, at, n))).toEqual(Array.from(want));
    await pool.close();
  });

  test("splitRange cuts [0, total) at multiples of the grain, into equal parts or parts that shrink", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 64 }), fc.constantFrom(1, 4, 16), fc.boolean(), (total, parts, grain, shrink) => {
        let end = 0;
        const sizes: number[] = [];
        for (let p = 0; p < parts; p++) {
          const [lo, hi] = splitRange(total, parts, grain, p, shrink);
          expect(lo).toBe(end); // contiguous, in order
          expect(hi).toBeGreaterThanOrEqual(lo);
          if (hi < total) expect(hi % grain).toBe(0);
          sizes.push(hi - lo);
          end = hi;
        }
        expect(end).toBe(total);
        // where each part gets at least a grain's worth, a later part is never larger by more than a grain
        const units = Math.ceil(total / grain);
        if (units >= (shrink ? (parts * (parts + 1)) / 2 : parts)) {
          for (let p = 1; p < parts - 1; p++) {
            expect(sizes[p]).toBeGreaterThan(0);
            if (shrink) expect(sizes[p]).toBeLessThanOrEqual(sizes[p - 1] + grain);
            else expect(Math.abs(sizes[p] - sizes[p - 1])).toBeLessThanOrEqual(grain);
          }
        }
      }),
    );
    // 8 parts of 342 panels (grok-1-mid's expert gate on two threads): part p weighs 8 − p of 36
    expect(Array.from({ length: 8 }, (_, p) => splitRange(342, 8, 1, p, true))).toEqual([
      [0, 76], [76, 142], [142, 199], [199, 247], [247, 285], [285, 313], [313, 332], [332, 342],
    ]);
  });

  test("a job's parts shrink where they outnumber its threads and each gets a unit, else they are equal", async () => {
    // held to one thread, the caller claims every part in order: `local` sees the cut
    const { instance, pool } = await twoThreadPool(2);
    const at = 16384;
    const gelu = instance.exports.gelu as (...a: number[]) => void;
    /** Runs gelu over n elements in `parts`; returns the ranges the caller ran. */
    const callerRanges = (n: number, parts: number, threads: number) => {
      const seen: [number, number][] = [];
      const local = (...a: number[]) => {
        seen.push([a[1], a[2]]);
        gelu(...a);
      };
      pool.run({ kernel: KERNEL_NAMES.indexOf("gelu"), local, args: [at], total: n, parts, grain: 16, threads });
      return seen;
    };
    for (const [n, parts, threads, shrink] of [
      [4000, 8, 1, true], // 250 units of 16 elements, 36 needed
      [400, 8, 1, false], // 25 units: too few for parts of weights 8 … 1
      [4000, 1, 1, false],
    ] as const) {
      expect(callerRanges(n, parts, threads), `${n} elements in ${parts} parts`).toEqual(Array.from({ length: parts }, (_, p) => splitRange(n, parts, 16, p, shrink)));
    }
    // two threads, one part each: equal parts (each thread runs one: shrinking would unbalance them)
    let seen: [number, number][] = [];
    for (let i = 0; i < 20 && seen.length === 0; i++) seen = callerRanges(4000, 2, 2);
    for (const range of seen) expect([splitRange(4000, 2, 16, 0), splitRange(4000, 2, 16, 1)]).toContainEqual(range);
    await pool.close();
  });

  test("a kernel that fails in one part is reported on the calling thread, whichever thread ran that part", async () => {
    // one page of memory; the job reads two pages' worth of lines: part 0 is in bounds,
    // part 1 traps, on the worker or on the caller (parts go to whichever thread claims them)
    const { memory, instance, pool } = await twoThreadPool(1);
    const local = instance.exports.stream_read as (...a: number[]) => void;
    const job = { kernel: KERNEL_NAMES.indexOf("stream_read"), local, args: [0], total: 2048, parts: 2, grain: 1, threads: 2 };
    for (let i = 0; i < 20; i++) expect(() => pool.run(job)).toThrow(/^(wasm kernel stream_read failed in part 1, on a worker thread: RuntimeError: )?memory access out of bounds/);
    expect(() => pool.run({ ...job, total: 1024 })).not.toThrow(); // the pool still works
    await pool.close();
  });
});

describe("the benchmarks' baselines", () => {
  test("the read-bandwidth and multiply-add probes run on 1 and 2 threads and give their memory back", async () => {
    for (const build of ["simd", "relaxed-simd"] as const) {
      const k = await WasmKernels.create({ build, threads: 2, minNsPerThread: 0 });
      for (const t of [1, 2]) {
        k.limitThreads(t);
        const before = k.packedBytes;
        const reader = k.streamReader(1 << 20), peak = k.simdPeak(3);
        expect(peak.flops).toBe(3 * 4096 * 12 * 4 * 2); // units · multiply-adds per unit · 4 lanes · 2 flops
        reader.read();
        peak.run();
        reader.release();
        peak.release();
        expect(k.packedBytes).toBe(before);
      }
      await k.close();
    }
  });
});

describe("a fresh process", () => {
  // the built dist/ (npm test builds it), as a library user imports it
  const script = `
    import { WasmKernels } from ${JSON.stringify(new URL("../dist/src/kernels/wasm_kernels.js", import.meta.url).href)};
    const k = await WasmKernels.create({ build: "relaxed-simd", threads: 2, minNsPerThread: 0 });
    const w = { dtype: "f32", K: 3, N: 40, layout: "kn", data: new Float32Array(120).fill(0.5) };
    k.prepareWeight(w);
    const y = new Float32Array(40);
    k.matmul(new Float32Array([1, 2, 3]), 1, w, y);
    await k.close();
    console.log(Array.from(new Set(y)).join());`;

  test("runs the relaxed build on 2 threads without detecting features first, with --input-type=module and V8 flags", () => {
    // --input-type=module makes eval'd code an ES module, worker threads' too; a V8 flag
    // such as --max-old-space-size is refused in a worker's own execArgv
    for (const flags of [["--input-type=module"], ["--max-old-space-size=4096", "--stack-size=2000", "--input-type=module"]]) {
      const r = spawnSync(process.execPath, [...flags, "-e", script], { encoding: "utf8" });
      expect(r.stderr, flags.join(" ")).toBe("");
      expect(r.stdout.trim()).toBe("3");
    }
  });
});

describe("createKernels", () => {
  test("--kernels / GROK1_KERNELS pick the implementation; bad values are UserErrors", async () => {
    const saved = { ...process.env };
    try {
      expect(await createKernels({ impl: "ts" })).toBe(tsKernels);
      process.env.GROK1_KERNELS = "ts";
      expect(await createKernels()).toBe(tsKernels);
      // threads asked for with the TypeScript kernels: an error naming what chose them; GROK1_THREADS, a default, is not
      await expect(createKernels({ threads: 2 })).rejects.toThrow("the TypeScript kernels (GROK1_KERNELS=ts) run on one");
      await expect(createKernels({ impl: "ts", threads: 1 })).rejects.toThrow("the TypeScript kernels (--kernels ts) run on one");
      process.env.GROK1_THREADS = "2";
      expect(await createKernels()).toBe(tsKernels);
      delete process.env.GROK1_THREADS;
      process.env.GROK1_KERNELS = "gpu";
      await expect(createKernels()).rejects.toThrow(UserError);
      process.env.GROK1_KERNELS = "wasm";
      process.env.GROK1_THREADS = "2";
      const k = await createKernels();
      expect(k).toBeInstanceOf(WasmKernels);
      expect((k as WasmKernels).threads).toBe(2);
      expect(k.name).toMatch(/^wasm-/);
      await (k as WasmKernels).close();
      for (const bad of ["zero", "0", "65", "100000", "1e2", "0x10", "-2"]) {
        process.env.GROK1_THREADS = bad;
        await expect(createKernels()).rejects.toThrow(`GROK1_THREADS must be an integer from 1 to 64, not "${bad}"`);
      }
    } finally {
      process.env = saved;
    }
  });

  test("relaxed SIMD is found on every Node this project supports (on Node 20, detection turns V8's flag on)", () => {
    expect(detectFeatures().relaxedSimd).toBe(true);
  });

  test("defaults to the best build: relaxed SIMD when the engine has it", async () => {
    const k = (await createKernels({ impl: "wasm", threads: 1 })) as WasmKernels;
    expect(k.build).toBe(detectFeatures().relaxedSimd ? "relaxed-simd" : "simd");
    await k.close();
  });
});

// ---------------------------------------------------------------------------------------
// The TypeScript side of the WebAssembly kernels: weight identity, release, placement,
// per-part scratch (found by mutation testing)

describe("the TypeScript side of the WebAssembly kernels: weights, memory, scratch, settings (found by mutation testing)", () => {
  test("the same int8 bytes with and without bf16 rounding are two packed weights: each gives its own product", () => {
    // the packed copy is keyed by everything that decides it; roundToBf16 picks the kernel's rounding mode
    const data = Int8Array.of(100, -77, 3), scales = Float32Array.of(0.0123, 0.0456, 0.37); // not bf16 values
    const x = Float32Array.of(1);
    for (const first of [false, true]) {
      const a: Weight = { dtype: "i8", K: 1, N: 3, layout: "kn", data, scales, roundToBf16: first };
      const b: Weight = { ...a, roundToBf16: !first };
      const want = [a, b].map((w) => {
        const y = new Float32Array(3);
        tsKernels.matmul(x, 1, w, y);
        return y;
      });
      expect(want[0]).not.toEqual(want[1]); // the rounding shows
      forEachSubject((k, label) => {
        for (const [i, w] of [a, b].entries()) {
          const y = new Float32Array(3);
          k.matmul(x, 1, w, y);
          expectBitsEqual(`${label} roundToBf16 ${w.roundToBf16} after ${first}`, y, want[i]);
        }
      });
    }
  });

  test("a NaN scale in any scale group, not only the first, takes the NaN-safe bf16 rounding", () => {
    // group 1's NaN (with a payload) rounded the cheap way would come out as a number, not NaN
    const nan = new Float32Array(new Uint32Array([0x7fffffff]).buffer)[0];
    const w: Weight = { dtype: "i8", K: 2, N: 1, layout: "kn", data: Int8Array.of(1, 1), scales: Float32Array.of(1, nan), scaleGroups: 2, roundToBf16: true };
    const x = Float32Array.of(1, 1);
    const want = new Float32Array(1);
    tsKernels.matmul(x, 1, w, want);
    expect(want[0]).toBeNaN();
    forEachSubject((k, label) => {
      for (const group of [undefined, 1]) {
        const y = new Float32Array(1);
        k.matmul(x, 1, w, y, group);
        expect(y[0], `${label} group ${group}`).toBeNaN();
      }
    });
  });

  test("a released weight is packed again at its next use, not read from room another weight now holds", async () => {
    const r = rng(41);
    const k = await WasmKernels.create({ build: "simd" });
    const a = randomWeight(r, 64, 40, "f32", "kn", false, false), b = randomWeight(r, 64, 40, "f32", "kn", false, false);
    const x = floats(r, 64, 1);
    const product = (w: Weight) => {
      const y = new Float32Array(40);
      k.matmul(x, 1, w, y);
      return y;
    };
    const want = product(a);
    k.releaseWeight(a);
    k.prepareWeight(b); // takes a's freed room
    expect(product(a)).toEqual(want);
    k.releaseWeight(a);
    k.releaseWeight(a); // twice: the second does nothing
    k.releaseWeight(b);
    expect(k.packedBytes).toBe(0);
    await k.close();
  });

  test("an int8 weight whose scales do not fit an empty memory beside it is refused with a UserError, not a TypeError", async () => {
    // 256 KiB banks hold 192 KiB of weights: the [1, 65536] int8 weight packs to 64 KiB, its float32 scales take 256 KiB more
    const k = await WasmKernels.create({ build: "simd", bankBytes: 256 * 1024 });
    const w: Weight = { dtype: "i8", K: 1, N: 65536, layout: "kn", data: new Int8Array(65536), scales: new Float32Array(65536).fill(1), roundToBf16: false };
    expect(() => k.prepareWeight(w)).toThrow(UserError);
    expect(() => k.prepareWeight(w)).toThrow(/does not fit in a wasm32 memory of 262144 bytes/);
    expect(k.bankCount).toBe(1);
    await k.close();
  });

  test("rope gives each thread's part its own scratch: a head size whose cos/sin table spans pages", async () => {
    // K = 32768: 128 KiB of table per part, so a second part's table lies past a scratch sized for one
    const k = await WasmKernels.create({ build: "simd", threads: 2, minNsPerThread: 0 });
    const K = 32768, rows = 2;
    const r = rng(43);
    const x = floats(r, rows * K, 1);
    const invFreq = Float32Array.from({ length: K / 2 }, (_, i) => Math.fround(1 / 10000 ** ((2 * i) / K)));
    const offset = Int32Array.of(5);
    const want = x.slice(), got = x.slice();
    tsKernels.rope(want, 1, rows, 1, K, offset, invFreq);
    k.rope(got, 1, rows, 1, K, offset, invFreq);
    const half = K / 2; // a cos or sin may round differently: one ulp of each term, as in the rope test above
    const tol = (i: number) => {
      const j = i % K, o = i - j + (j % half);
      return 2 * U * (Math.abs(x[o]) + Math.abs(x[o + half])) + 1e-45;
    };
    expectClose("rope K 32768 on 2 threads", got, want, tol);
    await k.close();
  });

  test("a freed block merges with the free block after it too (freed in either order)", () => {
    // found by mutation testing: only a merge with the block before was checked
    const memory = new WebAssembly.Memory({ initial: 1, maximum: 65536 });
    const heap = new WasmHeap(memory, 1024, WASM32_BYTES);
    const a = heap.allocWeight(100), b = heap.allocWeight(1000);
    heap.allocWeight(64); // keeps a and b below the top
    heap.freeWeight(b, 1000);
    heap.freeWeight(a, 100); // merges with b, which follows it
    expect(heap.allocWeight(1100)).toBe(a);
  });

  test("an empty GROK1_KERNELS or GROK1_THREADS is unset, and GROK1_THREADS may be 64, the most (found by mutation testing)", async () => {
    const saved = { ...process.env };
    try {
      process.env.GROK1_KERNELS = "";
      process.env.GROK1_THREADS = "";
      const k = await createKernels({ threads: 1 });
      expect(k).toBeInstanceOf(WasmKernels);
      await (k as WasmKernels).close();
      process.env.GROK1_KERNELS = "wasm";
      process.env.GROK1_THREADS = "64";
      const most = (await createKernels()) as WasmKernels;
      expect(most.threads).toBe(64);
      await most.close();
    } finally {
      process.env = saved;
    }
  });
});
