/**
 * tanh on four float32 lanes as XLA computes it (tanhXla4: GELU in gelu.ts, attention's
 * soft cap), and exp rounded once as the TypeScript twin rounds it (expRounded4: softmax).
 */

// XLA's float32 tanh (src/kernels/ts_kernels.ts TANH, tanhXla): the input clamped to
// ±TANH_CLAMP, an odd degree-13 over an even degree-6 polynomial in x², each Horner step a
// fused multiply-add, one division; x itself where |x| < TANH_SMALL. The fused
// multiply-adds are computed in float64 (a product of two float32s is exact there) and
// rounded to float32, as the twin does, so that every engine gives the same bits whether
// its hardware fuses or not (relaxed SIMD's madd may do either).
const TANH_CLAMP: f32 = 7.998811721801758;
const TANH_SMALL: f32 = 0.0004;
const TANH_P1: f64 = <f64><f32>4.89352455891786e-3; // numerator: x, x³, …, x¹³
const TANH_P3: f64 = <f64><f32>6.37261928875436e-4;
const TANH_P5: f64 = <f64><f32>1.48572235717979e-5;
const TANH_P7: f64 = <f64><f32>5.12229709037114e-8;
const TANH_P9: f64 = <f64><f32>-8.60467152213735e-11;
const TANH_P11: f64 = <f64><f32>2.00018790482477e-13;
const TANH_P13: f64 = <f64><f32>-2.76076847742355e-16;
const TANH_Q0: f64 = <f64><f32>4.89352518554385e-3; // denominator: 1, x², x⁴, x⁶
const TANH_Q2: f64 = <f64><f32>2.268434632439e-3;
const TANH_Q4: f64 = <f64><f32>1.18534705686654e-4;
const TANH_Q6: f64 = <f64><f32>1.19825839466702e-6;

/** fround(a·b + c) on two float64 lanes holding float32 values: a fused multiply-add of float32s. */
@inline function fmaF32x2(a: v128, b: v128, c: f64): v128 {
  return f64x2.promote_low_f32x4(f32x4.demote_f64x2_zero(f64x2.add(f64x2.mul(a, b), f64x2.splat(c))));
}

/** The two polynomials of XLA's tanh on two float64 lanes of x² (float32 values): [numerator / x, denominator] as float32 lanes 0, 1 of each. */
@inline function tanhPolynomials(x2: v128): v128 {
  let p = fmaF32x2(x2, f64x2.splat(TANH_P13), TANH_P11);
  p = fmaF32x2(x2, p, TANH_P9);
  p = fmaF32x2(x2, p, TANH_P7);
  p = fmaF32x2(x2, p, TANH_P5);
  p = fmaF32x2(x2, p, TANH_P3);
  p = fmaF32x2(x2, p, TANH_P1);
  let q = fmaF32x2(x2, f64x2.splat(TANH_Q6), TANH_Q4);
  q = fmaF32x2(x2, q, TANH_Q2);
  q = fmaF32x2(x2, q, TANH_Q0);
  return v128.shuffle<f32>(f32x4.demote_f64x2_zero(p), f32x4.demote_f64x2_zero(q), 0, 1, 4, 5);
}

/** XLA's tanh of four float32 lanes (see above): bit for bit ts_kernels.ts tanhXla. NaN stays NaN. */
@inline export function tanhXla4(x: v128): v128 {
  const c = f32x4.min(f32x4.max(x, f32x4.splat(-TANH_CLAMP)), f32x4.splat(TANH_CLAMP));
  const c2 = f32x4.mul(c, c);
  const lo = tanhPolynomials(f64x2.promote_low_f32x4(c2)); // lanes 0, 1: [p0, p1, q0, q1]
  const hi = tanhPolynomials(f64x2.promote_low_f32x4(v128.shuffle<f32>(c2, c2, 2, 3, 0, 1)));
  const p = f32x4.mul(c, v128.shuffle<f32>(lo, hi, 0, 1, 4, 5));
  const q = v128.shuffle<f32>(lo, hi, 2, 3, 6, 7);
  return v128.bitselect(x, f32x4.div(p, q), f32x4.lt(f32x4.abs(x), f32x4.splat(TANH_SMALL)));
}

