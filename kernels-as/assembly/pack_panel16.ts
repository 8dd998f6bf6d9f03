/**
 * Packing a weight into the panel layout of panel16.ts, once, when it is first used:
 * the checkpoint's bytes are copied (src/kernels/wasm_kernels.ts) into the memory as they
 * are, [K, N] ("kn") or [N, K] ("nk"), and rearranged here. Threads split the panels.
 * And reading columns back out of the packed layout (the embedding lookup).
 */
import { PANEL } from "./panel16";

/**
 * Where column j of a panel sits in a packed row: in order for float32; bfloat16 rows
 * interleave each group of 8 columns as (0, 4, 1, 5, 2, 6, 3, 7), int8 rows transpose the
 * 16 columns as a 4×4 block (see panel16.ts).
 */
@inline function slot<T>(j: i32): i32 {
  if (sizeof<T>() == 4) return j;
  if (sizeof<T>() == 1) return 4 * (j & 3) + (j >> 2);
  const g = j & 7;
  return (j & 8) + (g < 4 ? 2 * g : 2 * (g - 4) + 1);
}

/** Sixteen columns of one "kn" row, from s to d, in packed order. */
@inline function copyRow<T>(s: usize, d: usize): void {
  if (sizeof<T>() == 4) {
    v128.store(d, v128.load(s)); v128.store(d, v128.load(s, 16), 16);
    v128.store(d, v128.load(s, 32), 32); v128.store(d, v128.load(s, 48), 48);
  } else if (sizeof<T>() == 2) {
    const lo = v128.load(s), hi = v128.load(s, 16);
    v128.store(d, i8x16.shuffle(lo, lo, 0, 1, 8, 9, 2, 3, 10, 11, 4, 5, 12, 13, 6, 7, 14, 15));
    v128.store(d, i8x16.shuffle(hi, hi, 0, 1, 8, 9, 2, 3, 10, 11, 4, 5, 12, 13, 6, 7, 14, 15), 16);
  } else {
    const r = v128.load(s);
    v128.store(d, i8x16.shuffle(r, r, 0, 4, 8, 12, 1, 5, 9, 13, 2, 6, 10, 14, 3, 7, 11, 15));
  }
}

/**
 * Panels copied together, row by row, in the "kn" layout: a stored row is then read 8
 * panels' width at a time (128 bytes of int8 to 512 of float32) rather than one panel's,
 * so each 4 KiB page and 64-byte line of W is fetched once per block rather than once
 * per panel (a row of a wide W spans pages: 32 KiB for Grok-1's int8 experts). int8
 * 6144 × 32768 on one thread: 81 → 41 ms; blocks of 16, 32 and 64 panels and tiles
 * of 2–8 rows per panel were slower. (Why more panels lose: a panel is K·16 elements,
 * for Grok-1 a multiple of 4 KiB, so the block's write streams all map to the same L1
 * cache sets: 64 panels at a time, 0.9 GB/s. With a cache line of padding between panels
 * they ran at 6.0–6.5 GB/s, still short of these blocks' 7.0–7.6, with rows taken 16–64
 * at a time too: one thread, 6144 × 32768 and 32768 × 6144 int8, 2026-11-27. This copy
 * runs at what this machine's memory gives a transposition: 7–8 GB/s a thread.)
 */
const PANEL_BLOCK: i32 = 8;

/** Panels [p0, p1) of W (K rows, N columns; `nk`: stored [N, K]) from src into dst. */
@inline function pack<T>(src: usize, K: i32, N: i32, nk: bool, dst: usize, p0: i32, p1: i32): void {
  const size = sizeof<T>();
  const rowBytes = <usize>PANEL * size;
  const panelBytes = <usize>K * rowBytes;
  // whole panels of a "kn" W: blocks of PANEL_BLOCK panels, row by row; an "nk" W (the
  // embeddings, read as the output head) always takes the element-by-element loop below
  const full = nk ? p0 : max(p0, min(p1, N / PANEL));
  for (let b = p0; b < full; b += PANEL_BLOCK) {
    const e = min(b + PANEL_BLOCK, full);
    for (let k = 0; k < K; k++) {
      const s = src + (<usize>k * <usize>N + <usize>b * PANEL) * size;
      const d = dst + <usize>b * panelBytes + <usize>k * rowBytes;
      for (let p = 0; p < e - b; p++) copyRow<T>(s + <usize>p * rowBytes, d + <usize>p * panelBytes);
    }
  }
  for (let p = full; p < p1; p++) {
    const panel = dst + <usize>p * panelBytes;
    const cols = min(PANEL, N - p * PANEL);
    const n0 = <usize>(p * PANEL);
    if (cols < PANEL) memory.fill(panel, 0, <usize>K * rowBytes); // the zero padding of the last panel
    for (let j = 0; j < cols; j++) {
      const d = panel + <usize>slot<T>(j) * size;
      for (let k = 0; k < K; k++) {
        const i = nk ? (n0 + <usize>j) * <usize>K + <usize>k : <usize>k * <usize>N + n0 + <usize>j;
        store<T>(d + <usize>k * rowBytes, load<T>(src + i * size));
      }
    }
  }
}

export function pack_f32(src: usize, K: i32, N: i32, nk: bool, dst: usize, p0: i32, p1: i32): void {
  pack<f32>(src, K, N, nk, dst, p0, p1);
}
export function pack_bf16(src: usize, K: i32, N: i32, nk: bool, dst: usize, p0: i32, p1: i32): void {
  pack<u16>(src, K, N, nk, dst, p0, p1);
}
export function pack_i8(src: usize, K: i32, N: i32, nk: bool, dst: usize, p0: i32, p1: i32): void {
  pack<i8>(src, K, N, nk, dst, p0, p1);
}

/**
 * Columns ids[i0..i1) of a packed float32 / bfloat16 W (K rows) as float32:
 * out[i, k] = W[k, ids[i]]. The embedding lookup: a table stored [V, D] is W with
 * layout "nk", so its row for token id is W's column id, read at the panel's stride.
 */
@inline function columns<T>(w: usize, K: i32, ids: usize, out: usize, i0: i32, i1: i32): void {
  const rowBytes = <usize>PANEL * sizeof<T>();
  for (let i = i0; i < i1; i++) {
    const n = load<i32>(ids + (<usize>i << 2));
    const col = w + <usize>(n / PANEL) * <usize>K * rowBytes + <usize>slot<T>(n % PANEL) * sizeof<T>();
    const o = out + <usize>i * <usize>K * 4;
    for (let k = 0; k < K; k++) {
      const at = col + <usize>k * rowBytes;
      if (sizeof<T>() == 4) store<f32>(o + (<usize>k << 2), load<f32>(at));
      else store<u32>(o + (<usize>k << 2), <u32>load<u16>(at) << 16); // bf16: the top half of a float32
    }
  }
}

export function columns_f32(w: usize, K: i32, ids: usize, out: usize, i0: i32, i1: i32): void {
  columns<f32>(w, K, ids, out, i0, i1);
}
export function columns_bf16(w: usize, K: i32, ids: usize, out: usize, i0: i32, i1: i32): void {
  columns<u16>(w, K, ids, out, i0, i1);
}
