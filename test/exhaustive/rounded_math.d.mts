/** Types of rounded_math.mjs (the check of math_simd.ts tanhXla4 and expRounded4). */
export interface RoundedMathCounts {
  name: "tanh" | "exp";
  /** Bit patterns whose result differs from the reference (tanh: the twin's tanhXla; exp: AssemblyScript's Math.exp rounded once), of `checked`. */
  bad: number;
  checked: number;
  /** Of a spread of `checkedV8` patterns, those that differ from V8's Math function rounded once. */
  badV8: number;
  checkedV8: number;
  /** Of `checkedHard` inputs that take the scalar fallback, those that differ from V8's. */
  badHard: number;
  checkedHard: number;
}
export function checkRoundedMath(options?: { sample?: boolean; progress?: (line: string) => void }): Promise<RoundedMathCounts[]>;
