"""Golden files from the released Grok-1 code: per-layer activations to test grok1.ts against.

    python3 golden/generate.py --reference PATH/TO/grok-1 --out golden/cases [--sources SOURCES.json]

PATH/TO/grok-1 is a checkout of xai-org/grok-1 (model.py, runners.py, checkpoint.py).
dm-haiku and jmp must be importable (PYTHONPATH; see golden/run_on_device.sh, which
prepares and runs all of this in one device call). Needs jax/jaxlib (0.11.x was the
target), numpy, absl-py, tabulate; no safetensors package, no GPU.

What it does, per case (see CASES below and golden/README.md):
  1. builds a scaled-down configuration with the reference's own LanguageModelConfig /
     TransformerConfig, and deterministic random parameters (golden/param_init.py);
  2. runs the reference's LanguageModel forward on the CPU in float32 matmul precision
     "highest", recording every module's output through haiku method interception
     (golden/reference_run.py), re-drawing the router weights until no token has a
     near-tie between its last chosen and first unchosen expert;
  3. writes golden/cases/<name>/{config.json, weights.safetensors,
     activations.safetensors, manifest.json} (+ ckpt-0/ for the checkpoint-layout case).

The reference's code is imported, never edited; the shims that make it import under
today's JAX are in golden/jax_compat.py and listed in every manifest.
"""

import argparse
import dataclasses
import datetime
import importlib.metadata
import json
import os
import pickletools
import shutil
import subprocess
import sys
import traceback

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from param_init import PAD_TOKEN, ModelShape, Quantization, config_json, init_params, param_specs, safetensors_entries  # noqa: E402
from safetensors_io import read_safetensors, write_safetensors  # noqa: E402

SCHEMA_VERSION = 1

# The router near-tie guard: every token's last chosen expert must beat the first
# unchosen one by at least this much probability, else the routers are re-drawn. Below
# about 1e-3, bf16 rounding of the router's input can legitimately flip the choice.
ROUTER_MARGIN = 1e-3
MAX_ROUTER_DRAWS = 50

# Eight host CPU devices, for the cases whose 8-bit scales have one row block per
# "model" shard (as the released checkpoint's do); every other case uses one device.
CPU_DEVICES = 8
DEVICE_COUNT_FLAG = f"--xla_force_host_platform_device_count={CPU_DEVICES}"
# XLA may keep bf16 intermediates in float32 inside a compiled computation ("excess
# precision"), skipping roundings the code asks for. Off: the golden data then follows
# the reference's dtype flow as written, op by op.
NO_EXCESS_PRECISION_FLAG = "--xla_allow_excess_precision=false"
# The flag probe imports JAX in a subprocess; it must not eat the device call's time.
PROBE_TIMEOUT_S = 120

# --- the cases ---------------------------------------------------------------------

# 12 query heads on 2 kv heads (6:1, as Grok-1's 48:8), 8 experts top-2, widening 8.
GQA = ModelShape(vocab_size=256, emb_size=48, key_size=4, num_q_heads=12, num_kv_heads=2, num_layers=2,
                 widening_factor=8, num_experts=8, num_selected_experts=2, sequence_len=64)
# Hq = Hkv, and emb_size (40) != Hq·K (32), which the reference allows.
MHA = ModelShape(vocab_size=128, emb_size=40, key_size=8, num_q_heads=4, num_kv_heads=4, num_layers=2,
                 widening_factor=4, num_experts=8, num_selected_experts=2, sequence_len=64)
# num_experts <= 1: DecoderLayer's dense block instead of the MoE.
DENSE = ModelShape(vocab_size=128, emb_size=32, key_size=8, num_q_heads=4, num_kv_heads=2, num_layers=2,
                   widening_factor=4, num_experts=-1, num_selected_experts=1, sequence_len=64)
# 12 layers, so that checkpoint order sorts decoder_layer_10 before decoder_layer_2;
# head and FFN widths divisible by 8 for the eight-shard mesh.
DEEP = ModelShape(vocab_size=64, emb_size=16, key_size=4, num_q_heads=12, num_kv_heads=2, num_layers=12,
                  widening_factor=2, num_experts=8, num_selected_experts=2, sequence_len=64)
# A longer row and wider heads: RoPE's phases up to position 63 over 16 frequencies,
# softmax over up to 64 keys.
LONG = ModelShape(vocab_size=512, emb_size=64, key_size=32, num_q_heads=4, num_kv_heads=2, num_layers=2,
                  widening_factor=2, num_experts=8, num_selected_experts=2, sequence_len=128)
LONG_TOKENS = 64
# Grok-1's own attention widths (D 6144, 48 query / 8 kv heads of 128) and its weight
# layout on the 8-way mesh, with narrow experts (F 2048) so that one layer is 0.4 GB:
# too large to commit, so not run by default (EXTRA_CASES).
WIDE = ModelShape(vocab_size=256, emb_size=6144, key_size=128, num_q_heads=48, num_kv_heads=8, num_layers=1,
                  widening_factor=0.5, num_experts=8, num_selected_experts=2, sequence_len=64)
