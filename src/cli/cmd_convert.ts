/** `grok1 convert`: the released checkpoint (ckpt-0/tensor*_000 pickles) to our safetensors layout. */
import { loadConfig } from "../config.js";
import { UserError } from "../errors.js";
import { checkOutputPath } from "../files.js";
import { CheckpointSource } from "../weights/checkpoint_source.js";
import { layerPrefix, paramSpecs } from "../weights/param_specs.js";
import { checkFinite, type StoredTensor } from "../weights/params.js";
import { writeSafetensors, type TensorToWrite } from "../weights/safetensors.js";
import { parse, required } from "./args.js";
import { info, progressBar } from "./progress.js";

/** "a-b" or "a" -> the inclusive layer range, checked against the config. */
function layerRange(v: string, numLayers: number): [number, number] {
  const m = /^(\d+)(?:-(\d+))?$/.exec(v.trim());
  if (!m) throw new UserError(`--layers must be a or a-b (e.g. 0-7), got '${v}'`);
  const a = Number(m[1]), b = m[2] === undefined ? a : Number(m[2]);
  if (a > b) throw new UserError(`--layers ${v} is reversed: give the first layer first (${b}-${a})`);
  if (b >= numLayers) throw new UserError(`--layers ${v} is outside the model's layers 0-${numLayers - 1}`);
  return [a, b];
}

export async function convertCommand(argv: string[]): Promise<void> {
  const usage = "grok1 convert --checkpoint DIR --out W.safetensors [--config grok-1|FILE.json] [--layers a-b]";
  const { values } = parse(argv, { checkpoint: { type: "string" }, out: { type: "string" }, config: { type: "string" }, layers: { type: "string" } }, usage);
  const dir = required(values.checkpoint, "--checkpoint", usage);
  const out = required(values.out, "--out", usage);
  checkOutputPath(out, [values.config], [dir]); // never into the checkpoint itself
  const cfg = loadConfig(values.config ?? "grok-1");
  const src = CheckpointSource.open(dir, cfg);
  const [first, last] = values.layers === undefined ? [0, cfg.model.num_layers - 1] : layerRange(values.layers, cfg.model.num_layers);

  // Embeddings and the final norm always; decoder layers in the range.
  const wanted = paramSpecs(cfg).filter((s) => {
    const m = /^transformer\/decoder_layer_(\d+)\//.exec(s.path);
    return !m || (Number(m[1]) >= first && Number(m[1]) <= last);
  });
  const entries: TensorToWrite[] = [];
  for (const s of wanted) {
    const t = src.checkpoint.tensors.get(s.path)!;
    if (t.scales)
      entries.push({ name: `${s.path}.weight`, dtype: "I8", shape: t.shape }, { name: `${s.path}.scales`, dtype: t.scales.dtype, shape: t.scales.shape });
    else entries.push({ name: s.path, dtype: t.dtype, shape: t.shape });
  }
  const progress = progressBar(`converting to ${out}`);
  let pending: StoredTensor | undefined;
  let done = 0;
  writeSafetensors(
    out,
    entries,
    (e) => {
      if (e.name.endsWith(".scales")) {
        const data = pending!.scales!.data;
        pending = undefined;
        return data;
      }
      const path = e.name.replace(/\.weight$/, "");
      const t = src.get(path)!;
      checkFinite(`checkpoint ${dir}`, path, t); // as loading would: a converted file must load
      progress(++done, wanted.length, path);
      if (t.scales) pending = t;
      return t.data;
    },
    {
      format: "grok1.ts",
      config: JSON.stringify(cfg),
      source: "converted from the released checkpoint layout (ckpt-0/tensor*_000)",
      layers: `${first}-${last}`,
    },
  );
  info(`wrote ${out}: ${wanted.length} parameters (layers ${first}-${last}${first === 0 && last === cfg.model.num_layers - 1 ? ", all" : ` of 0-${cfg.model.num_layers - 1}; ${layerPrefix(first)}.. only`})`);
}
