/**
 * JAX's default pseudo-random number generator, threefry2x32, reproduced bit for bit.
 *
 * Mirrors jax 0.11: jax/_src/random/threefry2x32.py (the hash, seeding, split,
 * fold_in, random_bits) and jax/_src/random/core.py (PRNGKey, uniform, gumbel,
 * categorical). runners.py draws every sampled token from these, so the same seed
 * gives the same tokens here as in the reference.
 *
 * A key is what `jax.random.key_data` / the legacy `jax.random.PRNGKey` array holds:
 * two uint32 words.
 *
 * Two ways of deriving counters, chosen by JAX's `jax_threefry_partitionable` flag
 * (our `partitionable` option):
 * - partitionable (default True since jax 0.5.0, so the default here): element i of
 *   a draw of n values hashes the 64-bit counter i, split into words (hi, lo):
 *   `split(key, n)[i] = threefry(key, (0, i))` and `random_bits[i] = y0 ^ y1` of
 *   `threefry(key, (hi(i), lo(i)))`.
 * - original (jax < 0.5.0, or the flag set False): the counters 0..m-1 are cut in two
 *   halves that are hashed pairwise, and the outputs concatenated
 *   (`threefry_2x32(key, iota(m))`); split uses m = 2n words, random_bits m = ceil(bits·n / 32)
 *   words (8- and 16-bit draws unpack 4 or 2 values from each word, little-endian).
 * `fold_in(key, d) = threefry(key, (0, d))` in both modes.
 *
 * Floating-point values are float32 (or bfloat16, held as bf16-valued float32s), each
 * operation rounded as JAX's dtype rules say. Where XLA's own transcendental functions
 * are involved (the log in `gumbel`), we compute in float64 and round once; XLA's
 * float32 log may differ from that by an ulp, which changes a `categorical` draw only
 * when its two best perturbed logits are within an ulp of each other.
 */

import { check } from "../errors.js";
import { bf16BitsToF32, roundBf16, type FpropDtype } from "../dtype.js";

/** A PRNG key: the two uint32 words of `jax.random.key_data(key)`. */
export type Key = readonly [number, number];

/** An integer seed, as JAX accepts one: a signed 64-bit or unsigned 64-bit integer. */
export type Seed = number | bigint;

export interface PrngOptions {
  /**
   * JAX's `jax_threefry_partitionable` flag: true (the default since jax 0.5.0, and
   * what the reference runs under with jax 0.11) or false (the original scheme).
   */
  partitionable?: boolean;
}

export interface RandomOptions extends PrngOptions {
  /** The dtype of the values drawn; float32 unless told. */
  dtype?: FpropDtype;
}

// ---------------------------------------------------------------------------------
// The threefry2x32 hash (Salmon et al., "Parallel random numbers: as easy as 1, 2, 3",
// SC 2011): 20 rounds of add-rotate-xor on two words, a key injection every 4 rounds.

/** threefry2x32.py: the key schedule's third word is k0 ^ k1 ^ this (Skein's C240). */
const KEY_SCHEDULE_PARITY = 0x1bd11bda;
/** threefry2x32.py: rotation distances, the first set for odd groups of 4 rounds, the second for even. */
const ROTATIONS_ODD_GROUPS = [13, 15, 26, 6] as const;
const ROTATIONS_EVEN_GROUPS = [17, 29, 16, 24] as const;
/** 20 rounds = 5 groups of 4, a key injection after each group. */
const ROUND_GROUPS = 5;

/** Scratch output of `hashWords`, to keep the hot loops free of allocations. */
const hashed = new Uint32Array(2);

