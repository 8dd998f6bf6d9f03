#!/usr/bin/env node
/**
 * to_gguf.mjs: converts a grok1.ts safetensors weight file (as written by
 * `grok1 init` / `grok1 convert`) into a GGUF file of llama.cpp's "grok" architecture,
 * so llama.cpp can run the very same model as a benchmark baseline.
 *
 *   node to_gguf.mjs W.safetensors OUT.gguf [--tokenizer tokenizer.model] [--config CFG.json] [--name NAME]
 *
 * Plain Node over grok1.ts's own readers (dist/: build the repository first): its
 * safetensors file, config validation and SentencePiece model parser. Written against the llama.cpp sources that
 * node-llama-cpp 3.21.1 bundles (node_modules/node-llama-cpp/llama/gitRelease.bundle):
 * src/models/grok.cpp (tensors and hyper-parameters), src/llama-arch.cpp (names),
 * src/llama-vocab.cpp (the SentencePiece "llama" vocab), gguf-py (GGUF v3 layout).
 *
 * Layouts. Our weights follow the JAX reference: a Linear is [in, out], MoE experts
 * are stacked [E, in, out], the embedding [V, D] is tied to the output head.
 * ggml lists dimensions fastest-first, and its matmul weights are [out][in] in memory
 * (ne = {in, out}), so every Linear / expert / router weight is transposed on its last
 * two axes; the embedding is already [V][D] (ne = {D, V}). 1-D norm scales are written
 * as F32 (as llama.cpp's converter does). Other tensors keep their dtype (F32 / BF16).
 *
 * Shapes: D width, V vocab, L layers, Hq / Hkv heads of size K, E experts, F expert width.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ATTN_SOFT_CAP, RMS_NORM_EPS, ROPE_BASE, ffnSize, validateConfig } from "../../../dist/src/config.js";
import { UserError } from "../../../dist/src/errors.js";
import { PieceType, parseModelProto } from "../../../dist/src/tokenizer/model_proto.js";
import { SafetensorsFile } from "../../../dist/src/weights/safetensors.js";

const GGUF_MAGIC = 0x46554747; // "GGUF" little-endian
const GGUF_VERSION = 3;
const ALIGNMENT = 32; // GGUF_DEFAULT_ALIGNMENT (ggml/include/gguf.h)

// GGUF metadata value types (gguf-py GGUFValueType)
const T_UINT32 = 4, T_INT32 = 5, T_FLOAT32 = 6, T_BOOL = 7, T_STRING = 8, T_ARRAY = 9;
// ggml tensor types (ggml.h)
const GGML = { F32: 0, BF16: 30 };
const BYTES = { F32: 4, BF16: 2 };
// llama_ftype (llama.h): ALL_F32 = 0, MOSTLY_BF16 = 32
const FTYPE = { F32: 0, BF16: 32 };

// ---------- CLI ----------

function usage(msg) {
  if (msg) process.stderr.write(`to_gguf: ${msg}\n`);
  process.stderr.write(
    "usage: node to_gguf.mjs W.safetensors OUT.gguf [--tokenizer tokenizer/tokenizer.model] [--config CFG.json] [--name NAME]\n",
  );
  process.exit(2);
}

function parseArgs(argv) {
  const pos = [];
  const o = { tokenizer: fileURLToPath(new URL("../../../tokenizer/tokenizer.model", import.meta.url)), config: null, name: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--tokenizer" || a === "--config" || a === "--name") {
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      o[a.slice(2)] = argv[++i];
    } else if (a === "-h" || a === "--help") usage();
    else if (a.startsWith("--")) usage(`unknown flag ${a}`);
    else pos.push(a);
  }
  if (pos.length !== 2) usage("expected W.safetensors and OUT.gguf");
  return { src: pos[0], out: pos[1], ...o };
}

function fail(msg) {
  process.stderr.write(`to_gguf: ${msg}\n`);
  process.exit(1);
}

// ---------- config and vocabulary ----------

/** The config from --config, else the one `grok1 init` / `convert` store in the file's metadata. */
function loadConfig(args, st) {
  if (args.config) return validateConfig(JSON.parse(fs.readFileSync(args.config, "utf8")), args.config);
  if (!st.metadata.config) fail(`${args.src} has no config in its metadata: pass --config CFG.json (print one with 'grok1 config NAME --json')`);
  return validateConfig(JSON.parse(st.metadata.config), `${args.src} (__metadata__.config)`);
}

