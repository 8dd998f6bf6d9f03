#!/usr/bin/env python3
"""jax.nn.gelu (approximate=True, its default) on every bfloat16 value, as JAX computes it
on a bf16 array: writes jax_gelu_bf16.u16, 65536 little-endian bf16 results, the i-th for
the input with bits i. test/kernels.test.ts checks Kernels.gelu(x, bf16) against it.

    python3 golden/gelu/generate.py      (needs jax; golden/run_on_device.sh local makes a venv)
"""
import json
import os

os.environ.setdefault("JAX_PLATFORMS", "cpu")
import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
import numpy as np  # noqa: E402

here = os.path.dirname(os.path.abspath(__file__))
x = jnp.asarray(np.arange(65536, dtype=np.uint16)).view(jnp.bfloat16)
y = np.asarray(jax.nn.gelu(x)).view(np.uint16).astype("<u2")
y.tofile(os.path.join(here, "jax_gelu_bf16.u16"))
with open(os.path.join(here, "manifest.json"), "w") as f:
    json.dump({"what": "jax.nn.gelu(x) for x = every bfloat16 bit pattern 0..65535, as bf16 bits",
               "jax": jax.__version__, "backend": jax.default_backend(),
               "jaxpr": str(jax.make_jaxpr(jax.nn.gelu)(x[:1]))}, f, indent=1)
