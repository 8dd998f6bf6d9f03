/**
 * Checks kernels-as/assembly/math_simd.ts tanhXla4 (XLA's tanh: GELU, the attention
 * logits' soft cap) and expRounded4 (softmax). tanh: each float32 bit pattern must give
 * what the TypeScript twin's tanhXla gives (src/kernels/ts_kernels.ts; needs `npm run
 * build:ts`). exp: each bit pattern of x ≤ 0, and NaN, must give the float32 that the
 * scalar float64 exp gives rounded once (AssemblyScript's Math.exp), a spread of 2^24 of
 * them what V8's gives (the twin's fround(Math.exp(x))), and so must 128 inputs that take
 * the scalar fallback.
 *   node test/exhaustive/rounded_math.mjs            all of them (about two minutes)
 *   node test/exhaustive/rounded_math.mjs --sample   every 4099th block of 1024 patterns
 *                                                    (what test/rounded_math.test.ts runs)
 * Progress on stderr; prints the counts and exits 1 on any mismatch.
 */
import { fileURLToPath, pathToFileURL } from "node:url";
import asc from "assemblyscript/asc";
import { tanhXla } from "../../dist/src/kernels/ts_kernels.js";

/** rounded_math.ts compiled here, from this folder (no asconfig.json: the kernels' settings do not apply). */
async function instantiate() {
  const dir = fileURLToPath(new URL(".", import.meta.url));
  let binary;
  const { error, stderr } = await asc.main(
    ["rounded_math.ts", "--baseDir", dir, "--outFile", "rounded_math.wasm", "-O3", "--runtime", "stub", "--noAssert", "--enable", "simd"],
    { writeFile: (_name, contents) => void (binary = contents) },
  );
  if (error) throw new Error(`asc: ${error.message}\n${stderr.toString()}`);
  const { instance } = await WebAssembly.instantiate(binary, { env: { abort: () => { throw new Error("abort"); } } });
  return instance.exports;
}

const FUNCTIONS = [
  // name, index in rounded_math.ts, the twin's function (its result is a float32 already,
  // or is rounded to one), the bit patterns of its domain, the check of every pattern in
  // wasm (tanh: none, the twin is JavaScript), whether there is a fallback to check
  { name: "tanh", fn: 0, twin: tanhXla, first: 0, count: 2 ** 32, mismatches: null, fallback: false },
  { name: "exp", fn: 1, twin: Math.exp, first: 2 ** 31, count: 2 ** 31, mismatches: "exp_mismatches", fallback: true }, // sign bit set: x ≤ −0 and NaN
];

/** Bit patterns per call, and the sample's stride in blocks. */
const BLOCK = 1024;
const SAMPLE_STRIDE = 4099;

/** Bit pattern to float32, and back. */
const bits1 = new Uint32Array(1), float1 = new Float32Array(bits1.buffer);
const fromBits = (b) => ((bits1[0] = b), float1[0]);

/** Whether f32(t) is in doubt at the kernels' error bound (math_simd.ts ROUNDED_ERROR): its fallback's inputs. */
const undecided = (t) => Math.fround(t - t * 2 ** -40) !== Math.fround(t + t * 2 ** -40);

/** For each function: mismatches against AssemblyScript's (bad of checked), V8's (on a spread), and on fallback inputs. */
export async function checkRoundedMath({ sample = false, progress = () => {} } = {}) {
  const exports = await instantiate();
  const p = 1 << 16, n = 1 << 12; // 4·n float32 at a time, from byte p
  if (exports.memory.buffer.byteLength < p + 16 * n) exports.memory.grow(1);
  const applyInWasm = (fn, xs) => {
    const mem = new Float32Array(exports.memory.buffer, p, xs.length);
    mem.set(xs);
    exports.apply(fn, p, xs.length / 4);
    return mem;
  };
  const same = (a, b) => Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));
  const results = [];
  for (const f of FUNCTIONS) {
    const blocks = f.count / BLOCK, step = sample ? SAMPLE_STRIDE : 1;
    let bad = 0, checked = 0;
    const xs = new Float32Array(BLOCK);
    for (let blk = 0; blk < blocks; blk += step) {
      if (f.mismatches) bad += exports[f.mismatches](f.first + blk * BLOCK, BLOCK / 4);
      else {
        for (let i = 0; i < BLOCK; i++) xs[i] = fromBits(f.first + blk * BLOCK + i);
        const got = applyInWasm(f.fn, xs);
        for (let i = 0; i < BLOCK; i++) if (!same(got[i], Math.fround(f.twin(xs[i])))) bad++;
      }
      checked += BLOCK;
      if (blk % (1 << 18) < step) progress(`${f.name}: ${((100 * blk) / blocks).toFixed(0)}%, ${bad} mismatches`);
    }

    // against V8's: 2^24 patterns spread over the domain (i·257 mod its size)
    const x = new Float32Array(4 * n), want = new Float32Array(4 * n);
    let badV8 = 0, checkedV8 = 0;
    for (let c = 0; c < 2 ** 24 / (4 * n); c++) {
      for (let i = 0; i < 4 * n; i++) x[i] = fromBits(f.first + ((Math.imul(c * 4 * n + i, 257) >>> 0) % f.count));
      for (let i = 0; i < 4 * n; i++) want[i] = Math.fround(f.twin(x[i]));
      const got = applyInWasm(f.fn, x);
      for (let i = 0; i < 4 * n; i++) if (!same(got[i], want[i])) badV8++;
      checkedV8 += 4 * n;
    }

    // 128 inputs that take the fallback: the first undecided ones from 2^-7 on (tanh: and
    // their negatives) or from −2^-7 down (exp), bit pattern by pattern
    const hard = [];
    for (let b = 0xbc000000; f.fallback && hard.length < 128; b++) {
      const z = fromBits(b);
      if (undecided(Math.abs(f.twin(z)))) hard.push(z);
    }
    const gotHard = applyInWasm(f.fn, hard);
    const badHard = hard.filter((z, i) => !same(gotHard[i], Math.fround(f.twin(z)))).length;
    results.push({ name: f.name, bad, checked, badV8, checkedV8, badHard, checkedHard: hard.length });
  }
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = Date.now();
  const results = await checkRoundedMath({ sample: process.argv.includes("--sample"), progress: (s) => process.stderr.write(`rounded_math: ${s}\n`) });
  let failed = 0;
  for (const r of results) {
    console.log(
      `${r.name}: ${r.bad} of ${r.checked} float32 differ from ${r.name === "tanh" ? "the twin's tanhXla" : "AssemblyScript's Math.exp rounded once"}; ` +
        `${r.badV8} of ${r.checkedV8} from V8's; ${r.badHard} of ${r.checkedHard} fallback inputs from V8's`,
    );
    failed += r.bad + r.badV8 + r.badHard;
  }
  console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
  process.exit(failed === 0 ? 0 : 1);
}
