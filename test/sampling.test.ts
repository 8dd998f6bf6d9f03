/**
 * Tests of src/sampling: JAX's threefry PRNG against numbers JAX itself produced, and
 * runners.py's sampling against its defining properties.
 *
 * Where the known answers come from (all in the jax-ml/jax repository):
 * - Random123 known-answer vectors for threefry2x32 (20 rounds), as used by
 *   tests/random_test.py testThreefry2x32 and tests/random_impl_test.py.
 * - Seed -> key data: tests/random_test.py test_prng_seeds_and_keys.
 * - Original (non-partitionable) scheme: tests/random_test.py testRngRandomBits,
 *   testPRNGValues and _RANDOM_VALUES_CASES (skipped by JAX since the flag flipped, but
 *   recorded under the original scheme); the float32 outputs of the back-compat test
 *   data jax/_src/internal_test_util/export_back_compat_test_data/{cuda,rocm}_threefry2x32.py
 *   (run with jax_threefry_partitionable=False); and the doctest outputs that commit
 *   a60ead6fd1 ("enable partitionable threefry by default") replaced.
 * - Partitionable scheme (today's default): the doctest outputs of jax/random.py,
 *   docs/jep/9263-typed-keys.md, jax/_src/numpy/lax_numpy.py (trunc) and
 *   jax/_src/numpy/ufuncs.py (floor, ceil), as that commit set them; and the
 *   split / fold_in symmetry of tests/random_test.py test_threefry_split_fold_in_symmetry.
 */

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  categorical,
  foldIn,
  gumbel,
  PRNGKey,
  randomBits,
  randomBitsAt,
  split,
  threefry2x32,
  threefry2x32Counts,
  uniform,
  type Key,
} from "../src/sampling/threefry.js";
import { cumulativeSum, sampleToken, SamplerKeys, softmax, sortAscending, topPFilter, TOP_K, DISALLOWED_LOGIT } from "../src/sampling/sample.js";
import { UserError } from "../src/errors.js";
import { bf16BitsToF32Array, roundBf16 } from "../src/dtype.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const ORIGINAL = { partitionable: false } as const;
const PARTITIONABLE = { partitionable: true } as const;

/** Asserts each value equals the printed one to the precision it was printed with. */
function expectPrinted(actual: ArrayLike<number>, printed: number[], decimals: number): void {
  expect(actual.length).toBe(printed.length);
  const tolerance = 0.5 * 10 ** -decimals + 1e-7;
  printed.forEach((p, i) => expect(Math.abs(actual[i] - p), `element ${i}: ${actual[i]} vs ${p}`).toBeLessThanOrEqual(tolerance));
}

describe("threefry2x32 hash", () => {
  // Random123 known-answer vectors (tests/random_impl_test.py test_threefry2x32_kat_vectors).
  const kat: [Key, [number, number], [number, number]][] = [
    [[0x00000000, 0x00000000], [0x00000000, 0x00000000], [0x6b200159, 0x99ba4efe]],
    [[0xffffffff, 0xffffffff], [0xffffffff, 0xffffffff], [0x1cb996fc, 0xbb002be7]],
    [[0x13198a2e, 0x03707344], [0x243f6a88, 0x85a308d3], [0xc4923a9c, 0x483df7a0]],
  ];
  it.each(kat)("key %j, counter %j", (key, counter, expected) => {
    const [y0, y1] = threefry2x32(key, Uint32Array.of(counter[0]), Uint32Array.of(counter[1]));
    expect([y0[0], y1[0]]).toEqual(expected);
    // threefry_2x32(key, count) on a 2-element count is the same hash (testThreefry2x32).
    expect(Array.from(threefry2x32Counts(key, Uint32Array.from(counter)))).toEqual(expected);
  });

  it("hashes many counter pairs alike (testThreefry2x32Large, smaller)", () => {
    const n = 1001;
    const count = new Uint32Array(2 * n);
    count.fill(0x243f6a88, 0, n).fill(0x85a308d3, n);
    const out = threefry2x32Counts([0x13198a2e, 0x03707344], count);
    expect(out.subarray(0, n).every((w) => w === 0xc4923a9c)).toBe(true);
    expect(out.subarray(n).every((w) => w === 0x483df7a0)).toBe(true);
  });

  it("drops the pad of an odd count", () => {
    const even = threefry2x32Counts([1, 2], Uint32Array.of(0, 1, 2, 0));
    expect(Array.from(threefry2x32Counts([1, 2], Uint32Array.of(0, 1, 2)))).toEqual(Array.from(even.subarray(0, 3)));
  });
});

