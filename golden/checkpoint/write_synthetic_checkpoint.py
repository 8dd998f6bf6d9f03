#!/usr/bin/env python3
"""Writes a SYNTHETIC checkpoint in the layout of the released Grok-1 checkpoint.

Test data for grok1.ts's checkpoint reader (src/weights/checkpoint.ts): a tiny
config's parameters, filled with deterministic pseudo-random values, pickled the
way the released `ckpt-0/tensor*` files are. It does not use the reference code
and holds no real weights. It needs only numpy (Debian's python3-numpy will do).

Usage:
  /usr/bin/python3 write_synthetic_checkpoint.py released-layout
      numpy 1.x, as the release: what test/checkpoint.test.ts reads first.
  python3 write_synthetic_checkpoint.py --variants numpy2-variants
      run with numpy 2.x: the formats a re-saved checkpoint may have.

It writes into OUT:
  config.json        the LanguageModelConfig (grok1.ts's JSON schema)
  ckpt-0/tensorNNNNN_000   one pickle per parameter
  expected.json      per tensor: its file, path, dtype, shape, and where its raw
                     little-endian elements lie in expected.bin
  expected.bin       every tensor's elements, then its scales, back to back

The layout, as the released files have it:
- file i holds parameter i in sorted (module path, parameter name) order, which
  is JAX's flattening order of a haiku parameter dict;
- pickle protocol 4: checkpoint.py's fast_pickle calls pickle.dump with
  Python's default protocol, 4 since Python 3.8;
- embeddings, norms and router: float32 numpy arrays;
- attention and expert weights: a `__main__.QuantizedWeight8bit` dataclass of an
  int8 `weight` [..., K, N] and bfloat16 `scales` [..., G, N], G groups of
  input rows: G = 8 in the release for the weights split along their input
  (attention `linear`, MoE `linear_1`), 1 for the others; SCALE_GROUPS here;
- bfloat16 arrays pickled as numpy does with ml_dtypes' bfloat16 dtype. Debian
  has no ml_dtypes, so _Bfloat16Array reproduces those bytes; where ml_dtypes
  is installed the real dtype is used instead (expected.json says which).

--variants writes what a checkpoint re-saved by other tools may look like: file
i in protocol 3, 4 or 5 (i mod 3), every other 8-bit weight with float32 scales,
the final norm in bfloat16, and a dense block (num_experts -1).
"""

import argparse
import json
import pickle
import sys
import types
from dataclasses import dataclass
from pathlib import Path

import numpy as np

RELEASED_PROTOCOL = 4  # checkpoint.py: pickle.dump(obj, f), default protocol 4
VARIANT_PROTOCOLS = (3, 4, 5)
SCALE_GROUPS = 2  # the release has 8; the tiny widths here divide by 2
SEED = 20240317  # the day Grok-1 was released

# A LanguageModelConfig small enough to commit: 11 layers, so that the sorted file
# order puts decoder_layer_10 between decoder_layer_1 and decoder_layer_2.
RELEASED_CONFIG = {
    "name": "synthetic-released-layout",
    "vocab_size": 16,
    "pad_token": 0,
    "eos_token": 2,
    "sequence_len": 32,
    "embedding_multiplier_scale": 78.38367176906169,
    "output_multiplier_scale": 0.5773502691896257,
    "fprop_dtype": "float32",
    "model": {
        "emb_size": 8,
        "key_size": 2,
        "num_q_heads": 2,
        "num_kv_heads": 1,
        "num_layers": 11,
        "widening_factor": 1,
        "attn_output_multiplier": 0.7071067811865476,
        "num_experts": 4,
        "num_selected_experts": 2,
    },
}
VARIANTS_CONFIG = {
    **RELEASED_CONFIG,
    "name": "synthetic-variants",
    "model": {**RELEASED_CONFIG["model"], "num_layers": 2, "num_experts": -1, "num_selected_experts": 1},
}


@dataclass
class QuantizedWeight8bit:
    """model.py's dataclass; checkpoint.py's pickles name it as __main__.QuantizedWeight8bit."""

    weight: np.ndarray
    scales: object


# --- bfloat16 -------------------------------------------------------------------

try:
    import ml_dtypes
except ImportError:
    ml_dtypes = None


