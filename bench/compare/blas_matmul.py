"""Prefill-matmul baseline: native OpenBLAS f32 GEMM through numpy, on the shapes of
grok1.ts's kernel benchmark (bench/kernels.ts): y[M,N] = x[M,K] . W[K,N], float32.

Usage: python3 blas_matmul.py [--threads 1,2] [--shapes 128x1024x4096,512x2048x2048]
                             [--time-s 1.0] [--env both|as-set|unset]
OPENBLAS_NUM_THREADS must be set before numpy is imported, so each (environment, thread
count) pair runs in a child process of its own. `--env both` measures with
OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE as this machine sets them and with both unset.
One JSON line per measurement on stdout:
  {impl, version, coretype, shape, threads, median_ms, gflops, env, numpy, python,
   config, cpu_per_wall, max_rel_err}
coretype is what OpenBLAS itself reports (openblas_get_corename); cpu_per_wall is process
CPU time / wall time over the timed calls (about `threads` on an idle machine).
"""
import ctypes
import json
import os
import subprocess
import sys
import time

FORCED = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")


def parse_args(argv):
    out = {}
    for i in range(0, len(argv), 2):
        out[argv[i].lstrip("-")] = argv[i + 1]
    return out


def loaded_openblas():
    """ctypes handle of the OpenBLAS library numpy loaded, found in /proc/self/maps."""
    with open("/proc/self/maps") as f:
        paths = {line.split()[-1] for line in f if "openblas" in line.lower() and "/" in line}
    for p in sorted(paths):
        if p.endswith(".so") or ".so." in p:
            lib = ctypes.CDLL(p)
            # numpy's wheels rename the symbols scipy_openblas_*64_
            for prefix, suffix in (("", ""), ("scipy_", ""), ("scipy_", "64_"), ("", "64_")):
                if hasattr(lib, f"{prefix}openblas_get_config{suffix}"):
                    return lib, (prefix, suffix), p
    raise RuntimeError("no OpenBLAS library is loaded: numpy does not use OpenBLAS here")


def openblas_info(lib, affixes):
    prefix, suffix = affixes

    def call(name):
        fn = getattr(lib, prefix + name + suffix)
        fn.restype = ctypes.c_char_p
        return fn().decode()

    return call("openblas_get_corename"), call("openblas_get_config")


def blas_version(config, path):
    for word in config.split():
        if word[0].isdigit():
            return word
    return os.path.basename(path)


def check_correct(np, rng):
    """Largest relative error of float32 matmul against a float64 reference on a small odd case."""
    worst = 0.0
    for m, k, n in ((67, 129, 131), (128, 1024, 64)):
        a = rng.standard_normal((m, k), dtype=np.float32)
        b = rng.standard_normal((k, n), dtype=np.float32)
        ref = a.astype(np.float64) @ b.astype(np.float64)
        got = a @ b
        worst = max(worst, float(np.max(np.abs(got - ref)) / np.max(np.abs(ref))))
    if not worst < 1e-5:
        raise RuntimeError(f"wrong float32 matmul: relative error {worst}")
    return worst


def run_child(threads, shapes, time_s, env_label):
    import numpy as np  # after OPENBLAS_NUM_THREADS is set by the parent

    lib, affixes, path = loaded_openblas()
    corename, config = openblas_info(lib, affixes)
    rng = np.random.default_rng(1)
    err = check_correct(np, rng)
    for m, k, n in shapes:
        x = rng.random((m, k), dtype=np.float32) - 0.5
        w = rng.random((k, n), dtype=np.float32) - 0.5
        y = np.empty((m, n), dtype=np.float32)
        for _ in range(2):  # warm-up
            np.matmul(x, w, out=y)
        rows = [0, m - 1]
        ref = x[rows].astype(np.float64) @ w.astype(np.float64)
        if np.max(np.abs(y[rows] - ref)) > 1e-4 * np.sqrt(k):
            raise RuntimeError(f"wrong result at shape {m}x{k}x{n}")
        times = []
        cpu0, wall0 = time.process_time(), time.perf_counter()
        while len(times) < 5 or sum(times) < time_s:
            t0 = time.perf_counter()
            np.matmul(x, w, out=y)
            times.append(time.perf_counter() - t0)
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
        ms = float(np.median(times)) * 1e3
        print(json.dumps({
            "impl": "openblas",
            "version": blas_version(config, path),
            "coretype": corename,
            "shape": [m, k, n],
            "threads": threads,
            "median_ms": round(ms, 4),
            "gflops": round(2 * m * k * n / ms / 1e6, 2),
            "env": env_label,
            "numpy": np.__version__,
            "python": sys.executable,
            "config": config.strip(),
            "samples": len(times),
            "cpu_per_wall": round(cpu / wall, 2),
            "max_rel_err": float(f"{err:.2e}"),
        }), flush=True)


def main():
    args = parse_args(sys.argv[1:])
    shapes_arg = args.get("shapes", "128x1024x4096,512x2048x2048")
    shapes = [tuple(int(v) for v in s.split("x")) for s in shapes_arg.split(",")]
    time_s = float(args.get("time-s", "1.0"))
    if "child" in args:
        run_child(int(args["child"]), shapes, time_s, args["env-label"])
        return
    forced = {k: os.environ[k] for k in FORCED if k in os.environ}
    as_set_label = ",".join(f"{k}={v}" for k, v in forced.items()) or "none set"
    envs = {"as-set": (as_set_label, dict(os.environ)),
            "unset": ("unset", {k: v for k, v in os.environ.items() if k not in FORCED})}
    which = args.get("env", "both")
    chosen = ["as-set", "unset"] if which == "both" else [which]
    if which == "both" and not forced:
        chosen = ["as-set"]  # nothing to unset: one run says it all
    status = 0
    for name in chosen:
        label, env = envs[name]
        for t in (int(v) for v in args.get("threads", "1,2").split(",")):
            child_env = dict(env, OPENBLAS_NUM_THREADS=str(t), OMP_NUM_THREADS=str(t))
            cmd = [sys.executable, __file__, "--child", str(t), "--shapes", shapes_arg,
                   "--time-s", str(time_s), "--env-label", label]
            status |= subprocess.run(cmd, env=child_env).returncode
    sys.exit(status)


if __name__ == "__main__":
    main()
