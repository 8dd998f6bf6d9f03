/**
 * The `grok1` command as a user runs it (the built dist/, which `npm ci` and `npm test` build):
 * outputs, exit codes, one-line errors, and no half-written files.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, statSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, truncateSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkArgumentsAreUtf8 } from "../src/cli/args.js";
import { checkBudgetFitsInMemory, checkFitsInMemory, memoryLimit, openModel } from "../src/cli/model_source.js";
import { progressBar } from "../src/cli/progress.js";
import { UserError } from "../src/errors.js";
import { WasmKernels } from "../src/kernels/wasm_kernels.js";
import { SafetensorsFile, writeSafetensors } from "../src/weights/safetensors.js";

const BIN = join(import.meta.dirname, "..", "dist", "src", "cli", "main.js");
const dir = mkdtempSync(join(tmpdir(), "grok1-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true })); // ~120 MB of weights and traces
/** The released checkpoint's layout at a tiny size, and its config. */
const FIXTURE = join(import.meta.dirname, "..", "golden", "checkpoint", "released-layout");
const FIXTURE_CONFIG = join(FIXTURE, "config.json");

function grok1(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", env: { ...process.env, GROK1_KERNELS: "ts" } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** `from`'s tensors (those `keep` takes) written to `to`, with `from`'s metadata changed by `metadata`. */
function rewrite(from: string, to: string, metadata: Record<string, string>, keep: (name: string) => boolean = () => true) {
  const f = SafetensorsFile.open(from);
  const tensors = [...f.tensors.values()].filter((t) => keep(t.name)).map((t) => ({ name: t.name, dtype: t.dtype, shape: t.shape }));
  writeSafetensors(to, tensors, (t) => f.read(t.name), { ...f.metadata, ...metadata });
  f.close();
}

/**
 * Writes float32 tensors as F64 or F16 (half: truncated, tiny values to ±0), as a NumPy or
 * PyTorch runtime might; by hand, since grok1.ts writes neither.
 */
function writeWide(path: string, dtype: "F64" | "F16", tensors: { name: string; shape: number[] }[], data: (name: string) => Float32Array) {
  const header: Record<string, unknown> = {}, parts: Uint8Array[] = [];
  let offset = 0;
  for (const t of tensors) {
    const x = data(t.name);
    let bytes: Uint8Array;
    if (dtype === "F64") bytes = new Uint8Array(Float64Array.from(x).buffer);
    else {
      const bits = new Uint32Array(Float32Array.from(x).buffer);
      bytes = new Uint8Array(Uint16Array.from(bits, (b) => {
        const sign = (b >>> 16) & 0x8000, e = ((b >>> 23) & 0xff) - 127 + 15;
        return e >= 31 ? sign | 0x7c00 : e <= 0 ? sign : sign | (e << 10) | ((b >>> 13) & 0x3ff);
      }).buffer);
    }
    header[t.name] = { dtype, shape: t.shape, data_offsets: [offset, offset + bytes.length] };
    parts.push(bytes);
    offset += bytes.length;
  }
  const json = Buffer.from(JSON.stringify(header)), prefix = Buffer.alloc(8);
  prefix.writeBigUInt64LE(BigInt(json.length));
  writeFileSync(path, Buffer.concat([prefix, json, ...parts]));
}

/** A user error: exit 2, a one-line message, no stack trace. */
function expectUserError(r: ReturnType<typeof grok1>, message: RegExp) {
  expect(r.code).toBe(2);
  expect(r.err).toMatch(message);
  expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
}

describe("progress lines (not on a terminal)", () => {
  it("every ~10 %, or for repeated work a line at most every `everySeconds`", () => {
    const lines: string[] = [];
    const write = process.stderr.write;
    process.stderr.write = ((s: string) => lines.push(s) > 0) as typeof process.stderr.write;
    try {
      const tenth = progressBar("load");
      for (let i = 1; i <= 100; i++) tenth(i, 100);
      expect(lines.length).toBe(11); // the first step, then every 10 %, and the last
      lines.length = 0;
      const quiet = progressBar("layers", 3600), beat = progressBar("layers", 0);
      for (let i = 1; i <= 64; i++) quiet(i, 64, `decoder_layer_${i - 1}`);
      expect(lines).toEqual([]); // a quick pass says nothing
      for (let i = 1; i <= 3; i++) beat(i, 3, `decoder_layer_${i - 1}`);
      expect(lines).toEqual(["layers: 1/3 decoder_layer_0\n", "layers: 2/3 decoder_layer_1\n", "layers: 3/3 decoder_layer_2\n"]);
    } finally {
      process.stderr.write = write;
    }
  });
});

describe("the memory a run may use (refused up front: the OS would kill it without a word)", () => {
  const files = (f: Record<string, string>) => (file: string) => f[file];
  const GiB = 2 ** 30;

  it("is the machine's, or the least limit of the process's own cgroup and those above it (found by an audit: a nested limit was missed)", () => {
    // cgroup v2, nested (systemd-run -p MemoryMax=…): the parent's limit counts, "max" is none
    const v2 = { "/proc/self/cgroup": "0::/user.slice/run-1.scope\n", "/sys/fs/cgroup/user.slice/memory.max": "1000000\n", "/sys/fs/cgroup/user.slice/run-1.scope/memory.max": "max\n" };
    expect(memoryLimit(files(v2), 8 * GiB)).toBe(1000000);
    // cgroup v1's memory controller, nested, sharing a hierarchy with cpu; v1's "no limit" is a number near 2^63
    const v1 = {
      "/proc/self/cgroup": "5:cpu,memory:/slurm/job_7\n0::/\n",
      "/sys/fs/cgroup/memory/memory.limit_in_bytes": "9223372036854771712\n",
      "/sys/fs/cgroup/memory/slurm/job_7/memory.limit_in_bytes": "500000000\n",
    };
    expect(memoryLimit(files(v1), 8 * GiB)).toBe(500000000);
    // a container whose own cgroup is the mount's top (cgroup namespace: "0::/")
    expect(memoryLimit(files({ "/proc/self/cgroup": "0::/\n", "/sys/fs/cgroup/memory.max": "2000000\n" }), 8 * GiB)).toBe(2000000);
    // a path that is not under this mount (no namespace): the top's limit still counts
    expect(memoryLimit(files({ "/proc/self/cgroup": "0::/docker/abc\n", "/sys/fs/cgroup/memory.max": "3000000\n" }), 8 * GiB)).toBe(3000000);
    // no cgroup files at all (not Linux): the machine's memory; a limit above it changes nothing
    expect(memoryLimit(files({}), 8 * GiB)).toBe(8 * GiB);
    expect(memoryLimit(files({ "/proc/self/cgroup": "0::/\n", "/sys/fs/cgroup/memory.max": String(64 * GiB) }), 8 * GiB)).toBe(8 * GiB);
  });

  it("counts the largest read and the runtime, not only the weights; --memory-budget must fit too", async () => {
    const w = join(dir, "memory.safetensors");
    expect(grok1("init", "--config", "grok-1-tiny", "--out", w).code).toBe(0);
    const model = await openModel({ weights: w, kernels: "ts" });
    const size = statSync(w).size;
    const embeddings = 512 * 48 * 4; // grok-1-tiny: V 512, D 48, float32
    expect(() => checkFitsInMemory(model, {}, 4 * GiB)).not.toThrow();
    // the weights alone fit, but not with a layer's read and Node's own memory
    expect(() => checkFitsInMemory(model, {}, size + 1)).toThrow(UserError);
    expect(() => checkFitsInMemory(model, {}, size + 1)).toThrow(/the weights take 0.0 GiB and loading them about 0.2 GiB at its peak, more than the 0.0 GiB .*: even streaming them/);
    expect(() => checkFitsInMemory(model, {}, 400 * 2 ** 20)).not.toThrow();
    // a budget that fits beside the embeddings and the runtime, and one that does not: the
    // TypeScript kernels read the embeddings into the array they keep, and each layer into
    // a fresh one (64 MiB for those dropped and not yet collected); the WebAssembly kernels
    // pack the embeddings from a block of rows (here all of them) into their own memory
    const MiB = 2 ** 20;
    const limit = 1 * GiB;
    expect(() => checkBudgetFitsInMemory(model, {}, 512 * MiB, limit)).not.toThrow();
    let most = limit - embeddings - 64 * MiB - 160 * MiB;
    expect(() => checkBudgetFitsInMemory(model, {}, most, limit)).not.toThrow();
    expect(() => checkBudgetFitsInMemory(model, {}, most + 1, limit)).toThrow(/--memory-budget .* with the embeddings \(96.00 KiB, always in memory\) needs more than the 1.00 GiB .*: give --memory-budget 799M or less/);
    const wasm = await WasmKernels.create({ build: "simd", threads: 1 });
    const packed = { ...model, kernels: wasm };
    most = limit - 2 * embeddings - 160 * MiB;
    expect(() => checkBudgetFitsInMemory(packed, {}, most, limit)).not.toThrow();
    expect(() => checkBudgetFitsInMemory(packed, {}, most + 1, limit)).toThrow(/give --memory-budget 863M or less/);
    // each kernel thread past two is a worker of its own: 8 MiB more each
    const four = await WasmKernels.create({ build: "simd", threads: 4 });
    expect(() => checkBudgetFitsInMemory({ ...model, kernels: four }, {}, most - 16 * MiB, limit)).not.toThrow();
    expect(() => checkBudgetFitsInMemory({ ...model, kernels: four }, {}, most - 16 * MiB + 1, limit)).toThrow(/give --memory-budget 847M or less/);
    expect(() => checkFitsInMemory({ ...model, kernels: four }, {}, 400 * MiB)).not.toThrow();
    await four.close();
    // the error's suggestion, on a bigger machine: a budget that fits, in half-GiB steps
    // (grok-1-mid's random float32 weights, taken as stored ones: 4.9 GB, embeddings 512 MiB)
    const mid = { ...(await openModel({ config: "grok-1-mid", kernels: "ts" })), randomWeights: false };
    expect(() => checkFitsInMemory(mid, {}, 4 * GiB)).toThrow(/the weights take 4.6 GiB .*more than the 4.0 GiB .*: stream them from disk with --memory-budget \(generate, trace\), e\.g\. --memory-budget 3G$/);
    // generate's KV cache is held beside the weights (or the budget): counted, named, and
    // taken from the budget the error suggests
    const kv = { bytes: 1.5 * GiB, what: "the KV cache (1 × 8192 slots)", fix: "ask for fewer tokens" };
    expect(() => checkFitsInMemory(model, {}, 1 * GiB)).not.toThrow();
    // the weights alone fit: the run is asked to hold less
    expect(() => checkFitsInMemory(model, {}, 1 * GiB, kv)).toThrow(/at its peak, plus 1.5 GiB for the KV cache \(1 × 8192 slots\), more than the 1.0 GiB .*: ask for fewer tokens$/);
    expect(() => checkFitsInMemory(mid, {}, 4 * GiB, { ...kv, bytes: 1 * GiB })).toThrow(/e\.g\. --memory-budget 2G$/);
    expect(() => checkBudgetFitsInMemory(model, {}, 512 * 2 ** 20, limit, kv)).toThrow(/with the embeddings \(96.00 KiB, always in memory\) and the KV cache \(1 × 8192 slots\) \(1.50 GiB\) needs more than the 1.00 GiB .*: ask for fewer tokens$/);
    expect(() => checkBudgetFitsInMemory(packed, {}, most - 2 ** 20, limit, { ...kv, bytes: 2 ** 20 })).not.toThrow();
    expect(() => checkBudgetFitsInMemory(packed, {}, most, limit, { ...kv, bytes: 2 ** 20 })).toThrow(/give --memory-budget 862M or less/);
    // float32 embeddings in bfloat16 mode are held as bf16 and read 64 MiB at a time
    // (params.ts readEmbeddings): grok-1-mid's 512 MiB take 256 MiB + the read's
    // 64 MiB, + the block the WebAssembly kernels pack from (or the TypeScript kernels'
    // dropped reads), 64 MiB
    const midBf16 = { ...(await openModel({ config: "grok-1-mid", kernels: "ts", dtype: "bfloat16" })), randomWeights: false };
    for (const m of [midBf16, { ...midBf16, kernels: wasm }]) {
      const fits = 4 * GiB - 256 * MiB - 64 * MiB - 64 * MiB - 160 * MiB;
      expect(() => checkBudgetFitsInMemory(m, {}, fits, 4 * GiB)).not.toThrow();
      expect(() => checkBudgetFitsInMemory(m, {}, fits + 1, 4 * GiB)).toThrow(/with the embeddings \(256.00 MiB, always in memory\) needs more than the 4.00 GiB .*: give --memory-budget 3G or less/);
    }
    // in float32 mode they are held as stored, 512 MiB, and read in place
    for (const m of [mid, { ...mid, kernels: wasm }]) {
      const fits = 4 * GiB - 512 * MiB - 64 * MiB - 160 * MiB;
      expect(() => checkBudgetFitsInMemory(m, {}, fits, 4 * GiB)).not.toThrow();
      expect(() => checkBudgetFitsInMemory(m, {}, fits + 1, 4 * GiB)).toThrow(/with the embeddings \(512.00 MiB, always in memory\)/);
    }
    await wasm.close();
  });
});

describe("arguments that are not UTF-8 (Node reads them as U+FFFD: found by an audit)", () => {
  const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p) : Buffer.from(p))));
  it("are refused, naming the flag and the byte; a real U+FFFD is text like any other", () => {
    const cmdline = (...args: Uint8Array[]) => [bytes("node"), bytes("main.js"), bytes("tokenize"), ...args];
    expect(() => checkArgumentsAreUtf8(["--text", "a\uFFFDb"], cmdline(bytes("--text"), bytes("a", [0xff], "b")))).toThrow(
      /the value of --text is not UTF-8 text: byte 0xff at offset 1 does not begin a valid UTF-8 character \(Node would read "a\uFFFDb"\)/,
    );
    // a character cut short: where it starts
    expect(() => checkArgumentsAreUtf8(["--text", "ab\uFFFDZ"], cmdline(bytes("--text"), bytes("ab", [0xe2, 0x82], "Z")))).toThrow(/byte 0xe2 at offset 2/);
    expect(() => checkArgumentsAreUtf8(["--text=\uFFFD"], cmdline(bytes("--text=", [0xc3])))).toThrow(/argument 1 is not UTF-8 text: byte 0xc3 at offset 7/);
    expect(() => checkArgumentsAreUtf8(["--text", "a\uFFFDb"], cmdline(bytes("--text"), bytes("a\uFFFDb")))).not.toThrow();
    expect(() => checkArgumentsAreUtf8(["--text", "plain"], undefined)).not.toThrow();
  });
  it("through the command line", () => {
    if (!existsSync("/proc/self/cmdline")) return;
    const r = spawnSync("bash", ["-c", `exec "$0" "$1" tokenize --text $'a\\xffb'`, process.execPath, BIN], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/grok1 tokenize: error: the value of --text is not UTF-8 text: byte 0xff at offset 1/);
  });
});

