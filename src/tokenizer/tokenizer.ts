/**
 * The Grok-1 tokenizer: text <-> token ids, exactly as the SentencePiece library
 * gives them for tokenizer/tokenizer.model. The reference's runners.py loads that
 * file with `sentencepiece.SentencePieceProcessor(model_file=...)`, encodes each
 * prompt with `tokenizer.encode(prompt)` and decodes with `tokenizer.decode(tokens)`.
 *
 * The model, read from the file (model_proto.ts):
 *   - BPE, V = 131072 pieces: [PAD] 0, [BOS] 1, [EOS] 2 (control), [UNK] 3,
 *     65 user-defined pieces (newline, tab and space runs, the digits 0-9,
 *     <|separator|>, <|mask|>, <|control1..20|>), 256 byte pieces <0x00>..<0xFF>,
 *     and the merged pieces, scored -rank.
 *   - normalizer "identity" (no character mapping), add_dummy_prefix,
 *     escape_whitespaces, no removal of extra whitespace, byte_fallback.
 *
 * encode: the text is normalized (a ▁ in front, every space U+0020 -> ▁), segmented
 * by BPE (bpe_model.ts), and each piece becomes its id; a piece that is not in the
 * vocabulary (an unknown character) becomes the byte pieces of its UTF-8 bytes.
 * decode: control pieces vanish, [UNK] becomes the trainer's unk_surface, byte pieces
 * are gathered and read as UTF-8 (utf8.ts), ▁ becomes a space, and the first piece
 * of the text loses a leading ▁ (the dummy prefix).
 *
 * Other SentencePiece models load only if they use the same features; a feature this
 * file does not implement (a unigram model, a precompiled character map, removal of
 * extra whitespace, whitespace as suffix, unused pieces) is refused with a UserError.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { UserError, check } from "../errors.js";
import { readInputFile } from "../files.js";
import { BpeModel, SPACE_SYMBOL } from "./bpe_model.js";
import { ModelType, PieceType, parseModelProto, type ModelProto } from "./model_proto.js";
import { decodeUtf8Bytes, toWellFormed } from "./utf8.js";

/** Where the repository keeps the Grok-1 tokenizer, relative to its root. */
const MODEL_PATH_IN_REPO = path.join("tokenizer", "tokenizer.model");

/** A byte piece's text: <0x00> .. <0xFF>, two upper-case hex digits. */
const BYTE_PIECE = /^<0x([0-9A-F]{2})>$/;

/** Number of distinct byte values, each needing a byte piece under byte fallback. */
const BYTE_VALUES = 256;

const utf8Encoder = new TextEncoder();

export class Tokenizer {
  readonly vocabSize: number;
  readonly padId: number;
  readonly bosId: number;
  readonly eosId: number;
  readonly unkId: number;

  private readonly pieces: string[];
  private readonly types: Uint8Array;
  /** id -> byte value for byte pieces, -1 for the others. */
  private readonly byteValue: Int16Array;
  /** byte value -> id of its byte piece. */
  private readonly byteIds = new Int32Array(BYTE_VALUES).fill(-1);
  /** Normal and user-defined pieces: what BPE produces (text -> id). */
  private readonly mergeable = new Map<string, number>();
  /** Control, unknown and byte pieces: found by pieceToId, never produced by BPE. */
  private readonly reserved = new Map<string, number>();
  private readonly bpe: BpeModel;
  private readonly byteFallback: boolean;
  private readonly addDummyPrefix: boolean;
  private readonly escapeWhitespaces: boolean;
  private readonly unkSurface: string;
  /** id -> what decode writes for it, filled in as ids are met. */
  private readonly surfaces: (string | undefined)[];

  /** Loads a `.model` file; by default the repository's tokenizer/tokenizer.model. */
  static load(file: string = defaultModelPath()): Tokenizer {
    const bytes = readInputFile(file, `tokenizer model ${file}`); // a regular file: a named pipe would block
    return new Tokenizer(parseModelProto(bytes, file), file);
  }

