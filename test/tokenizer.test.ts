/**
 * The Grok-1 tokenizer against the SentencePiece library: golden/tokenizer/expected.json
 * holds what Debian's python3-sentencepiece gives for tokenizer/tokenizer.model
 * (written by golden/tokenizer/generate.py), so these tests need no Python.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BpeModel } from "../src/tokenizer/bpe_model.js";
import { ModelType, PieceType, parseModelProto, type ModelProto } from "../src/tokenizer/model_proto.js";
import { Tokenizer } from "../src/tokenizer/tokenizer.js";
import { userError } from "./helpers.js";

const ROOT = path.join(import.meta.dirname, "..");
const MODEL_FILE = path.join(ROOT, "tokenizer", "tokenizer.model");
const GOLDEN_FILE = path.join(ROOT, "golden", "tokenizer", "expected.json");
/** sha256 of the Grok-1 tokenizer.model (xai-org/grok-1 at 7050ed2). */
const MODEL_SHA256 = "5c69d7cbad192fa2c9d14e2a77fbfdc11597c68907b043ddb0260e3d28eddd7f";

interface Golden {
  schema_version: number;
  sentencepiece_version: string;
  model_sha256: string;
  vocab_size: number;
  special_ids: { pad: number; bos: number; eos: number; unk: number };
  encode: { name: string; text: string; ids: number[]; decoded: string }[];
  decode: { name: string; ids: number[]; text: string }[];
  pieces: { id: number; piece: string }[];
  variants: { add_dummy_prefix: boolean; escape_whitespaces: boolean; cases: { text: string; ids: number[]; decoded: string }[] }[];
}

const golden: Golden = JSON.parse(fs.readFileSync(GOLDEN_FILE, "utf8"));
const modelBytes = fs.readFileSync(MODEL_FILE);
const tok = Tokenizer.load(MODEL_FILE);

/** A readable line for the first place two id lists differ, or undefined when equal. */
function idDifference(t: Tokenizer, got: number[], want: number[]): string | undefined {
  const n = Math.max(got.length, want.length);
  for (let i = 0; i < n; i++) {
    if (got[i] !== want[i]) {
      const show = (id: number | undefined) => (id === undefined ? "(end)" : `${id} ${JSON.stringify(t.idToPiece(id))}`);
      return `ids differ at ${i} of ${want.length}: got ${show(got[i])}, want ${show(want[i])}`;
    }
  }
  return undefined;
}

/** A short quote of a text for failure messages. */
const quote = (s: string) => JSON.stringify(s.length > 60 ? s.slice(0, 60) + "…" : s);


/** The parsed model with some fields replaced. */
function modified(change: (m: ModelProto) => void): ModelProto {
  const m = parseModelProto(modelBytes, MODEL_FILE);
  change(m);
  return m;
}

describe("golden data", () => {
  it("was made by the SentencePiece library from this very model file", () => {
    expect(golden.schema_version).toBe(1);
    expect(golden.sentencepiece_version).toMatch(/^\d+\.\d+\.\d+/);
    expect(createHash("sha256").update(modelBytes).digest("hex")).toBe(MODEL_SHA256);
    expect(golden.model_sha256).toBe(MODEL_SHA256);
    expect(golden.encode.length).toBeGreaterThan(400);
  });

  it("encodes the reference's sample sentence", () => {
    expect(tok.encode("The answer to life the universe and everything is of course")).toEqual([
      422, 3033, 356, 1180, 333, 9072, 360, 2175, 391, 359, 1805,
    ]);
  });

  it("gives the library's ids for every golden text", () => {
    const failures = golden.encode.flatMap((c) => {
      const diff = idDifference(tok, tok.encode(c.text), c.ids);
      return diff ? [`${c.name} ${quote(c.text)}: ${diff}`] : [];
    });
    expect(failures).toEqual([]);
  });

  it("decodes every golden text's ids to the library's text", () => {
    const failures = golden.encode.flatMap((c) => {
      const text = tok.decode(c.ids);
      return text === c.decoded ? [] : [`${c.name}: got ${quote(text)}, want ${quote(c.decoded)}`];
    });
    expect(failures).toEqual([]);
  });

  it("round-trips as the library does: decode(encode(text)) is its decode", () => {
    const failures = golden.encode.flatMap((c) => {
      const text = tok.decode(tok.encode(c.text));
      return text === c.decoded ? [] : [`${c.name}: got ${quote(text)}, want ${quote(c.decoded)}`];
    });
    expect(failures).toEqual([]);
    // What the round trip loses, for this model: only ▁ (U+2581), which comes back as a space.
    for (const c of golden.encode) expect(c.decoded).toBe(c.text.replaceAll("\u2581", " "));
  });

  it("decodes arbitrary id lists (invalid UTF-8 in byte pieces, control pieces, [UNK]) like the library", () => {
    const failures = golden.decode.flatMap((c) => {
      const text = tok.decode(c.ids);
      return text === c.text ? [] : [`${c.name} ${JSON.stringify(c.ids)}: got ${JSON.stringify(text)}, want ${JSON.stringify(c.text)}`];
    });
    expect(failures).toEqual([]);
  });

  it("maps ids and pieces both ways", () => {
    for (const { id, piece } of golden.pieces) {
      expect(tok.idToPiece(id)).toBe(piece);
      expect(tok.pieceToId(piece)).toBe(id);
    }
  });

  it("follows the normalizer flags add_dummy_prefix and escape_whitespaces", () => {
    for (const v of golden.variants) {
      const t = new Tokenizer(
        modified((m) => {
          m.normalizerSpec.addDummyPrefix = v.add_dummy_prefix;
          m.normalizerSpec.escapeWhitespaces = v.escape_whitespaces;
        }),
        "variant",
      );
      for (const c of v.cases) {
        const where = `add_dummy_prefix=${v.add_dummy_prefix} escape_whitespaces=${v.escape_whitespaces} ${quote(c.text)}`;
        expect(t.encode(c.text), where).toEqual(c.ids);
        expect(t.decode(c.ids), where).toBe(c.decoded);
      }
    }
  });
});

