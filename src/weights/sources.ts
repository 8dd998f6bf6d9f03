/**
 * TensorSources: where parameters come from.
 * - a safetensors file (our format): `<path>` plain, or `<path>.weight` (I8) with
 *   `<path>.scales` (F32 or BF16) for an 8-bit weight;
 * - deterministic random weights (init.ts), generated on demand.
 * The released checkpoint format has its own source in checkpoint_source.ts (over
 * checkpoint.ts's reader).
 */
import { recordedConfig, type LanguageModelConfig } from "../config.js";
import { UserError, showValue } from "../errors.js";
import { paramSpecs } from "./param_specs.js";
import { safetensorsLocator, type TensorLocator } from "./disk_reads.js";
import type { ReadTarget, StoredTensor, TensorSource } from "./params.js";
import { SafetensorsFile } from "./safetensors.js";

/** The metadata "format" of an activation file that `grok1 trace` writes (weights files say "grok1.ts"). */
export const TRACE_FORMAT = "grok1.ts trace";

/** How many unused tensor names an error lists. */
const LISTED_NAMES = 3;

/** The config fields that give stored weights their meaning (SafetensorsSource.checkRecordedConfig). */
const MEANING_FIELDS = [
  "vocab_size", "model.emb_size", "model.key_size", "model.num_q_heads", "model.num_kv_heads", "model.num_layers",
  "model.widening_factor", "model.num_experts",
] as const;

export class SafetensorsSource implements TensorSource {
  readonly description: string;
  constructor(readonly file: SafetensorsFile) {
    this.description = `weights file ${file.path}`;
  }

  static open(path: string): SafetensorsSource {
    return new SafetensorsSource(SafetensorsFile.open(path));
  }

  get locator(): TensorLocator {
    return safetensorsLocator(this.file);
  }

  get(path: string, into?: ReadTarget): StoredTensor | undefined {
    const f = this.file;
    if (f.has(path)) {
      const info = f.info(path);
      if (info.dtype === "I8")
        throw new UserError(`${this.description}: tensor '${path}' is I8; an 8-bit weight is stored as '${path}.weight' (I8) and '${path}.scales'`);
      return { dtype: info.dtype, shape: info.shape, data: f.read(path, into) };
    }
    if (!f.has(`${path}.weight`)) return undefined;
    const w = f.info(`${path}.weight`);
    if (w.dtype !== "I8") throw new UserError(`${this.description}: tensor '${path}.weight' must be I8, got ${w.dtype}`);
    if (!f.has(`${path}.scales`)) throw new UserError(`${this.description}: tensor '${path}.weight' has no '${path}.scales'`);
    const s = f.info(`${path}.scales`);
    if (s.dtype === "I8") throw new UserError(`${this.description}: tensor '${path}.scales' must be F32 or BF16, got I8`);
    return {
      dtype: "I8",
      shape: w.shape,
      data: f.read(`${path}.weight`, into),
      scales: { dtype: s.dtype, shape: s.shape, data: f.read(`${path}.scales`, into) as Float32Array | Uint16Array },
    };
  }

  close(): void {
    this.file.close();
  }

  /**
   * Checks that the file holds nothing the config does not use, and each parameter one
   * way only: a file with more layers than the config would otherwise run, silently, with
   * some of them left out, and one with both `<path>` and `<path>.weight`/`.scales` would
   * run with whichever the loader looks at first.
   */
  checkNames(cfg: LanguageModelConfig): void {
    const f = this.file;
    // grok1's other files, which name what they are: say so rather than list what is missing
    if (f.metadata.format === TRACE_FORMAT) throw new UserError(`${this.description} is an activation trace (grok1 trace wrote it), not weights: compare it with grok1 compare`);
    const [first, last] = (f.metadata.layers ?? "").split("-").map(Number); // grok1 convert --layers a-b
    if (first > 0 || last < cfg.model.num_layers - 1) // (more layers than the config's: the check below names them)
      throw new UserError(`${this.description} holds layers ${f.metadata.layers} only (grok1 convert --layers): config ${cfg.name ?? "(custom)"} runs layers 0-${cfg.model.num_layers - 1}`);
    const used = new Set<string>();
    for (const { path } of paramSpecs(cfg)) {
      if (f.has(path) && (f.has(`${path}.weight`) || f.has(`${path}.scales`)))
        throw new UserError(`${this.description}: parameter '${path}' is stored twice: plain as '${path}' and 8-bit as '${path}.weight' / '${path}.scales'`);
      used.add(path).add(`${path}.weight`).add(`${path}.scales`);
    }
    const unused = [...f.tensors.keys()].filter((name) => !used.has(name));
    if (unused.length > 0)
      throw new UserError(
        `${this.description}: ${unused.length} tensor${unused.length > 1 ? "s" : ""} that config ${cfg.name ?? "(custom)"} does not use: ` +
          unused.slice(0, LISTED_NAMES).map((n) => `'${n}'`).join(", ") + (unused.length > LISTED_NAMES ? ", ..." : "") +
          ` (does --config match the weights? it has ${cfg.model.num_layers} layers)`,
      );
    this.checkRecordedConfig(cfg);
  }

  /**
   * Files that grok1 writes (init, convert) record their config in the metadata. The
   * fields that say what the stored numbers mean must agree with `cfg`: shapes alone can
   * coincide (12 heads of 4 and 4 heads of 12 are both [D, 48]). The rest (multipliers,
   * sequence_len, tokens, dtypes) are the run's to choose. A file without a recorded
   * config, or with one we cannot read, is taken on its shapes.
   */
  private checkRecordedConfig(cfg: LanguageModelConfig): void {
    let raw: unknown;
    try {
      raw = recordedConfig(this.file.metadata, this.file.path);
    } catch {
      return; // not JSON: taken on its shapes
    }
    if (typeof raw !== "object" || raw === null) return;
    const recorded = raw as { model?: Record<string, unknown> } & Record<string, unknown>;
    if (typeof recorded.model !== "object" || recorded.model === null) return;
    const differ: string[] = [];
    for (const f of MEANING_FIELDS) {
      const [mine, theirs] = f.startsWith("model.") ? [cfg.model[f.slice(6) as keyof typeof cfg.model], recorded.model[f.slice(6)]] : [cfg[f as keyof typeof cfg], recorded[f]];
      if (theirs !== undefined && theirs !== mine) differ.push(`${f} ${mine} (the file's ${showValue(theirs)})`);
    }
    if (differ.length > 0)
      throw new UserError(`${this.description} was written for another config: --config has ${differ.join(", ")}; give the config it was written for (its metadata "config")`);
  }
}
