/**
 * Tokenizer benchmark: load tokenizer/tokenizer.model, then encode and decode about
 * 1 MiB of mixed text (English prose, code with tabs and space runs, Chinese and
 * Japanese, emoji, rare made-up words), encode 1 MiB of letters with no space (one
 * word: the slowest case, a single merge loop over all of it), and encode a short
 * prompt.
 *
 *   npx grok1 bench --tokenizer [--quick] [--json]
 *
 * "encode 1 MiB, first" is one encode on a freshly loaded tokenizer, whose caches
 * (of word segmentations and of merge lookups) are empty; the tinybench rows run
 * many times and so measure encoding with warm caches.
 */
import { Bench } from "tinybench";
import { Tokenizer } from "../src/tokenizer/tokenizer.js";

export interface TokenizerBenchOptions {
  /** Fewer iterations: a smoke test of the benchmark. */
  quick: boolean;
  /** Print one JSON object per line instead of a table. */
  json: boolean;
}

export interface TokenizerBenchResult {
  bench: "tokenizer";
  task: string;
  /** Median time of one run, milliseconds. */
  ms: number;
  runs: number;
  input_bytes: number;
  tokens: number;
  /** UTF-8 input bytes per second, MiB. */
  mib_per_s: number;
}

const MIB = 1 << 20;

const WORDS = (
  "the of and to in is that for it as was with be by on not he this are or his from at which but have an they " +
  "you were her she there been one all we their has would when if so no will more can out about into than them " +
  "time only new some could these two may first then do any like my now over such our man me even most made " +
  "after also did many before must through back years where much your way well down should because each just " +
  "those people how too little state good very make world still own see men work long get here between both life " +
  "being under never day same another know while last might us great old year off come since against go came right " +
  "expert router attention tokenizer transformer embedding quantized checkpoint inference"
).split(" ");

const CODE = [
  "def forward(self, x: jax.Array) -> jax.Array:\n",
  "    h = self.norm(x)\n",
  "\tfor (int i = 0; i < n; i++) {\n\t\tsum += a[i] * b[i];\n\t}\n",
  "        return jnp.einsum('btd,dh->bth', h, w)  # [B, T, H]\n",
  "{\n  \"vocab_size\": 131072,\n  \"layers\": 64\n}\n",
];

const CJK = ["我们都是追梦人。", "机器学习正在改变世界，", "吾輩は猫である。", "名前はまだ無い。", "ひらがなとカタカナ。"];
const EMOJI = ["😀", "🚀", "👍🏽", "👨‍👩‍👧", "🇯🇵", "✨"];

/** A deterministic ~1 MiB text; a small LCG picks the pieces. */
export function benchText(bytes = MIB): string {
  let seed = 12345;
  const next = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const r = next(100);
    let part: string;
    if (r < 80) part = WORDS[next(WORDS.length)] + (next(12) === 0 ? ". " : next(10) === 0 ? ", " : " ");
    else if (r < 85) part = Array.from({ length: 3 + next(8) }, () => String.fromCharCode(97 + next(26))).join("") + " ";
    else if (r < 90) part = CODE[next(CODE.length)];
    else if (r < 95) part = CJK[next(CJK.length)];
    else if (r < 97) part = EMOJI[next(EMOJI.length)] + " ";
    else part = next(3) === 0 ? "\n\n" : String(next(100000)) + " ";
    parts.push(part);
    size += Buffer.byteLength(part, "utf8");
  }
  return parts.join("");
}

/** A deterministic 1 MiB run of random lower-case letters: one long word. */
export function noSpaceText(bytes = MIB): string {
  let seed = 54321;
  const letters: string[] = [];
  for (let i = 0; i < bytes; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    letters.push(String.fromCharCode(97 + ((seed >>> 8) % 26)));
  }
  return letters.join("");
}

export async function runTokenizerBench(opts: TokenizerBenchOptions): Promise<void> {
  const results: TokenizerBenchResult[] = [];
  const text = benchText();
  const word = noSpaceText();
  const textBytes = Buffer.byteLength(text, "utf8");
  const prompt = "The answer to life the universe and everything is of course";
  const promptBytes = Buffer.byteLength(prompt, "utf8");
  const record = (task: string, ms: number, runs: number, inputBytes: number, tokens: number) =>
    results.push({ bench: "tokenizer", task, ms, runs, input_bytes: inputBytes, tokens, mib_per_s: inputBytes / MIB / (ms / 1000) });

  let t0 = performance.now();
  const tok = Tokenizer.load();
  record("load tokenizer.model", performance.now() - t0, 1, 0, tok.vocabSize);

  t0 = performance.now();
  const ids = tok.encode(text);
  record("encode 1 MiB, first", performance.now() - t0, 1, textBytes, ids.length);

  const bench = new Bench({ name: "tokenizer", iterations: opts.quick ? 3 : 20, time: opts.quick ? 0 : 2000, warmup: !opts.quick });
  bench.add("encode 1 MiB", () => void tok.encode(text));
  bench.add("decode 1 MiB", () => void tok.decode(ids));
  bench.add("encode 1 MiB, no space", () => void tok.encode(word));
  bench.add("encode prompt", () => void tok.encode(prompt));
  await bench.run();
  const median = (name: string) => {
    const r = bench.getTask(name)?.result;
    return r && r.state === "completed" ? { ms: r.latency.p50, runs: r.latency.samplesCount } : { ms: NaN, runs: 0 };
  };
  const enc = median("encode 1 MiB");
  record("encode 1 MiB", enc.ms, enc.runs, textBytes, ids.length);
  const dec = median("decode 1 MiB");
  record("decode 1 MiB", dec.ms, dec.runs, textBytes, ids.length);
  const long = median("encode 1 MiB, no space");
  record("encode 1 MiB, no space", long.ms, long.runs, word.length, tok.encode(word).length);
  const short = median("encode prompt");
  record("encode prompt", short.ms, short.runs, promptBytes, tok.encode(prompt).length);

  if (opts.json) {
    for (const r of results) process.stdout.write(JSON.stringify(r) + "\n");
    return;
  }
  process.stdout.write(`tokenizer: ${(textBytes / MIB).toFixed(2)} MiB of mixed text, ${ids.length} tokens (${(textBytes / ids.length).toFixed(2)} bytes/token)\n`);
  for (const r of results) {
    const rate = r.input_bytes > 0 ? `${r.mib_per_s.toFixed(1).padStart(7)} MiB/s` : "";
    const ms = r.ms < 1 ? r.ms.toFixed(4) : r.ms.toFixed(1);
    process.stdout.write(`${r.task.padEnd(24)} ${ms.padStart(9)} ms  ${rate}  (${r.runs === 1 ? "1 run" : `median of ${r.runs}`})\n`);
  }
}
