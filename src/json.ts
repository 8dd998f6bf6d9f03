/**
 * What JSON.parse accepts without a word but an input file should not hold: a key given
 * twice in one object (JSON.parse keeps the last; `"emb_size"` twice is more likely a
 * mistake than a wish), and, in a format whose fields are unsigned integers (safetensors),
 * a number written `512.0` or `5e2` (JSON.parse reads it as 512 or 500). Both are found
 * without a second parser: one pass over text that JSON.parse has accepted (walk).
 */

/** One open object or array: the keys seen so far (objects only) and the key its value came under. */
interface Frame {
  keys: Set<string> | undefined;
  key: string | undefined;
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** A JSON number token, from its first character (a sticky regex: set lastIndex, then exec). */
const NUMBER = /-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;

/**
 * What `walk` reports, each with `path()`: the keys leading to it (array elements as
 * "[]"), made only when asked for. A callback's result other than undefined ends the walk
 * and is its result.
 */
interface Visitor<R> {
  /** A key of an object, and whether that object gave it before. */
  key?: (key: string, repeated: boolean, path: () => string[]) => R | undefined;
  /** A number, as written; its path ends with its key where it is an object's value. */
  number?: (token: string, path: () => string[]) => R | undefined;
}

/** One pass over `text` (valid JSON), calling `visit` at each key and number. */
function walk<R>(text: string, visit: Visitor<R>): R | undefined {
  const stack: Frame[] = [];
  let lastKey: string | undefined; // the key whose value comes next
  const path = () => stack.slice(1).map((f) => f.key!);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      stack.push({ keys: c === 0x7b ? new Set() : undefined, key: top?.keys ? lastKey : top ? "[]" : undefined });
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
    } else if (c === 0x22 /* " */) {
      const start = i;
      for (i++; text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c /* \ */) i++;
      let j = i + 1;
      while (isSpace(text.charCodeAt(j))) j++;
      if (text.charCodeAt(j) !== 0x3a /* : */ || !top?.keys) continue; // a string value, not a key
      const key = JSON.parse(text.slice(start, i + 1)) as string;
      const seen = visit.key?.(key, top.keys.has(key), path);
      if (seen !== undefined) return seen;
      top.keys.add(key);
      lastKey = key;
    } else if (visit.number && (c === 0x2d /* - */ || (c >= 0x30 /* 0 */ && c <= 0x39 /* 9 */))) {
      NUMBER.lastIndex = i;
      const token = NUMBER.exec(text)![0];
      const key = top?.keys ? lastKey : undefined;
      const seen = visit.number(token, () => (key === undefined ? path() : [...path(), key]));
      if (seen !== undefined) return seen;
      i += token.length - 1;
    }
  }
  return undefined;
}

/**
 * The path of the first key that occurs twice in one object of `text` (valid JSON), as
 * the keys leading to it (array elements as "[]"), or undefined if there is none.
 */
export function duplicateKey(text: string): string[] | undefined {
  return walk(text, { key: (key, repeated, path) => (repeated ? [...path(), key] : undefined) });
}

/**
 * The first number in `text` (valid JSON) not written as a plain non-negative integer (a
 * sign, a fraction or an exponent: `512.0`, `5e2`, `-0`), and the keys leading to it as
 * duplicateKey gives them; undefined if there is none.
 */
export function nonIntegerNumber(text: string): { token: string; path: string[] } | undefined {
  return walk(text, { number: (token, path) => (/[-.eE]/.test(token) ? { token, path: path() } : undefined) });
}
