/**
 * Byte-pair-encoding segmentation as the SentencePiece library does it for a BPE
 * model (bpe_model.cc, Model::Encode), written anew for grok1.ts. The Grok-1
 * reference does not tokenize itself; it calls that library.
 *
 * The normalized text (spaces already turned into ▁) is cut into symbols: a
 * user-defined piece where one starts (the longest; it is frozen and never merges),
 * otherwise one character. Then, repeatedly, the adjacent pair whose concatenation is
 * the highest-scoring piece of the vocabulary is merged; among equal scores the
 * leftmost pair goes first. What remains are the pieces.
 *
 * The library runs that loop once over the whole text (`segment`). `encode` gives the
 * same pieces faster: when no piece of the vocabulary has a ▁ right after another
 * character (true of Grok-1's, checked at load), no merge can cross the point before
 * a ▁ that follows another character, so the text is cut into words there, each word
 * is segmented on its own, and the segmentations of words are cached. Merges inside
 * one word happen in the same order as in the whole text, since the order compares
 * scores and then positions, and a shift of positions keeps their order.
 *
 * The library finds the best pair with a priority queue that keeps stale entries
 * (pairs whose symbols have since merged) and skips them when they come out. Here
 * each symbol holds the pair it starts, if that pair is a piece, and a tournament
 * tree over the symbols gives the best of those pairs: the same pair the library's
 * queue gives, since its live entries are exactly the adjacent pairs that are pieces.
 *
 * Symbols are named by a key: a piece id below V, or V + code point for a single
 * character that is no piece. A symbol's text determines its key and back, so
 * "is left + right a piece?" is a question about two keys, and its answers are
 * cached.
 */

/** SentencePiece's whitespace symbol, U+2581 LOWER ONE EIGHTH BLOCK. */
export const SPACE_SYMBOL = "\u2581";
const SPACE_SYMBOL_UNIT = SPACE_SYMBOL.charCodeAt(0);

/** Bounds on the caches: each is emptied when it would grow past this many entries. */
const MAX_CACHED_PAIRS = 1 << 19;
const MAX_CACHED_WORDS = 1 << 16;
/** Words longer than this (UTF-16 units) are segmented every time, not cached. */
const MAX_CACHED_WORD_LENGTH = 256;
/** Texts up to this long (UTF-16 units) reuse one workspace; longer ones get their own. */
const MAX_REUSED_WORKSPACE = 1 << 16;

/** What the segmenter needs from the vocabulary (V pieces). */
export interface BpeVocab {
  /** id -> piece text, V entries. */
  pieces: readonly string[];
  /** id -> score; higher merges first. */
  scores: Float32Array;
  /** The pieces that merges may produce and symbols may be (text -> id). */
  mergeable: ReadonlyMap<string, number>;
  /** Ids of the user-defined pieces: matched whole in the text, never merged. */
  userDefined: readonly number[];
}

interface UserDefinedPiece {
  text: string;
  id: number;
}

export class BpeModel {
  /** Whether `encode` may cut the text into words before each ▁ (see the top). */
  readonly splitsAtSpaces: boolean;
  private readonly pairCache = new PairCache(MAX_CACHED_PAIRS);
  private readonly wordCache = new Map<string, readonly number[]>();
  /** BMP character -> its key; astral characters are looked up in `mergeable`. */
  private readonly bmpKeys: Int32Array;
  /** First UTF-16 unit -> user-defined pieces starting with it, longest first. */
  private readonly userDefinedByFirstUnit = new Map<number, UserDefinedPiece[]>();
  private readonly workspace = new Workspace(MAX_REUSED_WORKSPACE);

  constructor(private readonly vocab: BpeVocab) {
    const V = vocab.pieces.length;
    this.bmpKeys = new Int32Array(0x10000);
    for (let c = 0; c < 0x10000; c++) this.bmpKeys[c] = V + c;
    let spaceInside = false;
    for (const [text, id] of vocab.mergeable) {
      if (text.length === 1) this.bmpKeys[text.charCodeAt(0)] = id;
      if (/[^\u2581]\u2581/.test(text)) spaceInside = true;
    }
    this.splitsAtSpaces = !spaceInside;
    for (const id of vocab.userDefined) {
      const text = vocab.pieces[id];
      const list = this.userDefinedByFirstUnit.get(text.charCodeAt(0)) ?? [];
      list.push({ text, id });
      list.sort((a, b) => b.text.length - a.text.length);
      this.userDefinedByFirstUnit.set(text.charCodeAt(0), list);
    }
  }

  /** The text of a symbol key. */
  keyText(key: number): string {
    const V = this.vocab.pieces.length;
    return key < V ? this.vocab.pieces[key] : String.fromCodePoint(key - V);
  }

