/**
 * A pool of worker threads that run the WebAssembly kernels over shared memories: the
 * one holding the control block, and any further ones ("banks", wasm_kernels.ts) added
 * with addMemory, which the same threads serve.
 *
 * Every thread (the caller and each worker) has its own instance of the same module
 * over each WebAssembly.Memory, so a kernel's inputs and outputs need no copying
 * between threads: a job is a kernel, its arguments (addresses and sizes) and one
 * range per part, written into the control block (thread_worker.ts CONTROL). A job may
 * have more parts than there are threads: parts are claimed, so a thread that is slow
 * (descheduled by its VM, late to wake) holds up only the part it is running while the
 * others take the rest. A job may also be limited to fewer threads than the pool has
 * (WasmKernels.limitThreads: a benchmark's one thread on a pool of two); workers past
 * the limit leave it alone. The caller wakes as many sleeping workers as there are parts
 * besides its own, then claims and runs parts itself like any worker, then sleeps
 * until the last part is counted out. Which thread runs a part never changes its result:
 * a part is a fixed range with its own scratch. Workers are unref'd: an idle pool keeps
 * no process alive and, asleep in Atomics.wait, uses no CPU.
 */
import { MessageChannel, type MessagePort, Worker, type WorkerOptions } from "node:worker_threads";
import { UserError } from "../errors.js";
import { CONTROL as C, WORKER_SOURCE, claimPart } from "./thread_worker.js";

/**
 * A worker that runs `source`, plain JavaScript that gets Node's modules from `load(id)`.
 * An eval'd worker runs as CommonJS, with `require`, unless the process was started with
 * `--input-type=module` (or Node 22's `--experimental-default-type=module`), which the
 * worker inherits: then it is an ES module, and `load` is process.getBuiltinModule
 * (Node 20.16+). The worker's other command-line flags are inherited as they are.
 */
export function evalWorker(source: string, options: WorkerOptions): Worker {
  const prelude = `"use strict";
const load = typeof require === "function" ? require : (id) => process.getBuiltinModule(id);
`;
  return new Worker(prelude + source, { ...options, eval: true });
}

/** A kernel export: its arguments, then [scratch,] lo, hi. */
export type KernelFn = (...args: number[]) => void;

/**
 * How long a thread spins before it sleeps, waiting for the next job (workers) or for the
 * last part to finish (caller), in microseconds: GROK1_SPIN_US, else SPIN_US.
 */
export function spinMicroseconds(): number {
  const v = process.env.GROK1_SPIN_US;
  if (v === undefined || v === "") return SPIN_US;
  const n = Number(v);
  if (!/^\d+$/.test(v.trim()) || n > MAX_SPIN_US) throw new UserError(`GROK1_SPIN_US must be an integer from 0 to ${MAX_SPIN_US} (microseconds), not "${v}"`);
  return n;
}
/**
 * 50 µs: longer spins (300, 1000, 5000 µs) measured no better beyond a 16-core VM's noise
 * (bench/SPEED.md, "Many cores"), and a spinning thread keeps its core busy after every job.
 */
const SPIN_US = 50;
const MAX_SPIN_US = 1_000_000;

/**
 * Part `p` of `parts` of [0, total), cut at multiples of `grain`: [lo, hi). Equal parts, or
 * with `shrink`, parts that shrink linearly: part p weighs parts − p. Threads claim parts in
 * order, so the last ones are what the others wait for at the job's end: with 8 parts on 2
 * threads the last is 1/36 of the job instead of 1/8.
 */
export function splitRange(total: number, parts: number, grain: number, p: number, shrink = false): [number, number] {
  const units = Math.ceil(total / grain);
  // the weight of the parts before q: q (equal), or q·parts − q(q − 1)/2 (shrinking)
  const before = (q: number) => (shrink ? q * parts - (q * (q - 1)) / 2 : q);
  const all = before(parts);
  const lo = Math.min(total, Math.floor((before(p) * units) / all) * grain);
  const hi = Math.min(total, Math.floor((before(p + 1) * units) / all) * grain);
  return [lo, hi];
}

/**
 * Whether a job's parts shrink (splitRange): where they outnumber its threads, so that they
 * are claimed, and where there are enough units for the smallest part to get at least one.
 * Where each thread runs one part (attention), equal parts are what balances them.
 */
