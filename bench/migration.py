"""Benchmark: migration time per corpus model (median of repeats) and `pivot migrate` start-up.

Run: .venv/bin/python bench/migration.py [--repeats 20]. Reports medians and ratios; machines are noisy.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pivot.frontends import source as _source  # noqa: E402
from pivot.migrate import migrate_source  # noqa: E402


def cold(source: str, to: str):
    """One migration from scratch: the parse cache is emptied first."""
    _source._PARSED.clear()
    return migrate_source(source, to)


def median_ms(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=20)
    args = parser.parse_args()
    rows = []
    for path in sorted((ROOT / "tests" / "corpus").glob("*/*.py")) + sorted(
            (ROOT / "tests" / "corpus_breadth").glob("*/*.py")):
        source = path.read_text()
        to = "tensorflow" if path.parent.name == "torch" else "pytorch"
        migrate_source(source, to)  # warm the catalog
        rows.append((f"{path.parent.name}/{path.stem}", len(source.splitlines()),
                     median_ms(lambda: cold(source, to), args.repeats)))
    print(f"{'model':40s} {'lines':>5s} {'median ms':>10s}")
    for name, lines, ms in rows:
        print(f"{name:40s} {lines:5d} {ms:10.2f}")
    per_model = [ms for _, _, ms in rows]
    print(f"\nmigration per model: median {statistics.median(per_model):.2f} ms, "
          f"max {max(per_model):.2f} ms over {len(rows)} models")
    example = ROOT / "examples" / "cifar_cnn.py"
    cli = median_ms(lambda: subprocess.run([sys.executable, "-m", "pivot", "migrate", str(example), "--to",
                                            "tensorflow"], capture_output=True, check=True), 10)
    bare = median_ms(lambda: subprocess.run([sys.executable, "-c", "pass"], check=True), 10)
    print(f"`pivot migrate` on a small file: median {cli:.0f} ms end to end "
          f"(bare interpreter {bare:.0f} ms; ratio {cli / bare:.1f}x)")


if __name__ == "__main__":
    main()