WIDE_TOKENS = 16
# KV memory: sequence_len is the memory's slot count (runners.py pads memory to it).
KV = dataclasses.replace(GQA, sequence_len=16)

# Configurations none of the above covers, first tried in a differential audit
# (2026-11-27, all within tolerance): the small default varied one way at a time.
def _audit_shape(**changes):
    base = dict(vocab_size=96, emb_size=48, key_size=8, num_q_heads=4, num_kv_heads=2, num_layers=2,
                widening_factor=2, num_experts=8, num_selected_experts=2, sequence_len=32)
    return ModelShape(**{**base, **changes})


# No grouping with head size 2 (RoPE over one pair), top-1 of 8.
NO_GROUP_K2 = _audit_shape(emb_size=40, key_size=2, num_kv_heads=4, num_selected_experts=1)
# One kv head for 4 query heads, head size 256, top-3.
ONE_KV_K256 = _audit_shape(emb_size=72, key_size=256, num_kv_heads=1, num_selected_experts=3)
# num_experts = 1 (a dense block, as -1 is), D 100 and widening 1.3: F = int(130)·2//3 = 86, rounded up to 88.
DENSE_WIDE = _audit_shape(emb_size=100, key_size=6, num_q_heads=5, num_kv_heads=5, widening_factor=1.3,
                          num_experts=1, num_selected_experts=1)
# Top-4 of 8, 6 query heads on 2, F 60 rounded up to 64.
TOP4 = _audit_shape(emb_size=36, key_size=4, num_q_heads=6, num_selected_experts=4, widening_factor=2.5)
# attn_output_multiplier 64: the logits' 30·tanh soft cap saturates.
SOFT_CAP = _audit_shape(key_size=16, attn_multiplier=64.0)
# Other multipliers: a tiny embedding multiplier with a negative output one, and a large one.
SMALL_MULTIPLIERS = _audit_shape(embedding_multiplier_scale=1e-3, output_multiplier_scale=-2.5)
LARGE_MULTIPLIERS = _audit_shape(embedding_multiplier_scale=3e4, output_multiplier_scale=-0.3)
# A row as long as the context, odd D, 3 query heads on 1, head size 10, 3 layers.
FULL_CONTEXT = _audit_shape(emb_size=37, key_size=10, num_q_heads=3, num_kv_heads=1, num_layers=3, sequence_len=24)
# A dense block, 1 query and 1 kv head of 32, negative attention multiplier, widening 0.57 (F 24).
DENSE_ONE_HEAD = _audit_shape(emb_size=50, key_size=32, num_q_heads=1, num_kv_heads=1, widening_factor=0.57,
                              num_experts=1, num_selected_experts=1, attn_multiplier=-3.0)
# A context of one slot.
ONE_SLOT = _audit_shape(sequence_len=1)
# Every expert chosen (top-8 of 8): no choice left to flip.
ALL_EXPERTS = _audit_shape(num_selected_experts=8)
# 8 query heads on 2, top-3, D 56.
TOP3 = _audit_shape(emb_size=56, num_q_heads=8, num_selected_experts=3)
ALL = "all"  # ForwardCase.pads: a row of pad tokens only
# Rows with pad tokens: none, at 0 (a query that sees no key), in the middle and at the end, every one.
PADDED_ROWS = ((), (0,), (2, 3, 7), ALL)

PLAIN = Quantization(attention=False, scales_dtype="float32")
Q8_ATTENTION = Quantization(attention=True, scales_dtype="float32")
Q8_BF16_SCALES = Quantization(attention=True, scales_dtype="bfloat16")
# As the released checkpoint: everything 8-bit, bf16 scales, the row-parallel weights
# (attention output, MoE down projection) with 8 scale rows.
GROK_LAYOUT = Quantization(attention=True, scales_dtype="bfloat16", row_blocks=8)
# Plain parameters stored as bfloat16 (the MoE 8-bit with float32 scales).
PLAIN_BF16 = Quantization(attention=False, scales_dtype="float32", plain_dtype="bfloat16")
# Every Linear 8-bit, the dense block's too, with bf16 scales.
Q8_DENSE_BF16_SCALES = Quantization(attention=True, scales_dtype="bfloat16", dense=True)
# Only the MoE 8-bit, with bf16 scales.
Q8_MOE_BF16_SCALES = Quantization(attention=False, scales_dtype="bfloat16")

T_TOKENS = 8  # tokens per row in the forward cases
PADDED_ROW_LEN = 5  # real tokens in the right-padded row of the batch-2 case


@dataclasses.dataclass(frozen=True)
class ForwardCase:
    name: str
    description: str
    shape: ModelShape
    dtype: str  # fprop_dtype, short: "f32" | "bf16"
    quant: Quantization
    batch2: bool = False  # two rows, the second right-padded with pad tokens
    model_axis: int = 1  # size of the mesh's "model" axis
    checkpoint: bool = False  # also write ckpt-0/ in the released checkpoint layout
    row_len: int = T_TOKENS  # tokens per row
    # Several rows of row_len random tokens with pad tokens at these positions (one
    # tuple per row; ALL: every token). None: one row, or batch2's two.
    pads: tuple = None


