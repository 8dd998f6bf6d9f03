#!/usr/bin/env node
// What share of XLA's results (golden/xla_arithmetic/probe.py OUT_DIR) ours equal bit for
// bit: the division rule, softmax and RMSNorm (both kernel sets) and RoPE's frequencies.
// Needs `npm ci` (it reads dist/).   node golden/xla_arithmetic/compare.mjs OUT_DIR
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { tanhXla, tsKernels } from "../../dist/src/kernels/ts_kernels.js";
import { WasmKernels } from "../../dist/src/kernels/wasm_kernels.js";
import { ropeInverseFrequencies } from "../../dist/src/model/rotary_embedding.js";
import { filteredLogits } from "../../dist/src/sampling/sample.js";

const dir = process.argv[2];
if (!dir) {
  process.stderr.write("usage: node golden/xla_arithmetic/compare.mjs OUT_DIR (written by probe.py)\n");
  process.exit(2);
}
const index = JSON.parse(readFileSync(join(dir, "index.json"), "utf8"));
const read = (name) => {
  const b = readFileSync(join(dir, name + ".f32"));
  return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.length));
};
const share = (ours, ref) => {
  let n = 0;
  for (let i = 0; i < ref.length; i++) if (Object.is(ours[i], ref[i])) n++;
  return n === ref.length ? "100 %" : `${((100 * n) / ref.length).toFixed(1)} % (${ref.length - n} of ${ref.length} differ)`;
};
const f = Math.fround;

console.log(`XLA: jax ${index.jax} on ${index.backend}; share of elements equal bit for bit`);
const x = read("div_in");
for (const name of ["div_eager", "div_jit_arg"]) {
  const ref = read(name);
  console.log(`x / 30 (${name}): a correctly rounded quotient ${share(x.map((v) => f(v / 30)), ref)}, x · fround(1/30) ${share(x.map((v) => f(v * f(1 / 30))), ref)}`);
}
const wasm = await WasmKernels.create({ threads: 1 });
for (const [label, k] of [["ts", tsKernels], ["wasm", wasm]]) {
  const parts = [];
  for (const n of [8, 33, 256, 1000]) {
    const y = read(`softmax_in_${n}`).slice();
    k.softmax(y, y.length / n, n);
    parts.push(`softmax ${n}: ${share(y, read(`softmax_out_${n}`))}`);
  }
  for (const D of [48, 192, 768, 1024, 6144]) {
    const xr = read(`rms_norm_x_${D}`), y = new Float32Array(xr.length);
    k.rmsNorm(xr, xr.length / D, D, read(`rms_norm_scale_${D}`), 1e-5, y);
    parts.push(`rms_norm ${D}: ${share(y, read(`rms_norm_y_${D}`))}`);
  }
  console.log(`${label} kernels: ${parts.join(", ")}`);
}
{
  const t = read("tanh_in");
  console.log(`tanh: ts_kernels.ts tanhXla ${share(t.map(tanhXla), read("tanh_out"))}, a correctly rounded tanh ${share(t.map((v) => f(Math.tanh(v))), read("tanh_out"))}`);
  const normal = (v) => !(Math.abs(v) < 1.1754943508222875e-38 && v !== 0); // XLA's CPU flushes subnormals to zero
  const tn = t.filter(normal), gRef = read("gelu_out").filter((_, i) => normal(t[i]));
  for (const [label, k] of [["ts", tsKernels], ["wasm", wasm]]) {
    const g = tn.slice();
    k.gelu(g);
    console.log(`jax.nn.gelu, float32, normal inputs: ${label} kernels ${share(g, gRef)}`);
  }
  const cap = t.map((v) => f(30 * tanhXla(f(f(v * 10) * f(1 / 30)))));
  console.log(`soft cap 30·tanh(x/30): ${share(cap, read("soft_cap_out"))}`);
}
await wasm.close();
let entries = 0, differ = 0;
for (let K = 2; K <= 256; K += 2) {
  const ref = read(`inv_freq_${K}`), ours = ropeInverseFrequencies(K);
  entries += ref.length;
  for (let j = 0; j < ref.length; j++) if (!Object.is(ours[j], ref[j])) differ++;
}
console.log(`RoPE inverse frequencies, K = 2…256: ${differ} of ${entries} differ`);
if (index.top_p) {
  const { vocab: V, settings } = index.top_p;
  for (const [name, dtype] of [["bf16", "bfloat16"], ["f32", "float32"]]) {
    const logits = read(`top_p_logits_${name}`), eager = read(`top_p_filtered_${name}`), jit = read(`top_p_filtered_jit_${name}`);
    const rows = logits.length / V;
    let same = 0, sameJit = 0;
    for (let r = 0; r < rows; r++) {
      const [temperature, nucleusP] = settings[r % settings.length];
      const ours = filteredLogits(logits.subarray(r * V, (r + 1) * V), { temperature, nucleusP, dtype });
      if (ours.every((v, i) => Object.is(v, eager[r * V + i]))) same++;
      if (ours.every((v, i) => Object.is(v, jit[r * V + i]))) sameJit++;
    }
    console.log(`top_p_filter over ${V} tokens, ${dtype}: ${same} of ${rows} rows equal bit for bit (${sameJit} of ${rows} jitted)`);
  }
}
