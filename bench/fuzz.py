"""Differential fuzzing campaign: the property "pivot migrate exits 0 => pivot verify says equivalent".

    python bench/fuzz.py --n 2000 --direction both --seed 1 --workers 2 [--reduce tests/fuzz_regressions]

Each model is drawn from the catalog (`pivot.fuzz.plan`: ops, argument values from each argument's domain,
non-defaults included; chains and DAGs with add/concat/multiply merges, flatten and global pooling, RNN stacks
with states, attention, embeddings), written in one of the styles people use (`pivot.fuzz.render`: PyTorch
nn.Sequential / subclassed nn.Module / builder with a loop; Keras Sequential / functional / subclassed / builder
function with a loop), migrated in-process as `pivot migrate FILE` does and verified as `pivot verify` does
(both models built, weights copied, outputs compared on seeded batches; atol 1e-4, rtol 1e-3).
Workers import the frameworks once and check many models each (`--workers 2` on the 2-core machines).

Outcomes: equivalent; diagnosed (an error diagnostic names what is unsupported: exit 1, allowed); silently
wrong (exit 0 but outputs differ, or the migrated model does not build or run); crash (Pivot raised);
invalid (the generated source model itself does not run: a generator bug, excluded from the property).
The table counts them per direction and per construct (an op, a merge, a loop, a style, an input kind).
`--reduce DIR` shrinks each distinct failure to a minimal reproducer and writes it under DIR/{torch,keras}/
(tests/test_fuzz_sample.py replays the files of tests/fuzz_regressions/).
"""
from __future__ import annotations

import argparse
import collections
import json
import multiprocessing as mp
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pivot.fuzz.check import check_seed, warm  # noqa: E402

DIRECTIONS = {"torch2keras": ("torch",), "keras2torch": ("keras",), "both": ("torch", "keras")}
COLUMNS = ("equivalent", "diagnosed", "silent", "crash", "invalid")


def _reduce_job(job: tuple[int, str, str]) -> tuple[str, str, str]:
    from pivot.fuzz.plan import draw
    from pivot.fuzz.reduce import reduce, write_regression
    from pivot.fuzz.check import check_plan

    seed, framework, directory = job
    plan = draw(seed, framework)
    small, outcome = reduce(plan, check_plan(plan))
    return str(write_regression(small, outcome, Path(directory))), outcome.category, outcome.detail


def table(outcomes: list, key) -> list[str]:
    rows = collections.defaultdict(collections.Counter)
    for out in outcomes:
        for name in key(out):
            rows[name][out.category] += 1
            rows[name]["generated"] += 1
    width = max([len(r) for r in rows] + [12])
    lines = [f"{'':{width}}  {'generated':>9}  " + "  ".join(f"{c:>10}" for c in COLUMNS)]
    for name in sorted(rows, key=lambda r: (r != "total", r)):
        c = rows[name]
        lines.append(f"{name:{width}}  {c['generated']:>9}  " + "  ".join(f"{c[col]:>10}" for col in COLUMNS))
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=200, help="models per direction")
    ap.add_argument("--direction", choices=sorted(DIRECTIONS), default="both")
    ap.add_argument("--seed", type=int, default=0, help="first seed; model i of a direction uses seed + i")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--reduce", metavar="DIR", help="reduce each distinct failure and write reproducers here")
    ap.add_argument("--max-reduce", type=int, default=12)
    ap.add_argument("--json", metavar="FILE", help="write every outcome as JSON lines")
    ap.add_argument("--no-factories", dest="factories", action="store_false",
                    help="never write layers through module-level factories (`self.conv = make_conv3()`, drawn for "
                         "15%% of layers by default)")
    ap.add_argument("--factories", dest="factories", action="store_true", help=argparse.SUPPRESS)  # the default
    args = ap.parse_args(argv)
    # read by the workers (spawned) when they import pivot.fuzz.render
    os.environ["PIVOT_FUZZ_FACTORIES"] = "1" if args.factories else "0"

    jobs = [(args.seed + i, fw) for fw in DIRECTIONS[args.direction] for i in range(args.n)]
    started = time.time()
    ctx = mp.get_context("spawn")
    with ctx.Pool(args.workers, initializer=warm, maxtasksperchild=400) as pool:
        outcomes = []
        for out in pool.imap_unordered(check_seed, jobs, chunksize=4):
            outcomes.append(out)
            if len(outcomes) % 100 == 0:
                print(f"... {len(outcomes)}/{len(jobs)} in {time.time() - started:.0f} s", file=sys.stderr)
        elapsed = time.time() - started
        failures = [o for o in outcomes if o.category in ("silent", "crash")]
        reduced = []
        if args.reduce and failures:
            seen, todo = set(), []
            for o in sorted(failures, key=lambda o: (o.framework, o.seed)):
                if (o.framework, o.signature(), o.detail[:60]) in seen or len(todo) >= args.max_reduce:
                    continue
                seen.add((o.framework, o.signature(), o.detail[:60]))
                todo.append((o.seed, o.framework, args.reduce))
            reduced = pool.map(_reduce_job, todo, chunksize=1)

    direction = {"torch": "torch -> keras", "keras": "keras -> torch"}
    print(f"{len(outcomes)} models in {elapsed:.0f} s with {args.workers} worker(s) "
          f"({elapsed / max(len(outcomes), 1):.2f} s per model), seeds {args.seed}..{args.seed + args.n - 1}\n")
    print("\n".join(table(outcomes, lambda o: ["total", direction[o.framework]])))
    print("\nBy construct (a model counts once under each construct it contains):")
    print("\n".join(table(outcomes, lambda o: [f"{o.framework}: {c}" for c in o.constructs] or ["?"])))
    for category in ("silent", "crash", "invalid"):
        shown = [o for o in outcomes if o.category == category]
        if shown:
            print(f"\n{category} ({len(shown)}):")
            for o in sorted(shown, key=lambda o: (o.framework, o.seed))[:40]:
                print(f"  {o.framework} seed {o.seed} ({o.style}): {o.detail[:160]}")
    diagnosed = collections.Counter(o.detail.split(" ")[0] + " " + _gist(o.detail) for o in outcomes
                                    if o.category == "diagnosed")
    if diagnosed:
        print("\nMost frequent diagnostics:")
        for text, count in diagnosed.most_common(15):
            print(f"  {count:5}  {text}")
    for path, category, detail in reduced:
        print(f"reduced -> {path} ({category}: {detail[:100]})")
    if args.json:
        with open(args.json, "w") as fh:
            for o in outcomes:
                fh.write(json.dumps(o.__dict__) + "\n")
    return 1 if failures else 0


def _gist(detail: str) -> str:
    """A diagnostic without its code snippet, so the same reason counts once."""
    text = detail.split(" ", 1)[-1]
    if text.startswith("`") and "`:" in text:
        text = text.split("`:", 1)[1]
    return text.split(" (migrating")[0].strip()[:90]


if __name__ == "__main__":
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")
    sys.exit(main())
