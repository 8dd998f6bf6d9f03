#!/usr/bin/env bash
# Shows that the golden test catches a missing bf16 rounding point: removes one rounding
# of src/model/ at a time (turns `roundAs(` into `void (`), runs test/golden.test.ts, and
# restores the file. Every line should report failed tests.
#
#   bash golden/check_mutations.sh        (about 10 s per rounding point)
set -euo pipefail
cd "$(dirname "$0")/.."
# file:pattern — the rounding points, found by their comments so line moves do not matter
points=(
  "src/model/linear.ts:shard g's jnp.dot result"
  "src/model/linear.ts:jnp.dot of fprop-dtype operands returns the fprop dtype"
  "src/model/dense_block.ts:h_w1 · h_v in the fprop dtype"
  "src/model/rms_norm.ts:outputs.astype(fprop_dtype)"
  "src/model/rotary_embedding.ts:x.astype(fprop_dtype)"
  "src/model/language_model.ts:the dot of two fprop-dtype operands"
)
for point in "${points[@]}"; do
  file=${point%%:*} comment=${point#*:}
  line=$(grep -nF "$comment" "$file" | grep -F "roundAs(" | head -1 | cut -d: -f1)
  if [ -z "$line" ]; then echo "$file: no roundAs( with '$comment'" >&2; exit 1; fi
  cp "$file" "$file.orig"
  trap 'mv "$file.orig" "$file"' EXIT
  sed -i "${line}s/roundAs(/void (/" "$file"
  result=$(npx vitest run test/golden.test.ts 2>&1 | sed 's/\x1b\[[0-9;]*m//g' | grep -E "^ +Tests " || true)
  mv "$file.orig" "$file"
  trap - EXIT
  echo "without the rounding at $file:$line ($comment):$result"
done
