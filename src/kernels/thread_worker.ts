/**
 * The source of a kernel worker thread (thread_pool.ts evalWorker starts it with
 * `eval: true`, so it needs no file of its own at run time: the same code works from src/
 * under vitest and from dist/ after `tsc`).
 *
 * A worker instantiates the kernel module over the shared memory it is given (and over
 * each further memory, a "bank", as it is sent one), says "ready", then loops: wait until
 * the control block's generation changes, then claim parts of the job described there
 * and run them, in the job's bank, until none is left (a failure goes into the control
 * block's error slots), counting each finished part out of `remaining`. Parts are
 * claimed, not assigned: whichever thread is awake takes the next one, the caller too, so
 * a worker slow to wake delays nothing. A worker spins for a while before it sleeps,
 * because a forward pass dispatches jobs back to back; an idle pool sleeps in Atomics.wait
 * and uses no CPU.
 */

/**
 * The control block: a small region of the shared memory through which the calling
 * thread hands out jobs. Int32 slots (indices), then float64 kernel arguments.
 */
const RANGES = 10; // the first int32 slot of the per-part ranges (after the slots below; slot 9 keeps the float64 arguments 8-byte aligned)
const MAX_PARTS = 64; // parts a job splits into at most (so threads at most: select.ts MAX_THREADS)
const MAX_ARGS = 16; // float64 kernel arguments at most
const ERROR_TEXT_BYTES = 512;
const INTS = RANGES + 3 * MAX_PARTS; // int32 slots before the arguments

export const CONTROL = {
  GEN: 0, // job generation: bumped once per job; workers sleep on it
  REMAINING: 1, // parts of the current job not finished yet; the caller sleeps on it
  FN: 2, // index of the kernel in the pool's kernel list; -1 tells workers to exit
  NARGS: 3, // number of float64 arguments before the range
  CLAIM: 4, // parts << CLAIM_SHIFT | the next part to claim (claimPart)
  HAS_SCRATCH: 5, // 1: the kernel takes this part's scratch address before its range
  ERROR: 6, // 0, or 1 + the number of a part whose kernel threw on a worker
  THREADS: 7, // threads that may run the job's parts, the caller included: worker i (from 1) claims only if i < THREADS
  BANK: 8, // the memory the job's addresses are in: 0, the one holding this block, or a further bank (ThreadPool.addMemory)
  // the claim counter's bits: it counts at most MAX_PARTS claims that get a part plus two
  // failed ones per thread per job, far below 2^16
  CLAIM_SHIFT: 16,
  RANGES, // per part p: [lo, hi, scratch] at RANGES + 3·p
  MAX_PARTS,
  INTS,
  ARGS_BYTE_OFFSET: INTS * 4,
  MAX_ARGS,
  ERROR_TEXT_BYTE_OFFSET: INTS * 4 + MAX_ARGS * 8, // the failed part's error, UTF-8, NUL-padded
  ERROR_TEXT_BYTES,
  BYTES: INTS * 4 + MAX_ARGS * 8 + ERROR_TEXT_BYTES,
} as const;

/**
 * Claims the next part of the current job: its number, or -1 if every part is taken. The
 * claim word holds the job's part count beside the counter, and the caller resets it only
 * after writing the job, so a claim that gets a part number below the count is a part of
 * the job now described in the control block, which cannot change before that part is done;
 * a claim left over from an earlier job gets a number at or past its count. Shared by the
 * caller (thread_pool.ts) and the workers (its source is copied into WORKER_SOURCE).
 */
export function claimPart(ctl: Int32Array, c: typeof CONTROL): number {
  const v = Atomics.add(ctl, c.CLAIM, 1);
  const p = v & ((1 << c.CLAIM_SHIFT) - 1);
  return p < v >>> c.CLAIM_SHIFT ? p : -1;
}

/** Plain JavaScript, run by thread_pool.ts evalWorker (which defines `load`), with the control layout inlined. */
export const WORKER_SOURCE = `
const { parentPort, workerData, receiveMessageOnPort } = load("node:worker_threads");
const { module, memory, control, kernelNames, spinMs, startGen, index, memories } = workerData;
const C = ${JSON.stringify(CONTROL)};
const kernelsOver = (memory) => {
  const instance = new WebAssembly.Instance(module, {
    env: { memory, abort: () => { throw new Error("abort called in a wasm kernel"); } },
  });
  return kernelNames.map((name) => instance.exports[name]);
};
// per bank, the kernels of an instance over its memory: bank 0's holds the control block
const banks = [kernelsOver(memory)];

/**
 * The kernels of bank b. A further memory is posted on the \`memories\` port before its
 * first job (ThreadPool.addMemory), so it is there to be received, without waiting.
 */
function bankKernels(b) {
  while (banks.length <= b) {
    const m = receiveMessageOnPort(memories);
    if (m === undefined) throw new Error("memory bank " + b + " was not sent to this worker");
    banks.push(kernelsOver(m.message));
  }
  return banks[b];
}

const ctl = new Int32Array(memory.buffer, control, C.INTS);
const args = new Float64Array(memory.buffer, control + C.ARGS_BYTE_OFFSET, C.MAX_ARGS);
const errorText = new Uint8Array(memory.buffer, control + C.ERROR_TEXT_BYTE_OFFSET, C.ERROR_TEXT_BYTES);
const pause = typeof Atomics.pause === "function" ? Atomics.pause : () => {};

function waitForJob(seen) {
  const spinUntil = performance.now() + spinMs;
  for (let i = 0; Atomics.load(ctl, C.GEN) === seen; i++) {
    pause();
    if ((i & 255) === 255 && performance.now() > spinUntil) Atomics.wait(ctl, C.GEN, seen);
  }
  return Atomics.load(ctl, C.GEN);
}

${claimPart.toString()}

function runPart(p) {
  const a = Array.from(args.subarray(0, ctl[C.NARGS]));
  const r = C.RANGES + 3 * p;
  if (ctl[C.HAS_SCRATCH]) a.push(ctl[r + 2] >>> 0);
  a.push(ctl[r], ctl[r + 1]);
  try {
    bankKernels(ctl[C.BANK])[ctl[C.FN]](...a);
  } catch (e) {
    errorText.fill(0);
    new TextEncoder().encodeInto(String((e && e.stack) || e), errorText.subarray(0, C.ERROR_TEXT_BYTES - 1));
    Atomics.store(ctl, C.ERROR, p + 1);
  }
  if (Atomics.sub(ctl, C.REMAINING, 1) === 1) Atomics.notify(ctl, C.REMAINING);
}

// counted from the pool's creation, so that a worker booting late still takes part in the job waiting for it
let seen = startGen;
parentPort.postMessage("ready");
for (;;) {
  seen = waitForJob(seen);
  if (Atomics.load(ctl, C.FN) < 0) break;
  // a job held to fewer threads (limitThreads); a worker that passed this check just as the
  // job ended may still claim a part of the next one, which changes no result
  if (index >= Atomics.load(ctl, C.THREADS)) continue;
  for (let p = claimPart(ctl, C); p >= 0; p = claimPart(ctl, C)) runPart(p);
}
`;