@dataclasses.dataclass(frozen=True)
class KvCase:
    name: str
    description: str
    shape: ModelShape
    dtype: str  # "f32" | "bf16"
    quant: Quantization
    memory_dtype: str  # "float32" | "bfloat16"
    prompt_len: int = 5
    padded_len: int = 8
    decode_steps: int = 3


@dataclasses.dataclass(frozen=True)
class SamplingCase:
    name: str
    description: str
    dtype: str  # the logits' dtype: "f32" | "bf16"
    vocab: int = 256
    draws: int = 8


def forward_pair(name, description, shape, quant, **kw):
    return [ForwardCase(f"{name}_{d}", description, shape, d, quant, **kw) for d in ("f32", "bf16")]


def _dtype_name(short):
    return {"f32": "float32", "bf16": "bfloat16"}[short]


CASES = [
    *forward_pair("gqa", "6:1 grouped-query attention, plain float32 attention weights, 8-bit MoE (float32 scales)", GQA, PLAIN),
    *forward_pair("gqa_q8attn", "as gqa, with 8-bit attention weights (float32 scales [1, N])", GQA, Q8_ATTENTION),
    *forward_pair("gqa_bf16scales", "as gqa, every Linear 8-bit with bfloat16 scales (Grok-1's weight format)", GQA, Q8_BF16_SCALES),
    *forward_pair("batch2", "two rows; row 1 right-padded with pad token 0 (plain attention weights: the released 8-bit Linear only runs batch 1)", GQA, PLAIN, batch2=True),
    *forward_pair("mha", "Hq = Hkv = 4, emb_size 40 != Hq*K 32", MHA, PLAIN),
    *forward_pair("dense", "num_experts = -1: the dense block instead of the MoE", DENSE, PLAIN),
    *forward_pair("long", "64 tokens, key size 32 (RoPE phases to position 63), every Linear 8-bit with bf16 scales", LONG, Q8_BF16_SCALES, row_len=LONG_TOKENS),
    ForwardCase("deep_bf16", "12 layers, every Linear 8-bit with bf16 scales, one scale row per weight, on one device; ckpt-0/ holds the same parameters as checkpoint pickles (so a checkpoint-layout case exists even where the 8-way mesh does not run)", DEEP, "bf16", Q8_BF16_SCALES, checkpoint=True),
    KvCase("kv_f32", "prefill 5 tokens (padded to 8), then 3 decode steps with KV memory; float32 memory", KV, "f32", PLAIN, memory_dtype="float32"),
    KvCase("kv_bf16", "as kv_f32 in bfloat16 with 8-bit attention (bf16 scales) and bfloat16 memory (runners.py's default)", KV, "bf16", Q8_BF16_SCALES, memory_dtype="bfloat16"),
    SamplingCase("sample_f32", "runners.sample_token on fixed float32 logits", "f32"),
    SamplingCase("sample_bf16", "runners.sample_token on fixed bfloat16 logits", "bf16"),
    # The audit's configurations (see _audit_shape).
    *forward_pair("no_group_k2", "Hq = Hkv = 4 of head size 2, D 40, top-1 of 8, 8-bit attention (float32 scales)", NO_GROUP_K2, Q8_ATTENTION),
    ForwardCase("one_kv_k256_bf16", "4 query heads on 1 kv head of size 256, D 72, top-3, plain parameters in bfloat16; 6 tokens", ONE_KV_K256, "bf16", PLAIN_BF16, row_len=6),
    *forward_pair("dense_wide_pads", "num_experts 1 (dense), D 100, F 86 rounded up to 88, 5 heads of 6; 4 rows: no pads, a pad at 0, pads at 2, 3, 7, all pads", DENSE_WIDE, PLAIN, pads=PADDED_ROWS),
    ForwardCase("top4_pads_bf16", "top-4 of 8, 6 query heads on 2, F 60 rounded up to 64; the 4 padded rows of dense_wide_pads", TOP4, "bf16", PLAIN, pads=PADDED_ROWS),
    *forward_pair("soft_cap", "attn_output_multiplier 64: the 30·tanh soft cap saturates; head size 16, 8-bit attention (bf16 scales); 10 tokens", SOFT_CAP, Q8_BF16_SCALES, row_len=10),
    ForwardCase("small_multipliers_bf16", "embedding_multiplier_scale 1e-3, output_multiplier_scale -2.5, plain parameters in bfloat16", SMALL_MULTIPLIERS, "bf16", PLAIN_BF16),
    ForwardCase("large_multipliers_f32", "embedding_multiplier_scale 3e4, output_multiplier_scale -0.3, 8-bit attention (float32 scales)", LARGE_MULTIPLIERS, "f32", Q8_ATTENTION),
    ForwardCase("full_context_f32", "a row of 24 tokens in a context of 24, D 37, 3 query heads on 1 of size 10, 3 layers", FULL_CONTEXT, "f32", PLAIN, row_len=24),
    ForwardCase("dense_one_head_bf16", "dense block with every Linear 8-bit (bf16 scales), 1 head of 32, attn_output_multiplier -3, F 24; pads at 0 and 5 of 7 tokens", DENSE_ONE_HEAD, "bf16", Q8_DENSE_BF16_SCALES, row_len=7, pads=((0, 5),)),
    ForwardCase("one_slot_f32", "sequence_len 1: one token, 8-bit attention (float32 scales)", ONE_SLOT, "f32", Q8_ATTENTION, row_len=1),
    ForwardCase("all_experts_bf16", "top-8 of 8 (every expert), plain parameters in bfloat16; 2 rows of 6, the second ending in 2 pads", ALL_EXPERTS, "bf16", PLAIN_BF16, row_len=6, pads=((), (4, 5))),
    ForwardCase("six_rows_bf16", "top-3, 8 query heads on 2, MoE 8-bit with bf16 scales; 6 rows of 5: no pads, last, first, 1 and 3, all but 3, all", TOP3, "bf16", Q8_MOE_BF16_SCALES, row_len=5, pads=((), (4,), (0,), (1, 3), (0, 1, 2, 4), ALL)),
    KvCase("kv_one_kv_k256_bf16", "as kv_bf16 with 4 query heads on 1 kv head of size 256, top-3: prompt 3 (padded to 4), 5 decode steps in 12 slots", dataclasses.replace(ONE_KV_K256, sequence_len=12), "bf16", Q8_BF16_SCALES, memory_dtype="bfloat16", prompt_len=3, padded_len=4, decode_steps=5),
    KvCase("kv_no_group_k2_f32", "as kv_f32 with Hq = Hkv = 4 of size 2, top-1: prompt 1 (padded to 6), 4 decode steps filling all 10 slots", dataclasses.replace(NO_GROUP_K2, sequence_len=10), "f32", PLAIN, memory_dtype="float32", prompt_len=1, padded_len=6, decode_steps=4),
    # Last: the 8-way mesh (eight host devices, jit, collectives) is the least certain
    # part of the run; a crash or a timeout there must not cost the cases above.
    ForwardCase("grok_layout_bf16", "12 layers in the released checkpoint's layout: 8-bit with bf16 scales, 8 scale row blocks for the attention output and MoE down projection, run on an 8-way 'model' mesh; ckpt-0/ holds the same parameters as checkpoint pickles", DEEP, "bf16", GROK_LAYOUT, model_axis=8, checkpoint=True),
    ForwardCase("grok_layout_f32", "as grok_layout_bf16, in float32", DEEP, "f32", GROK_LAYOUT, model_axis=8),
]

