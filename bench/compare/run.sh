#!/usr/bin/env bash
# Measures grok1.ts side by side with its baselines (installed by setup.sh), one after
# another, then prints each of issue 3's targets as a ratio (summarize.mjs). Run it on an
# otherwise idle machine: every number here is a median of repeated runs, and two
# programs sharing the cores make both slow.
#
#   bench/compare/run.sh [OUT_DIR]       (default: $GROK1_BASELINES/results/DATE)
#
# The whole set runs RUNS times (default 2), each into OUT_DIR/runN: these shared
# machines drift between minutes, and the table gives each ratio's range over the runs.
# Environment: RUNS, CONFIG (default grok-1-mid: the mid-size configuration of the
# issue), THREADS (default "1 2"), REPS (llama.cpp repetitions, default 3), GROK1_BASELINES,
# QUICK=1 (short kernel benchmarks: a check that everything runs, not numbers to quote).
# The f32 and bf16 weights (seed 0, `grok1 init`) and their GGUF copies are kept in
# $GROK1_BASELINES/models (grok-1-mid: 4.9 + 4.9 GB in f32, half that in bf16).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$repo/bench/compare"
base="${GROK1_BASELINES:-$HOME/.cache/grok1-baselines}"
out="${1:-$base/results/$(date -u +%Y%m%dT%H%M%SZ)}"
config="${CONFIG:-grok-1-mid}"
threads="${THREADS:-1 2}"
reps="${REPS:-3}"
runs="${RUNS:-2}"
kernel_flags=() matmul_ms=1500
if [[ "${QUICK:-0}" == 1 ]]; then kernel_flags=(--quick) matmul_ms=300; fi
[[ -d "$base/node_modules/node-llama-cpp" ]] || { echo "run.sh: no baselines in $base: run bench/compare/setup.sh first" >&2; exit 2; }
[[ -f "$repo/dist/src/cli/main.js" ]] || { echo "run.sh: grok1.ts is not built: run npm ci (or npm run build) in $repo" >&2; exit 2; }
mkdir -p "$out" "$base/models"

grok1=(node "$repo/dist/src/cli/main.js")
log() { echo "run.sh: $* ($(date -u +%H:%M:%S), load $(cut -d' ' -f1 /proc/loadavg))" >&2; }
list() { echo "${threads// /,}"; }

log "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), node $(node --version), transparent huge pages $(grep -o '\[[a-z]*\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null || echo n/a)"
# the weights both runtimes load, made once: f32 and bf16, and their GGUF copies
for dtype in bf16 f32; do
  weights="$base/models/$config-$dtype.safetensors"
  gguf="$base/models/$config-$dtype.gguf"
  if [[ ! -f "$weights" ]]; then
    log "$config $dtype weights (grok1 init, seed 0)"
    "${grok1[@]}" init --config "$config" --seed 0 --float-dtype "$dtype" --out "$weights"
  fi
  if [[ ! -f "$gguf" || "$weights" -nt "$gguf" ]]; then
    log "$config $dtype GGUF"
    node "$here/llama/to_gguf.mjs" "$weights" "$gguf"
  fi
done

# int8 as the released checkpoint stores it: bf16 scales, so in bfloat16 mode every expert
# weight is rounded to bf16 (the random int8 model has float32 scales, which leave them unrounded)
int8_released="$base/models/$config-int8-bf16scales.safetensors"
if [[ ! -f "$int8_released" ]]; then
  log "$config int8 weights with bf16 scales (grok1 init, seed 0)"
  "${grok1[@]}" init --config "$config" --seed 0 --quantize --scales bf16 --float-dtype bf16 --out "$int8_released"
fi

# one full set of measurements into $1
measure() {
  local dir="$1"
  mkdir -p "$dir"
  log "kernel benchmarks (grok1 bench)"
  (cd "$repo" && "${grok1[@]}" bench --json "${kernel_flags[@]}") > "$dir/kernels.jsonl"
  log "onnxruntime-web MatMul"
  node "$here/ort_matmul.mjs" --threads "$(list)" --time-ms "$matmul_ms" > "$dir/ort.jsonl"
  log "OpenBLAS GEMM through numpy"
  /usr/bin/python3 "$here/blas_matmul.py" --threads "$(list)" --time-s "$(awk "BEGIN { print $matmul_ms / 1000 }")" --env both > "$dir/blas.jsonl" || log "OpenBLAS baseline failed (see setup.sh)"
  for dtype in bf16 f32; do
    for t in $threads; do
      log "llama.cpp, $config $dtype, $t thread(s)"
      node "$here/llama/bench.mjs" "$base/models/$config-$dtype.gguf" --threads "$t" --reps "$reps" >> "$dir/e2e.jsonl"
      log "grok1.ts, $config $dtype, $t thread(s)"
      (cd "$repo" && "${grok1[@]}" bench --e2e --config "$config" --weights "$base/models/$config-$dtype.safetensors" --threads "$t" --no-ts-baseline --json) >> "$dir/e2e.jsonl"
    done
  done
  for t in $threads; do
    log "grok1.ts, $config int8 (f32 scales) in bfloat16 mode, $t thread(s)"
    (cd "$repo" && "${grok1[@]}" bench --e2e --config "$config" --seed 0 --random-dtype int8 --dtype bfloat16 --threads "$t" --no-ts-baseline --json) >> "$dir/e2e.jsonl"
    log "grok1.ts, $config int8 with bf16 scales (the released format) in bfloat16 mode, $t thread(s)"
    (cd "$repo" && "${grok1[@]}" bench --e2e --config "$config" --weights "$int8_released" --dtype bfloat16 --threads "$t" --no-ts-baseline --json) >> "$dir/e2e.jsonl"
  done
  log "grok1.ts against its TypeScript kernels, $config bf16"
  (cd "$repo" && "${grok1[@]}" bench --e2e --config "$config" --seed 0 --random-dtype bf16 --json) >> "$dir/e2e.jsonl"
}

for ((r = 1; r <= runs; r++)); do
  log "run $r of $runs"
  measure "$out/run$r"
done

log "results in $out"
node "$here/summarize.mjs" "$out"
