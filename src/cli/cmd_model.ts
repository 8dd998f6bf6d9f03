/** `grok1 config`, `grok1 init`, `grok1 trace`. */
import { derivedNumbers, ffnSize, loadConfig } from "../config.js";
import { UserError } from "../errors.js";
import { checkOutputPath } from "../files.js";
import { memoryBytes } from "../model/kv_memory.js";
import { trace, traceDecode, type Activations } from "../trace.js";
import { checkRandomInit, initTensor, type InitOptions } from "../weights/init.js";
import { paramSpecs } from "../weights/param_specs.js";
import { TRACE_FORMAT } from "../weights/sources.js";
import type { StoredTensor } from "../weights/params.js";
import { writeSafetensors, type TensorToWrite } from "../weights/safetensors.js";
import { idList, intFlag, parse, required, usageError } from "./args.js";
import { MODEL_OPTIONS, MODEL_USAGE, modelParams, openModel, streamingSummary, type RunBytes } from "./model_source.js";
import { info, peakRssMiB, progressBar } from "./progress.js";

const fmtB = (n: number) => {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) (n /= 1024), i++;
  return `${n.toFixed(i === 0 ? 0 : 2)} ${units[i]}`;
};
const fmtN = (n: number) => (n >= 1e9 ? `${(n / 1e9).toFixed(2)}B` : n >= 1e6 ? `${(n / 1e6).toFixed(2)}M` : `${n}`);

export async function configCommand(argv: string[]): Promise<void> {
  const usage = "grok1 config [PRESET|FILE.json | --config PRESET|FILE.json] [--json]";
  const { values, positionals } = parse(argv, { json: { type: "boolean" }, config: { type: "string" } }, usage, 1);
  if (positionals.length > 0 && values.config !== undefined) throw usageError("give the config once: as PRESET|FILE or as --config", usage);
  const cfg = loadConfig(positionals[0] ?? values.config);
  const d = derivedNumbers(cfg);
  if (values.json) {
    process.stdout.write(JSON.stringify({ config: cfg, derived: d }, null, 2) + "\n");
    return;
  }
  const m = cfg.model;
  const lines = [
    `config ${cfg.name ?? "(custom)"}  (fprop ${cfg.fprop_dtype})`,
    `  vocab ${cfg.vocab_size}, sequence_len ${cfg.sequence_len}, pad ${cfg.pad_token}, eos ${cfg.eos_token}`,
    `  D ${m.emb_size}, ${m.num_layers} layers, ${m.num_q_heads} query / ${m.num_kv_heads} kv heads of ${m.key_size}`,
    `  ${m.num_experts > 1 ? `${m.num_experts} experts, ${m.num_selected_experts} per token` : "dense FFN"}, ffn_size ${ffnSize(m.emb_size, m.widening_factor)} (widening ${m.widening_factor})`,
    `  multipliers: embedding ${cfg.embedding_multiplier_scale}, output ${cfg.output_multiplier_scale}, attention ${m.attn_output_multiplier}`,
    `parameters: ${fmtN(d.total_params)} total (${d.total_params}), ${fmtN(d.active_params_per_token)} active per token (${d.active_params_per_token})`,
    `KV cache: ${fmtB(d.kv_cache_bytes_per_token)} per token (${d.kv_cache_bytes_per_token} B) in ${cfg.fprop_dtype} as the reference holds it, ${fmtB(d.kv_cache_bytes_per_token * cfg.sequence_len)} for a full ${cfg.sequence_len}-token row; grok1.ts holds float32: ${fmtB(memoryBytes(cfg, 1, 1))} per token`,
    `weights: int8 ${fmtB(d.weight_bytes.int8)}, bf16 ${fmtB(d.weight_bytes.bf16)}, f32 ${fmtB(d.weight_bytes.f32)}`,
  ];
  process.stdout.write(lines.join("\n") + "\n");
}

