/**
 * Choosing the next token, as the reference's runners.py does it.
 *
 * Mirrors runners.py: `sample_token` (temperature, the disallowed-token mask, the
 * nucleus filter `top_p_filter`, a `jax.random.categorical` draw, the reported top-8
 * probabilities) for one batch row, and the key schedule of its generation loop
 * (`hk_prefill_memory` seeds a row and splits its key for the first token,
 * `hk_sample_step` splits every row's key once per later token) as `SamplerKeys`.
 *
 * Dtypes: every step computes in the logits' dtype, each op's result rounded to it:
 * float32 by default; bfloat16 is what the released runners.py gets, since it sets
 * fprop_dtype = bfloat16 and the model returns its logits in that dtype.
 *
 * XLA's arithmetic: a division is a product with the reciprocal (kernels/ts_kernels.ts
 * DIVISION), the cumulative sum adds in XLA's tree order (cumulativeSum), softmax's sum is
 * taken in float64 and rounded once (XLA's reduction order is its own; SUMS), and exp is
 * the float64 exp rounded once (XLA's exp is its own approximation). On 40 rows of
 * random logits over Grok-1's 131072 tokens, in bfloat16 and in float32 (top-p 0.1 to
 * 0.99, temperatures 0.01 to 1.5), the filtered logits equal those of runners.py's
 * top_p_filter under JAX 0.10.2 (CPU), called alone or jitted, bit for bit
 * (golden/xla_arithmetic).
 */

import { UserError, check } from "../errors.js";
import { roundBf16, totalOrderKey, type FpropDtype } from "../dtype.js";
import { categorical, PRNGKey, split, type Key, type PrngOptions, type Seed } from "./threefry.js";

/** runners.py: TOP_K, how many of the most probable tokens each step reports. */
export const TOP_K = 8;
/** runners.py sample_token / top_p_filter: the logit given to disallowed and filtered-out tokens. */
export const DISALLOWED_LOGIT = -1e10;

/** runners.py SampleSettings for one row. */
export interface SampleSettings {
  /** Logits are divided by this; must be > 0. */
  temperature: number;
  /** The nucleus: the most probable tokens holding this much probability are kept; in (0, 1]. */
  nucleusP: number;
  /** [V] 1 = allowed, 0 = disallowed; all allowed when absent. */
  mask?: Uint8Array;
  /** The dtype the reference computes in: its logits' dtype. float32 unless told. */
  dtype?: FpropDtype;
}

/**
 * runners.py SampleOutput for one row. Its probabilities (a softmax over the vocabulary)
 * are computed when first read, from the filtered logits the output keeps until then
 * (512 KiB for Grok-1's vocabulary: read them, or drop the output).
 */
export interface SampleOutput {
  readonly tokenId: number;
  /** The probability of tokenId after temperature, mask and nucleus filter. */
  readonly prob: number;
  /** The TOP_K most probable token ids (after the filters), most probable first, ties to the lower id. */
  readonly topIds: number[];
  /** Their probabilities. */
  readonly topProbs: number[];
}

function rounder(dtype: FpropDtype): (x: number) => number {
  return dtype === "bfloat16" ? roundBf16 : Math.fround;
}

/**
 * `jax.nn.softmax` of one row in the dtype: exp(x - max), times the reciprocal of its
 * sum. The sum is taken in float64 and rounded once (jnp.sum accumulates bfloat16 in
 * float32 and float32 in float32, in XLA's order).
 */
export function softmax(x: Float32Array, dtype: FpropDtype = "float32"): Float32Array {
  const round = rounder(dtype);
  let max = -Infinity;
  for (let i = 0; i < x.length; i++) if (x[i] > max) max = x[i];
  const out = new Float32Array(x.length);
  let sum = 0;
  for (let i = 0; i < x.length; i++) {
    out[i] = round(Math.exp(round(x[i] - max)));
    sum += out[i];
  }
  const total = round(sum);
  const inv = Math.fround(1 / total); // / total, as XLA divides (kernels/ts_kernels.ts DIVISION)
  for (let i = 0; i < x.length; i++) out[i] = round(Math.fround(out[i] * inv));
  return out;
}

