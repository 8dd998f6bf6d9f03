/**
 * A minimal reader of the protocol buffers wire format: just enough to read a
 * SentencePiece `.model` file (see model_proto.ts). Not a mirror of anything in the
 * Grok-1 reference, which loads its tokenizer through the SentencePiece library.
 *
 * A message is a sequence of fields, each a varint tag `(field number << 3) | wire
 * type` followed by a value encoded as the wire type says:
 *   0 varint, 1 fixed 8 bytes, 2 length-delimited bytes, 5 fixed 4 bytes
 *   (3 and 4, the deprecated groups, do not occur in SentencePiece models).
 * Errors are thrown as `ProtobufError` with the byte offset; the caller adds the file
 * and message names.
 */

export const WireType = { VARINT: 0, FIXED64: 1, LENGTH_DELIMITED: 2, FIXED32: 5 } as const;

/** A varint takes at most 10 bytes (7 payload bits each, 64 bits in all). */
const MAX_VARINT_BYTES = 10;

/** Scratch space for reading a float. */
const floatBytes = new DataView(new ArrayBuffer(4));

/** Strings up to this many bytes are decoded by hand when ASCII (faster than TextDecoder). */
const SHORT_STRING = 64;

function isAscii(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (bytes[i] >= 0x80) return false;
  return true;
}

/** The bytes are not valid protobuf at `offset`. */
export class ProtobufError extends Error {
  constructor(message: string, readonly offset: number) {
    super(`${message} at byte ${offset}`);
  }
}

/** One field of a message: its number, wire type, and where its tag starts. */
export interface FieldHeader {
  field: number;
  wireType: number;
  offset: number;
}

// ignoreBOM: a piece may begin with U+FEFF, which is text here, not a byte order mark.
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Reads the fields of one message, bytes[start, end), in order: `nextField()` gives
 * a field's header, then exactly one of the value readers (or `skip`) reads its value.
 * Each value reader checks that the wire type fits the declared type.
 */
export class ProtobufReader {
  private pos: number;

  constructor(private readonly bytes: Uint8Array, start = 0, private readonly end = bytes.length) {
    this.pos = start;
  }

  /** The next field's header, or undefined at the end of the message. */
  nextField(): FieldHeader | undefined {
    if (this.pos >= this.end) return undefined;
    const offset = this.pos;
    const tag = this.readVarint().low >>> 0;
    const field = tag >>> 3;
    if (field === 0) throw new ProtobufError("field number 0", offset);
    return { field, wireType: tag & 7, offset };
  }

  /**
   * An int32 or enum: the low 32 bits of the varint, signed (a negative int32 is
   * sent as a 10-byte varint whose low 32 bits are its two's complement).
   */
  int32(h: FieldHeader): number {
    this.expect(h, WireType.VARINT);
    return this.readVarint().low;
  }

  bool(h: FieldHeader): boolean {
    return this.int32(h) !== 0;
  }

  /** A float: 4 bytes, little-endian IEEE 754. */
  float(h: FieldHeader): number {
    this.expect(h, WireType.FIXED32);
    this.need(4, "truncated float");
    for (let i = 0; i < 4; i++) floatBytes.setUint8(i, this.bytes[this.pos++]);
    return floatBytes.getFloat32(0, true);
  }

  /** A bytes field, as a view into the buffer (not a copy). */
  bytesValue(h: FieldHeader): Uint8Array {
    this.expect(h, WireType.LENGTH_DELIMITED);
    const start = this.lengthDelimited();
    return this.bytes.subarray(start, this.pos);
  }

  /** A string field: UTF-8. */
  string(h: FieldHeader): string {
    this.expect(h, WireType.LENGTH_DELIMITED);
    const start = this.lengthDelimited();
    if (this.pos - start <= SHORT_STRING && isAscii(this.bytes, start, this.pos)) {
      return String.fromCharCode(...this.bytes.subarray(start, this.pos));
    }
    try {
      return utf8.decode(this.bytes.subarray(start, this.pos));
    } catch {
      throw new ProtobufError(`field ${h.field}: string is not valid UTF-8`, start);
    }
  }

  /** An embedded message: a reader over its bytes. */
  message(h: FieldHeader): ProtobufReader {
    this.expect(h, WireType.LENGTH_DELIMITED);
    const start = this.lengthDelimited();
    return new ProtobufReader(this.bytes, start, this.pos);
  }

  /** Steps over the value of a field we do not read. */
  skip(h: FieldHeader): void {
    switch (h.wireType) {
      case WireType.VARINT: this.readVarint(); return;
      case WireType.FIXED64: this.need(8, "truncated fixed64"); this.pos += 8; return;
      case WireType.LENGTH_DELIMITED: this.lengthDelimited(); return;
      case WireType.FIXED32: this.need(4, "truncated fixed32"); this.pos += 4; return;
      default: throw new ProtobufError(`field ${h.field}: unsupported wire type ${h.wireType}`, h.offset);
    }
  }

  private expect(h: FieldHeader, wireType: number): void {
    if (h.wireType !== wireType) {
      throw new ProtobufError(`field ${h.field} has wire type ${h.wireType}, expected ${wireType}`, h.offset);
    }
  }

  /** A varint: its low 32 bits (as a signed int) and whether any higher bit is set. */
  private readVarint(): { low: number; wide: boolean } {
    const start = this.pos;
    let low = 0;
    let wide = false;
    for (let i = 0; i < MAX_VARINT_BYTES; i++) {
      if (this.pos >= this.end) throw new ProtobufError("truncated varint", start);
      const byte = this.bytes[this.pos++];
      const payload = byte & 0x7f;
      if (i < 5) low |= payload << (7 * i); // bits 32 and up fall off the shift...
      if ((i === 4 && payload >> 4 !== 0) || (i > 4 && payload !== 0)) wide = true; // ...and are noted
      if ((byte & 0x80) === 0) return { low, wide };
    }
    throw new ProtobufError("varint longer than 10 bytes", start);
  }

  /** Reads a length prefix, steps over the value, and returns where the value starts. */
  private lengthDelimited(): number {
    const at = this.pos;
    const { low, wide } = this.readVarint();
    const length = low >>> 0;
    if (wide || length > this.end - this.pos) {
      throw new ProtobufError(`length ${wide ? "of 2^32 or more" : length} runs past the end of the message`, at);
    }
    const start = this.pos;
    this.pos += length;
    return start;
  }

  private need(n: number, message: string): void {
    if (this.end - this.pos < n) throw new ProtobufError(message, this.pos);
  }
}