describe("PRNGKey seeds (tests/random_test.py test_prng_seeds_and_keys)", () => {
  const I32_MAX = 2 ** 31 - 1;
  const I32_MIN = -(2 ** 31);
  // [seed, key without x64, key with x64]
  const cases: [number | bigint, Key, Key][] = [
    [0, [0, 0], [0, 0]],
    [1, [0, 1], [0, 1]],
    [2, [0, 2], [0, 2]],
    [-1, [0, 4294967295], [4294967295, 4294967295]],
    [-3, [0, 4294967293], [4294967295, 4294967293]],
    [I32_MAX + 100, [0, 2147483747], [0, 2147483747]],
    [I32_MAX + 101, [0, 2147483748], [0, 2147483748]],
    [I32_MIN - 100, [0, 2147483548], [4294967295, 2147483548]],
    [I32_MIN - 101, [0, 2147483547], [4294967295, 2147483547]],
  ];
  it.each(cases)("seed %s", (seed, x32, x64) => {
    expect(PRNGKey(seed)).toEqual(x32);
    expect(PRNGKey(seed, { x64: true })).toEqual(x64);
  });

  it("splits a 64-bit seed into (high, low) words with x64", () => {
    expect(PRNGKey(0x1234567890abcdefn, { x64: true })).toEqual([0x12345678, 0x90abcdef]);
    expect(PRNGKey(2n ** 64n - 1n, { x64: true })).toEqual([0xffffffff, 0xffffffff]);
  });

  it("rejects seeds that are not integers in [-2^63, 2^64)", () => {
    expect(() => PRNGKey(Math.PI)).toThrow(UserError);
    expect(() => PRNGKey(2n ** 64n)).toThrow(UserError);
    expect(() => PRNGKey(-(2n ** 63n) - 1n)).toThrow(UserError);
  });
});

describe("original scheme (jax_threefry_partitionable=False)", () => {
  it("split(PRNGKey(0), 4) and fold_in(PRNGKey(0), 4) (testPRNGValues)", () => {
    expect(split(PRNGKey(0), 4, ORIGINAL)).toEqual([
      [2285895361, 1501764800],
      [1518642379, 4090693311],
      [433833334, 4221794875],
      [839183663, 3740430601],
    ]);
    expect(foldIn(PRNGKey(0), 4)).toEqual([2285895361, 433833334]);
  });

  it("random bits of seed 1701 (testRngRandomBits)", () => {
    const key = PRNGKey(1701);
    expect(Array.from(randomBits(key, 8, [3], ORIGINAL))).toEqual([216, 115, 43]);
    expect(Array.from(randomBits(key, 16, [3], ORIGINAL))).toEqual([41682, 1300, 55017]);
    expect(Array.from(randomBits(key, 32, [3], ORIGINAL))).toEqual([56197195, 4200222568, 961309823]);
  });

  it("8- and 16-bit draws are views of the 32-bit words (testRngRandomBitsViewProperty)", () => {
    const key = PRNGKey(1701);
    const words = randomBits(key, 32, [20], ORIGINAL);
    const bytes = Uint8Array.from(randomBits(key, 8, [80], ORIGINAL));
    expect(Array.from(new Uint32Array(bytes.buffer))).toEqual(Array.from(words));
    const halves = Uint16Array.from(randomBits(key, 16, [40], ORIGINAL));
    expect(Array.from(new Uint32Array(halves.buffer))).toEqual(Array.from(words));
  });

  // _RANDOM_VALUES_CASES: the seed is zlib.adler32(name + "threefry2x32").
  it("bits, uniform and gumbel of _RANDOM_VALUES_CASES", () => {
    const bitsKey = PRNGKey(942802475); // adler32("bitsthreefry2x32")
    expect(Array.from(randomBits(bitsKey, 8, [5], ORIGINAL))).toEqual([10, 158, 82, 54, 158]);
    expect(Array.from(randomBits(bitsKey, 16, [5], ORIGINAL))).toEqual([6738, 38161, 50695, 57337, 61600]);
    expect(Array.from(randomBits(bitsKey, 32, [5], ORIGINAL))).toEqual([
      1978747883, 4134381225, 3628107870, 689687174, 2788938207,
    ]);
    const uniformKey = PRNGKey(1338574713); // adler32("uniformthreefry2x32")
    expectPrinted(uniform(uniformKey, [5], 0, 1, ORIGINAL), [0.298671, 0.073213, 0.873356, 0.260549, 0.412797], 6);
    const gumbelKey = PRNGKey(1179715317); // adler32("gumbelthreefry2x32")
    expectPrinted(gumbel(gumbelKey, [5], ORIGINAL), [2.06701, 0.911726, 0.145736, 0.185427, -0.00711], 6);
  });

  it("uniform float32 [2, 4] of the back-compat test data, exactly", () => {
    // cuda_threefry2x32.py data_2024_07_30 and rocm_threefry2x32.py (full float32 reprs).
    expect(Array.from(uniform([42, 43], [2, 4], 0, 1, ORIGINAL))).toEqual(
      [0.42591238, 0.076994896, 0.44370103, 0.72904015, 0.17879379, 0.81439507, 0.0019190311, 0.68608475].map(Math.fround),
    );
    expect(Array.from(uniform([0, 42], [2, 4], 0, 1, ORIGINAL))).toEqual(
      [0.6878003, 0.599579, 0.2652017, 0.24115169, 0.76292205, 0.28484797, 0.040389538, 0.0032066107].map(Math.fround),
    );
  });

  it("the doctest outputs from before the flag flipped", () => {
    const key = PRNGKey(0);
    expectPrinted(uniform(key, [], 0, 1, ORIGINAL), [0.41845703], 8);
    expectPrinted(uniform(split(key, 2, ORIGINAL)[1], [], 0, 1, ORIGINAL), [0.10536897], 8);
    expectPrinted(uniform(key, [3], 0, 1, ORIGINAL), [0.9653214, 0.31468165, 0.63302994], 8);
    expectPrinted(
      uniform(PRNGKey(42), [3, 3], -10, 10, ORIGINAL),
      [2.88, -3.55, -6.13, 7.73, 4.49, -6.16, -3.1, -4.95, 2.64],
      2,
    );
  });
});

