/**
 * The attention kernel's soft-cap tanh (kernels-as/assembly/math_simd.ts tanhRounded4:
 * float64 arithmetic, one rounding, a scalar fallback where that rounding is in doubt)
 * gives the float32 that fround(Math.tanh(z)) gives. Here on 2^20 bit patterns spread
 * over all of them, 2^24 against V8's Math.tanh, and 128 inputs that take the fallback;
 * `node test/exhaustive/tanh_rounded.mjs` checks all 2^32.
 */
import { expect, test } from "vitest";
import { checkTanhRounded } from "./exhaustive/tanh_rounded.mjs";

test("tanhRounded4 is fround(Math.tanh(z)) on a spread of float32 bit patterns", async () => {
  const r = await checkTanhRounded({ sample: true });
  expect(r.checked).toBeGreaterThan(1_000_000);
  expect(r.checkedV8).toBe(2 ** 24);
  expect(r.bad).toBe(0);
  expect(r.badV8).toBe(0);
  expect(r.checkedHard).toBe(128);
  expect(r.badHard).toBe(0);
}, 60_000);
