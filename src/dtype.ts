/**
 * bfloat16: the top 16 bits of an IEEE float32 (1 sign, 8 exponent, 7 mantissa bits).
 *
 * grok1.ts keeps every activation in a Float32Array. In bfloat16 mode a value is
 * "rounded to bf16" where the reference's dtype flow rounds it: the float32 value
 * is replaced by the nearest bfloat16, ties to even (what XLA's convert does), so
 * the array still holds float32s but only bf16-representable ones.
 */

export type FpropDtype = "float32" | "bfloat16";

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** float32 bits -> bfloat16 bits, round to nearest, ties to even; NaN stays a quiet NaN. */
export function f32ToBf16Bits(x: number): number {
  f32[0] = x;
  const bits = u32[0];
  if ((bits & 0x7fffffff) > 0x7f800000) return ((bits >>> 16) | 0x0040) & 0xffff; // NaN: keep sign, force quiet
  // Add 0x7fff plus the lowest kept bit: rounds half to even; carries into the exponent
  // correctly (a value just under 2^k rounds up to 2^k, the largest finite rounds to Inf).
  const rounded = bits + 0x7fff + ((bits >>> 16) & 1);
  return (rounded >>> 16) & 0xffff;
}

/** bfloat16 bits -> the float32 value they denote (exact). */
export function bf16BitsToF32(bits: number): number {
  u32[0] = (bits & 0xffff) << 16;
  return f32[0];
}

/** The bfloat16 nearest to x (ties to even), as a number. */
export function roundBf16(x: number): number {
  return bf16BitsToF32(f32ToBf16Bits(x));
}

/** bf16 bits -> the float32 values they denote (exact), as a new array. */
export function bf16BitsToF32Array(bits: Uint16Array): Float32Array {
  const out = new Float32Array(bits.length);
  const out32 = new Uint32Array(out.buffer);
  for (let i = 0; i < bits.length; i++) out32[i] = bits[i] << 16;
  return out;
}

/**
 * IEEE half-precision bits (1 sign, 5 exponent, 10 mantissa bits) -> the float32 values
 * they denote, exactly (every half is a float32), as a new array. Written out: Node 20
 * has no Float16Array.
 */
export function f16BitsToF32Array(bits: Uint16Array): Float32Array {
  const out = new Float32Array(bits.length);
  const out32 = new Uint32Array(out.buffer);
  for (let i = 0; i < bits.length; i++) {
    const h = bits[i], sign = (h & 0x8000) << 16, exponent = (h >>> 10) & 0x1f, mantissa = h & 0x3ff;
    if (exponent === 0x1f) out32[i] = sign | 0x7f800000 | (mantissa << 13); // ±Inf, or NaN with its payload
    else if (exponent !== 0) out32[i] = sign | ((exponent - 15 + 127) << 23) | (mantissa << 13);
    else out[i] = (sign ? -mantissa : mantissa) * 2 ** -24; // zero or subnormal: mantissa · 2^-24
  }
  return out;
}

/** float32 values -> bf16 bits (ties to even), into `out` (a new array by default). Plain loops: TypedArray.from with a map function goes through the JS heap. */
export function f32ToBf16BitsArray(x: Float32Array, out: Uint16Array = new Uint16Array(x.length)): Uint16Array {
  for (let i = 0; i < x.length; i++) out[i] = f32ToBf16Bits(x[i]);
  return out;
}

/** Rounds every element of `x` to bfloat16, in place. Scalar reference of the kernel. */
export function roundBf16Array(x: Float32Array): Float32Array {
  const bits = new Uint32Array(x.buffer, x.byteOffset, x.length);
  for (let i = 0; i < bits.length; i++) {
    const b = bits[i];
    if ((b & 0x7fffffff) > 0x7f800000) bits[i] = (b | 0x00400000) & 0xffff0000;
    else bits[i] = (b + 0x7fff + ((b >>> 16) & 1)) & 0xffff0000;
  }
  return x;
}

/** Rounds `x` to the fprop dtype: bf16 in bfloat16 mode, unchanged in float32 mode. */
export function roundTo(dtype: FpropDtype, x: Float32Array): Float32Array {
  return dtype === "bfloat16" ? roundBf16Array(x) : x;
}

/** A scalar cast to the fprop dtype, as JAX casts a Python float ("weak type") meeting an array. */
export function scalarIn(dtype: FpropDtype, x: number): number {
  return dtype === "bfloat16" ? roundBf16(x) : Math.fround(x);
}

/**
 * A float32's bits (as a signed 32-bit integer) mapped to an integer that orders as the
 * IEEE total order: −NaN < −Inf < … < −0 < +0 < … < +Inf < +NaN, NaNs further by payload
 * (XLA's order for sorting floats). Negative values get their magnitude bits flipped; the
 * map is its own inverse.
 */
export function totalOrderKey(bits: number): number {
  return bits ^ ((bits >> 31) & 0x7fffffff);
}
