#!/usr/bin/env node
/**
 * check_binary.mjs: confirms node-llama-cpp's prebuilt CPU binary loads offline (no
 * download, no build) and says which ggml CPU variant it picked for this machine.
 *   node check_binary.mjs [MODEL.gguf]   (with a GGUF: also loads it and tokenizes a sentence)
 * To prove it needs no network: unshare -rn node check_binary.mjs
 */
import fs from "node:fs";
import { importBaseline } from "../baselines.mjs";

const { getLlama, LlamaLogLevel } = await importBaseline("node-llama-cpp");

const llama = await getLlama({ gpu: false, build: "never", usePrebuiltBinaries: true, logLevel: LlamaLogLevel.warn });
const backend = fs.readFileSync("/proc/self/maps", "utf8").match(/[^\s/]*libggml-cpu[^\s/]*\.so/)?.[0] ?? "unknown";
console.log(JSON.stringify({
  llama_cpp: llama.llamaCppRelease, build: llama.buildType, gpu: llama.gpu, cpu_backend: backend,
  cpu_math_cores: llama.cpuMathCores, grok_supported: llama._bindings.getIsArchSupported("grok"),
  system_info: llama.systemInfo.trim(),
}));
if (process.argv[2]) {
  const model = await llama.loadModel({ modelPath: process.argv[2] });
  const ids = Array.from(model.tokenize("The answer to life the universe and everything is of course"));
  console.log(JSON.stringify({ model: process.argv[2], parameters: model.fileInsights.totalParameters, tokens: ids }));
  await model.dispose();
}
await llama.dispose();
