"""Deterministic random parameters for the golden cases, in plain numpy.

Every parameter of a scaled-down Grok-1 (the haiku paths of model.py, the same list as
src/weights/param_specs.ts), drawn from a seed so that activations stay O(1) through
the layers:

  embeddings   N(0, 1) / embedding_multiplier_scale: the embedding stage multiplies by
               that scale, so the residual stream starts at unit scale.
  norm scales  uniform in [0.75, 1.25]: about 1, but not 1, so a scale that is applied
               to the wrong element (or not at all) shows.
  Linear and   N(0, 1 / fan_in): each projection keeps unit-scale inputs at unit scale.
  expert w
  router w     N(0, ROUTER_LOGIT_STD² / D): router logits of standard deviation ~2, so the
               top-2 choice is clear-cut (near-ties are then checked and re-drawn).

8-bit weights (QuantizedWeight8bit) are made from such float weights: one scale per
output column (per row block, see `row_blocks`) = max |w| / 127, weight = round(w / scale).
"""

import dataclasses
import zlib

import numpy as np

from safetensors_io import bf16_bits, bf16_round

# run.py: the Grok-1 multipliers, the golden configurations' defaults.
EMBEDDING_MULTIPLIER_SCALE = 78.38367176906169
OUTPUT_MULTIPLIER_SCALE = 0.5773502691896257
PAD_TOKEN = 0  # run.py: pad_token
EOS_TOKEN = 2  # run.py: eos_token

# Router logits' standard deviation for unit-RMS inputs (see the module comment).
ROUTER_LOGIT_STD = 2.0
# Norm scales are drawn from [1 - NORM_SCALE_SPREAD, 1 + NORM_SCALE_SPREAD].
NORM_SCALE_SPREAD = 0.25
# The largest magnitude of an int8 weight: symmetric quantization to [-127, 127].
INT8_MAX = 127


def ffn_size(emb_size, widening_factor):
    """model.py's ffn_size: int(widening · emb) · 2 // 3, rounded up to a multiple of 8."""
    f = int(widening_factor * emb_size) * 2 // 3
    return f + (8 - f) % 8


@dataclasses.dataclass(frozen=True)
class ModelShape:
    """The sizes of a scaled-down Grok-1 (TransformerConfig + LanguageModelConfig fields)."""

    vocab_size: int
    emb_size: int  # D
    key_size: int  # K
    num_q_heads: int  # Hq
    num_kv_heads: int  # Hkv
    num_layers: int
    widening_factor: float
    num_experts: int  # E; <= 1: a dense block instead of the MoE
    num_selected_experts: int
    sequence_len: int
    embedding_multiplier_scale: float = EMBEDDING_MULTIPLIER_SCALE
    output_multiplier_scale: float = OUTPUT_MULTIPLIER_SCALE
    attn_multiplier: float = None  # None: run.py's rule below

    @property
    def ffn(self):  # F
        return ffn_size(self.emb_size, self.widening_factor)

    @property
    def attn_output_multiplier(self):
        # run.py uses 1/sqrt(key_size) (0.0883... for K = 128); the same rule here.
        return float(1.0 / np.sqrt(self.key_size)) if self.attn_multiplier is None else float(self.attn_multiplier)

    @property
    def is_moe(self):
        return self.num_experts > 1


def config_json(shape, name, fprop_dtype):
    """The case's config.json: the fields src/config.ts validateConfig reads."""
    return {
        "name": name,
        "vocab_size": shape.vocab_size,
        "pad_token": PAD_TOKEN,
        "eos_token": EOS_TOKEN,
        "sequence_len": shape.sequence_len,
        "embedding_multiplier_scale": shape.embedding_multiplier_scale,
        "output_multiplier_scale": shape.output_multiplier_scale,
        "fprop_dtype": fprop_dtype,
        "model": {
            "emb_size": shape.emb_size,
            "key_size": shape.key_size,
            "num_q_heads": shape.num_q_heads,
            "num_kv_heads": shape.num_kv_heads,
            "num_layers": shape.num_layers,
            "widening_factor": shape.widening_factor,
            "attn_output_multiplier": shape.attn_output_multiplier,
            "num_experts": shape.num_experts,
            "num_selected_experts": shape.num_selected_experts,
        },
    }


