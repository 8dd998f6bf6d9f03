/**
 * Finding and loading the golden cases in golden/cases/<name>/ (made by
 * golden/generate.py from the released JAX code; see golden/README.md).
 *
 * A case folder holds manifest.json (schema below), activations.safetensors (float32
 * tensors in the order the reference produced them) and, for forward and KV-memory
 * cases, config.json (our config format) and weights.safetensors (haiku paths; 8-bit
 * weights as `<path>.weight` + `<path>.scales`). The checkpoint-layout cases
 * (grok_layout_bf16, deep_bf16) also have ckpt-0/ (the released checkpoint's pickles).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { validateConfig, type LanguageModelConfig } from "../config.js";
import type { FpropDtype } from "../dtype.js";
import { UserError } from "../errors.js";
import { SafetensorsFile } from "../weights/safetensors.js";
import type { ActivationMap } from "./compare.js";

/** The manifest schema this checker reads (golden/generate.py's SCHEMA_VERSION). */
export const GOLDEN_SCHEMA_VERSION = 1;

export type GoldenKind = "forward" | "kv_memory" | "sampling";
const KINDS: readonly GoldenKind[] = ["forward", "kv_memory", "sampling"];

export interface GoldenTensorEntry {
  name: string;
  shape: number[];
  max_abs: number;
}

/** manifest.json, the fields the checker relies on (the rest is provenance, kept as is). */
export interface GoldenManifest {
  schema_version: number;
  name: string;
  kind: GoldenKind;
  description: string;
  dtype: FpropDtype;
  seed: number;
  /** Token rows [B][T] of the forward pass (the padded prompt for kv_memory; [] for sampling). */
  tokens: number[][];
  notes: string[];
  config?: string;
  weights?: { file: string; [k: string]: unknown };
  activations: { file: string; tensors: GoldenTensorEntry[] };
  router_min_margin?: number | null;
  checkpoint?: { dir: string; [k: string]: unknown };
  kv_memory?: Record<string, unknown>;
  sampling?: Record<string, unknown>;
  produced_by: Record<string, unknown>;
}

export interface GoldenCase {
  name: string;
  dir: string;
  manifest: GoldenManifest;
  activationsPath: string;
  configPath?: string;
  weightsPath?: string;
  checkpointDir?: string;
}

/**
 * $GROK1_GOLDEN_DIR if set (cases generated elsewhere, e.g. generate.py's EXTRA_CASES),
 * else golden/cases of this checkout: found by walking up from this file to package.json.
 */
export function defaultGoldenDir(): string {
  if (process.env.GROK1_GOLDEN_DIR) return path.resolve(process.env.GROK1_GOLDEN_DIR);
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("golden cases: no package.json above " + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return path.join(dir, "golden", "cases");
}

/** Every case under `dir` (folders with a manifest.json), sorted by name; [] if `dir` does not exist. */
export function findGoldenCases(dir: string = defaultGoldenDir()): GoldenCase[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, e.name, "manifest.json")))
    .map((e) => e.name)
    .sort()
    .map((name) => loadGoldenCase(path.join(dir, name)));
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function isIntArray(x: unknown): x is number[] {
  return Array.isArray(x) && x.every((v) => Number.isInteger(v));
}