/** threefry2x32 of one counter pair (x0, x1) under key (k0, k1); result in `hashed`. */
function hashWords(k0: number, k1: number, x0: number, x1: number): void {
  const k2 = k0 ^ k1 ^ KEY_SCHEDULE_PARITY;
  x0 = (x0 + k0) | 0;
  x1 = (x1 + k1) | 0;
  for (let group = 1; group <= ROUND_GROUPS; group++) {
    const rotations = group % 2 === 1 ? ROTATIONS_ODD_GROUPS : ROTATIONS_EVEN_GROUPS;
    for (let i = 0; i < 4; i++) {
      const r = rotations[i];
      x0 = (x0 + x1) | 0;
      x1 = ((x1 << r) | (x1 >>> (32 - r))) ^ x0;
    }
    // Inject key words (group, group+1) mod 3 of (k0, k1, k2), plus the group number.
    const first = group % 3;
    const second = (group + 1) % 3;
    x0 = (x0 + (first === 0 ? k0 : first === 1 ? k1 : k2)) | 0;
    x1 = (x1 + (second === 0 ? k0 : second === 1 ? k1 : k2) + group) | 0;
  }
  hashed[0] = x0;
  hashed[1] = x1;
}

/** The `threefry2x32_p` primitive: hashes the counter pairs (x0[i], x1[i]) elementwise. */
export function threefry2x32(key: Key, x0: Uint32Array, x1: Uint32Array): [Uint32Array, Uint32Array] {
  check(x0.length === x1.length, `threefry2x32: counter halves differ in length (${x0.length} vs ${x1.length})`);
  const y0 = new Uint32Array(x0.length);
  const y1 = new Uint32Array(x0.length);
  for (let i = 0; i < x0.length; i++) {
    hashWords(key[0], key[1], x0[i], x1[i]);
    y0[i] = hashed[0];
    y1[i] = hashed[1];
  }
  return [y0, y1];
}

/**
 * threefry2x32.py `threefry_2x32(key, count)`: the counts, padded with a 0 to even
 * length, are cut into two halves hashed pairwise; the two output halves are
 * concatenated (and the pad dropped). [m] -> [m]
 */
export function threefry2x32Counts(key: Key, count: Uint32Array): Uint32Array {
  const half = Math.ceil(count.length / 2);
  const out = new Uint32Array(2 * half);
  for (let j = 0; j < half; j++) {
    const x1 = half + j < count.length ? count[half + j] : 0;
    hashWords(key[0], key[1], count[j], x1);
    out[j] = hashed[0];
    out[half + j] = hashed[1];
  }
  return out.subarray(0, count.length);
}

/** `lax.iota(uint32, m)`: 0, 1, ..., m-1. */
function iota(m: number): Uint32Array {
  check(m < 0xffffffff, `threefry: ${m} counters exceed uint32 (JAX then hashes in blocks, not reproduced here)`);
  const out = new Uint32Array(m);
  for (let i = 0; i < m; i++) out[i] = i;
  return out;
}

/** The partitionable scheme: both hash words of the 64-bit counters 0..n-1. [n] -> 2 x [n] */
function hashCounters(key: Key, n: number): [Uint32Array, Uint32Array] {
  const y0 = new Uint32Array(n);
  const y1 = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    // prng.py iota_2x32_shape: counter i as (high word, low word).
    hashWords(key[0], key[1], Math.floor(i / 0x1_0000_0000), i >>> 0);
    y0[i] = hashed[0];
    y1[i] = hashed[1];
  }
  return [y0, y1];
}

// ---------------------------------------------------------------------------------
// Keys

const TWO_POW_32 = 1n << 32n;
const TWO_POW_64 = 1n << 64n;
const INT64_MIN = -(1n << 63n);

/**
 * `jax.random.PRNGKey(seed)` as key data. threefry_seed splits a 64-bit seed into
 * (high word, low word); a 32-bit seed has a zero high word.
 *
 * Without `x64` (JAX's default, and the reference's), a seed is 32-bit by the time it
 * is hashed: JAX keeps its low 32 bits (a negative or large Python int wraps, e.g.
 * PRNGKey(-1) = [0, 4294967295]). With `x64`, a negative seed fills the high word too
 * (PRNGKey(-1) = [4294967295, 4294967295]). Accepts integers in [-2^63, 2^64).
 */
