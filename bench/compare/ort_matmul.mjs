// Prefill-matmul baseline: onnxruntime-web's WebAssembly backend in Node, on the shapes of
// grok1.ts's kernel benchmark (bench/kernels.ts): y[M,N] = x[M,K] · W[K,N], f32.
//
// The model is one ONNX MatMul node whose protobuf bytes are written below by hand.
// W is a graph initializer by default (constant weights, as in inference: ORT may prepack it);
// `--b input` makes it a second graph input instead.
//
// Usage: node ort_matmul.mjs [--threads 1,2] [--shapes 128x1024x4096,512x2048x2048]
//                              [--time-ms 1000] [--b initializer|input]
// ort.env.wasm.numThreads is fixed when the runtime initializes, so each thread count runs
// in a child process of its own (`--child`). One JSON line per measurement on stdout:
//   {impl, version, shape, threads, median_ms, gflops, b, cpu_per_wall, os_threads, node}
// cpu_per_wall = process CPU time / wall time over the timed runs (≈ threads on an idle
// machine), os_threads = entries in /proc/self/task after the runs: both check that the
// thread count asked for is really used.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { importBaseline } from "./baselines.mjs";

const args = parseArgs(process.argv.slice(2));
const threadCounts = (args.threads ?? "1,2").split(",").map(Number);
const shapes = (args.shapes ?? "128x1024x4096,512x2048x2048").split(",").map((s) => s.split("x").map(Number));
const timeMs = Number(args["time-ms"] ?? 1000);
const bMode = args.b ?? "initializer";

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i += 2) out[argv[i].replace(/^--/, "")] = argv[i + 1];
  return out;
}

async function runChild(threads) {
  const ortModule = await importBaseline("onnxruntime-web");
  const ort = ortModule.default ?? ortModule; // its Node build is CommonJS
  const { Bench } = await importBaseline("tinybench");
  const version = ort.env.versions.web;
  ort.env.wasm.numThreads = threads;
  ort.env.wasm.simd = true;
  ort.env.wasm.proxy = false;
  ort.env.logLevel = "error";

  for (const [M, K, N] of shapes) {
    const w = pseudoRandom(K * N, 1);
    const x = pseudoRandom(M * K, 2);
    const model = matmulModel(M, K, N, bMode === "initializer" ? w : null);
    const session = await ort.InferenceSession.create(model, {
      executionProviders: ["wasm"],
      graphOptimizationLevel: "all",
    });
    const feeds = { A: new ort.Tensor("float32", x, [M, K]) };
    if (bMode === "input") feeds.B = new ort.Tensor("float32", w, [K, N]);

    const out = await session.run(feeds);
    checkResult(out.Y.data, x, w, M, K, N);

    const bench = new Bench({ time: timeMs, iterations: 5, warmupIterations: 2, warmupTime: 0 });
    bench.add("run", async () => {
      await session.run(feeds);
    });
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await bench.run();
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const r = bench.tasks[0].result;
    if (r.state !== "completed") throw new Error(`benchmark ${r.state}`);
    const ms = r.latency.p50;
    console.log(JSON.stringify({
      impl: "onnxruntime-web",
      version,
      shape: [M, K, N],
      threads,
      median_ms: round(ms, 4),
      gflops: round((2 * M * K * N) / ms / 1e6, 2),
      b: bMode,
      samples: r.latency.samplesCount,
      cpu_per_wall: round((cpu.user + cpu.system) / 1000 / wall, 2),
      os_threads: readdirSync("/proc/self/task").length,
      node: process.version,
    }));
    await session.release();
  }
  process.exit(0); // the runtime's worker threads would keep the process alive
}

/** Deterministic values in [-0.5, 0.5). */
function pseudoRandom(n, seed) {
  const a = new Float32Array(n);
  let s = seed;
  for (let i = 0; i < n; i++) a[i] = ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32) - 0.5;
  return a;
}

