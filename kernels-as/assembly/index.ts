/**
 * The grok1.ts WebAssembly kernels: the entry point asc compiles (asconfig.json).
 *
 * Every export is a pure function over byte addresses into one memory that JavaScript owns
 * (src/kernels/wasm_kernels.ts allocates everything; nothing here allocates, so the
 * module is safe to run on several threads over a shared memory). Kernels that threads
 * split take their share as a final half-open range [lo, hi) of rows, panels or elements,
 * and those that need scratch take this thread's own.
 */
export { matmul_f32, matmul_bf16, matmul_i8, DECODE_MAX_ROWS } from "./matmul";
export { PANEL, ROUND_NONE, ROUND_BF16, ROUND_BF16_NAN } from "./panel16";
export { pack_f32, pack_bf16, pack_i8, columns_f32, columns_bf16 } from "./pack_panel16";
export { GEMM_SCRATCH_BYTES, MR as GEMM_TILE_ROWS, pack_x } from "./gemm_panel16";
export { rms_norm } from "./rms_norm";
export { softmax } from "./softmax";
export { rope } from "./rope";
export { gelu, gelu_bf16, gelu_mul } from "./gelu";
export { expert_gate_f32, expert_gate_bf16, expert_gate_i8 } from "./expert_gate";
export { top_k } from "./top_k";
export { round_bf16 } from "./bf16";
export { attention } from "./attention";
export { stream_read, simd_peak, PEAK_MADDS_PER_UNIT } from "./bandwidth";

/** The first byte after the module's static data: JavaScript allocates above it. */
export function heap_base(): usize {
  return __heap_base;
}
