#!/usr/bin/env node
// An A/B of one WebAssembly kernel between builds, alternated call by call on the same
// machine (these machines drift: only calls side by side compare), at each thread count,
// each build's median set against the first build's in the same run. bench/ab_e2e.sh
// does the same for the whole model.
//
//   node bench/ab_kernels.mjs matmul|expert|attention DIR [DIR …]
//
// DIR: a built checkout of grok1.ts (its dist/ and build/), e.g. `git worktree add` of the
// commit before a change, then `npm ci` there. Environment: THREADS (a comma list; default
// 1 and the core count), ROUNDS (calls per build and thread count; default 12).
//   matmul     one token's matmul y[M, N] = x[M, K] · W[K, N], weights streamed from memory:
//              DTYPE f32|bf16|i8|i8r (default bf16; i8r: int8 with bf16 scales, each weight
//              rounded to bf16, as the released checkpoint runs in bfloat16 mode), SHAPE
//              KxN (default 6144x32768, one Grok-1 expert's gate), M (default 1). After
//              each call, a streaming read of READ_MIB MiB (default 512) on the same
//              threads: the bandwidth next to it.
//   expert     one expert's FFN, gelu(x·W) · (x·V) · W1, for QUERIES tokens (default 1: a
//              decode step), its three weights streamed from memory: DTYPE as above, SHAPE
//              DxF (default 1024x5464, grok-1-mid's; 6144x32768 is Grok-1's), and the
//              read after each call as for matmul (h and hv rounded to bf16 for i8r only).
//   attention  one layer's attention with its KV cache in the kernels' memory, as the
//              model runs it: HEADS q/kv (default 48/8, Grok-1's), KH (head size, 128),
//              QUERIES (query positions, default 1: a decode step), SLOTS (default 4096),
//              CAUSAL (1: query t of QUERIES sees slots up to SLOTS − QUERIES + t; default 0).
// Prints one table row per thread count and build (median and range of the calls, in
// ms and GB/s or GFLOP/s, and the ratio of the first build's median time to this one's:
// above 1 is faster), and says whether each build's output equals the first's bit for bit.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [kernel, ...dirs] = process.argv.slice(2);
const usage = () => {
  console.error("usage: node bench/ab_kernels.mjs matmul|expert|attention DIR [DIR …] (see the comment at the top for the environment)");
  process.exit(2);
};
if (!["matmul", "expert", "attention"].includes(kernel) || dirs.length === 0) usage();
const num = (name, fallback, min = 0) => {
  const v = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(v) || v < min) {
    console.error(`ab_kernels.mjs: ${name}=${process.env[name]} is not a whole number ≥ ${min}`);
    process.exit(2);
  }
  return v;
};
const threads = (process.env.THREADS ?? `1,${availableParallelism()}`).split(",").map((t) => {
  const n = Number(t);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`ab_kernels.mjs: THREADS=${process.env.THREADS}: "${t}" is not a thread count`);
    process.exit(2);
  }
  return n;
});
const rounds = Math.max(1, num("ROUNDS", 12));
const builds = [];
for (const dir of dirs) {
  const file = `${resolve(dir)}/dist/src/kernels/wasm_kernels.js`;
  if (!existsSync(file)) {
    console.error(`ab_kernels.mjs: ${dir}: not a built grok1.ts (no dist/src/kernels/wasm_kernels.js)`);
    process.exit(2);
  }
  builds.push({ dir, WasmKernels: (await import(pathToFileURL(file).href)).WasmKernels });
}

// the same pseudo-random inputs for every build
let seed = 1;
const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32 - 0.5;
const act = (n) => Float32Array.from({ length: n }, random);

/** Weights of `dtype` for a [K, N] matrix, pseudo-random (int8: one scale per column). */
function weight(dtype, K, N) {
  if (dtype === "f32") return { dtype, K, N, layout: "kn", data: act(K * N) };
  if (dtype === "bf16") return { dtype, K, N, layout: "kn", data: Uint16Array.from({ length: K * N }, () => 0x3c00 + Math.round(random() * 200)) };
  // i8r: the released checkpoint in bfloat16 mode, bf16 scales (0.01 rounded to bf16) and each
  // dequantized weight rounded to bf16
  const rounded = dtype === "i8r";
  const scale = rounded ? 0.010009765625 : 0.01;
  return { dtype: "i8", K, N, layout: "kn", data: Int8Array.from({ length: K * N }, () => Math.round(random() * 250)), scales: new Float32Array(N).fill(scale), roundToBf16: rounded };
}

/** DTYPE and SHAPE (two sizes, AxB) for the cases that stream weights. */
function weightSettings(defaultShape) {
  const dtype = process.env.DTYPE ?? "bf16";
  const [a, b] = (process.env.SHAPE ?? defaultShape).split("x").map(Number);
  if (!(Number.isInteger(a) && a > 0 && Number.isInteger(b) && b > 0) || !["f32", "bf16", "i8", "i8r"].includes(dtype)) {
    console.error(`ab_kernels.mjs: ${kernel} needs DTYPE f32|bf16|i8|i8r and SHAPE as two sizes AxB (got ${dtype}, ${process.env.SHAPE})`);
    process.exit(2);
  }
  return { dtype, a, b };
}