@dataclasses.dataclass(frozen=True)
class ParamSpec:
    module: str  # haiku module path, e.g. "transformer/decoder_layer_0/moe/linear"
    name: str  # "w", "scale" or "embeddings"
    shape: tuple
    kind: str  # "embedding" | "norm" | "linear" | "router" | "expert"
    # Linear/expert weights whose input dimension the released sharding splits across
    # the "model" mesh axis (P("model", ...)): the attention output projection and the
    # down projections. Their 8-bit scales may carry one row per shard (row blocks).
    row_parallel: bool = False

    @property
    def path(self):
        return f"{self.module}/{self.name}"


def param_specs(shape):
    """Every parameter, in forward-pass order."""
    D, K, F, E = shape.emb_size, shape.key_size, shape.ffn, shape.num_experts
    specs = [ParamSpec("language_model/in_out_embed", "embeddings", (shape.vocab_size, D), "embedding")]
    for i in range(shape.num_layers):
        layer = f"transformer/decoder_layer_{i}"
        mha = f"{layer}/multi_head_attention"
        specs += [
            ParamSpec(f"{layer}/rms_norm", "scale", (D,), "norm"),
            ParamSpec(f"{mha}/query", "w", (D, shape.num_q_heads * K), "linear"),
            ParamSpec(f"{mha}/key", "w", (D, shape.num_kv_heads * K), "linear"),
            ParamSpec(f"{mha}/value", "w", (D, shape.num_kv_heads * K), "linear"),
            ParamSpec(f"{mha}/linear", "w", (shape.num_q_heads * K, D), "linear", row_parallel=True),
            ParamSpec(f"{layer}/rms_norm_1", "scale", (D,), "norm"),
            ParamSpec(f"{layer}/rms_norm_2", "scale", (D,), "norm"),
        ]
        if shape.is_moe:
            specs += [
                ParamSpec(f"{layer}/router", "w", (D, E), "router"),
                ParamSpec(f"{layer}/moe/linear", "w", (E, D, F), "expert"),
                ParamSpec(f"{layer}/moe/linear_v", "w", (E, D, F), "expert"),
                ParamSpec(f"{layer}/moe/linear_1", "w", (E, F, D), "expert", row_parallel=True),
            ]
        else:
            # DenseBlock's __call__ is hk.transparent: its Linears sit under the layer.
            specs += [
                ParamSpec(f"{layer}/linear_v", "w", (D, F), "linear"),
                ParamSpec(f"{layer}/linear", "w", (D, F), "linear"),
                ParamSpec(f"{layer}/linear_1", "w", (F, D), "linear", row_parallel=True),
            ]
        specs.append(ParamSpec(f"{layer}/rms_norm_3", "scale", (D,), "norm"))
    specs.append(ParamSpec("language_model/rms_norm", "scale", (D,), "norm"))
    return specs


@dataclasses.dataclass(frozen=True)
class Quantization:
    """Which weights are stored 8-bit, and how."""

    attention: bool  # attention projections 8-bit (else float32); the MoE experts always are
    scales_dtype: str  # "float32" | "bfloat16"
    # Row-parallel weights get this many scale rows (one per "model" shard): 1 for a
    # one-device mesh; the released checkpoint has 8 ([8, D] for the attention output,
    # [E, 8, D] for the MoE down projection).
    row_blocks: int = 1
    dense: bool = False  # the dense block's Linears (num_experts <= 1) 8-bit too
    # The plain (not 8-bit) parameters' dtype: "bfloat16" rounds them to bf16 and stores
    # them as BF16 (the reference then holds them as bfloat16 arrays).
    plain_dtype: str = "float32"


