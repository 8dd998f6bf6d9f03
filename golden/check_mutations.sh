#!/usr/bin/env bash
# Shows that the golden test catches a missing bf16 rounding point: removes one rounding
# of src/model/ at a time (the call on the line that carries the point's comment or code,
# turned into a no-op), runs test/golden.test.ts, and restores the file. Every line
# should report failed tests.
#
#   bash golden/check_mutations.sh        (about 10 s per rounding point)
set -euo pipefail
cd "$(dirname "$0")/.."
# file|what finds the line|the call|what replaces it
points=(
  "src/model/linear.ts|shard g's jnp.dot result|roundAs(|void ("
  "src/model/linear.ts|jnp.dot of fprop-dtype operands returns the fprop dtype|roundAs(|void ("
  "src/model/dense_block.ts|h_w1 · h_v in the fprop dtype|roundAs(|void ("
  "src/model/rms_norm.ts|outputs.astype(fprop_dtype)|roundAs(|void ("
  "src/model/rotary_embedding.ts|x.astype(fprop_dtype)|roundAs(|void ("
  "src/model/language_model.ts|the dot of two fprop-dtype operands|roundAs(|void ("
  "src/model/language_model.ts|embeddings × a weak-typed scalar|roundAs(|void ("
  "src/model/language_model.ts|logits × a weak-typed scalar|roundAs(|void ("
  "src/model/decoder_layer.ts|the residual sum of two fprop-dtype arrays|roundAs(|void ("
  "src/model/moe_layer.ts|const gate = roundBf16(|roundBf16(|("
  "src/model/moe_layer.ts|out.astype(jnp.bfloat16), even in float32 mode|kernels.roundBf16(|void ("
)
for point in "${points[@]}"; do
  IFS='|' read -r file finds call noop <<<"$point"
  line=$(grep -nF "$finds" "$file" | grep -F "$call" | head -1 | cut -d: -f1)
  if [ -z "$line" ]; then echo "$file: no $call on a line with '$finds'" >&2; exit 1; fi
  cp "$file" "$file.orig"
  trap 'mv "$file.orig" "$file"' EXIT
  pattern=$(printf '%s' "$call" | sed 's#[].*^$/\[]#\\&#g') # a literal, in sed's basic regex
  sed -i "${line}s/$pattern/$noop/" "$file"
  if cmp -s "$file" "$file.orig"; then echo "$file:$line: the mutation changed nothing" >&2; exit 1; fi
  result=$(npx vitest run test/golden.test.ts 2>&1 | sed 's/\x1b\[[0-9;]*m//g' | grep -E "^ +Tests " || true)
  mv "$file.orig" "$file"
  trap - EXIT
  echo "without the rounding at $file:$line ($finds):$result"
done
