/**
 * The kernels' tanh (XLA's: GELU, attention's soft cap) and exp (softmax),
 * kernels-as/assembly/math_simd.ts tanhXla4 and expRounded4 — the first gives what the
 * TypeScript twin's tanhXla gives; the second, float64 arithmetic, one rounding, a scalar
 * fallback where that rounding is in doubt, the float32 that fround(Math.exp(x)) gives:
 * here on 2^20 bit patterns spread over each domain, 2^24 against V8, and (exp) 128 inputs
 * that take the fallback; `node test/exhaustive/rounded_math.mjs` checks every float32.
 */
import { expect, test } from "vitest";
import { checkRoundedMath } from "./exhaustive/rounded_math.mjs";

test("tanhXla4 is the twin's tanhXla, expRounded4 is fround(Math.exp(x)), on a spread of float32", async () => {
  const results = await checkRoundedMath({ sample: true });
  expect(results.map((r) => r.name)).toEqual(["tanh", "exp"]);
  for (const r of results) {
    expect(r.checked, r.name).toBeGreaterThan(500_000);
    expect(r.checkedV8, r.name).toBe(2 ** 24);
    expect(r.checkedHard, r.name).toBe(r.name === "exp" ? 128 : 0);
    expect([r.bad, r.badV8, r.badHard], r.name).toEqual([0, 0, 0]);
  }
}, 120_000);
