/** `grok1 generate`: text in, streamed text out. */
import { UserError } from "../errors.js";
import { fitPrompt, generate, kvSlots } from "../generate.js";
import { memoryBytes } from "../model/kv_memory.js";
import { Tokenizer } from "../tokenizer/tokenizer.js";
import { checkTemperature } from "../sampling/sample.js";
import { errnoText } from "../files.js";
import { intFlag, numFlag, parse, usageError } from "./args.js";
import { MODEL_OPTIONS, MODEL_USAGE, modelParams, openModel, streamingSummary } from "./model_source.js";
import { info, peakRssMiB } from "./progress.js";

/**
 * Defaults follow the reference's run.py / runners.py: run.py asks for max_len 100 at
 * temperature 0.01, and sample_from_model sets nucleus_p 1.0 and rng_seed 42.
 */
const DEFAULTS = { maxTokens: 100, temperature: 0.01, topP: 1.0, seed: 42 };

/**
 * Streams the text of one row: decodes prompt + generated ids and prints what is new,
 * holding back a trailing U+FFFD (a UTF-8 sequence still missing bytes from later tokens).
 */
class TextStream {
  private printed = "";
  private readonly base: string;
  constructor(private readonly tok: Tokenizer, private readonly prompt: number[], private readonly write: (s: string) => void) {
    this.base = tok.decode(prompt);
  }
  update(generated: number[], final: boolean): void {
    let text = this.tok.decode(this.prompt.concat(generated));
    text = text.startsWith(this.base) ? text.slice(this.base.length) : this.tok.decode(generated);
    if (!final) text = text.replace(/\uFFFD+$/, "");
    if (text.startsWith(this.printed)) {
      this.write(text.slice(this.printed.length));
      this.printed = text;
    }
  }
  get text(): string {
    return this.printed;
  }
}

export async function generateCommand(argv: string[]): Promise<void> {
  const usage = `grok1 generate ${MODEL_USAGE} [--memory-budget SIZE] --prompt "..." [--prompt "..." more rows] [--max-tokens N] [--temperature T] [--top-p P] [--seed S] [--tokenizer M.model]`;
  const { values } = parse(
    argv,
    {
      ...MODEL_OPTIONS,
      "memory-budget": { type: "string" },
      prompt: { type: "string", multiple: true },
      "max-tokens": { type: "string" },
      temperature: { type: "string" },
      "top-p": { type: "string" },
      tokenizer: { type: "string" },
    },
    usage,
  );
  const prompts = values.prompt ?? [];
  if (prompts.length === 0) throw usageError("--prompt is required", usage);
  const maxTokens = intFlag(values["max-tokens"], "--max-tokens", 1) ?? DEFAULTS.maxTokens;
  const temperature = numFlag(values.temperature, "--temperature", Number.MIN_VALUE) ?? DEFAULTS.temperature;
  const topP = numFlag(values["top-p"], "--top-p", Number.MIN_VALUE, 1) ?? DEFAULTS.topP;
  // --seed picks the random weights when no --weights are given; sampling uses it too.
  const seed = intFlag(values.seed, "--seed", 0, 2 ** 32 - 1) ?? DEFAULTS.seed;

  const t0 = performance.now();
  const tok = Tokenizer.load(values.tokenizer);
  const model = await openModel({ ...values, seed: values.seed ?? String(seed) }, true);
  const { cfg } = model;
  checkTemperature(temperature, cfg.fprop_dtype); // before the weights load and the prompt is echoed
  // checked now: a sampled id the tokenizer cannot print would fail mid-generation
  if (cfg.vocab_size > tok.vocabSize)
    throw new UserError(`the config's vocab_size ${cfg.vocab_size} is larger than the tokenizer's ${tok.vocabSize} pieces: the model could sample ids that have no text`);
  if (tok.vocabSize > cfg.vocab_size)
    info(`note: the tokenizer has ${tok.vocabSize} pieces, the model's vocab is ${cfg.vocab_size}: prompt ids >= ${cfg.vocab_size} are an error`);
  const ids = prompts.map((p, i) => {
    const enc = tok.encode(p);
    if (enc.length === 0) throw new UserError(`prompt ${i + 1} is empty: it has no tokens (the reference needs at least one)`); // before the weights load
    const fit = fitPrompt(enc, cfg.sequence_len, maxTokens);
    if (fit.dropped > 0) info(`warning: prompt ${i + 1} has ${enc.length} tokens; keeping its last ${fit.ids.length} so that ${maxTokens} new tokens fit sequence_len ${cfg.sequence_len}`);
    const bad = fit.ids.find((id) => id >= cfg.vocab_size);
    if (bad !== undefined) throw new UserError(`prompt ${i + 1} encodes to token id ${bad}, outside the model's vocab of ${cfg.vocab_size} (a scaled-down config has a small vocab: use a short ASCII prompt, or real weights)`);
    return fit.ids;
  });

  // the KV cache is held beside the weights: counted before they load
  const T = Math.max(...ids.map((p) => p.length)), S = kvSlots(T, maxTokens);
  const kv = {
    bytes: memoryBytes(cfg, ids.length, S),
    what: `the KV cache (${ids.length} × ${S} slots)`,
    fix: "ask for fewer new tokens (--max-tokens), or give shorter or fewer prompts",
  };
  const { params, streaming, close } = await modelParams(values, model, kv);
  const loadSeconds = (performance.now() - t0) / 1000;
  info(`loaded ${cfg.name ?? "model"} (${cfg.fprop_dtype}, kernels ${model.kernels.name}) in ${loadSeconds.toFixed(2)} s`);

  const single = ids.length === 1;
  const streams = ids.map((p) => new TextStream(tok, p, single ? (s) => process.stdout.write(s) : () => {}));
  const generated: number[][] = ids.map(() => []);
  if (single) process.stdout.write(prompts[0]);
  const result = generate(cfg, model.kernels, params, {
    prompts: ids,
    maxTokens,
    temperature,
    topP,
    seed,
    onToken: (row, out) => {
      generated[row].push(out.tokenId);
      streams[row].update(generated[row], false);
      // a failed write (a full disk) is known at once: stop rather than generate the rest for nothing
      const failed = process.stdout.errored as NodeJS.ErrnoException | null;
      if (failed && failed.code !== "EPIPE") throw new UserError(`cannot write stdout (${errnoText(failed)})`);
    },
  });
  streams.forEach((s, i) => s.update(generated[i], true));
  if (single) process.stdout.write("\n");
  else prompts.forEach((p, i) => process.stdout.write(`--- [${i + 1}] ${p}${streams[i].text}\n`));

  const prefillTps = result.promptTokens / result.prefillSeconds;
  const decodeTps = result.decodeSteps > 0 ? (result.generatedTokens - ids.length) / result.decodeSeconds : 0;
  info(
    `prefill: ${result.promptTokens} tokens in ${result.prefillSeconds.toFixed(3)} s (${prefillTps.toFixed(1)} tokens/s); ` +
      `decode: ${result.generatedTokens - ids.length} tokens in ${result.decodeSeconds.toFixed(3)} s (${decodeTps.toFixed(1)} tokens/s); ` +
      `peak RSS ${peakRssMiB().toFixed(0)} MiB`,
  );
  if (streaming) info(streamingSummary(streaming));
  await close();
  if (model.randomWeights) info("note: these were RANDOM weights: the text is meaningless by design");
}