/** tanhXla4 of one float32. */
@inline export function tanhXla(x: f32): f32 {
  return f32x4.extract_lane(tanhXla4(f32x4.splat(x)), 0);
}

// ---------------------------------------------------------------------------------------
// exp rounded once: float64 arithmetic, then one rounding to float32, so that the result is
// the float32 nearest to exp — what the TypeScript twin's fround(Math.exp(x)) gives — at a
// fraction of a scalar float64 call's cost (softmax.ts).
//
// Ziv's method: a fast float64 approximation t with a proven relative error bound, rounded
// to float32; where t ± that bound straddles the midpoint between two float32s (one lane
// in 2^15 to 2^16), that lane is recomputed by the scalar float64 function. Two float64
// lanes per vector, plain multiply and add (no fused multiply-add: both builds round
// alike). `node test/exhaustive/rounded_math.mjs` checks it on every float32.
//
// Error of the approximations, relative:
// - exp(x), x in [−110, 0] (below, x is clamped: exp(−110) rounds to 0, as exp(x) does):
//   Cody–Waite reduction x = n·ln2 + r (LN2_HI_F64 has 32 trailing zero bits, so
//   n·LN2_HI_F64 is exact), |r| ≤ ln2/2, Taylor through r^12 (left out: r^13/13! <
//   2^-52), Estrin's scheme (about 2^-51 in all), 2^n exact: below 2^-49.
// ROUNDED_ERROR = 2^-40 bounds it with room; a float32 midpoint is 2^-25 relative
// away at the least (further for subnormal results), so t is decided unless it lies
// within 2^-40 of one.
const ROUNDED_ERROR: f64 = 9.094947017729282e-13; // 2^-40
const EXP_CLAMP: f64 = -110;
const LOG2E_F64: f64 = 1.4426950408889634;
const LN2_HI_F64: f64 = 6.93147180369123816490e-1; // fdlibm's ln2_hi: the low 32 bits zero
const LN2_LO_F64: f64 = 1.90821492927058770002e-10; // ln 2 − LN2_HI_F64
/** Adding 1.5·2^52 rounds a float64 of magnitude below 2^51 to an integer, kept in the low bits. */
const ROUND_SHIFTER_F64: f64 = 6755399441055744.0;

/** exp(x) for x in [−110, 0], two float64 lanes (see above). */
@inline function exp2x(x: v128): v128 {
  // n = round(x / ln 2): the shifter leaves n in the low bits of k (two's complement)
  const k = f64x2.add(f64x2.mul(x, f64x2.splat(LOG2E_F64)), f64x2.splat(ROUND_SHIFTER_F64));
  const n = f64x2.sub(k, f64x2.splat(ROUND_SHIFTER_F64));
  const r = f64x2.sub(f64x2.sub(x, f64x2.mul(n, f64x2.splat(LN2_HI_F64))), f64x2.mul(n, f64x2.splat(LN2_LO_F64)));
  // 1 + r + r²/2! + … + r^12/12! by Estrin's scheme: pairs c_k + c_(k+1)·r, then pairs of
  // those by r², r⁴, r⁸ — a chain of 5 multiply-adds where Horner's rule has 12
  const r2 = f64x2.mul(r, r), r4 = f64x2.mul(r2, r2), r8 = f64x2.mul(r4, r4);
  const q0 = f64x2.add(f64x2.splat(1), r); // 1 + r
  const q1 = f64x2.add(f64x2.splat(0.5), f64x2.mul(r, f64x2.splat(0.16666666666666666))); // 1/2! + r/3!
  const q2 = f64x2.add(f64x2.splat(4.1666666666666664e-2), f64x2.mul(r, f64x2.splat(8.333333333333333e-3))); // 1/4!, 1/5!
  const q3 = f64x2.add(f64x2.splat(1.388888888888889e-3), f64x2.mul(r, f64x2.splat(1.984126984126984e-4))); // 1/6!, 1/7!
  const q4 = f64x2.add(f64x2.splat(2.48015873015873e-5), f64x2.mul(r, f64x2.splat(2.7557319223985893e-6))); // 1/8!, 1/9!
  const q5 = f64x2.add(f64x2.splat(2.755731922398589e-7), f64x2.mul(r, f64x2.splat(2.505210838544172e-8))); // 1/10!, 1/11!
  const q6 = f64x2.splat(2.08767569878681e-9); // 1/12!
  const s0 = f64x2.add(q0, f64x2.mul(q1, r2)), s1 = f64x2.add(q2, f64x2.mul(q3, r2)), s2 = f64x2.add(q4, f64x2.mul(q5, r2));
  const t0 = f64x2.add(s0, f64x2.mul(s1, r4)), t1 = f64x2.add(s2, f64x2.mul(q6, r4));
  const p = f64x2.add(t0, f64x2.mul(t1, r8));
  // 2^n (n in [−159, 0]): n + 1023 in the exponent field, the shifter's bits shifted out
  return f64x2.mul(p, i64x2.shl(i64x2.add(k, i64x2.splat(1023)), 52));
}

