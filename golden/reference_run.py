"""Runs the released Grok-1 code (model.py, runners.py, checkpoint.py) and records what it computes.

Nothing here re-implements the model: every number comes out of the reference's own
LanguageModel, sample_token, insert_slice and load_tensors. What this file adds is
plumbing: parameters in the form haiku expects, a haiku method interceptor that copies
module outputs out under the names of `grok1 trace` (src/trace.ts), and conversions to
float32 numpy arrays.
"""

import os
import pickle

import numpy as np

# Names recorded for one forward pass, in the order the forward pass produces them
# (see src/trace.ts for the contract). "moe" is what the post-FFN norm (rms_norm_3)
# receives: the MoE layer's output, or the dense block's when num_experts <= 1.
POST_FFN_NORM = "rms_norm_3"
FFN_OUTPUT = "moe"


class ActivationRecorder:
    """A haiku method interceptor (hk.intercept_methods) that records module outputs.

    Values are kept as JAX arrays (tracers under jit) in the order they are produced."""

    def __init__(self, model):
        self.model = model
        self.values = {}

    def _put(self, name, value):
        if name in self.values:
            raise RuntimeError(f"activation {name} recorded twice: a module was called more than once")
        self.values[name] = value

    def __call__(self, next_f, args, kwargs, context):
        m, module, method = self.model, context.module, context.method_name
        # Inputs, recorded before the call so that the order stays causal.
        if method == "__call__" and isinstance(module, m.Transformer):
            self._put("language_model/embed", args[0])  # embeddings × embedding_multiplier_scale
        if method == "__call__" and isinstance(module, m.RMSNorm) and module.module_name.endswith("/" + POST_FFN_NORM):
            layer = module.module_name.rsplit("/", 1)[0]
            self._put(f"{layer}/{FFN_OUTPUT}", args[0])

        out = next_f(*args, **kwargs)

        if method == "__call__" and isinstance(module, m.RMSNorm):
            self._put(module.module_name, out)
        elif method == "__call__" and isinstance(module, m.MultiHeadAttention):
            self._put(module.module_name, out.embeddings)  # after the output projection
        elif method == "compute_routing_prob" and isinstance(module, m.Router):
            layer = module.module_name.rsplit("/", 1)[0]
            self._put(f"{layer}/router_probs", out[0])
        elif method == "__call__" and isinstance(module, m.DecoderLayer):
            self._put(module.module_name, out.embeddings)
        elif method == "__call__" and isinstance(module, m.LanguageModel):
            self._put("language_model/logits", out.logits)
        return out


def to_f32(x):
    """A JAX array (any float or int dtype, possibly sharded) as a float32 numpy array."""
    return np.asarray(np.asarray(x), dtype=np.float32)


def hidden_states(values, batch, tokens):
    """Recorded values as float32 [B, T, X]: the released 8-bit Linear flattens [B, T, D]
    to [B·T, D] and never restores it, so such outputs are reshaped back here."""
    return {name: to_f32(v).reshape(batch, tokens, -1) for name, v in values.items()}


def router_min_margin(records, num_selected):
    """The smallest gap, over every token of every MoE layer, between the probability of
    the last selected expert and the next one: the gap a rounding difference must cross
    to change the choice. None when there are no MoE layers, or every expert is chosen."""
    margins = []
    for name, probs in records.items():
        if name.endswith("/router_probs"):
            if num_selected >= probs.shape[-1]:
                continue  # every expert chosen: no choice to flip
            ranked = -np.sort(-probs, axis=-1)  # descending
            margins.append(float((ranked[..., num_selected - 1] - ranked[..., num_selected]).min()))
    return min(margins) if margins else None


