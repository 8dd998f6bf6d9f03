/**
 * exp and tanh on four float32 lanes, for GELU (gelu.ts), where a float64 tanh per
 * element would cost more than the matmuls around it; and at the end of this file
 * tanhRounded4 and expRounded4, tanh and exp rounded once as the TypeScript twin rounds
 * them (attention's soft cap, softmax).
 *
 * Error bounds:
 * - exp4(x), x in [-18.1, 0]: Cody–Waite reduction x = n·ln2 + r with ln2 split in two
 *   (LN2_HI has 9 significant bits, so n·LN2_HI is exact), |r| ≤ ln2/2; exp(r) by its
 *   Taylor polynomial through r^7 (truncation < 8e-9 relative, 0.13 ulp), Horner's rule
 *   (its roundings: about 1 ulp), then 2^n set in the exponent (exact).
 * - tanh4(z): at most 1.6 ulp from tanh, measured over every float32 with
 *   2^-20 ≤ |z| ≤ 12 in both builds when it was written (a one-off scan, not in the
 *   repository; below, the series returns z; above, ±1). |z| < 0.55:
 *   tanh's own Taylor series through z^19 (truncation < 1e-8 relative);
 *   0.55 ≤ |z| < 9.02: (1 − e)/(1 + e) with e = exp(−2|z|) ≤ 1/3, so e's error is at most
 *   halved in 1 − e; |z| ≥ 9.02: ±1, the float32 nearest to tanh there. NaN stays NaN.
 * The coefficients are the series' exact values rounded to float32.
 */
import { madd } from "./simd";

const LOG2E: f32 = 1.4426950216293335; // 1/ln 2
const LN2_HI: f32 = 0.693359375; // 355/512: ln 2 to 9 bits
const LN2_LO: f32 = -0.00021219444170128554; // ln 2 − LN2_HI
// 1/k! for k = 2..7: exp's Taylor coefficients
const E2: f32 = 0.5;
const E3: f32 = 0.1666666716337204;
const E4: f32 = 0.0416666679084301;
const E5: f32 = 0.008333333767950535;
const E6: f32 = 0.0013888889225199819;
const E7: f32 = 0.00019841270113829523;

/** exp(x) for x in [-18.1, 0] (the range tanh4 asks for). */
@inline function exp4(x: v128): v128 {
  const n = f32x4.nearest(f32x4.mul(x, f32x4.splat(LOG2E)));
  let r = madd(n, f32x4.splat(-LN2_HI), x);
  r = madd(n, f32x4.splat(-LN2_LO), r);
  let p = madd(f32x4.splat(E7), r, f32x4.splat(E6));
  p = madd(p, r, f32x4.splat(E5));
  p = madd(p, r, f32x4.splat(E4));
  p = madd(p, r, f32x4.splat(E3));
  p = madd(p, r, f32x4.splat(E2));
  p = madd(p, r, f32x4.splat(1));
  p = madd(p, r, f32x4.splat(1));
  const twoToN = i32x4.shl(i32x4.add(i32x4.trunc_sat_f32x4_s(n), i32x4.splat(127)), 23); // 2^n, n in [-27, 0]
  return f32x4.mul(p, twoToN);
}

// tanh's Taylor coefficients, z^3 .. z^19: 2^2k (2^2k − 1) B_2k / (2k)!
const T3: f32 = -0.3333333432674408;
const T5: f32 = 0.13333334028720856;
const T7: f32 = -0.05396825447678566;
const T9: f32 = 0.021869488060474396;
const T11: f32 = -0.0088632358238101;
const T13: f32 = 0.0035921279340982437;
const T15: f32 = -0.0014558343682438135;
const T17: f32 = 0.0005900274263694882;
const T19: f32 = -0.0002391291200183332;
/** Below this |z| the series, above it the exponential form. */
const SERIES_MAX: f32 = 0.55;
/** From here on tanh(|z|) rounds to 1 in float32: 1 − tanh(9.02) < 2^-25. */
const SATURATION: f32 = 9.02;

