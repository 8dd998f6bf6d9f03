#!/usr/bin/env node
// The summary of bench/ab_e2e.sh: for each variant, its median prefill and decode
// tokens/s, and its ratio to the first variant in the same round (median, range, and in
// how many rounds it was faster), since only runs side by side compare.
//
//   node bench/summarize_ab.mjs AB.jsonl
import { existsSync, readFileSync } from "node:fs";

const file = process.argv[2];
if (!file || !existsSync(file)) {
  console.error("usage: node bench/summarize_ab.mjs AB.jsonl (what bench/ab_e2e.sh wrote)");
  process.exit(2);
}
const runs = readFileSync(file, "utf8").split("\n").filter((l) => l.trim().startsWith("{")).map((l) => JSON.parse(l));
if (runs.length === 0) {
  console.error(`${file}: no runs`);
  process.exit(1);
}
const labels = [...new Set(runs.map((r) => r.label))];
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b), m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const byRound = (label) => new Map(runs.filter((r) => r.label === label).map((r) => [r.round, r]));
const base = byRound(labels[0]);
const f = (x, d) => x.toFixed(d);
const first = runs[0];
console.log(`${first.config}, ${first.weight_dtype} weights, ${first.threads} threads, ${first.prompt_tokens}-token prompt, ${first.gen_tokens} decode steps; ratios against "${labels[0]}" in the same round`);
console.log("| variant | rounds | prefill tok/s (median) | decode tok/s (median) | prefill ratio | decode ratio |");
console.log("| --- | --- | --- | --- | --- | --- |");
for (const label of labels) {
  const mine = byRound(label);
  const cell = (key) => {
    const ratios = [...mine].filter(([round]) => base.has(round)).map(([round, r]) => r[key] / base.get(round)[key]);
    if (label === labels[0] || ratios.length === 0) return "1";
    return `${f(median(ratios), 3)}× (${f(Math.min(...ratios), 2)}–${f(Math.max(...ratios), 2)}; faster in ${ratios.filter((x) => x > 1).length} of ${ratios.length})`;
  };
  const rs = [...mine.values()];
  console.log(`| ${label} | ${rs.length} | ${f(median(rs.map((r) => r.prefill_tokens_per_s)), 1)} | ${f(median(rs.map((r) => r.decode_tokens_per_s)), 2)} | ${cell("prefill_tokens_per_s")} | ${cell("decode_tokens_per_s")} |`);
}