export function PRNGKey(seed: Seed, options: { x64?: boolean } = {}): Key {
  check(
    typeof seed === "bigint" || Number.isSafeInteger(seed),
    `PRNG seed must be an integer (a safe integer or a bigint), got ${seed}`,
  );
  const s = BigInt(seed);
  check(s >= INT64_MIN && s < TWO_POW_64, `PRNG seed ${s} is outside [-2^63, 2^64)`);
  const bits64 = BigInt.asUintN(64, s);
  const low = Number(bits64 % TWO_POW_32);
  const high = options.x64 ? Number(bits64 / TWO_POW_32) : 0;
  return [high, low];
}

/** `jax.random.split(key, n)`: n new keys. */
export function split(key: Key, n = 2, options: PrngOptions = {}): Key[] {
  if (options.partitionable ?? true) {
    const [y0, y1] = hashCounters(key, n);
    return Array.from({ length: n }, (_, i): Key => [y0[i], y1[i]]);
  }
  const words = threefry2x32Counts(key, iota(2 * n)); // reshaped to [n, 2]
  return Array.from({ length: n }, (_, i): Key => [words[2 * i], words[2 * i + 1]]);
}

/** `jax.random.fold_in(key, data)`: a new key from a key and a uint32 (data wraps mod 2^32). */
export function foldIn(key: Key, data: number): Key {
  check(Number.isSafeInteger(data), `fold_in data must be an integer, got ${data}`);
  const out = threefry2x32Counts(key, Uint32Array.of(0, data >>> 0)); // threefry_seed(uint32 data)
  return [out[0], out[1]];
}

// ---------------------------------------------------------------------------------
// Draws

