import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it, onTestFinished } from "vitest";
import { derivedNumbers, ffnSize, GROK_1, loadConfig, PRESETS, validateConfig } from "../src/config.js";
import { UserError, allocating } from "../src/errors.js";
import { duplicateKey, nonIntegerNumber } from "../src/json.js";
import { paramSpecs } from "../src/weights/param_specs.js";
import { userError } from "./helpers.js";

describe("ffn_size (model.py ffn_size)", () => {
  it("is 32768 for Grok-1", () => expect(ffnSize(6144, 8)).toBe(32768));
  it("rounds int(w·D)·2//3 up to a multiple of 8", () => {
    expect(ffnSize(48, 8)).toBe(256); // 384·2//3 = 256
    expect(ffnSize(100, 4)).toBe(272); // 400·2//3 = 266 -> 272
    expect(ffnSize(1024, 8)).toBe(5464); // 8192·2//3 = 5461 -> 5464, the llama.cpp comparison config
    expect(ffnSize(10, 2.5)).toBe(16); // int(25)·2//3 = 16
    expect(ffnSize(9, 1.5)).toBe(8); // int(13.5) = 13, 13·2//3 = 8 (without the int: 27//3 = 9 -> 16)
  });
});

describe("derived numbers", () => {
  it("Grok-1 has about 314B parameters, about 86B active", () => {
    const d = derivedNumbers(GROK_1);
    expect(d.total_params / 1e9).toBeGreaterThan(310);
    expect(d.total_params / 1e9).toBeLessThan(320);
    expect(d.active_params_per_token / 1e9).toBeGreaterThan(82);
    expect(d.active_params_per_token / 1e9).toBeLessThan(90);
    // bf16 KV cache: 64 layers × k,v × 8 heads × 128 × 2 bytes
    expect(d.kv_cache_bytes_per_token).toBe(64 * 2 * 8 * 128 * 2);
  });
  it("the total equals the sum of every parameter's shape", () => {
    for (const cfg of Object.values(PRESETS)) {
      const n = paramSpecs(cfg).reduce((a, s) => a + s.shape.reduce((x, y) => x * y, 1), 0);
      expect(derivedNumbers(cfg).total_params).toBe(n);
    }
  });
  it("the mid-size preset has 1.23B parameters", () => {
    expect(derivedNumbers(PRESETS["grok-1-mid"]).total_params / 1e9).toBeCloseTo(1.23, 2);
  });
});

describe("presets keep Grok-1's ratios", () => {
  for (const [name, cfg] of Object.entries(PRESETS)) {
    if (name === "grok-1" || name === "grok-1-mid") continue;
    it(name, () => {
      expect(cfg.model.num_experts).toBe(8);
      expect(cfg.model.num_selected_experts).toBe(2);
      expect(cfg.model.num_q_heads / cfg.model.num_kv_heads).toBe(6);
      expect(cfg.model.widening_factor).toBe(8);
      expect(validateConfig(cfg)).toEqual({ ...cfg });
    });
  }
});

