/** What every module of the forward pass needs: the config, the kernels, and an optional recorder. */
import type { LanguageModelConfig } from "../config.js";
import type { FpropDtype } from "../dtype.js";
import type { Kernels } from "../kernels/kernels.js";
import type { Tensor } from "../tensor.js";

export interface ForwardContext {
  cfg: LanguageModelConfig;
  kernels: Kernels;
  /** fprop_dtype: the dtype activations are rounded to between ops. */
  dtype: FpropDtype;
  /** Called with each named activation (see trace.ts for the names); copies nothing itself. */
  record?: (name: string, t: Tensor) => void;
}

/** Rounds x to bf16 in place when `dtype` is bfloat16; the caller says which dtype the reference has there. */
export function roundAs(ctx: ForwardContext, dtype: FpropDtype, x: Float32Array): Float32Array {
  if (dtype === "bfloat16") ctx.kernels.roundBf16(x);
  return x;
}
