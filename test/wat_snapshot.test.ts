/**
 * The hot kernels' code, as asc compiles it, against the committed snapshot
 * (kernels-as/snapshots/, see kernels-as/snapshot.mjs): a compiler upgrade or a source
 * change that alters their code — say, loses SIMD — fails here and shows up as a diff.
 * After an intended change: node kernels-as/build.mjs --update-snapshots
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { HOT_FUNCTIONS, SNAPSHOT_BUILDS, hotFunctions, snapshotPath, watPath } from "../kernels-as/snapshot.mjs";

const root = new URL("../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");

/** The text of one function in a module's text form. */
function functionText(wat: string, name: string): string {
  const start = wat.indexOf(` (func $${name} `);
  const end = wat.indexOf("\n (", start + 1);
  return wat.slice(start, end < 0 ? undefined : end);
}

/**
 * The innermost loops of a function in asc's text form (a `loop $L` … `br $L` with no
 * loop inside): for each, the number of `if`s in it and of page-crossing touches. An asc
 * `for` loop is `loop $L`, `if` (its test), the body, `br $L`: one `if` is the loop's own.
 * A touch (kernels-as/assembly/simd.ts touchAhead) is an `if` whose body is only address
 * arithmetic and `i32.load`s whose values are dropped; it is counted apart, not as an `if`.
 */
function innermostLoops(text: string): { ifs: number; touches: number }[] {
  const lines = text.split("\n"), out: { ifs: number; touches: number }[] = [];
  const indent = (line: string) => line.length - line.trimStart().length;
  for (let i = 0; i < lines.length; i++) {
    const label = /^\s*loop (\S+)/.exec(lines[i])?.[1];
    if (label === undefined) continue;
    let ifs = 0, touches = 0, nested = false;
    for (let j = i + 1; j < lines.length && lines[j].trim() !== `br ${label}`; j++) {
      if (/^\s*loop /.test(lines[j])) { nested = true; break; }
      if (!/^\s*if\b/.test(lines[j])) continue;
      let end = j + 1;
      while (end < lines.length && !(indent(lines[end]) === indent(lines[j]) && /^\s*(end|else)\b/.test(lines[end]))) end++;
      const body = lines.slice(j + 1, end).map((l) => l.trim());
      const touch = lines[end]?.trim() === "end" && body.includes("i32.load") &&
        body.every((l) => /^(local\.(get|tee) \S+|i32\.(const \d+|add|lt_u|gt_u)|select|i32\.load|drop)$/.test(l)) &&
        body.filter((l) => l === "i32.load").length === body.filter((l) => l === "drop").length;
      if (touch) touches++;
      else ifs++;
    }
    if (!nested) out.push({ ifs, touches });
  }
  return out;
}

describe.each(SNAPSHOT_BUILDS)("build %s", (build) => {
  const built = () => {
    expect(existsSync(new URL(watPath(build), root)), `${watPath(build)} is missing: run npm run build:wasm`).toBe(true);
    return hotFunctions(read(watPath(build)));
  };

  test("the hot kernels compile to the committed snapshot", () => {
    const snapshot = read(snapshotPath(build));
    // compare line by line first, for a readable failure
    const a = built().split("\n"), b = snapshot.split("\n");
    const first = a.findIndex((line, i) => line !== b[i]);
    expect(first, `first difference at line ${first + 1} of ${snapshotPath(build)}; if intended, run node kernels-as/build.mjs --update-snapshots`).toBe(-1);
    expect(a.length).toBe(b.length);
  });

  test("every hot kernel is SIMD code, fused only in the relaxed build", () => {
    const wat = built();
    for (const name of HOT_FUNCTIONS) {
      const text = functionText(wat, name);
      expect(text.length, name).toBeGreaterThan(0);
      expect(text, name).toMatch(/v128\.load/);
      if (name.includes("dequant")) continue; // converts, does not multiply-add
      if (build === "relaxed-simd") expect(text, name).toMatch(/f32x4\.relaxed_madd/);
      else expect(text, name).toMatch(/f32x4\.mul[\s\S]*f32x4\.add/);
    }
    expect(/relaxed/.test(wat)).toBe(build === "relaxed-simd");
    const i8 = functionText(wat, "kernels-as/assembly/gemv_panel16/gemv<i8>");
    expect(i8).toMatch(/i32x4\.shl/); // int8 widened by shifting its byte to the top of a lane (panel16.ts)
    expect(i8).toMatch(/f32x4\.convert_i32x4_s/);
    const bf16 = functionText(wat, "kernels-as/assembly/gemv_panel16/gemv<u16>");
    expect(bf16).toMatch(/i32x4\.shl/); // bf16 bits into the top half of a float32
    expect(bf16).toMatch(/v128\.and/);
  });

  test("the decode loops do not branch: each rounding mode has a loop of its own", () => {
    // Binaryen's code-folding once merged the loops of the int8 modes into one that
    // tested the mode at every element (kernels-as/skip_code_folding.mjs)
    const wat = built();
    for (const T of ["f32", "u16", "i8"]) {
      const loops = innermostLoops(functionText(wat, `kernels-as/assembly/gemv_panel16/gemv<${T}>`));
      expect(loops.length, T).toBeGreaterThan(0);
      expect(loops.map((l) => l.ifs), T).toEqual(loops.map(() => 1));
    }
  });

  test("the decode loops over weight rows keep their page-crossing touches", () => {
    // a touch's load has no use, so an optimizer allowed to assume loads never trap would
    // drop it (simd.ts touchAhead); the one-token f32 and bf16 loops touch both streams
    const wat = built();
    for (const T of ["f32", "u16", "i8"]) {
      const loops = innermostLoops(functionText(wat, `kernels-as/assembly/gemv_panel16/gemv<${T}>`));
      expect(loops.filter((l) => l.touches > 0).length, T).toBeGreaterThan(0);
      if (T !== "i8") expect(loops.some((l) => l.touches === 1), T).toBe(true);
    }
    // and the streaming read, the baseline the decode matmuls are measured against, reads as they do
    const stream = innermostLoops(functionText(read(watPath(build)), "kernels-as/assembly/bandwidth/stream_read"));
    expect(stream.some((l) => l.touches === 1)).toBe(true);
  });
});
