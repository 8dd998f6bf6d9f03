/** Progress and timing lines on stderr (stdout carries only the command's output). */
import { memoryUsage } from "node:process";

export function info(msg: string): void {
  process.stderr.write(`${msg}\n`);
}

/**
 * A progress line that rewrites itself on a terminal and prints every ~10% otherwise.
 * With `everySeconds`, for work that repeats (every forward pass): on a terminal the line
 * is erased when the work is done, rather than left among the output; otherwise a line
 * at most that often (quiet when a pass is quick, a heartbeat when it takes minutes).
 */
export function progressBar(label: string, everySeconds?: number): (done: number, total: number, what?: string) => void {
  let lastPct = -1;
  let lastTime = performance.now();
  return (done, total, what) => {
    const pct = total === 0 ? 100 : Math.floor((100 * done) / total);
    if (process.stderr.isTTY) {
      const end = done !== total ? "" : everySeconds === undefined ? "\n" : `\r${" ".repeat(70)}\r`;
      process.stderr.write(`\r${label}: ${done}/${total} ${what ?? ""}`.padEnd(70) + end);
      return;
    }
    // not a terminal: a line every `everySeconds`, or every 10 % and the last
    const due = everySeconds !== undefined ? performance.now() - lastTime >= everySeconds * 1000 : pct >= lastPct + 10 || done === total;
    if (!due) return;
    process.stderr.write(`${label}: ${done}/${total} ${what ?? ""}\n`);
    lastTime = performance.now();
    lastPct = pct;
  };
}

/** Peak resident set size of this process so far, in MiB. */
export function peakRssMiB(): number {
  const r = process.resourceUsage();
  return r.maxRSS / 1024; // maxRSS is in KiB
}

export function heapMiB(): number {
  return memoryUsage().rss / 2 ** 20;
}