  /** The keys of the pieces that `normalized` segments into, in order. */
  encode(normalized: string): number[] {
    if (!this.splitsAtSpaces) return this.segment(normalized);
    const keys: number[] = [];
    let start = 0;
    for (let i = 1; i <= normalized.length; i++) {
      const wordEnds =
        i === normalized.length ||
        (normalized.charCodeAt(i) === SPACE_SYMBOL_UNIT && normalized.charCodeAt(i - 1) !== SPACE_SYMBOL_UNIT);
      if (!wordEnds) continue;
      for (const key of this.segmentWord(normalized.slice(start, i))) keys.push(key);
      start = i;
    }
    return keys;
  }

  /** segment(word), from the cache when it has been seen. */
  private segmentWord(word: string): readonly number[] {
    if (word.length > MAX_CACHED_WORD_LENGTH) return this.segment(word);
    let keys = this.wordCache.get(word);
    if (keys === undefined) {
      keys = this.segment(word);
      if (this.wordCache.size >= MAX_CACHED_WORDS) this.wordCache.clear();
      this.wordCache.set(word, keys);
    }
    return keys;
  }

  /** The keys of the pieces of `text`, by one merge loop over all of it (the library's way). */
  segment(text: string): number[] {
    const work = text.length <= MAX_REUSED_WORKSPACE ? this.workspace : new Workspace(text.length);
    // The symbols, a doubly linked list: symbol i starts the pair (i, next[i]),
    // which merges into piece pairPiece[i] with score pairScore[i], if it is a piece.
    const { key, prev, next, frozen, pairPiece, pairScore } = work;
    let count = 0;
    for (let pos = 0; pos < text.length; count++) {
      const userDefined = this.matchUserDefined(text, pos);
      if (userDefined) {
        key[count] = userDefined.id;
        frozen[count] = 1;
        pos += userDefined.text.length;
      } else {
        const cp = text.codePointAt(pos)!;
        key[count] = this.charKey(cp);
        frozen[count] = 0;
        pos += cp > 0xffff ? 2 : 1;
      }
      prev[count] = count - 1;
      next[count] = count + 1;
    }
    if (count === 0) return [];
    next[count - 1] = -1;

    /** Finds the pair symbol i starts; -Infinity marks "none". */
    const findPair = (i: number): void => {
      const j = next[i];
      const merged = j < 0 || frozen[i] || frozen[j] ? -1 : this.merge(key[i], key[j]);
      pairPiece[i] = merged;
      pairScore[i] = merged < 0 ? -Infinity : this.vocab.scores[merged];
    };
    for (let i = 0; i < count; i++) findPair(i);
    const best = work.tournament;
    best.reset(pairScore, count);

    for (let left = best.winner(); left >= 0; left = best.winner()) {
      const right = next[left];
      key[left] = pairPiece[left];
      next[left] = next[right];
      if (next[left] >= 0) prev[next[left]] = left;
      best.update(right, -Infinity); // merged away
      findPair(left);
      best.update(left, pairScore[left]);
      if (prev[left] >= 0) {
        findPair(prev[left]);
        best.update(prev[left], pairScore[prev[left]]);
      }
    }

    const keys: number[] = [];
    for (let i = 0; i !== -1; i = next[i]) keys.push(key[i]);
    return keys;
  }

  /** The longest user-defined piece starting at text[pos], if any. */
  private matchUserDefined(text: string, pos: number): UserDefinedPiece | undefined {
    const candidates = this.userDefinedByFirstUnit.get(text.charCodeAt(pos));
    return candidates?.find((c) => text.startsWith(c.text, pos));
  }

  private charKey(cp: number): number {
    if (cp < 0x10000) return this.bmpKeys[cp];
    return this.vocab.mergeable.get(String.fromCodePoint(cp)) ?? this.vocab.pieces.length + cp;
  }

  /** The id of the piece whose text is keyText(left) + keyText(right), or -1. */
  private merge(left: number, right: number): number {
    let merged = this.pairCache.get(left, right);
    if (merged === NOT_CACHED) {
      merged = this.vocab.mergeable.get(this.keyText(left) + this.keyText(right)) ?? -1;
      this.pairCache.set(left, right, merged);
    }
    return merged;
  }
}

/** What PairCache.get returns for a pair it does not hold. */
const NOT_CACHED = -2;

/**
 * A hash table from a pair of symbol keys (non-negative int32) to a piece id or -1:
 * open addressing with linear probing in typed arrays, so that lookups allocate
 * nothing. Grows by doubling up to `maxEntries`, then starts over empty.
 */
