#!/usr/bin/env python3
"""Writes golden/tokenizer/expected.json: what the SentencePiece library gives for
the Grok-1 tokenizer, so that test/tokenizer.test.ts can check grok1.ts against it
without Python.

Needs Debian's python3-sentencepiece (and python3-protobuf for the normalizer
variants):  apt-get install -y python3-sentencepiece python3-protobuf
Run from the repository root:  /usr/bin/python3 golden/tokenizer/generate.py

Cases:
  encode    hand-written texts (prose, code, CJK, emoji, combining marks, control
            characters, newlines, whitespace, digits, long words, text that looks
            like special pieces) and a seeded random corpus: ids = sp.encode(text),
            decoded = sp.decode(ids).
  decode    id lists (byte pieces forming valid and invalid UTF-8, control pieces,
            [UNK], random ids): text = sp.decode(ids).
  pieces    a sample of id -> piece.
  variants  the same model with the normalizer flags add_dummy_prefix /
            escape_whitespaces switched off, on a few texts.
"""
import hashlib
import json
import os
import random

import sentencepiece as spm

HERE = os.path.dirname(os.path.abspath(__file__))
MODEL = os.path.join(HERE, "..", "..", "tokenizer", "tokenizer.model")
OUT = os.path.join(HERE, "expected.json")
SEED = 20240317  # any fixed number: the random corpus must not change between runs

PROSE = (
    "It was the best of times, it was the worst of times, it was the age of wisdom, "
    "it was the age of foolishness, it was the epoch of belief, it was the epoch of "
    "incredulity. The quick brown fox jumps over the lazy dog! Isn't it? \"Yes\", she "
    "said -- (really) [maybe] {never}; e-mail: someone@example.com, https://x.ai/?q=1&r=2."
)

CODE_PY = (
    "def fib(n: int) -> int:\n"
    "    \"\"\"Return the n-th Fibonacci number.\"\"\"\n"
    "    a, b = 0, 1\n"
    "    for _ in range(n):\n"
    "        a, b = b, a + b\n"
    "    return a\n"
    "\n"
    "\n"
    "if __name__ == \"__main__\":\n"
    "    print(fib(10))  # 55\n"
)

CODE_C = (
    "#include <stdio.h>\n"
    "int main(void) {\n"
    "\tint x[4] = {1, 2, 3, 4};\n"
    "\t\tfor (int i = 0; i < 4; i++) {\n"
    "\t\t\tprintf(\"%d\\n\", x[i]);\t\t// tabs\tinside\n"
    "\t\t}\n"
    "\treturn 0;\n"
    "}\n"
)

CODE_JSON = '{\n  "name": "grok-1",\n  "layers": 64,\n  "experts": [8, 2],\n  "ok": true,\n  "nil": null\n}'

