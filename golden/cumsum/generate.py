#!/usr/bin/env python3
"""jnp.cumsum of one row, as JAX computes it, in bfloat16 and float32: the cumulative sum
runners.py's top_p_filter takes over the sorted probabilities. XLA adds it in an order of
its own (src/sampling/sample.ts cumulativeSum), which matters in bfloat16 over Grok-1's
131072 tokens. test/sampling.test.ts checks cumulativeSum against these files.

    python3 golden/cumsum/generate.py      (needs jax; golden/run_on_device.sh local makes a venv)

Writes bf16.u16 (bf16 bits) and f32.f32, little-endian: for each row of manifest.json's
`lengths`, its input, then JAX's cumsum of it. Inputs are seeded: softmax probabilities
of sorted random logits (what top_p_filter sums), and rows of signed values.
"""
import json
import os

os.environ.setdefault("JAX_PLATFORMS", "cpu")
import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
import numpy as np  # noqa: E402

here = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(2024)
LENGTHS = {
    "bf16": [1, 2, 15, 16, 17, 31, 32, 33, 255, 256, 257, 1000, 4096, 4097, 131072],
    "f32": [1, 17, 1000, 4097, 20000],
}
manifest = {"what": "jnp.cumsum(x) of 1-D rows: per dtype, each row's input then its cumsum",
            "jax": jax.__version__, "backend": jax.default_backend(), "lengths": LENGTHS, "rows": {}}
for name, dtype in (("bf16", jnp.bfloat16), ("f32", jnp.float32)):
    chunks, kinds = [], []
    for i, n in enumerate(LENGTHS[name]):
        if i % 2 == 0:  # what top_p_filter sums: the softmax of ascending logits
            logits = jnp.sort(jnp.asarray(rng.standard_normal(n) * rng.uniform(1, 8), dtype=dtype))
            x = jax.nn.softmax(logits)
            kinds.append("softmax of sorted logits")
        else:
            x = jnp.asarray(rng.standard_normal(n) * 10.0 ** rng.uniform(-3, 3), dtype=dtype)
            kinds.append("signed")
        y = jnp.cumsum(x)
        if name == "bf16":
            chunks += [np.asarray(x).view(np.uint16), np.asarray(y).view(np.uint16)]
        else:
            chunks += [np.asarray(x, np.float32), np.asarray(y, np.float32)]
    manifest["rows"][name] = kinds
    out = np.concatenate(chunks)
    out.astype("<u2" if name == "bf16" else "<f4").tofile(os.path.join(here, name + (".u16" if name == "bf16" else ".f32")))
with open(os.path.join(here, "manifest.json"), "w") as f:
    json.dump(manifest, f, indent=1)
print("wrote golden/cumsum:", {k: sum(v) for k, v in LENGTHS.items()}, "elements per dtype")
