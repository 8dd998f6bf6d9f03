/**
 * The kernels' tanh (attention's soft cap) and exp (softmax), kernels-as/assembly/math_simd.ts
 * tanhRounded4 and expRounded4 — float64 arithmetic, one rounding, a scalar fallback where
 * that rounding is in doubt — give the float32 that fround(Math.tanh(z)) and
 * fround(Math.exp(x)) give: here on 2^20 bit patterns spread over each domain, 2^24
 * against V8's Math, and 128 inputs each that take the fallback;
 * `node test/exhaustive/rounded_math.mjs` checks every float32.
 */
import { expect, test } from "vitest";
import { checkRoundedMath } from "./exhaustive/rounded_math.mjs";

test("tanhRounded4 and expRounded4 are fround(Math.tanh(z)) and fround(Math.exp(x)) on a spread of float32", async () => {
  const results = await checkRoundedMath({ sample: true });
  expect(results.map((r) => r.name)).toEqual(["tanh", "exp"]);
  for (const r of results) {
    expect(r.checked, r.name).toBeGreaterThan(500_000);
    expect(r.checkedV8, r.name).toBe(2 ** 24);
    expect(r.checkedHard, r.name).toBe(128);
    expect([r.bad, r.badV8, r.badHard], r.name).toEqual([0, 0, 0]);
  }
}, 120_000);
