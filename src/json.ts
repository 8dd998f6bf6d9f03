/**
 * JSON.parse keeps the last of two equal keys in one object and says nothing; an input
 * file with `"emb_size"` twice is more likely a mistake than a wish. duplicateKey finds
 * such a key without a second parser: one pass over text that JSON.parse has accepted.
 */

/** One open object or array: the keys seen so far (objects only) and the key its value came under. */
interface Frame {
  keys: Set<string> | undefined;
  key: string | undefined;
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/**
 * The string whose opening quote is text[start] (valid JSON): the index of its closing
 * quote, and its value where a colon follows, which makes it a key.
 */
function stringAt(text: string, start: number): { end: number; key: string | undefined } {
  let end = start + 1;
  for (; text.charCodeAt(end) !== 0x22 /* " */; end++) if (text.charCodeAt(end) === 0x5c /* \ */) end++;
  let j = end + 1;
  while (isSpace(text.charCodeAt(j))) j++;
  return { end, key: text.charCodeAt(j) === 0x3a /* : */ ? JSON.parse(text.slice(start, end + 1)) as string : undefined };
}

/**
 * The path of the first key that occurs twice in one object of `text` (valid JSON), as
 * the keys leading to it (array elements as "[]"), or undefined if there is none.
 */
export function duplicateKey(text: string): string[] | undefined {
  const stack: Frame[] = [];
  let lastKey: string | undefined; // the key whose value comes next
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      const parent = stack[stack.length - 1];
      stack.push({ keys: c === 0x7b ? new Set() : undefined, key: parent?.keys ? lastKey : parent ? "[]" : undefined });
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
    } else if (c === 0x22 /* " */) {
      const { end, key } = stringAt(text, i);
      i = end;
      const top = stack[stack.length - 1];
      if (key === undefined || !top?.keys) continue; // a string value, not a key
      if (top.keys.has(key)) return [...stack.slice(1).map((f) => f.key!), key];
      top.keys.add(key);
      lastKey = key;
    }
  }
  return undefined;
}

/** A JSON number token, from its first character (a sticky regex: set lastIndex, then exec). */
const NUMBER = /-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;

/**
 * The first number in `text` (valid JSON) not written as a plain non-negative integer (a
 * sign, a fraction or an exponent: `512.0`, `5e2`, `-0`), and the keys leading to it as
 * duplicateKey gives them; undefined if there is none. JSON.parse reads `512.0` as 512,
 * where a format whose fields are unsigned integers (safetensors) refuses it.
 */
export function nonIntegerNumber(text: string): { token: string; path: string[] } | undefined {
  const open: { isObject: boolean; key: string | undefined }[] = [];
  let lastKey: string | undefined; // the key whose value comes next
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const top = open[open.length - 1];
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      open.push({ isObject: c === 0x7b, key: top === undefined ? undefined : top.isObject ? lastKey : "[]" });
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      open.pop();
    } else if (c === 0x22 /* " */) {
      const { end, key } = stringAt(text, i);
      i = end;
      if (key !== undefined && top?.isObject) lastKey = key;
    } else if (c === 0x2d /* - */ || (c >= 0x30 /* 0 */ && c <= 0x39 /* 9 */)) {
      NUMBER.lastIndex = i;
      const token = NUMBER.exec(text)![0];
      if (c === 0x2d || /[.eE]/.test(token)) {
        const path = open.slice(1).map((f) => f.key!);
        return { token, path: top?.isObject ? [...path, lastKey!] : path };
      }
      i += token.length - 1;
    }
  }
  return undefined;
}
