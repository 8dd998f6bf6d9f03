#!/usr/bin/env bash
# How grok1.ts scales with threads on this machine: the kernel benchmarks at every thread
# count in one run (so each count is measured beside the others), then the whole model
# (grok-1-mid, bf16 weights, `grok1 init --seed 0`) at each count.
#
#   bench/scaling.sh [OUT_DIR]          (default: a new folder under ${TMPDIR:-/tmp})
#
# It first checks that a trace is bit-identical at every thread count (exit status 1 if
# not, after the measurements). Environment: THREADS (default "1 2 4 8 …" up to the core
# count, and the count itself), CONFIG (default grok-1-mid), PROMPT (prompt tokens, default
# 128), LONG_PROMPT (a second, longer prompt, run at 1 thread and the largest count;
# default 1024, 0 for none), QUICK (default 1: the short kernel benchmarks). Writes
# kernels.jsonl, e2e.jsonl and machine.txt to OUT_DIR and prints the speedup of each over
# one thread (summarize_scaling.mjs).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$(mktemp -d "${TMPDIR:-/tmp}/grok1-scaling.XXXXXX")}"
config="${CONFIG:-grok-1-mid}"
prompt="${PROMPT:-128}"
long_prompt="${LONG_PROMPT:-1024}"
cores=$(nproc)
((cores > 64)) && cores=64 # the kernels split a job into at most 64 parts (src/kernels/select.ts MAX_THREADS)
if [[ -z "${THREADS:-}" ]]; then
  THREADS=""
  for ((t = 1; t < cores; t *= 2)); do THREADS+="$t "; done
  THREADS+="$cores"
fi
read -r -a counts <<<"$THREADS"
max=${counts[-1]}
[[ -f "$repo/dist/src/cli/main.js" ]] || { echo "scaling.sh: grok1.ts is not built: run npm ci (or npm run build) in $repo" >&2; exit 2; }
mkdir -p "$out"
scratch=$(mktemp -d "${TMPDIR:-/tmp}/grok1-scaling-scratch.XXXXXX") # weights and traces, never left in OUT_DIR
trap 'rm -rf "$scratch"' EXIT
status=0
grok1=(node "$repo/dist/src/cli/main.js")
log() { echo "scaling.sh: $* ($(date -u +%H:%M:%S), load $(cut -d' ' -f1 /proc/loadavg))" >&2; }

{
  echo "cores: $cores"
  grep -m1 'model name' /proc/cpuinfo || true
  echo "node: $(node --version)"
  echo "threads: ${counts[*]}"
  command -v lscpu >/dev/null && lscpu
} >"$out/machine.txt"
log "$cores cores, node $(node --version), threads ${counts[*]}"

# first, the same activations at every thread count: a grok-1-mini trace of two rows of
# 37 tokens, int8 experts, in float32 and in bfloat16, must be bit-identical
tokens=$(seq -s, 1 37)
for dtype in float32 bfloat16; do
  traces=()
  for t in "${counts[@]}"; do
    trace="$scratch/trace-$dtype-$t.safetensors"
    "${grok1[@]}" trace --config grok-1-mini --dtype "$dtype" --seed 1 --random-dtype int8 --threads "$t" \
      --tokens "$tokens" --tokens "$(seq -s, 101 137)" --out "$trace" 2>/dev/null
    traces+=("$trace")
  done
  if same=$(node "$repo/bench/same_trace.mjs" "${traces[@]}" 2>&1); then
    log "$dtype traces at ${counts[*]} threads: $same"
  else
    log "$dtype traces DIFFER between thread counts: $same"
    status=1
  fi
  rm -f "${traces[@]}"
done

quick=()
[[ "${QUICK:-1}" == 1 ]] && quick=(--quick)
log "kernel benchmarks"
(cd "$repo" && "${grok1[@]}" bench "${quick[@]}" --json --threads "$(IFS=,; echo "${counts[*]}")") >"$out/kernels.jsonl"

weights="$scratch/$config-bf16.safetensors"
log "$config bf16 weights (grok1 init, seed 0)"
"${grok1[@]}" init --config "$config" --seed 0 --float-dtype bf16 --out "$weights"
: >"$out/e2e.jsonl"
for t in "${counts[@]}"; do
  log "whole model, $t thread(s), $prompt-token prompt"
  "${grok1[@]}" bench --e2e --config "$config" --weights "$weights" --threads "$t" --prompt-tokens "$prompt" --no-ts-baseline --json >>"$out/e2e.jsonl"
done
if [[ "$long_prompt" -gt 0 ]]; then
  for t in 1 "$max"; do
    log "whole model, $t thread(s), $long_prompt-token prompt"
    "${grok1[@]}" bench --e2e --config "$config" --weights "$weights" --threads "$t" --prompt-tokens "$long_prompt" --gen-tokens 16 --no-ts-baseline --json >>"$out/e2e.jsonl"
  done
fi
log "results in $out"
node "$repo/bench/summarize_scaling.mjs" "$out"
exit "$status"
