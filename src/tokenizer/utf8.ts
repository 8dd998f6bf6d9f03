/**
 * UTF-8 as the SentencePiece library reads it when decoding byte pieces (<0xNN>):
 * valid characters become themselves; every byte that does not start a valid
 * character becomes one U+FFFD and decoding resumes at the next byte.
 *
 * This differs from TextDecoder, which replaces a maximal invalid subsequence with a
 * single U+FFFD: the truncated sequence E2 82 is one U+FFFD for TextDecoder but two
 * for SentencePiece.
 */

export const REPLACEMENT_CHARACTER = "\uFFFD";

/** Code points that UTF-8 may encode: not a surrogate, at most U+10FFFF. */
function isValidCodePoint(cp: number): boolean {
  return cp < 0xd800 || (cp >= 0xe000 && cp <= 0x10ffff);
}

function isContinuation(byte: number | undefined): boolean {
  return byte !== undefined && (byte & 0xc0) === 0x80;
}

/**
 * The character starting at bytes[i]: [code point, length in bytes], or undefined
 * when the bytes there are not a valid, shortest-form encoding of one.
 */
function decodeOne(bytes: ArrayLike<number>, i: number): [number, number] | undefined {
  const b0 = bytes[i];
  const b1 = bytes[i + 1], b2 = bytes[i + 2], b3 = bytes[i + 3];
  if (b0 < 0x80) return [b0, 1];
  if ((b0 & 0xe0) === 0xc0 && isContinuation(b1)) {
    const cp = ((b0 & 0x1f) << 6) | (b1 & 0x3f);
    return cp >= 0x80 ? [cp, 2] : undefined;
  }
  if ((b0 & 0xf0) === 0xe0 && isContinuation(b1) && isContinuation(b2)) {
    const cp = ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
    return cp >= 0x800 && isValidCodePoint(cp) ? [cp, 3] : undefined;
  }
  if ((b0 & 0xf8) === 0xf0 && isContinuation(b1) && isContinuation(b2) && isContinuation(b3)) {
    const cp = ((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
    return cp >= 0x10000 && isValidCodePoint(cp) ? [cp, 4] : undefined;
  }
  return undefined;
}

/** Decodes bytes to text, one U+FFFD per byte that does not start a valid character. */
export function decodeUtf8Bytes(bytes: ArrayLike<number>): string {
  let text = "";
  for (let i = 0; i < bytes.length; ) {
    const char = decodeOne(bytes, i);
    if (char === undefined) {
      text += REPLACEMENT_CHARACTER;
      i += 1;
    } else {
      text += String.fromCodePoint(char[0]);
      i += char[1];
    }
  }
  return text;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The text as UTF-8 can carry it: each lone surrogate (which no UTF-8 encodes)
 * becomes U+FFFD, as TextEncoder does when it hands a JS string to a UTF-8 library.
 */
export function toWellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, REPLACEMENT_CHARACTER);
}
