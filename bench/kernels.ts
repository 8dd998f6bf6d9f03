/**
 * Kernel benchmarks (`grok1 bench [--quick] [--json] [--threads N]`): the WebAssembly
 * kernels on every build this engine runs, on 1 and N threads, side by side with what
 * they are compared against, measured in the same run:
 * - the memory read bandwidth (a streaming read in WebAssembly, threads for threads),
 *   the ceiling of the memory-bound decode matmul: measured first, and again right after
 *   each decode matmul that streams its weights from memory (its row's read_gbps);
 * - the SIMD multiply-add peak (independent float32x4 multiply-adds, each build at each
 *   thread count; shape [1, scalar multiply-adds, 1]), the ceiling of the compute-bound
 *   prefill matmul;
 * - the TypeScript kernels (src/kernels/ts_kernels.ts), the oracle.
 * Shapes are Grok-1's: a 6144 × 6144 projection and a 6144 × 32768 expert (decode, M = 1),
 * and prompt-sized prefill products; plus a decode product small enough to stay in cache
 * (CACHED_DECODE_SHAPE), which shows whether a decode kernel is bound by memory or by its
 * arithmetic. Timings are tinybench medians; numbers are for
 * reading, never asserted. With --json, one JSON object per line on stdout:
 *   {kernel, dtype, shape: [M, K, N], threads, impl, median_ms, gflops, gbps, read_gbps}
 * otherwise a table; progress goes to stderr.
 */
import { availableParallelism } from "node:os";
import { Bench } from "tinybench";
import { f32ToBf16Bits, roundBf16 } from "../src/dtype.js";
import type { AttentionArgs, ExpertWeights, Kernels, Weight } from "../src/kernels/kernels.js";
import { tsKernels } from "../src/kernels/ts_kernels.js";
import { WasmKernels } from "../src/kernels/wasm_kernels.js";
import { type WasmBuild, detectFeatures } from "../src/kernels/wasm_module.js";
import { machineLine } from "./machine.js";

export interface KernelBenchOptions {
  quick: boolean;
  json: boolean;
  /**
   * Tiny shapes and runs of a few milliseconds: every benchmark and its output, no numbers
   * worth reading (test/bench_smoke.test.ts keeps this code from rotting with it).
   */
  smoke?: boolean;
  /** Thread counts to measure the WebAssembly kernels at (default: 1 and every core). */
  threads?: number[];
}

/** One measurement: the JSON line of --json. */
export interface KernelBenchResult {
  kernel: string;
  dtype: string;
  shape: number[];
  threads: number;
  impl: string;
  median_ms: number;
  gflops: number | null;
  gbps: number | null;
  /**
   * A decode matmul's baseline: the streaming read at its thread count, measured right
   * after it (this machine's bandwidth drifts over minutes); null for other rows.
   */
  read_gbps: number | null;
}

/** What one call of a benchmarked function costs. */
interface Cost {
  flops: number | null;
  bytes: number;
}

/** Bytes read by the bandwidth probe: far beyond any cache. */
export const STREAM_BYTES = 512 << 20;
/**
 * A decode shape whose weights stay in cache between repetitions (8 MiB of f32 at most,
 * against a 32 MiB L3): the decode kernels' arithmetic ceiling, to set against the
 * read bandwidth (a kernel that cannot go faster from cache is bound by its arithmetic).
 */
const CACHED_DECODE_SHAPE: [number, number, number] = [1, 2048, 1024];
/** Work units of the multiply-add peak probe (bandwidth.ts simd_peak): ~2 ms on one core. */
const PEAK_UNITS = 256;

/** Weight dtypes of the matmul benchmarks: "i8-bf16" is int8 whose dequantized values are rounded to bf16. */
type BenchDtype = "f32" | "bf16" | "i8" | "i8-bf16";