  /** A tokenizer for a parsed model; `source` names it in error messages. */
  constructor(model: ModelProto, source: string) {
    const { trainerSpec: trainer, normalizerSpec: normalizer, pieces } = model;
    check(pieces.length > 0, `${source}: not a SentencePiece model: it has no pieces`);
    const refuse = (what: string) => new UserError(`${source}: ${what} is not supported (grok1.ts implements the Grok-1 tokenizer's features)`);
    if (trainer.modelType !== ModelType.BPE) throw refuse(`model_type ${trainer.modelType} (only BPE, ${ModelType.BPE})`);
    if (normalizer.precompiledCharsmap.length > 0) throw refuse(`normalizer "${normalizer.name}" with a precompiled_charsmap`);
    if (normalizer.removeExtraWhitespaces) throw refuse("normalizer_spec.remove_extra_whitespaces");
    if (trainer.treatWhitespaceAsSuffix) throw refuse("trainer_spec.treat_whitespace_as_suffix");

    const V = pieces.length;
    this.vocabSize = V;
    this.pieces = pieces.map((p) => p.piece);
    this.types = new Uint8Array(V);
    this.byteValue = new Int16Array(V).fill(-1);
    const scores = new Float32Array(V);
    const userDefined: number[] = [];
    let unkId = -1;
    pieces.forEach(({ piece, score, type }, id) => {
      const at = () => `${source}: piece ${id} ${JSON.stringify(piece)}`;
      check(piece.length > 0, () => `${at()} is empty`);
      check(Number.isFinite(score), () => `${at()} has score ${score}`);
      check(!this.mergeable.has(piece) && !this.reserved.has(piece), () => `${at()} is also piece ${this.mergeable.get(piece) ?? this.reserved.get(piece)}`);
      this.types[id] = type;
      scores[id] = score;
      switch (type) {
        case PieceType.NORMAL:
          this.mergeable.set(piece, id);
          break;
        case PieceType.USER_DEFINED:
          this.mergeable.set(piece, id);
          userDefined.push(id);
          break;
        case PieceType.UNKNOWN:
          check(unkId < 0, () => `${at()} is a second unknown piece (the first is ${unkId})`);
          unkId = id;
          this.reserved.set(piece, id);
          break;
        case PieceType.CONTROL:
          this.reserved.set(piece, id);
          break;
        case PieceType.BYTE: {
          const hex = BYTE_PIECE.exec(piece);
          check(trainer.byteFallback, () => `${at()} is a byte piece but trainer_spec.byte_fallback is off`);
          check(hex, () => `${at()} is a byte piece not of the form <0xNN>`);
          this.byteValue[id] = parseInt(hex[1], 16);
          this.byteIds[this.byteValue[id]] = id;
          this.reserved.set(piece, id);
          break;
        }
        case PieceType.UNUSED:
          throw refuse(`piece ${id} ${JSON.stringify(piece)} of type UNUSED`);
        default:
          throw new UserError(`${at()} has unknown type ${type}`);
      }
    });
    check(unkId >= 0, `${source}: the model has no unknown piece`);
    if (trainer.byteFallback) {
      const missing = this.byteIds.indexOf(-1);
      check(missing < 0, () => `${source}: byte_fallback is on but there is no byte piece <0x${missing.toString(16).toUpperCase().padStart(2, "0")}>`);
    }

    // As the library: the unknown piece is the one of type UNKNOWN; BOS, EOS and PAD
    // are the control pieces named by the trainer spec, or -1 when there is none.
    this.unkId = unkId;
    this.bosId = this.controlPieceId(trainer.bosPiece);
    this.eosId = this.controlPieceId(trainer.eosPiece);
    this.padId = this.controlPieceId(trainer.padPiece);
    this.byteFallback = trainer.byteFallback;
    this.addDummyPrefix = normalizer.addDummyPrefix;
    this.escapeWhitespaces = normalizer.escapeWhitespaces;
    this.unkSurface = trainer.unkSurface;
    this.surfaces = new Array<string | undefined>(V).fill(undefined);
    this.bpe = new BpeModel({ pieces: this.pieces, scores, mergeable: this.mergeable, userDefined });
  }

  /**
   * The token ids of `text`, as `SentencePieceProcessor.encode(text)` gives them: no
   * BOS or EOS. Lone surrogates, which UTF-8 cannot carry, are read as U+FFFD.
   */
  encode(text: string): number[] {
    const ids: number[] = [];
    const V = this.vocabSize;
    for (const key of this.bpe.encode(this.normalize(text))) {
      // A key below V is a piece; above, a character that is no piece, unless it
      // is a reserved piece's text.
      const id = key < V ? key : (this.reserved.get(this.bpe.keyText(key)) ?? this.unkId);
      if (id === this.unkId && this.byteFallback) {
        for (const byte of utf8Encoder.encode(this.bpe.keyText(key))) ids.push(this.byteIds[byte]);
      } else {
        ids.push(id);
      }
    }
    return ids;
  }