describe("special pieces", () => {
  it("has the Grok-1 vocabulary size and special ids", () => {
    expect(tok.vocabSize).toBe(golden.vocab_size);
    expect(tok.vocabSize).toBe(131072);
    expect([tok.padId, tok.bosId, tok.eosId, tok.unkId]).toEqual([0, 1, 2, 3]);
    const s = golden.special_ids;
    expect([tok.padId, tok.bosId, tok.eosId, tok.unkId]).toEqual([s.pad, s.bos, s.eos, s.unk]);
    expect([0, 1, 2, 3].map((id) => tok.idToPiece(id))).toEqual(["[PAD]", "[BOS]", "[EOS]", "[UNK]"]);
  });

  it("never produces control pieces from text, and decodes them to nothing", () => {
    const ids = tok.encode("[PAD][BOS][EOS][UNK]<s></s>");
    expect(ids.some((id) => id <= 3)).toBe(false);
    expect(tok.decode([tok.bosId, tok.eosId, tok.padId])).toBe("");
    expect(tok.decode([tok.bosId, ...tok.encode("hi there"), tok.eosId])).toBe("hi there");
  });

  it("encodes empty text to no ids and no ids to empty text", () => {
    expect(tok.encode("")).toEqual([]);
    expect(tok.decode([])).toBe("");
  });

  it("falls back to byte pieces for characters outside the vocabulary", () => {
    const ids = tok.encode("😀");
    const pieces = ids.map((id) => tok.idToPiece(id));
    expect(pieces).toEqual(["▁", "<0xF0>", "<0x9F>", "<0x98>", "<0x80>"]);
    expect(tok.decode(ids)).toBe("😀");
  });

  it("reads lone surrogates as U+FFFD, as TextEncoder would hand them to the library", () => {
    expect(tok.encode("a\uD800b")).toEqual(tok.encode("a\uFFFDb"));
    expect(tok.encode("\uDC00")).toEqual(tok.encode("\uFFFD"));
    expect(tok.encode("\uD83D\uDE00")).toEqual(tok.encode("😀")); // a proper pair stays one character
  });

  it("encodes very long input", () => {
    const text = "Grok-1 mixes eight experts; 日本語も少し。 ".repeat(5000) + "x".repeat(20000);
    const ids = tok.encode(text);
    expect(ids.every((id) => Number.isInteger(id) && id >= 0 && id < tok.vocabSize)).toBe(true);
    expect(tok.decode(ids)).toBe(text);
  });
});