export async function initCommand(argv: string[]): Promise<void> {
  const usage = "grok1 init --config PRESET|FILE.json --out W.safetensors [--seed N] [--quantize [--scales f32|bf16] [--scale-groups G]] [--float-dtype f32|bf16]";
  const { values } = parse(
    argv,
    {
      config: { type: "string" }, out: { type: "string" }, seed: { type: "string" }, quantize: { type: "boolean" },
      scales: { type: "string" }, "scale-groups": { type: "string" }, "float-dtype": { type: "string" },
    },
    usage,
  );
  const cfg = loadConfig(required(values.config, "--config", usage));
  checkRandomInit(cfg);
  const out = required(values.out, "--out", usage);
  checkOutputPath(out, [values.config]);
  const seed = intFlag(values.seed, "--seed", 0, 2 ** 32 - 1) ?? 0;
  const scales = values.scales ?? "f32";
  if (scales !== "f32" && scales !== "bf16") throw new UserError(`--scales must be f32 or bf16, got '${scales}'`);
  if (values.scales !== undefined && !values.quantize) throw usageError("--scales is the dtype of 8-bit weights' scales: give it with --quantize", usage);
  if (values["scale-groups"] !== undefined && !values.quantize) throw usageError("--scale-groups is the row groups of the row-parallel 8-bit weights' scales: give it with --quantize", usage);
  const scaleGroups = intFlag(values["scale-groups"], "--scale-groups", 1, 2 ** 31 - 1) ?? 1;
  const floatDtype = values["float-dtype"] ?? "f32";
  if (floatDtype !== "f32" && floatDtype !== "bf16") throw new UserError(`--float-dtype must be f32 or bf16, got '${floatDtype}'`);
  const opts: InitOptions = {
    seed,
    quantize: values.quantize ?? false,
    scalesDtype: scales === "bf16" ? "BF16" : "F32",
    floatDtype: floatDtype === "bf16" ? "BF16" : "F32",
    scaleGroups,
  };

  // One entry per stored array: an 8-bit weight is two (<path>.weight, <path>.scales).
  const specs = paramSpecs(cfg);
  const entries: TensorToWrite[] = [];
  const sample = new Map<string, StoredTensor>();
  for (const s of specs) {
    const q = opts.quantize && (s.kind === "linear" || s.kind === "expert");
    if (!q) entries.push({ name: s.path, dtype: opts.floatDtype!, shape: s.shape });
    else {
      const rows = s.shape[s.shape.length - 2];
      const G = s.rowParallel ? scaleGroups : 1; // as the released checkpoint groups them
      if (rows % G !== 0) throw new UserError(`--scale-groups ${scaleGroups} does not divide the ${rows} rows of '${s.path}' ${JSON.stringify(s.shape)}`);
      const scaleShape = s.shape.length === 3 ? [s.shape[0], G, s.shape[2]] : [G, s.shape[1]];
      entries.push({ name: `${s.path}.weight`, dtype: "I8", shape: s.shape }, { name: `${s.path}.scales`, dtype: opts.scalesDtype, shape: scaleShape });
    }
  }
  const bySpec = new Map(specs.map((s) => [s.path, s]));
  const progress = progressBar(`writing ${out}`);
  let done = 0;
  writeSafetensors(
    out,
    entries,
    (e) => {
      const path = e.name.replace(/\.(weight|scales)$/, "");
      if (e.name.endsWith(".scales")) {
        const t = sample.get(path)!;
        sample.delete(path);
        progress(++done, specs.length, path);
        return t.scales!.data;
      }
      const t = initTensor(cfg, bySpec.get(path)!, opts);
      if (e.name.endsWith(".weight")) sample.set(path, t);
      else progress(++done, specs.length, path);
      return t.data;
    },
    { format: "grok1.ts", config: JSON.stringify(cfg), seed: String(seed), quantized: String(opts.quantize) },
  );
  const groups = scaleGroups > 1 ? `, the row-parallel weights' in ${scaleGroups} row groups` : "";
  info(`wrote ${out}: ${specs.length} parameters, seed ${seed}${opts.quantize ? `, 8-bit with ${scales} scales${groups}` : ""}`);
}