/** The tokenizer's pieces as GGUF's parallel arrays (SentencePiece's piece types are llama_token_type's numbers). */
function readSentencePiece(file) {
  const { pieces, trainerSpec: t, normalizerSpec: n } = parseModelProto(fs.readFileSync(file), file);
  return {
    tokens: pieces.map((p) => p.piece),
    scores: pieces.map((p) => p.score),
    types: pieces.map((p) => p.type),
    spec: { unk: t.unkId, bos: t.bosId, eos: t.eosId, pad: t.padId, addDummyPrefix: n.addDummyPrefix, removeExtraWs: n.removeExtraWhitespaces },
  };
}

/** Fits the vocab to the model's V: pads with unused [PAD{id}] pieces, or truncates. */
function fitVocab(vocab, V) {
  const n = vocab.tokens.length;
  if (n > V) {
    process.stderr.write(`to_gguf: warning: tokenizer has ${n} pieces, model vocab ${V}: keeping the first ${V}\n`);
    for (const k of ["tokens", "scores", "types"]) vocab[k].length = V;
  }
  for (let i = n; i < V; i++) {
    vocab.tokens.push(`[PAD${i}]`);
    vocab.scores.push(-1000.0);
    vocab.types.push(PieceType.UNUSED);
  }
  return vocab;
}

// ---------- GGUF header ----------

class ByteWriter {
  constructor() { this.chunks = []; this.length = 0; }
  push(b) { this.chunks.push(b); this.length += b.length; }
  u32(v) { const b = Buffer.alloc(4); b.writeUInt32LE(v); this.push(b); }
  i32(v) { const b = Buffer.alloc(4); b.writeInt32LE(v); this.push(b); }
  u64(v) { const b = Buffer.alloc(8); b.writeBigUInt64LE(BigInt(v)); this.push(b); }
  f32(v) { const b = Buffer.alloc(4); b.writeFloatLE(v); this.push(b); }
  bool(v) { this.push(Buffer.from([v ? 1 : 0])); }
  str(s) { const b = Buffer.from(s, "utf8"); this.u64(b.length); this.push(b); }
  concat() { return Buffer.concat(this.chunks, this.length); }
}

function writeKv(w, key, type, value) {
  w.str(key);
  w.u32(type);
  if (type === T_UINT32) w.u32(value);
  else if (type === T_INT32) w.i32(value);
  else if (type === T_FLOAT32) w.f32(value);
  else if (type === T_BOOL) w.bool(value);
  else if (type === T_STRING) w.str(value);
  else if (type === T_ARRAY) {
    const [elemType, items] = value;
    w.u32(elemType);
    w.u64(items.length);
    if (elemType === T_STRING) for (const s of items) w.str(s);
    else if (elemType === T_FLOAT32) { const a = Float32Array.from(items); w.push(Buffer.from(a.buffer)); }
    else if (elemType === T_INT32) { const a = Int32Array.from(items); w.push(Buffer.from(a.buffer)); }
    else throw new Error(`array of type ${elemType} not supported`);
  } else throw new Error(`metadata type ${type} not supported`);
}

// ---------- tensor plan ----------

/**
 * The GGUF tensors, in llama.cpp's order, each with its source tensor and conversion:
 * `transpose` swaps the last two axes of the source ([..., R, C] -> [..., C, R]);
 * `stack` makes a dense FFN a single expert (E = 1); `toF32` widens a norm scale.
 */