describe("partitionable scheme (jax_threefry_partitionable=True, the default)", () => {
  it("is the default", () => {
    const key = PRNGKey(7);
    expect(split(key, 3)).toEqual(split(key, 3, PARTITIONABLE));
    expect(Array.from(randomBits(key, 32, [9]))).toEqual(Array.from(randomBits(key, 32, [9], PARTITIONABLE)));
  });

  it("uniform and split as jax/random.py and JEP 9263 print them", () => {
    const key = PRNGKey(0);
    expectPrinted(uniform(key, []), [0.947667], 8);
    expectPrinted(uniform(key, [3]), [0.947667, 0.9785799, 0.33229148], 8);
    const [, subkey] = split(key);
    expectPrinted(uniform(subkey, []), [0.00729382], 8);
  });

  it("uniform with bounds as the jnp.trunc / floor / ceil docstrings print them", () => {
    expectPrinted(uniform(PRNGKey(42), [3, 3], -10, 10), [-0.23, 3.6, 2.33, 1.22, -0.99, 1.72, -8.5, 5.5, 3.98], 2);
    expectPrinted(uniform(PRNGKey(42), [3, 3], -5, 5), [-0.11, 1.8, 1.16, 0.61, -0.49, 0.86, -4.25, 2.75, 1.99], 2);
    expectPrinted(uniform(PRNGKey(1), [3, 3], -5, 5), [-0.61, 0.34, -0.54, -0.62, 3.97, 0.59, 4.84, 3.42, -1.14], 2);
  });

  it("split(key, n)[i] equals fold_in(key, i) (test_threefry_split_fold_in_symmetry)", () => {
    const key = PRNGKey(72);
    const keys = split(key, 3);
    keys.forEach((k, i) => expect(k).toEqual(foldIn(key, i)));
  });

  it("a draw's element i does not depend on the draw's size or shape", () => {
    const key = PRNGKey(3);
    const long = randomBits(key, 32, [4, 25]);
    expect(Array.from(randomBits(key, 32, [7]))).toEqual(Array.from(long.subarray(0, 7)));
    expect(Array.from(randomBits(key, 8, [100]))).toEqual(Array.from(long).map((w) => w & 0xff));
  });
});

