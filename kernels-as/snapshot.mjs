/**
 * The committed .wat snapshot of the hot kernels (kernels-as/snapshots/): the functions
 * whose code decides the speed of a forward pass, cut out of the text form asc writes
 * next to each shared-memory build. A change of compiler or source that changes their
 * code (say, loses the SIMD instructions) shows up as a diff in review and fails
 * test/wat_snapshot.test.ts until the snapshot is regenerated with
 *   node kernels-as/build.mjs --update-snapshots
 */

/** The builds with a text form, and the hot functions (asc's internal names) of each. */
export const SNAPSHOT_BUILDS = ["simd", "relaxed-simd"];
export const HOT_FUNCTIONS = [
  "kernels-as/assembly/gemv_panel16/gemv<f32>",
  "kernels-as/assembly/gemv_panel16/gemv<u16>",
  "kernels-as/assembly/gemv_panel16/gemv<i8>",
  "kernels-as/assembly/gemm_panel16/tileFull",
  "kernels-as/assembly/gemm_panel16/dequantBlock<i8>",
];

/** Path of a build's text form, relative to the repository root. */
export const watPath = (build) => `build/kernels-${build}.wat`;
/** Path of a build's snapshot, relative to the repository root. */
export const snapshotPath = (build) => `kernels-as/snapshots/kernels-${build}.hot.wat`;

/**
 * The text of each named function in a module's text form: from its "(func $name" line
 * to the line before the next top-level item, joined in HOT_FUNCTIONS order.
 */
export function hotFunctions(wat) {
  const lines = wat.split("\n");
  const out = [];
  for (const name of HOT_FUNCTIONS) {
    const start = lines.findIndex((l) => l.startsWith(` (func $${name} `));
    if (start < 0) throw new Error(`hot function ${name} not found in the .wat (renamed or inlined?)`);
    let end = start + 1;
    while (end < lines.length && !lines[end].startsWith(" (")) end++;
    out.push(...lines.slice(start, end));
  }
  return out.join("\n") + "\n";
}
