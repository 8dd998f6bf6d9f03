/**
 * Comparing our activations with golden ones recorded from the released JAX code.
 *
 * Mirrors nothing in the reference. The golden files (golden/cases/*, made by
 * golden/generate.py) hold what model.py computes, tensor by tensor, under the names of
 * `grok1 trace`; compareActivations checks ours against them and explains every
 * mismatch: which tensor, which element ([b, t, ...]), both values, the tolerance.
 *
 * ## Why the tolerances are what they are
 *
 * Two faithful implementations of the reference's dtype flow can still differ in:
 *  (a) float32 arithmetic whose order the reference does not fix: the accumulation
 *      order of dots and sums (XLA's blocked, vectorised loops vs ours), and the
 *      transcendentals (exp, tanh, rsqrt, sin/cos) of different libraries. A few
 *      float32 ulps: relative errors around 1e-7..1e-6 at our sizes.
 *  (b) bf16 rounding points. Each rounds a float32 value to the nearest bfloat16. Two
 *      inputs that differ by (a) round to the same bf16 value unless they straddle a
 *      rounding boundary; then the results are adjacent bf16 values, one bf16 ulp
 *      apart (2^-8..2^-7 relative). Rare per element (about the float32 difference
 *      over the bf16 spacing, ~2^-16·sqrt(n)), but tensors have thousands of elements.
 *  (c) A flip from (b) is an input perturbation for everything downstream. Through a
 *      norm or an elementwise op it stays about one ulp of the value it feeds; through
 *      a dot of length n it adds 2^-8·|x_i·w_ij| to a result of size ~sqrt(n)·|x·w|, a
 *      fraction of the result's own ulp that may flip the result's rounding in turn. So
 *      errors grow by at most an ulp or two per stage, but spread; and where a sum
 *      cancels, the error has the size of the terms, not of the small result: that part
 *      of the bound scales with the tensor's RMS, not with the element. Flips cascade:
 *      when a fraction f of a dot's inputs flipped, each output moves by ~sqrt(f) ulp,
 *      so over many stages a sizeable fraction of elements can differ by an ulp.
 *
 * float32 mode: |ours − ref| ≤ 1e-5·(max(1, rms(ref)) + |ref|) per element. (a) is ~10×
 *   below that at the committed cases' sizes, and about half of it at Grok-1's own widths
 *   (6144-long dots: the extra case wide_f32). The absolute part is 1e-5 of the tensor's
 *   RMS where that is above 1: by (c), where a sum cancels, the error has the size of the
 *   terms, and a tensor of large values has large terms. Logits of RMS 8–20 (random
 *   N(0, 1) embeddings, embedding_multiplier_scale 1, D 53–406: no golden case's
 *   scale) came out up to 8.6e-5 apart between our two kernel sets, at logits near 0,
 *   while their errors relative to the RMS stayed below 5e-6 (a fuzz of random configs,
 *   2026-11-27).
 *   float32 mode still has bf16 rounding points (the MoE casts its gates and its output
 *   to bf16, the post-MoE norm keeps that dtype; bf16 scales make bf16 weights, but
 *   exactly), so (b) applies there: an element whose value is at most two bf16 steps
 *   from the reference's, both bf16 values, is a rounding flip, not an error (one step
 *   for the output's rounding, one for a flipped gate, rounded inside the MoE and not
 *   recorded). From the next tensor on, that batch row is compared with the after-flip
 *   bound (below; the flip has propagated, (c)).
 *   A flipped gate can move the MoE output by more than a step: it changes gate·out_e by
 *   one bf16 step of the gate times one expert's output, which can be several times the
 *   token's summed output where the experts' outputs cancel (found by a differential audit
 *   on 2048 tokens of top-8: 4 steps). Whether a gate flipped is known exactly, as both
 *   sides record the router's float32 probabilities: a chosen expert's probability that
 *   rounds to another bf16 value in ours than in the reference (gateFlips). For those
 *   tokens the MoE output is held to the bfloat16 bound (BFLOAT16_BOUND) instead, and
 *   their rows count as flipped.
 *   An RMSNorm that normalises a block's output row by row divides the absolute errors
 *   its input carried by the row's RMS, so there the bound is multiplied by
 *   1 / rms(input row) where that is above 1 (wide_f32: attention output rows of RMS
 *   0.39, 7.6e-6 off before rms_norm_1 and 1.2e-5 after). Not for a bf16-valued norm
 *   output (rms_norm_3): there a difference beyond the plain bound is how a flip is seen.
 * bfloat16 mode: |ours − ref| ≤ 2·ulp(|ref|) + 4·ulp(rms(ref)) per element: one ulp for
 *   a flip at this rounding point, one for a flip carried in on the same element (the
 *   residual add), and the RMS-scaled part for flips spread through dots and
 *   cancellations, which accumulate over the residual stream's blocks. An RMSNorm that
 *   normalises a block's output row by row (rms_norm_1, rms_norm_3, the final norm)
 *   magnifies what its input carried by rms(input) / rms(input row) in a row smaller
 *   than typical, so there the RMS-scaled part is multiplied by that factor (≥ 1).
 *   That bound alone would pass an implementation that misses (or adds) a rounding
 *   point: that moves values by up to half an ulp everywhere, and the next rounding
 *   point turns it into one-ulp differences in a quarter to a half of the elements
 *   (test/golden.test.ts measures 28% and 35% after a product, 36% after a 48-long dot),
 *   each within 2 ulps; downstream, more. Legitimate flips start rare ((b): ~1e-4 per
 *   element; reversing a dot's summation order changed none of 256 results there) and
 *   only cascade over many stages. So a second bound, for
 *   tensors whose reference values are all bf16 (every bf16-mode tensor but the
 *   router's float32 probabilities): at most 10% of their elements may differ from the
 *   reference at all. A missing final rounding (ours not bf16) differs everywhere.
 *   That second bound holds until a row's first legitimate flip: from the tensor after
 *   one with any element differing, the row keeps only the first bound, with twice its
 *   RMS-scaled part (AFTER_FLIP_BOUND). Attention
 *   carries a flip at token t into every later token of the row, so one flip can make a
 *   quarter of a later tensor differ by an ulp (golden case long_bf16: one element of
 *   layer 0's MoE output at token 32, then 24% of layer 1's MoE output). The layer-by-
 *   layer comparison (src/golden/layerwise.ts) starts every row afresh at each layer
 *   (CompareOptions.freshRowsAt), so there the second bound covers every layer.
 *
 * Router near-ties: when the reference's k-th and (k+1)-th expert probabilities are
 * closer than 1e-3, (b) can legitimately change the expert choice. A changed choice
 * there is reported, and that batch row is not compared further; a changed choice with
 * a clear margin is a failure. (golden/generate.py re-draws routers to avoid near-ties.)
 */
