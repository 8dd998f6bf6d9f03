#!/usr/bin/env python3
"""The reference's RotaryEmbedding (xai-org/grok-1 model.py) at Grok-1's head size
K = 128 and positions up to its context's end, 8191, where float32 phases are large
(pos · inv_freq up to 8191 rad) and every ulp of inv_freq, phase, cos and sin shows.
Writes rope.safetensors: `x` [2, 64, 2, 128] float32 (N(0, 1)), `offset` [2]
(8128 and 1000) as float32, and the results `float32`, and `bfloat16` (x rounded to bf16
first, the result bf16, stored as float32). test/model.test.ts checks ours against it.

    PYTHONPATH=golden/.deps/site python3 golden/rope/generate.py golden/.deps/grok-1
    (needs jax, and the fetched sources: golden/run_on_device.sh prepare / local)
"""
import json
import os
import sys

os.environ.setdefault("JAX_PLATFORMS", "cpu")
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, ".."))
import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
import numpy as np  # noqa: E402

import haiku as hk  # noqa: E402
from jax_compat import import_reference  # noqa: E402
from safetensors_io import write_safetensors  # noqa: E402

model, _, _ = import_reference(jax, os.path.abspath(sys.argv[1]))

B, T, H, K = 2, 64, 2, 128
offset = np.array([8192 - T, 1000], dtype=np.int32)
x = np.random.default_rng(11).standard_normal((B, T, H, K)).astype(np.float32)


def rope(x):
    return model.RotaryEmbedding(K)(x, seq_dim=1, offset=jnp.asarray(offset))


f = hk.without_apply_rng(hk.transform(rope))
out = [
    ("x", "F32", x),
    ("offset", "F32", offset.astype(np.float32)),
    ("float32", "F32", np.asarray(f.apply({}, jnp.asarray(x)))),
    ("bfloat16", "F32", np.asarray(f.apply({}, jnp.asarray(x, jnp.bfloat16)).astype(jnp.float32))),
]
write_safetensors(os.path.join(here, "rope.safetensors"), out)
with open(os.path.join(here, "manifest.json"), "w") as fh:
    json.dump({"what": "model.RotaryEmbedding(128)(x, seq_dim=1, offset) in float32 and bfloat16",
               "jax": jax.__version__, "backend": jax.default_backend(), "offset": offset.tolist(),
               "shape": [B, T, H, K]}, fh, indent=1)