/** Number of elements of a shape (row-major; only the count and order matter to a draw). */
function numel(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/**
 * `jax.random.bits` / `threefry_random_bits`: `shape` draws of `bitWidth` random bits,
 * each in a uint32 slot (values below 2^bitWidth).
 */
export function randomBits(
  key: Key,
  bitWidth: 8 | 16 | 32,
  shape: readonly number[],
  options: PrngOptions = {},
): Uint32Array {
  const n = numel(shape);
  if (options.partitionable ?? true) {
    const [y0, y1] = hashCounters(key, n);
    const mask = bitWidth === 32 ? 0xffffffff : (1 << bitWidth) - 1;
    for (let i = 0; i < n; i++) y0[i] = (y0[i] ^ y1[i]) & mask; // narrower widths keep the low bits
    return y0;
  }
  const words = threefry2x32Counts(key, iota(Math.ceil((bitWidth * n) / 32)));
  if (bitWidth === 32) return words;
  // The words viewed as little-endian 8- or 16-bit values.
  const perWord = 32 / bitWidth;
  const mask = (1 << bitWidth) - 1;
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = (words[Math.floor(i / perWord)] >>> (bitWidth * (i % perWord))) & mask;
  return out;
}

/**
 * randomBits(key, bitWidth, [n], options)[i] for one i, without the other n − 1: every
 * value of a draw depends on its own index only (its counter, or in the original scheme
 * its word, which the counters' halving pairs with one other).
 */
export function randomBitsAt(key: Key, bitWidth: 8 | 16 | 32, n: number, i: number, options: PrngOptions = {}): number {
  const mask = bitWidth === 32 ? 0xffffffff : (1 << bitWidth) - 1;
  if (options.partitionable ?? true) {
    hashWords(key[0], key[1], Math.floor(i / 0x1_0000_0000), i >>> 0);
    return ((hashed[0] ^ hashed[1]) & mask) >>> 0;
  }
  // threefry2x32Counts(key, iota(m)): word w < half is hash(w, half + w)[0], word half + w its [1]
  const m = Math.ceil((bitWidth * n) / 32), half = Math.ceil(m / 2);
  const perWord = 32 / bitWidth, w = Math.floor(i / perWord);
  const j = w < half ? w : w - half;
  hashWords(key[0], key[1], j, half + j < m ? half + j : 0);
  const word = w < half ? hashed[0] : hashed[1];
  return ((word >>> (bitWidth * (i % perWord))) & mask) >>> 0;
}

const f32 = new Float32Array(1);
const f32Bits = new Uint32Array(f32.buffer);

/** The float32 whose bit pattern is `bits`. */
function floatFromBits(bits: number): number {
  f32Bits[0] = bits;
  return f32[0];
}

/** Rounds a value to the dtype, as each JAX op does with its result. */
function rounder(dtype: FpropDtype): (x: number) => number {
  return dtype === "bfloat16" ? roundBf16 : Math.fround;
}

/**
 * How core.py `_uniform` builds a float in [1, 2) from random bits, per dtype: how
 * many random bits it draws, how many of them fill the mantissa (the top ones), the
 * bit pattern of 1.0. bfloat16 has 7 mantissa bits, fewer than 8, so it draws 8 bits.
 */
const MANTISSA_TRICK = {
  float32: { randomBits: 32, mantissaBits: 23, oneBits: 0x3f800000, fromBits: floatFromBits },
  bfloat16: { randomBits: 8, mantissaBits: 7, oneBits: 0x3f80, fromBits: bf16BitsToF32 },
} as const;

/**
 * `jax.random.uniform(key, shape, dtype, minval, maxval)`: values in [minval, maxval).
 *
 * The mantissa trick: random bits fill the mantissa of a float with exponent 0, giving
 * a float in [1, 2); minus 1 that is in [0, 1) (exactly), then scaled and shifted,
 * each step rounded to the dtype, and clamped below by minval.
 */
export function uniform(
  key: Key,
  shape: readonly number[],
  minval = 0,
  maxval = 1,
  options: RandomOptions = {},
): Float32Array {
  const dtype = options.dtype ?? "float32";
  const toUniform = uniformFromBits(minval, maxval, dtype);
  const bits = randomBits(key, MANTISSA_TRICK[dtype].randomBits, shape, options);
  const out = new Float32Array(bits.length);
  for (let i = 0; i < bits.length; i++) out[i] = toUniform(bits[i]);
  return out;
}

/** The mantissa trick of `uniform` for one draw of random bits. */
function uniformFromBits(minval: number, maxval: number, dtype: FpropDtype): (bits: number) => number {
  const trick = MANTISSA_TRICK[dtype];
  const round = rounder(dtype);
  const lo = round(minval);
  const span = round(round(maxval) - lo);
  return (bits) => {
    const unit = trick.fromBits((bits >>> (trick.randomBits - trick.mantissaBits)) | trick.oneBits) - 1;
    return Math.max(lo, round(round(unit * span) + lo));
  };
}

/** `jnp.finfo(dtype).tiny`: the smallest normal number, 2^-126 for float32 and bfloat16 alike. */
const SMALLEST_NORMAL = 2 ** -126;

/**
 * `jax.random.gumbel(key, shape, dtype)` in its default ("low") mode:
 * -log(-log(u)) with u uniform in [tiny, 1), each log rounded to the dtype.
 */
export function gumbel(key: Key, shape: readonly number[], options: RandomOptions = {}): Float32Array {
  const round = rounder(options.dtype ?? "float32");
  const u = uniform(key, shape, SMALLEST_NORMAL, 1, options);
  for (let i = 0; i < u.length; i++) u[i] = gumbelOf(u[i], round);
  return u;
}

/** -log(-log(u)), each log rounded to the dtype. */
function gumbelOf(u: number, round: (x: number) => number): number {
  return -round(Math.log(-round(Math.log(u))));
}

/** Buckets of the noise's upper bounds (gumbelDraw): the top bits of a draw pick one. */
const BOUND_BUCKET_BITS = 12;
/** gumbelDraw's bounds per dtype, made once (they depend on nothing else). */
const noiseBounds: Partial<Record<FpropDtype, Float64Array>> = {};

/**
 * The noise of gumbel(key, [n], options), index by index: `bits(i)`, the random bits of
 * element i, and `of(bits)` its noise; `max`, the greatest noise any bits give; and
 * `upTo(bits)`, an upper bound of of(bits) without its two logs, exact where a draw has
 * at most BOUND_BUCKET_BITS bits (bfloat16: 8, every value tabulated). The noise grows
 * with the bits, so a bucket of bits sharing their top BOUND_BUCKET_BITS is bounded by
 * the noise of its greatest bits.
 */
function gumbelDraw(key: Key, n: number, options: RandomOptions) {
  const dtype = options.dtype ?? "float32";
  const round = rounder(dtype);
  const width = MANTISSA_TRICK[dtype].randomBits;
  const toUniform = uniformFromBits(SMALLEST_NORMAL, 1, dtype);
  const of = (bits: number) => gumbelOf(toUniform(bits), round);
  const shift = Math.max(0, width - BOUND_BUCKET_BITS);
  const bounds = (noiseBounds[dtype] ??= Float64Array.from({ length: 2 ** (width - shift) }, (_, b) => of((b + 1) * 2 ** shift - 1)));
  return {
    bits: (i: number) => randomBitsAt(key, width, n, i, options),
    of: shift === 0 ? (bits: number) => bounds[bits] : of, // every value in the table, or its two logs
    upTo: (bits: number) => bounds[bits >>> shift],
    max: of(2 ** width - 1),
  };
}

/**
 * `jax.random.categorical(key, logits, axis=-1)` for logits [rows, n] (in the dtype):
 * the Gumbel-max trick, argmax over each row of (gumbel noise [rows, n] + logits),
 * the sum rounded to the dtype; ties go to the lowest index, and a NaN wins (as
 * jnp.argmax does). Returns [rows] indices.
 */
export function categorical(
  key: Key,
  logits: Float32Array,
  rows: number,
  options: RandomOptions = {},
): Int32Array {
  check(rows > 0 && logits.length % rows === 0, `categorical: ${logits.length} logits do not split into ${rows} rows`);
  const n = logits.length / rows;
  const round = rounder(options.dtype ?? "float32");
  const noise = gumbelDraw(key, rows * n, options);
  const out = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    const row = logits.subarray(r * n, (r + 1) * n);
    // Only a logit that, with the greatest noise, reaches the winning draw can win: the
    // noise is drawn for those alone (each value of the draw depends on its own index
    // only), and the draw is the one all n would give. The winning draw is at least the
    // largest logit's own draw, and at least the best one so far. A candidate's bits then
    // bound its noise from a table (upTo), and only where that bound reaches the bar are
    // its two logs taken. (131072 logits uniform in ±4, float32: 17 ms a draw with every
    // token a candidate and its logs, 7 with these bounds.) A NaN logit is always a
    // candidate: no comparison with NaN is true.
    let largest = -Infinity, at = 0;
    for (let j = 0; j < n; j++) {
      if (row[j] > largest) {
        largest = row[j];
        at = j;
      }
    }
    const floor = round(noise.of(noise.bits(r * n + at)) + largest); // −Inf when no logit is above −Inf
    let best = -Infinity;
    let arg = 0;
    for (let j = 0; j < n; j++) {
      const bar = Math.max(floor, best); // what a draw must reach to win
      if (round(noise.max + row[j]) < bar) continue; // below it whatever its noise
      const bits = noise.bits(r * n + j);
      if (round(noise.upTo(bits) + row[j]) < bar) continue; // and with any noise of its bucket
      const v = round(noise.of(bits) + row[j]);
      if (v > best || (Number.isNaN(v) && !Number.isNaN(best))) {
        best = v;
        arg = j;
      }
    }
    out[r] = arg;
  }
  return out;
}
