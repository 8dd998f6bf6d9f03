/**
 * MoELayer (model.py, its inference path): each token goes to the k experts with the
 * highest router probability; the gates are those raw probabilities (NOT renormalized).
 *
 *   gate, index = top_k(probs, k)                          [B·T, k]
 *   for each selected expert e:   (x [1, D], per token)
 *     h   = gelu(x·W_linear[e]) · (x·W_linear_v[e])        [F]   float32
 *     out = h · W_linear_1[e]                              [D]   float32
 *   y = Σ_k bf16(gate_k) · out_k,  then cast to bfloat16    [B, T, D]
 *
 * Dtypes, as the reference's dtype flow has them:
 * - the expert weights are `weight * scales` (scales' dtype), NOT cast to fprop_dtype;
 *   the matmuls meet a float32 one-hot, so they run in float32, except that a bf16
 *   input times a bf16 weight (bf16 scales in bfloat16 mode) rounds x·W_linear and
 *   x·W_linear_v to bf16 (the first einsum's result) before the float32 one-hot einsum;
 *   gelu then runs in float32 here, unlike the dense block's bf16 chain;
 * - the gates are cast to bfloat16 and the output is cast to bfloat16 whatever
 *   fprop_dtype is (the `.astype(jnp.bfloat16)` calls at the end of the layer).
 *
 * Differs from the reference: the released code computes all 8 experts for every token
 * and selects with a one-hot (hard-coding 8 experts), and returns its input unchanged
 * for plain (non-8-bit) weights. We compute only the selected experts, for any E, and
 * give plain weights the result 8-bit weights with unit scales would give.
 */
import { roundBf16 } from "../dtype.js";
import type { Weight } from "../kernels/kernels.js";
import type { Tensor } from "../tensor.js";
import type { MoEParams } from "../weights/params.js";
import type { ForwardContext } from "./context.js";
import { router } from "./router.js";

/** Whether a weight's values are bf16 (so a bf16 input times it gives a bf16 product). */
function isBf16Weight(w: Weight): boolean {
  return w.dtype === "bf16" || (w.dtype === "i8" && w.roundToBf16);
}

export interface MoEOutput {
  embeddings: Tensor; // [B, T, D], bf16-valued
  routerProbs: Tensor; // [B, T, E]
}

export function moeLayer(ctx: ForwardContext, p: MoEParams, x: Tensor): MoEOutput {
  const { kernels } = ctx;
  const k = ctx.cfg.model.num_selected_experts;
  const D = x.shape[x.shape.length - 1];
  const rows = x.data.length / D; // B·T tokens
  const E = p.numExperts;

  const probs = router(ctx, x, p.router); // [B, T, E] float32
  const gates = new Float32Array(rows * k); // [B·T, k] the raw probabilities, not renormalized
  const index = new Int32Array(rows * k); // [B·T, k]
  kernels.topK(probs.data, rows, E, k, gates, index); // lax.top_k: ties to the lower index

  // Group the (token, slot) pairs by expert so each expert's weights are read once;
  // pair = token·k + slot indexes gates, index and expertOut.
  const byExpert: number[][] = Array.from({ length: E }, () => []);
  for (let pair = 0; pair < rows * k; pair++) byExpert[index[pair]].push(pair);
  const tokenOf = (pair: number) => Math.floor(pair / k);

  // (not math: a hint for a loader that streams experts from disk, weights/streaming.ts)
  p.willUse?.(byExpert.flatMap((pairs, e) => (pairs.length > 0 ? [e] : [])));

  const bf16 = ctx.dtype === "bfloat16";
  const expertOut = new Float32Array(rows * k * D); // [B·T, k, D] float32
  for (let e = 0; e < E; e++) {
    const pairs = byExpert[e];
    if (pairs.length === 0) continue;
    const n = pairs.length;
    const w = p.expert(e);
    const xe = new Float32Array(n * D); // the tokens routed to e   [n, D]
    pairs.forEach((pair, j) => xe.set(x.data.subarray(tokenOf(pair) * D, tokenOf(pair) * D + D), j * D));

    // out = (gelu(x·W_linear) ⊙ (x·W_linear_v))·W_linear_1     [n, D] float32;
    // a bf16 input times bf16 weights rounds x·W_linear (h) and x·W_linear_v (hv) to bf16,
    // the einsum's result dtype
    const out = new Float32Array(n * D);
    kernels.expertFfn(xe, n, w, { h: bf16 && isBf16Weight(w.linear), hv: bf16 && isBf16Weight(w.linear_v) }, out);
    pairs.forEach((pair, j) => expertOut.set(out.subarray(j * D, (j + 1) * D), pair * D));
  }

  // y = Σ_k bf16(gate)·out, float32 (bf16 gate × float32 out promotes to float32; summed
  // over k in order), then .astype(bfloat16)
  const y = new Float32Array(rows * D); // [B·T, D]
  for (let r = 0; r < rows; r++) {
    const yr = y.subarray(r * D, (r + 1) * D);
    for (let j = 0; j < k; j++) {
      const gate = roundBf16(gates[r * k + j]);
      const out = expertOut.subarray((r * k + j) * D, (r * k + j + 1) * D);
      for (let d = 0; d < D; d++) yr[d] = Math.fround(yr[d] + Math.fround(gate * out[d]));
    }
  }
  kernels.roundBf16(y); // out.astype(jnp.bfloat16), even in float32 mode
  return { embeddings: { shape: x.shape.slice(), data: y }, routerProbs: probs };
}
