/**
 * GELU, tanh form (jax.nn.gelu with approximate=True), in place, float32 (and, gelu_bf16,
 * on bf16 values with every op rounded to bf16, as the reference computes it there):
 *   gelu(v) = v · 0.5 · (1 + tanh(√(2/π) · (v + 0.044715 · v³)))
 * in the TypeScript twin's order of float32 operations, four lanes at a time, with XLA's
 * tanh (math_simd.ts tanhXla4): bit for bit the twin's, and what JAX computes.
 */
import { tanhXla4 } from "./math_simd";
import { roundBf16x4 } from "./simd";

/** √(2/π) as float32 (ts_kernels.ts GELU_SQRT_2_OVER_PI). */
const SQRT_2_OVER_PI: f32 = 0.7978845834732056;
/** The cubic term's coefficient as float32 (ts_kernels.ts GELU_CUBIC, 0.044715). */
const CUBIC: f32 = 0.044714998453855515;

@inline function gelu4(v: v128): v128 {
  const cube = f32x4.mul(v, f32x4.mul(v, v));
  const inner = f32x4.mul(f32x4.splat(SQRT_2_OVER_PI), f32x4.add(v, f32x4.mul(f32x4.splat(CUBIC), cube)));
  const t = tanhXla4(inner);
  return f32x4.mul(v, f32x4.mul(f32x4.splat(0.5), f32x4.add(f32x4.splat(1), t)));
}

/** jax.nn.gelu's constants as bfloat16, as its jaxpr on a bf16 array has them (ts_kernels.ts GELU_*_BF16). */
const SQRT_2_OVER_PI_BF16: f32 = 0.796875;
const CUBIC_BF16: f32 = 0.044677734375;

/**
 * gelu4 on bf16 values as XLA computes jax.nn.gelu on a bf16 array (ts_kernels.ts
 * geluBf16Scalar): every op in float32, rounded to bf16; x³ as (x·x)·x. Bit for bit the twin's.
 */
@inline function gelu4Bf16(v: v128): v128 {
  const cube = roundBf16x4(f32x4.mul(roundBf16x4(f32x4.mul(v, v)), v));
  const scaled = roundBf16x4(f32x4.add(v, roundBf16x4(f32x4.mul(f32x4.splat(CUBIC_BF16), cube))));
  const t = roundBf16x4(tanhXla4(roundBf16x4(f32x4.mul(f32x4.splat(SQRT_2_OVER_PI_BF16), scaled))));
  return roundBf16x4(f32x4.mul(v, roundBf16x4(f32x4.mul(f32x4.splat(0.5), roundBf16x4(f32x4.add(f32x4.splat(1), t))))));
}

/** x[i0..i1) = gelu(x[i0..i1)), by gelu4 or gelu4Bf16 (`bf16` is a literal at each call). */
@inline function geluRange(x: usize, i0: i32, i1: i32, bf16: bool): void {
  let i = i0;
  for (; i + 4 <= i1; i += 4) {
    const p = x + (<usize>i << 2);
    const v = v128.load(p);
    v128.store(p, bf16 ? gelu4Bf16(v) : gelu4(v));
  }
  for (; i < i1; i++) {
    const p = x + (<usize>i << 2);
    const v = f32x4.splat(load<f32>(p));
    store<f32>(p, f32x4.extract_lane(bf16 ? gelu4Bf16(v) : gelu4(v), 0));
  }
}

/** x[i0..i1) = gelu(x[i0..i1)), float32. */
export function gelu(x: usize, i0: i32, i1: i32): void {
  geluRange(x, i0, i1, false);
}

/** x[i0..i1) = gelu(x[i0..i1)) on bf16 values, every op rounded to bf16. */
export function gelu_bf16(x: usize, i0: i32, i1: i32): void {
  geluRange(x, i0, i1, true);
}

/**
 * The expert FFN's gate, in place: h[i0..i1) = gelu(h) · hv, float32 (model.py MoELayer:
 * jax.nn.gelu(x·W) * (x·V)), the product rounded once as the twin's fround(h · hv).
 * Blocks of GATE_BLOCK elements: gelu's pass, then the product's, while the block is in L1.
 */
export function gelu_mul(h: usize, hv: usize, i0: i32, i1: i32): void {
  for (let b = i0; b < i1; b += GATE_BLOCK) {
    const e = min(b + GATE_BLOCK, i1);
    geluRange(h, b, e, false);
    let i = b;
    for (; i + 4 <= e; i += 4) {
      const o = <usize>i << 2;
      v128.store(h + o, f32x4.mul(v128.load(h + o), v128.load(hv + o)));
    }
    for (; i < e; i++) {
      const o = <usize>i << 2;
      store<f32>(h + o, load<f32>(h + o) * load<f32>(hv + o));
    }
  }
}

/** Elements per block of gelu_mul: 4 KiB of h and 4 KiB of hv, well inside L1. */
const GATE_BLOCK: i32 = 1024;