/**
 * runners.py `top_p_filter` for one row [V]: sort the logits ascending, softmax them,
 * and find the first position where the cumulative probability reaches 1 - top_p;
 * every logit at least as large as the one there is kept (ties included), the rest
 * become DISALLOWED_LOGIT. If the cumulative sum never reaches 1 - top_p (rounding can
 * leave it just below 1), argmax of all-false is 0 and everything is kept, as in the
 * reference.
 */
export function topPFilter(logits: Float32Array, topP: number, dtype: FpropDtype = "float32"): Float32Array {
  const round = rounder(dtype);
  const disallowed = round(DISALLOWED_LOGIT);
  const needed = round(1 - round(topP));
  // top_p = 1: the cumulative sum reaches 0 at the first (smallest) sorted logit, so every
  // logit is kept (NaN aside, which fails `>=` either way); no need to sort V logits, nor
  // to copy them when no NaN is there to drop.
  if (needed <= 0) return hasNaN(logits) ? logits.map((x) => (x >= -Infinity ? x : disallowed)) : logits;
  const sorted = sortAscending(logits);
  const cumulative = cumulativeSum(softmax(sorted, dtype), dtype);
  const thresholdIndex = Math.max(0, cumulative.findIndex((c) => c >= needed)); // argmax of all-false: 0
  const threshold = sorted[thresholdIndex];
  return logits.map((x) => (x >= threshold ? x : disallowed));
}

function hasNaN(x: Float32Array): boolean {
  for (let i = 0; i < x.length; i++) if (x[i] !== x[i]) return true;
  return false;
}

/**
 * x sorted ascending, as Float32Array.prototype.sort sorts it (−0 before +0, NaN last),
 * by an LSD radix sort of the float bits: three passes of 11 bits over keys that order
 * as the floats do (dtype.ts totalOrderKey, made unsigned by flipping its sign bit). For
 * Grok-1's 131072 logits 3.6 ms, where the built-in comparison sort takes 11 (Node 20).
 */
export function sortAscending(x: Float32Array): Float32Array {
  const n = x.length;
  const bits = new Uint32Array(Float32Array.from(x).buffer);
  let keys = new Uint32Array(n), spare = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const b = x[i] !== x[i] ? QUIET_NAN_BITS : bits[i]; // every NaN as +NaN: last
    keys[i] = (totalOrderKey(b) ^ SIGN_BIT) >>> 0;
  }
  const counts = new Uint32Array(RADIX_BUCKETS);
  for (let shift = 0; shift < 32; shift += RADIX_BITS) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(keys[i] >>> shift) & (RADIX_BUCKETS - 1)]++;
    for (let b = 0, at = 0; b < RADIX_BUCKETS; b++) {
      const count = counts[b];
      counts[b] = at; // where bucket b's keys start
      at += count;
    }
    for (let i = 0; i < n; i++) spare[counts[(keys[i] >>> shift) & (RADIX_BUCKETS - 1)]++] = keys[i];
    [keys, spare] = [spare, keys];
  }
  for (let i = 0; i < n; i++) bits[i] = totalOrderKey(keys[i] ^ SIGN_BIT); // the key map is its own inverse
  return new Float32Array(bits.buffer);
}
const QUIET_NAN_BITS = 0x7fc00000;
const SIGN_BIT = 0x80000000;
const RADIX_BITS = 11;
const RADIX_BUCKETS = 1 << RADIX_BITS;

/** Rows of XLA's cumulative sum (see cumulativeSum). */
const SCAN_BASE = 16;

/**
 * `jnp.cumsum` of one row in the dtype, added in XLA's order: XLA turns the scan into a
 * tree of rows of SCAN_BASE (its ReduceWindowRewriter, as JAX lowers cumsum to a
 * reduce-window). Each row of 16 is summed left to right; the rows' totals are scanned
 * the same way, recursively, and each row's exclusive prefix is added to its sums; every
 * addition rounds to the dtype. The order matters in bfloat16: over Grok-1's 131072
 * tokens, a float64 sum rounded once made the nucleus keep another set of tokens in 5
 * of 40 rows of random logits (golden/xla_arithmetic). This order gives JAX 0.10.2's (CPU)
 * cumsum bit for bit (golden/cumsum: bfloat16 rows of 1 to 131072, float32 of 1 to 20000).
 */
