/** `grok1 tokenize` and `grok1 detokenize`. */
import { readTextFile } from "../files.js";
import { Tokenizer } from "../tokenizer/tokenizer.js";
import { idList, parse, usageError } from "./args.js";

export async function tokenizeCommand(argv: string[]): Promise<void> {
  const usage = "grok1 tokenize (--text T | --file F) [--tokenizer M.model]";
  const { values } = parse(argv, { text: { type: "string" }, file: { type: "string" }, tokenizer: { type: "string" } }, usage);
  if ((values.text === undefined) === (values.file === undefined)) throw usageError("give exactly one of --text or --file", usage);
  const text = values.file !== undefined ? readTextFile(values.file, values.file, { keepByteOrderMark: true }) : values.text;
  const ids = Tokenizer.load(values.tokenizer).encode(text!);
  process.stdout.write(JSON.stringify(ids) + "\n");
}

export async function detokenizeCommand(argv: string[]): Promise<void> {
  const usage = "grok1 detokenize --ids 1,2,3 [--tokenizer M.model]";
  const { values } = parse(argv, { ids: { type: "string" }, tokenizer: { type: "string" } }, usage);
  if (values.ids === undefined) throw usageError("--ids is required", usage);
  const inner = values.ids.trim().replace(/^\[|\]$/g, "").trim(); // "1,2,3" or "[1, 2, 3]" (what tokenize prints)
  const ids = inner === "" ? [] : idList(inner, "--ids", values.ids); // a message quotes what was given
  process.stdout.write(Tokenizer.load(values.tokenizer).decode(ids) + "\n");
}
