/**
 * `grok1 bench`: kernel benchmarks (bench/kernels.ts), the whole model (--e2e,
 * bench/e2e.ts), the tokenizer (--tokenizer, bench/tokenizer.ts), sampling (--sampling,
 * bench/sampling.ts) or one Grok-1-sized layer streamed from disk (--full-layer,
 * bench/full_layer.ts). Numbers are for reading, never asserted; each run measures its
 * own baselines.
 */
import { UserError } from "../errors.js";
import { MAX_THREADS, closeKernels, createKernels } from "../kernels/select.js";
import { parseMemoryBudget } from "../weights/streaming.js";
import { intFlag, parse, usageError } from "./args.js";
import { MODEL_OPTIONS, MODEL_USAGE, checkFitsInMemory, openModel } from "./model_source.js";

export async function benchCommand(argv: string[]): Promise<void> {
  const usage =
    "grok1 bench [--quick] [--json] [--threads N[,N...]]\n" +
    `       grok1 bench --e2e ${MODEL_USAGE} [--prompt-tokens 128] [--gen-tokens 32] [--ts-prompt-tokens 8] [--ts-gen-tokens 2] [--no-ts-baseline] [--json]\n` +
    "       grok1 bench --tokenizer [--quick] [--json]\n" +
    "       grok1 bench --sampling [--quick] [--json]\n" +
    "       grok1 bench --full-layer [--dir DIR] [--memory-budget 3G] [--prompt-tokens 32] [--gen-tokens 3] [--kernels ts|wasm] [--threads N] [--json]";
  const { values } = parse(
    argv,
    {
      ...MODEL_OPTIONS,
      "memory-budget": { type: "string" },
      quick: { type: "boolean" },
      json: { type: "boolean" },
      e2e: { type: "boolean" },
      tokenizer: { type: "boolean" },
      sampling: { type: "boolean" },
      "full-layer": { type: "boolean" },
      dir: { type: "string" },
      "prompt-tokens": { type: "string" },
      "gen-tokens": { type: "string" },
      "ts-prompt-tokens": { type: "string" },
      "ts-gen-tokens": { type: "string" },
      "no-ts-baseline": { type: "boolean" },
    },
    usage,
  );
  if (values["memory-budget"] !== undefined && !values["full-layer"])
    throw usageError("--memory-budget is used only by bench --full-layer (generate takes it too)", usage);
  // each mode takes its own flags: one it would ignore is an error, not a silent no-op
  type Mode = "kernels" | "e2e" | "tokenizer" | "sampling" | "full-layer";
  const modes = (["e2e", "tokenizer", "sampling", "full-layer"] as const).filter((m) => values[m]);
  if (modes.length > 1) throw usageError(`give one of --${modes.join(", --")}`, usage);
  const mode: Mode = modes[0] ?? "kernels";
  const takes: Record<Mode, string[]> = {
    kernels: ["quick", "json", "threads"],
    tokenizer: ["tokenizer", "quick", "json"],
    sampling: ["sampling", "quick", "json"],
    "full-layer": ["full-layer", "dir", "memory-budget", "prompt-tokens", "gen-tokens", "kernels", "threads", "json"],
    e2e: ["e2e", ...Object.keys(MODEL_OPTIONS), "prompt-tokens", "gen-tokens", "ts-prompt-tokens", "ts-gen-tokens", "no-ts-baseline", "json"],
  };
  const stray = Object.keys(values).find((k) => values[k as keyof typeof values] !== undefined && !takes[mode].includes(k));
  if (stray !== undefined) throw usageError(`--${stray} does not apply to ${(mode as Mode) === "kernels" ? "the kernel benchmarks" : `bench --${mode}`}`, usage);
  const json = values.json ?? false;
  const quick = values.quick ?? false;
  if (values.tokenizer) {
    const { runTokenizerBench } = await import("../../bench/tokenizer.js");
    await runTokenizerBench({ quick, json });
    return;
  }
  if (values.sampling) {
    const { runSamplingBench } = await import("../../bench/sampling.js");
    await runSamplingBench({ quick, json });
    return;
  }
  if (values["full-layer"]) {
    const { runFullLayerBench } = await import("../../bench/full_layer.js");
    const impl = values.kernels;
    if (impl !== undefined && impl !== "ts" && impl !== "wasm") throw new UserError(`--kernels must be ts or wasm, got '${impl}'`);
    const kernels = await createKernels({ impl, threads: intFlag(values.threads, "--threads", 1, MAX_THREADS) });
    try {
      await runFullLayerBench({
        dir: values.dir,
        promptTokens: intFlag(values["prompt-tokens"], "--prompt-tokens", 1) ?? 32,
        genTokens: intFlag(values["gen-tokens"], "--gen-tokens", 1) ?? 3,
        json,
        kernels,
        budgetBytes: values["memory-budget"] === undefined ? undefined : parseMemoryBudget(values["memory-budget"]),
      });
    } finally {
      await closeKernels(kernels);
    }
    return;
  }
  if (!values.e2e) {
    const { runKernelBench } = await import("../../bench/kernels.js");
    // one count or a list ("1,2,4,8,16": a scaling sweep in one run); default 1 and all cores
    const threads = values.threads?.split(",").map((t) => intFlag(t, "--threads", 1, MAX_THREADS) as number);
    await runKernelBench({ quick, json, threads });
    return;
  }
  const P = intFlag(values["prompt-tokens"], "--prompt-tokens", 1) ?? 128;
  const G = intFlag(values["gen-tokens"], "--gen-tokens", 1) ?? 32;
  const tsBaseline = !values["no-ts-baseline"];
  const tsFlag = (["ts-prompt-tokens", "ts-gen-tokens"] as const).find((f) => values[f] !== undefined);
  if (!tsBaseline && tsFlag !== undefined) throw usageError(`--${tsFlag} sizes the TypeScript baseline, which --no-ts-baseline leaves out`, usage);
  // the baseline runs a prefix of the same prompt and generation (at most all of it)
  const tsP = intFlag(values["ts-prompt-tokens"], "--ts-prompt-tokens", 1, P);
  const tsG = intFlag(values["ts-gen-tokens"], "--ts-gen-tokens", 1, G);
  const model = await openModel(values);
  if (model.kernels.name === "ts" && tsFlag !== undefined) {
    const chosen = values.kernels === "ts" ? "--kernels ts" : "GROK1_KERNELS=ts";
    throw usageError(`--${tsFlag} sizes the TypeScript baseline, which is not run when the measured kernels are the TypeScript ones (${chosen})`, usage);
  }
  checkFitsInMemory(model, values); // the bench loads the weights whole
  const S = model.cfg.sequence_len;
  if (P + G > S) throw new UserError(`--prompt-tokens ${P} + --gen-tokens ${G} is more than the config's sequence_len ${S}`);
  const { runE2eBench } = await import("../../bench/e2e.js");
  await runE2eBench({
    cfg: model.cfg,
    source: model.source,
    weightsLabel: values.weights ?? values.checkpoint ?? `random ${values["random-dtype"] ?? "f32"}`,
    kernels: model.kernels,
    promptTokens: P,
    genTokens: G,
    tsPromptTokens: tsP ?? Math.min(P, 8),
    tsGenTokens: tsG ?? Math.min(G, 2),
    tsBaseline,
    json,
  });
}
