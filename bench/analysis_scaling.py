"""Does cold analysis (and `pivot migrate`) grow linearly with the size of a file?

    python bench/analysis_scaling.py [--sizes 2000,10000,20000,50000] [--repeats 3] [--migrate-repeats 1]
                                     [--root DIR] [--no-migrate] [--json FILE]

For generated files (bench/lsp_latency.generate: many PyTorch and Keras models) of each size, measures in a
fresh interpreter each time (cold caches):
  analyze   `pivot.analysis.analyze` of the text: process CPU time and wall time
  migrate   `pivot migrate FILE --to tensorflow -o OUT` end to end (wall time, interpreter start included)
and prints medians and the time per 1,000 lines, which stays flat when the growth is linear. CPU time is
the figure to compare on a shared machine. `--root` measures another checkout (e.g. an older commit
unpacked with `git archive`) for before/after figures. Nothing here asserts: it measures.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lsp_latency import ROOT, generate  # noqa: E402

ANALYZE = """
import sys, time
from pivot.analysis import analyze
text = open(sys.argv[1], encoding="utf-8").read()
cpu, wall = time.process_time(), time.perf_counter()
found = analyze(text)
print(time.process_time() - cpu, time.perf_counter() - wall, len(found.networks))
"""


def environment(root: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(root), TF_CPP_MIN_LOG_LEVEL="2")
    env.setdefault("KERAS_HOME", tempfile.mkdtemp())
    return env


def time_analyze(path: Path, root: Path) -> tuple[float, float, int]:
    out = subprocess.run([sys.executable, "-c", ANALYZE, str(path)], env=environment(root), cwd=root,
                         capture_output=True, text=True, check=True).stdout.split()
    return float(out[0]), float(out[1]), int(out[2])


def time_migrate(path: Path, root: Path, out: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pivot", "migrate", str(path), "--to", "tensorflow", "-o", str(out)],
                   env=environment(root), cwd=root, capture_output=True, check=False)
    return time.perf_counter() - start


def measure(size: int, root: Path, repeats: int, migrate_repeats: int, work: Path) -> dict:
    path = work / f"scaling_{size}.py"
    path.write_text(generate(size, seed=2), encoding="utf-8")
    lines = path.read_text(encoding="utf-8").count("\n")
    runs = [time_analyze(path, root) for _ in range(repeats)]
    row = {"lines": lines, "models": runs[0][2],
           "analyze_cpu_s": statistics.median(r[0] for r in runs),
           "analyze_wall_s": statistics.median(r[1] for r in runs)}
    if migrate_repeats:
        row["migrate_wall_s"] = statistics.median(time_migrate(path, root, work / "out.py")
                                                  for _ in range(migrate_repeats))
    return row


def report(rows: list[dict]) -> None:
    print(f"{'lines':>7s} {'models':>6s} {'analyze cpu s':>13s} {'ms/1k lines':>11s} {'wall s':>8s}"
          f" {'migrate s':>9s} {'ms/1k lines':>11s}")
    for r in rows:
        per_k = 1000 * 1000 / r["lines"]
        migrate = r.get("migrate_wall_s")
        tail = f" {migrate:9.2f} {migrate * per_k:11.0f}" if migrate is not None else ""
        print(f"{r['lines']:7d} {r['models']:6d} {r['analyze_cpu_s']:13.2f} {r['analyze_cpu_s'] * per_k:11.0f}"
              f" {r['analyze_wall_s']:8.2f}{tail}")
    first, last = rows[0], rows[-1]
    growth = (last["analyze_cpu_s"] / last["lines"]) / (first["analyze_cpu_s"] / first["lines"])
    print(f"analyze cpu per line, {last['lines']} vs {first['lines']} lines: {growth:.2f}x (1.00 = linear)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="2000,10000,20000,50000")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--migrate-repeats", type=int, default=1)
    parser.add_argument("--no-migrate", action="store_true")
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        rows = [measure(int(s), args.root.resolve(), args.repeats, 0 if args.no_migrate else args.migrate_repeats,
                        Path(work)) for s in args.sizes.split(",")]
    report(rows)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
