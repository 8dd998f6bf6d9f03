/**
 * The SentencePiece `ModelProto` (sentencepiece_model.proto), read from a `.model`
 * file: the fields a BPE encoder/decoder needs, with the proto2 defaults the
 * SentencePiece library applies when a field is absent. Field numbers are the
 * library's; unknown fields are skipped.
 *
 *   ModelProto       1 pieces (repeated SentencePiece)  2 trainer_spec  3 normalizer_spec
 *   SentencePiece    1 piece  2 score (float)  3 type (enum, default NORMAL)
 *   TrainerSpec      3 model_type  4 vocab_size  24 treat_whitespace_as_suffix
 *                    25 split_digits  35 byte_fallback  40 unk_id  41 bos_id
 *                    42 eos_id  43 pad_id  44 unk_surface  45 unk_piece
 *                    46 bos_piece  47 eos_piece  48 pad_piece
 *   NormalizerSpec   1 name  2 precompiled_charsmap  3 add_dummy_prefix
 *                    4 remove_extra_whitespaces  5 escape_whitespaces
 */
import { UserError } from "../errors.js";
import { ProtobufError, ProtobufReader } from "./protobuf.js";

/** sentencepiece_model.proto: SentencePiece.Type. */
export const PieceType = { NORMAL: 1, UNKNOWN: 2, CONTROL: 3, USER_DEFINED: 4, UNUSED: 5, BYTE: 6 } as const;

/** sentencepiece_model.proto: TrainerSpec.ModelType. */
export const ModelType = { UNIGRAM: 1, BPE: 2, WORD: 3, CHAR: 4 } as const;

export interface SentencePiece {
  piece: string;
  score: number;
  type: number;
}

export interface TrainerSpec {
  modelType: number;
  vocabSize: number;
  treatWhitespaceAsSuffix: boolean;
  splitDigits: boolean;
  byteFallback: boolean;
  /** The trainer's ids of the special pieces; the library finds them by name (below). */
  unkId: number;
  bosId: number;
  eosId: number;
  padId: number;
  unkPiece: string;
  bosPiece: string;
  eosPiece: string;
  padPiece: string;
  /** What decode writes for the unknown piece. */
  unkSurface: string;
}

export interface NormalizerSpec {
  name: string;
  precompiledCharsmap: Uint8Array;
  addDummyPrefix: boolean;
  removeExtraWhitespaces: boolean;
  escapeWhitespaces: boolean;
}

export interface ModelProto {
  pieces: SentencePiece[];
  trainerSpec: TrainerSpec;
  normalizerSpec: NormalizerSpec;
}

/** The proto2 defaults of sentencepiece_model.proto. */
function defaultTrainerSpec(): TrainerSpec {
  return {
    modelType: ModelType.UNIGRAM,
    vocabSize: 8000,
    treatWhitespaceAsSuffix: false,
    splitDigits: false,
    byteFallback: false,
    unkId: 0,
    bosId: 1,
    eosId: 2,
    padId: -1,
    unkPiece: "<unk>",
    bosPiece: "<s>",
    eosPiece: "</s>",
    padPiece: "<pad>",
    unkSurface: " \u2047 ", // " ⁇ "
  };
}

function defaultNormalizerSpec(): NormalizerSpec {
  return {
    name: "",
    precompiledCharsmap: new Uint8Array(0),
    addDummyPrefix: true,
    removeExtraWhitespaces: true,
    escapeWhitespaces: true,
  };
}

/**
 * Reads a ModelProto from the bytes of a `.model` file. `source` (the file name)
 * heads every error message.
 */
export function parseModelProto(bytes: Uint8Array, source: string): ModelProto {
  const model: ModelProto = { pieces: [], trainerSpec: defaultTrainerSpec(), normalizerSpec: defaultNormalizerSpec() };
  let where = "ModelProto";
  try {
    const r = new ProtobufReader(bytes);
    for (let h = r.nextField(); h; h = r.nextField()) {
      if (h.field === 1) {
        where = `pieces[${model.pieces.length}]`;
        model.pieces.push(readPiece(r.message(h)));
      } else if (h.field === 2) {
        where = "trainer_spec";
        readTrainerSpec(r.message(h), model.trainerSpec);
      } else if (h.field === 3) {
        where = "normalizer_spec";
        readNormalizerSpec(r.message(h), model.normalizerSpec);
      } else {
        r.skip(h);
      }
      where = "ModelProto";
    }
  } catch (e) {
    if (e instanceof ProtobufError) {
      throw new UserError(`${source}: not a valid SentencePiece model: ${where}: ${e.message}`);
    }
    throw e;
  }
  return model;
}

function readPiece(r: ProtobufReader): SentencePiece {
  const piece: SentencePiece = { piece: "", score: 0, type: PieceType.NORMAL };
  for (let h = r.nextField(); h; h = r.nextField()) {
    if (h.field === 1) piece.piece = r.string(h);
    else if (h.field === 2) piece.score = r.float(h);
    else if (h.field === 3) piece.type = r.int32(h);
    else r.skip(h);
  }
  return piece;
}

function readTrainerSpec(r: ProtobufReader, spec: TrainerSpec): void {
  for (let h = r.nextField(); h; h = r.nextField()) {
    switch (h.field) {
      case 3: spec.modelType = r.int32(h); break;
      case 4: spec.vocabSize = r.int32(h); break;
      case 24: spec.treatWhitespaceAsSuffix = r.bool(h); break;
      case 25: spec.splitDigits = r.bool(h); break;
      case 35: spec.byteFallback = r.bool(h); break;
      case 40: spec.unkId = r.int32(h); break;
      case 41: spec.bosId = r.int32(h); break;
      case 42: spec.eosId = r.int32(h); break;
      case 43: spec.padId = r.int32(h); break;
      case 44: spec.unkSurface = r.string(h); break;
      case 45: spec.unkPiece = r.string(h); break;
      case 46: spec.bosPiece = r.string(h); break;
      case 47: spec.eosPiece = r.string(h); break;
      case 48: spec.padPiece = r.string(h); break;
      default: r.skip(h);
    }
  }
}

function readNormalizerSpec(r: ProtobufReader, spec: NormalizerSpec): void {
  for (let h = r.nextField(); h; h = r.nextField()) {
    switch (h.field) {
      case 1: spec.name = r.string(h); break;
      case 2: spec.precompiledCharsmap = r.bytesValue(h); break;
      case 3: spec.addDummyPrefix = r.bool(h); break;
      case 4: spec.removeExtraWhitespaces = r.bool(h); break;
      case 5: spec.escapeWhitespaces = r.bool(h); break;
      default: r.skip(h);
    }
  }
}