describe("arguments echoed in an error (found by a README walkthrough)", () => {
  it("have their control characters escaped, so that an escape sequence cannot act on the terminal", () => {
    const esc = "\u001b[2J\u001b[31mred";
    for (const [args, shown] of [
      [["config", esc], /unknown config '\\u001b\[2J\\u001b\[31mred'/],
      [["config", `x${esc}.json`], /x\\u001b\[2J\\u001b\[31mred\.json/],
      [["trace", "--tokens", `1,${esc}`, "--out", join(dir, "never.safetensors")], /\\u001b\[2J/],
      [[`tok${esc}`], /unknown command 'tok\\u001b\[2J\\u001b\[31mred'/],
    ] as const) {
      const r = grok1(...args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.err).toMatch(shown);
      expect(r.err).not.toContain("\u001b");
    }
  });
});

describe("grok1 CLI", () => {
  it("config grok-1 prints the derived numbers", () => {
    const r = grok1("config", "grok-1");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/315\.68B total/);
    expect(r.out).toMatch(/83\.76B active/);
    expect(JSON.parse(grok1("config", "grok-1-tiny", "--json").out).derived.ffn_size).toBe(256);
  });

  it("init + trace --weights equals trace with the same random seed; the trace has every activation", () => {
    const w = join(dir, "w.safetensors");
    expect(grok1("init", "--config", "grok-1-tiny", "--seed", "7", "--out", w).code).toBe(0);
    const a = join(dir, "a.safetensors"), b = join(dir, "b.safetensors");
    expect(grok1("trace", "--config", "grok-1-tiny", "--weights", w, "--tokens", "1,5,17", "--tokens", "3,4,0", "--out", a).code).toBe(0);
    expect(grok1("trace", "--config", "grok-1-tiny", "--seed", "7", "--tokens", "1,5,17", "--tokens", "3,4,0", "--out", b).code).toBe(0);
    const fa = SafetensorsFile.open(a), fb = SafetensorsFile.open(b);
    expect([...fa.tensors.keys()]).toEqual([...fb.tensors.keys()]);
    expect(fa.tensors.size).toBe(1 + 2 * 8 + 2);
    expect(fa.info("language_model/logits").shape).toEqual([2, 3, 512]);
    expect(Array.from(fa.read("language_model/logits") as Float32Array)).toEqual(Array.from(fb.read("language_model/logits") as Float32Array));
    expect(JSON.parse(fa.metadata.tokens)).toEqual([[1, 5, 17], [3, 4, 0]]);
  });

  it("8-bit weights and bfloat16 run too", () => {
    const w = join(dir, "q.safetensors");
    expect(grok1("init", "--config", "grok-1-tiny", "--quantize", "--scales", "bf16", "--out", w).code).toBe(0);
    const r = grok1("trace", "--config", "grok-1-tiny", "--dtype", "bfloat16", "--weights", w, "--tokens", "9,8,7", "--out", join(dir, "q.trace"));
    expect(r.code).toBe(0);
    // scales in row groups, as the released checkpoint's row-parallel weights have them
    const g = join(dir, "g.safetensors");
    expect(grok1("init", "--config", "grok-1-tiny", "--quantize", "--scales", "bf16", "--scale-groups", "4", "--out", g).code).toBe(0);
    const f = SafetensorsFile.open(g);
    expect(f.info("transformer/decoder_layer_0/multi_head_attention/linear/w.scales").shape).toEqual([4, 48]);
    expect(f.info("transformer/decoder_layer_0/moe/linear_1/w.scales").shape).toEqual([8, 4, 48]);
    // the column-parallel ones keep one scale row, as in the released checkpoint
    expect(f.info("transformer/decoder_layer_0/multi_head_attention/query/w.scales").shape).toEqual([1, 48]);
    expect(f.info("transformer/decoder_layer_0/moe/linear/w.scales").shape).toEqual([8, 1, 256]);
    expect(f.info("transformer/decoder_layer_0/moe/linear_v/w.scales").shape).toEqual([8, 1, 256]);
    expect(grok1("trace", "--dtype", "bfloat16", "--weights", g, "--tokens", "9,8,7", "--out", join(dir, "g.trace")).code).toBe(0);
    expectUserError(grok1("init", "--config", "grok-1-tiny", "--quantize", "--scale-groups", "5", "--out", g), /--scale-groups 5 does not divide the 48 rows of/);
    expectUserError(grok1("init", "--config", "grok-1-tiny", "--scale-groups", "4", "--out", g), /--scale-groups .* give it with --quantize/);
  });

  it("bad input: one clear line, exit 2, no output file", () => {
    const out = join(dir, "never.safetensors");
    expectUserError(grok1("trace", "--config", "grok-1-tiny", "--tokens", "1,512", "--out", out), /token id 512 .*outside \[0, 512\)/);
    expectUserError(grok1("trace", "--config", "grok-1-tiny", "--tokens", "1,2", "--tokens", "3", "--out", out), /rows have different lengths/);
    expectUserError(grok1("trace", "--config", "grok-1-tiny", "--tokens", "1,x", "--out", out), /'x' is not an integer token id/);
    expectUserError(grok1("trace", "--config", "nope", "--tokens", "1", "--out", out), /unknown config 'nope'/);
    expectUserError(grok1("trace", "--config", "grok-1-tiny", "--tokens", "1", "--bogus", "--out", out), /Unknown option '--bogus'/);
    expectUserError(grok1("trace", "--config", "grok-1-tiny", "--tokens", Array(257).fill(1).join(","), "--out", out), /more than sequence_len 256/);
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ vocab_size: 10, sequence_len: 8, model: { emb_size: 8, key_size: 3, num_q_heads: 2, num_kv_heads: 1, num_layers: 1 } }));
    expectUserError(grok1("trace", "--config", bad, "--tokens", "1", "--out", out), /bad.json: field 'model.key_size' must be even/);
    const tiny = JSON.parse(grok1("config", "grok-1-tiny", "--json").out).config;
    const bigVocab = join(dir, "big-vocab.json");
    writeFileSync(bigVocab, JSON.stringify({ ...tiny, vocab_size: 200000 }));
    expectUserError(grok1("generate", "--config", bigVocab, "--prompt", "a"), /vocab_size 200000 is larger than the tokenizer's 131072 pieces/);
    // random embeddings are N(0, 1) / embedding_multiplier_scale: not at 0 or 1e-39
    for (const m of [0, 1e-39]) {
      const flat = join(dir, `multiplier-${m}.json`);
      writeFileSync(flat, JSON.stringify({ ...tiny, embedding_multiplier_scale: m }));
      expectUserError(grok1("init", "--config", flat, "--out", out), new RegExp(`overflows float32 for embedding_multiplier_scale ${m}`));
      expectUserError(grok1("trace", "--config", flat, "--tokens", "1", "--out", out), /overflows float32 for embedding_multiplier_scale/);
    }
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).some((f) => f.includes(".tmp"))).toBe(false);
  });

  it("a truncated weights file names the file", () => {
    const w = join(dir, "t.safetensors");
    expect(grok1("init", "--config", "grok-1-tiny", "--out", w).code).toBe(0);
    truncateSync(w, 1000);
    expectUserError(grok1("trace", "--config", "grok-1-tiny", "--weights", w, "--tokens", "1", "--out", join(dir, "x")), /t\.safetensors/);
    writeFileSync(w, "garbage");
    expectUserError(grok1("trace", "--config", "grok-1-tiny", "--weights", w, "--tokens", "1", "--out", join(dir, "x")), /t\.safetensors/);
    const wrong = join(dir, "wrong.safetensors");
    expect(grok1("init", "--config", "grok-1-tiny", "--out", wrong).code).toBe(0);
    expectUserError(grok1("trace", "--config", "grok-1-mini", "--weights", wrong, "--tokens", "1", "--out", join(dir, "x")), /wrong.safetensors was written for another config: --config has vocab_size 131072 \(the file's 512\), model.emb_size 192 \(the file's 48\)/);
    // a config whose shapes coincide with the file's (12 heads of 4 where it has 6 of 8): refused by the recorded config
    const tinyCfg = JSON.parse(grok1("config", "grok-1-tiny", "--json").out).config;
    const alias = join(dir, "alias.json");
    writeFileSync(alias, JSON.stringify({ ...tinyCfg, model: { ...tinyCfg.model, num_q_heads: 2 * tinyCfg.model.num_q_heads, num_kv_heads: 2 * tinyCfg.model.num_kv_heads, key_size: tinyCfg.model.key_size / 2 } }));
    expectUserError(grok1("trace", "--config", alias, "--weights", wrong, "--tokens", "1", "--out", join(dir, "x")), /written for another config: --config has model.key_size 4 \(the file's 8\), model.num_q_heads 12 \(the file's 6\)/);
    // a recorded config that is not JSON: without --config an error that says so, with --config taken on its shapes
    const unreadable = join(dir, "unreadable.safetensors");
    rewrite(wrong, unreadable, { config: "{not json" });
    expectUserError(grok1("trace", "--weights", unreadable, "--tokens", "1", "--out", join(dir, "x")), /unreadable.safetensors: its metadata "config" is not JSON \(.*\); give --config/);
    expect(grok1("trace", "--config", "grok-1-tiny", "--weights", unreadable, "--tokens", "1", "--out", join(dir, "x")).code).toBe(0);
    // grok1's other files say what they are: a trace, a partial convert (its metadata "layers")
    const traced = join(dir, "traced.safetensors");
    expect(grok1("trace", "--weights", wrong, "--tokens", "1", "--out", traced).code).toBe(0);
    expectUserError(grok1("trace", "--weights", traced, "--tokens", "1", "--out", join(dir, "x")), /traced.safetensors is an activation trace \(grok1 trace wrote it\), not weights/);
    const part = join(dir, "part.safetensors");
    rewrite(wrong, part, { layers: "1-1" }, (name) => !name.includes("decoder_layer_0"));
    const complete = join(dir, "complete.safetensors"); // all of them: runs
    rewrite(wrong, complete, { layers: "0-1" });
    expect(grok1("trace", "--weights", complete, "--tokens", "1", "--out", join(dir, "x")).code).toBe(0);
    expectUserError(grok1("trace", "--weights", part, "--tokens", "1", "--out", join(dir, "x")), /part.safetensors holds layers 1-1 only \(grok1 convert --layers\): config grok-1-tiny runs layers 0-1/);
    // more layers in the file than in the config: an error, not 2 of 3 layers run
    const three = join(dir, "three.json"), w3 = join(dir, "three.safetensors");
    const tiny = JSON.parse(grok1("config", "grok-1-tiny", "--json").out).config;
    writeFileSync(three, JSON.stringify({ ...tiny, model: { ...tiny.model, num_layers: 3 } }));
    expect(grok1("init", "--config", three, "--out", w3).code).toBe(0);
    expectUserError(grok1("trace", "--config", "grok-1-tiny", "--weights", w3, "--tokens", "1", "--out", join(dir, "x")), /three.safetensors: 12 tensors that config grok-1-tiny does not use: .*decoder_layer_2.* it has 2 layers/);
  });

  it("the released checkpoint layout: trace --checkpoint, convert, trace --weights agree", () => {
    const fixture = FIXTURE, cfg = FIXTURE_CONFIG;
    const a = join(dir, "ckpt.trace"), b = join(dir, "conv.trace"), c = join(dir, "stream.trace"), w = join(dir, "conv.safetensors");
    expect(grok1("trace", "--config", cfg, "--checkpoint", fixture, "--tokens", "3,5,7,9", "--out", a).code).toBe(0);
    expect(grok1("convert", "--config", cfg, "--checkpoint", fixture, "--out", w).code).toBe(0);
    expect(grok1("trace", "--config", cfg, "--weights", w, "--tokens", "3,5,7,9", "--out", b).code).toBe(0);
    const fa = SafetensorsFile.open(a), fb = SafetensorsFile.open(b);
    for (const name of fa.tensors.keys()) expect(Array.from(fb.read(name) as Float32Array), name).toEqual(Array.from(fa.read(name) as Float32Array));
    expectUserError(grok1("convert", "--config", cfg, "--checkpoint", join(dir, "nowhere"), "--out", c), /nowhere/);
    // without --config a checkpoint is taken for the released Grok-1's, and this small one is not
    const asGrok = grok1("trace", "--checkpoint", fixture, "--tokens", "1", "--out", c);
    expectUserError(asGrok, /ckpt-0 is missing \d+ of 770 tensor files: .*\. grok-1 has 770 parameters: does the config match the checkpoint\?/);
    expect(asGrok.err).toMatch(/config: grok-1 \(the released checkpoint's; give --config for another\)/);
    expect(existsSync(c)).toBe(false);
  });

  it("generate --memory-budget streams the weights from disk and gives the same text", () => {
    const w = join(dir, "mini-int8.safetensors");
    expect(grok1("init", "--config", "grok-1-mini", "--quantize", "--scales", "bf16", "--out", w).code).toBe(0);
    const args = ["generate", "--weights", w, "--prompt", "Hello world", "--max-tokens", "4", "--temperature", "1", "--seed", "3"];
    const eager = grok1(...args);
    const streamed = grok1(...args, "--memory-budget", "24M");
    expect(eager.code).toBe(0);
    expect(streamed.code).toBe(0);
    expect(streamed.out).toBe(eager.out);
    expect(streamed.err).toMatch(/streaming: .* read/);
    expectUserError(grok1(...args, "--memory-budget", "1K"), /budget/);
  });

  it("trace --memory-budget streams the weights from disk and writes the same activations, bit for bit (prefill and decode steps, a file and a checkpoint)", () => {
    const w = join(dir, "trace-mini-int8.safetensors");
    expect(grok1("init", "--config", "grok-1-mini", "--quantize", "--scales", "bf16", "--out", w).code).toBe(0);
    const cases = [
      ["--weights", w, "--tokens", "5,9,13", "--tokens", "7,1,2"],
      ["--weights", w, "--tokens", "5,9,13", "--decode", "4,8"],
      ["--config", FIXTURE_CONFIG, "--checkpoint", FIXTURE, "--tokens", "3,5,7,9"],
    ];
    for (const [i, args] of cases.entries()) {
      const whole = join(dir, `trace-whole-${i}.safetensors`), streamed = join(dir, `trace-streamed-${i}.safetensors`);
      expect(grok1("trace", ...args, "--out", whole).code).toBe(0);
      const r = grok1("trace", ...args, "--memory-budget", "24M", "--out", streamed);
      expect(r.code, r.err).toBe(0);
      expect(r.err).toMatch(/streaming layers from disk within 24.00 MiB[\s\S]*streaming: .* read/);
      expect(readFileSync(streamed).equals(readFileSync(whole)), args.join(" ")).toBe(true);
    }
    expectUserError(grok1("trace", "--config", "grok-1-tiny", "--tokens", "1", "--memory-budget", "24M", "--out", join(dir, "x.safetensors")), /--memory-budget streams the weights from disk: give --weights/);
  });

  it("compare: another runtime's activations against a trace; exit 1 names the first tensor out of tolerance", () => {
    const rows = ["--tokens", "5,9,13", "--tokens", "7,0,0"];
    const ref = join(dir, "cmp-ref.safetensors"), other = join(dir, "cmp-other.safetensors");
    expect(grok1("trace", "--config", "grok-1-tiny", ...rows, "--out", ref).code).toBe(0);
    expect(grok1("trace", "--config", "grok-1-tiny", ...rows, "--out", other, "--kernels", "wasm").code).toBe(0);
    const same = grok1("compare", ref, other);
    expect(same.code, same.err).toBe(0);
    expect(same.out).toMatch(/^ok: all 19 tensors compared within tolerance\n {2}tolerance: float32/);

    // the other runtime gets layer 1's attention wrong, a little: every later tensor follows it
    const file = SafetensorsFile.open(other);
    const tensors = [...file.tensors.values()].map((t) => ({ name: t.name, dtype: t.dtype, shape: t.shape }));
    const data = new Map(tensors.map((t) => [t.name, file.read(t.name) as Float32Array]));
    file.close();
    const wrong = "transformer/decoder_layer_1/multi_head_attention";
    data.get(wrong)![7] *= 1.001;
    const bad = join(dir, "cmp-bad.safetensors");
    writeSafetensors(bad, tensors, (t) => data.get(t.name)!); // no metadata: the mode comes from the reference
    const r = grok1("compare", ref, bad);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(new RegExp(`^DIFFERENT: \\d+ of 19 tensors compared out of tolerance, the first ${wrong}\\n {2}FAIL ${wrong}: max \\|other-ref\\| [\\d.e-]+ at \\[0,0,7\\]`));
    const json = JSON.parse(grok1("compare", ref, bad, "--json").out);
    expect(json).toMatchObject({ ok: false, dtype: "float32", first_difference: wrong, missing: [] });
    expect(json.tensors.find((t: { name: string }) => t.name === wrong).worst.index).toEqual([0, 0, 7]);

    // a runtime that writes double precision (NumPy's default): rounded to float32, then compared as above
    const f64 = join(dir, "cmp-f64.safetensors");
    writeWide(f64, "F64", tensors, (name) => data.get(name)!);
    expect(grok1("compare", ref, f64).out).toMatch(new RegExp(`^DIFFERENT: \\d+ of 19 tensors compared out of tolerance, the first ${wrong}\n`));
    data.get(wrong)![7] /= 1.001;
    writeWide(f64, "F64", tensors, (name) => data.get(name)!);
    expect(grok1("compare", ref, f64).out).toMatch(/^ok: all 19 tensors compared within tolerance/);
    // half precision is read too (its 11 bits are far from float32's tolerance, so only against itself here)
    const f16 = join(dir, "cmp-f16.safetensors");
    writeWide(f16, "F16", tensors, (name) => data.get(name)!);
    expect(grok1("compare", ref, f16).code).toBe(1);
    expect(grok1("compare", f16, f16, "--dtype", "float32").out).toMatch(/^ok: all 19 tensors compared within tolerance/);
    data.get(wrong)![7] *= 1.001;

    // a runtime that dumps some tensors: those are compared, the rest listed
    writeSafetensors(bad, tensors.slice(0, 5), (t) => data.get(t.name)!);
    const some = grok1("compare", ref, bad);
    expect(some.code, some.out).toBe(0);
    expect(some.out).toMatch(/^ok: all 5 tensors compared within tolerance\n {2}not in the other file \(not compared\): transformer\/decoder_layer_0\/router_probs, /);
    // the reference must say its mode, or --dtype; nothing in common, or too many experts, is bad input
    expectUserError(grok1("compare", bad, ref), /does not record its fprop_dtype \(grok1 trace writes it\): give --dtype float32 or bfloat16/);
    expect(grok1("compare", bad, ref, "--dtype", "bfloat16").code).toBe(0); // ref's 5 tensors are all in the other file
    writeSafetensors(bad, [{ name: "something/else", dtype: "F32", shape: [2] }], () => new Float32Array(2));
    expectUserError(grok1("compare", ref, bad), /holds none of the 19 tensors of/);
    expectUserError(grok1("compare", ref, other, "--experts", "9"), /--experts 9 is more than the 8 experts of .*router_probs/);
    const unreadable = join(dir, "cmp-unreadable.safetensors");
    rewrite(ref, unreadable, { config: "{not json" });
    expectUserError(grok1("compare", unreadable, other), /cmp-unreadable.safetensors: its metadata "config" is not JSON/);
    expect(grok1("compare", unreadable, other, "--experts", "2").code).toBe(0); // --experts is all it was read for
    const oneExpert = join(dir, "cmp-one-expert.safetensors");
    const router = "transformer/decoder_layer_0/router_probs";
    writeSafetensors(oneExpert, [{ name: router, dtype: "F32", shape: [1, 1, 1] }], () => new Float32Array([1]), { config: JSON.stringify({ model: { num_selected_experts: 2 } }), fprop_dtype: "float32" });
    expectUserError(grok1("compare", oneExpert, other), /2 experts per token \(as .*cmp-one-expert.safetensors records its config; --experts sets it\) is more than the 1 experts/);
    expectUserError(grok1("compare", ref), /give two activation files/);
    expectUserError(grok1("compare", ref, join(dir, "nothing.safetensors")), /nothing.safetensors/);
  });

  it("trace --decode: prefill and decode steps with the KV memory, in the golden KV cases' layout, compared like any trace", () => {
    const args = ["trace", "--config", "grok-1-tiny", "--tokens", "5,9,13", "--tokens", "7,0,0", "--decode", "11,12", "--decode", "21,22"];
    const ts = join(dir, "kv-ts.safetensors"), wasm = join(dir, "kv-wasm.safetensors");
    const r = grok1(...args, "--kernels", "ts", "--out", ts);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toMatch(/trace: 2×3 tokens and 2 decode steps through 2 layers/);
    expect(grok1(...args, "--kernels", "wasm", "--out", wasm).code).toBe(0);
    const file = SafetensorsFile.open(ts);
    const names = [...file.tensors.keys()];
    expect(JSON.parse(file.metadata.decode)).toEqual([[11, 12], [21, 22]]);
    file.close();
    expect(names.slice(0, 3)).toEqual(["step_0/tokens", "step_0/language_model/embed", "step_0/transformer/decoder_layer_0/rms_norm"]);
    expect(names).toContain("step_2/memory/layer_1/step");
    expect(names.length).toBe(3 * (1 + 19 + 1 + 6)); // per step: tokens, the 19 activations of a 2-layer trace, logits, k, v and step of 2 layers
    const same = grok1("compare", ts, wasm);
    expect(same.code, same.out).toBe(0);
    expect(same.out).toMatch(/^ok: all 81 tensors compared within tolerance/);
    expectUserError(grok1(...args.slice(0, -2), "--out", join(dir, "kv-bad.safetensors")), /give one --decode per --tokens row: 1 --decode for 2 rows/);
    expectUserError(grok1("trace", "--config", "grok-1-tiny", "--tokens", "0,0", "--decode", "3", "--out", join(dir, "kv-bad.safetensors")), /prompt row 0 is all padding/);
    expect(existsSync(join(dir, "kv-bad.safetensors"))).toBe(false);
  });

  it("compare: a KV-memory trace is compared in the order it was computed (a golden case against the reference run again elsewhere)", () => {
    // JAX 0.11.2 on an Intel Xeon flipped a bf16 rounding in step 0's layer-0 MoE that JAX
    // 0.10.2 on this machine did not; the file lists step 0's logits and memory, which that
    // flip changed, before the layers: compared in file order they failed (golden/README.md)
    const golden = join(import.meta.dirname, "..", "golden");
    const first = join(golden, "cases", "kv_f32", "activations.safetensors");
    const second = join(golden, "reproduced", "jax-0.11.2-xeon", "kv_f32.safetensors");
    for (const [ref, other] of [[first, second], [second, first]]) {
      const r = grok1("compare", ref, other, "--dtype", "float32");
      expect(r.code, r.out).toBe(0);
      expect(r.out).toMatch(/^ok: all 108 tensors compared within tolerance\n {2}note: step_0\/transformer\/decoder_layer_0\/moe: row 0 differs from the reference \(bf16 rounding flips\)/);
    }
  });

  it("tokenize and detokenize round-trip", () => {
    const r = grok1("tokenize", "--text", "The answer to life the universe and everything is of course");
    expect(JSON.parse(r.out)).toEqual([422, 3033, 356, 1180, 333, 9072, 360, 2175, 391, 359, 1805]);
    expect(grok1("detokenize", "--ids", "422,3033,356").out).toBe("The answer to\n");
    expectUserError(grok1("detokenize", "--ids", "1,999999"), /999999/);
    expectUserError(grok1("detokenize", "--ids", "[[1], 2]"), /--ids: '\[1\]' is not an integer token id \(in '\[\[1\], 2\]'\)/); // quotes what was given
  });

  it("generate streams text and reports speed on stderr", () => {
    const r = grok1("generate", "--prompt", "Hello", "--max-tokens", "3", "--seed", "1");
    expect(r.code).toBe(0);
    expect(r.out.startsWith("Hello")).toBe(true);
    expect(r.err).toMatch(/RANDOM weights/);
    expect(r.err).toMatch(/decode: \d+ tokens in [\d.]+ s \([\d.]+ tokens\/s\)/);
    const two = grok1("generate", "--prompt", "Hello", "--prompt", "Good morning", "--max-tokens", "2");
    expect(two.code).toBe(0);
    expect(two.out).toMatch(/--- \[1\] Hello/);
    expect(two.out).toMatch(/--- \[2\] Good morning/);
  });

  it("bad flags: one line naming the flag or argument, exit 2", () => {
    const out = join(dir, "never.safetensors");
    const oneLine = (r: ReturnType<typeof grok1>, message: RegExp) => {
      expectUserError(r, message);
      const lines = r.err.trim().split("\n");
      expect(lines.filter((l) => !l.startsWith("note: "))).toEqual([lines.at(-1)]); // the error, after notes on stderr
    };
    // stray positional arguments are not silently dropped
    oneLine(grok1("generate", "--prompt", "a", "b", "c"), /unexpected argument 'b'/);
    oneLine(grok1("trace", "--tokens", "1", "2", "3", "--out", out), /unexpected argument '2'/);
    oneLine(grok1("tokenize", "--text", "hello", "world"), /unexpected argument 'world'/);
    oneLine(grok1("detokenize", "--ids", "1", "2", "3"), /unexpected argument '2'/);
    oneLine(grok1("config", "--config", "grok-1", "grok-1-tiny"), /give the config once/);
    // a negative value after a space reaches the flag's own check
    oneLine(grok1("generate", "--max-tokens", "-1", "--prompt", "a"), /--max-tokens must be an integer in \[1, Infinity\], got '-1'/);
    oneLine(grok1("generate", "--seed", "-1", "--prompt", "a"), /--seed must be an integer .* got '-1'/);
    oneLine(grok1("detokenize", "--ids", "-1"), /token id -1/);
    oneLine(grok1("convert", "--checkpoint", FIXTURE, "--config", FIXTURE_CONFIG, "--out", out, "--layers", "-1"), /--layers must be a or a-b/);
    oneLine(grok1("generate", "--memory-budget", "-4G", "--prompt", "a"), /--memory-budget must be a size .* got '-4G'/);
    // integers are plain decimals, and a blank is not 0
    oneLine(grok1("generate", "--seed=", "--prompt", "a"), /--seed must be an integer .* got ''/);
    oneLine(grok1("generate", "--seed", " ", "--prompt", "a"), /--seed must be an integer .* got ' '/);
    oneLine(grok1("generate", "--max-tokens", "0x10", "--prompt", "a"), /got '0x10'/);
    oneLine(grok1("trace", "--tokens", "1e2", "--out", out), /'1e2' is not an integer token id/);
    // parse errors and missing flags are one line too
    oneLine(grok1("trace", "--tokens", "1", "--bogus", "--out", out), /Unknown option '--bogus' \(see 'grok1 trace --help'\)/);
    oneLine(grok1("trace", "--out", out), /--tokens is required \(see 'grok1 trace --help'\)/);
    oneLine(grok1("generate", "--prompt"), /--prompt/);
    // flags a command does not use, or uses only with another
    oneLine(grok1("trace", "--config", "grok-1-tiny", "--memory-budget", "garbage", "--tokens", "1", "--out", out), /--memory-budget must be a size such as 8G/);
    oneLine(grok1("init", "--config", "grok-1-tiny", "--memory-budget", "1G", "--out", out), /Unknown option '--memory-budget'/);
    oneLine(grok1("bench", "--memory-budget", "garbage"), /--memory-budget is used only by bench --full-layer/);
    oneLine(grok1("init", "--config", "grok-1-tiny", "--scales", "bf16", "--out", out), /--scales .* with --quantize/);
    oneLine(grok1("bench", "--e2e", "--config", "grok-1-tiny", "--prompt-tokens", "300", "--gen-tokens", "2"), /--prompt-tokens 300 \+ --gen-tokens 2 is more than the config's sequence_len 256/);
    oneLine(grok1("convert", "--checkpoint", FIXTURE, "--config", FIXTURE_CONFIG, "--layers", "5-3", "--out", out), /--layers 5-3 is reversed/);
    expect(existsSync(out)).toBe(false);
  });

  it("bad paths: --out a directory, empty or in no directory; --weights a directory or a named pipe", () => {
    const w = join(dir, "paths.safetensors");
    expect(grok1("init", "--config", "grok-1-tiny", "--out", w).code).toBe(0);
    const trace = (...args: string[]) => grok1("trace", "--config", "grok-1-tiny", "--tokens", "1", ...args);
    expectUserError(trace("--out", dir), new RegExp(`cannot write ${dir}: it is a directory`));
    expectUserError(trace("--out", ""), /the output path is empty/);
    expectUserError(trace("--out", join(dir, "nowhere", "a.st")), /directory .*nowhere does not exist/);
    expectUserError(grok1("init", "--config", "grok-1-tiny", "--out", join(w, "a.st")), /paths.safetensors is not a directory/);
    expectUserError(trace("--weights", dir, "--out", join(dir, "a.st")), /is a directory, not a file/);
    const fifo = join(dir, "fifo");
    if (spawnSync("mkfifo", [fifo]).status === 0) expectUserError(trace("--weights", fifo, "--out", join(dir, "a.st")), /fifo: is a named pipe, not a file/);
    const ckpt = join(dir, "ckpt-dir");
    cpSync(FIXTURE, ckpt, { recursive: true });
    rmSync(join(ckpt, "ckpt-0", "tensor00000_000"));
    mkdirSync(join(ckpt, "ckpt-0", "tensor00000_000"));
    expectUserError(grok1("trace", "--config", FIXTURE_CONFIG, "--checkpoint", ckpt, "--tokens", "1", "--out", join(dir, "a.st")), /tensor00000_000 \(language_model\/in_out_embed\/embeddings\): is a directory, not a file/);
    expect(readdirSync(dir).some((f) => f.includes(".tmp"))).toBe(false);
  });

  it("outputs: never over a device, a pipe or the command's own input; leftovers of killed runs are removed; a failed stdout is exit 2", () => {
    const w = join(dir, "own.safetensors");
    expect(grok1("init", "--config", "grok-1-tiny", "--out", w).code).toBe(0);
    const before = readFileSync(w);
    const trace = (...args: string[]) => grok1("trace", "--config", "grok-1-tiny", "--tokens", "1", ...args);
    expectUserError(trace("--weights", w, "--out", w), /cannot write .*own.safetensors: it is the input file/);
    expect(readFileSync(w).equals(before)).toBe(true);
    expectUserError(grok1("convert", "--config", FIXTURE_CONFIG, "--checkpoint", FIXTURE, "--out", join(FIXTURE, "ckpt-0", "x.st")), /it is inside the input folder/);
    expectUserError(trace("--out", join(dir, "newdir") + "/"), /give a file name, not a directory/);
    const fifo = join(dir, "out-fifo");
    if (spawnSync("mkfifo", [fifo]).status === 0) expectUserError(trace("--out", fifo), /out-fifo: it is a named pipe, not a file/);
    // a temporary file of a process that is gone is removed; a live process's, or a link planted there, is not followed
    const stale = join(dir, ".grok1-4194399-0a1b.tmp"), live = join(dir, `.grok1-${process.pid}-0a1b.tmp`);
    writeFileSync(stale, "left by a killed run");
    utimesSync(stale, new Date(Date.now() - 3600e3), new Date(Date.now() - 3600e3)); // an hour untouched
    const recent = join(dir, ".grok1-4194398-0a1b.tmp"); // its process is gone too, but it was written just now
    writeFileSync(recent, "another machine's, on a shared folder");
    writeFileSync(live, "being written");
    const oldStyle = join(dir, ".grok1-4194397.tmp"); // the name before 2026-11-27, without the random part (found by mutation testing)
    writeFileSync(oldStyle, "left by an older killed run");
    utimesSync(oldStyle, new Date(Date.now() - 3600e3), new Date(Date.now() - 3600e3));
    expect(grok1("init", "--config", "grok-1-tiny", "--out", join(dir, "after.safetensors")).code).toBe(0);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(oldStyle)).toBe(false);
    expect(readFileSync(live, "utf8")).toBe("being written");
    expect(existsSync(recent)).toBe(true);
    rmSync(live);
    rmSync(recent);
    // stdout that cannot be written (a full disk) is an error, not exit 0 with the output lost
    if (existsSync("/dev/full")) {
      const r = spawnSync(process.execPath, [BIN, "tokenize", "--text", "hi"], { stdio: ["ignore", openSync("/dev/full", "w"), "pipe"], encoding: "utf8" });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/cannot write stdout \(ENOSPC/);
      // generate stops at the first failed write rather than generating the rest for nothing, and says so once
      const gen = spawnSync(process.execPath, [BIN, "generate", "--config", "grok-1-tiny", "--prompt", "a", "--max-tokens", "50"], {
        stdio: ["ignore", openSync("/dev/full", "w"), "pipe"],
        encoding: "utf8",
        env: { ...process.env, GROK1_KERNELS: "ts" },
      });
      expect(gen.status).toBe(2);
      expect(gen.stderr.match(/cannot write stdout \(ENOSPC/g)).toHaveLength(1);
      expect(gen.stderr).not.toMatch(/decode: \d+ tokens/); // the summary of a finished run
      // a command's --help too (it exited 0 there: found by an audit)
      const help = spawnSync(process.execPath, [BIN, "trace", "--help"], { stdio: ["ignore", openSync("/dev/full", "w"), "pipe"], encoding: "utf8" });
      expect(help.status).toBe(2);
      expect(help.stderr).toMatch(/grok1 trace: error: cannot write stdout \(ENOSPC/);
    }
  });

  it("values that overflow float32 are refused, not sampled from; inputs that would hang or be guessed at are refused", () => {
    const tiny = JSON.parse(grok1("config", "grok-1-tiny", "--json").out).config;
    const huge = join(dir, "huge.json");
    writeFileSync(huge, JSON.stringify({ ...tiny, embedding_multiplier_scale: 1e39 }));
    expectUserError(grok1("config", huge), /field 'embedding_multiplier_scale' must be finite in float32/);
    const big = join(dir, "big.json");
    // finite, but the embeddings overflow (in bfloat16 the multiplier rounds up to Infinity)
    writeFileSync(big, JSON.stringify({ ...tiny, embedding_multiplier_scale: 3.4e38, fprop_dtype: "bfloat16" }));
    expectUserError(grok1("generate", "--config", big, "--prompt", "a", "--max-tokens", "2"), /the logits hold NaN at token id \d+: the model overflowed float32/);
    expect(grok1("trace", "--config", big, "--tokens", "1", "--out", join(dir, "big.trace")).err).toMatch(/warning: activation .* holds (NaN|-?Infinity)/);
    expectUserError(grok1("generate", "--config", "grok-1-tiny", "--prompt", "a", "--max-tokens", "2", "--temperature", "1e-45"), /\/ temperature 1e-45 overflows float32: the temperature is too small/);
    const zero = grok1("generate", "--config", "grok-1-tiny", "--prompt", "a", "--max-tokens", "2", "--temperature", "1e-320");
    expectUserError(zero, /temperature 1e-320 is 0 in/);
    expect(zero.out).toBe(""); // found before the weights load and the prompt is echoed
    expect(zero.err).not.toMatch(/loaded/);
    // a config nested past JSON.stringify's stack, and a 1 MB string: one short line
    const deep = join(dir, "deep.json");
    writeFileSync(deep, JSON.stringify({ ...tiny, fprop_dtype: "X" }).replace('"X"', "[".repeat(5000) + "]".repeat(5000)));
    const nested = grok1("config", deep); // (Node 26's JSON.stringify goes that deep; older ones overflow their stack)
    expectUserError(nested, /field 'fprop_dtype' must be "float32" or "bfloat16", got (an array nested too deep to print|\[\[\[.*… \(10000 characters\))/);
    expect(nested.err.length).toBeLessThan(300);
    writeFileSync(deep, JSON.stringify({ ...tiny, fprop_dtype: "x".repeat(1 << 20) }));
    const long = grok1("config", deep);
    expectUserError(long, /got "xxx.*… \(1048578 characters\)/);
    expect(long.err.length).toBeLessThan(300);
    // named pipes would block a read forever; bytes that are not UTF-8 are not text
    const fifo = join(dir, "in-fifo");
    if (spawnSync("mkfifo", [fifo]).status === 0) {
      expectUserError(grok1("config", fifo + ".json"), /cannot be opened/); // (no such file)
      spawnSync("mv", [fifo, fifo + ".json"]);
      expectUserError(grok1("config", fifo + ".json"), /is a named pipe, not a file/);
      expectUserError(grok1("tokenize", "--file", fifo + ".json"), /is a named pipe, not a file/);
      expectUserError(grok1("tokenize", "--text", "a", "--tokenizer", fifo + ".json"), /is a named pipe, not a file/);
    }
    const bin = join(dir, "latin1.txt");
    writeFileSync(bin, Buffer.from([0x68, 0x69, 0xe9, 0x21]));
    expectUserError(grok1("tokenize", "--file", bin), /latin1.txt: is not UTF-8 text \(an invalid byte sequence near byte 2\)/);
    writeFileSync(bin, Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0x62, 0xe9])); // after a byte-order mark, offsets still count it
    expectUserError(grok1("tokenize", "--file", bin), /latin1.txt: is not UTF-8 text \(an invalid byte sequence near byte 5\)/);
    // a byte-order mark is text to the tokenizer (SentencePiece 0.1.97 gives these ids), and dropped from a config
    const bom = join(dir, "bom.txt");
    writeFileSync(bom, "\ufeffHello world");
    expect(grok1("tokenize", "--file", bom).out).toBe("[16001,17523,1135]\n");
    writeFileSync(bom, "\ufeff" + JSON.stringify(tiny));
    expect(grok1("config", bom).code).toBe(0);
    // weights larger than the machine's memory: refused before the load (the OS would kill it silently)
    expectUserError(grok1("trace", "--config", "grok-1", "--tokens", "1", "--out", join(dir, "t.trace")), /the weights take 1176.0 GiB and loading them about 1194.\d GiB at its peak, more than the [\d.]+ GiB of memory this process may use .*: use a smaller config/);
    // the logits of too many tokens for one array: refused before the forward pass
    const row = Array.from({ length: 1000 }, () => "5").join(",");
    expectUserError(grok1("trace", ...Array.from({ length: 40 }, () => ["--tokens", row]).flat(), "--out", join(dir, "t.trace")), /trace fewer tokens/);
  });

  it("flags: none given twice, none that the command would ignore", () => {
    const w = join(dir, "flags.safetensors");
    expect(grok1("init", "--config", "grok-1-tiny", "--out", w).code).toBe(0);
    expectUserError(grok1("generate", "--prompt", "a", "--max-tokens", "3", "--max-tokens", "4"), /--max-tokens is given twice/);
    expectUserError(grok1("trace", "--config", "grok-1-tiny", "--weights", w, "--seed", "3", "--tokens", "1", "--out", join(dir, "f.trace")), /--seed picks random weights: it does not apply with --weights/);
    expectUserError(grok1("trace", "--config", "grok-1-tiny", "--weights", w, "--random-dtype", "int8", "--tokens", "1", "--out", join(dir, "f.trace")), /--random-dtype .* does not apply with --weights/);
    expectUserError(grok1("bench", "--tokenizer", "--threads", "abc"), /--threads does not apply to bench --tokenizer/);
    expectUserError(grok1("bench", "--e2e", "--tokenizer"), /give one of --e2e, --tokenizer/);
    expectUserError(grok1("bench", "--sampling", "--threads", "2"), /--threads does not apply to bench --sampling/);
    expectUserError(grok1("bench", "--tokenizer", "--sampling"), /give one of --tokenizer, --sampling/);
    expectUserError(grok1("trace", "--config", "grok-1-tiny", "--kernels", "ts", "--threads", "2", "--tokens", "1", "--out", join(dir, "f.trace")), /--threads sets the WebAssembly kernels' threads: the TypeScript kernels \(--kernels ts\)/);
    // the same where the environment picks the TypeScript kernels (grok1() sets GROK1_KERNELS=ts), and for bench --full-layer (before it writes its layer)
    expectUserError(grok1("trace", "--config", "grok-1-tiny", "--threads", "2", "--tokens", "1", "--out", join(dir, "f.trace")), /the TypeScript kernels \(GROK1_KERNELS=ts\) run on one/);
    expectUserError(grok1("bench", "--full-layer", "--dir", join(dir, "no-layer"), "--kernels", "ts", "--threads", "2"), /--threads sets the WebAssembly kernels' threads/);
    expect(existsSync(join(dir, "no-layer"))).toBe(false);
    expectUserError(grok1("bench", "--e2e", "--config", "grok-1-tiny", "--no-ts-baseline", "--ts-gen-tokens", "2"), /--ts-gen-tokens sizes the TypeScript baseline, which --no-ts-baseline leaves out/);
    expectUserError(grok1("bench", "--e2e", "--config", "grok-1-tiny", "--prompt-tokens", "4", "--ts-prompt-tokens", "5"), /--ts-prompt-tokens must be an integer in \[1, 4\], got '5'/);
    // the measured kernels are the TypeScript ones: no baseline runs, so its sizes are an error (found by a README walkthrough)
    expectUserError(grok1("bench", "--e2e", "--config", "grok-1-tiny", "--ts-gen-tokens", "1"), /--ts-gen-tokens sizes the TypeScript baseline, which is not run when the measured kernels are the TypeScript ones \(GROK1_KERNELS=ts\)/);
    expectUserError(grok1("bench", "--e2e", "--config", "grok-1-tiny", "--kernels", "ts", "--ts-prompt-tokens", "2"), /\(--kernels ts\)/);
    expectUserError(grok1("generate", "--prompt", ""), /prompt 1 is empty/);
    expect(grok1("detokenize", "--ids", "[]")).toMatchObject({ code: 0, out: "\n" });
    // without --config, a weights file grok1 wrote runs under the config it records
    const own = grok1("trace", "--weights", w, "--tokens", "1,2", "--out", join(dir, "own.trace"));
    expect(own.code).toBe(0);
    expect(own.err).toMatch(/config: grok-1-tiny, as recorded in .*flags.safetensors/);
    expect(SafetensorsFile.open(join(dir, "own.trace")).info("language_model/logits").shape).toEqual([1, 2, 512]);
  });

  it("flag values and combinations the other tests leave out: one line, exit 2 (found by mutation testing)", () => {
    const out = join(dir, "never2.safetensors");
    // a negative fraction after a space reaches the flag's own check, as "-1" does
    expectUserError(grok1("generate", "--config", "grok-1-tiny", "--temperature", "-.5", "--prompt", "a"), /--temperature must be a number in .*got '-.5'/);
    // the config's last layer is 10: 11 is past it
    expectUserError(grok1("convert", "--checkpoint", FIXTURE, "--config", FIXTURE_CONFIG, "--layers", "0-11", "--out", out), /--layers 0-11 is outside the model's layers 0-10/);
    // random weights cannot be streamed from disk
    expectUserError(grok1("generate", "--config", "grok-1-tiny", "--memory-budget", "1G", "--prompt", "a"), /--memory-budget streams the weights from disk: give --weights/);
    // top-p is a probability mass: at most 1
    expectUserError(grok1("generate", "--config", "grok-1-tiny", "--top-p", "1.5", "--prompt", "a"), /--top-p must be a number in \[.*, 1\], got '1.5'/);
    // tokenize reads one text: not both a --text and a --file
    const text = join(dir, "both.txt");
    writeFileSync(text, "hello");
    expectUserError(grok1("tokenize", "--text", "hi", "--file", text), /give exactly one of --text or --file/);
    // one source of weights
    expectUserError(grok1("trace", "--config", FIXTURE_CONFIG, "--weights", join(dir, "none.safetensors"), "--checkpoint", FIXTURE, "--tokens", "1", "--out", out), /give --weights or --checkpoint, not both/);
    // the TypeScript baseline runs a prefix of the generation, not more
    expectUserError(grok1("bench", "--e2e", "--config", "grok-1-tiny", "--gen-tokens", "2", "--ts-gen-tokens", "3"), /--ts-gen-tokens must be an integer in \[1, 2\], got '3'/);
    expect(existsSync(out)).toBe(false);
  });

  it("compare, convert and weights checks the other tests leave out (found by mutation testing)", () => {
    // compare: --dtype over the recorded mode, --experts K up to E, --all, and the --json fields
    const rows = ["--tokens", "5,9,13"];
    const ref = join(dir, "m-ref.safetensors"), other = join(dir, "m-other.safetensors");
    expect(grok1("trace", "--config", "grok-1-tiny", ...rows, "--out", ref).code).toBe(0);
    const f = SafetensorsFile.open(ref);
    const tensors = [...f.tensors.values()].map((t) => ({ name: t.name, dtype: t.dtype, shape: t.shape }));
    const data = new Map(tensors.map((t) => [t.name, f.read(t.name) as Float32Array]));
    f.close();
    const wrong = "transformer/decoder_layer_1/multi_head_attention";
    const refValue = data.get(wrong)![7];
    data.get(wrong)![7] = refValue * 1.001 + 0.01;
    writeSafetensors(other, [...tensors, { name: "extra/tensor", dtype: "F32", shape: [2] }], (t) => data.get(t.name) ?? new Float32Array(2));
    const json = JSON.parse(grok1("compare", ref, other, "--json", "--dtype", "bfloat16").out);
    expect(json).toMatchObject({ ref, other, dtype: "bfloat16", extra: ["extra/tensor"] });
    const worst = json.tensors.find((t: { name: string }) => t.name === wrong).worst;
    expect(worst).toMatchObject({ index: [0, 0, 7], ref: refValue, other: data.get(wrong)![7] });
    const text = grok1("compare", ref, other);
    expect(text.out).toMatch(/only in the other file \(not compared\): extra\/tensor/);
    expect(text.out.split("\n").some((l) => l.includes("language_model/embed"))).toBe(false);
    const all = grok1("compare", ref, other, "--all");
    expect(all.out.split("\n").filter((l) => l.includes("language_model/embed")).length).toBe(1);
    expect(grok1("compare", ref, ref, "--experts", "8").code).toBe(0); // all 8 experts of grok-1-tiny
    expectUserError(grok1("compare", ref, ref, "--experts", "0"), /--experts/);
    const noConfig = join(dir, "m-no-config.safetensors"); // no recorded config: Grok-1's 2 experts per token
    writeSafetensors(noConfig, [{ name: "transformer/decoder_layer_0/router_probs", dtype: "F32", shape: [1, 1, 1] }], () => new Float32Array([1]), { fprop_dtype: "float32" });
    expectUserError(grok1("compare", noConfig, noConfig), /2 experts per token \(Grok-1's, as .*m-no-config.safetensors records no config; --experts sets it\) is more than the 1 experts/);

    // convert --layers: only those layers, recorded with the config; a file of some layers is refused
    const cfgJson = JSON.parse(readFileSync(FIXTURE_CONFIG, "utf8"));
    for (const [layers, want] of [["3", "3-3"], ["2-4", "2-4"]]) {
      const w = join(dir, `m-layers-${layers}.safetensors`);
      expect(grok1("convert", "--config", FIXTURE_CONFIG, "--checkpoint", FIXTURE, "--layers", layers, "--out", w).code).toBe(0);
      const cf = SafetensorsFile.open(w);
      const held = new Set([...cf.tensors.keys()].map((n) => /decoder_layer_(\d+)\//.exec(n)?.[1]).filter((x) => x !== undefined).map(Number));
      const [a, b] = want.split("-").map(Number);
      expect([...held].sort((x, y) => x - y)).toEqual(Array.from({ length: b - a + 1 }, (_, i) => a + i));
      expect(cf.metadata.layers).toBe(want);
      expect(JSON.parse(cf.metadata.config).model).toEqual(expect.objectContaining(cfgJson.model));
      cf.close();
      expectUserError(grok1("trace", "--weights", w, "--tokens", "1", "--out", join(dir, "x")), new RegExp(`holds layers ${want} only`));
    }

    // weights: a file of layer 0 only (the last layer missing), and a recorded config without a field
    const w = join(dir, "m-w.safetensors");
    expect(grok1("init", "--config", "grok-1-tiny", "--out", w).code).toBe(0);
    const first = join(dir, "m-first.safetensors");
    rewrite(w, first, { layers: "0-0" }, (name) => !name.includes("decoder_layer_1"));
    expectUserError(grok1("trace", "--weights", first, "--tokens", "1", "--out", join(dir, "x")), /holds layers 0-0 only \(grok1 convert --layers\): config grok-1-tiny runs layers 0-1/);
    const tiny = JSON.parse(grok1("config", "grok-1-tiny", "--json").out).config;
    const { num_experts: _, ...noExperts } = tiny.model;
    const partial = join(dir, "m-partial.safetensors");
    rewrite(w, partial, { config: JSON.stringify({ ...tiny, model: noExperts }) });
    expect(grok1("trace", "--config", "grok-1-tiny", "--weights", partial, "--tokens", "1", "--out", join(dir, "x")).code).toBe(0);
    // every field that differs is named, num_kv_heads too
    const alias = join(dir, "m-alias.json");
    writeFileSync(alias, JSON.stringify({ ...tiny, model: { ...tiny.model, num_q_heads: 2 * tiny.model.num_q_heads, num_kv_heads: 2 * tiny.model.num_kv_heads, key_size: tiny.model.key_size / 2 } }));
    expectUserError(grok1("trace", "--config", alias, "--weights", w, "--tokens", "1", "--out", join(dir, "x")), /model.num_kv_heads \d+ \(the file's \d+\)/);
  });

  it("unknown commands and --help; no command prints the usage on stderr", () => {
    expect(grok1("frobnicate").code).toBe(2);
    const none = grok1();
    expect(none.code).toBe(2);
    expect(none.out).toBe("");
    expect(none.err).toMatch(/usage: grok1 <command>/);
    const h = grok1("trace", "--help");
    expect(h.code).toBe(0);
    expect(h.out).toMatch(/usage: grok1 trace/);
    expect(grok1("tokenize", "--text", "x", "-h").out).toMatch(/usage: grok1 tokenize/);
    // "-h" as a flag's value is not a request for help: a script passing user text must not succeed silently
    expectUserError(grok1("tokenize", "--text", "-h"), /--text/);
    expectUserError(grok1("generate", "--prompt", "--help"), /--prompt/);
  });
});
