/**
 * `grok1 compare REF.safetensors OTHER.safetensors`: checks another runtime's activations
 * against a reference trace (ours, from `grok1 trace`, or one recorded from JAX), tensor
 * by tensor, with the tolerances the golden tests use (src/golden/compare.ts): what a
 * faithful implementation of the reference's dtype flow may differ by in float32 and in
 * bfloat16, and nothing more. The first tensor out of tolerance is where the two part.
 *
 * Tensors of REF that OTHER lacks are listed and not compared (a runtime may dump only
 * some); those it has are compared in the order REF's forward pass made them (for a
 * KV-memory trace, a step's logits and memory after its activations: inComputeOrder).
 * Exit status: 0 when every tensor compared is within tolerance, 1 when one is not (the
 * report says which, where, and by how much), 2 for bad input (then nothing is compared).
 */
import { recordedConfig } from "../config.js";
import type { FpropDtype } from "../dtype.js";
import { UserError, allocating, shownName } from "../errors.js";
import { compareActivations, describeTensor, inComputeOrder, toleranceFor, type ActivationMap, type Report } from "../golden/compare.js";
import { SafetensorsFile } from "../weights/safetensors.js";
import { intFlag, parse, usageError } from "./args.js";

const USAGE =
  "grok1 compare REF.safetensors OTHER.safetensors [--dtype float32|bfloat16] [--experts K] [--all] [--json]";

export async function compareCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(
    argv,
    { dtype: { type: "string" }, experts: { type: "string" }, all: { type: "boolean" }, json: { type: "boolean" } },
    USAGE,
    2,
  );
  if (positionals.length !== 2) throw usageError("give two activation files: the reference trace, then the one to check", USAGE);
  const [refPath, otherPath] = positionals;
  const ref = readActivations(refPath);
  const other = readActivations(otherPath);

  // the mode decides the tolerance: given, or as the reference trace records it
  const dtype = values.dtype ?? ref.metadata.fprop_dtype;
  if (dtype !== "float32" && dtype !== "bfloat16") {
    throw usageError(
      dtype === undefined
        ? `${refPath} does not record its fprop_dtype (grok1 trace writes it): give --dtype float32 or bfloat16`
        : values.dtype !== undefined
          ? `--dtype must be float32 or bfloat16, got '${dtype}'`
          : `${refPath} records fprop_dtype '${dtype}', not float32 or bfloat16: give --dtype`,
      USAGE,
    );
  }
  // experts per token, for telling a near-tie in the router from a wrong choice
  const experts = intFlag(values.experts, "--experts", 1) ?? recordedExperts(ref.metadata, refPath);
  for (const [name, t] of ref.activations) {
    const E = t.shape[t.shape.length - 1];
    if (name.endsWith("/router_probs") && experts > E) {
      const source = ref.metadata.config === undefined ? `Grok-1's, as ${refPath} records no config` : `as ${refPath} records its config`;
      const given = values.experts !== undefined ? `--experts ${experts}` : `${experts} experts per token (${source}; --experts sets it)`;
      throw new UserError(`${given} is more than the ${E} experts of ${refPath}'s ${name}`);
    }
  }

  // what the other file has, in the order the reference computed it
  const compared = inComputeOrder(new Map([...ref.activations].filter(([name]) => other.activations.has(name))));
  const missing = [...ref.activations.keys()].filter((name) => !other.activations.has(name));
  if (compared.size === 0) {
    throw new UserError(`${otherPath} holds none of the ${ref.activations.size} tensors of ${refPath} (names as grok1 trace writes them)`);
  }
  const tolerance = toleranceFor(dtype as FpropDtype);
  const report = compareActivations(other.activations, compared, tolerance, { numSelectedExperts: experts });
  const out = values.json
    ? JSON.stringify(jsonReport(report, missing, refPath, otherPath, dtype))
    : textReport(report, missing, values.all === true);
  process.stdout.write(out + "\n");
  return report.ok ? 0 : 1;
}

