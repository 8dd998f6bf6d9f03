/** Progress and timing lines on stderr (stdout carries only the command's output). */
import { memoryUsage } from "node:process";

export function info(msg: string): void {
  process.stderr.write(`${msg}\n`);
}

/** A progress line that rewrites itself on a terminal and prints every ~10% otherwise. */
export function progressBar(label: string): (done: number, total: number, what?: string) => void {
  let lastPct = -1;
  return (done, total, what) => {
    const pct = total === 0 ? 100 : Math.floor((100 * done) / total);
    if (process.stderr.isTTY) {
      process.stderr.write(`\r${label}: ${done}/${total} ${what ?? ""}`.padEnd(70) + (done === total ? "\n" : ""));
    } else if (pct >= lastPct + 10 || done === total) {
      process.stderr.write(`${label}: ${done}/${total} ${what ?? ""}\n`);
      lastPct = pct;
    }
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
