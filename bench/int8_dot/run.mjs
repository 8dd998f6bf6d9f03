#!/usr/bin/env node
/**
 * The experiment behind README's "The relaxed-SIMD int8 dot, tried and not used": an
 * exact int8 × bf16-valued-x product through i32x4.relaxed_dot_i8x16_i7x16_add_s, checked
 * and timed against the decode kernel's float32 loop (int8_dot.ts says how).
 *
 *   node bench/int8_dot/run.mjs [--quick]
 *
 * Prints whether this engine's dot is right (Node 20's V8 11.3 returns twice the sum),
 * checks the integer product exactly on a small and a large shape, then the median
 * time (tinybench) and G weights/s of both, one thread, one row of x. Exits 1 if
 * a check fails.
 */
import { setFlagsFromString } from "node:v8";
import { fileURLToPath } from "node:url";
import asc from "assemblyscript/asc";
import { Bench } from "tinybench";

/** The kernels' probe turns relaxed SIMD on where V8 11.3 (Node 20) has it behind a flag. */
if (process.versions.v8.startsWith("11.3.")) setFlagsFromString("--experimental-wasm-relaxed-simd");

const PIECES = 4; // int8_dot.ts PIECES
const DIGIT_BITS = 7;
const PANEL = 16;
const quick = process.argv.includes("--quick");

async function instantiate() {
  const dir = fileURLToPath(new URL(".", import.meta.url));
  let binary;
  const { error, stderr } = await asc.main(
    ["int8_dot.ts", "--baseDir", dir, "--outFile", "int8_dot.wasm", "-O3", "--runtime", "stub", "--noAssert",
      "--enable", "simd", "--enable", "relaxed-simd", "--initialMemory", "1024"],
    { writeFile: (_name, contents) => void (binary = contents) },
  );
  if (error) throw new Error(`asc: ${error.message}\n${stderr.toString()}`);
  const { instance } = await WebAssembly.instantiate(binary, { env: { abort: () => { throw new Error("abort"); } } });
  return instance.exports;
}

const wasm = await instantiate();
const dotRight = wasm.dotOfSplats(-1, 1) === -4 && wasm.dotOfSplats(-128, 127) === -4 * 128 * 127;
console.log(`node ${process.versions.node}: relaxed dot of splat(-1), splat(1) = ${wasm.dotOfSplats(-1, 1)} (right: -4)`);

/** A bfloat16-valued float32 from a standard normal draw. */
function bf16Normal() {
  const z = Math.sqrt(-2 * Math.log(1 - Math.random())) * Math.cos(2 * Math.PI * Math.random());
  const f = new Float32Array([z]), u = new Uint32Array(f.buffer);
  u[0] = (u[0] + 0x7fff + ((u[0] >>> 16) & 1)) & 0xffff0000;
  return f[0];
}

/**
 * x as digits on a fixed-point grid: X = x / 2^unit, integers with |X| < 2^(7·PIECES − 1),
 * plus the offset 2^(7·PIECES − 1), written as PIECES planes of 7-bit digits.
 * Returns the grid's exponent and how many x[k] are not on it (0: the product is exact).
 */
function digitsOf(x, planes) {
  const top = Math.max(...x.map(Math.abs));
  const unit = Math.floor(Math.log2(top)) + 2 - DIGIT_BITS * PIECES;
  const offset = 2 ** (DIGIT_BITS * PIECES - 1);
  let offGrid = 0;
  x.forEach((v, k) => {
    const X = v / 2 ** unit;
    if (!Number.isInteger(X)) offGrid++;
    let d = Math.round(X) + offset;
    for (let p = 0; p < PIECES; p++, d = Math.floor(d / 2 ** DIGIT_BITS)) planes[p * x.length + k] = d % 2 ** DIGIT_BITS;
  });
  return { unit, offset, offGrid };
}

function setUp(K, N) {
  const need = (1 << 16) + K * N + 8 * K + (N / PANEL) * (PIECES + 1) * 64 + 4 * N + (1 << 16);
  const have = wasm.memory.buffer.byteLength;
  if (need > have) wasm.memory.grow(Math.ceil((need - have) / 65536));
  const w = 1 << 16, digits = w + K * N, x = digits + 4 * K, out = x + 4 * K, y = out + (N / PANEL) * (PIECES + 1) * 64;
  const i8 = new Int8Array(wasm.memory.buffer, w, K * N);
  for (let i = 0; i < i8.length; i++) i8[i] = Math.floor(Math.random() * 256) - 128;
  const xs = Array.from({ length: K }, bf16Normal);
  new Float32Array(wasm.memory.buffer, x, K).set(xs);
  const grid = digitsOf(xs, new Uint8Array(wasm.memory.buffer, digits, PIECES * K));
  return { K, N, w, digits, x, out, y, i8, xs, grid };
}

/** y[n] from intDot's sums, against Σ x·q in float64 (exact here: every term is on the grid, and the sum spans < 2^53 of it). */
function check(name, s) {
  wasm[name](s.w, s.K, s.N, s.digits, s.out);
  const sums = new Int32Array(wasm.memory.buffer, s.out, (s.N / PANEL) * (PIECES + 1) * 16);
  let wrong = 0;
  for (let n = 0; n < s.N; n++) {
    const panel = Math.floor(n / PANEL), j = n % PANEL, c = j % 4, lane = j >> 2; // column 4·lane + c of the panel
    const at = (plane) => sums[panel * (PIECES + 1) * 16 + (4 * plane + c) * 4 + lane];
    let integer = -s.grid.offset * at(PIECES);
    for (let p = 0; p < PIECES; p++) integer += at(p) * 2 ** (DIGIT_BITS * p);
    let exact = 0;
    for (let k = 0; k < s.K; k++) exact += s.xs[k] * s.i8[(panel * s.K + k) * PANEL + 4 * (j % 4) + (j >> 2)];
    if (integer * 2 ** s.grid.unit !== exact) wrong++;
  }
  console.log(`${name} ${s.K}x${s.N}: ${s.grid.offGrid} of ${s.K} x off the 2^${s.grid.unit} grid; ${wrong} of ${s.N} sums differ from the exact product`);
  return wrong === 0 && s.grid.offGrid === 0;
}

let ok = dotRight;
if (!dotRight) console.log("this engine's relaxed dot is wrong: the exactness checks below fail too");
for (const [K, N] of [[64, 64], [6144, 256]]) {
  const s = setUp(K, N);
  ok = check("intDot", s) && ok;
}

const shapes = quick ? [[6144, 6144]] : [[1024, 1024], [6144, 6144], [6144, 32768]];
for (const [K, N] of shapes) {
  const s = setUp(K, N);
  const bench = new Bench({ time: quick ? 300 : 1500, iterations: 5, warmupIterations: 2, warmupTime: 0 });
  bench.add("floatDot (the kernel's loop)", () => wasm.floatDot(s.w, K, N, s.x, s.y));
  bench.add("intDot", () => wasm.intDot(s.w, K, N, s.digits, s.out));
  await bench.run();
  for (const t of bench.tasks) {
    const ms = t.result.latency.p50;
    console.log(`${K}x${N} ${t.name.padEnd(28)} ${ms.toFixed(3)} ms  ${((K * N) / ms / 1e6).toFixed(1)} G weights/s`);
  }
}
process.exit(ok ? 0 : 1);