describe("validation", () => {
  const base = () => structuredClone(PRESETS["grok-1-tiny"]) as unknown as Record<string, any>;
  const bad = (mutate: (c: Record<string, any>) => void, message: RegExp) => {
    const c = base();
    mutate(c);
    expect(() => validateConfig(c, "test.json")).toThrowError(message);
    expect(() => validateConfig(c, "test.json")).toThrowError(UserError);
  };
  it("rejects a query head count not a multiple of the kv heads", () =>
    bad((c) => { c.model.num_q_heads = 7; c.model.num_kv_heads = 2; }, /num_q_heads.*multiple of model.num_kv_heads/));
  it("rejects an odd key_size", () => bad((c) => (c.model.key_size = 7), /key_size.*even/));
  it("rejects an unknown dtype", () => bad((c) => (c.fprop_dtype = "float16"), /fprop_dtype/));
  it("rejects non-integers", () => bad((c) => (c.model.num_layers = 1.5), /num_layers.*integer/));
  it("rejects a missing field", () => bad((c) => delete c.vocab_size, /vocab_size.*missing/));
  it("rejects unknown fields (typos)", () => bad((c) => (c.model.num_expert = 8), /num_expert.*not a known/));
  it("rejects k > E", () => bad((c) => (c.model.num_selected_experts = 9), /num_selected_experts/));
  it("rejects a pad token outside the vocab", () => bad((c) => (c.pad_token = 10_000), /pad_token/));
  it("rejects a pad or EOS token just outside the vocab (id vocab_size), and accepts vocab_size - 1", () => {
    bad((c) => (c.pad_token = c.vocab_size), /'pad_token' \(512\) must be < vocab_size \(512\)/);
    bad((c) => (c.eos_token = c.vocab_size), /'eos_token' \(512\) must be < vocab_size \(512\)/);
    const c = base();
    c.pad_token = c.eos_token = c.vocab_size - 1;
    expect(validateConfig(c).eos_token).toBe(511);
  });
  it("rejects null and wrong types instead of taking the default", () => {
    bad((c) => (c.model.num_experts = null), /'model.num_experts' must be an integer, got null/);
    bad((c) => (c.fprop_dtype = null), /'fprop_dtype' must be "float32" or "bfloat16", got null/);
    bad((c) => (c.model.widening_factor = null), /'model.widening_factor' must be a finite number, got null/);
    bad((c) => (c.pad_token = "0"), /'pad_token' must be an integer, got "0"/);
    bad((c) => (c.name = 5), /'name' must be a string, got 5/);
    // a name with control characters would act on the terminal it is printed to (found by an audit)
    bad((c) => (c.name = "x\u001b[2J\u001b[31mFAKE\r"), /'name' must be printable text: .*got "x\\u001b\[2J\\u001b\[31mFAKE\\r"/);
    bad((c) => (c.name = "abc\u202edcba"), /'name' must be printable text/);
    expect(validateConfig({ ...base(), name: "grok-1 (ünïcode, 中文)" }).name).toBe("grok-1 (ünïcode, 中文)");
  });
  it("prints an infinite value as Infinity (JSON's 1e400), not null", () => bad((c) => (c.vocab_size = JSON.parse("1e400")), /'vocab_size' must be an integer, got Infinity/));
  it("rejects sizes no machine holds, naming the field, before anything is allocated", () => {
    bad((c) => (c.sequence_len = 1e12), /'sequence_len' must be <= 2147483647, got 1000000000000/);
    bad((c) => (c.model.num_experts = 1e9), /'model.num_experts' must be <= 1024/);
    bad((c) => (c.vocab_size = 1e15), /'vocab_size' must be <= 2147483647/);
    bad((c) => (c.model.num_layers = 1e9), /'model.num_layers' must be <= 1024/);
    bad((c) => (c.model.emb_size = 9007199254740993), /'model.emb_size' must be <= 2147483647, got 9007199254740992/);
    bad((c) => (c.vocab_size = 2 ** 31 - 1), /vocab_size × model.emb_size \(the embeddings\) is 103079215056 elements, more than the 4294967296/);
    bad((c) => (c.sequence_len = 1e9), /sequence_len × model.num_kv_heads × model.key_size \(a row of the KV cache\)/);
    // so the counts `grok1 config` prints stay exact
    const c = base();
    Object.assign(c.model, { num_layers: 1024, num_experts: 1024, emb_size: 2048, widening_factor: 1 });
    expect(Number.isSafeInteger(derivedNumbers(validateConfig(c)).weight_bytes.f32)).toBe(true);
  });
  it("turns a failed allocation into a UserError naming what and how big", () => {
    const e = userError(() => allocating("the KV cache", 2 ** 35, () => new Float32Array(2 ** 33)));
    expect(e.message).toMatch(/^cannot allocate the KV cache: 32.00 GiB \(.+\)/); // the engine's own words in parentheses: they differ between Node versions
  });
  it("loads a JSON file and names it in errors", () => {
    const dir = mkdtempSync(join(tmpdir(), "grok1-cfg-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const good = join(dir, "good.json");
    writeFileSync(good, JSON.stringify(PRESETS["grok-1-tiny"]));
    expect(loadConfig(good, "bfloat16").fprop_dtype).toBe("bfloat16");
    const broken = join(dir, "broken.json");
    writeFileSync(broken, "{ not json");
    expect(() => loadConfig(broken)).toThrowError(/broken.json: not valid JSON/);
    expect(() => loadConfig(join(dir, "missing.json"))).toThrowError(/missing.json: cannot be opened \(ENOENT/);
    const twice = join(dir, "twice.json");
    const tiny = JSON.stringify(PRESETS["grok-1-tiny"]);
    writeFileSync(twice, tiny.replace('"emb_size":', '"emb_size": 64, "emb_size":'));
    expect(() => loadConfig(twice)).toThrowError(/twice.json: field 'model.emb_size' is given twice \(JSON would keep the last silently\)/);
    expect(() => loadConfig("no-such-preset")).toThrowError(/unknown config/);
    // a file named .JSON is a file too (it was "unknown config")
    expect(() => loadConfig("missing.JSON")).toThrowError(/config file missing.JSON/);
  });
});

describe("duplicateKey (json.ts)", () => {
  it("finds a key given twice in one object, at any depth, and nothing in JSON.stringify's output (property)", () => {
    expect(duplicateKey('{"a":1,"b":{"c":2,"c":3}}')).toEqual(["b", "c"]);
    expect(duplicateKey('{"x":[{"k":1},{"k":2,"k":3}]}')).toEqual(["x", "[]", "k"]);
    expect(duplicateKey('{"a":"b:","b":{"a":1},"s":"{\\"b\\":1}"}')).toBeUndefined(); // strings that look like keys are not
    fc.assert(fc.property(fc.jsonValue(), (v) => duplicateKey(JSON.stringify(v)) === undefined));
  });
});

describe("nonIntegerNumber (json.ts)", () => {
  it("finds the first number with a sign, fraction or exponent, and where it is", () => {
    expect(nonIntegerNumber('{"w":{"shape":[4,512.0],"data_offsets":[0,8]}}')).toEqual({ token: "512.0", path: ["w", "shape"] });
    expect(nonIntegerNumber('{"w":{"n" : 5e2}}')).toEqual({ token: "5e2", path: ["w", "n"] });
    expect(nonIntegerNumber('{"a":[[1],[-0]]}')).toEqual({ token: "-0", path: ["a", "[]"] });
    expect(nonIntegerNumber("[1, 2E+1]")).toEqual({ token: "2E+1", path: [] });
    expect(nonIntegerNumber('{"s":"1.5","t":[0, 10, 123456789012345678901234567890]}')).toBeUndefined(); // strings are not numbers
    expect(nonIntegerNumber('{"\\"1.5":1}')).toBeUndefined();
  });
  it("agrees with JSON.parse on every JSON value: undefined exactly when each number is a non-negative integer as written (property)", () => {
    const plain = (v: unknown): boolean => typeof v === "number" ? Number.isInteger(v) && !Object.is(v, -0) && v >= 0 && !/[.e]/i.test(String(v))
      : Array.isArray(v) ? v.every(plain) : v !== null && typeof v === "object" ? Object.values(v).every(plain) : true;
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      const text = JSON.stringify(v);
      return (nonIntegerNumber(text) === undefined) === plain(JSON.parse(text));
    }));
  });
});