class Reference:
    """The imported reference modules plus the JAX objects needed to drive them."""

    def __init__(self, jax, jnp, hk, model, runners, checkpoint):
        self.jax, self.jnp, self.hk = jax, jnp, hk
        self.model, self.runners, self.checkpoint = model, runners, checkpoint

    # --- building -------------------------------------------------------------

    def dtype(self, name):
        return {"float32": self.jnp.float32, "bfloat16": self.jnp.bfloat16}[name]

    def lm_config(self, shape, fprop_dtype):
        """A LanguageModelConfig as run.py builds Grok-1's, at the scaled-down sizes."""
        from param_init import EOS_TOKEN, PAD_TOKEN

        m = self.model
        cfg = m.LanguageModelConfig(
            vocab_size=shape.vocab_size,
            pad_token=PAD_TOKEN,
            eos_token=EOS_TOKEN,
            sequence_len=shape.sequence_len,
            embedding_init_scale=1.0,
            output_multiplier_scale=shape.output_multiplier_scale,
            embedding_multiplier_scale=shape.embedding_multiplier_scale,
            fprop_dtype=self.dtype(fprop_dtype),
            model=m.TransformerConfig(
                emb_size=shape.emb_size,
                widening_factor=shape.widening_factor,
                key_size=shape.key_size,
                num_q_heads=shape.num_q_heads,
                num_kv_heads=shape.num_kv_heads,
                num_layers=shape.num_layers,
                attn_output_multiplier=shape.attn_output_multiplier,
                shard_activations=True,
                num_experts=shape.num_experts,
                num_selected_experts=shape.num_selected_experts,
                data_axis="data",
                model_axis="model",
            ),
        )
        return cfg.initialize()

    def mesh(self, model_axis_size):
        """A ("data", "model") mesh of 1 × model_axis_size CPU devices."""
        devices = self.jax.devices()[:model_axis_size]
        if len(devices) < model_axis_size:
            raise RuntimeError(f"need {model_axis_size} CPU devices, JAX has {len(self.jax.devices())} (XLA_FLAGS device count)")
        return self.jax.sharding.Mesh(np.array(devices).reshape(1, model_axis_size), ("data", "model"))

    def param_tree(self, params, as_numpy=False):
        """{module path: {name: value}} as haiku stores parameters; 8-bit weights as the
        reference's QuantizedWeight8bit(weight, scales). `as_numpy`: numpy leaves (bf16
        scales as ml_dtypes.bfloat16 arrays), the form checkpoint pickles hold."""
        jnp = self.jnp
        convert = (lambda a: np.asarray(a)) if as_numpy else (lambda a: a)
        tree = {}
        for p in params:
            if p.quantized:
                scales = jnp.asarray(p.scales, dtype=self.dtype(p.scales_dtype))
                value = self.model.QuantizedWeight8bit(weight=convert(jnp.asarray(p.weight)), scales=convert(scales))
            else:
                value = convert(jnp.asarray(p.array, dtype=self.dtype(p.plain_dtype)))
            tree.setdefault(p.spec.module, {})[p.spec.name] = value
        return tree

    def transformed(self, lm_config, mesh):
        """hk.transform of one LanguageModel call, returning (output, recorded values),
        and a list that receives the recorded names in the order they were produced
        (jax.jit hands a returned dict back with its keys sorted)."""
        hk, model = self.hk, self.model
        order = []

        def forward(tokens, memory):
            recorder = ActivationRecorder(model)
            with hk.intercept_methods(recorder):
                output = lm_config.make(mesh=mesh)(tokens, memory)
            order[:] = list(recorder.values)
            return output, recorder.values

        return hk.without_apply_rng(hk.transform(forward)), order

    # --- running --------------------------------------------------------------

    def forward(self, lm_config, mesh, tree, tokens, memory=None, jit=False):
        """One LanguageModel call. Returns (LanguageModelOutput, {name: float32 [B, T, X]})."""
        fn, order = self.transformed(lm_config, mesh)
        apply = self.jax.jit(fn.apply) if jit else fn.apply
        tokens = np.asarray(tokens, dtype=np.int32)
        output, values = apply(tree, self.jnp.asarray(tokens), memory)
        return output, hidden_states({name: values[name] for name in order}, *tokens.shape)

    def new_memory(self, shape, batch, slots, dtype):
        """An empty KV memory, as Transformer.init_memory makes it (step 0 for every row)."""
        m, jnp = self.model, self.jnp
        return m.Memory(
            layers=m.init_layer_memories(
                batch, slots, shape.num_kv_heads, shape.key_size, shape.num_layers,
                step=jnp.zeros(batch, dtype=jnp.int32), dtype=self.dtype(dtype),
            )
        )

    def memory_records(self, prefix, memory):
        out = {}
        for i, layer in enumerate(memory.layers):
            out[f"{prefix}/memory/layer_{i}/k"] = to_f32(layer.k)
            out[f"{prefix}/memory/layer_{i}/v"] = to_f32(layer.v)
            out[f"{prefix}/memory/layer_{i}/step"] = to_f32(layer.step)
        return out

    def kv_memory_run(self, lm_config, mesh, tree, shape, prompt, padded_len, decode_tokens, memory_dtype, jit=False):
        """Prefill then one-token decode steps with KV memory, the way runners.py's
        InferenceRunner does it for one request in batch slot 0:

          prefill: the prompt right-padded with pad tokens to `padded_len`, run with a
                   memory of `padded_len` slots; then (as hk_prefill_memory does) the
                   memory's step is set to the prompt's real length, its keys/values are
                   padded with zeros to sequence_len slots, and runners.insert_slice puts
                   it into the batch memory;
          decode:  each step feeds one token with that memory (as hk_sample_step does)
                   and keeps the returned memory.

        Returns a list of per-step records: step_{n}/tokens, step_{n}/logits,
        step_{n}/memory/layer_{i}/{k,v,step} and step_{n}/<trace names>."""
        jax, jnp = self.jax, self.jnp
        slots = shape.sequence_len
        prompt_len = len(prompt)
        padded = np.asarray(self.runners.pad_to_size(np.asarray(prompt, dtype=np.int32), padded_len), dtype=np.int32)

        output, acts = self.forward(lm_config, mesh, tree, padded[None, :], self.new_memory(shape, 1, padded_len, memory_dtype), jit)
        state = output.model_state
        state = state._replace(layers=[layer._replace(step=jnp.array([prompt_len])) for layer in state.layers])

        def pad_slots(x):  # [1, padded_len, Hkv, K] -> [1, S, Hkv, K]; steps unchanged
            if x.ndim < 2:
                return x
            return jnp.pad(x, [(0, 0), (0, slots - x.shape[1])] + [(0, 0)] * (x.ndim - 2))

        state = jax.tree.map(pad_slots, state)
        memory = self.runners.insert_slice(self.new_memory(shape, 1, slots, memory_dtype), state, prompt_len, 0)

        steps = [self._step_records(0, padded[None, :], output.logits, memory, acts)]
        for n, token in enumerate(decode_tokens, start=1):
            tokens = np.array([[token]], dtype=np.int32)
            output, acts = self.forward(lm_config, mesh, tree, tokens, memory, jit)
            memory = output.model_state
            steps.append(self._step_records(n, tokens, output.logits, memory, acts))
        return steps

    def _step_records(self, n, tokens, logits, memory, acts):
        prefix = f"step_{n}"
        out = {f"{prefix}/tokens": np.asarray(tokens, dtype=np.float32), f"{prefix}/logits": to_f32(logits)}
        out.update(self.memory_records(prefix, memory))
        out.update({f"{prefix}/{name}": v for name, v in acts.items()})
        return out

    def key_data(self, keys):
        """Raw uint32 words of PRNG keys (legacy uint32 keys or typed key arrays)."""
        jax = self.jax
        if jax.dtypes.issubdtype(keys.dtype, jax.dtypes.prng_key):
            keys = jax.random.key_data(keys)
        return np.asarray(keys, dtype=np.uint32)

    def sampling_run(self, logits, temperature, nucleus_p, mask, seeds, draws, dtype):
        """runners.sample_token on fixed logits [B, 1, V], one row per setting.

        Each row's key starts as PRNGKey(seed); each draw first splits the keys the way
        hk_sample_step does (vmap(split, out_axes=1): the first half carries on, the
        second is used), then calls sample_token. Returns (records, per-draw raw keys,
        whether the recorded Gumbel noise reproduces every draw)."""
        jax, jnp, runners = self.jax, self.jnp, self.runners
        B, _, V = logits.shape
        settings = runners.SampleSettings(
            temperature=jnp.asarray(temperature, dtype=jnp.float32),
            nucleus_p=jnp.asarray(nucleus_p, dtype=jnp.float32),
            mask=jnp.asarray(mask, dtype=jnp.int32),
            active=jnp.ones(B, dtype=jnp.int32),
        )
        x = jnp.asarray(logits, dtype=self.dtype(dtype))
        lm_outputs = self.model.LanguageModelOutput(logits=x, model_state=None)
        rngs = jnp.stack([jax.random.PRNGKey(s) for s in seeds])

        records = {"logits": to_f32(x)}
        # Diagnostics: sample_token's own first steps, called the same way (the reference's
        # top_p_filter on logits / temperature with disallowed tokens at -1e10).
        scaled = x / settings.temperature[:, None, None].astype(x.dtype)
        masked = jnp.where(settings.mask[:, None, :], scaled, -1e10)
        filtered = runners.top_p_filter(masked, settings.nucleus_p[:, None, None].astype(masked.dtype))
        records["filtered_logits"] = to_f32(filtered)
        records["probs"] = to_f32(jax.nn.softmax(filtered))

        draw_keys = []
        gumbels = {}
        gumbel_reproduces = True
        for d in range(draws):
            rngs, keys = jax.vmap(jax.random.split, out_axes=1)(rngs)
            out = runners.sample_token(keys, lm_outputs, settings)
            token = np.asarray(out.token_id)
            records[f"draw_{d}/token_id"] = token.astype(np.float32)
            records[f"draw_{d}/prob"] = to_f32(out.prob)
            draw_keys.append(self.key_data(keys).tolist())
            if d == 0:
                records["top_k_probs"] = to_f32(out.top_k_probs)
                records["top_k_token_ids"] = np.asarray(out.top_k_token_ids).astype(np.float32)
            # Diagnostic: the Gumbel noise jax.random.categorical adds to the filtered
            # logits for this draw (same key, shape [1, V] per row, logits' dtype).
            gumbel = jax.vmap(lambda k: jax.random.gumbel(k, (1, V), x.dtype))(keys)
            gumbels[f"draw_{d}/gumbel"] = to_f32(gumbel)
            gumbel_reproduces &= bool(np.array_equal(np.asarray(jnp.argmax(gumbel + filtered, axis=-1)), token))
        if gumbel_reproduces:  # only kept when argmax(gumbel + filtered logits) is sample_token's choice
            records.update(gumbels)
        return records, draw_keys, gumbel_reproduces

    # --- the released checkpoint layout ---------------------------------------

    def checkpoint_layout(self, lm_config, mesh, tokens_shape):
        """The order checkpoint.py restores leaves in: JAX's flattening of
        TrainingState(params=<shapes of a fresh init>), as runners.py computes it.
        Returns ([(module, name)], treedef, shape leaves)."""
        jax, jnp = self.jax, self.jnp
        fn, _ = self.transformed(lm_config, mesh)
        shapes = jax.eval_shape(fn.init, jax.random.PRNGKey(0), jnp.zeros(tokens_shape, dtype=jnp.int32), None)
        state = self.model.TrainingState(params=shapes)
        with_path, treedef = jax.tree_util.tree_flatten_with_path(state)
        order = []
        for path, _ in with_path:
            keys = [k.key for k in path if isinstance(k, jax.tree_util.DictKey)]
            if len(keys) != 2:
                raise RuntimeError(f"unexpected parameter path {path}")
            order.append((keys[0], keys[1]))
        return order, treedef, [leaf for _, leaf in with_path]

    def write_checkpoint(self, directory, numpy_tree, order):
        """Writes ckpt-0/tensor{i:05d}_000: one pickle per leaf, in `order`; an 8-bit leaf
        as a whole QuantizedWeight8bit object whose class pickles as
        __main__.QuantizedWeight8bit (checkpoint.py registers the class there to load).
        Pickle protocol 4 (Python's default before 3.14). Returns the file list."""
        import sys

        os.makedirs(directory, exist_ok=True)
        cls = self.model.QuantizedWeight8bit
        home = cls.__module__
        main = sys.modules["__main__"]
        cls.__module__ = "__main__"  # pickle names a class by __module__ and checks it resolves
        previous = getattr(main, "QuantizedWeight8bit", None)
        main.QuantizedWeight8bit = cls
        files = []
        try:
            for i, (module, name) in enumerate(order):
                file = f"tensor{i:05d}_000"
                with open(os.path.join(directory, file), "wb") as f:
                    pickle.dump(numpy_tree[module][name], f, protocol=4)
                files.append({"file": file, "path": f"{module}/{name}"})
        finally:
            cls.__module__ = home
            if previous is None:
                del main.QuantizedWeight8bit
            else:
                main.QuantizedWeight8bit = previous
        return files

    def load_checkpoint(self, directory, treedef, shape_leaves):
        """Loads ckpt-0 back with checkpoint.py's own load_tensors (unpickling through
        /dev/shm as it does) and rebuilds the parameter tree. Returns (tree, how)."""
        jax, jnp = self.jax, self.jnp
        try:
            leaves = self.checkpoint.load_tensors(shape_leaves, directory, (1, 1))
            how = "checkpoint.load_tensors"
        except OSError as e:  # no /dev/shm here: same unpickling, straight from the file
            leaves = []
            for i in range(len(shape_leaves)):
                with open(os.path.join(directory, f"tensor{i:05d}_000"), "rb") as f:
                    leaves.append(pickle.load(f))
            how = f"pickle.load (checkpoint.load_tensors failed: {e})"
        state = jax.tree_util.tree_unflatten(treedef, leaves)
        return jax.tree.map(jnp.asarray, state.params), how
