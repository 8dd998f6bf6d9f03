/**
 * An asc transform, passed by kernels-as/build.mjs, that turns off Binaryen's
 * code-folding pass before asc optimizes the kernels.
 *
 * The kernels pass each loop its mode as a literal argument of an @inline function
 * (gemv_panel16.ts rowTimesPanel's `round`), so that every mode compiles to its own loop. asc
 * inlines a call as "set the parameter's local, then the body", and the bodies of two
 * calls that differ only in that literal are the same instructions: code-folding merges
 * such identical tails of the arms of an `if` into one copy after it, which turns the
 * literal back into a run-time value tested inside the loop, at every element. That
 * made the int8 decode loop with bf16 rounding and float32 scales 1.45× slower (one
 * token, 1024 × 1024: 7.7 G weights/s without code-folding, 5.3 with it). The pass only shrinks code; the module
 * is smaller without it. test/wat_snapshot.test.ts checks that the decode loops stay
 * free of such tests.
 *
 * asc gives a transform class `this.binaryen`, the Binaryen instance that compiles the
 * module, and calls afterCompile before the optimization passes; the skip lasts for
 * every later compile in the same process.
 */
export default class SkipCodeFolding {
  afterCompile() {
    this.binaryen.addPassToSkip("code-folding");
  }
}