class _Bfloat16Dtype:
    """Pickles as numpy pickles the dtype ml_dtypes.bfloat16 (numpy's arraydescr_reduce)."""

    STATE = (3, "<", None, None, None, 2, 2, 64)  # version, byte order, ..., itemsize, alignment, flags

    def __reduce__(self):
        return (np.dtype, (_bfloat16_class(), False, True), self.STATE)


class _Bfloat16Array:
    """Pickles as numpy pickles an ml_dtypes.bfloat16 array: _reconstruct, then its state."""

    DTYPE = _Bfloat16Dtype()

    def __init__(self, bits):
        self.bits = bits

    def __reduce__(self):
        reconstruct = np.zeros(0).__reduce__()[0]  # numpy.core or numpy._core's _reconstruct
        return (reconstruct, (np.ndarray, tuple([0]), b"b"), (1, self.bits.shape, self.DTYPE, False, self.bits.tobytes()))


def _bfloat16_class():
    """A class that pickles by reference as ml_dtypes.bfloat16."""
    module = sys.modules.setdefault("ml_dtypes", types.ModuleType("ml_dtypes"))
    if not hasattr(module, "bfloat16"):
        module.bfloat16 = type("bfloat16", (), {"__module__": "ml_dtypes"})
    return module.bfloat16


def bfloat16_array(bits):
    """An array of bfloat16 values given as uint16 bit patterns, ready to pickle."""
    if ml_dtypes is not None:
        return bits.view(ml_dtypes.bfloat16)
    return _Bfloat16Array(bits)


# --- values ----------------------------------------------------------------------


class Lcg:
    """Numerical Recipes' 32-bit linear congruential generator: the same numbers under any numpy."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def next(self):
        self.state = (1664525 * self.state + 1013904223) & 0xFFFFFFFF
        return self.state

    def int8(self, shape):
        n = int(np.prod(shape))
        return np.array([(self.next() >> 24) - 128 for _ in range(n)], dtype=np.int8).reshape(shape)

    def float32(self, shape):
        """Uniform in (-2, 2) with all 23 mantissa bits in use."""
        n = int(np.prod(shape))
        return np.array([self.next() / 2**30 - 2 for _ in range(n)], dtype="<f4").reshape(shape)

    def bfloat16_bits(self, shape):
        """Positive scales (1 + m/128) * 2^e, exact in bfloat16, as their bit patterns."""
        n = int(np.prod(shape))
        values = [(1 + (self.next() >> 25) / 128) * 2.0 ** -(self.next() % 8 + 2) for _ in range(n)]
        return (np.array(values, dtype="<f4").view("<u4") >> 16).astype("<u2").reshape(shape)


# --- parameters ------------------------------------------------------------------


def ffn_size(emb_size, widening_factor):
    """The expert width: int(widening * emb) * 2 // 3, rounded up to a multiple of 8."""
    f = int(widening_factor * emb_size) * 2 // 3
    return f + (8 - f) % 8


def param_specs(cfg):
    """(module path, param name, shape, kind) of every parameter, as src/weights/param_specs.ts lists them."""
    m = cfg["model"]
    d, k, e = m["emb_size"], m["key_size"], m["num_experts"]
    f = ffn_size(d, m["widening_factor"])
    specs = [("language_model/in_out_embed", "embeddings", (cfg["vocab_size"], d), "embedding")]
    for i in range(m["num_layers"]):
        layer = f"transformer/decoder_layer_{i}"
        mha = f"{layer}/multi_head_attention"
        specs += [
            (f"{layer}/rms_norm", "scale", (d,), "norm"),
            (f"{mha}/query", "w", (d, m["num_q_heads"] * k), "linear"),
            (f"{mha}/key", "w", (d, m["num_kv_heads"] * k), "linear"),
            (f"{mha}/value", "w", (d, m["num_kv_heads"] * k), "linear"),
            (f"{mha}/linear", "w", (m["num_q_heads"] * k, d), "linear"),
            (f"{layer}/rms_norm_1", "scale", (d,), "norm"),
            (f"{layer}/rms_norm_2", "scale", (d,), "norm"),
        ]
        if e > 1:
            specs += [
                (f"{layer}/router", "w", (d, e), "router"),
                (f"{layer}/moe/linear", "w", (e, d, f), "expert"),
                (f"{layer}/moe/linear_v", "w", (e, d, f), "expert"),
                (f"{layer}/moe/linear_1", "w", (e, f, d), "expert"),
            ]
        else:
            specs += [
                (f"{layer}/linear_v", "w", (d, f), "linear"),
                (f"{layer}/linear", "w", (d, f), "linear"),
                (f"{layer}/linear_1", "w", (f, d), "linear"),
            ]
        specs.append((f"{layer}/rms_norm_3", "scale", (d,), "norm"))
    specs.append(("language_model/rms_norm", "scale", (d,), "norm"))
    return sorted(specs, key=lambda s: (s[0], s[1]))


