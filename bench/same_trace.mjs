#!/usr/bin/env node
// Whether `grok1 trace` files hold bit-identical tensors (their metadata, which names the
// kernels and thread count, aside): how bench/scaling.sh checks that every thread count
// computes the same activations. Exits 1 naming the first tensor that differs.
//
//   node bench/same_trace.mjs A.safetensors B.safetensors [C.safetensors ...]
import { SafetensorsFile } from "../dist/src/weights/safetensors.js";

const paths = process.argv.slice(2);
if (paths.length < 2) {
  console.error("usage: node bench/same_trace.mjs A.safetensors B.safetensors [more ...]");
  process.exit(2);
}
const bytes = (t) => new Uint8Array(t.buffer, t.byteOffset, t.byteLength);
const [first, ...others] = paths.map((p) => SafetensorsFile.open(p));
const names = [...first.tensors.keys()];
for (const other of others) {
  const theirs = [...other.tensors.keys()];
  if (theirs.length !== names.length || theirs.some((n) => !first.has(n))) {
    console.error(`${other.path}: other tensors than ${first.path} (${theirs.length} against ${names.length})`);
    process.exit(1);
  }
  for (const name of names) {
    const a = bytes(first.read(name)), b = bytes(other.read(name));
    if (a.length !== b.length || a.some((v, i) => v !== b[i])) {
      console.error(`${other.path}: tensor ${name} differs from ${first.path}'s`);
      process.exit(1);
    }
  }
}
console.log(`${paths.length} traces, ${names.length} tensors each: bit-identical`);