interface ActivationFile {
  activations: ActivationMap;
  metadata: Record<string, string>;
}

/**
 * Every tensor of a safetensors file as float32, in the order of its bytes: F32, BF16 and
 * F16 exactly, F64 rounded to float32 (half an ulp, far below either tolerance). Both files
 * are held in memory whole: a tensor larger than the memory left is an error naming it.
 */
function readActivations(path: string): ActivationFile {
  const file = SafetensorsFile.openActivations(path);
  try {
    const activations: ActivationMap = new Map();
    for (const info of file.tensors.values()) {
      const elements = info.shape.reduce((n, d) => n * d, 1);
      const bytes = info.dtype === "F32" ? info.byteLength : info.byteLength + 4 * elements; // as stored, and widened
      const data = allocating(`${path}: tensor '${info.name}'`, bytes, () => file.readFloat32(info.name));
      activations.set(info.name, { shape: info.shape.slice(), data });
    }
    if (activations.size === 0) throw new UserError(`${path}: holds no tensors`);
    return { activations, metadata: file.metadata };
  } finally {
    file.close();
  }
}

/** num_selected_experts from the config a grok1 trace records; 2 (Grok-1's) without one. */
function recordedExperts(metadata: Record<string, string>, path: string): number {
  const cfg = recordedConfig(metadata, path) as { model?: { num_selected_experts?: unknown } } | null | undefined;
  if (cfg === undefined) return 2;
  const k = cfg?.model?.num_selected_experts;
  if (typeof k !== "number" || !Number.isInteger(k) || k < 1) {
    throw new UserError(`${path}: its metadata "config" has no model.num_selected_experts; give --experts K`);
  }
  return k;
}

/** One line per tensor out of tolerance (every tensor with `all`), then what was not compared, and the notes. */
function textReport(report: Report, missing: string[], all: boolean): string {
  const failed = report.tensors.filter((t) => !t.ok);
  const lines = [
    report.ok
      ? `ok: all ${report.tensors.length} tensors compared within tolerance`
      : `DIFFERENT: ${failed.length} of ${report.tensors.length} tensors compared out of tolerance, the first ${shownName(failed[0].name)}`,
  ];
  for (const t of all ? report.tensors : failed) lines.push("  " + describeTensor(t, { ours: "other", ref: "ref" }));
  if (missing.length) lines.push(`  not in the other file (not compared): ${missing.join(", ")}`);
  if (report.extra.length) lines.push(`  only in the other file (not compared): ${report.extra.join(", ")}`);
  for (const n of report.notes) lines.push(`  note: ${asOther(n)}`);
  lines.push(`  tolerance: ${report.tensors[0].tolerance}`);
  return lines.join("\n");
}

/** The golden comparison's messages call the checked side "ours": here it is the other file. */
function asOther(message: string): string {
  return message.replace(/\bours\b/g, "the other file");
}

function jsonReport(report: Report, missing: string[], ref: string, other: string, dtype: string) {
  return {
    ok: report.ok,
    ref,
    other,
    dtype,
    first_difference: report.tensors.find((t) => !t.ok)?.name ?? null,
    missing,
    extra: report.extra,
    notes: report.notes.map(asOther),
    tensors: report.tensors.map((t) => ({
      name: t.name,
      shape: t.shape,
      ok: t.ok,
      problem: t.problem === undefined ? null : asOther(t.problem),
      max_abs_error: t.maxAbsError,
      max_rel_error: t.maxRelError,
      differing_fraction: t.mismatch,
      out_of_tolerance: t.outOfTolerance,
      bf16_flips: t.flips,
      worst: t.worst ? { index: t.worst.index, other: t.worst.ours, ref: t.worst.ref, error: t.worst.error, tolerance: t.worst.tol } : null,
      tolerance: t.tolerance,
    })),
  };
}
