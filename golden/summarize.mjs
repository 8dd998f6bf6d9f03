#!/usr/bin/env node
// How close grok1.ts comes to the released JAX code on every forward golden case: the
// share of elements that are bit-identical, the largest |ours − ref| / (1 + |ref|), and
// the same for the logits alone. (test/golden.test.ts is the pass/fail check; this is
// the measurement.) Needs `npm ci` (it reads dist/).
//
//   node golden/summarize.mjs [--kernels ts|wasm] [--threads N]
import { parseArgs } from "node:util";
import { findGoldenCases, loadActivations, loadCaseConfig } from "../dist/src/golden/cases.js";
import { closeKernels, createKernels } from "../dist/src/kernels/select.js";
import { runTrace } from "../dist/src/trace.js";

const { values } = parseArgs({ options: { kernels: { type: "string", default: "ts" }, threads: { type: "string" } } });
// --threads is for the WebAssembly kernels (with the TypeScript ones it is an error); theirs default to 1 here
const threads = values.threads !== undefined ? Number(values.threads) : values.kernels === "ts" ? undefined : 1;
const kernels = await createKernels({ impl: values.kernels, threads });

/** Elements compared, how many differ in any bit, and the largest relative difference (and where). */
function difference(pairs) {
  let n = 0, differ = 0, maxRel = 0, where = "";
  for (const [name, ours, ref] of pairs) {
    for (let i = 0; i < ref.data.length; i++) {
      n++;
      if (!Object.is(ours.data[i], ref.data[i])) differ++;
      const rel = Math.abs(ours.data[i] - ref.data[i]) / (1 + Math.abs(ref.data[i]));
      if (rel > maxRel) (maxRel = rel), (where = name);
    }
  }
  return { n, differ, maxRel, where };
}

const pct = (a, b) => `${((100 * a) / b).toFixed(1)} %`;
console.log(`kernels: ${kernels.name}`);
console.log("| case | elements | bit-identical | max rel. difference (where) | logits bit-identical | logits max rel. |");
console.log("| --- | --- | --- | --- | --- | --- |");
for (const c of findGoldenCases()) {
  if (c.manifest.kind !== "forward") continue;
  const cfg = loadCaseConfig(c);
  const ours = await runTrace(cfg, c.weightsPath, c.manifest.tokens, kernels);
  const ref = [...loadActivations(c)].map(([name, r]) => [name, ours.get(name), r]);
  const all = difference(ref);
  const logits = difference(ref.filter(([name]) => name === "language_model/logits"));
  console.log(
    `| ${c.name} | ${all.n} | ${pct(all.n - all.differ, all.n)} | ${all.maxRel.toExponential(1)} (${all.where}) ` +
      `| ${pct(logits.n - logits.differ, logits.n)} | ${logits.maxRel.toExponential(1)} |`,
  );
}
await closeKernels(kernels);
