/** The released checkpoint (checkpoint.ts) as a TensorSource for the model loader. */
import type { LanguageModelConfig } from "../config.js";
import { Checkpoint } from "./checkpoint.js";
import { checkpointLocator, type TensorLocator } from "./disk_reads.js";
import type { ReadTarget, StoredTensor, TensorSource } from "./params.js";

export class CheckpointSource implements TensorSource {
  readonly description: string;
  constructor(readonly checkpoint: Checkpoint) {
    this.description = `checkpoint ${checkpoint.folder}`;
  }

  static open(dir: string, cfg: LanguageModelConfig): CheckpointSource {
    return new CheckpointSource(Checkpoint.open(dir, cfg));
  }

  get locator(): TensorLocator {
    return checkpointLocator(this.checkpoint);
  }

  get(path: string, into?: ReadTarget): StoredTensor | undefined {
    if (!this.checkpoint.tensors.has(path)) return undefined;
    const t = this.checkpoint.read(path, into);
    return { dtype: t.dtype, shape: t.shape, data: t.data, scales: t.scales };
  }
}
