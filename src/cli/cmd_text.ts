/** `grok1 tokenize` and `grok1 detokenize`. */
import { readFileSync } from "node:fs";
import { UserError } from "../errors.js";
import { Tokenizer } from "../tokenizer/tokenizer.js";
import { idList, parse, usageError } from "./args.js";

export async function tokenizeCommand(argv: string[]): Promise<void> {
  const usage = "grok1 tokenize (--text T | --file F) [--tokenizer M.model]";
  const { values } = parse(argv, { text: { type: "string" }, file: { type: "string" }, tokenizer: { type: "string" } }, usage);
  if ((values.text === undefined) === (values.file === undefined)) throw usageError("give exactly one of --text or --file", usage);
  let text = values.text;
  if (values.file !== undefined) {
    try {
      text = readFileSync(values.file, "utf8");
    } catch (e) {
      throw new UserError(`cannot read ${values.file} (${(e as NodeJS.ErrnoException).code ?? e})`);
    }
  }
  const ids = Tokenizer.load(values.tokenizer).encode(text!);
  process.stdout.write(JSON.stringify(ids) + "\n");
}

export async function detokenizeCommand(argv: string[]): Promise<void> {
  const usage = "grok1 detokenize --ids 1,2,3 [--tokenizer M.model]";
  const { values } = parse(argv, { ids: { type: "string" }, tokenizer: { type: "string" } }, usage);
  if (values.ids === undefined) throw usageError("--ids is required", usage);
  const ids = values.ids.trim() === "" ? [] : idList(values.ids.replace(/^\[|\]$/g, ""), "--ids");
  process.stdout.write(Tokenizer.load(values.tokenizer).decode(ids) + "\n");
}
