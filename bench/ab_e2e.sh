#!/usr/bin/env bash
# An A/B of whole-model speed between builds or settings, alternated round by round on
# the same machine (these machines drift: only runs side by side compare), with the
# ratio of each variant to the first, round by round.
#
#   bench/ab_e2e.sh OUT_DIR LABEL=DIR[,VAR=VALUE…] LABEL=DIR[,VAR=VALUE…] …
#
# DIR: a built checkout of grok1.ts (its dist/ and build/), e.g. `git worktree add` of
# the commit before a change, then `npm ci` there; VAR=VALUE: environment for that
# variant (GROK1_SPIN_US=1000). Environment: WEIGHTS (default: grok-1-mid bf16 made with
# `grok1 init --seed 0` into a scratch folder), CONFIG (grok-1-mid), THREADS (default:
# the core count), PROMPT (128), GEN (48), ROUNDS (default 8), LIMIT_S (stop starting
# rounds after this many seconds; default none), DTYPE (float32 or bfloat16: the forward
# pass's dtype, `--dtype`; default the config's). Writes OUT_DIR/ab.jsonl (one `bench
# --e2e --json` line per run, with "label" and "round" added) and prints the summary.
# E.g. the A/B of bench/SPEED.md, "Many cores":
#   bench/ab_e2e.sh /tmp/ab before=/tmp/grok1-before after=. spin=.,GROK1_SPIN_US=1000
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(($# >= 2)) || { sed -n '2,17p' "$0" >&2; exit 2; }
out=$1
shift
mkdir -p "$out"
: >"$out/ab.jsonl"
config="${CONFIG:-grok-1-mid}"
threads="${THREADS:-$(nproc)}"
# each variant: its label, its folder, its environment (VAR=V,VAR=V or nothing)
labels=() dirs=() settings=()
for v in "$@"; do
  rest=${v#*=}
  labels+=("${v%%=*}") dirs+=("${rest%%,*}")
  if [[ "$rest" == *,* ]]; then settings+=("${rest#*,}"); else settings+=(""); fi
  [[ "$v" == *=* && -f "${dirs[-1]}/dist/src/cli/main.js" ]] || { echo "ab_e2e.sh: $v: not LABEL=DIR with a built grok1.ts in DIR (dist/src/cli/main.js)" >&2; exit 2; }
done
scratch=$(mktemp -d "${TMPDIR:-/tmp}/grok1-ab-scratch.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
weights="${WEIGHTS:-}"
if [[ -z "$weights" ]]; then
  weights="$scratch/$config-bf16.safetensors"
  echo "ab_e2e.sh: $config bf16 weights (grok1 init, seed 0)" >&2
  node "$repo/dist/src/cli/main.js" init --config "$config" --seed 0 --float-dtype bf16 --out "$weights" 2>/dev/null
fi
dtype=()
[[ -n "${DTYPE:-}" ]] && dtype=(--dtype "$DTYPE")
start=$SECONDS
for ((round = 1; round <= ${ROUNDS:-8}; round++)); do
  if [[ -n "${LIMIT_S:-}" ]] && ((SECONDS - start >= LIMIT_S)); then break; fi
  for i in "${!labels[@]}"; do
    label=${labels[i]} dir=${dirs[i]}
    IFS=, read -r -a envs <<<"${settings[i]}"
    if ! line=$(cd "$dir" && env "${envs[@]}" node dist/src/cli/main.js bench --e2e --config "$config" --weights "$weights" \
      --threads "$threads" --no-ts-baseline --prompt-tokens "${PROMPT:-128}" --gen-tokens "${GEN:-48}" "${dtype[@]}" --json 2>"$scratch/stderr"); then
      echo "ab_e2e.sh: variant $label (round $round) failed:" >&2
      cat "$scratch/stderr" >&2
      exit 1
    fi
    echo "${line%\}},\"label\":\"$label\",\"round\":$round}" >>"$out/ab.jsonl"
  done
  echo "ab_e2e.sh: round $round done ($((SECONDS - start)) s)" >&2
done
node "$repo/bench/summarize_ab.mjs" "$out/ab.jsonl"
