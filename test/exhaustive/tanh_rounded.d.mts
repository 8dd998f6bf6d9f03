/** Types of tanh_rounded.mjs (the check of math_simd.ts tanhRounded4). */
export interface TanhRoundedCounts {
  /** Bit patterns whose result differs from AssemblyScript's Math.tanh rounded once, of `checked`. */
  bad: number;
  checked: number;
  /** Of a spread of `checkedV8` patterns, those that differ from V8's Math.tanh rounded once. */
  badV8: number;
  checkedV8: number;
  /** Of `checkedHard` inputs that take tanhRounded4's scalar fallback, those that differ from V8's. */
  badHard: number;
  checkedHard: number;
}
export function checkTanhRounded(options?: { sample?: boolean; progress?: (line: string) => void }): Promise<TanhRoundedCounts>;
