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
      const start = i;
      for (i++; text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c /* \ */) i++;
      let j = i + 1;
      while (isSpace(text.charCodeAt(j))) j++;
      const top = stack[stack.length - 1];
      if (text.charCodeAt(j) !== 0x3a /* : */ || !top?.keys) continue; // a string value, not a key
      const key = JSON.parse(text.slice(start, i + 1)) as string;
      if (top.keys.has(key)) return [...stack.slice(1).map((f) => f.key!), key];
      top.keys.add(key);
      lastKey = key;
    }
  }
  return undefined;
}
