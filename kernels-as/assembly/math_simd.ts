/**
 * exp and tanh on four float32 lanes, for GELU (gelu.ts), where a float64 tanh per
 * element would cost more than the matmuls around it.
 *
 * Error bounds:
 * - exp4(x), x in [-18.1, 0]: Cody–Waite reduction x = n·ln2 + r with ln2 split in two
 *   (LN2_HI has 9 significant bits, so n·LN2_HI is exact), |r| ≤ ln2/2; exp(r) by its
 *   Taylor polynomial through r^7 (truncation < 8e-9 relative, 0.13 ulp), Horner's rule
 *   (its roundings: about 1 ulp), then 2^n set in the exponent (exact).
 * - tanh4(z): at most 1.6 ulp from tanh, measured over every float32 with
 *   2^-20 ≤ |z| ≤ 12 in both builds (below, the series returns z; above, ±1). |z| < 0.55:
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