/** A case: what one call does (on a build's kernels), its output, and its work. */
function matmulCase() {
  const { dtype, a: K, b: N } = weightSettings("6144x32768");
  const M = num("M", 1, 1);
  const w = weight(dtype, K, N), x = act(M * K);
  return {
    title: `matmul ${dtype} [${M}, ${K}, ${N}]`,
    bytes: w.data.byteLength,
    setup: (k) => {
      const y = new Float32Array(M * N);
      return { run: () => k.matmul(x, M, w, y), out: y };
    },
  };
}

function expertCase() {
  const { dtype, a: D, b: F } = weightSettings("1024x5464");
  const n = num("QUERIES", 1, 1);
  const w = { linear: weight(dtype, D, F), linear_v: weight(dtype, D, F), linear_1: weight(dtype, F, D) };
  const x = act(n * D), rounded = dtype === "i8r";
  return {
    title: `expert ffn ${dtype}, ${n} token${n === 1 ? "" : "s"} × ${D} × ${F}`,
    bytes: 3 * w.linear.data.byteLength,
    setup: (k) => {
      const out = new Float32Array(n * D);
      return { run: () => k.expertFfn(x, n, w, { h: rounded, hv: rounded }, out), out };
    },
  };
}

/** Grok-1's attn_output_multiplier (1/√128), as bench/kernels.ts uses: a typical scale for the logits. */
const ATTN_OUTPUT_MULTIPLIER = 0.08838834764831845;

function attentionCase() {
  const [Hq, Hkv] = (process.env.HEADS ?? "48/8").split("/").map(Number);
  const K = num("KH", 128), T = num("QUERIES", 1), S = num("SLOTS", 4096), causal = process.env.CAUSAL === "1";
  if (!(Hq > 0 && Hkv > 0 && Hq % Hkv === 0 && K > 0 && T > 0 && S >= T)) {
    console.error(`ab_kernels.mjs: attention needs HEADS q/kv (q a multiple of kv), KH, QUERIES ≥ 1 and SLOTS ≥ QUERIES (got ${process.env.HEADS}, ${K}, ${T}, ${S})`);
    process.exit(2);
  }
  const q = act(T * Hq * K), keys = act(S * Hkv * K), values = act(S * Hkv * K);
  const mask = Uint8Array.from({ length: T * S }, (_, i) => (!causal || i % S <= S - T + Math.floor(i / S) ? 1 : 0));
  const visible = mask.reduce((a, m) => a + m, 0);
  return {
    title: `attention ${Hq}/${Hkv} heads of ${K}, ${T} ${causal ? "causal " : ""}quer${T === 1 ? "y" : "ies"} over ${S} slots`,
    flops: 4 * visible * Hq * K,
    setup: (k) => {
      const resident = (a) => {
        const r = k.allocateF32 ? k.allocateF32(a.length) : new Float32Array(a.length);
        r.set(a);
        return r;
      };
      const a = { B: 1, T, S, Hq, Hkv, K, q, k: resident(keys), v: resident(values), mask, multiplier: ATTN_OUTPUT_MULTIPLIER, bf16: false, out: new Float32Array(T * Hq * K) };
      return { run: () => k.attention(a), out: a.out };
    },
  };
}

const c = kernel === "matmul" ? matmulCase() : kernel === "expert" ? expertCase() : attentionCase();
const readBytes = num("READ_MIB", 512) * 2 ** 20;
const median = (a) => a.slice().sort((p, q) => p - q)[a.length >> 1];
const fmt = (v, d = 1) => v.toFixed(d);
console.log(`${c.title}, ${rounds} calls per build and thread count, alternated\n`);
console.log(`| threads | build | median ms | range ms | ${c.bytes ? "GB/s | read after, GB/s" : "GFLOP/s"} | vs ${dirs[0]} | output |`);
console.log(`| --- | --- | --- | --- | --- | ${c.bytes ? "--- | " : ""}--- | --- |`);
for (const t of threads) {
  const runs = [];
  for (const b of builds) {
    const k = await b.WasmKernels.create({ threads: t });
    const { run, out } = c.setup(k);
    const reader = c.bytes && readBytes > 0 ? k.streamReader(readBytes) : undefined;
    run(); // packs the weights, warms up
    reader?.read();
    runs.push({ b, k, run, out, reader, ms: [], read: [] });
  }
  for (let round = 0; round < rounds; round++) {
    for (const r of runs) {
      let start = performance.now();
      r.run();
      r.ms.push(performance.now() - start);
      if (r.reader) {
        start = performance.now();
        r.reader.read();
        r.read.push(readBytes / (performance.now() - start) / 1e6);
      }
    }
  }
  for (const r of runs) {
    const ms = median(r.ms);
    const rate = c.bytes ? `${fmt(c.bytes / ms / 1e6)} | ${r.reader ? fmt(median(r.read)) : "-"}` : fmt(c.flops / ms / 1e6);
    const same = r.out.every((v, i) => Object.is(v, runs[0].out[i]));
    console.log(`| ${t} | ${r.b.dir} | ${fmt(ms, 3)} | ${fmt(Math.min(...r.ms), 3)}–${fmt(Math.max(...r.ms), 3)} | ${rate} | ${fmt(median(runs[0].ms) / ms, 3)}× | ${r === runs[0] ? "-" : same ? "identical" : "DIFFERS"} |`);
  }
  for (const r of runs) {
    r.reader?.release();
    await r.k.close();
  }
}