function randomWeight(dtype: BenchDtype, K: number, N: number): Weight {
  const n = K * N;
  let seed = 1;
  const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32) - 0.5;
  if (dtype === "f32") return { dtype, K, N, layout: "kn", data: Float32Array.from({ length: n }, next) };
  if (dtype === "bf16") {
    return { dtype, K, N, layout: "kn", data: Uint16Array.from({ length: n }, () => f32ToBf16Bits(next())) };
  }
  const data = Int8Array.from({ length: n }, () => Math.round(next() * 254));
  const scale = () => 0.01 + Math.abs(next()) * 0.01;
  const scales = Float32Array.from({ length: N }, () => (dtype === "i8-bf16" ? roundBf16(scale()) : scale())); // the checkpoint's scales are bf16
  return { dtype: "i8", K, N, layout: "kn", data, scales, roundToBf16: dtype === "i8-bf16" };
}

/** Bytes of a weight's elements (an 8-bit weight's scales not counted). */
export const weightBytes = (w: Weight) => w.K * w.N * (w.dtype === "f32" ? 4 : w.dtype === "bf16" ? 2 : 1);

/**
 * A benchmarked call. A kernel that works in place (GELU, softmax, RoPE) also gets
 * `reset`, which restores its input before each call, untimed (tinybench's beforeEach):
 * run on its own output, GELU would soon see only tiny and subnormal values, whose
 * arithmetic is slower, and measure those instead of activations.
 */
interface Timed {
  call: () => void;
  reset?: () => void;
}

/** Median milliseconds of `t.call` over a tinybench run of about `timeMs`. */
export async function median(t: Timed, timeMs: number, minIterations: number): Promise<number> {
  const bench = new Bench({ time: timeMs, iterations: minIterations, warmupIterations: 1, warmupTime: 0 });
  bench.add("x", t.call, t.reset ? { beforeEach: t.reset } : {});
  await bench.run();
  const r = bench.tasks[0].result;
  if (r.state !== "completed") throw new Error(`benchmark ${r.state}`);
  return r.latency.p50;
}

