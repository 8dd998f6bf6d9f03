import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bf16BitsToF32, f32ToBf16Bits, roundBf16, roundBf16Array } from "../src/dtype.js";

const bitsOf = (x: number) => new Uint32Array(Float32Array.of(x).buffer)[0];
const fromBits = (b: number) => new Float32Array(Uint32Array.of(b).buffer)[0];

describe("bfloat16 rounding (round to nearest, ties to even)", () => {
  it("keeps exactly representable values", () => {
    for (const v of [0, -0, 1, -2, 0.5, 78.5, 0.578125, 3.3895313892515355e38]) expect(roundBf16(v)).toBe(v);
  });
  it("rounds the Grok-1 multipliers as JAX's weak-typed bf16 scalars", () => {
    expect(roundBf16(78.38367176906169)).toBe(78.5);
    expect(roundBf16(0.5773502691896257)).toBe(0.578125);
  });
  it("ties go to even", () => {
    // 1 + 2^-8 is halfway between 1 and 1 + 2^-7: ties to 1 (even mantissa)
    expect(roundBf16(1 + 2 ** -8)).toBe(1);
    // 1 + 3·2^-8 is halfway between 1 + 2^-7 (odd) and 1 + 2^-6 (even): up
    expect(roundBf16(1 + 3 * 2 ** -8)).toBe(1 + 2 ** -6);
    expect(f32ToBf16Bits(fromBits(0x3f808000))).toBe(0x3f80);
    expect(f32ToBf16Bits(fromBits(0x3f818000))).toBe(0x3f82);
    expect(f32ToBf16Bits(fromBits(0x3f808001))).toBe(0x3f81); // just above the tie: up
  });
  it("handles Inf, NaN, overflow and subnormals", () => {
    expect(roundBf16(Infinity)).toBe(Infinity);
    expect(roundBf16(-Infinity)).toBe(-Infinity);
    expect(Number.isNaN(roundBf16(NaN))).toBe(true);
    expect(f32ToBf16Bits(fromBits(0x7f800001))).toBe(0x7fc0); // signalling NaN payload in low bits stays a NaN
    expect(f32ToBf16Bits(fromBits(0xff800001)) & 0x7f80).toBe(0x7f80);
    expect(roundBf16(fromBits(0x7f7fffff))).toBe(Infinity); // the largest float32 rounds up to Inf
    expect(f32ToBf16Bits(fromBits(0x00010000))).toBe(0x0001); // smallest bf16 subnormal
    expect(f32ToBf16Bits(fromBits(0x00008000))).toBe(0x0000); // half of it ties to even (0)
    expect(f32ToBf16Bits(fromBits(0x00018000))).toBe(0x0002); // 1.5 units ties to 2
    expect(f32ToBf16Bits(fromBits(0x80008001))).toBe(0x8001);
  });
  it("the array version equals the scalar one on all bit patterns", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 64 }), (bits) => {
        const xs = Float32Array.from(bits.map(fromBits));
        const got = roundBf16Array(xs.slice());
        xs.forEach((x, i) => {
          const want = roundBf16(x);
          if (Number.isNaN(want)) expect(Number.isNaN(got[i])).toBe(true);
          else expect(bitsOf(got[i])).toBe(bitsOf(want));
        });
      }),
    );
  });
  it("is the nearest bf16 (brute force against neighbours)", () => {
    fc.assert(
      fc.property(fc.float({ noNaN: true, noDefaultInfinity: true, min: Math.fround(-1e38), max: Math.fround(1e38) }), (x) => {
        const r = roundBf16(x);
        const b = f32ToBf16Bits(x);
        const lo = bf16BitsToF32(b - 1), hi = bf16BitsToF32(b + 1);
        // neighbours in bit order (at ±0 the "neighbour" wraps to a NaN pattern: skip it)
        if (!Number.isNaN(lo)) expect(Math.abs(r - x)).toBeLessThanOrEqual(Math.abs(lo - x));
        if (!Number.isNaN(hi)) expect(Math.abs(r - x)).toBeLessThanOrEqual(Math.abs(hi - x));
      }),
    );
  });
});
