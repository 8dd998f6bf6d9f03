"""Compatibility shims: import the released Grok-1 code (written in March 2024 for
JAX 0.4.x) under today's JAX without editing a line of it.

Each shim is installed only where it is needed, and every one that is installed is
described in `installed()`, which the generator copies into each case's manifest.

  1. `jax.experimental.maps` (gone): model.py reads only
     `thread_resources.env.physical_mesh.empty`. A stub module answers True, which makes
     the reference's own `with_sharding_constraint` return its input unchanged (the
     constraints are layout hints for multi-device runs; they do not change values).
  2. `jax.config.update("jax_spmd_mode", ...)` (option gone): while model.py is being
     imported, that one option name is ignored; every other update goes through.
  3. `jax.experimental.shard_map.shard_map(..., check_rep=...)`: still there (deprecated)
     in JAX 0.11; if it is missing, a module of that name forwards to `jax.shard_map`
     with `check_vma=check_rep`.
  4. `jax.tree_map` (gone; runners.py uses it): `jax.tree.map`.
  5. `jax.experimental.pjit` and `sentencepiece` (imported by runners.py at module
     level): stubs, only if missing. Neither is used by what the generator calls.
  6. The reference's `mesh=` arguments: the generator builds the model inside a
     `jax.sharding.Mesh` with axes ("data", "model") and passes it, as runners.py does.
"""

import contextlib
import importlib
import importlib.util
import os
import sys
import types

_installed = []


def installed():
    """Descriptions of the shims installed so far (for the manifest)."""
    return list(_installed)


def _module_exists(name):
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def _install_module(name, module, parent, attr):
    sys.modules[name] = module
    setattr(parent, attr, module)


def install(jax):
    """Installs the shims that model.py, runners.py and checkpoint.py need to import."""
    import jax.experimental  # noqa: F401  (the parent of the stubs below)

    if not _module_exists("jax.experimental.maps"):
        maps = types.ModuleType("jax.experimental.maps")
        maps.thread_resources = types.SimpleNamespace(
            env=types.SimpleNamespace(physical_mesh=types.SimpleNamespace(empty=True))
        )
        _install_module("jax.experimental.maps", maps, jax.experimental, "maps")
        _installed.append(
            "jax.experimental.maps: stub module whose thread_resources.env.physical_mesh.empty is True "
            "(model.py's with_sharding_constraint then returns its input)"
        )

    if not _module_exists("jax.experimental.shard_map"):
        shard_map_module = types.ModuleType("jax.experimental.shard_map")

        def shard_map(f, mesh, in_specs, out_specs, check_rep=True):
            return jax.shard_map(f, mesh=mesh, in_specs=in_specs, out_specs=out_specs, check_vma=check_rep)

        shard_map_module.shard_map = shard_map
        _install_module("jax.experimental.shard_map", shard_map_module, jax.experimental, "shard_map")
        _installed.append("jax.experimental.shard_map.shard_map: forwards to jax.shard_map(check_vma=check_rep)")
    else:
        _installed.append("jax.experimental.shard_map.shard_map: JAX's own (deprecated) function, used as is")

    if not hasattr(jax, "tree_map"):
        jax.tree_map = jax.tree.map
        _installed.append("jax.tree_map = jax.tree.map (used by runners.py)")

    if not _module_exists("jax.experimental.pjit"):
        pjit = types.ModuleType("jax.experimental.pjit")
        pjit.pjit = jax.jit
        _install_module("jax.experimental.pjit", pjit, jax.experimental, "pjit")
        _installed.append("jax.experimental.pjit: stub module (pjit = jax.jit); runners.py imports it, the generator does not call it")

    if not _module_exists("sentencepiece"):
        sys.modules["sentencepiece"] = types.ModuleType("sentencepiece")
        _installed.append("sentencepiece: empty stub module; runners.py imports it for the tokenizer, which the generator does not use")


@contextlib.contextmanager
def _ignore_removed_config_options(jax, names):
    """While active, jax.config.update(name, ...) for `names` does nothing."""
    config = jax.config
    original = config.update

    def update(name, value):
        if name in names:
            return None
        return original(name, value)

    config.update = update
    try:
        yield
    finally:
        del config.update  # back to the class's method


def import_reference(jax, reference_dir):
    """Imports model.py, runners.py and checkpoint.py from a checkout of xai-org/grok-1.

    Returns (model, runners, checkpoint) modules."""
    install(jax)
    if reference_dir not in sys.path:
        sys.path.insert(0, reference_dir)
    removed = set()
    try:
        jax.config.update("jax_spmd_mode", "allow_all")
    except AttributeError:
        removed.add("jax_spmd_mode")
        _installed.append('jax.config.update("jax_spmd_mode", ...) ignored while model.py is imported (the option no longer exists)')
    with _ignore_removed_config_options(jax, removed):
        model = importlib.import_module("model")
    runners = importlib.import_module("runners")
    checkpoint = importlib.import_module("checkpoint")
    for module in (model, runners, checkpoint):
        if os.path.dirname(os.path.realpath(module.__file__)) != os.path.realpath(reference_dir):
            raise RuntimeError(f"imported {module.__name__} from {module.__file__}, not from {reference_dir}")
    _installed.append("model built inside a one-device jax.sharding.Mesh with axes ('data', 'model'), passed as mesh= (an eight-device one for row-blocked scales)")
    return model, runners, checkpoint