export async function runKernelBench(opts: KernelBenchOptions): Promise<void> {
  const { quick, json, smoke = false } = opts;
  const maxThreads = availableParallelism();
  const threadCounts = [...new Set(opts.threads ?? [1, maxThreads])].sort((a, b) => a - b);
  const timeMs = smoke ? 5 : quick ? 150 : 1000;
  const streamBytes = smoke ? 1 << 20 : quick ? STREAM_BYTES / 2 : STREAM_BYTES;
  const results: KernelBenchResult[] = [];
  const progress = (s: string) => process.stderr.write(`bench: ${s}\n`);

  const builds: WasmBuild[] = ["simd"];
  const features = detectFeatures();
  if (features.relaxedSimd) builds.push("relaxed-simd");
  if (!features.sharedMemory) builds[0] = "simd-unshared";
  const wasm: WasmKernels[] = [];
  for (const build of builds) {
    const threads = build === "simd-unshared" ? 1 : Math.max(...threadCounts);
    wasm.push(await WasmKernels.create({ build, threads }));
  }
  progress(`${machineLine()}; builds ${builds.join(", ")}; threads ${threadCounts.join(", ")}`);

  const record = async (
    kernel: string,
    dtype: string,
    shape: number[],
    impl: string,
    threads: number,
    cost: Cost,
    fn: (() => void) | Timed,
    readAfter = false, // a kernel bound by memory: its baseline, the streaming read right after it (read_gbps)
  ) => {
    progress(`${kernel} ${dtype} [${shape.join(", ")}] ${impl} ×${threads}`);
    const ms = await median(typeof fn === "function" ? { call: fn } : fn, impl === "ts" ? Math.min(timeMs, 300) : timeMs, impl === "ts" ? 2 : 5);
    const read_gbps = readAfter ? round(streamBytes / (await readMs(threads)) / 1e6, 4) : null;
    const r: KernelBenchResult = {
      kernel,
      dtype,
      shape,
      threads,
      impl,
      median_ms: round(ms, 4),
      gflops: cost.flops === null ? null : round(cost.flops / ms / 1e6, 4),
      gbps: cost.bytes === 0 ? null : round(cost.bytes / ms / 1e6, 4),
      read_gbps,
    };
    results.push(r);
    if (json) process.stdout.write(`${JSON.stringify(r)}\n`);
  };

  /** `body(k)` on every WebAssembly build and thread count (each followed by a streaming read where `readAfter`). */
  const onWasm = async (
    kernel: string,
    dtype: string,
    shape: number[],
    cost: Cost,
    body: (k: WasmKernels) => (() => void) | Timed,
    readAfter = false,
  ) => {
    for (const k of wasm) {
      for (const t of threadCounts) {
        if (t > 1 && k.build === "simd-unshared") continue;
        k.limitThreads(t);
        await record(kernel, dtype, shape, `wasm-${k.build}`, t, cost, body(k), readAfter);
      }
    }
  };

  // -- memory read bandwidth ------------------------------------------------------------
  // (the reader stays until the decode matmuls are measured: each is followed by a read)
  const k0 = wasm[0];
  const reader = k0.streamReader(streamBytes);
  /** Median milliseconds of the streaming read on `threads` threads, timed as long as a TypeScript kernel. */
  async function readMs(threads: number): Promise<number> {
    k0.limitThreads(threads);
    return median({ call: () => reader.read() }, Math.min(timeMs, 300), 3);
  }
  for (const t of threadCounts) {
    if (t > 1 && k0.build === "simd-unshared") continue;
    k0.limitThreads(t);
    await record("stream_read", "u8", [1, streamBytes, 1], `wasm-${k0.build}`, t, { flops: null, bytes: streamBytes }, () => reader.read());
  }

  // -- the SIMD multiply-add peak: each build (the relaxed one fuses) at each thread count --
  for (const k of wasm) {
    const probe = k.simdPeak(smoke ? 1 : PEAK_UNITS);
    for (const t of threadCounts) {
      if (t > 1 && k.build === "simd-unshared") continue;
      k.limitThreads(t);
      await record("simd_peak", "f32", [1, probe.flops / 2, 1], `wasm-${k.build}`, t, { flops: probe.flops, bytes: 0 }, probe.run);
    }
    probe.release();
  }

  // -- matmul -----------------------------------------------------------------------------
  type Shape = [number, number, number];
  const decodeShapes: Shape[] = smoke ? [[1, 40, 33]] : quick ? [[1, 6144, 6144]] : [[1, 6144, 6144], [1, 6144, 32768], CACHED_DECODE_SHAPE];
  const prefillShapes: Shape[] = smoke ? [[9, 40, 33]] : quick ? [[128, 1024, 4096]] : [[128, 1024, 4096], [512, 2048, 2048]];
  const cases: { shape: Shape; dtype: BenchDtype; ts: boolean }[] = [];
  for (const shape of decodeShapes) {
    for (const dtype of ["f32", "bf16", "i8", "i8-bf16"] as const) cases.push({ shape, dtype, ts: smoke || shape[2] === 6144 });
  }
  for (const shape of prefillShapes) {
    for (const dtype of ["f32", "bf16", "i8-bf16"] as const) cases.push({ shape, dtype, ts: dtype === "f32" && (smoke || shape[0] === 128) });
  }
  for (const { shape, dtype, ts } of cases) {
    const [M, K, N] = shape;
    progress(`matmul ${dtype} [${shape.join(", ")}]: preparing the weight`);
    const w = randomWeight(dtype, K, N);
    const x = Float32Array.from({ length: M * K }, (_, i) => ((i * 7919) % 1000) / 1000 - 0.5);
    const y = new Float32Array(M * N);
    // decode reads W once; prefill's bytes are W's plus x's and y's once
    const cost = { flops: 2 * M * K * N, bytes: weightBytes(w) + (M > 4 ? 4 * (M * K + M * N) : 0) };
    if (ts) await record("matmul", dtype, shape, "ts", 1, cost, () => tsKernels.matmul(x, M, w, y));
    // one token streams W from memory (but for the cached shape): measured against the read right after it
    const fromMemory = M === 1 && shape.join() !== CACHED_DECODE_SHAPE.join();
    await onWasm("matmul", dtype, shape, cost, (k) => {
      k.prepareWeight(w);
      return () => k.matmul(x, M, w, y);
    }, fromMemory);
    for (const k of wasm) k.releaseWeight(w);
  }
  reader.release();

  // -- the other kernels, at mid-size shapes (emb 1024, 8 q / 2 kv heads of 128, ffn 5464) --
  const [T, D, F, Hq, Hkv, Kh, S] = smoke ? [3, 40, 56, 4, 2, 8, 5] : [128, 1024, 5464, 8, 2, 128, 1024];
  const nExpert = Math.max(1, Math.floor(T / 4)); // tokens per expert
  const act = (n: number) => Float32Array.from({ length: n }, (_, i) => Math.sin(i) * 3);
  /** `call`, with x restored to its contents of now before each call (Timed.reset). */
  const inPlace = (x: Float32Array, call: () => void): Timed => {
    const x0 = x.slice();
    return { call, reset: () => x.set(x0) };
  };
  const others: { kernel: string; dtype?: "bf16"; shape: number[]; cost: Cost; run: (k: Kernels) => (() => void) | Timed }[] = [
    {
      kernel: "rmsNorm",
      shape: [T, D, 1],
      cost: { flops: 4 * T * D, bytes: 8 * T * D },
      run: (k) => {
        const x = act(T * D), scale = act(D), y = new Float32Array(T * D);
        return () => k.rmsNorm(x, T, D, scale, 1e-5, y);
      },
    },
    {
      kernel: "gelu",
      shape: [T, F, 1],
      cost: { flops: null, bytes: 8 * T * F },
      run: (k) => {
        const x = act(T * F);
        return inPlace(x, () => k.gelu(x));
      },
    },
    {
      kernel: "gelu",
      dtype: "bf16", // every op rounded to bf16, as the reference's dense block computes it
      shape: [T, F, 1],
      cost: { flops: null, bytes: 8 * T * F },
      run: (k) => {
        const x = act(T * F).map(roundBf16);
        return inPlace(x, () => k.gelu(x, true));
      },
    },
    {
      kernel: "softmax",
      shape: [T * Hq, S, 1],
      cost: { flops: null, bytes: 8 * T * Hq * S },
      run: (k) => {
        const x = act(T * Hq * S);
        return inPlace(x, () => k.softmax(x, T * Hq, S));
      },
    },
    {
      kernel: "rope",
      shape: [T, Hq, Kh],
      cost: { flops: 6 * T * Hq * Kh, bytes: 8 * T * Hq * Kh },
      run: (k) => {
        const x = act(T * Hq * Kh), offset = new Int32Array([100]);
        const invFreq = Float32Array.from({ length: Kh / 2 }, (_, j) => 1 / 10000 ** ((2 * j) / Kh));
        return inPlace(x, () => k.rope(x, 1, T, Hq, Kh, offset, invFreq));
      },
    },
    {
      // one expert's share of a 128-token prompt (2 of 8 experts per token): 32 tokens, bf16 weights
      kernel: "expert ffn",
      dtype: "bf16",
      shape: [nExpert, D, F],
      cost: { flops: 3 * 2 * nExpert * D * F, bytes: 3 * 2 * D * F },
      run: (k) => {
        const w: ExpertWeights = { linear: randomWeight("bf16", D, F), linear_v: randomWeight("bf16", D, F), linear_1: randomWeight("bf16", F, D) };
        const x = act(nExpert * D).map(roundBf16), out = new Float32Array(nExpert * D);
        return () => k.expertFfn(x, nExpert, w, { h: true, hv: true }, out);
      },
    },
    attentionCase("attention decode", 1, S),
    // the same with the cache in the kernels' memory (allocateF32), as the model keeps it
    attentionCase("attention decode in place", 1, S, false, true),
    attentionCase("attention prefill", T, T),
    // a prompt's prefill as the model runs it: query t sees slots s <= t
    attentionCase("attention causal", smoke ? T : 4 * T, smoke ? T : 4 * T, true),
  ];
  function attentionCase(kernel: string, Tq: number, Sk: number, causal = false, inPlace = false) {
    const visible = causal ? (Tq * (Tq + 1)) / 2 : Tq * Sk; // (query, slot) pairs
    return {
      kernel,
      shape: [Tq, Sk, Hq * Kh],
      cost: { flops: 4 * visible * Hq * Kh, bytes: 4 * (2 * Sk * Hkv * Kh + 2 * Tq * Hq * Kh) },
      run: (k: Kernels) => {
        const cache = (n: number) => {
          const a = (inPlace && k.allocateF32?.(n)) || new Float32Array(n);
          a.set(act(n));
          return a;
        };
        const a: AttentionArgs = {
          B: 1, T: Tq, S: Sk, Hq, Hkv, K: Kh,
          q: act(Tq * Hq * Kh), k: cache(Sk * Hkv * Kh), v: cache(Sk * Hkv * Kh),
          mask: Uint8Array.from({ length: Tq * Sk }, (_, i) => (!causal || i % Sk <= Math.floor(i / Sk) ? 1 : 0)),
          multiplier: 0.08838834764831845, bf16: false,
          out: new Float32Array(Tq * Hq * Kh),
        };
        return () => k.attention(a);
      },
    };
  }
  for (const o of others) {
    const dtype = o.dtype ?? "f32";
    await record(o.kernel, dtype, o.shape, "ts", 1, o.cost, o.run(tsKernels));
    await onWasm(o.kernel, dtype, o.shape, o.cost, (k) => o.run(k));
  }

  for (const k of wasm) await k.close();
  if (!json) printTable(results);
}

