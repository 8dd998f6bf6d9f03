/**
 * The source of a kernel worker thread (thread_pool.ts evalWorker starts it with
 * `eval: true`, so it needs no file of its own at run time: the same code works from src/
 * under vitest and from dist/ after `tsc`).
 *
 * A worker instantiates the kernel module over the shared memory it is given, says
 * "ready", then loops: sleep until the control block's generation changes, run its part
 * of the job described there (a failure goes into the control block's error slots), count
 * itself out of `pending`. It spins for a few microseconds before sleeping, because a
 * forward pass dispatches jobs back to back; an idle pool sleeps in Atomics.wait and uses
 * no CPU.
 */

/**
 * The control block: a small region of the shared memory through which the calling
 * thread hands out jobs. Int32 slots (indices), then float64 kernel arguments.
 */
export const CONTROL = {
  GEN: 0, // job generation: bumped once per job; workers sleep on it
  PENDING: 1, // workers that have not finished the current job; the caller sleeps on it
  FN: 2, // index of the kernel in the pool's kernel list; -1 tells workers to exit
  NARGS: 3, // number of float64 arguments before the range
  PARTS: 4, // parts of this job; part 0 runs on the calling thread
  HAS_SCRATCH: 5, // 1: the kernel takes this part's scratch address before its range
  ERROR: 6, // 0, or the number of a part whose kernel threw
  RANGES: 8, // per part p: [lo, hi, scratch] at RANGES + 3·p
  MAX_PARTS: 64,
  INTS: 8 + 3 * 64,
  ARGS_BYTE_OFFSET: (8 + 3 * 64) * 4,
  MAX_ARGS: 16,
  ERROR_TEXT_BYTE_OFFSET: (8 + 3 * 64) * 4 + 16 * 8, // the failed part's error, UTF-8, NUL-padded
  ERROR_TEXT_BYTES: 512,
  BYTES: (8 + 3 * 64) * 4 + 16 * 8 + 512,
} as const;

/** Plain JavaScript, run by thread_pool.ts evalWorker (which defines `load`), with the control layout inlined. */
export const WORKER_SOURCE = `
const { parentPort, workerData } = load("node:worker_threads");
const { module, memory, control, part, kernelNames, spinMs, startGen } = workerData;
const C = ${JSON.stringify(CONTROL)};
const instance = new WebAssembly.Instance(module, {
  env: { memory, abort: () => { throw new Error("abort called in a wasm kernel"); } },
});
const kernels = kernelNames.map((name) => instance.exports[name]);
const ctl = new Int32Array(memory.buffer, control, C.INTS);
const args = new Float64Array(memory.buffer, control + C.ARGS_BYTE_OFFSET, C.MAX_ARGS);
const errorText = new Uint8Array(memory.buffer, control + C.ERROR_TEXT_BYTE_OFFSET, C.ERROR_TEXT_BYTES);

function waitForJob(seen) {
  const spinUntil = performance.now() + spinMs;
  for (let i = 0; Atomics.load(ctl, C.GEN) === seen; i++) {
    if ((i & 255) === 255 && performance.now() > spinUntil) Atomics.wait(ctl, C.GEN, seen);
  }
  return Atomics.load(ctl, C.GEN);
}

// counted from the pool's creation, so that a worker booting late still takes the job waiting for it
let seen = startGen;
parentPort.postMessage("ready");
for (;;) {
  seen = waitForJob(seen);
  const fn = ctl[C.FN];
  if (fn < 0) break;
  if (part < ctl[C.PARTS]) {
    const a = Array.from(args.subarray(0, ctl[C.NARGS]));
    const r = C.RANGES + 3 * part;
    if (ctl[C.HAS_SCRATCH]) a.push(ctl[r + 2] >>> 0);
    a.push(ctl[r], ctl[r + 1]);
    try {
      kernels[fn](...a);
    } catch (e) {
      errorText.fill(0);
      new TextEncoder().encodeInto(String((e && e.stack) || e), errorText.subarray(0, C.ERROR_TEXT_BYTES - 1));
      Atomics.store(ctl, C.ERROR, part);
    }
  }
  if (Atomics.sub(ctl, C.PENDING, 1) === 1) Atomics.notify(ctl, C.PENDING);
}
`;