import { roundBf16 } from "../dtype.js";
import { shownName } from "../errors.js";
import type { FpropDtype } from "../dtype.js";

/** An activation: row-major float32 data and its shape (leading dims [B, T, ...]). */
export interface Activation {
  shape: number[];
  data: Float32Array;
}
export type ActivationMap = Map<string, Activation>;

/**
 * Per element: |ours − ref| ≤ abs·max(1, rms(ref)) + rel·|ref| + ulps·ulpBf16(|ref|) + rmsUlps·ulpBf16(rms(ref)).
 * Per tensor whose reference values are all bfloat16: the fraction of elements where
 * ours ≠ ref is at most maxMismatch.
 */
export interface Tolerance {
  label: string;
  abs: number;
  rel: number;
  ulps: number;
  rmsUlps: number;
  maxMismatch: number;
  /**
   * If set, a flip moves its batch row to this tolerance from the next tensor on. What
   * counts as a flip: with `flipOnAnyDifference`, any element of a bf16-valued tensor that
   * differs from the reference (within the bound); otherwise an element over the bound
   * but at most MAX_FLIP_STEPS bf16 steps from the reference (both bf16 values), which is
   * then accepted.
   */
  afterFlip?: Tolerance;
  flipOnAnyDifference?: boolean;
}

const BFLOAT16_BOUND = { abs: 0, rel: 0, ulps: 2, rmsUlps: 4 };
/**
 * After a flip, twice the RMS-scaled part: the flip reaches later tokens through attention
 * and the router's gates, and comes back through every later block (long_bf16's logits,
 * two layers after one flip at token 32: 5 ulp(rms)). The layer-by-layer comparison keeps
 * every layer to BFLOAT16_BOUND.
 */
const AFTER_FLIP_BOUND = { abs: 0, rel: 0, ulps: 2, rmsUlps: 8 };

