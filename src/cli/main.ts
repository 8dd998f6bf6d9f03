#!/usr/bin/env node
/**
 * The `grok1` command. Subcommands live in cmd_*.ts; this file only dispatches and
 * turns user errors into one clear line and a non-zero exit (no stack trace).
 */
import { HelpShown, UserError, printableText } from "../errors.js";
import { checkArgumentsAreUtf8 } from "./args.js";
import { errnoText } from "../files.js";

const HELP = `grok1: a readable TypeScript + WebAssembly implementation of xAI's Grok-1

usage: grok1 <command> [flags]

  generate    generate text from a prompt (random weights of a small preset unless --weights or --checkpoint)
  trace       run one forward pass (and decode steps) and write every layer's activations (safetensors)
  config      print a config and its derived numbers (parameters, KV cache, weight bytes)
  init        write deterministic random weights for a config
  convert     convert the released checkpoint (ckpt-0/tensor*) to safetensors
  tokenize    text -> token ids (the Grok-1 SentencePiece tokenizer)
  detokenize  token ids -> text
  bench       kernel benchmarks (--e2e: whole-model tokens/s; --tokenizer; --sampling; --full-layer: one Grok-1 layer from disk)
  compare     check another runtime's activations against a trace (exit 1 if out of tolerance)

Run 'grok1 <command> --help' for a command's flags.`;

/**
 * A command: resolves to its exit status (nothing: 0), or throws a UserError (exit 2).
 * Anything else thrown is a bug of ours: its stack trace, and exit 3 (not 1, which
 * `compare` gives to a difference).
 */
type Command = (argv: string[]) => Promise<void | number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  config: async () => (await import("./cmd_model.js")).configCommand,
  init: async () => (await import("./cmd_model.js")).initCommand,
  trace: async () => (await import("./cmd_model.js")).traceCommand,
  generate: async () => (await import("./cmd_generate.js")).generateCommand,
  tokenize: async () => (await import("./cmd_text.js")).tokenizeCommand,
  detokenize: async () => (await import("./cmd_text.js")).detokenizeCommand,
  bench: async () => (await import("./cmd_bench.js")).benchCommand,
  convert: async () => (await import("./cmd_convert.js")).convertCommand,
  compare: async () => (await import("./cmd_compare.js")).compareCommand,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    process.stderr.write(HELP + "\n"); // a command is needed: the usage, as an error
    return 2;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(HELP + "\n");
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`grok1: unknown command '${printableText(name)}' (see 'grok1 --help')\n`);
    return 2;
  }
  try {
    checkArgumentsAreUtf8(rest);
    return (await (await load())(rest)) ?? 0;
  } catch (e) {
    if (e instanceof HelpShown) return 0;
    if (e instanceof UserError) {
      process.stderr.write(`grok1 ${name}: error: ${printableText(e.message)}\n`); // arguments echoed in it are the user's
      return 2;
    }
    process.stderr.write(`grok1 ${name}: internal error (a bug in grok1.ts): ${printableText(e instanceof Error ? (e.stack ?? e.message) : String(e))}\n`);
    return 3;
  }
}

// A failed write to stdout (a full disk, /dev/full) is reported as an 'error' event, not
// thrown: kept here, and turned into exit code 2 below. EPIPE is not an error: the reader
// (`| head`) has all it wanted.
let stdoutError: NodeJS.ErrnoException | undefined;
process.stdout.on("error", (e: NodeJS.ErrnoException) => (stdoutError ??= e));

let code = await main(process.argv.slice(2));
await new Promise((resolve) => setImmediate(resolve)); // let a failed write report itself
if (stdoutError !== undefined && stdoutError.code !== "EPIPE" && code !== 2) {
  // (code 2: the command has reported it already, as generate does as soon as a write fails)
  process.stderr.write(`grok1 ${process.argv[2]}: error: cannot write stdout (${errnoText(stdoutError)})\n`);
  code = 2;
}
// Exit explicitly: the kernels' worker threads and the streaming reader must not keep a
// finished command alive (stdout and stderr writes are synchronous for files and pipes).
process.exit(code);