export async function traceCommand(argv: string[]): Promise<void> {
  const usage = `grok1 trace ${MODEL_USAGE} [--memory-budget SIZE] --tokens 1,5,17 [--tokens ... more rows] [--decode 7,9 [--decode ... one per row]] --out A.safetensors`;
  const { values } = parse(
    argv,
    {
      ...MODEL_OPTIONS,
      "memory-budget": { type: "string" },
      tokens: { type: "string", multiple: true },
      decode: { type: "string", multiple: true },
      out: { type: "string" },
    },
    usage,
  );
  const out = required(values.out, "--out", usage);
  checkOutputPath(out, [values.weights, values.config], values.checkpoint === undefined ? [] : [values.checkpoint]); // before the forward pass, not after
  const rowsFlag = values.tokens ?? [];
  if (rowsFlag.length === 0) throw usageError("--tokens is required", usage);
  const rows = rowsFlag.map((r) => idList(r, "--tokens"));
  // decode steps after the prompt, one list of tokens per row (the KV-memory layout, trace.ts)
  const decode = values.decode?.map((r) => idList(r, "--decode"));
  if (decode && decode.length !== rows.length) throw usageError(`give one --decode per --tokens row: ${decode.length} --decode for ${rows.length} rows`, usage);
  const model = await openModel(values);
  const memory: RunBytes | undefined = decode && {
    bytes: memoryBytes(model.cfg, rows.length, model.cfg.sequence_len),
    what: `the KV memory (${rows.length} × ${model.cfg.sequence_len} slots)`,
    fix: "trace fewer rows, or use a config with a shorter sequence_len",
  };
  const t0 = performance.now();
  // the weights loaded whole, or with --memory-budget streamed from disk as generate does
  // (each checked against the memory this process may use first)
  const { params, streaming, close } = await modelParams(values, model, memory);
  // on a terminal a line for every layer; otherwise one every 10 s at most
  const progress = { layer: progressBar("layers", 10) };
  let acts: Activations;
  try {
    acts = decode ? traceDecode(model.cfg, params, rows, decode, model.kernels, progress) : trace(model.cfg, params, rows, model.kernels, progress);
  } finally {
    await close();
  }
  const steps = decode ? ` and ${decode[0].length} decode steps` : "";
  info(`trace: ${rows.length}×${rows[0].length} tokens${steps} through ${model.cfg.model.num_layers} layers in ${((performance.now() - t0) / 1000).toFixed(2)} s (kernels ${model.kernels.name}, peak RSS ${peakRssMiB().toFixed(0)} MiB)`);
  if (streaming) info(streamingSummary(streaming));
  model.source.close?.();
  const names = [...acts.keys()];
  // written as computed (the reference would compute the same), but said: NaN or ±Inf
  // means weights or multipliers that overflow float32
  for (const name of names) {
    const data = acts.get(name)!.data;
    const i = data.findIndex((x) => !Number.isFinite(x));
    if (i < 0) continue;
    info(`trace: warning: activation ${name} holds ${data[i]} at index ${i} (the model overflowed float32: check the weights and the config's multipliers); written as is`);
    break;
  }
  writeSafetensors(
    out,
    names.map((name) => ({ name, dtype: "F32" as const, shape: acts.get(name)!.shape })),
    (t) => acts.get(t.name)!.data,
    {
      format: TRACE_FORMAT,
      config: JSON.stringify(model.cfg),
      tokens: JSON.stringify(rows),
      ...(decode && { decode: JSON.stringify(decode) }),
      fprop_dtype: model.cfg.fprop_dtype,
      kernels: model.kernels.name,
      weights: values.weights ?? values.checkpoint ?? `random seed ${values.seed ?? 0} ${values["random-dtype"] ?? "f32"}`,
    },
  );
  info(`wrote ${out}: ${names.length} activations`);
}