  /**
   * The text of `ids`, as `SentencePieceProcessor.decode(ids)` gives it. An id
   * outside [0, V) is a UserError.
   */
  decode(ids: readonly number[]): string {
    ids.forEach((id, i) => this.checkId(id, ` at position ${i}`));
    let text = "";
    const bytes: number[] = [];
    // The dummy prefix: a ▁ that starts the text is dropped. It is looked for at the
    // start of each piece until one piece has dropped it or the text is not empty.
    let atStart = true;
    let droppedSpace = false;
    for (const id of ids) {
      if (this.byteValue[id] >= 0) {
        bytes.push(this.byteValue[id]);
        continue;
      }
      if (bytes.length > 0) {
        text += decodeUtf8Bytes(bytes);
        bytes.length = 0;
      }
      if (droppedSpace || text.length > 0) atStart = false;
      droppedSpace = atStart && this.addDummyPrefix && this.isText(id) && this.pieces[id].startsWith(SPACE_SYMBOL);
      const surface = this.surface(id);
      text += droppedSpace ? surface.slice(SPACE_SYMBOL.length) : surface;
    }
    return text + decodeUtf8Bytes(bytes);
  }

  /** The text of piece `id`, e.g. "▁the" or "<0x0A>". */
  idToPiece(id: number): string {
    this.checkId(id, "");
    return this.pieces[id];
  }

  /** The id of the piece with this exact text, or undefined if there is none. */
  pieceToId(piece: string): number | undefined {
    return this.reserved.get(piece) ?? this.mergeable.get(piece);
  }

  /**
   * What the SentencePiece normalizer makes of `text` for this model: nothing for
   * empty text; otherwise ▁ in front (add_dummy_prefix) and each space as ▁
   * (escape_whitespaces). The "identity" normalizer maps no characters.
   */
  private normalize(text: string): string {
    if (text.length === 0) return "";
    const space = this.escapeWhitespaces ? SPACE_SYMBOL : " ";
    const escaped = this.escapeWhitespaces ? toWellFormed(text).replaceAll(" ", SPACE_SYMBOL) : toWellFormed(text);
    return this.addDummyPrefix ? space + escaped : escaped;
  }

  /**
   * What decode writes for a piece that is not a byte piece: nothing for a control
   * piece, unk_surface for the unknown piece, otherwise the piece with ▁ as space.
   */
  private surface(id: number): string {
    let surface = this.surfaces[id];
    if (surface === undefined) {
      const type = this.types[id];
      if (type === PieceType.CONTROL) surface = "";
      else if (type === PieceType.UNKNOWN) surface = this.unkSurface;
      else surface = this.pieces[id].replaceAll(SPACE_SYMBOL, " ");
      this.surfaces[id] = surface;
    }
    return surface;
  }

  /** The id of the control piece with this text, or -1. */
  private controlPieceId(piece: string): number {
    const id = this.reserved.get(piece);
    return id !== undefined && this.types[id] === PieceType.CONTROL ? id : -1;
  }

  /** Whether piece `id` stands for text: a normal or user-defined piece. */
  private isText(id: number): boolean {
    return this.types[id] === PieceType.NORMAL || this.types[id] === PieceType.USER_DEFINED;
  }

  private checkId(id: number, where: string): void {
    check(Number.isInteger(id) && id >= 0 && id < this.vocabSize, () => `token id ${id}${where} is out of range: the vocabulary has ids 0..${this.vocabSize - 1}`);
  }
}

/**
 * tokenizer/tokenizer.model in the first directory above this source file that has
 * one: the repository root, whether this file runs as src/tokenizer/tokenizer.ts
 * (vitest) or as dist/src/tokenizer/tokenizer.js (after tsc).
 */
export function defaultModelPath(): string {
  const start = path.dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, MODEL_PATH_IN_REPO);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) {
      throw new UserError(`cannot find ${MODEL_PATH_IN_REPO} in ${start} or any directory above it`);
    }
  }
}