/** tanh of four lanes. */
@inline export function tanh4(z: v128): v128 {
  const a = f32x4.abs(z);
  // the series: z · (1 + z²·(T3 + z²·(T5 + …)))
  const z2 = f32x4.mul(z, z);
  let s = madd(f32x4.splat(T19), z2, f32x4.splat(T17));
  s = madd(s, z2, f32x4.splat(T15));
  s = madd(s, z2, f32x4.splat(T13));
  s = madd(s, z2, f32x4.splat(T11));
  s = madd(s, z2, f32x4.splat(T9));
  s = madd(s, z2, f32x4.splat(T7));
  s = madd(s, z2, f32x4.splat(T5));
  s = madd(s, z2, f32x4.splat(T3));
  const series = madd(f32x4.mul(s, z2), z, z);
  // the exponential form, on |z| clamped so that exp stays in range, sign copied from z
  const e = exp4(f32x4.mul(f32x4.min(a, f32x4.splat(SATURATION)), f32x4.splat(-2)));
  const one = f32x4.splat(1);
  let t = f32x4.div(f32x4.sub(one, e), f32x4.add(one, e));
  t = f32x4.pmax(t, v128.and(f32x4.ge(a, f32x4.splat(SATURATION)), one)); // ±1 from SATURATION on
  const signed = v128.or(t, v128.and(z, f32x4.splat(-0.0))); // copysign(t, z)
  return v128.bitselect(series, signed, f32x4.lt(a, f32x4.splat(SERIES_MAX)));
}

// ---------------------------------------------------------------------------------------
// tanh and exp rounded once: float64 arithmetic, then one rounding to float32, so that the
// result is the float32 nearest to the function — what the TypeScript twin's
// fround(Math.tanh(z)) and fround(Math.exp(x)) give — at a fraction of a scalar float64
// call's cost (attention.ts: the logits' soft cap; softmax.ts).
//
// Ziv's method: a fast float64 approximation t with a proven relative error bound, rounded
// to float32; where t ± that bound straddles the midpoint between two float32s (one lane
// in 2^15 to 2^16), that lane is recomputed by the scalar float64 function. Two float64
// lanes per vector, plain multiply and add (no fused multiply-add: both builds round
// alike). `node test/exhaustive/rounded_math.mjs` checks both on every float32.
//
// Error of the approximations, relative:
// - exp(x), x in [−110, 0] (below, x is clamped: exp(−110) rounds to 0, as exp(x) does):
//   Cody–Waite reduction x = n·ln2 + r (LN2_HI_F64 has 32 trailing zero bits, so
//   n·LN2_HI_F64 is exact), |r| ≤ ln2/2, Taylor through r^12 (left out: r^13/13! <
//   2^-52), Estrin's scheme (about 2^-51 in all), 2^n exact: below 2^-49.
// - tanh(a), a = |z| < 2^-7: a − a³/3 + 2a⁵/15 − 17a⁷/315; the first term left out is
//   62a⁹/2835 < 2^-56·a, plus a few roundings of 2^-53: below 2^-50.
// - tanh(a), 2^-7 ≤ a: (1 − e) / (1 + e), e = exp(−2a) with a clamped to 20 (tanh(20) is
//   within 1e-17 of 1). e's error grows in 1 − e by e / (1 − e) < 1 / (2a) ≤ 64: below
//   2^-43, and the subtraction, sum and quotient add 3·2^-53.
// ROUNDED_ERROR = 2^-40 bounds all three with room; a float32 midpoint is 2^-25 relative
// away at the least (further for subnormal results), so t is decided unless it lies
// within 2^-40 of one.
const ROUNDED_ERROR: f64 = 9.094947017729282e-13; // 2^-40
const TANH_SERIES_END: f64 = 0.0078125; // 2^-7
const TANH_CLAMP: f64 = 20;
const EXP_CLAMP: f64 = -110;
const LOG2E_F64: f64 = 1.4426950408889634;
const LN2_HI_F64: f64 = 6.93147180369123816490e-1; // fdlibm's ln2_hi: the low 32 bits zero
const LN2_LO_F64: f64 = 1.90821492927058770002e-10; // ln 2 − LN2_HI_F64
const TANH_C3: f64 = -0.3333333333333333; // −1/3
const TANH_C5: f64 = 0.13333333333333333; // 2/15
const TANH_C7: f64 = -0.05396825396825397; // −17/315
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

