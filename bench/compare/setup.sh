#!/usr/bin/env bash
# Installs the baselines bench/compare/run.sh measures grok1.ts against, OUTSIDE the
# repository (in $GROK1_BASELINES, default ~/.cache/grok1-baselines); grok1.ts itself
# never depends on them.
#   - llama.cpp, native: node-llama-cpp's prebuilt CPU binaries (no build, no download at
#     run time; ggml picks the best CPU variant, e.g. AVX-512 on Zen 4/5);
#   - onnxruntime-web (its WebAssembly backend under Node) and tinybench;
#   - OpenBLAS through Debian's numpy (apt-get, as root), for native GEMM.
set -euo pipefail
dir="${GROK1_BASELINES:-$HOME/.cache/grok1-baselines}"
mkdir -p "$dir"
cd "$dir"
[[ -f package.json ]] || npm init -y > /dev/null
# node-llama-cpp 3.21.1 bundles llama.cpp release v0.4.0 (its grok graph, src/models/grok.cpp)
npm i -E node-llama-cpp@3.21.1 onnxruntime-web@1.30.0 tinybench@6.2.5

if /usr/bin/python3 -c "import numpy" 2> /dev/null && ls /usr/lib/x86_64-linux-gnu/openblas-pthread/libopenblas*.so* > /dev/null 2>&1; then
  echo "setup: numpy with OpenBLAS is installed" >&2
elif [[ $(id -u) == 0 ]] && command -v apt-get > /dev/null; then
  apt-get update && apt-get install -y python3-numpy libopenblas0-pthread python3-threadpoolctl
else
  echo "setup: for the OpenBLAS baseline install Debian's python3-numpy, libopenblas0-pthread and python3-threadpoolctl" >&2
fi
echo "setup: baselines in $dir" >&2