function shrinks(parts: number, threads: number, units: number): boolean {
  return parts > threads && units >= (parts * (parts + 1)) / 2;
}

/** One job: a kernel applied to `args`, its range [0, total) split into `parts`. */
export interface Job {
  /** Index of the kernel in the pool's kernel list. */
  kernel: number;
  /** Runs a part on the calling thread (the caller's own instance of the kernel). */
  local: KernelFn;
  args: readonly number[];
  total: number;
  parts: number;
  grain: number;
  /** Threads that may run its parts, the caller included (at most the pool's; parts may be more). */
  threads: number;
  /** The memory its addresses are in (addMemory's number; default 0, the control block's). */
  bank?: number;
  /** Per-part scratch: part p gets scratch.base + p · scratch.stride bytes. */
  scratch?: { base: number; stride: number };
}

export class ThreadPool {
  private readonly ctl: Int32Array;
  private readonly args: Float64Array;
  private readonly errorText: Uint8Array;

  /** Memories the workers run kernels over: the control block's, then those addMemory sent. */
  private memories = 1;

  private constructor(
    memory: WebAssembly.Memory,
    control: number,
    private readonly workers: Worker[],
    /** Per worker, the port further memories are sent on (thread_worker.ts bankKernels). */
    private readonly ports: MessagePort[],
    private readonly kernelNames: readonly string[],
    private readonly spinMs: number,
  ) {
    this.ctl = new Int32Array(memory.buffer, control, C.INTS);
    this.args = new Float64Array(memory.buffer, control + C.ARGS_BYTE_OFFSET, C.MAX_ARGS);
    this.errorText = new Uint8Array(memory.buffer, control + C.ERROR_TEXT_BYTE_OFFSET, C.ERROR_TEXT_BYTES);
  }

  /**
   * Starts `threads − 1` workers (the caller is the first thread) over `memory`, which must
   * be shared; `control` is the byte address of C.BYTES reserved bytes in it.
   */
  static async start(
    module: WebAssembly.Module,
    memory: WebAssembly.Memory,
    control: number,
    threads: number,
    kernelNames: readonly string[],
  ): Promise<ThreadPool> {
    const data = poolWorkerData(module, memory, control, kernelNames);
    const channels = Array.from({ length: workerCount(threads) }, () => new MessageChannel());
    const workers = await Promise.all(channels.map((ch, i) => startWorker({ ...data, index: i + 1, memories: ch.port2 }, [ch.port2])));
    const ports = channels.map((ch) => ch.port1);
    for (const port of ports) port.unref(); // like the workers: an idle pool keeps no process alive
    return new ThreadPool(memory, control, workers, ports, kernelNames, data.spinMs);
  }

  /**
   * Lets the workers run kernels over a further shared memory (a bank, wasm_kernels.ts):
   * it is posted to each, which instantiates the module over it when a job first names it
   * (thread_worker.ts bankKernels). Returns its number, for Job.bank. One pool serves
   * every bank, so a model spread over many memories costs no more threads than one (a
   * worker thread holds about 8–10 MiB: resident Grok-1, ~80 banks, on 16 threads would
   * otherwise start 1200 of them).
   */
  addMemory(memory: WebAssembly.Memory): number {
    for (const port of this.ports) port.postMessage(memory);
    return this.memories++;
  }

  /** Threads that run parts of a job: the workers and the caller. */
  get threads(): number {
    return this.workers.length + 1;
  }