/** tanh(a) for two float64 lanes a ≥ 0 (NaN stays NaN), within ROUNDED_ERROR relative. */
@inline function tanh2(a: v128): v128 {
  const a2 = f64x2.mul(a, a);
  const poly = f64x2.add(f64x2.mul(f64x2.add(f64x2.mul(f64x2.splat(TANH_C7), a2), f64x2.splat(TANH_C5)), a2), f64x2.splat(TANH_C3));
  const series = f64x2.add(a, f64x2.mul(f64x2.mul(a, a2), poly));
  const e = exp2x(f64x2.mul(f64x2.pmin(a, f64x2.splat(TANH_CLAMP)), f64x2.splat(-2)));
  const one = f64x2.splat(1);
  const quotient = f64x2.div(f64x2.sub(one, e), f64x2.add(one, e));
  return v128.bitselect(series, quotient, f64x2.lt(a, f64x2.splat(TANH_SERIES_END)));
}

// The functions roundedOnce4 computes (a literal at each call, so each call compiles to one)
const TANH: i32 = 0;
const EXP: i32 = 1;

/**
 * fn (TANH or EXP) of four float32 lanes v (for TANH: v ≥ 0; for EXP: v ≤ 0), each the
 * float32 nearest to the float64 function: the approximation t in two float64 vectors,
 * rounded where t ± ROUNDED_ERROR·t round alike (by bits: NaN lanes agree and stay NaN),
 * else the scalar float64 Math function, rounded once.
 */
@inline function roundedOnce4(v: v128, fn: i32): v128 {
  let lo = f64x2.promote_low_f32x4(v), hi = f64x2.promote_low_f32x4(v128.shuffle<f32>(v, v, 2, 3, 0, 1));
  if (fn == TANH) {
    lo = tanh2(lo); hi = tanh2(hi);
  } else {
    lo = exp2x(f64x2.pmax(lo, f64x2.splat(EXP_CLAMP))); hi = exp2x(f64x2.pmax(hi, f64x2.splat(EXP_CLAMP)));
  }
  const slackLo = f64x2.mul(lo, f64x2.splat(ROUNDED_ERROR)), slackHi = f64x2.mul(hi, f64x2.splat(ROUNDED_ERROR));
  let t = v128.shuffle<f32>(f32x4.demote_f64x2_zero(f64x2.sub(lo, slackLo)), f32x4.demote_f64x2_zero(f64x2.sub(hi, slackHi)), 0, 1, 4, 5);
  const up = v128.shuffle<f32>(f32x4.demote_f64x2_zero(f64x2.add(lo, slackLo)), f32x4.demote_f64x2_zero(f64x2.add(hi, slackHi)), 0, 1, 4, 5);
  const decided = i32x4.eq(t, up);
  if (!i32x4.all_true(decided)) {
    // a lane within ROUNDED_ERROR of a float32 midpoint (rare): the scalar float64 function
    if (i32x4.extract_lane(decided, 0) == 0) t = f32x4.replace_lane(t, 0, scalar(f32x4.extract_lane(v, 0), fn));
    if (i32x4.extract_lane(decided, 1) == 0) t = f32x4.replace_lane(t, 1, scalar(f32x4.extract_lane(v, 1), fn));
    if (i32x4.extract_lane(decided, 2) == 0) t = f32x4.replace_lane(t, 2, scalar(f32x4.extract_lane(v, 2), fn));
    if (i32x4.extract_lane(decided, 3) == 0) t = f32x4.replace_lane(t, 3, scalar(f32x4.extract_lane(v, 3), fn));
  }
  return t;
}

/** The scalar float64 function, rounded once to float32. */
@inline function scalar(x: f32, fn: i32): f32 {
  return fn == TANH ? <f32>Math.tanh(<f64>x) : <f32>Math.exp(<f64>x);
}

/**
 * tanh of four float32 lanes, each the float32 nearest to the float64 tanh —
 * fround(Math.tanh(z)) lane by lane, bit for bit, except where Math.tanh's own error
 * (under an ulp of float64) straddles a float32 midpoint. NaN stays NaN; ±0 keeps its sign.
 */
@inline export function tanhRounded4(z: v128): v128 {
  const t = roundedOnce4(f32x4.abs(z), TANH);
  return v128.or(t, v128.and(z, f32x4.splat(-0.0))); // copysign(t, z)
}

/**
 * exp of four float32 lanes x ≤ 0 (or NaN), each the float32 nearest to the float64
 * exp — fround(Math.exp(x)), with the same exception as tanhRounded4. exp(−Inf) = 0.
 */
@inline export function expRounded4(x: v128): v128 {
  return roundedOnce4(x, EXP);
}