/** Reads and checks `<caseDir>/manifest.json` and that the files it names exist. */
export function loadGoldenCase(caseDir: string): GoldenCase {
  const file = path.join(caseDir, "manifest.json");
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    throw new UserError(`${file}: cannot be read as JSON (${(e as Error).message})`);
  }
  const fail = (field: string, what: string): never => {
    throw new UserError(`${file}: field '${field}' ${what}`);
  };
  if (!isObject(raw)) throw new UserError(`${file}: expected a JSON object`);
  const m = raw;
  if (m.schema_version !== GOLDEN_SCHEMA_VERSION)
    fail("schema_version", `is ${JSON.stringify(m.schema_version)}; this checker reads version ${GOLDEN_SCHEMA_VERSION} (regenerate the case or update src/golden)`);
  if (typeof m.name !== "string") fail("name", "must be a string");
  if (m.name !== path.basename(caseDir)) fail("name", `is ${JSON.stringify(m.name)} but the folder is '${path.basename(caseDir)}'`);
  if (!KINDS.includes(m.kind as GoldenKind)) fail("kind", `must be one of ${KINDS.join(", ")}, got ${JSON.stringify(m.kind)}`);
  if (m.dtype !== "float32" && m.dtype !== "bfloat16") fail("dtype", `must be "float32" or "bfloat16", got ${JSON.stringify(m.dtype)}`);
  if (!Array.isArray(m.tokens) || !m.tokens.every(isIntArray)) fail("tokens", "must be an array of rows of integer token ids");
  if (!Array.isArray(m.notes)) fail("notes", "must be an array");
  if (!isObject(m.produced_by)) fail("produced_by", "must be an object");
  const acts = m.activations;
  if (!isObject(acts) || typeof acts.file !== "string" || !Array.isArray(acts.tensors))
    fail("activations", "must be {file, tensors: [...]}");
  const tensors = (acts as { tensors: unknown[] }).tensors;
  tensors.forEach((t, i) => {
    if (!isObject(t) || typeof t.name !== "string" || !isIntArray(t.shape)) fail(`activations.tensors[${i}]`, "must be {name, shape, max_abs}");
  });

  const manifest = m as unknown as GoldenManifest;
  const existing = (field: string, rel: string): string => {
    const p = path.join(caseDir, rel);
    if (!fs.existsSync(p)) fail(field, `names ${rel}, which does not exist in ${caseDir}`);
    return p;
  };
  const out: GoldenCase = {
    name: manifest.name,
    dir: caseDir,
    manifest,
    activationsPath: existing("activations.file", manifest.activations.file),
  };
  if (manifest.kind !== "sampling") {
    if (typeof manifest.config !== "string") fail("config", "must name the case's config file");
    if (!isObject(manifest.weights) || typeof manifest.weights.file !== "string") fail("weights", "must be {file, ...}");
    out.configPath = existing("config", manifest.config!);
    out.weightsPath = existing("weights.file", manifest.weights!.file);
  }
  if (manifest.checkpoint !== undefined) {
    if (!isObject(manifest.checkpoint) || typeof manifest.checkpoint.dir !== "string") fail("checkpoint", "must be {dir, ...}");
    out.checkpointDir = existing("checkpoint.dir", manifest.checkpoint.dir);
  }
  return out;
}

/** The case's config.json, validated as any config file is. */
export function loadCaseConfig(c: GoldenCase): LanguageModelConfig {
  if (!c.configPath) throw new UserError(`golden case ${c.name} (${c.manifest.kind}) has no config`);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(c.configPath, "utf8"));
  } catch (e) {
    throw new UserError(`${c.configPath}: cannot be read as JSON (${(e as Error).message})`);
  }
  return validateConfig(raw, `golden config ${c.configPath}`);
}

/**
 * The case's activations, in file order (the order the reference produced them), after
 * checking them against the manifest's list: same names, shapes, and float32.
 */
export function loadActivations(c: GoldenCase): ActivationMap {
  const file = SafetensorsFile.open(c.activationsPath);
  try {
    const listed = new Set(c.manifest.activations.tensors.map((t) => t.name));
    for (const name of file.tensors.keys())
      if (!listed.has(name)) throw new UserError(`${c.activationsPath}: tensor '${name}' is not listed in the manifest`);
    const out: ActivationMap = new Map();
    const expected = new Map(c.manifest.activations.tensors.map((t) => [t.name, t.shape]));
    for (const info of file.tensors.values()) { // in the order of their bytes: the order the reference produced them
      const shape = expected.get(info.name)!;
      if (info.dtype !== "F32") throw new UserError(`${c.activationsPath}: tensor '${info.name}' is ${info.dtype}, golden activations are F32`);
      if (shape.join(",") !== info.shape.join(","))
        throw new UserError(`${c.activationsPath}: tensor '${info.name}' has shape [${info.shape}], the manifest says [${shape}]`);
      out.set(info.name, { shape: info.shape.slice(), data: file.read(info.name) as Float32Array });
    }
    for (const name of listed) if (!out.has(name)) throw new UserError(`${c.activationsPath}: manifest lists '${name}', the file lacks it`);
    return out;
  } finally {
    file.close();
  }
}
