/**
 * What of the machine a benchmark's numbers depend on, for the first line of its log:
 * Node's version, the cores, and on Linux the transparent huge pages setting. With
 * "always", the kernels' memory is backed by 2 MiB pages and a decode step streams its
 * weights faster (bench/SPEED.md, "Huge pages"); Node cannot ask for them itself (no madvise), so the
 * default "madvise" leaves it on 4 KiB pages.
 */
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";

const THP_SETTING = "/sys/kernel/mm/transparent_hugepage/enabled";

/** The selected transparent huge pages mode ("always", "madvise", "never"), or undefined off Linux. */
export function hugePagesMode(): string | undefined {
  try {
    return /\[(\w+)\]/.exec(readFileSync(THP_SETTING, "utf8"))?.[1];
  } catch {
    return undefined;
  }
}

export function machineLine(): string {
  const thp = hugePagesMode();
  return `node ${process.version}, ${availableParallelism()} cores${thp === undefined ? "" : `, transparent huge pages: ${thp}`}`;
}