/** Compares a few entries of y with a float64 dot product. */
function checkResult(y, x, w, M, K, N) {
  for (const [m, n] of [[0, 0], [M - 1, N - 1], [M >> 1, N >> 2], [1, N - 3]]) {
    let ref = 0;
    for (let k = 0; k < K; k++) ref += x[m * K + k] * w[k * N + n];
    if (Math.abs(y[m * N + n] - ref) > 1e-4 * Math.sqrt(K)) throw new Error(`wrong result at [${m}, ${n}]: ${y[m * N + n]} vs ${ref}`);
  }
}

const round = (v, digits) => Math.round(v * 10 ** digits) / 10 ** digits;

// -- ONNX protobuf, written by hand ---------------------------------------------------------
// Field numbers are from onnx.proto: ModelProto{ir_version=1, producer_name=2, graph=7,
// opset_import=8}, GraphProto{node=1, name=2, initializer=5, input=11, output=12},
// NodeProto{input=1, output=2, name=3, op_type=4}, TensorProto{dims=1, data_type=2, name=8,
// raw_data=9}, ValueInfoProto{name=1, type=2}, TypeProto{tensor_type=1},
// TypeProto.Tensor{elem_type=1, shape=2}, TensorShapeProto{dim=1}, Dimension{dim_value=1},
// OperatorSetIdProto{domain=1, version=2}.
const IR_VERSION = 8; // ONNX 1.10+
const OPSET = 13;
const FLOAT = 1; // TensorProto.DataType.FLOAT

function varint(v) {
  const out = [];
  let n = BigInt(v);
  do {
    let byte = Number(n & 0x7fn);
    n >>= 7n;
    if (n > 0n) byte |= 0x80;
    out.push(byte);
  } while (n > 0n);
  return out;
}

const concat = (parts) => {
  const len = parts.reduce((s, p) => s + p.length, 0);
  const out = new Uint8Array(len);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
};
const tag = (field, wire) => Uint8Array.from(varint((field << 3) | wire));
const fInt = (field, v) => concat([tag(field, 0), Uint8Array.from(varint(v))]);
const fBytes = (field, bytes) => concat([tag(field, 2), Uint8Array.from(varint(bytes.length)), bytes]);
const fStr = (field, s) => fBytes(field, new TextEncoder().encode(s));
const fMsg = (field, parts) => fBytes(field, concat(parts));

function valueInfo(name, dims) {
  const shape = dims.map((d) => fMsg(1, [fInt(1, d)]));
  return [fStr(1, name), fMsg(2, [fMsg(1, [fInt(1, FLOAT), fMsg(2, shape)])])];
}

/** Bytes of a model computing Y[M,N] = A[M,K] · B[K,N]; B is an initializer when `weights` is given. */
function matmulModel(M, K, N, weights) {
  const node = [fStr(1, "A"), fStr(1, "B"), fStr(2, "Y"), fStr(3, "matmul"), fStr(4, "MatMul")];
  const graph = [fMsg(1, node), fStr(2, "g"), fMsg(11, valueInfo("A", [M, K]))];
  if (weights) {
    const raw = new Uint8Array(weights.buffer, weights.byteOffset, weights.byteLength); // little-endian f32
    graph.push(fMsg(5, [fInt(1, K), fInt(1, N), fInt(2, FLOAT), fStr(8, "B"), fBytes(9, raw)]));
  } else {
    graph.push(fMsg(11, valueInfo("B", [K, N])));
  }
  graph.push(fMsg(12, valueInfo("Y", [M, N])));
  return concat([fInt(1, IR_VERSION), fStr(2, "grok1-baseline"), fMsg(7, graph), fMsg(8, [fStr(1, ""), fInt(2, OPSET)])]);
}

// -- main (last, so that the constants above are initialized) -------------------------------
if (args.child) {
  await runChild(Number(args.child));
} else {
  for (const t of threadCounts) {
    const child = [fileURLToPath(import.meta.url), "--child", String(t), "--shapes", shapes.map((s) => s.join("x")).join(","),
      "--time-ms", String(timeMs), "--b", bMode];
    const r = spawnSync(process.execPath, child, { stdio: ["ignore", "inherit", "inherit"] });
    if (r.status !== 0) process.exitCode = 1;
  }
}