describe("properties", () => {
  const keyArb = fc.tuple(fc.nat({ max: 0xffffffff }), fc.nat({ max: 0xffffffff })) as fc.Arbitrary<Key>;
  const modeArb = fc.boolean().map((partitionable) => ({ partitionable }));

  it("split is deterministic, and its keys differ from each other and from the parent", () => {
    fc.assert(
      fc.property(keyArb, fc.integer({ min: 2, max: 6 }), modeArb, (key, n, mode) => {
        const keys = split(key, n, mode);
        expect(split(key, n, mode)).toEqual(keys);
        const distinct = new Set([...keys, key].map((k) => `${k[0]},${k[1]}`));
        expect(distinct.size).toBe(n + 1);
      }),
    );
  });

  it("uniform lies in [minval, maxval) in float32 and bfloat16", () => {
    fc.assert(
      fc.property(
        keyArb,
        modeArb,
        fc.constantFrom("float32" as const, "bfloat16" as const),
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (key, mode, dtype, minval, width) => {
          const round = dtype === "float32" ? Math.fround : roundBf16;
          const lo = round(minval);
          const hi = round(minval + width);
          fc.pre(hi > lo);
          for (const u of uniform(key, [64], lo, hi, { ...mode, dtype })) {
            expect(u).toBeGreaterThanOrEqual(lo);
            expect(u).toBeLessThanOrEqual(hi); // < hi before rounding; rounding may reach hi
            expect(round(u)).toBe(u);
          }
        },
      ),
    );
  });

  it("uniform [0, 1) float32 is below 1, and its 23 mantissa bits are the draw's top bits", () => {
    const key = PRNGKey(11);
    const bits = randomBits(key, 32, [256]);
    uniform(key, [256]).forEach((u, i) => {
      expect(u).toBeLessThan(1);
      expect(u * 2 ** 23).toBe(bits[i] >>> 9);
    });
  });

  it("bfloat16 uniform uses 7 of 8 random bits", () => {
    const key = PRNGKey(12);
    const bits = randomBits(key, 8, [256]);
    uniform(key, [256], 0, 1, { dtype: "bfloat16" }).forEach((u, i) => expect(u * 2 ** 7).toBe(bits[i] >>> 1));
  });

  it("bfloat16 gumbel rounds each jnp.log to bf16: -log(-log(u)) with two rounding points", () => {
    // found by mutation testing: only float32 gumbel values were checked. u = 0.5 by hand:
    // log 0.5 = -0.693… -> bf16 -0.69140625; log 0.69140625 = -0.36907… -> bf16 -0.369140625
    // (one rounding of -log(-log(0.5)) = 0.36651… would give 0.3671875)
    const key = PRNGKey(7);
    const u = uniform(key, [256], 2 ** -126, 1, { dtype: "bfloat16" });
    const g = gumbel(key, [256], { dtype: "bfloat16" });
    const at = u.indexOf(0.5);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(g[at]).toBe(0.369140625);
    g.forEach((x, i) => expect(x, `u = ${u[i]}`).toBe(-roundBf16(Math.log(-roundBf16(Math.log(u[i]))))));
  });

  it("gumbel values are finite and within the range the uniform allows", () => {
    const g = gumbel(PRNGKey(5), [4096]);
    // u in [2^-126, 1 - 2^-23]: -log(-log(u)) in [-log(126 ln 2), -log(2^-23)] ~ [-4.47, 15.95]
    for (const x of g) {
      expect(Number.isFinite(x)).toBe(true);
      expect(x).toBeGreaterThan(-4.48);
      expect(x).toBeLessThan(15.95);
    }
    const mean = g.reduce((a, b) => a + b, 0) / g.length;
    expect(mean).toBeCloseTo(0.5772, 1); // the Euler-Mascheroni constant
  });

  it("gumbel noise never decreases as its random bits grow (categorical bounds a bucket of bits by its greatest)", () => {
    for (const [dtype, width] of [["float32", 32], ["bfloat16", 8]] as const) {
      const key = PRNGKey(9);
      const bits = randomBits(key, width, [20000]);
      const g = gumbel(key, [20000], { dtype });
      const order = Array.from(bits.keys()).sort((a, b) => bits[a] - bits[b]);
      for (let i = 1; i < order.length; i++) expect(g[order[i]], `${dtype} bits ${bits[order[i]]}`).toBeGreaterThanOrEqual(g[order[i - 1]]);
    }
  });

  it("categorical over a one-hot-ish row picks the hot index", () => {
    fc.assert(
      fc.property(keyArb, fc.integer({ min: 1, max: 300 }), fc.nat(), modeArb, (key, n, hotSeed, mode) => {
        const hot = hotSeed % n;
        const logits = new Float32Array(n).fill(-40);
        logits[hot] = 40; // gumbel noise stays within [-4.5, 16], far below the gap
        expect(categorical(key, logits, 1, mode)[0]).toBe(hot);
      }),
    );
  });

  it("categorical draws noise only where a logit can win, and picks what the whole draw picks", () => {
    // the whole draw: argmax over j of round(gumbel[j] + logit[j]), ties to the lowest j, NaN wins
    const whole = (key: Key, logits: Float32Array, rows: number, opts: { partitionable: boolean; dtype: "float32" | "bfloat16" }) => {
      const round = opts.dtype === "float32" ? Math.fround : roundBf16;
      const n = logits.length / rows;
      const noise = gumbel(key, [rows, n], opts);
      return Array.from({ length: rows }, (_, r) => {
        let best = -Infinity, arg = 0;
        for (let j = 0; j < n; j++) {
          const v = round(noise[r * n + j] + logits[r * n + j]);
          if (v > best || (Number.isNaN(v) && !Number.isNaN(best))) (best = v), (arg = j);
        }
        return arg;
      });
    };
    const value = fc.oneof(
      { weight: 8, arbitrary: fc.float({ min: -40, max: 40, noNaN: true }) },
      { weight: 1, arbitrary: fc.constantFrom(Infinity, -Infinity, NaN, -1e10, 0, 15.5) },
    );
    fc.assert(
      fc.property(
        keyArb, modeArb, fc.constantFrom("float32" as const, "bfloat16" as const), fc.integer({ min: 1, max: 3 }),
        fc.array(value, { minLength: 1, maxLength: 200 }), fc.constantFrom(1, 0.1, 100),
        (key, mode, dtype, rows, row, spread) => {
          const round = dtype === "float32" ? Math.fround : roundBf16;
          const logits = Float32Array.from({ length: rows * row.length }, (_, i) => round(row[(i * 7) % row.length] * spread));
          expect(Array.from(categorical(key, logits, rows, { ...mode, dtype }))).toEqual(whole(key, logits, rows, { ...mode, dtype }));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("randomBitsAt(i) is randomBits(...)[i]: 8, 16 and 32 bits, both schemes, every length to 70", () => {
    fc.assert(
      fc.property(keyArb, modeArb, (key, mode) => {
        for (const width of [8, 16, 32] as const) {
          for (let n = 1; n <= 70; n++) {
            const all = randomBits(key, width, [n], mode);
            for (let i = 0; i < n; i++) expect(randomBitsAt(key, width, n, i, mode), `width ${width} n ${n} i ${i}`).toBe(all[i]);
          }
        }
      }),
      { numRuns: 5 },
    );
  });

  it("categorical with a few near-best logits per row draws their own noise, row by row", () => {
    // most logits far below (−1e10): the few candidates take the per-index noise, at their row's offset
    fc.assert(
      fc.property(
        keyArb, modeArb, fc.constantFrom("float32" as const, "bfloat16" as const), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 16, max: 300 }),
        fc.array(fc.tuple(fc.nat(), fc.float({ min: -6, max: 6, noNaN: true })), { minLength: 2, maxLength: 6 }),
        (key, mode, dtype, rows, n, hot) => {
          const round = dtype === "float32" ? Math.fround : roundBf16;
          const logits = new Float32Array(rows * n).fill(-1e10);
          for (let r = 0; r < rows; r++) for (const [at, v] of hot) logits[r * n + ((at + 7 * r) % n)] = round(v + r);
          const noise = gumbel(key, [rows, n], { ...mode, dtype });
          const expected = Array.from({ length: rows }, (_, r) => {
            let best = -Infinity, arg = 0;
            for (let j = 0; j < n; j++) {
              const v = round(noise[r * n + j] + logits[r * n + j]);
              if (v > best) (best = v), (arg = j);
            }
            return arg;
          });
          expect(Array.from(categorical(key, logits, rows, { ...mode, dtype }))).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("categorical draws rows independently: row r uses noise elements r*n..r*n+n-1", () => {
    const key = PRNGKey(9);
    const n = 50;
    const logits = Float32Array.from({ length: 3 * n }, (_, i) => Math.sin(i));
    const g = gumbel(key, [3, n]);
    const picks = categorical(key, logits, 3);
    for (let r = 0; r < 3; r++) {
      const perturbed = Array.from({ length: n }, (_, j) => Math.fround(g[r * n + j] + logits[r * n + j]));
      expect(picks[r]).toBe(perturbed.indexOf(Math.max(...perturbed)));
    }
  });

  it("categorical follows the softmax distribution", () => {
    const logits = Float32Array.of(0, Math.log(2), Math.log(3), Math.log(4)); // p = 0.1, 0.2, 0.3, 0.4
    const counts = [0, 0, 0, 0];
    const keys = split(PRNGKey(2024), 4000);
    for (const k of keys) counts[categorical(k, logits, 1)[0]]++;
    counts.forEach((c, i) => expect(c / keys.length).toBeCloseTo((i + 1) / 10, 1));
  });
});

describe("runners.py sampling", () => {
  const V = 64;
  const rowArb = fc.array(fc.float({ min: -8, max: 8, noNaN: true }), { minLength: 2, maxLength: V }).map((a) => Float32Array.from(a));
  const keyArb = fc.tuple(fc.nat({ max: 0xffffffff }), fc.nat({ max: 0xffffffff })) as fc.Arbitrary<Key>;

  it("draws categorical(key, logits / temperature) when nothing is filtered", () => {
    fc.assert(
      fc.property(rowArb, keyArb, fc.double({ min: 0.1, max: 3, noNaN: true }), (logits, key, temperature) => {
        const t = Math.fround(temperature);
        const scaled = logits.map((x) => Math.fround(x * Math.fround(1 / t))); // XLA's division (kernels/ts_kernels.ts DIVISION)
        const out = sampleToken(logits, key, { temperature, nucleusP: 1 });
        expect(out.tokenId).toBe(categorical(key, scaled, 1)[0]);
      }),
    );
  });

  it("a temperature near 0 is greedy", () => {
    fc.assert(
      fc.property(rowArb, keyArb, (logits, key) => {
        const max = Math.max(...logits);
        fc.pre(logits.filter((x) => x === max).length === 1);
        fc.pre([...logits].sort((a, b) => b - a)[1] < max - 1e-3);
        expect(sampleToken(logits, key, { temperature: 1e-6, nucleusP: 1 }).tokenId).toBe(logits.indexOf(max));
      }),
    );
  });

  it("a tiny top-p keeps only the argmax", () => {
    fc.assert(
      fc.property(rowArb, keyArb, (logits, key) => {
        const max = Math.max(...logits);
        fc.pre(logits.filter((x) => x === max).length === 1);
        const out = sampleToken(logits, key, { temperature: 1, nucleusP: 1e-6 });
        expect(out.tokenId).toBe(logits.indexOf(max));
        expect(out.prob).toBe(1);
        expect(out.topProbs.slice(1).every((p) => p === 0)).toBe(true);
      }),
    );
  });

  it("the nucleus filter keeps the fewest top tokens whose probability reaches top-p", () => {
    // p = 0.4, 0.3, 0.2, 0.1 (unsorted): top_p 0.65 needs 0.4 + 0.3; 0.75 needs three.
    const logits = Float32Array.from([0.2, 0.4, 0.1, 0.3], Math.log);
    const kept = (topP: number) => Array.from(topPFilter(logits, topP)).map((x) => x !== Math.fround(DISALLOWED_LOGIT));
    expect(kept(0.65)).toEqual([false, true, false, true]);
    expect(kept(0.75)).toEqual([true, true, false, true]);
    expect(kept(1)).toEqual([true, true, true, true]);
    // ties at the threshold logit are all kept
    const tied = Float32Array.of(1, 1, 0, 0);
    expect(Array.from(topPFilter(tied, 0.3)).map((x) => x === 1)).toEqual([true, true, false, false]);
  });

  it("the nucleus filter cuts where the cumulative sum reaches 1 - top_p exactly (>=), and keeps everything where it never does", () => {
    // (found by mutation testing) softmax([0, ln 3]) = [0.25, 0.75…]: with top_p 0.75 the
    // cumulative sum 0.25 equals 1 - top_p at the smaller logit, which is then kept
    for (const dtype of ["float32", "bfloat16"] as const) {
      const round = dtype === "float32" ? Math.fround : roundBf16;
      const logits = Float32Array.of(0, round(Math.log(3)));
      expect(Array.from(cumulativeSum(softmax(sortAscending(logits), dtype), dtype)), dtype).toEqual([0.25, 1]);
      expect(Array.from(topPFilter(logits, 0.75, dtype)), dtype).toEqual(Array.from(logits));
      expect(Array.from(topPFilter(logits, 0.7, dtype)), dtype).toEqual([round(DISALLOWED_LOGIT), logits[1]]);
    }
    // these probabilities sum to 0.99999994 in float32; a top-p of 1e-8 needs 1 - 1e-8 = 1 in
    // float32, which no prefix reaches: argmax over all-false is 0, so runners.py keeps every logit
    const short = Float32Array.of(0.25, 3.5);
    expect(cumulativeSum(softmax(short))[1]).toBeLessThan(1);
    expect(Array.from(topPFilter(short, 1e-8))).toEqual(Array.from(short));
  });

  it("disallowed tokens are never drawn and get probability 0", () => {
    fc.assert(
      fc.property(rowArb, keyArb, fc.nat(), (logits, key, allowedSeed) => {
        const allowed = allowedSeed % logits.length;
        const mask = new Uint8Array(logits.length);
        mask[allowed] = 1;
        const out = sampleToken(logits, key, { temperature: 0.7, nucleusP: 0.9, mask });
        expect(out.tokenId).toBe(allowed);
        expect(out.topIds[0]).toBe(allowed);
        expect(out.topProbs[0]).toBe(1);
      }),
    );
  });

  it("reports the top-8 probabilities of the filtered distribution, ties to the lower id", () => {
    const logits = Float32Array.from({ length: 20 }, (_, i) => (i % 5 === 0 ? 2 : i / 20));
    const out = sampleToken(logits, PRNGKey(0), { temperature: 1, nucleusP: 1 });
    const probs = softmax(logits);
    expect(out.topIds.length).toBe(TOP_K);
    expect(out.topIds.slice(0, 4)).toEqual([0, 5, 10, 15]);
    expect(out.topIds.slice(4)).toEqual([19, 18, 17, 16]);
    expect(out.topProbs).toEqual(out.topIds.map((i) => probs[i]));
    expect(out.prob).toBe(probs[out.tokenId]);
  });

  it("bfloat16 mode computes on bf16 values", () => {
    const logits = Float32Array.from({ length: V }, (_, i) => roundBf16(Math.cos(i)));
    const out = sampleToken(logits, PRNGKey(1), { temperature: 0.9, nucleusP: 0.8, dtype: "bfloat16" });
    expect(out.topProbs.every((p) => roundBf16(p) === p)).toBe(true);
    expect(roundBf16(out.prob)).toBe(out.prob);
    expect(out.prob).toBeGreaterThan(0); // drawn from inside the nucleus
    expect(out.topProbs).toEqual([...out.topProbs].sort((a, b) => b - a));
  });

  it("rejects settings the reference cannot use", () => {
    const logits = new Float32Array(4);
    expect(() => sampleToken(logits, PRNGKey(0), { temperature: 0, nucleusP: 1 })).toThrow(UserError);
    expect(() => sampleToken(logits, PRNGKey(0), { temperature: 1, nucleusP: 0 })).toThrow(UserError);
    expect(() => sampleToken(logits, PRNGKey(0), { temperature: 1, nucleusP: 1, mask: new Uint8Array(3) })).toThrow(UserError);
  });
});

describe("sortAscending: the nucleus filter's sort", () => {
  it("sorts as Float32Array.prototype.sort does: ±0, ±Inf, subnormals, NaN and ties", () => {
    const special = fc.constantFrom(0, -0, Infinity, -Infinity, NaN, 1e-45, -1e-45, 3.4e38, -3.4e38, 1, -1);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.float(), special), { maxLength: 3000 }), (values) => {
        const x = Float32Array.from(values);
        const ours = sortAscending(x), builtIn = Float32Array.from(x).sort();
        expect(Array.from(ours, (v) => (Object.is(v, -0) ? "-0" : String(v)))).toEqual(Array.from(builtIn, (v) => (Object.is(v, -0) ? "-0" : String(v))));
      }),
      { numRuns: 300 },
    );
  });
});

describe("the nucleus filter cuts where XLA's cumulative sum does", () => {
  it("on a row of Grok-1's vocabulary where a left-to-right sum would cut elsewhere", () => {
    // seeded bfloat16 rows of 131072 logits until one where the two sums keep different sets
    let seed = 1;
    const next = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    const cutAt = (sums: ArrayLike<number>, needed: number) => Math.max(0, Array.prototype.findIndex.call(sums, (c: number) => c >= needed));
    for (let attempt = 0; attempt < 20; attempt++) {
      const logits = Float32Array.from({ length: 131072 }, () => roundBf16((next() - 0.5) * 12));
      const p = 0.5, needed = roundBf16(1 - roundBf16(p));
      const sorted = Float32Array.from(logits).sort();
      const probs = softmax(sorted, "bfloat16");
      let acc = 0;
      const leftToRight = probs.map((x) => (acc = roundBf16(acc + x)));
      const xla = cutAt(cumulativeSum(probs, "bfloat16"), needed), plain = cutAt(leftToRight, needed);
      if (sorted[xla] === sorted[plain]) continue;
      const kept = topPFilter(logits, p, "bfloat16").filter((x) => x > -1e9).length;
      expect(kept).toBe(logits.filter((x) => x >= sorted[xla]).length);
      expect(kept).not.toBe(logits.filter((x) => x >= sorted[plain]).length);
      return;
    }
    throw new Error("no row in 20 where the two sums cut apart");
  });
});

describe("jnp.cumsum as JAX adds it (top_p_filter's cumulative probabilities)", () => {
  // golden/cumsum: rows of every length from 1 to Grok-1's vocabulary, and JAX's cumsum of each
  const dir = join(import.meta.dirname, "..", "golden", "cumsum");
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as { lengths: Record<"bf16" | "f32", number[]> };
  const read = (file: string, bf16: boolean) => {
    const b = readFileSync(join(dir, file));
    const copy = b.buffer.slice(b.byteOffset, b.byteOffset + b.length);
    return bf16 ? bf16BitsToF32Array(new Uint16Array(copy)) : new Float32Array(copy);
  };
  for (const [dtype, file] of [["bfloat16", "bf16.u16"], ["float32", "f32.f32"]] as const) {
    it(`${dtype}: equal bit for bit, for lengths ${manifest.lengths[dtype === "bfloat16" ? "bf16" : "f32"].join(", ")}`, () => {
      const data = read(file, dtype === "bfloat16");
      let at = 0;
      for (const n of manifest.lengths[dtype === "bfloat16" ? "bf16" : "f32"]) {
        const x = data.subarray(at, at + n), jax = data.subarray(at + n, at + 2 * n);
        at += 2 * n;
        const ours = cumulativeSum(x, dtype);
        const differing = ours.filter((v, i) => !Object.is(v, jax[i])).length;
        expect(differing, `${dtype} length ${n}: ${differing} of ${n} differ`).toBe(0);
        if (dtype === "bfloat16" && n === 131072) {
          // the order matters: the exact sum, rounded once at each position, differs from JAX's
          let exact = 0;
          const once = x.map((v) => roundBf16((exact += v)));
          expect(once.filter((v, i) => v !== jax[i]).length).toBeGreaterThan(100);
        }
      }
      expect(at).toBe(data.length);
    });
  }
});

describe("SamplerKeys: the generation loop's keys", () => {
  it("starts from PRNGKey(seed) and splits once per token, drawing with the second half", () => {
    const keys = new SamplerKeys([42, 7]);
    let carry0: Key = PRNGKey(42);
    let carry1: Key = PRNGKey(7);
    for (let step = 0; step < 4; step++) {
      const [next0, draw0] = split(carry0);
      const [next1, draw1] = split(carry1);
      expect(keys.next()).toEqual([draw0, draw1]);
      carry0 = next0;
      carry1 = next1;
    }
  });

  it("a row's keys depend only on its seed and step; reset starts a row afresh", () => {
    const a = new SamplerKeys([5, 5, 6]);
    const first = a.next();
    expect(first[0]).toEqual(first[1]);
    expect(first[0]).not.toEqual(first[2]);
    a.next();
    a.reset(2, 5);
    expect(a.next()[2]).toEqual(first[0]);
  });

  it("keeps the low 32 bits of a seed, as np.uint64 under 32-bit JAX does", () => {
    expect(SamplerKeys.prefillKey(2n ** 32n + 5n)).toEqual([0, 5]);
    expect(() => SamplerKeys.prefillKey(-1)).toThrow(UserError);
    expect(() => new SamplerKeys([1]).reset(1, 0)).toThrow(UserError);
  });

  it("gives reproducible tokens for a seed", () => {
    const logits = Float32Array.from({ length: 100 }, (_, i) => Math.sin(i * 0.37) * 3);
    const run = () => {
      const keys = new SamplerKeys([1234]);
      return Array.from({ length: 10 }, () => sampleToken(logits, keys.next()[0], { temperature: 1, nucleusP: 0.95 }).tokenId);
    };
    expect(run()).toEqual(run());
    expect(new Set(run()).size).toBeGreaterThan(1);
  });
});