describe("errors", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "grok1-tokenizer-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("rejects ids outside the vocabulary, naming the id", () => {
    expect(userError(() => tok.decode([5, 131072])).message).toMatch(/token id 131072 at position 1 is out of range.*0\.\.131071/);
    expect(userError(() => tok.decode([-1])).message).toMatch(/token id -1 at position 0 is out of range/);
    expect(userError(() => tok.decode([1.5])).message).toMatch(/token id 1\.5 at position 0 is out of range/);
    expect(userError(() => tok.idToPiece(200000)).message).toMatch(/token id 200000 is out of range/);
    expect(tok.pieceToId("no such piece, surely")).toBeUndefined();
  });

  it("finds the repository's model by default", () => {
    expect(Tokenizer.load().encode("hello world")).toEqual(tok.encode("hello world"));
  });

  it("names a missing file", () => {
    const missing = path.join(dir, "missing.model");
    expect(userError(() => Tokenizer.load(missing)).message).toContain(missing);
  });

  it("rejects truncated model files, naming the file", () => {
    const cuts = [1, 2, 7, 100, 3001, 500_000, modelBytes.length >> 1, modelBytes.length - 100, modelBytes.length - 1];
    for (const cut of cuts) {
      const file = path.join(dir, `cut-${cut}.model`);
      fs.writeFileSync(file, modelBytes.subarray(0, cut));
      const e = userError(() => Tokenizer.load(file));
      expect(e.message.startsWith(file), e.message).toBe(true);
    }
  });

  it("says what is wrong with a malformed protobuf", () => {
    const cases: [number[], RegExp][] = [
      [[], /no pieces/],
      [[0x0a, 0x05, 0x0a], /pieces\[0\].*length 5 runs past the end/],
      [[0x0a, 0x80], /truncated varint at byte 1/],
      [[0x20, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01], /varint longer than 10 bytes/],
      [[0x0b], /field 1 has wire type 3, expected 2/],
      [[0x23], /field 4: unsupported wire type 3/],
      [[0x00], /field number 0/],
      [[0x08, 0x01], /field 1 has wire type 0, expected 2/],
      [[0x0a, 0x02, 0x0a, 0x80], /pieces\[0\].*truncated varint/],
      [[0x0a, 0x04, 0x0a, 0x02, 0xc3, 0x28], /string is not valid UTF-8/],
      [[0x0a, 0x02, 0x15, 0x00], /truncated float/],
    ];
    for (const [bytes, message] of cases) {
      const e = userError(() => new Tokenizer(parseModelProto(Uint8Array.from(bytes), "bad.model"), "bad.model"));
      expect(e.message).toMatch(/^bad\.model: /);
      expect(e.message).toMatch(message);
    }
    const notAModel = path.join(dir, "package.json.model");
    fs.copyFileSync(path.join(ROOT, "package.json"), notAModel);
    expect(userError(() => Tokenizer.load(notAModel)).message).toContain(notAModel);
  });

  it("refuses SentencePiece features it does not implement", () => {
    const cases: [(m: ModelProto) => void, RegExp][] = [
      [(m) => void (m.trainerSpec.modelType = ModelType.UNIGRAM), /model_type 1/],
      [(m) => void (m.normalizerSpec.precompiledCharsmap = Uint8Array.of(1, 2, 3)), /precompiled_charsmap/],
      [(m) => void (m.normalizerSpec.removeExtraWhitespaces = true), /remove_extra_whitespaces/],
      [(m) => void (m.trainerSpec.treatWhitespaceAsSuffix = true), /treat_whitespace_as_suffix/],
      [(m) => void (m.pieces[500].type = PieceType.UNUSED), /piece 500 .* UNUSED/],
    ];
    for (const [change, message] of cases) {
      expect(userError(() => new Tokenizer(modified(change), "x.model")).message).toMatch(message);
    }
  });

  it("rejects inconsistent vocabularies", () => {
    const cases: [(m: ModelProto) => void, RegExp][] = [
      [(m) => void (m.pieces[1000].piece = m.pieces[999].piece), /piece 1000 .* is also piece 999/],
      [(m) => void (m.pieces[1000].piece = ""), /piece 1000 "" is empty/],
      [(m) => void (m.pieces[69 + 0x41].type = PieceType.NORMAL), /no byte piece <0x41>/],
      [(m) => void (m.pieces[69 + 0x41].piece = "<0x4g>"), /not of the form <0xNN>/],
      [(m) => void (m.trainerSpec.byteFallback = false), /byte_fallback is off/],
      [(m) => void (m.pieces[3].type = PieceType.CONTROL), /no unknown piece/],
      [(m) => void (m.pieces[2].type = PieceType.UNKNOWN), /second unknown piece/],
      [(m) => void (m.pieces[7].type = 9), /unknown type 9/],
    ];
    for (const [change, message] of cases) {
      expect(userError(() => new Tokenizer(modified(change), "x.model")).message).toMatch(message);
    }
  });
});