export function cumulativeSum(x: Float32Array, dtype: FpropDtype = "float32"): Float32Array {
  const round = rounder(dtype);
  const n = x.length;
  const out = new Float32Array(n);
  const rows = Math.ceil(n / SCAN_BASE);
  const totals = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    let acc = 0;
    for (let i = r * SCAN_BASE; i < (r + 1) * SCAN_BASE; i++) {
      acc = round(Math.fround(acc + (i < n ? x[i] : 0))); // the padding adds 0
      if (i < n) out[i] = acc;
    }
    totals[r] = acc;
  }
  if (rows <= 1) return out;
  const prefix = cumulativeSum(totals, dtype); // inclusive; row r adds the prefix before it
  for (let r = 1; r < rows; r++) {
    for (let i = r * SCAN_BASE; i < Math.min(n, (r + 1) * SCAN_BASE); i++) out[i] = round(Math.fround(out[i] + prefix[r - 1]));
  }
  return out;
}

/**
 * `jax.lax.top_k` of one row: the k largest values, largest first, ties to the lower index.
 * (Probabilities: no NaN and no −0, so numeric order is XLA's total order; see ts_kernels.ts topK.)
 */
function topK(values: Float32Array, k: number): { ids: number[]; values: number[] } {
  const ids: number[] = [];
  const best: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (best.length === k && !(v > best[k - 1])) continue;
    let at = best.length;
    while (at > 0 && v > best[at - 1]) at--;
    best.splice(at, 0, v);
    ids.splice(at, 0, i);
    if (best.length > k) {
      best.pop();
      ids.pop();
    }
  }
  return { ids, values: best };
}

function checkSettings(logits: Float32Array, s: SampleSettings): void {
  check(Number.isFinite(s.temperature) && s.temperature > 0, `temperature must be a number > 0, got ${s.temperature}`);
  check(s.nucleusP > 0 && s.nucleusP <= 1, `top-p (nucleus_p) must be in (0, 1], got ${s.nucleusP}`);
  check(logits.length > 0, "sampleToken: empty logits row");
  check(!s.mask || s.mask.length === logits.length, () => `sampling mask has ${s.mask?.length} entries, vocab has ${logits.length}`);
}

/**
 * A temperature that the logits' dtype holds as 0 (below about 1e-45 in float32, about
 * 5e-41 in bfloat16 as runners.py casts it: bf16's subnormals reach 9.2e-41) is an
 * error: logits / 0 is ±Inf or NaN everywhere.
 * Checked by sampleToken, and by a caller that wants to know before it loads a model.
 */
export function checkTemperature(temperature: number, dtype: FpropDtype): void {
  check(rounder(dtype)(Math.fround(temperature)) > 0, `temperature ${temperature} is 0 in ${dtype}: give one of at least 1e-30`);
}

/**
 * Not the reference's concern, but a silent wrong token is worse than an error: NaN or
 * ±Inf logits (weights or multipliers that overflow float32), or a temperature so small
 * (`rounded`: as the logits' dtype holds it) that logits / temperature overflows, make
 * every draw meaningless.
 */
function checkSampleable(logits: Float32Array, scaled: Float32Array, given: number, rounded: number, dtype: FpropDtype): void {
  if (rounded === 0) checkTemperature(given, dtype);
  let bad = 0;
  while (bad < scaled.length && Number.isFinite(scaled[bad])) bad++;
  if (bad === scaled.length) return;
  const x = logits[bad];
  if (!Number.isFinite(x)) throw new UserError(`the logits hold ${x} at token id ${bad}: the model overflowed float32 (check the weights and the config's multipliers)`);
  throw new UserError(
    `logit ${x} (token id ${bad}) / temperature ${given} overflows ${dtype}: the temperature is too small, or the logits too large (check the weights and the config's multipliers)`,
  );
}

/**
 * runners.py `sample_token` for one row of logits [V], drawn with that row's key.
 *
 * logits / temperature, disallowed tokens -> DISALLOWED_LOGIT, nucleus filter
 * (filteredLogits), then jax.random.categorical; the reported probabilities are the
 * softmax of the filtered logits.
 */
export function sampleToken(
  logits: Float32Array,
  key: Key,
  s: SampleSettings,
  prng: PrngOptions = {},
): SampleOutput {
  const dtype = s.dtype ?? "float32";
  const filtered = filteredLogits(logits, s);
  const tokenId = categorical(key, filtered, 1, { ...prng, dtype })[0];
  // the reported probabilities, when asked for (generate only needs the token)
  let probs: Float32Array | undefined, top: { ids: number[]; values: number[] } | undefined;
  const probsNow = () => (probs ??= softmax(filtered, dtype));
  const topNow = () => (top ??= topK(probsNow(), Math.min(TOP_K, filtered.length)));
  return {
    tokenId,
    get prob() { return probsNow()[tokenId]; },
    get topIds() { return topNow().ids; },
    get topProbs() { return topNow().values; },
  };
}