FIXED = [
    ("sample", "The answer to life the universe and everything is of course"),
    ("empty", ""),
    ("one space", " "),
    ("two spaces", "  "),
    ("three spaces", "   "),
    ("seventeen spaces", " " * 17),
    ("forty spaces", " " * 40),
    ("tab", "\t"),
    ("tabs", "\t\t\t\t\t\t\t\t\t\t"),
    ("newline", "\n"),
    ("newlines 12", "\n" * 12),
    ("crlf", "\r\n"),
    ("cr", "\r"),
    ("mixed newlines", "one\r\ntwo\rthree\nfour\n\r\nfive\r\r\nsix\n\n\n"),
    ("whitespace only", " \t\n\r\x0b\x0c \u00a0\u2002\u3000\u2028\u2029\u200b\ufeff "),
    ("space newline space", " \n "),
    ("leading spaces", "   hello"),
    ("trailing spaces", "hello   "),
    ("both spaces", "  hello world  "),
    ("inner spaces", "a  b   c    d     e      f"),
    ("single word", "hello"),
    ("capital word", "Hello"),
    ("prose", PROSE),
    ("python", CODE_PY),
    ("c with tabs", CODE_C),
    ("json", CODE_JSON),
    ("chinese", "我们都是追梦人。今天天气很好，我想去公园散步！机器学习和人工智能正在改变世界。"),
    ("japanese", "吾輩は猫である。名前はまだ無い。ひらがなとカタカナ、ｶﾀｶﾅ（半角）も混ぜる。"),
    ("korean", "안녕하세요, 세계! 한국어 문장을 토큰화합니다. 똠얌꿍 뷁"),
    ("thai", "สวัสดีครับ ภาษาไทยไม่มีช่องว่างระหว่างคำ"),
    ("arabic", "مرحبا بالعالم، هذه جملة عربية. ٠١٢٣٤٥٦٧٨٩"),
    ("hebrew", "שלום עולם"),
    ("hindi", "नमस्ते दुनिया, यह हिन्दी है।"),
    ("russian", "Съешь же ещё этих мягких французских булок, да выпей чаю."),
    ("greek", "Ξεσκεπάζω την ψυχοφθόρα βδελυγμία. αβγδε ΑΒΓΔΕ"),
    ("emoji", "😀😃😄 👍🏽 👨‍👩‍👧‍👦 🇫🇷🇯🇵 ❤️ ☃ ✨ 🦀🐍"),
    ("astral", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝟘𝟙𝟚 𠀀𠀁 𓀀 \U0001f600 \U000e0041 \U000f0000 \U0010fffd \U0010ffff"),
    ("combining", "e\u0301 a\u0308 n\u0303 \u0041\u030a \u1e9b\u0323 Z\u0324\u0354\u0367\u0311\u0313a\u0356\u032d\u0308\u0307l\u036e\u0312\u036b"),
    ("nfc vs nfd", "caf\u00e9 cafe\u0301 \u00c5ngstr\u00f6m A\u030angstro\u0308m \u212b \uff21\uff22\uff23"),
    ("ligatures", "\ufb01nance \ufb02ow \u2163 \u00bd \u2460 \u2122 \u00b5 \u03bc"),
    ("control chars", "\x01\x02\x03\x07\x08\x1b[31mred\x1b[0m\x7f\x80\x85\x9f"),
    ("nul", "\x00"),
    ("nul inside", "a\x00b\x00\x00c"),
    ("zero width", "a\u200bb\u200cc\u200dd\u2060e\ufeff"),
    ("bidi", "abc\u202edcba\u202c \u200fאב\u200e"),
    ("digits", "0123456789 3.14159 1,000,000 2024-03-17 0x1F 1e-10"),
    ("other digits", "٣٤٥ ١٢٣ ０１２ ⅷ ²³ ¹⁰"),
    ("long word", "supercalifragilisticexpialidocious" * 30),
    ("long single char run", "x" * 3000),
    ("long space run", "a" + " " * 500 + "b"),
    ("long newline run", "\n" * 100),
    ("long chinese", "龘" * 200),
    ("u2581", "\u2581"),
    ("u2581 words", "\u2581hello \u2581\u2581world\u2581"),
    ("replacement char", "\ufffd a\ufffdb"),
    ("looks like byte piece", "<0x41> <0xFF> <0x00>"),
    ("looks like control", "[PAD][BOS][EOS][UNK] <s></s><unk><pad>"),
    ("user defined symbols", "<|separator|><|mask|> <|control1|>x<|control20|><|control21|>"),
    ("partial user defined", "<|sep <|mask| <| |>"),
    ("mojibake", "\u00e2\u20ac\u2122 \u00c3\u00a9 \u00ef\u00bb\u00bf"),
    ("escapes", "\\n \\t \\u0000 \\x00 %s %d {0} ${x}"),
    ("punctuation", "!!!??? ... --- ___ *** ### @@@ ~~~ ``` ''' \"\"\" ;;; ,,, ..."),
    ("private use", "\ue000\uf8ff\U000f0001"),
    ("noncharacters", "\ufdd0\ufffe\uffff\U0001fffe"),
    ("math", "∀x∈ℝ: x²≥0, ∑ᵢ aᵢ ≤ ∫₀^∞ e^{-x}dx ≠ ∅ ⊂ ℕ"),
    ("url", "https://github.com/xai-org/grok-1/blob/main/run.py#L1-L72"),
    ("mixed scripts", "Grok-1は314Bパラメータ의 MoE модель, 8 experts (2 active) 🚀"),
]


def random_unicode_text(rng):
    """A short string drawn from mixed scripts, whitespace and odd characters."""
    ranges = [
        (0x20, 0x7E), (0x20, 0x7E), (0x20, 0x7E),  # ASCII, weighted up
        (0x00, 0x1F),  # C0 controls
        (0x80, 0xFF),  # C1 controls and Latin-1
        (0x100, 0x24F),  # Latin extended
        (0x300, 0x36F),  # combining marks
        (0x370, 0x3FF),  # Greek
        (0x400, 0x4FF),  # Cyrillic
        (0x590, 0x5FF), (0x600, 0x6FF),  # Hebrew, Arabic
        (0x900, 0x97F), (0xE00, 0xE7F),  # Devanagari, Thai
        (0x2000, 0x206F),  # general punctuation (odd spaces, zero widths)
        (0x2500, 0x259F),  # box drawing, block elements (includes U+2581)
        (0x3040, 0x30FF),  # Hiragana, Katakana
        (0x4E00, 0x9FFF), (0x4E00, 0x4FFF),  # CJK
        (0xAC00, 0xD7A3),  # Hangul syllables
        (0xE000, 0xF8FF),  # private use
        (0xFE00, 0xFFFF),  # variation selectors, specials
        (0x1D400, 0x1D7FF),  # mathematical alphanumerics
        (0x1F300, 0x1FAFF),  # emoji
        (0x20000, 0x2A6DF),  # CJK extension B
        (0xE0000, 0xE007F),  # tags
        (0x10FF00, 0x10FFFF),  # end of the code space
    ]
    specials = [" ", " ", "  ", "\t", "\n", "\r\n", "\r", "\u2581", "\x00", "<|mask|>", "0"]
    out = []
    for _ in range(rng.randint(0, 40)):
        if rng.random() < 0.2:
            out.append(rng.choice(specials))
        else:
            lo, hi = rng.choice(ranges)
            cp = rng.randint(lo, hi)
            if 0xD800 <= cp <= 0xDFFF:  # surrogates cannot be encoded as UTF-8
                cp = 0xFFFD
            out.append(chr(cp))
    return "".join(out)


def random_piece_text(rng, sp):
    """Random vocabulary pieces glued together: stresses the BPE merge order."""
    parts = []
    for _ in range(rng.randint(1, 12)):
        piece = sp.id_to_piece(rng.randrange(sp.vocab_size()))
        if sp.is_control(sp.piece_to_id(piece)) or sp.is_byte(sp.piece_to_id(piece)):
            continue
        parts.append(piece.replace("\u2581", " "))
    return "".join(parts)


def long_text(rng):
    """About 40 kB of mixed text for the very-long-input case."""
    blocks = [t for _, t in FIXED if t] + [PROSE] * 5
    out = []
    while sum(len(b) for b in out) < 40000:
        out.append(rng.choice(blocks))
        out.append(rng.choice([" ", "\n", "\n\n", "\t", ""]))
    return "".join(out)


def byte_ids(sp, data):
    return [sp.piece_to_id("<0x%02X>" % b) for b in data]


def decode_cases(sp, rng):
    b = lambda data: byte_ids(sp, data)
    hello = sp.encode("hello world")
    cases = [
        ("empty", []),
        ("pad bos eos", [0, 1, 2]),
        ("unk", [3]),
        ("unk between", [1, *hello, 3, *hello, 2]),
        ("control then leading space piece", [1, sp.piece_to_id("\u2581\u2581"), *hello]),
        ("lone space piece first", [sp.piece_to_id("\u2581"), *hello]),
        ("lone space pieces first", [sp.piece_to_id("\u2581"), sp.piece_to_id("\u2581"), *hello]),
        ("lone space piece", [sp.piece_to_id("\u2581")]),
        ("control then lone space piece", [1, sp.piece_to_id("\u2581")]),
        ("space piece, control, space piece", [sp.piece_to_id("\u2581"), 1, sp.piece_to_id("\u2581\u2581"), *hello]),
        ("unk then space piece", [3, *hello]),
        ("user-defined then space piece", [48, *hello]),
        ("bytes then lone space pieces", [*b(b"A"), sp.piece_to_id("\u2581"), *hello]),
        ("newline first", [4, *hello]),
        ("byte first then space piece", [*b(b"A"), *hello]),
        ("valid 2-byte", b("é".encode())),
        ("valid 3-byte", b("€".encode())),
        ("valid 4-byte", b("😀".encode())),
        ("literal U+FFFD bytes", b(b"\xef\xbf\xbd")),
        ("truncated 3-byte", b(b"\xe2\x82")),
        ("truncated 4-byte", b(b"\xf0\x9f\x98")),
        ("lone continuation", b(b"\x80\xbf")),
        ("overlong 2-byte", b(b"\xc0\x80\xc1\xbf")),
        ("overlong 3-byte", b(b"\xe0\x80\x80")),
        ("surrogate", b(b"\xed\xa0\x80\xed\xbf\xbf")),
        ("above U+10FFFF", b(b"\xf4\x90\x80\x80")),
        ("lead bytes F5-FF", b(bytes(range(0xF5, 0x100)))),
        ("all bytes", b(bytes(range(256)))),
        ("split by a piece", [*b("é".encode())[:1], *hello, *b("é".encode())[1:]]),
        ("nul byte", b(b"\x00")),
    ]
    byte_lo, byte_hi = sp.piece_to_id("<0x00>"), sp.piece_to_id("<0xFF>")
    for i in range(60):
        n = rng.randint(1, 24)
        if i % 3 == 0:
            ids = [rng.randint(byte_lo, byte_hi) for _ in range(n)]
        elif i % 3 == 1:
            ids = [rng.choice([rng.randint(0, 80), rng.randint(byte_lo, byte_hi), rng.randrange(sp.vocab_size())]) for _ in range(n)]
        else:
            ids = [rng.randrange(sp.vocab_size()) for _ in range(n)]
        cases.append(("random %d" % i, ids))
    return [{"name": name, "ids": ids, "text": sp.decode(ids)} for name, ids in cases]


def variant_cases():
    """The normalizer flags switched: needs python3-protobuf to rewrite the model."""
    from sentencepiece import sentencepiece_model_pb2 as pb

    texts = ["", " ", "hello world", "  two  spaces  ", "\u2581x", "\n<|mask|> a", "日本 語", "😀 x"]
    out = []
    for add_dummy_prefix, escape_whitespaces in [(False, True), (True, False), (False, False)]:
        proto = pb.ModelProto()
        with open(MODEL, "rb") as f:
            proto.ParseFromString(f.read())
        proto.normalizer_spec.add_dummy_prefix = add_dummy_prefix
        proto.normalizer_spec.escape_whitespaces = escape_whitespaces
        sp = spm.SentencePieceProcessor(model_proto=proto.SerializeToString())
        cases = []
        for text in texts:
            ids = sp.encode(text)
            cases.append({"text": text, "ids": ids, "decoded": sp.decode(ids)})
        out.append({"add_dummy_prefix": add_dummy_prefix, "escape_whitespaces": escape_whitespaces, "cases": cases})
    return out


def main():
    sp = spm.SentencePieceProcessor(model_file=MODEL)
    rng = random.Random(SEED)

    texts = list(FIXED)
    texts.append(("long mixed text", long_text(rng)))
    # One word longer than 2^16 UTF-16 units: the longest merge loop.
    texts.append(("long random letters", "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(66000))))
    for i in range(250):
        texts.append(("random unicode %d" % i, random_unicode_text(rng)))
    for i in range(150):
        texts.append(("random pieces %d" % i, random_piece_text(rng, sp)))

    encode = []
    for name, text in texts:
        ids = sp.encode(text)
        encode.append({"name": name, "text": text, "ids": ids, "decoded": sp.decode(ids)})

    piece_ids = list(range(0, 400)) + list(range(400, sp.vocab_size(), 997)) + [sp.vocab_size() - 1]
    with open(MODEL, "rb") as f:
        sha256 = hashlib.sha256(f.read()).hexdigest()

    header = {
        "schema_version": 1,
        "generator": "golden/tokenizer/generate.py",
        "sentencepiece_version": spm.__version__,
        "model_sha256": sha256,
        "vocab_size": sp.vocab_size(),
        "special_ids": {"pad": sp.pad_id(), "bos": sp.bos_id(), "eos": sp.eos_id(), "unk": sp.unk_id()},
    }
    sections = {
        "encode": encode,
        "decode": decode_cases(sp, rng),
        "pieces": [{"id": i, "piece": sp.id_to_piece(i)} for i in piece_ids],
        "variants": variant_cases(),
    }
    # One case per line, so that a regenerated file diffs readably.
    lines = ["{"]
    for key, value in header.items():
        lines.append("%s: %s," % (json.dumps(key), json.dumps(value)))
    for s, (key, cases) in enumerate(sections.items()):
        lines.append("%s: [" % json.dumps(key))
        lines.append(",\n".join(json.dumps(c, separators=(",", ":")) for c in cases))
        lines.append("]" + ("," if s < len(sections) - 1 else ""))
    lines.append("}")
    with open(OUT, "w", encoding="ascii") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %s: %d encode, %d decode cases, %d bytes" % (OUT, len(encode), len(sections["decode"]), os.path.getsize(OUT)))


if __name__ == "__main__":
    main()
