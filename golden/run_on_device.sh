#!/usr/bin/env bash
# Produces golden/cases with the released Grok-1 code, in one device call or here.
#
#   golden/run_on_device.sh prepare       here: copy the fetched sources into golden/.deps (git-ignored)
#   golden/run_on_device.sh device        there (the device tool's `run`): generate, tar into $OUT
#   golden/run_on_device.sh unpack DIR    here: unpack DIR/golden-cases.tar.gz into golden/cases
#   golden/run_on_device.sh local         here, where pip can install jax (after prepare):
#                                         a venv, then device and unpack (about 4 minutes)
#
# `prepare` needs bare mirrors of github:xai-org/grok-1, github:google-deepmind/dm-haiku
# and github:google-deepmind/jmp under $MIRROR (default /work/.mirror), as the `fetch`
# tool leaves them. The device machine has jax/jaxlib, numpy, absl-py, tabulate and
# ml_dtypes, but not dm-haiku or jmp: they travel in golden/.deps/site. See
# golden/README.md for the exact `run` call.
set -euo pipefail
cd "$(dirname "$0")/.."

DEPS=golden/.deps
MIRROR=${MIRROR:-/work/.mirror}
TARBALL=golden-cases.tar.gz
# The generator's own time limit, under the device call's (README: timeout_s=540), so
# that whatever cases it finished are still archived into $OUT if it runs long.
GENERATE_LIMIT_S=${GENERATE_LIMIT_S:-480}
# GOLDEN_ONLY=a,b,c: make only those cases (generate.py --only), e.g. the ones a
# shorter call did not reach.
GOLDEN_ONLY=${GOLDEN_ONLY:-}

export_repo() { # export_repo <owner+name> <destination> <paths...>
  local name=$1 repo="$MIRROR/$1/repo" dest=$2
  shift 2
  if [ ! -d "$repo" ]; then
    echo "missing $repo: bring github:${name/+//} with the fetch tool first" >&2
    exit 1
  fi
  mkdir -p "$dest"
  git --git-dir="$repo" archive HEAD "$@" | tar -x -C "$dest"
}

commit_of() { git --git-dir="$MIRROR/$1/repo" rev-parse HEAD; }

case "${1:-}" in
  prepare)
    rm -rf "$DEPS"
    export_repo xai-org+grok-1 "$DEPS/grok-1" model.py runners.py checkpoint.py run.py
    export_repo google-deepmind+dm-haiku "$DEPS/site" haiku
    export_repo google-deepmind+jmp "$DEPS/site" jmp
    cat >"$DEPS/SOURCES.json" <<EOF
{"xai-org/grok-1": "$(commit_of xai-org+grok-1)",
 "google-deepmind/dm-haiku": "$(commit_of google-deepmind+dm-haiku)",
 "google-deepmind/jmp": "$(commit_of google-deepmind+jmp)"}
EOF
    exclude=$(git rev-parse --git-path info/exclude)
    mkdir -p "$(dirname "$exclude")"
    grep -qxF "/$DEPS/" "$exclude" 2>/dev/null || echo "/$DEPS/" >>"$exclude"
    python3 -c 'import ast, sys; [ast.parse(open(f).read(), f) for f in sys.argv[1:]]' golden/*.py  # syntax only
    du -sh "$DEPS"
    echo "ready: run 'bash golden/run_on_device.sh device' on the device with carry [\"$DEPS\"]"
    ;;
  device)
    : "${OUT:?device mode writes to \$OUT (the device tool sets it)}"
    export JAX_PLATFORMS=cpu PYTHONUNBUFFERED=1
    export PYTHONPATH="$PWD/$DEPS/site${PYTHONPATH:+:$PYTHONPATH}"
    work=$(mktemp -d)
    mkdir -p "$work/cases"
    set +e
    timeout -k 10 "$GENERATE_LIMIT_S" \
      python3 golden/generate.py --reference "$DEPS/grok-1" --sources "$DEPS/SOURCES.json" --out "$work/cases" \
      ${GOLDEN_ONLY:+--only "$GOLDEN_ONLY"} 2>&1 | tee "$OUT/generate.log"
    status=${PIPESTATUS[0]}
    set -e
    if [ "$status" -eq 124 ]; then
      echo "generate.py stopped after ${GENERATE_LIMIT_S}s; archiving the cases it finished" | tee -a "$OUT/generate.log"
    fi
    tar -C "$work/cases" -czf "$OUT/$TARBALL" .
    ls -l "$OUT"
    exit "$status"
    ;;
  local)
    # pip reaches jax/jaxlib from its configured index (this project's machines have a
    # package mirror); the versions the committed cases were made with, unless told
    venv=${GOLDEN_VENV:-${TMPDIR:-/tmp}/grok1-golden-venv}
    if [ ! -x "$venv/bin/python" ]; then
      python3 -m venv "$venv"
      "$venv/bin/pip" install -q ${GOLDEN_JAX:-jax==0.10.2 jaxlib==0.10.2} absl-py tabulate
    fi
    out=$(mktemp -d)
    PATH="$venv/bin:$PATH" OUT="$out" bash "$0" device
    bash "$0" unpack "$out"
    ;;
  unpack)
    src=${2:?usage: golden/run_on_device.sh unpack DIR (the folder holding $TARBALL)}
    rm -rf golden/cases
    mkdir -p golden/cases
    tar -xzf "$src/$TARBALL" -C golden/cases
    cat golden/cases/index.json 2>/dev/null || echo "no golden/cases/index.json: generation stopped early (see generate.log)" >&2
    ;;
  *)
    sed -n '2,15p' "$0" >&2
    exit 2
    ;;
esac