/**
 * `v` to `digits` significant digits: a rate of a tiny shape on a busy machine (the smoke
 * run's) stays above 0, where rounding to 2 decimals made it 0.
 */
function round(v: number, digits: number): number {
  return Number(v.toPrecision(digits));
}

/**
 * The results as a table, with each row's comparison: a decode matmul against the read
 * bandwidth at its thread count measured right after it, a prefill matmul against its
 * build's SIMD peak at its thread count, and against the TypeScript kernel where that
 * was measured.
 */
function printTable(results: KernelBenchResult[]): void {
  const peak = new Map(results.filter((r) => r.kernel === "simd_peak").map((r) => [`${r.impl} ${r.threads}`, r.gflops ?? 0]));
  const tsTime = new Map(
    results.filter((r) => r.impl === "ts").map((r) => [`${r.kernel} ${r.dtype} ${r.shape}`, r.median_ms]),
  );
  const rows = results.map((r) => {
    let vs = "";
    const tsMs = tsTime.get(`${r.kernel} ${r.dtype} ${r.shape}`);
    if (r.kernel === "matmul" && r.impl !== "ts" && r.shape.join() === CACHED_DECODE_SHAPE.join()) {
      vs = `${((r.shape[1] * r.shape[2]) / r.median_ms / 1e6).toFixed(1)} G weights/s from cache`;
    } else if (r.read_gbps !== null) {
      vs = `${Math.round((100 * (r.gbps ?? 0)) / r.read_gbps)}% of read bw`;
    } else if (r.kernel === "matmul" && r.impl !== "ts") {
      vs = `${Math.round((100 * (r.gflops ?? 0)) / (peak.get(`${r.impl} ${r.threads}`) ?? NaN))}% of SIMD peak`;
    }
    if (tsMs !== undefined && r.impl !== "ts") vs += `${vs ? ", " : ""}${(tsMs / r.median_ms).toFixed(1)}× ts`;
    return [
      r.kernel,
      r.dtype,
      `[${r.shape.join(",")}]`,
      r.impl,
      String(r.threads),
      r.median_ms.toFixed(3),
      r.gflops === null ? "" : r.gflops.toFixed(1),
      r.gbps === null ? "" : r.gbps.toFixed(1),
      vs,
    ];
  });
  const header = ["kernel", "dtype", "shape", "impl", "threads", "median ms", "GFLOP/s", "GB/s", "vs"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i >= 4 && i < 8 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  ");
  process.stdout.write(`${line(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}\n`);
  for (const row of rows) process.stdout.write(`${line(row)}\n`);
}