function planTensors(cfg, st) {
  const m = cfg.model;
  const D = m.emb_size, K = m.key_size, Hq = m.num_q_heads, Hkv = m.num_kv_heads, L = m.num_layers;
  const F = ffnSize(D, m.widening_factor);
  const moe = (m.num_experts ?? -1) > 1;
  const E = moe ? m.num_experts : 1;
  const plan = [];
  const add = (name, src, srcShape, o = {}) => plan.push({ name, src, srcShape, ...o });

  add("token_embd.weight", "language_model/in_out_embed/embeddings", [cfg.vocab_size, D]);
  for (let i = 0; i < L; i++) {
    const p = `transformer/decoder_layer_${i}`, mha = `${p}/multi_head_attention`;
    add(`blk.${i}.attn_norm.weight`, `${p}/rms_norm/scale`, [D], { toF32: true });
    add(`blk.${i}.attn_q.weight`, `${mha}/query/w`, [D, Hq * K], { transpose: true });
    add(`blk.${i}.attn_k.weight`, `${mha}/key/w`, [D, Hkv * K], { transpose: true });
    add(`blk.${i}.attn_v.weight`, `${mha}/value/w`, [D, Hkv * K], { transpose: true });
    add(`blk.${i}.attn_output.weight`, `${mha}/linear/w`, [Hq * K, D], { transpose: true });
    add(`blk.${i}.attn_output_norm.weight`, `${p}/rms_norm_1/scale`, [D], { toF32: true });
    add(`blk.${i}.ffn_norm.weight`, `${p}/rms_norm_2/scale`, [D], { toF32: true });
    if (moe) {
      add(`blk.${i}.ffn_gate_inp.weight`, `${p}/router/w`, [D, E], { transpose: true });
      // gelu(x·W_linear) * (x·W_linear_v) then ·W_linear_1 == llama.cpp's geglu(gate, up) then down
      add(`blk.${i}.ffn_gate_exps.weight`, `${p}/moe/linear/w`, [E, D, F], { transpose: true });
      add(`blk.${i}.ffn_up_exps.weight`, `${p}/moe/linear_v/w`, [E, D, F], { transpose: true });
      add(`blk.${i}.ffn_down_exps.weight`, `${p}/moe/linear_1/w`, [E, F, D], { transpose: true });
    } else {
      // llama.cpp's grok graph has no dense path: a dense block is one expert that is always chosen
      add(`blk.${i}.ffn_gate_inp.weight`, null, [D, 1], { zeros: true });
      add(`blk.${i}.ffn_gate_exps.weight`, `${p}/linear/w`, [D, F], { transpose: true, stack: true });
      add(`blk.${i}.ffn_up_exps.weight`, `${p}/linear_v/w`, [D, F], { transpose: true, stack: true });
      add(`blk.${i}.ffn_down_exps.weight`, `${p}/linear_1/w`, [F, D], { transpose: true, stack: true });
    }
    add(`blk.${i}.layer_output_norm.weight`, `${p}/rms_norm_3/scale`, [D], { toF32: true });
  }
  add("output_norm.weight", "language_model/rms_norm/scale", [D], { toF32: true });

  for (const t of plan) {
    if (t.zeros) { t.dtype = "F32"; } else {
      const s = st.has(t.src) ? st.info(t.src) : undefined;
      if (!s) fail(`tensor '${t.src}' is missing from the safetensors file (quantized or not a grok1.ts file?)`);
      if (!(s.dtype in GGML)) fail(`tensor '${t.src}': dtype ${s.dtype} not supported (F32 and BF16 only; quantized weights are not)`);
      if (JSON.stringify(s.shape) !== JSON.stringify(t.srcShape))
        fail(`tensor '${t.src}': shape [${s.shape}] but the config says [${t.srcShape}]`);
      t.srcDtype = s.dtype;
      t.dtype = t.toF32 ? "F32" : s.dtype;
    }
    const shape = t.transpose ? [...t.srcShape.slice(0, -2), t.srcShape.at(-1), t.srcShape.at(-2)] : [...t.srcShape];
    const out = t.stack ? [1, ...shape] : t.zeros ? [1, D] : shape; // row-major, slowest first
    t.ne = [...out].reverse(); // ggml: fastest first
    t.nbytes = out.reduce((a, b) => a * b, 1) * BYTES[t.dtype];
  }
  return { plan, D, K, Hq, Hkv, L, F, E, k: moe ? m.num_selected_experts ?? 1 : 1 };
}

// ---------- conversion ----------