# Cases run only when named with --only (too large for golden/cases); check them with
# GROK1_GOLDEN_DIR=<their --out> npx vitest run test/golden.test.ts.
EXTRA_CASES = [
    ForwardCase("wide_bf16", "Grok-1's attention widths (D 6144, 48/8 heads of 128), 1 layer, 8 experts of F 2048, the released layout on the 8-way mesh; 16 tokens", WIDE, "bf16", GROK_LAYOUT, model_axis=8, row_len=WIDE_TOKENS),
    ForwardCase("wide_f32", "as wide_bf16, in float32", WIDE, "f32", GROK_LAYOUT, model_axis=8, row_len=WIDE_TOKENS),
]

# --- environment ---------------------------------------------------------------


def _probe_xla_flag(flag):
    """Whether this JAX accepts an XLA flag (an unknown flag aborts the process)."""
    env = dict(os.environ, JAX_PLATFORMS="cpu", XLA_FLAGS=(os.environ.get("XLA_FLAGS", "") + " " + flag).strip())
    code = "import jax.numpy as jnp; print(float((jnp.ones(2, jnp.bfloat16) * 3).sum()))"
    try:
        result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                                timeout=PROBE_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return False
    return result.returncode == 0


def set_up_environment(allow_excess_precision):
    """Environment variables that must be set before JAX is imported. Returns notes."""
    os.environ["JAX_PLATFORMS"] = "cpu"  # on a GPU, float32 matmuls default to reduced precision
    flags = os.environ.get("XLA_FLAGS", "").split()
    notes = []
    if DEVICE_COUNT_FLAG not in flags:
        flags.append(DEVICE_COUNT_FLAG)
    if not allow_excess_precision:
        if _probe_xla_flag(NO_EXCESS_PRECISION_FLAG):
            flags.append(NO_EXCESS_PRECISION_FLAG)
        else:
            notes.append(f"XLA rejected {NO_EXCESS_PRECISION_FLAG}; run with XLA's default (excess precision allowed)")
    os.environ["XLA_FLAGS"] = " ".join(flags)
    return notes


def _version(package):
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return None


def _git_commit(path):
    try:
        out = subprocess.run(["git", "-C", path, "rev-parse", "HEAD"], capture_output=True, text=True, timeout=30)
        return out.stdout.strip() or None
    except OSError:
        return None


# --- writing -------------------------------------------------------------------


def _json_dump(path, obj):
    with open(path, "w") as f:
        json.dump(obj, f, indent=1)
        f.write("\n")