  /** Runs a job to completion, in at most MAX_PARTS parts (thread_worker.ts CONTROL). */
  run(job: Job): void {
    const { ctl } = this;
    const parts = Math.min(job.parts, C.MAX_PARTS);
    const hasScratch = job.scratch !== undefined;
    ctl[C.FN] = job.kernel;
    ctl[C.NARGS] = job.args.length;
    ctl[C.HAS_SCRATCH] = hasScratch ? 1 : 0;
    ctl[C.ERROR] = 0;
    const threads = Math.max(1, Math.min(job.threads, this.threads));
    ctl[C.THREADS] = threads;
    ctl[C.BANK] = job.bank ?? 0;
    this.args.set(job.args);
    const shrink = shrinks(parts, threads, Math.ceil(job.total / job.grain));
    for (let p = 0; p < parts; p++) {
      const [lo, hi] = splitRange(job.total, parts, job.grain, p, shrink);
      ctl[C.RANGES + 3 * p] = lo;
      ctl[C.RANGES + 3 * p + 1] = hi;
      ctl[C.RANGES + 3 * p + 2] = hasScratch ? job.scratch!.base + p * job.scratch!.stride : 0;
    }
    Atomics.store(ctl, C.REMAINING, parts);
    Atomics.store(ctl, C.CLAIM, parts << C.CLAIM_SHIFT); // the job is open to claims from here on
    Atomics.add(ctl, C.GEN, 1);
    // a sleeping worker past the limit would only go back to sleep: wake all of them then
    Atomics.notify(ctl, C.GEN, threads < this.threads ? undefined : Math.min(parts, threads) - 1);

    let failure: unknown;
    for (let p = claimPart(ctl, C); p >= 0; p = claimPart(ctl, C)) {
      const r = C.RANGES + 3 * p;
      try {
        if (hasScratch) job.local(...job.args, ctl[r + 2] >>> 0, ctl[r], ctl[r + 1]);
        else job.local(...job.args, ctl[r], ctl[r + 1]);
      } catch (e) {
        failure ??= e;
      }
      Atomics.sub(ctl, C.REMAINING, 1);
    }
    this.waitForParts();
    if (failure !== undefined) throw failure;
    const failedPart = ctl[C.ERROR];
    if (failedPart !== 0) {
      throw new Error(`wasm kernel ${this.kernelNames[job.kernel]} failed in part ${failedPart - 1}, on a worker thread: ${this.workerErrorText()}`);
    }
  }

  /** The failed worker's error message (thread_worker.ts writes it into the control block). */
  private workerErrorText(): string {
    const bytes = this.errorText.slice(); // a plain copy: TextDecoder may refuse shared memory
    const end = bytes.indexOf(0);
    return new TextDecoder().decode(end < 0 ? bytes : bytes.subarray(0, end));
  }

  private waitForParts(): void {
    const { ctl } = this;
    const spinUntil = performance.now() + this.spinMs;
    for (let i = 0; ; i++) {
      const remaining = Atomics.load(ctl, C.REMAINING);
      if (remaining === 0) return;
      if ((i & 255) === 255 && performance.now() > spinUntil) Atomics.wait(ctl, C.REMAINING, remaining);
    }
  }

  /** Stops the workers. The pool cannot run jobs afterwards. */
  async close(): Promise<void> {
    this.ctl[C.FN] = -1;
    Atomics.add(this.ctl, C.GEN, 1);
    Atomics.notify(this.ctl, C.GEN);
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers.length = 0;
    for (const port of this.ports) port.close();
  }
}

/** Workers a pool of `threads` threads starts: the caller is the first thread. */
function workerCount(threads: number): number {
  return Math.min(threads, C.MAX_PARTS) - 1;
}

/** What every worker of a pool gets (each adds its `index`, from 1: the caller is thread 0); spinMs is the caller's too. */
function poolWorkerData(module: WebAssembly.Module, memory: WebAssembly.Memory, control: number, kernelNames: readonly string[]) {
  const startGen = Atomics.load(new Int32Array(memory.buffer, control, C.INTS), C.GEN);
  return { module, memory, control, kernelNames, spinMs: spinMicroseconds() / 1000, startGen };
}

/** Starts a worker and resolves once it is ready (a failure to start rejects). */
function startWorker(workerData: Record<string, unknown>, transferList: MessagePort[]): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const worker = evalWorker(WORKER_SOURCE, { workerData, transferList });
    worker.once("error", reject);
    worker.once("message", () => {
      worker.off("error", reject);
      resolve(settle(worker));
    });
  });
}

/**
 * A worker from now on: one that dies (it never should: kernel errors are caught and
 * reported through the control block) is logged, and it is unref'd last (adding a
 * listener refs it again), so that an idle pool keeps no process alive.
 */
function settle(worker: Worker): Worker {
  worker.on("error", (e) => console.error(`grok1: a kernel worker thread died: ${String(e)}`));
  worker.unref();
  return worker;
}