@dataclasses.dataclass
class Param:
    """A parameter's stored value: a float32 array, or an 8-bit weight with its scales."""

    spec: ParamSpec
    array: np.ndarray = None  # float32 (holding bf16 values when plain_dtype is bfloat16), for plain parameters
    weight: np.ndarray = None  # int8, for 8-bit ones
    scales: np.ndarray = None  # float32 holding bf16-representable values when scales_dtype is bfloat16
    scales_dtype: str = "float32"
    plain_dtype: str = "float32"

    @property
    def quantized(self):
        return self.weight is not None


def _rng(seed, path, draw):
    """An independent stream per tensor, so re-drawing one tensor leaves the others as they were."""
    return np.random.default_rng([seed, zlib.crc32(path.encode("utf-8")), draw])


def _float_values(spec, shape, rng):
    if spec.kind == "embedding":
        return rng.standard_normal(spec.shape) / shape.embedding_multiplier_scale
    if spec.kind == "norm":
        return rng.uniform(1 - NORM_SCALE_SPREAD, 1 + NORM_SCALE_SPREAD, spec.shape)
    if spec.kind == "router":
        return rng.standard_normal(spec.shape) * (ROUTER_LOGIT_STD / np.sqrt(shape.emb_size))
    fan_in = spec.shape[-2]
    return rng.standard_normal(spec.shape) / np.sqrt(fan_in)


def quantize(w, row_blocks, scales_dtype):
    """Symmetric 8-bit quantization of a float [..., R, C] weight.

    Returns (int8 weight [..., R, C], float32 scales [..., row_blocks, C]): each block of
    R / row_blocks rows has one scale per column, max |w| / 127 over the block. With bf16
    scales the scale is rounded to bf16 first and the weight quantized against that."""
    *lead, R, C = w.shape
    if R % row_blocks:
        raise ValueError(f"quantize: {R} rows do not split into {row_blocks} blocks")
    blocks = w.reshape(*lead, row_blocks, R // row_blocks, C)
    scales = np.abs(blocks).max(axis=-2) / INT8_MAX  # [..., row_blocks, C]
    scales = np.where(scales > 0, scales, 1.0).astype(np.float32)
    if scales_dtype == "bfloat16":
        scales = bf16_round(scales)
    q = np.clip(np.rint(blocks / scales[..., :, None, :]), -INT8_MAX, INT8_MAX).astype(np.int8)
    return q.reshape(w.shape), scales


def init_params(shape, seed, quant, router_draw=0):
    """All parameters of `shape`, drawn from `seed`. `router_draw` re-draws only the routers."""
    params = []
    for spec in param_specs(shape):
        draw = router_draw if spec.kind == "router" else 0
        w = _float_values(spec, shape, _rng(seed, spec.path, draw)).astype(np.float32)
        attention = "multi_head_attention" in spec.module
        eight_bit = spec.kind == "expert" or (spec.kind == "linear" and (quant.attention if attention else quant.dense))
        if eight_bit:
            blocks = quant.row_blocks if spec.row_parallel else 1
            weight, scales = quantize(w, blocks, quant.scales_dtype)
            params.append(Param(spec, weight=weight, scales=scales, scales_dtype=quant.scales_dtype))
        elif quant.plain_dtype == "bfloat16":
            params.append(Param(spec, array=bf16_round(w), plain_dtype="bfloat16"))
        else:
            params.append(Param(spec, array=w))
    return params


def safetensors_entries(params):
    """(name, dtype tag, array) triples for write_safetensors: tensor names = haiku paths;
    an 8-bit weight as `<path>.weight` (I8) and `<path>.scales` (F32 or BF16)."""
    out = []
    for p in params:
        if p.quantized:
            out.append((p.spec.path + ".weight", "I8", p.weight))
            if p.scales_dtype == "bfloat16":
                out.append((p.spec.path + ".scales", "BF16", bf16_bits(p.scales)))
            else:
                out.append((p.spec.path + ".scales", "F32", p.scales))
        elif p.plain_dtype == "bfloat16":
            out.append((p.spec.path, "BF16", bf16_bits(p.array)))
        else:
            out.append((p.spec.path, "F32", p.array))
    return out
