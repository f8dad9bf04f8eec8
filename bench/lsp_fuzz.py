"""A fuzzing campaign against the Pivot language server (the larger sibling of
tests/lsp/test_fuzz_session.py): many seeded random sessions of edits, hovers, code actions, resolves,
commands and invalid params.

    python bench/lsp_fuzz.py [--sessions 20] [--ops 120] [--seed 14] [--json FILE]

Prints: sessions, edits, requests, answers, errors by kind, internal errors, unanswered requests, crashes,
sessions whose final text or diagnostics differ from a fresh server's. Exit 1 if any of the last four.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "lsp"))

from fuzz_session import SNIPPETS, Stats, run_script  # noqa: E402
from lsp_support import BOTH, KERAS_SEQ, TORCH_CNN, TORCH_MLP  # noqa: E402

TEXTS = [BOTH, TORCH_CNN, TORCH_MLP, KERAS_SEQ]
WEIGHTS = {"edit": 45, "hover": 15, "actions": 12, "resolve": 6, "command": 8, "invalid": 6, "pause": 8}


def script(rng: random.Random, length: int) -> list[tuple]:
    raw = lambda: rng.randrange(10_000)  # noqa: E731
    ops = []
    for kind in rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()), k=length):
        if kind == "edit":
            text = "".join(rng.choice(SNIPPETS) for _ in range(rng.randrange(4)))
            ops.append(("edit", raw(), raw(), raw(), raw(), text))
        elif kind in ("hover", "actions", "command"):
            ops.append((kind, raw(), raw()))
        else:
            ops.append((kind, raw()))
    return ops


async def campaign(sessions: int, length: int, seed: int) -> tuple[Stats, list]:
    rng = random.Random(seed)
    total, failures = Stats(), []
    for i in range(sessions):
        stats = await run_script(script(rng, length), text=rng.choice(TEXTS), uri=f"file:///work/fuzz{i}.py")
        total.add(stats)
        if stats.unanswered or stats.internal or stats.crashed or not stats.text_matches \
                or not stats.diagnostics_match:
            failures.append({"session": i, "unanswered": stats.unanswered, "internal": stats.internal,
                             "crashed": stats.crashed, "mismatch": stats.mismatch})
    return total, failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--ops", type=int, default=120)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--json", metavar="FILE")
    args = parser.parse_args()
    started = time.perf_counter()
    total, failures = asyncio.run(campaign(args.sessions, args.ops, args.seed))
    summary = {"sessions": args.sessions, "edits": total.edits, "requests": total.requests,
               "answered": total.answered, "errors_by_kind": dict(total.errors),
               "internal_errors": len(total.internal), "unanswered": len(total.unanswered),
               "crashes": sum(1 for f in failures if f["crashed"]),
               "final_state_mismatches": sum(1 for f in failures if f["mismatch"]),
               "seconds": round(time.perf_counter() - started, 1), "failures": failures}
    for key, value in summary.items():
        if key != "failures":
            print(f"{key:24} {value}")
    for failure in failures:
        print("FAILED", failure)
    if args.json:
        Path(args.json).write_text(json.dumps(summary, indent=1))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
