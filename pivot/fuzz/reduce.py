"""Shrink a failing plan to a minimal reproducer (greedy delta debugging over items, branches, loop bodies,
arguments and spellings), and write it out as a regression file."""
from __future__ import annotations

import copy
from pathlib import Path

from pivot.fuzz.check import Outcome, check_plan
from pivot.fuzz.plan import Invalid, Merge, Plan, Repeat, Step, walk
from pivot.fuzz.render import render

REQUIRED_ARGS = {"out_channels", "out_features", "kernel_size", "hidden_size", "num_heads", "key_dim",
                 "num_embeddings", "embedding_dim", "num_groups", "output_size", "batch_first", "dim",
                 "return_sequences"}


def _lists(items: list):
    """Every list of items in the plan (top level, merge branches, loop bodies), outermost first."""
    yield items
    for item in items:
        if isinstance(item, Merge):
            for branch in item.branches:
                yield from _lists(branch)
        elif isinstance(item, Repeat):
            yield item.body


def candidates(plan: Plan):
    """Smaller plans, biggest cuts first; each a deep copy."""
    count = len(list(_lists(plan.items)))
    for li in range(count):
        size = len(list(_lists(plan.items))[li])
        for i in range(size):
            new = copy.deepcopy(plan)
            target = list(_lists(new.items))[li]
            item = target[i]
            if isinstance(item, Merge):  # keep one branch, inline
                for keep in item.branches:
                    alt = copy.deepcopy(new)
                    list(_lists(alt.items))[li][i:i + 1] = copy.deepcopy(keep)
                    yield alt
            if isinstance(item, Repeat):
                if len(item.widths) > 1:
                    alt = copy.deepcopy(new)
                    list(_lists(alt.items))[li][i].widths = item.widths[:1]
                    yield alt
            if isinstance(item, Repeat) and li == 0 and i == 0 and len(item.body) == 1:
                continue
            del target[i]
            yield new
    for li in range(count):
        for i, item in enumerate(list(_lists(plan.items))[li]):
            if not isinstance(item, Step):
                continue
            for key in list(item.args):
                if key in REQUIRED_ARGS:
                    continue
                new = copy.deepcopy(plan)
                del list(_lists(new.items))[li][i].args[key]
                yield new
            for key in list(item.extra):
                new = copy.deepcopy(plan)
                del list(_lists(new.items))[li][i].extra[key]
                yield new
    if plan.style == "builder" and not any(isinstance(i, Repeat) for i in plan.items):
        new = copy.deepcopy(plan)
        new.style = "subclassed" if plan.framework == "torch" else "functional"
        yield new


def valid(plan: Plan) -> bool:
    try:
        walk(plan.items, plan.input, plan.framework)
        render(plan)
        return bool(plan.items)
    except (Invalid, KeyError, IndexError, ValueError, TypeError):
        return False


def reduce(plan: Plan, outcome: Outcome, budget: int = 150) -> tuple[Plan, Outcome]:
    """The smallest plan found whose outcome has the same signature (category and kind of failure)."""
    wanted = outcome.signature()
    tries = 0
    progress = True
    while progress and tries < budget:
        progress = False
        for cand in candidates(plan):
            if not valid(cand):
                continue
            tries += 1
            got = check_plan(cand)
            if got.signature() == wanted:
                plan, outcome, progress = cand, got, True
                break
            if tries >= budget:
                break
    return plan, outcome


def write_regression(plan: Plan, outcome: Outcome, directory: Path) -> Path:
    """The reproducer as a file of the regression corpus (header: how to check it and what it did)."""
    directory = directory / plan.framework
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"seed_{plan.seed}.py"
    shape = ",".join(str(d) for d in plan.input_shape())
    detail = outcome.detail.replace("\n", " ")[:200]
    header = (f"# pivot-fuzz: input_shape={shape} input_dtype={plan.dtype()}\n"
              f"# found: {outcome.category}: {detail}\n")
    text = render(plan)
    doc_end = text.index('"""', 3) + 4
    path.write_text(text[:doc_end] + header + text[doc_end:])
    return path