/** The logits [V] sample_token draws from: scaled by the temperature, masked and nucleus-filtered, in the dtype. */
export function filteredLogits(logits: Float32Array, s: SampleSettings): Float32Array {
  checkSettings(logits, s);
  const dtype = s.dtype ?? "float32";
  const round = rounder(dtype);

  // The settings arrive as float32 (np.float32 in runners.py) and are cast to the logits' dtype.
  const temperature = round(Math.fround(s.temperature));
  const nucleusP = round(Math.fround(s.nucleusP));
  const disallowed = round(DISALLOWED_LOGIT);

  // [V] logits / temperature, then the disallowed-token mask. XLA computes the division
  // as a float32 product with the reciprocal (kernels/ts_kernels.ts DIVISION), then rounds
  // to the dtype: the golden case sample_f32 (JAX 0.10.2, CPU) matches only that way (69 of
  // its 275 kept logits are an ulp off with a true division); sample_bf16 matches either way.
  // (Plain loops, each for one dtype: per element through a callback they took 1.3 ms
  // of a 131072-token row, half of a grok-1-mini decode step with the checks below.)
  const reciprocal = Math.fround(1 / temperature);
  const scaled = new Float32Array(logits.length);
  if (dtype === "float32") {
    for (let v = 0; v < logits.length; v++) scaled[v] = logits[v] * reciprocal; // float32 · float32 is exact in a double; the store rounds it once
  } else {
    for (let v = 0; v < logits.length; v++) scaled[v] = round(Math.fround(round(logits[v]) * reciprocal));
  }
  if (s.mask) for (let v = 0; v < logits.length; v++) if (!s.mask[v]) scaled[v] = disallowed;
  checkSampleable(logits, scaled, s.temperature, temperature, dtype);
  // [V] only the nucleus keeps its logits
  return topPFilter(scaled, nucleusP, dtype);
}

/**
 * The per-row PRNG keys of runners.py's generation loop.
 *
 * A request's row starts from `PRNGKey(rng_seed)` (hk_prefill_memory). Every sampled
 * token, the first one included, splits the row's key into (the key carried to the
 * next step, the key this token is drawn with): the split in hk_prefill_memory for the
 * first token, the vmapped split in hk_sample_step for each later one. So a row's
 * draws depend only on its seed and how many tokens it has sampled.
 *
 * runners.py passes the seed as np.uint64 into a jitted function; with JAX's default
 * 32-bit mode only its low 32 bits reach PRNGKey, which we reproduce.
 */
export class SamplerKeys {
  private readonly carried: Key[];

  /** One seed per batch row (runners.py Request.rng_seed), each an integer in [0, 2^64). */
  constructor(
    seeds: readonly Seed[],
    private readonly prng: PrngOptions = {},
  ) {
    this.carried = seeds.map((seed) => SamplerKeys.prefillKey(seed));
  }

  /** hk_prefill_memory: `rng = jax.random.PRNGKey(seed=rng_seed)` for a new request. */
  static prefillKey(seed: Seed): Key {
    check(
      (typeof seed === "bigint" || Number.isSafeInteger(seed)) && BigInt(seed) >= 0n,
      `seed must be an integer >= 0 (runners.py makes it a np.uint64), got ${seed}`,
    );
    return PRNGKey(seed); // 32-bit mode: [0, seed mod 2^32]
  }

  /** Starts row `row` afresh for a new request with seed `seed` (hk_prefill_memory). */
  reset(row: number, seed: Seed): void {
    check(row >= 0 && row < this.carried.length, `row ${row} is outside the batch of ${this.carried.length}`);
    this.carried[row] = SamplerKeys.prefillKey(seed);
  }

  /** The keys to draw every row's next token with [B]; advances every row. */
  next(): Key[] {
    return this.carried.map((key, row) => {
      const [carry, draw] = split(key, 2, this.prng);
      this.carried[row] = carry;
      return draw;
    });
  }
}
