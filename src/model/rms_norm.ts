/**
 * RMSNorm (model.py `RMSNorm`, a haiku hk.RMSNorm subclass): over the last axis,
 * computed in float32, cast back to the input's dtype:
 *   y = scale · x · rsqrt(mean(x²) + 1e-5)
 */
import { RMS_NORM_EPS } from "../config.js";
import type { FpropDtype } from "../dtype.js";
import type { Tensor } from "../tensor.js";
import { roundAs, type ForwardContext } from "./context.js";

/** x [..., D] -> [..., D]; `inputDtype` is the dtype of x, which the output is cast back to. */
export function rmsNorm(ctx: ForwardContext, x: Tensor, scale: Float32Array, inputDtype: FpropDtype): Tensor {
  const D = x.shape[x.shape.length - 1];
  const rows = x.data.length / D;
  const y = new Float32Array(x.data.length);
  ctx.kernels.rmsNorm(x.data, rows, D, scale, RMS_NORM_EPS, y); // float32
  roundAs(ctx, inputDtype, y); // outputs.astype(fprop_dtype)
  return { shape: x.shape.slice(), data: y };
}
