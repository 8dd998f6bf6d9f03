/**
 * A smoke run of the whole-model benchmark on the tiny preset, so the bench code does not
 * rot. It checks that the numbers exist and are positive, never how large they are.
 */
import { afterAll, expect, it, vi } from "vitest";
import { runE2eBench } from "../bench/e2e.js";
import { PRESETS } from "../src/config.js";
import { closeKernels, createKernels } from "../src/kernels/select.js";
import { RandomSource } from "../src/weights/init.js";

const kernels = await createKernels({ impl: "wasm", threads: 2 });
afterAll(() => closeKernels(kernels));

it("bench --e2e runs on grok-1-tiny and reports prefill and decode rates for both kernels", async () => {
  const cfg = structuredClone(PRESETS["grok-1-tiny"]);
  const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  const err = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  try {
    const results = await runE2eBench({
      cfg,
      source: new RandomSource(cfg, { seed: 0, quantize: true, scalesDtype: "BF16" }),
      weightsLabel: "random int8",
      kernels,
      promptTokens: 8,
      genTokens: 3,
      tsPromptTokens: 4,
      tsGenTokens: 2,
      tsBaseline: true,
      json: true,
    });
    expect(results.map((r) => r.impl)).toEqual([kernels.name, "ts"]);
    for (const r of results) {
      expect(r.prefill_tokens_per_s).toBeGreaterThan(0);
      expect(r.decode_tokens_per_s).toBeGreaterThan(0);
      expect(r.peak_rss_mib).toBeGreaterThan(0);
    }
    const lines = out.mock.calls.map((c) => String(c[0])).join("").trim().split("\n");
    expect(lines.map((l) => JSON.parse(l).bench)).toEqual(["e2e", "e2e"]);
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
});