def scale_groups(module):
    """Input-row groups of an 8-bit weight's scales: several where the release split the input axis."""
    return SCALE_GROUPS if module.endswith("multi_head_attention/linear") or module.endswith("linear_1") else 1


# --- writing ---------------------------------------------------------------------


class Expected:
    """Collects each tensor's raw bytes into expected.bin and its description into expected.json."""

    def __init__(self):
        self.blob = bytearray()
        self.tensors = []

    def add(self, dtype, array_bytes, shape):
        entry = {"dtype": dtype, "shape": list(shape), "offset": len(self.blob), "byteLength": len(array_bytes)}
        self.blob += array_bytes
        return entry


def write(out, variants):
    cfg = VARIANTS_CONFIG if variants else RELEASED_CONFIG
    rng = Lcg(SEED)
    expected = Expected()
    folder = out / "ckpt-0"
    folder.mkdir(parents=True, exist_ok=True)
    quantized_count = 0
    for i, (module, name, shape, kind) in enumerate(param_specs(cfg)):
        path = f"{module}/{name}"
        protocol = VARIANT_PROTOCOLS[i % 3] if variants else RELEASED_PROTOCOL
        entry = {"index": i, "file": f"tensor{i:05d}_000", "path": path, "protocol": protocol}
        if kind in ("linear", "expert"):
            weight = rng.int8(shape)
            scales_shape = shape[:-2] + (scale_groups(module), shape[-1])
            f32_scales = variants and quantized_count % 2 == 1
            quantized_count += 1
            entry.update(expected.add("I8", weight.tobytes(), shape))
            if f32_scales:
                scales = rng.float32(scales_shape)
                entry["scales"] = expected.add("F32", scales.tobytes(), scales_shape)
            else:
                bits = rng.bfloat16_bits(scales_shape)
                scales = bfloat16_array(bits)
                entry["scales"] = expected.add("BF16", bits.tobytes(), scales_shape)
            obj = QuantizedWeight8bit(weight, scales)
        elif variants and path == "language_model/rms_norm/scale":
            bits = rng.bfloat16_bits(shape)
            obj = bfloat16_array(bits)
            entry.update(expected.add("BF16", bits.tobytes(), shape))
        else:
            obj = rng.float32(shape)
            entry.update(expected.add("F32", obj.tobytes(), shape))
        with open(folder / entry["file"], "wb") as f:
            pickle.dump(obj, f, protocol=protocol)
        expected.tensors.append(entry)

    (out / "config.json").write_text(json.dumps(cfg, indent=2) + "\n")
    (out / "expected.bin").write_bytes(bytes(expected.blob))
    header = {
        "schema_version": 1,
        "about": "SYNTHETIC checkpoint in the released Grok-1 layout, written by write_synthetic_checkpoint.py",
        "numpy": np.__version__,
        "bfloat16": f"ml_dtypes {ml_dtypes.__version__}" if ml_dtypes is not None else "emulated (_Bfloat16Array)",
        "variants": variants,
    }
    lines = ",\n".join("    " + json.dumps(t) for t in expected.tensors)
    body = json.dumps(header, indent=2)[:-2]
    (out / "expected.json").write_text(f'{body},\n  "tensors": [\n{lines}\n  ]\n}}\n')


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, help="folder to write (config.json, ckpt-0/, expected.*)")
    parser.add_argument("--variants", action="store_true", help="protocols 3-5, float32 scales, dense block")
    args = parser.parse_args()
    write(args.out, args.variants)


if __name__ == "__main__":
    main()