class PairCache {
  private lefts = new Int32Array(0);
  private rights = new Int32Array(0);
  private values = new Int32Array(0);
  private count = 0;

  constructor(private readonly maxEntries: number) {
    this.reset(1 << 12);
  }

  get(left: number, right: number): number {
    const mask = this.lefts.length - 1;
    for (let i = hashPair(left, right) & mask; ; i = (i + 1) & mask) {
      if (this.lefts[i] === left && this.rights[i] === right) return this.values[i];
      if (this.lefts[i] === -1) return NOT_CACHED;
    }
  }

  set(left: number, right: number, value: number): void {
    // Keep the table at most half full.
    if (2 * (this.count + 1) > this.lefts.length) {
      if (this.count + 1 > this.maxEntries) this.reset(this.lefts.length);
      else this.rehash(2 * this.lefts.length);
    }
    const mask = this.lefts.length - 1;
    let i = hashPair(left, right) & mask;
    while (this.lefts[i] !== -1) i = (i + 1) & mask;
    this.lefts[i] = left;
    this.rights[i] = right;
    this.values[i] = value;
    this.count++;
  }

  private reset(slots: number): void {
    this.lefts = new Int32Array(slots).fill(-1);
    this.rights = new Int32Array(slots);
    this.values = new Int32Array(slots);
    this.count = 0;
  }

  private rehash(slots: number): void {
    const { lefts, rights, values } = this;
    this.reset(slots);
    for (let i = 0; i < lefts.length; i++) if (lefts[i] !== -1) this.set(lefts[i], rights[i], values[i]);
  }
}

/** A 32-bit hash of two int32s (multiplicative, golden-ratio constants). */
function hashPair(left: number, right: number): number {
  const h = Math.imul(left, 0x9e3779b1) ^ right;
  return Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
}

/** Room for segmenting a text of up to `capacity` UTF-16 units (so at most that many symbols). */
class Workspace {
  readonly key: Int32Array;
  readonly prev: Int32Array;
  readonly next: Int32Array;
  readonly frozen: Uint8Array;
  readonly pairPiece: Int32Array;
  readonly pairScore: Float64Array;
  readonly tournament = new Tournament();

  constructor(capacity: number) {
    this.key = new Int32Array(capacity);
    this.prev = new Int32Array(capacity);
    this.next = new Int32Array(capacity);
    this.frozen = new Uint8Array(capacity);
    this.pairPiece = new Int32Array(capacity);
    this.pairScore = new Float64Array(capacity);
  }
}

/**
 * A tournament tree over n candidates with scores: each inner node holds the better
 * of its two children (its index and score), so the root holds the best candidate.
 * Better means a higher score, then a smaller index (the leftmost pair), as
 * SentencePiece orders merges; since every index in a node's left subtree is smaller
 * than every index in its right one, a tie goes to the left child. A candidate with
 * score -Infinity is absent. update(i) costs at most log2(n) comparisons.
 */
class Tournament {
  /** Number of leaves, a power of two; node k has children 2k and 2k + 1, leaf i is node leaves + i. */
  private leaves = 1;
  private index: Int32Array = new Int32Array(2);
  private score: Float64Array = new Float64Array(2);

  /** Starts over with candidates 0 .. n-1 scored by scores[0 .. n-1]. */
  reset(scores: Float64Array, n: number): void {
    this.leaves = 1;
    while (this.leaves < n) this.leaves *= 2;
    if (this.index.length < 2 * this.leaves) {
      this.index = new Int32Array(2 * this.leaves);
      this.score = new Float64Array(2 * this.leaves);
    }
    for (let i = 0; i < this.leaves; i++) {
      this.index[this.leaves + i] = i;
      this.score[this.leaves + i] = i < n ? scores[i] : -Infinity;
    }
    for (let k = this.leaves - 1; k >= 1; k--) this.play(k);
  }

  /** The best candidate, or -1 when all are absent. */
  winner(): number {
    return this.score[1] === -Infinity ? -1 : this.index[1];
  }

  /** Candidate i now has this score. */
  update(i: number, score: number): void {
    this.score[this.leaves + i] = score;
    for (let k = (this.leaves + i) >> 1; k >= 1; k >>= 1) {
      const before = this.index[k];
      this.play(k);
      // Same winner as before, and not i (whose score changed): nothing above changes.
      if (this.index[k] === before && before !== i) return;
    }
  }

  /** Node k takes the better of its children. */
  private play(k: number): void {
    const child = this.score[2 * k + 1] > this.score[2 * k] ? 2 * k + 1 : 2 * k;
    this.index[k] = this.index[child];
    this.score[k] = this.score[child];
  }
}