/**
 * exp of four float32 lanes x ≤ 0 (or NaN), each the float32 nearest to the float64 exp —
 * fround(Math.exp(x)) lane by lane, bit for bit, except where Math.exp's own error (under
 * an ulp of float64) straddles a float32 midpoint. exp(−Inf) = 0. The approximation t in
 * two float64 vectors, rounded where t ± ROUNDED_ERROR·t round alike (by bits: NaN lanes
 * agree and stay NaN), else the scalar float64 Math.exp, rounded once.
 */
@inline export function expRounded4(v: v128): v128 {
  let lo = f64x2.promote_low_f32x4(v), hi = f64x2.promote_low_f32x4(v128.shuffle<f32>(v, v, 2, 3, 0, 1));
  lo = exp2x(f64x2.pmax(lo, f64x2.splat(EXP_CLAMP))); hi = exp2x(f64x2.pmax(hi, f64x2.splat(EXP_CLAMP)));
  const slackLo = f64x2.mul(lo, f64x2.splat(ROUNDED_ERROR)), slackHi = f64x2.mul(hi, f64x2.splat(ROUNDED_ERROR));
  let t = v128.shuffle<f32>(f32x4.demote_f64x2_zero(f64x2.sub(lo, slackLo)), f32x4.demote_f64x2_zero(f64x2.sub(hi, slackHi)), 0, 1, 4, 5);
  const up = v128.shuffle<f32>(f32x4.demote_f64x2_zero(f64x2.add(lo, slackLo)), f32x4.demote_f64x2_zero(f64x2.add(hi, slackHi)), 0, 1, 4, 5);
  const decided = i32x4.eq(t, up);
  if (!i32x4.all_true(decided)) {
    // a lane within ROUNDED_ERROR of a float32 midpoint (rare): the scalar float64 function
    if (i32x4.extract_lane(decided, 0) == 0) t = f32x4.replace_lane(t, 0, expOnce(f32x4.extract_lane(v, 0)));
    if (i32x4.extract_lane(decided, 1) == 0) t = f32x4.replace_lane(t, 1, expOnce(f32x4.extract_lane(v, 1)));
    if (i32x4.extract_lane(decided, 2) == 0) t = f32x4.replace_lane(t, 2, expOnce(f32x4.extract_lane(v, 2)));
    if (i32x4.extract_lane(decided, 3) == 0) t = f32x4.replace_lane(t, 3, expOnce(f32x4.extract_lane(v, 3)));
  }
  return t;
}

/** The scalar float64 exp, rounded once to float32. */
@inline function expOnce(x: f32): f32 {
  return <f32>Math.exp(<f64>x);
}
