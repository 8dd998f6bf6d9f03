/**
 * DecoderLayer (model.py): attention and feed-forward blocks, each wrapped in two
 * RMSNorms (one before, one on its output) and a residual add:
 *   h = h + rms_norm_1(attention(rms_norm(h)))
 *   h = h + rms_norm_3(moe(rms_norm_2(h)))        (a DenseBlock when num_experts <= 1)
 */
import type { Tensor } from "../tensor.js";
import type { LayerParams } from "../weights/params.js";
import { roundAs, type ForwardContext } from "./context.js";
import { denseBlock } from "./dense_block.js";
import type { KVMemory } from "./kv_memory.js";
import { moeLayer } from "./moe_layer.js";
import { multiHeadAttention } from "./multi_head_attention.js";
import { rmsNorm } from "./rms_norm.js";

/** h [B, T, D] -> [B, T, D]. `name` is the layer's parameter path, used for recorded activations. */
export function decoderLayer(
  ctx: ForwardContext,
  p: LayerParams,
  name: string,
  h: Tensor,
  padding: Uint8Array,
  memory: KVMemory | undefined,
  memorySlots: number,
): Tensor {
  const rec = (what: string, t: Tensor) => ctx.record?.(`${name}/${what}`, t);
  const fp = ctx.dtype;

  const x0 = rmsNorm(ctx, h, p.rms_norm, fp);
  rec("rms_norm", x0);
  const attn = multiHeadAttention(ctx, p.attention, x0, padding, memory, memorySlots).embeddings;
  rec("multi_head_attention", attn);
  const h_attn = rmsNorm(ctx, attn, p.rms_norm_1, fp);
  rec("rms_norm_1", h_attn);
  h = residualAdd(ctx, h, h_attn); // h += h_attn (fprop dtype)

  const x2 = rmsNorm(ctx, h, p.rms_norm_2, fp);
  rec("rms_norm_2", x2);
  let ffn: Tensor;
  let ffnDtype = fp;
  if (p.moe) {
    const moe = moeLayer(ctx, p.moe, x2);
    rec("router_probs", moe.routerProbs);
    ffn = moe.embeddings;
    ffnDtype = "bfloat16"; // the MoE casts its output to bfloat16 in both modes
    rec("moe", ffn);
  } else {
    ffn = denseBlock(ctx, p.dense!, x2);
    rec("moe", ffn); // the trace names either FFN "moe", so that traces line up (trace.ts)
  }
  const h_dense = rmsNorm(ctx, ffn, p.rms_norm_3, ffnDtype); // returns its input's dtype: bf16 after the MoE
  rec("rms_norm_3", h_dense);
  h = residualAdd(ctx, h, h_dense); // h += h_dense: fprop + bf16 promotes to fprop
  ctx.record?.(name, h);
  return h;
}

/** h + x in float32, rounded to the fprop dtype. A new tensor, so that recorded activations stay intact. */
function residualAdd(ctx: ForwardContext, h: Tensor, x: Tensor): Tensor {
  const out = new Float32Array(h.data.length);
  for (let i = 0; i < out.length; i++) out[i] = Math.fround(h.data[i] + x.data[i]);
  roundAs(ctx, ctx.dtype, out); // the residual sum of two fprop-dtype arrays
  return { shape: h.shape.slice(), data: out };
}