/** [B, R, C] -> [B, C, R] for a typed array, in cache-friendly tiles. */
function transposeLast2(src, B, R, C) {
  const dst = new src.constructor(src.length);
  const TILE = 64;
  for (let b = 0; b < B; b++) {
    const o = b * R * C;
    for (let r0 = 0; r0 < R; r0 += TILE) {
      const r1 = Math.min(R, r0 + TILE);
      for (let c0 = 0; c0 < C; c0 += TILE) {
        const c1 = Math.min(C, c0 + TILE);
        for (let r = r0; r < r1; r++) {
          const sRow = o + r * C;
          for (let c = c0; c < c1; c++) dst[o + c * R + r] = src[sRow + c];
        }
      }
    }
  }
  return dst;
}

function convertTensor(st, t) {
  if (t.zeros) return new Uint8Array(t.nbytes); // router logits of a single expert: softmax = 1 regardless
  const read = st.read(t.src); // F32 as float32, BF16 as its bits
  let data = read instanceof Float32Array ? new Uint32Array(read.buffer, read.byteOffset, read.length) : read;
  if (t.toF32 && t.srcDtype === "BF16") {
    const w = new Uint32Array(data.length);
    for (let i = 0; i < data.length; i++) w[i] = data[i] << 16; // bf16 is the top half of an f32
    data = w;
  }
  if (t.transpose) {
    const s = t.srcShape;
    const R = s.at(-2), C = s.at(-1);
    data = transposeLast2(data, data.length / (R * C), R, C);
  }
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

// ---------- main ----------

function buildHeader(cfg, dims, plan, vocab, name, ftype) {
  const kv = [];
  const A = "grok";
  kv.push(["general.architecture", T_STRING, A]);
  kv.push(["general.name", T_STRING, name]);
  kv.push(["general.file_type", T_UINT32, ftype]);
  kv.push(["general.alignment", T_UINT32, ALIGNMENT]);
  kv.push([`${A}.context_length`, T_UINT32, cfg.sequence_len]);
  kv.push([`${A}.embedding_length`, T_UINT32, dims.D]);
  kv.push([`${A}.block_count`, T_UINT32, dims.L]);
  kv.push([`${A}.feed_forward_length`, T_UINT32, dims.F]);
  kv.push([`${A}.expert_feed_forward_length`, T_UINT32, dims.F]);
  kv.push([`${A}.attention.head_count`, T_UINT32, dims.Hq]);
  kv.push([`${A}.attention.head_count_kv`, T_UINT32, dims.Hkv]);
  kv.push([`${A}.attention.key_length`, T_UINT32, dims.K]);
  kv.push([`${A}.attention.value_length`, T_UINT32, dims.K]);
  kv.push([`${A}.rope.dimension_count`, T_UINT32, dims.K]); // RoPE over the full head
  kv.push([`${A}.rope.freq_base`, T_FLOAT32, ROPE_BASE]);
  kv.push([`${A}.attention.layer_norm_rms_epsilon`, T_FLOAT32, RMS_NORM_EPS]);
  kv.push([`${A}.expert_count`, T_UINT32, dims.E]);
  kv.push([`${A}.expert_used_count`, T_UINT32, dims.k]);
  kv.push([`${A}.embedding_scale`, T_FLOAT32, cfg.embedding_multiplier_scale]);
  kv.push([`${A}.logit_scale`, T_FLOAT32, cfg.output_multiplier_scale]);
  kv.push([`${A}.attention.output_scale`, T_FLOAT32, cfg.model.attn_output_multiplier]);
  kv.push([`${A}.attn_logit_softcapping`, T_FLOAT32, ATTN_SOFT_CAP]);
  kv.push(["tokenizer.ggml.model", T_STRING, "llama"]);
  kv.push(["tokenizer.ggml.pre", T_STRING, "default"]);
  kv.push(["tokenizer.ggml.tokens", T_ARRAY, [T_STRING, vocab.tokens]]);
  kv.push(["tokenizer.ggml.scores", T_ARRAY, [T_FLOAT32, vocab.scores]]);
  kv.push(["tokenizer.ggml.token_type", T_ARRAY, [T_INT32, vocab.types]]);
  const ids = [["bos_token_id", vocab.spec.bos], ["eos_token_id", cfg.eos_token ?? vocab.spec.eos],
    ["unknown_token_id", vocab.spec.unk], ["padding_token_id", cfg.pad_token ?? vocab.spec.pad]];
  for (const [k, v] of ids) if (v >= 0 && v < vocab.tokens.length) kv.push([`tokenizer.ggml.${k}`, T_UINT32, v]);
  kv.push(["tokenizer.ggml.add_bos_token", T_BOOL, false]); // Grok-1's runner does not prepend BOS
  kv.push(["tokenizer.ggml.add_eos_token", T_BOOL, false]);
  kv.push(["tokenizer.ggml.add_space_prefix", T_BOOL, vocab.spec.addDummyPrefix]);
  kv.push(["tokenizer.ggml.remove_extra_whitespaces", T_BOOL, vocab.spec.removeExtraWs]);

  const w = new ByteWriter();
  w.u32(GGUF_MAGIC);
  w.u32(GGUF_VERSION);
  w.u64(plan.length);
  w.u64(kv.length);
  for (const [k, type, v] of kv) writeKv(w, k, type, v);
  let offset = 0;
  for (const t of plan) {
    w.str(t.name);
    w.u32(t.ne.length);
    for (const d of t.ne) w.u64(d);
    w.u32(GGML[t.dtype]);
    w.u64(offset);
    t.offset = offset;
    offset += Math.ceil(t.nbytes / ALIGNMENT) * ALIGNMENT;
  }
  const pad = (ALIGNMENT - (w.length % ALIGNMENT)) % ALIGNMENT;
  w.push(Buffer.alloc(pad));
  return w.concat();
}

function writeAll(fd, bytes) {
  let done = 0;
  while (done < bytes.length) done += fs.writeSync(fd, bytes, done, Math.min(bytes.length - done, 1 << 30));
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const st = SafetensorsFile.open(args.src);
  if (st.metadata.quantized === "true") fail(`${args.src}: 8-bit quantized weights are not supported: export f32 or bf16 weights (grok1 init --float-dtype)`);
  const cfg = loadConfig(args, st);
  const m = cfg.model;
  if (m.num_q_heads * m.key_size !== m.emb_size)
    fail(`config: llama.cpp's grok graph needs num_q_heads · key_size == emb_size (got ${m.num_q_heads}·${m.key_size} != ${m.emb_size})`);

  const { plan, ...dims } = planTensors(cfg, st);
  const vocab = fitVocab(readSentencePiece(args.tokenizer), cfg.vocab_size);
  const big = plan.find((t) => t.name === "blk.0.ffn_up_exps.weight").dtype;
  const name = args.name ?? cfg.name ?? path.basename(args.src, ".safetensors");
  const header = buildHeader(cfg, dims, plan, vocab, name, FTYPE[big]);

  const tmp = `${args.out}.tmp-${process.pid}`;
  const fd = fs.openSync(tmp, "w");
  try {
    writeAll(fd, header);
    plan.forEach((t, i) => {
      const data = convertTensor(st, t);
      if (data.byteLength !== t.nbytes) throw new Error(`internal: ${t.name} has ${data.byteLength} bytes, expected ${t.nbytes}`);
      writeAll(fd, data);
      const pad = Math.ceil(t.nbytes / ALIGNMENT) * ALIGNMENT - t.nbytes;
      if (pad) writeAll(fd, new Uint8Array(pad));
      if (process.stderr.isTTY) process.stderr.write(`\rto_gguf: ${i + 1}/${plan.length} tensors (${t.name})\x1b[K`);
    });
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(tmp, args.out);
  } catch (e) {
    try { fs.closeSync(fd); } catch {}
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  const size = fs.statSync(args.out).size;
  process.stderr.write(
    `${process.stderr.isTTY ? "\n" : ""}to_gguf: wrote ${args.out}: grok, ${name}, ${big} weights, D ${dims.D}, ${dims.L} layers, ` +
      `${dims.Hq}/${dims.Hkv} heads of ${dims.K}, E ${dims.E} top-${dims.k}, F ${dims.F}, V ${vocab.tokens.length}, ` +
      `${(size / 2 ** 20).toFixed(1)} MiB in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
  );
}

try {
  main();
} catch (e) {
  fail(e instanceof UserError || e.code || e instanceof SyntaxError ? e.message : (e.stack ?? String(e))); // file-system errors name their path
}