def write_activations(case_dir, records):
    """activations.safetensors (float32, in recording order) and its manifest entry."""
    path = os.path.join(case_dir, "activations.safetensors")
    entries = [(name, "F32", np.ascontiguousarray(v, dtype=np.float32)) for name, v in records.items()]
    write_safetensors(path, entries, metadata={"format": "grok1.ts golden activations", "schema_version": str(SCHEMA_VERSION)})
    back = read_safetensors(path)
    for name, _, v in entries:
        if not np.array_equal(back[name][1], v):
            raise RuntimeError(f"{path}: {name} did not read back identically")
    return {
        "file": "activations.safetensors",
        "tensors": [
            {"name": name, "shape": list(v.shape), "max_abs": float(np.abs(v).max()) if v.size else 0.0}
            for name, _, v in entries
        ],
    }


def write_weights(case_dir, params):
    path = os.path.join(case_dir, "weights.safetensors")
    write_safetensors(path, safetensors_entries(params), metadata={"format": "grok1.ts golden weights"})
    return "weights.safetensors"


def fresh_dir(out, name):
    d = os.path.join(out, name)
    if os.path.exists(d):
        shutil.rmtree(d)
    os.makedirs(d)
    return d


# --- running the cases -----------------------------------------------------------


class Generator:
    def __init__(self, args, env_notes):
        import jax
        import jax.numpy as jnp

        jax.config.update("jax_default_matmul_precision", "highest")
        try:
            jax.config.update("jax_num_cpu_devices", CPU_DEVICES)  # as the XLA flag, where JAX has the option
        except AttributeError:
            pass

        import jax_compat

        model, runners, checkpoint = jax_compat.import_reference(jax, os.path.abspath(args.reference))
        import haiku as hk

        from reference_run import Reference

        self.args = args
        self.jax = jax
        self.ref = Reference(jax, jnp, hk, model, runners, checkpoint)
        self.shims = jax_compat.installed()
        self.env_notes = env_notes
        self.sources = {}
        if args.sources:
            with open(args.sources) as f:
                self.sources = json.load(f)
        self.reference_commit = self.sources.get("xai-org/grok-1") or _git_commit(args.reference)
        self.hk = hk

    def jax_config(self):
        """The JAX settings that decide the numbers (precision, PRNG), as JSON values."""
        values = getattr(self.jax.config, "values", {})
        out = {}
        for name in ("jax_default_matmul_precision", "jax_threefry_partitionable", "jax_default_prng_impl",
                     "jax_high_dynamic_range_gumbel", "jax_enable_custom_prng", "jax_legacy_prng_key", "jax_enable_x64"):
            if name in values:
                value = values[name]
            elif hasattr(self.jax.config, name):
                value = getattr(self.jax.config, name)
            else:
                continue
            out[name] = value if isinstance(value, (bool, int, float, str, type(None))) else str(value)
        return out

    def produced_by(self, execution, model_axis):
        jax = self.jax
        return {
            "generator": "golden/generate.py",
            "command": " ".join([os.path.basename(sys.executable)] + sys.argv),
            "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
            "reference": {"repository": "xai-org/grok-1", "commit": self.reference_commit,
                          "files": ["model.py", "runners.py", "checkpoint.py"]},
            "sources": self.sources,
            "versions": {
                "python": sys.version.split()[0],
                "jax": jax.__version__,
                "jaxlib": _version("jaxlib"),
                "haiku": getattr(self.hk, "__version__", None),
                "jmp": _version("jmp") or getattr(sys.modules.get("jmp"), "__version__", None),
                "numpy": np.__version__,
                "ml_dtypes": _version("ml_dtypes"),
            },
            "backend": jax.default_backend(),
            "env": {"JAX_PLATFORMS": os.environ.get("JAX_PLATFORMS"), "XLA_FLAGS": os.environ.get("XLA_FLAGS")},
            "env_notes": self.env_notes,
            "jax_config": self.jax_config(),
            "execution": execution,
            "mesh": {"data": 1, "model": model_axis},
            "shims": self.shims,
        }

    def _run(self, what, fn, force_jit):
        """fn(jit) eagerly (each op rounds to its dtype on its own), or under jax.jit
        when the case needs it or eager execution fails. Returns (result, how)."""
        if force_jit:
            return fn(True), "jit"
        try:
            return fn(False), "eager"
        except Exception as e:  # noqa: BLE001 - reported in the manifest
            print(f"  {what}: eager run failed ({type(e).__name__}: {e}); retrying under jax.jit", flush=True)
            return fn(True), f"jit (eager failed: {type(e).__name__}: {e})"

    def _with_router_draws(self, shape, quant, run):
        """Draws parameters, runs, and re-draws the routers until no near-tie."""
        from reference_run import router_min_margin

        for draw in range(MAX_ROUTER_DRAWS):
            params = init_params(shape, self.args.seed, quant, router_draw=draw)
            result, records, how = run(params)
            margin = router_min_margin(records, shape.num_selected_experts)
            if margin is None or margin >= ROUTER_MARGIN:
                return params, draw, margin, result, records, how
            print(f"  router near-tie (margin {margin:.2e}); re-drawing the routers", flush=True)
        raise RuntimeError(f"no router draw without a near-tie in {MAX_ROUTER_DRAWS} tries")

    def tokens(self, vocab, batch2, row_len=T_TOKENS, pads=None):
        rng = np.random.default_rng([self.args.seed, 7])
        if pads is not None:
            rows = [rng.integers(1, vocab, size=row_len).tolist() for _ in pads]
            for row, at in zip(rows, pads):
                for t in (range(row_len) if at == ALL else at):
                    row[t] = PAD_TOKEN
            return rows
        row = rng.integers(1, vocab, size=row_len).tolist()
        if not batch2:
            return [row]
        short = rng.integers(1, vocab, size=PADDED_ROW_LEN).tolist()
        return [row, short + [0] * (T_TOKENS - PADDED_ROW_LEN)]

    def forward_case(self, case):
        ref = self.ref
        dtype = _dtype_name(case.dtype)
        rows = self.tokens(case.shape.vocab_size, case.batch2, case.row_len, case.pads)
        if len(rows) > 1 and (case.quant.attention or case.quant.dense):
            raise ValueError(f"{case.name}: the released 8-bit Linear only runs batch 1")
        lm_config = ref.lm_config(case.shape, dtype)
        mesh = ref.mesh(case.model_axis)

        def run(params):
            tree = ref.param_tree(params)
            (output, records), how = self._run(case.name, lambda jit: ref.forward(lm_config, mesh, tree, rows, jit=jit), case.model_axis > 1)
            return output, records, how

        params, draw, margin, _, records, how = self._with_router_draws(case.shape, case.quant, run)
        d = fresh_dir(self.args.out, case.name)
        _json_dump(os.path.join(d, "config.json"), config_json(case.shape, case.name, dtype))
        manifest = self.manifest(case, "forward", dtype, how, rows)
        manifest["config"] = "config.json"
        manifest["weights"] = self.weights_entry(d, params, case.shape, case.quant, draw)
        manifest["router_min_margin"] = margin
        manifest["activations"] = write_activations(d, records)
        if case.checkpoint:
            try:
                manifest["checkpoint"] = self.checkpoint_layout(d, case, lm_config, mesh, params, rows, records, jit=how != "eager")
            except Exception as e:
                # Keep the forward data (it stands on its own); report the case as failed.
                shutil.rmtree(os.path.join(d, "ckpt-0"), ignore_errors=True)
                manifest["notes"].append(f"ckpt-0/ could not be written or read back: {type(e).__name__}: {e}")
                _json_dump(os.path.join(d, "manifest.json"), manifest)
                raise RuntimeError(f"{case.name}: forward data written, but the checkpoint layout failed") from e
        _json_dump(os.path.join(d, "manifest.json"), manifest)

    def weights_entry(self, d, params, shape, quant, draw):
        return {
            "file": write_weights(d, params),
            "seed": self.args.seed,
            "router_draw": draw,
            "attention": "int8" if quant.attention else quant.plain_dtype,
            "experts": "int8" if shape.is_moe else f"none (dense block, {'int8' if quant.dense else quant.plain_dtype})",
            "plain_dtype": quant.plain_dtype,
            "scales_dtype": quant.scales_dtype,
            "scale_row_blocks": quant.row_blocks,
            "init": "golden/param_init.py",
        }

    def checkpoint_layout(self, d, case, lm_config, mesh, params, rows, records, jit):
        """Writes ckpt-0/, loads it back with checkpoint.py and reruns the forward pass the
        same way (eager or jit) as the run that produced `records`."""
        ref = self.ref
        order, treedef, shape_leaves = ref.checkpoint_layout(lm_config, mesh, (len(rows), len(rows[0])))
        sorted_paths = sorted((s.module, s.name) for s in param_specs(case.shape))
        ckpt = os.path.join(d, "ckpt-0")
        files = ref.write_checkpoint(ckpt, ref.param_tree(params, as_numpy=True), order)
        loaded, how = ref.load_checkpoint(ckpt, treedef, shape_leaves)
        _, again = ref.forward(lm_config, mesh, loaded, rows, jit=jit)
        identical = sorted(again) == sorted(records) and all(np.array_equal(again[n], records[n]) for n in records)
        self.write_pickle_layout(d, ckpt, files)
        return {
            "dir": "ckpt-0",
            "files": files,
            "order": "JAX tree flattening of TrainingState(params=...) of a fresh init: sorted dict keys at each level",
            "order_equals_sorted_paths": order == sorted_paths,
            "pickle_protocol": 4,
            "quantized_class": "__main__.QuantizedWeight8bit (attributes weight: int8 ndarray, scales: ndarray)",
            "pickled_with": {"numpy": np.__version__, "ml_dtypes": _version("ml_dtypes")},
            "loaded_with": how,
            "forward_from_checkpoint_identical": identical,
            "pickle_layout": "ckpt-0-pickle-layout.txt",
        }

    @staticmethod
    def write_pickle_layout(d, ckpt, files):
        """pickletools disassembly of the smallest plain and smallest 8-bit pickle, for
        anyone writing a pickle reader (the TS checkpoint loader)."""
        sizes = sorted((os.path.getsize(os.path.join(ckpt, f["file"])), f["file"], f["path"]) for f in files)
        with open(os.path.join(d, "ckpt-0-pickle-layout.txt"), "w") as out:
            shown = set()
            for _, file, path in sizes:
                with open(os.path.join(ckpt, file), "rb") as f:
                    data = f.read()
                kind = "8-bit" if b"QuantizedWeight8bit" in data else "plain"
                if kind in shown:
                    continue
                shown.add(kind)
                out.write(f"# ckpt-0/{file}: {path} ({kind}, {len(data)} bytes)\n")
                pickletools.dis(data, out=out)
                out.write("\n")

    def kv_case(self, case):
        ref = self.ref
        dtype = _dtype_name(case.dtype)
        rng = np.random.default_rng([self.args.seed, 11])
        prompt = rng.integers(1, case.shape.vocab_size, size=case.prompt_len).tolist()
        decode = rng.integers(1, case.shape.vocab_size, size=case.decode_steps).tolist()
        lm_config = ref.lm_config(case.shape, dtype)
        mesh = ref.mesh(1)

        def run(params):
            tree = ref.param_tree(params)
            steps, how = self._run(case.name, lambda jit: ref.kv_memory_run(
                lm_config, mesh, tree, case.shape, prompt, case.padded_len, decode, case.memory_dtype, jit=jit), False)
            records = {}
            for s in steps:
                records.update(s)
            return steps, records, how

        params, draw, margin, _, records, how = self._with_router_draws(case.shape, case.quant, run)
        d = fresh_dir(self.args.out, case.name)
        _json_dump(os.path.join(d, "config.json"), config_json(case.shape, case.name, dtype))
        manifest = self.manifest(case, "kv_memory", dtype, how, [prompt + [0] * (case.padded_len - case.prompt_len)])
        manifest["config"] = "config.json"
        manifest["weights"] = self.weights_entry(d, params, case.shape, case.quant, draw)
        manifest["router_min_margin"] = margin
        manifest["kv_memory"] = {
            "prompt": prompt,
            "prompt_len": case.prompt_len,
            "padded_len": case.padded_len,
            "memory_slots": case.shape.sequence_len,
            "memory_dtype": case.memory_dtype,
            "decode_tokens": decode,
            "steps": case.decode_steps + 1,
            "flow": (
                "step_0: the prompt right-padded with 0 to padded_len, run with a memory of padded_len slots; then, as "
                "runners.py's hk_prefill_memory does, every layer's step set to prompt_len, k/v padded with zeros to "
                "memory_slots, and runners.insert_slice into an empty batch memory. step_0/memory is that result "
                "(slots prompt_len..padded_len-1 still hold the pad tokens' keys/values). step_n (n >= 1): one decode "
                "token with the previous memory; step_n/memory is the memory it returns."
            ),
            "names": "step_{n}/tokens [B,T], step_{n}/logits [B,T,V], step_{n}/memory/layer_{i}/k|v [B,S,Hkv,K], "
                     "step_{n}/memory/layer_{i}/step [B], step_{n}/<grok1 trace name> for every module output",
        }
        if case.memory_dtype == "float32":
            manifest["notes"].append("float32 memory: runners.py's memory defaults to bfloat16, which the reference "
                                     "cannot update with float32 keys (dynamic_update_slice needs equal dtypes)")
        manifest["activations"] = write_activations(d, records)
        _json_dump(os.path.join(d, "manifest.json"), manifest)

    def sampling_case(self, case):
        ref = self.ref
        dtype = _dtype_name(case.dtype)
        V = case.vocab
        rng = np.random.default_rng([self.args.seed, 13])
        # (temperature, nucleus_p, disallowed token rule, PRNG seed) per row.
        rows = [
            (1.0, 1.0, "none", 0),
            (0.7, 0.9, "none", 1),
            (1.5, 0.5, "none", 42),
            (0.01, 1.0, "none", 7),
            (1.0, 0.95, "id % 3 == 0", 123456789),
            (0.8, 0.8, "none", 2**31 - 1),
        ]
        B = len(rows)
        logits = (rng.standard_normal((B, 1, V)) * 2.0).astype(np.float32)
        # Row 5: ties, the largest logit three times and a block of equal values, for
        # top-k's lower-index-first rule and the nucleus threshold's >= comparison.
        top = logits[5, 0].max() + 1.0
        logits[5, 0, [3, 100, 200]] = top
        logits[5, 0, 10:20] = logits[5, 0, 10]
        mask = np.ones((B, V), dtype=np.int32)
        mask[4, np.arange(V) % 3 == 0] = 0
        records, draw_keys, gumbel_ok = ref.sampling_run(
            logits, [r[0] for r in rows], [r[1] for r in rows], mask, [r[3] for r in rows], case.draws, dtype)
        jax = self.jax
        d = fresh_dir(self.args.out, case.name)
        manifest = self.manifest(case, "sampling", dtype, "eager", [])
        manifest["sampling"] = {
            "rows": [{"temperature": t, "nucleus_p": p, "disallowed": rule, "seed": s,
                      "disallowed_ids": np.flatnonzero(mask[i] == 0).tolist()} for i, (t, p, rule, s) in enumerate(rows)],
            "vocab": V,
            "draws": case.draws,
            "initial_keys": [ref.key_data(jax.random.PRNGKey(s)).tolist() for _, _, _, s in rows],
            "draw_keys": draw_keys,
            "key_flow": "rngs = PRNGKey(seed) per row; each draw: rngs, keys = vmap(jax.random.split, out_axes=1)(rngs); "
                        "sample_token(keys, ...). draw_keys[d][b] is the raw uint32 key row b used in draw d.",
            "gumbel_recorded": gumbel_ok,
            "names": "logits [B,1,V] (the input, in its dtype's values); filtered_logits, probs [B,1,V] (diagnostics: "
                     "sample_token's temperature, mask and top_p_filter steps); draw_{d}/token_id [B,1], draw_{d}/prob "
                     "[B,1]; top_k_probs, top_k_token_ids [B,8]; draw_{d}/gumbel [B,1,V] (diagnostic, only when "
                     "gumbel_recorded). Integer tensors are stored as exact float32.",
        }
        manifest["activations"] = write_activations(d, records)
        _json_dump(os.path.join(d, "manifest.json"), manifest)

    def manifest(self, case, kind, dtype, how, rows):
        model_axis = getattr(case, "model_axis", 1)
        notes = []
        quant = getattr(case, "quant", None)
        if quant is not None and quant.scales_dtype == "bfloat16" and dtype == "float32":
            notes.append("8-bit weights with bfloat16 scales dequantize to bfloat16 values, even in float32 mode")
        if quant is not None and quant.row_blocks > 1:
            notes.append(f"row-parallel 8-bit weights carry {quant.row_blocks} scale rows: scales [{quant.row_blocks}, D] "
                         f"for the attention output [Hq*K, D] and [E, {quant.row_blocks}, D] for moe/linear_1 [E, F, D]; "
                         "row block j of the weight uses scale row j (the released code gives each 'model' shard one block)")
        if getattr(case, "batch2", False):
            notes.append(f"row 1 holds {PADDED_ROW_LEN} tokens, right-padded with pad token 0")
        if getattr(case, "pads", None) is not None:
            notes.append(f"pad token {PAD_TOKEN} at these positions of each row: {[p if p == ALL else list(p) for p in case.pads]}")
        return {
            "schema_version": SCHEMA_VERSION,
            "name": case.name,
            "kind": kind,
            "description": case.description,
            "dtype": dtype,
            "seed": self.args.seed,
            "tokens": rows,
            "notes": notes + list(self.env_notes),
            "produced_by": self.produced_by(how, model_axis),
        }

    def run_case(self, case):
        if isinstance(case, ForwardCase):
            self.forward_case(case)
        elif isinstance(case, KvCase):
            self.kv_case(case)
        else:
            self.sampling_case(case)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reference", help="a checkout of xai-org/grok-1 (model.py, runners.py, checkpoint.py)")
    parser.add_argument("--out", help="output folder, one sub-folder per case (golden/cases)")
    parser.add_argument("--seed", type=int, default=1, help="parameter and token seed (default 1)")
    parser.add_argument("--only", default="", help="comma-separated case names (default: all)")
    parser.add_argument("--sources", help="JSON {repository: commit} of the checkouts used (written by run_on_device.sh prepare)")
    parser.add_argument("--allow-excess-precision", action="store_true", help="leave XLA's excess precision on (default: off)")
    parser.add_argument("--list", action="store_true", help="list the cases and exit")
    args = parser.parse_args()

    if args.list:
        for c in CASES:
            print(f"{c.name:20s} {c.description}")
        for c in EXTRA_CASES:
            print(f"{c.name:20s} (only with --only) {c.description}")
        return 0
    if not args.reference or not args.out:
        parser.error("--reference and --out are required")
    wanted = [c for c in CASES if not args.only or c.name in args.only.split(",")]
    wanted += [c for c in EXTRA_CASES if c.name in args.only.split(",")]
    unknown = set(filter(None, args.only.split(","))) - {c.name for c in CASES + EXTRA_CASES}
    if unknown:
        parser.error(f"unknown case(s): {', '.join(sorted(unknown))}")

    env_notes = set_up_environment(args.allow_excess_precision)
    os.makedirs(args.out, exist_ok=True)
    generator = Generator(args, env_notes)
    done, failed = [], {}

    def write_index(pending):
        # Rewritten after every case, so that a crash or a timeout still leaves an index.
        _json_dump(os.path.join(args.out, "index.json"), {
            "schema_version": SCHEMA_VERSION,
            "cases": done,
            "failed": failed,
            "not_run": pending,
            "produced_by": generator.produced_by("see each case", 1),
        })

    write_index([c.name for c in wanted])
    for i, case in enumerate(wanted):
        print(f"case {case.name}", flush=True)
        try:
            generator.run_case(case)
            done.append(case.name)
        except Exception:  # noqa: BLE001 - one case failing must not lose the others
            failed[case.name] = traceback.format_exc()
            print(failed[case.name], flush=True)
        write_index([c.name for c in wanted[i + 1:]])
    print(f"{len(done)} case(s) written to {args.out}; {len(failed)} failed: {', '.join(failed) or 'none'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