export const BFLOAT16_TOLERANCE: Tolerance = {
  label: "bfloat16: 2 ulp(|ref|) + 4 ulp(rms), ≤ 10% of elements differing",
  ...BFLOAT16_BOUND,
  maxMismatch: 0.1,
  flipOnAnyDifference: true,
  afterFlip: { label: "bfloat16 (after a difference in this row): 2 ulp(|ref|) + 8 ulp(rms)", ...AFTER_FLIP_BOUND, maxMismatch: 1 },
};

export const FLOAT32_TOLERANCE: Tolerance = {
  label: "float32: 1e-5·(max(1, rms) + |ref|)",
  abs: 1e-5,
  rel: 1e-5,
  ulps: 0,
  rmsUlps: 0,
  maxMismatch: 1, // float32 sums legitimately differ in the last bits everywhere
  afterFlip: { label: "bfloat16 (after a bf16 rounding flip in this row): 2 ulp(|ref|) + 8 ulp(rms)", ...AFTER_FLIP_BOUND, maxMismatch: 1 },
};

/** The tolerance for a golden case of this fprop dtype. */
export function toleranceFor(dtype: FpropDtype): Tolerance {
  return dtype === "bfloat16" ? BFLOAT16_TOLERANCE : FLOAT32_TOLERANCE;
}

/** Options of compareActivations. */
export interface CompareOptions {
  /** Experts chosen per token (num_selected_experts), for the router near-tie check. Default 2. */
  numSelectedExperts?: number;
  /** Router probability margin below which a changed expert choice is a near-tie. Default 1e-3. */
  nearTieMargin?: number;
  /**
   * Tensors at which every flipped row starts again in step: where ours was fed the
   * reference's input (the layer-by-layer comparison, at each layer's first tensor).
   */
  freshRowsAt?: (name: string) => boolean;
}

/** Default router near-tie margin (golden/generate.py's ROUTER_MARGIN). */
export const NEAR_TIE_MARGIN = 1e-3;

export interface WorstElement {
  index: number[];
  ours: number;
  ref: number;
  error: number;
  tol: number;
}

export interface TensorResult {
  name: string;
  shape: number[];
  ok: boolean;
  /** Why the tensor could not be compared or failed outright (missing, shape, expert choice). */
  problem?: string;
  maxAbsError: number;
  maxRelError: number;
  /** Fraction of compared elements where ours ≠ ref. */
  mismatch: number;
  /** Whether every reference value is a bfloat16 value (then maxMismatch applies). */
  bf16Valued: boolean;
  /** Elements over their tolerance (flips excluded). */
  outOfTolerance: number;
  /** The element with the largest error / tolerance ratio. */
  worst?: WorstElement;
  /** Elements accepted as bf16 rounding flips (float32 mode). */
  flips: number;
  /** The tolerance applied (the after-flip one, for rows after a flip, is named too). */
  tolerance: string;
  /** Batch rows not compared (after a router near-tie changed their expert choice). */
  skippedRows: number[];
}

