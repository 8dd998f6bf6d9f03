/**
 * Checks kernels-as/assembly/math_simd.ts tanhRounded4, the attention kernel's soft-cap
 * tanh: each float32 bit pattern must give the float32 that the scalar float64 tanh gives
 * rounded once (AssemblyScript's Math.tanh, which the kernel used for every logit
 * before), and a spread of 2^24 of them what V8's Math.tanh gives (the TypeScript twin's
 * fround(Math.tanh(z))), as must 128 inputs that take the kernel's scalar fallback.
 *   node test/exhaustive/tanh_rounded.mjs            all 2^32 patterns (about a minute)
 *   node test/exhaustive/tanh_rounded.mjs --sample   every 4099th block of 1024 (what
 *                                                    test/tanh_rounded.test.ts runs)
 * Progress on stderr; prints the counts and exits 1 on any mismatch.
 */
import { fileURLToPath, pathToFileURL } from "node:url";
import asc from "assemblyscript/asc";

/** tanh_rounded.ts compiled here, from this folder (no asconfig.json: the kernels' settings do not apply). */
async function instantiate() {
  const dir = fileURLToPath(new URL(".", import.meta.url));
  let binary;
  const { error, stderr } = await asc.main(
    ["tanh_rounded.ts", "--baseDir", dir, "--outFile", "tanh_rounded.wasm", "-O3", "--runtime", "stub", "--noAssert", "--enable", "simd"],
    { writeFile: (_name, contents) => void (binary = contents) },
  );
  if (error) throw new Error(`asc: ${error.message}\n${stderr.toString()}`);
  const { instance } = await WebAssembly.instantiate(binary, { env: { abort: () => { throw new Error("abort"); } } });
  return instance.exports;
}

/** The mismatch counts: all bit patterns (or every 4099th block of 1024), then the spread against V8. */
export async function checkTanhRounded({ sample = false, progress = () => {} } = {}) {
  const exports = await instantiate();
  const BLOCK = 1024; // bit patterns per call
  const blocks = 2 ** 32 / BLOCK;
  const step = sample ? 4099 : 1;
  let bad = 0, checked = 0;
  for (let blk = 0; blk < blocks; blk += step) {
    bad += exports.mismatches(blk * BLOCK, BLOCK / 4);
    checked += BLOCK;
    if (blk % (1 << 18) < step) progress(`${((100 * blk) / blocks).toFixed(0)}%, ${bad} mismatches`);
  }

  // against V8's Math.tanh: 2^24 bit patterns spread over all of them (i·257 mod 2^32)
  const p = 1 << 16, n = 1 << 12; // 4·n float32 at a time, from byte p
  if (exports.memory.buffer.byteLength < p + 16 * n) exports.memory.grow(1);
  const bits = new Uint32Array(4 * n), want = new Float32Array(4 * n);
  const x = new Float32Array(bits.buffer);
  let badV8 = 0, checkedV8 = 0;
  for (let c = 0; c < 2 ** 24 / (4 * n); c++) {
    for (let i = 0; i < 4 * n; i++) bits[i] = Math.imul(c * 4 * n + i, 257) >>> 0;
    for (let i = 0; i < 4 * n; i++) want[i] = Math.fround(Math.tanh(x[i]));
    const inWasm = new Float32Array(exports.memory.buffer, p, 4 * n);
    inWasm.set(x);
    exports.tanh_rounded(p, n);
    for (let i = 0; i < 4 * n; i++) {
      if (!Object.is(inWasm[i], want[i]) && !(Number.isNaN(inWasm[i]) && Number.isNaN(want[i]))) badV8++;
    }
    checkedV8 += 4 * n;
  }

  // inputs whose float64 tanh lies within 2^-40 of a float32 midpoint, the fallback's:
  // the first 64 from 2^-7 on, bit pattern by pattern (about one in 30000 there), and their negatives
  const hard = [];
  const one = new Uint32Array(1), oneF = new Float32Array(one.buffer);
  for (one[0] = 0x3c000000; hard.length < 128; one[0]++) {
    const t = Math.tanh(oneF[0]);
    if (Math.fround(t - t * 2 ** -40) !== Math.fround(t + t * 2 ** -40)) hard.push(oneF[0], -oneF[0]);
  }
  const inWasm = new Float32Array(exports.memory.buffer, p, hard.length);
  inWasm.set(hard);
  exports.tanh_rounded(p, hard.length / 4);
  const badHard = hard.filter((z, i) => !Object.is(inWasm[i], Math.fround(Math.tanh(z)))).length;
  return { bad, checked, badV8, checkedV8, badHard, checkedHard: hard.length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = Date.now();
  const r = await checkTanhRounded({ sample: process.argv.includes("--sample"), progress: (s) => process.stderr.write(`tanh_rounded: ${s}\n`) });
  const s = ((Date.now() - started) / 1000).toFixed(0);
  console.log(
    `tanhRounded4: ${r.bad} of ${r.checked} float32 differ from AssemblyScript's Math.tanh rounded once; ` +
      `${r.badV8} of ${r.checkedV8} from V8's (${s} s)`,
  );
  console.log(`  and ${r.badHard} of ${r.checkedHard} inputs that take the scalar fallback differ from V8's`);
  process.exit(r.bad + r.badV8 + r.badHard === 0 ? 0 : 1);
}
