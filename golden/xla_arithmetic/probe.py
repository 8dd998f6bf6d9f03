#!/usr/bin/env python3
"""How XLA (JAX on the CPU) rounds the float32 arithmetic grok1.ts mirrors: division,
softmax, RMSNorm's mean square and RoPE's frequencies, on seeded random inputs.

    python3 golden/xla_arithmetic/probe.py OUT_DIR [--reference golden/.deps/grok-1]
    node golden/xla_arithmetic/compare.mjs OUT_DIR      # ours against what it wrote

Needs jax (see golden/README.md). With --reference (the reference's sources, exported by
`bash golden/run_on_device.sh prepare`), it also records runners.py's top_p_filter over
Grok-1's 131072 tokens, in bfloat16 and float32 (about 80 MB).

Writes OUT_DIR/<name>.f32 (raw little-endian float32, row-major) and OUT_DIR/index.json
(shapes, the JAX version). Every output is computed the way model.py / runners.py compute
it: jax.nn.softmax; jnp.mean(jnp.square(x), axis=-1, keepdims=True), then
x * lax.rsqrt(ms + eps) * scale; 30 * tanh(x / 30); 1 / (10000 ** (arange(0, K, 2) / K)).
"""
import json
import os
import sys

import numpy as np
import jax
import jax.numpy as jnp

out_dir = sys.argv[1]
reference = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--reference" else None
os.makedirs(out_dir, exist_ok=True)
rng = np.random.default_rng(7)
index = {"jax": jax.__version__, "backend": jax.default_backend(), "tensors": {}}


def save(name, a):
    a = np.ascontiguousarray(np.asarray(a, dtype=np.float32))
    a.tofile(os.path.join(out_dir, name + ".f32"))
    index["tensors"][name] = list(a.shape)


# x / y for a scalar y, jitted and not, constant and not
x = (rng.standard_normal(1_000_000) * 50).astype(np.float32)
save("div_in", x)
save("div_eager", jnp.asarray(x) / 30.0)
save("div_jit_arg", jax.jit(lambda v, t: v / t)(x, jnp.float32(30.0)))
# softmax rows, like soft-capped attention logits
for n in (8, 33, 256, 1000):
    a = (np.tanh(rng.standard_normal((512, n)).astype(np.float32) * 2) * 30).astype(np.float32)
    save(f"softmax_in_{n}", a)
    save(f"softmax_out_{n}", jax.nn.softmax(jnp.asarray(a), axis=-1))
# model.py RMSNorm on float32 rows
for D in (48, 192, 768, 1024, 6144):
    xr = rng.standard_normal((256, D)).astype(np.float32)
    s = (1 + 0.1 * rng.standard_normal(D)).astype(np.float32)
    xj = jnp.asarray(xr)
    ms = jnp.mean(jnp.square(xj), axis=[-1], keepdims=True)
    save(f"rms_norm_x_{D}", xr)
    save(f"rms_norm_scale_{D}", s)
    save(f"rms_norm_y_{D}", s * (xj * jax.lax.rsqrt(ms + 1e-5)))
# tanh, GELU (float32) and the attention soft cap: XLA's own tanh
t = np.concatenate([rng.standard_normal(2_000_000) * 3, rng.uniform(-10, 10, 500_000), rng.uniform(-0.01, 0.01, 200_000),
                    [0.0, -0.0, 0.0004, -0.0004, 7.99881172180175781, 8.0, -8.0, 100.0, np.inf, -np.inf, np.nan]]).astype(np.float32)
save("tanh_in", t)
save("tanh_out", jnp.tanh(jnp.asarray(t)))
save("gelu_out", jax.nn.gelu(jnp.asarray(t)))
save("soft_cap_out", 30.0 * jnp.tanh(jnp.asarray(t * 10) / 30.0))
# RoPE's inverse frequencies, model.py RotaryEmbedding, for every even K up to 256
for K in range(2, 258, 2):
    exponents = jnp.arange(0, K, 2, dtype=jnp.float32)
    save(f"inv_freq_{K}", jnp.asarray(1.0 / (10000 ** (exponents / K)), dtype=jnp.float32))

# runners.py top_p_filter on logits / temperature over the full vocabulary
if reference is not None:
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, os.path.dirname(here))  # golden/: jax_compat
    sys.path.insert(0, os.path.join(os.path.dirname(reference), "site"))  # haiku, jmp
    import jax_compat
    _, runners, _ = jax_compat.import_reference(jax, os.path.abspath(reference))
    V = 131072
    settings = [(1.0, 0.5), (0.7, 0.9), (1.0, 0.99), (0.01, 0.95), (1.5, 0.1)]
    index["top_p"] = {"vocab": V, "settings": settings, "rows": 8}
    def scaled_and_filtered(x, temperature, p):  # sample_token's first steps, as runners.py writes them
        scaled = x / temperature[:, None, None].astype(x.dtype)
        return runners.top_p_filter(scaled, p[:, None, None].astype(x.dtype))

    jitted = jax.jit(scaled_and_filtered)  # as runners.py runs it: inside a jitted step
    for name, dtype in (("bf16", jnp.bfloat16), ("f32", jnp.float32)):
        logits, filtered, filtered_jit = [], [], []
        for r in range(8):
            x = jnp.asarray(rng.standard_normal(V) * [1.0, 2.0, 4.0, 8.0][r % 4], dtype=dtype)[None, None, :]
            for temperature, p in settings:
                args = (x, jnp.asarray([temperature], jnp.float32), jnp.asarray([p], jnp.float32))
                filtered.append(scaled_and_filtered(*args)[0, 0])
                filtered_jit.append(jitted(*args)[0, 0])
                logits.append(x[0, 0])
        save(f"top_p_logits_{name}", np.stack([np.asarray(v, np.float32) for v in logits]))
        save(f"top_p_filtered_{name}", np.stack([np.asarray(v, np.float32) for v in filtered]))
        save(f"top_p_filtered_jit_{name}", np.stack([np.asarray(v, np.float32) for v in filtered_jit]))

with open(os.path.join(out_dir, "index.json"), "w") as f:
    json.dump(index, f)
print(f"wrote {len(index['tensors'])} tensors to {out_dir} (jax {jax.__version__}, {jax.default_backend()})")