export interface Report {
  ok: boolean;
  tensors: TensorResult[];
  /** In the reference, not in ours. */
  missing: string[];
  /** In ours, not in the reference (not a failure). */
  extra: string[];
  /** Rounding flips, near-ties: things a reader should know that are not failures. */
  notes: string[];
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** Smallest bf16 spacing: the subnormal ulp, 2^-133 (7 fraction bits below 2^-126). */
const BF16_MIN_ULP = 2 ** -133;

/** The spacing of bfloat16 values at |x|: 2^(exponent(x) − 7). */
export function ulpBf16(x: number): number {
  f32[0] = Math.abs(x);
  const exponent = (u32[0] >>> 23) & 0xff;
  if (exponent === 0) return BF16_MIN_ULP;
  return 2 ** (exponent - 127 - 7);
}

/** The most bf16 steps between ours and the reference that count as a rounding flip (see above). */
export const MAX_FLIP_STEPS = 2;

/**
 * How many bfloat16 values apart a and b are: the difference of their bf16 bit
 * patterns. Infinity unless both are bf16 values of the same sign.
 */
export function bf16Steps(a: number, b: number): number {
  f32[0] = a;
  const ba = u32[0];
  f32[0] = b;
  const bb = u32[0];
  if ((ba & 0xffff) !== 0 || (bb & 0xffff) !== 0) return Infinity;
  if ((ba ^ bb) >>> 31 !== 0) return Infinity; // different signs
  return Math.abs((ba >>> 16) - (bb >>> 16));
}

/** Row-major flat index -> multi-index for `shape`. */
export function unravel(i: number, shape: readonly number[]): number[] {
  const out = new Array<number>(shape.length);
  for (let d = shape.length - 1; d >= 0; d--) {
    out[d] = i % shape[d];
    i = Math.floor(i / shape[d]);
  }
  return out;
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * The root mean square of x's finite elements: a tensor's typical size. A NaN or ±Inf in
 * the reference agrees only with itself, and must not make every other element's bound
 * NaN or infinite (ulpBf16 of either is 2^121, which passed anything).
 */
function rms(x: Float32Array): number {
  let s = 0, n = 0;
  for (let i = 0; i < x.length; i++) {
    if (Number.isFinite(x[i])) {
      s += x[i] * x[i];
      n++;
    }
  }
  return n ? Math.sqrt(s / n) : 0;
}

/** Indices of the k largest values of x[o .. o+n), ties to the lower index (lax.top_k's rule). */
function topKSet(x: Float32Array, o: number, n: number, k: number): number[] {
  const idx = Array.from({ length: n }, (_, i) => i);
  idx.sort((p, q) => x[o + q] - x[o + p] || p - q);
  return idx.slice(0, k).sort((p, q) => p - q);
}

/** The gap between the k-th and (k+1)-th largest of x[o .. o+n). */
function kthMargin(x: Float32Array, o: number, n: number, k: number): number {
  const v = Array.from(x.subarray(o, o + n)).sort((p, q) => q - p);
  return k < n ? v[k - 1] - v[k] : Infinity;
}

/** Per-row comparison state, shared along the tensors of one forward pass. */
type RowState = "in-step" | "flipped" | "skipped";

function rowsOf(shape: readonly number[]): number {
  return shape.length >= 1 ? shape[0] : 1; // every tensor of a trace is batch-major
}

/**
 * Router probabilities [B, T, E]: the expert choice (top-k) must match, except at
 * near-ties, where a different choice is reported and its row skipped from then on.
 */
function checkRouter(
  name: string,
  ours: Activation,
  ref: Activation,
  k: number,
  margin: number,
  rows: RowState[],
  notes: string[],
): string | undefined {
  const E = ref.shape[ref.shape.length - 1];
  const tokens = ref.data.length / E;
  const perRow = tokens / rowsOf(ref.shape);
  for (let j = 0; j < tokens; j++) {
    const row = Math.floor(j / perRow);
    if (rows[row] === "skipped") continue;
    const m = kthMargin(ref.data, j * E, E, k);
    const mine = topKSet(ours.data, j * E, E, k);
    const theirs = topKSet(ref.data, j * E, E, k);
    const at = `[${unravel(j, ref.shape.slice(0, -1)).join(",")}]`;
    const same = mine.every((v, i) => v === theirs[i]);
    if (!same && m < margin) {
      notes.push(`${shownName(name)}: router near-tie at ${at} (margin ${m.toExponential(1)}): ours chose experts {${mine}}, the reference {${theirs}}; row ${row} not compared further`);
      rows[row] = "skipped";
    } else if (!same) {
      return `expert choice differs at ${at}: ours {${mine}}, reference {${theirs}} (reference margin ${m.toExponential(1)}, not a near-tie)`;
    } else if (m < margin) {
      notes.push(`${shownName(name)}: router near-tie at ${at} (margin ${m.toExponential(1)}), same choice {${theirs}}`);
    }
  }
  return undefined;
}

function isBf16Value(x: number): boolean {
  f32[0] = x;
  return (u32[0] & 0xffff) === 0;
}

/**
 * The recorded input of an RMSNorm output whose rows are normalised on their own: the
 * post-attention and post-FFN norms and the final norm (the pre-norms read the residual
 * stream, whose rows are never small). The logits, a linear map of the final norm's
 * output, carry its magnification token by token.
 */
function normInput(name: string, ref: ActivationMap): Activation | undefined {
  let m = /^(.*)\/rms_norm_1$/.exec(name);
  if (m) return ref.get(`${m[1]}/multi_head_attention`);
  m = /^(.*)\/rms_norm_3$/.exec(name);
  if (m) return ref.get(`${m[1]}/moe`);
  if (name === "language_model/rms_norm" || name === "language_model/logits") {
    const layers = [...ref.keys()].filter((n) => /^transformer\/decoder_layer_\d+$/.test(n));
    return layers.length ? ref.get(layers[layers.length - 1]) : undefined;
  }
  return undefined;
}

/**
 * Per row (token), how much an RMSNorm magnifies the errors its input carries: it divides
 * each row by the row's own RMS. An error of the input's typical size (ulp(rms) of the
 * whole input, the rmsUlps term) grows by rms(input) / rms(input row) in a row smaller
 * than typical (`relative`); an absolute error (the float32 bound's abs and rel terms,
 * made for values of size 1) by 1 / rms(input row) in a row below 1 (`absolute`). Each at
 * least 1.
 */
interface Amplification {
  relative: Float32Array;
  absolute: Float32Array;
}

function normAmplification(input: Activation): Amplification {
  const per = input.shape[input.shape.length - 1]; // D: the axis the norm normalises
  const rowsN = input.data.length / per; // one per token: [B·T]
  const all = rms(input.data);
  const relative = new Float32Array(rowsN), absolute = new Float32Array(rowsN);
  for (let row = 0; row < rowsN; row++) {
    const rowRms = rms(input.data.subarray(row * per, (row + 1) * per));
    relative[row] = rowRms > 0 ? Math.max(1, all / rowRms) : 1;
    absolute[row] = rowRms > 0 ? Math.max(1, 1 / rowRms) : 1;
  }
  return { relative, absolute };
}

/**
 * Router probabilities [B, T, E]: the tokens (flat index over B·T) where a chosen expert's
 * gate, its probability rounded to bf16 as the MoE rounds it, differs between ours and the
 * reference (see float32 mode above). The choice is the reference's top-k; a token whose
 * choice differs is checkRouter's.
 */
function gateFlips(ours: Activation, ref: Activation, k: number): Set<number> {
  const E = ref.shape[ref.shape.length - 1];
  const flips = new Set<number>();
  for (let j = 0; j < ref.data.length / E; j++) {
    for (const e of topKSet(ref.data, j * E, E, k)) {
      if (roundBf16(ours.data[j * E + e]) !== roundBf16(ref.data[j * E + e])) flips.add(j);
    }
  }
  return flips;
}

function compareTensor(
  name: string,
  ours: Activation,
  ref: Activation,
  tol: Tolerance,
  rows: RowState[],
  notes: string[],
  amplification?: Amplification, // per token [B·T], for norms (normAmplification)
  flippedGates?: Set<number>, // tokens [B·T] of a MoE output whose gates rounded apart (gateFlips)
): TensorResult {
  const r = ref.data, o = ours.data;
  const perRow = r.length / rowsOf(ref.shape);
  const typical = rms(r);
  const ulpRms = ulpBf16(typical);
  const absScale = Math.max(1, typical); // the abs part: for values of size 1, or the tensor's RMS above that
  const result: TensorResult = {
    name,
    shape: ref.shape.slice(),
    ok: true,
    maxAbsError: 0,
    maxRelError: 0,
    mismatch: 0,
    bf16Valued: r.every(isBf16Value),
    outOfTolerance: 0,
    flips: 0,
    tolerance: tol.label,
    skippedRows: [],
  };
  const newlyFlipped = new Set<number>();
  let worstRatio = -1;
  let compared = 0, differing = 0;
  let comparedInStep = 0, differingInStep = 0; // in rows held to `tol` itself: its maxMismatch
  let usedAfterFlip = false;
  for (let i = 0; i < r.length; i++) {
    const row = Math.floor(i / perRow);
    if (rows[row] === "skipped") continue;
    const t = rows[row] === "flipped" && tol.afterFlip ? tol.afterFlip : tol;
    usedAfterFlip ||= t !== tol;
    const a = Math.abs(r[i]);
    const same = o[i] === r[i] || (Number.isNaN(o[i]) && Number.isNaN(r[i]));
    const error = same ? 0 : Number.isNaN(o[i] - r[i]) ? Infinity : Math.abs(o[i] - r[i]);
    const token = Math.floor(i / ref.shape[ref.shape.length - 1]);
    // (a bf16-valued norm output keeps the plain absolute bound: its flips must exceed it to be seen)
    const relative = amplification ? amplification.relative[token] : 1;
    const absolute = amplification && !result.bf16Valued ? amplification.absolute[token] : 1;
    const bound = (t.abs * absScale + t.rel * a) * absolute + t.ulps * ulpBf16(a) + t.rmsUlps * ulpRms * relative;
    // a NaN or ±Inf in the reference has no bound around it: only the same value agrees
    // with it (and `!(error <= bound)` would refuse a NaN bound, should one ever arise)
    const beyond = !same && (!Number.isFinite(r[i]) || !(error <= bound));
    compared++;
    if (!same) differing++;
    if (t === tol) {
      comparedInStep++;
      if (!same) differingInStep++;
    }
    if (!same && tol.flipOnAnyDifference && result.bf16Valued && rows[row] === "in-step") newlyFlipped.add(row);
    // float32 mode's rounding flips: a step or two, or within the bfloat16 bound where a gate flipped
    const flip =
      beyond && tol.afterFlip && !tol.flipOnAnyDifference && rows[row] === "in-step" &&
      (bf16Steps(o[i], r[i]) <= MAX_FLIP_STEPS || (flippedGates?.has(token) && error <= BFLOAT16_BOUND.ulps * ulpBf16(a) + BFLOAT16_BOUND.rmsUlps * ulpRms));
    if (flip) {
      result.flips++;
      newlyFlipped.add(row);
      continue;
    }
    if (beyond) result.outOfTolerance++;
    result.maxAbsError = Math.max(result.maxAbsError, error);
    if (a > 0) result.maxRelError = Math.max(result.maxRelError, error / a);
    const ratio = beyond && !(bound < Infinity) ? Infinity : bound > 0 ? error / bound : error > 0 ? Infinity : 0;
    if (ratio > worstRatio) {
      worstRatio = ratio;
      result.worst = { index: unravel(i, ref.shape), ours: o[i], ref: r[i], error, tol: bound };
    }
  }
  result.mismatch = compared ? differing / compared : 0;
  result.skippedRows = rows.flatMap((s, b) => (s === "skipped" ? [b] : []));
  if (usedAfterFlip && tol.afterFlip) result.tolerance = `${tol.label}; flipped rows: ${tol.afterFlip.label}`;
  if (result.outOfTolerance > 0) result.ok = false;
  const inStepMismatch = comparedInStep ? differingInStep / comparedInStep : 0;
  if (result.bf16Valued && inStepMismatch > tol.maxMismatch) {
    result.ok = false;
    const where = comparedInStep < compared ? " of the rows not yet flipped" : "";
    result.problem = `${(100 * inStepMismatch).toFixed(1)}% of elements${where} differ (at most ${100 * tol.maxMismatch}%): a systematic difference, such as a missing or extra bf16 rounding point`;
  }
  for (const row of newlyFlipped) {
    rows[row] = "flipped";
    notes.push(`${shownName(name)}: row ${row} differs from the reference (bf16 rounding flips); from the next tensor on it is compared with the after-flip tolerance`);
  }
  return result;
}

function failedResult(name: string, shape: number[], problem: string, tol: Tolerance): TensorResult {
  return { name, shape, ok: false, problem, maxAbsError: NaN, maxRelError: NaN, mismatch: NaN, bf16Valued: false, outOfTolerance: 0, flips: 0, tolerance: tol.label, skippedRows: [] };
}

/**
 * `ref`'s tensors in the order they are computed. A forward trace is already in that
 * order. A KV-memory trace (golden/README.md, "KV memory": `step_{n}/…`) lists each step's
 * logits and memory before the activations they derive from; compared in that order, a
 * legitimate bf16 rounding flip found later in the same step (a row is then held to the
 * after-flip tolerance) would fail the tensors it had already changed. Here each step's
 * `logits` and `memory/…` come after its other tensors; the rest keeps its order.
 */
export function inComputeOrder(ref: ActivationMap): ActivationMap {
  const derived = (name: string) => /^step_\d+\/(logits|memory\/)/.test(name);
  const step = (name: string) => Number(/^step_(\d+)\//.exec(name)?.[1] ?? -1);
  const order = [...ref.keys()].map((name, i) => ({ name, i })).sort((a, b) =>
    step(a.name) - step(b.name) || Number(derived(a.name)) - Number(derived(b.name)) || a.i - b.i);
  return new Map(order.map(({ name }) => [name, ref.get(name)!]));
}

/**
 * Compares every tensor of `ref` (in its order, which must be the order the forward pass
 * produces them, as inComputeOrder gives it: a flip found in one tensor loosens the
 * tolerance of the later ones)
 * with the tensor of the same name in `ours`.
 */
export function compareActivations(ours: ActivationMap, ref: ActivationMap, tol: Tolerance, options: CompareOptions = {}): Report {
  const k = options.numSelectedExperts ?? 2;
  const margin = options.nearTieMargin ?? NEAR_TIE_MARGIN;
  const report: Report = { ok: true, tensors: [], missing: [], extra: [], notes: [] };
  let rows: RowState[] | undefined;
  const flippedGates = new Map<string, Set<number>>(); // by the MoE output's name: that layer's gateFlips
  for (const [name, r] of ref) {
    const o = ours.get(name);
    if (!o) {
      report.missing.push(name);
      report.tensors.push(failedResult(name, r.shape, "missing from ours", tol));
      continue;
    }
    if (!sameShape(o.shape, r.shape) || o.data.length !== r.data.length) {
      report.tensors.push(failedResult(name, r.shape, `shape [${o.shape}] in ours, [${r.shape}] in the reference`, tol));
      continue;
    }
    rows ??= new Array<RowState>(rowsOf(r.shape)).fill("in-step");
    if (options.freshRowsAt?.(name)) rows = rows.map((s) => (s === "flipped" ? "in-step" : s));
    let choice: string | undefined;
    if (name.endsWith("/router_probs")) {
      choice = checkRouter(name, o, r, k, margin, rows, report.notes);
      flippedGates.set(name.slice(0, -"router_probs".length) + "moe", gateFlips(o, r, k));
    }
    const input = normInput(name, ref);
    const result = compareTensor(name, o, r, tol, rows, report.notes, input && normAmplification(input), flippedGates.get(name));
    if (choice) {
      result.ok = false;
      result.problem = choice;
    }
    report.tensors.push(result);
  }
  for (const name of ours.keys()) if (!ref.has(name)) report.extra.push(name);
  report.ok = report.tensors.every((t) => t.ok);
  return report;
}

function num(x: number): string {
  return Number.isFinite(x) ? String(Number(x.toPrecision(6))) : String(x);
}

function sci(x: number): string {
  return Number.isFinite(x) ? x.toExponential(1) : String(x);
}

/**
 * One line per tensor, e.g.
 * "FAIL transformer/decoder_layer_1/moe: max |ours-ref| 3.1e-4 at [0,2,17] (ours 1.23, ref 1.22), tol 2.2e-5; ...".
 * The element shown is the one furthest over (or closest to) its tolerance. `names`: what
 * to call the two sides (grok1 compare: "other" and "ref").
 */
export function describeTensor(t: TensorResult, names = { ours: "ours", ref: "ref" }): string {
  const status = t.ok ? "ok" : "FAIL";
  const problem = t.problem?.replace(/\bours\b/g, names.ours);
  if (!t.worst) return `${status} ${shownName(t.name)}: ${problem ?? "nothing compared"}`;
  const w = t.worst, d = `|${names.ours}-${names.ref}|`;
  let line = `${status} ${shownName(t.name)}: max ${d} ${sci(w.error)} at [${w.index.join(",")}] (${names.ours} ${num(w.ours)}, ${names.ref} ${num(w.ref)}), tol ${sci(w.tol)}`;
  if (t.maxAbsError > w.error) line += `; largest ${d} ${sci(t.maxAbsError)}`;
  line += `; ${(100 * t.mismatch).toFixed(1)}% of elements differ`;
  if (t.outOfTolerance) line += `; ${t.outOfTolerance} element(s) out of tolerance`;
  if (t.flips) line += `; ${t.flips} bf16 rounding flip(s) accepted`;
  if (problem) line += ` — ${problem}`;
  return line;
}

/** The report as text: failures first (or every tensor with `all`), then notes. */
export function formatReport(report: Report, all = false): string {
  const lines: string[] = [report.ok ? "golden comparison: ok" : "golden comparison: FAILED"];
  const shown = all ? report.tensors : report.tensors.filter((t) => !t.ok);
  for (const t of shown) lines.push("  " + describeTensor(t));
  if (report.missing.length) lines.push(`  missing from ours: ${report.missing.join(", ")}`);
  if (report.extra.length) lines.push(`  extra in ours (not compared): ${report.extra.join(", ")}`);
  for (const n of report.notes) lines.push(`  note: ${n}`);
  if (shown.length) lines.push(`  tolerance: ${shown[0].tolerance}`);
  return lines.join("\n");
}