describe("properties", () => {
  /** Text fragments that stress whitespace, user-defined pieces and byte fallback. */
  const fragment = fc.oneof(
    fc.string({ unit: "binary", maxLength: 3 }),
    fc.string({ unit: "grapheme-ascii", maxLength: 6 }),
    fc.constantFrom(" ", "  ", "\t", "\n", "\r\n", "\u2581", "\0", "<|mask|>", "7", "the", "ing", "日本", "😀", "\uD800", "\uDFFF"),
  );
  const text = fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join(""));

  it("encode never throws, gives ids in range, and decode gives back the text", () => {
    fc.assert(
      fc.property(text, (s) => {
        const ids = tok.encode(s);
        expect(ids.every((id) => Number.isInteger(id) && id >= 0 && id < tok.vocabSize)).toBe(true);
        // What UTF-8 can carry of s (lone surrogates -> U+FFFD), with ▁ read as space.
        const carried = Buffer.from(s, "utf8").toString("utf8").replaceAll("\u2581", " ");
        expect(tok.decode(ids)).toBe(carried);
      }),
      { numRuns: 500 },
    );
  });

  it("cutting the text into words before ▁ gives the same pieces as one merge loop over all of it", () => {
    const m = parseModelProto(modelBytes, MODEL_FILE);
    const mergeable = new Map<string, number>();
    const userDefined: number[] = [];
    m.pieces.forEach((p, id) => {
      if (p.type === PieceType.NORMAL || p.type === PieceType.USER_DEFINED) mergeable.set(p.piece, id);
      if (p.type === PieceType.USER_DEFINED) userDefined.push(id);
    });
    const bpe = new BpeModel({
      pieces: m.pieces.map((p) => p.piece),
      scores: Float32Array.from(m.pieces, (p) => p.score),
      mergeable,
      userDefined,
    });
    expect(bpe.splitsAtSpaces).toBe(true);
    fc.assert(
      fc.property(text, (s) => {
        const normalized = "\u2581" + s.replaceAll(" ", "\u2581");
        expect(bpe.encode(normalized)).toEqual(bpe.segment(normalized));
      }),
      { numRuns: 300 },
    );
  });

  it("decode never throws on ids in range and always gives well-formed text", () => {
    const id = fc.oneof(fc.integer({ min: 0, max: tok.vocabSize - 1 }), fc.integer({ min: 0, max: 330 }));
    fc.assert(
      fc.property(fc.array(id, { maxLength: 40 }), (ids) => {
        const s = tok.decode(ids);
        expect(Buffer.from(s, "utf8").toString("utf8")).toBe(s);
      }),
      { numRuns: 500 },
    );
  });
});

describe("protobuf wire format (found by mutation testing)", () => {
  /** The trainer_spec (field 2) of a ModelProto holding `fields`, parsed. */
  const trainerSpec = (fields: number[]) => parseModelProto(Uint8Array.of(0x12, fields.length, ...fields), "t.model").trainerSpec;

  it("reads a varint's bits 28 to 31: a negative int32 (10 bytes) and one of 2^30", () => {
    // pad_id (field 43) = -1, sent as 10 bytes; vocab_size (field 4) = 2^30, 5 bytes
    const spec = trainerSpec([0xd8, 0x02, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 0x20, 0x80, 0x80, 0x80, 0x80, 0x04]);
    expect(spec.padId).toBe(-1);
    expect(spec.vocabSize).toBe(2 ** 30);
  });

  it("a length of 2^32 (its fifth byte's high bits) is too long, not 0", () => {
    expect(userError(() => parseModelProto(Uint8Array.of(0x0a, 0x80, 0x80, 0x80, 0x80, 0x10), "t.model")).message).toMatch(/pieces\[0\]: length of 2\^32 or more runs past the end/);
  });

  it("a short string of one byte 0x80 is not ASCII: it is invalid UTF-8", () => {
    expect(userError(() => parseModelProto(Uint8Array.of(0x0a, 0x03, 0x0a, 0x01, 0x80), "t.model")).message).toMatch(/pieces\[0\]: field 1: string is not valid UTF-8/);
  });

  it("steps over unknown fixed64 and fixed32 fields whole", () => {
    // field 99 fixed64, field 98 fixed32, then vocab_size (field 4) = 7
    const spec = trainerSpec([0x99, 0x06, 1, 2, 3, 4, 5, 6, 7, 8, 0x95, 0x06, 1, 2, 3, 4, 0x20, 0x07]);
    expect(spec.vocabSize).toBe(7);
  });
});
