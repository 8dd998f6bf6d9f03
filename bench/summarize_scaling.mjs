#!/usr/bin/env node
// The tables of bench/scaling.sh: for each kernel benchmark and for the whole model, the
// speed at every thread count and its ratio to one thread of the same run.
//
//   node bench/summarize_scaling.mjs DIR      (DIR holds kernels.jsonl and e2e.jsonl)
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
if (!dir || !existsSync(join(dir, "kernels.jsonl"))) {
  console.error("usage: node bench/summarize_scaling.mjs DIR (a folder bench/scaling.sh wrote, with kernels.jsonl)");
  process.exit(2);
}
const lines = (file) =>
  existsSync(join(dir, file))
    ? readFileSync(join(dir, file), "utf8").split("\n").filter((l) => l.trim().startsWith("{")).map((l) => JSON.parse(l))
    : [];

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  console.log([line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n"));
}
const fmt = (v, digits = 1) => (v === undefined || v === null || !Number.isFinite(v) ? "-" : v.toFixed(digits));

// -- kernels: one row per (kernel, dtype, shape, build), one column per thread count ------
const kernels = lines("kernels.jsonl").filter((r) => r.impl !== "ts");
const counts = [...new Set(kernels.map((r) => r.threads))].sort((a, b) => a - b);
const bandwidth = new Map(kernels.filter((r) => r.kernel === "stream_read").map((r) => [r.threads, r.gbps]));
const groups = new Map();
for (const r of kernels) {
  const key = `${r.kernel} ${r.dtype} [${r.shape.join(", ")}] ${r.impl.replace(/^wasm-/, "")}`;
  if (!groups.has(key)) groups.set(key, new Map());
  groups.get(key).set(r.threads, r);
}
console.log(`kernels (${dir}): the rate at each thread count (GB/s for reads and decode matmuls, else GFLOP/s or ms), ×: over 1 thread\n`);
table(
  ["kernel", ...counts.map(String)],
  [...groups].map(([key, byThreads]) => {
    const one = byThreads.get(1);
    return [
      key,
      ...counts.map((t) => {
        const r = byThreads.get(t);
        if (!r) return "-";
        const decode = r.kernel === "matmul" && r.shape[0] <= 4;
        const rate = r.kernel === "stream_read" || decode ? `${fmt(r.gbps)} GB/s` : r.gflops !== null ? `${fmt(r.gflops)} GF/s` : `${fmt(r.median_ms, 3)} ms`;
        const speedup = one ? ` ${fmt(one.median_ms / r.median_ms, 2)}×` : "";
        // against the read measured right after the row (read_gbps: null where the weights
        // are not streamed from memory); files from before that field, the run's first read
        const read = "read_gbps" in r ? r.read_gbps : decode ? bandwidth.get(t) : undefined;
        const ofBw = read ? ` (${Math.round((100 * r.gbps) / read)}% bw)` : "";
        return rate + speedup + ofBw;
      }),
    ];
  }),
);

// -- the whole model -----------------------------------------------------------------------
const e2e = lines("e2e.jsonl");
if (e2e.length) {
  console.log(`\nwhole model: tokens/s at each thread count, ×: over 1 thread with the same prompt\n`);
  const one = new Map(e2e.filter((r) => r.threads === 1).map((r) => [r.prompt_tokens, r]));
  table(
    ["config", "weights", "prompt", "threads", "prefill tok/s", "×", "decode tok/s", "×", "peak RSS MiB"],
    e2e.map((r) => {
      const base = one.get(r.prompt_tokens);
      return [
        r.config,
        r.weight_dtype,
        String(r.prompt_tokens),
        String(r.threads),
        fmt(r.prefill_tokens_per_s),
        base ? fmt(r.prefill_tokens_per_s / base.prefill_tokens_per_s, 2) : "-",
        fmt(r.decode_tokens_per_s),
        base ? fmt(r.decode_tokens_per_s / base.decode_tokens_per_s, 2) : "-",
        fmt(r.peak_rss_mib, 0),
      ];
    }),
  );
}
