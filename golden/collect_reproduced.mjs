#!/usr/bin/env node
// Keeps what a second run of the generator says about the committed golden cases: the
// released JAX code run again elsewhere (another JAX version, another CPU) on the same
// seeds. For each case of DIR that golden/cases also has, it checks that the weights and
// config came out byte for byte the same (else the two runs are not of the same model,
// and it stops), then records whether the activations did too: the identical ones by
// their SHA-256, the differing ones as copies. test/golden.test.ts then checks that the
// two runs of the reference pass our comparison against each other, and that grok1.ts
// passes against the second run too (golden/README.md, "The reference against itself").
//
//   node golden/collect_reproduced.mjs DIR [DIR ...] OUT [--cpu "what ran it"]
//
// DIR: cases as golden/run_on_device.sh leaves them (unpacked); OUT: a new folder, e.g.
// golden/reproduced/jax-0.11.2-xeon, that gets index.json and <case>.safetensors. Several
// DIRs are one run made in several calls (GOLDEN_ONLY): the same versions of everything,
// each case made once; the index lists each call's command, date and cases.
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({ options: { cpu: { type: "string" } }, allowPositionals: true });
if (positionals.length < 2) {
  console.error('usage: node golden/collect_reproduced.mjs DIR [DIR ...] OUT [--cpu "what ran it"]');
  process.exit(2);
}
const dirs = positionals.slice(0, -1), out = positionals.at(-1);
const committed = path.join(import.meta.dirname, "cases");
const sha256 = (file) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");
const same = (a, b) => fs.readFileSync(a).equals(fs.readFileSync(b));

const indexes = dirs.map((dir) => {
  const indexFile = path.join(dir, "index.json");
  if (!fs.existsSync(indexFile)) {
    console.error(`${indexFile} is missing: DIR must hold the cases as golden/run_on_device.sh leaves them (with the generator's index.json)`);
    process.exit(2);
  }
  return JSON.parse(fs.readFileSync(indexFile, "utf8"));
});
const versions = (i) => JSON.stringify(i.produced_by?.versions ?? null);
for (const [k, index] of indexes.entries()) {
  if (versions(index) !== versions(indexes[0])) {
    console.error(`${dirs[k]}: made with other versions than ${dirs[0]} (${versions(index)} against ${versions(indexes[0])}): not one run, nothing written`);
    process.exit(1);
  }
}
const cases = {}, sourceOf = {}, calls = [];
for (const [k, dir] of dirs.entries()) {
  const names = fs.readdirSync(dir).filter((n) => fs.existsSync(path.join(dir, n, "manifest.json"))).sort();
  const made = [];
  for (const name of names) {
    const mine = path.join(committed, name);
    if (!fs.existsSync(path.join(mine, "manifest.json"))) {
      console.error(`${name}: not a committed case, skipped`);
      continue;
    }
    if (sourceOf[name] !== undefined) {
      console.error(`${name}: in both ${sourceOf[name]} and ${dir}: each case must come from one call, nothing written`);
      process.exit(1);
    }
    for (const file of ["config.json", "weights.safetensors"]) {
      const a = path.join(dir, name, file), b = path.join(mine, file);
      if (fs.existsSync(a) !== fs.existsSync(b) || (fs.existsSync(a) && !same(a, b))) {
        console.error(`${name}: ${file} differs from golden/cases/${name}/${file}: not the same model, nothing written`);
        process.exit(1);
      }
    }
    const acts = path.join(dir, name, "activations.safetensors");
    // a sampling case has neither weights nor config: its logits are in its activations
    const weights = path.join(mine, "weights.safetensors");
    const entry = { weights_sha256: fs.existsSync(weights) ? sha256(weights) : null, activations_sha256: sha256(acts) };
    entry.activations = same(acts, path.join(mine, "activations.safetensors")) ? "identical" : `${name}.safetensors`;
    cases[name] = entry;
    sourceOf[name] = dir;
    made.push(name);
  }
  calls.push({ command: indexes[k].produced_by?.command ?? null, date: indexes[k].produced_by?.date ?? null, cases: made });
}
fs.mkdirSync(out, { recursive: true });
for (const [name, e] of Object.entries(cases))
  if (e.activations !== "identical") fs.copyFileSync(path.join(sourceOf[name], name, "activations.safetensors"), path.join(out, e.activations));
const record = {
  what: "the golden cases that this second run of golden/generate.py made (same seeds, same released code), against golden/cases",
  cpu: values.cpu ?? null,
  produced_by: indexes[0].produced_by,
  ...(dirs.length > 1 ? { calls } : {}),
  // what a call did not make, unless another call made it
  not_run: [...new Set(indexes.flatMap((i) => i.not_run ?? []))].filter((n) => !(n in cases)),
  failed: Object.fromEntries(indexes.flatMap((i) => Object.entries(i.failed ?? {})).filter(([n]) => !(n in cases))),
  cases,
};
fs.writeFileSync(path.join(out, "index.json"), JSON.stringify(record, null, 1) + "\n");
const differing = Object.values(cases).filter((e) => e.activations !== "identical").length;
console.log(`${Object.keys(cases).length} cases: ${Object.keys(cases).length - differing} with identical activations, ${differing} differing (copied into ${out})`);
