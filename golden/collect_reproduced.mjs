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
//   node golden/collect_reproduced.mjs DIR OUT [--cpu "what ran it"]
//
// DIR: cases as golden/run_on_device.sh leaves them (unpacked); OUT: a new folder, e.g.
// golden/reproduced/jax-0.11.2-xeon, that gets index.json and <case>.safetensors.
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({ options: { cpu: { type: "string" } }, allowPositionals: true });
if (positionals.length !== 2) {
  console.error('usage: node golden/collect_reproduced.mjs DIR OUT [--cpu "what ran it"]');
  process.exit(2);
}
const [dir, out] = positionals;
const committed = path.join(import.meta.dirname, "cases");
const sha256 = (file) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");
const same = (a, b) => fs.readFileSync(a).equals(fs.readFileSync(b));

const indexFile = path.join(dir, "index.json");
if (!fs.existsSync(indexFile)) {
  console.error(`${indexFile} is missing: DIR must hold the cases as golden/run_on_device.sh leaves them (with the generator's index.json)`);
  process.exit(2);
}
const index = JSON.parse(fs.readFileSync(indexFile, "utf8"));
const names = fs.readdirSync(dir).filter((n) => fs.existsSync(path.join(dir, n, "manifest.json"))).sort();
const cases = {};
for (const name of names) {
  const mine = path.join(committed, name);
  if (!fs.existsSync(path.join(mine, "manifest.json"))) {
    console.error(`${name}: not a committed case, skipped`);
    continue;
  }
  for (const file of ["config.json", "weights.safetensors"]) {
    const a = path.join(dir, name, file), b = path.join(mine, file);
    if (fs.existsSync(a) !== fs.existsSync(b) || (fs.existsSync(a) && !same(a, b))) {
      console.error(`${name}: ${file} differs from golden/cases/${name}/${file}: not the same model, nothing written`);
      process.exit(1);
    }
  }
  const acts = path.join(dir, name, "activations.safetensors");
  const entry = { weights_sha256: sha256(path.join(mine, "weights.safetensors")), activations_sha256: sha256(acts) };
  entry.activations = same(acts, path.join(mine, "activations.safetensors")) ? "identical" : `${name}.safetensors`;
  cases[name] = entry;
}
fs.mkdirSync(out, { recursive: true });
for (const [name, e] of Object.entries(cases))
  if (e.activations !== "identical") fs.copyFileSync(path.join(dir, name, "activations.safetensors"), path.join(out, e.activations));
const record = {
  what: "the golden cases that this second run of golden/generate.py made (same seeds, same released code), against golden/cases",
  cpu: values.cpu ?? null,
  produced_by: index.produced_by,
  not_run: index.not_run ?? [],
  failed: index.failed ?? {},
  cases,
};
fs.writeFileSync(path.join(out, "index.json"), JSON.stringify(record, null, 1) + "\n");
const differing = Object.values(cases).filter((e) => e.activations !== "identical").length;
console.log(`${Object.keys(cases).length} cases: ${Object.keys(cases).length - differing} with identical activations, ${differing} differing (copied into ${out})`);
