"""Spelling variants of verified models: the same model as another author would write it, migrated and verified.

The held-out code Pivot is judged on differs from its corpus less in *what* it computes than in *how it is
spelled*: `nn.Conv2d(3, 16, 3)` or `nn.Conv2d(in_channels=3, out_channels=16, kernel_size=3)`, `torch.flatten(x, 1)`
or `x.reshape(x.size(0), -1)`, `F.relu(x)` or `x.relu()`, `super(Net, self).__init__()` or `super().__init__()`.
This bench takes every unseen-corpus PyTorch model that verifies (tests/corpus_unseen/torch, GAPS aside), applies
one spelling rewrite at a time (each keeps PyTorch's meaning), and migrates and verifies the variant in-process as
the corpus test does. Each variant ends as

  verified   migrated without an error and equivalent
  named      an error diagnostic names the construct: the spelling is a gap (the original verified)
  WRONG      migrated without an error, then not equivalent, not built, or its weights not copied (a bug)
  crash      any other exception (a bug)
  invalid    the variant itself fails in PyTorch (the rewrite changed its meaning there): not counted against Pivot

    .venv/bin/python bench/variants.py [-k FILE_SUBSTRING]... [--rewrite NAME]... [--sample N] [--list KIND]

Nothing here asserts: it measures (medians are not the point; counts are).
"""
from __future__ import annotations

import argparse
import ast
import inspect
import os
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UNSEEN = ROOT / "tests" / "corpus_unseen" / "torch"
HEADER = re.compile(r"# pivot-corpus: name=(\S+) input_shape=([\d,;]+)(?: input_dtype=([\w,]+))?")


# -- the rewrites: each returns [(start, end, new text)] over the source (empty: it does not apply) -----------
def _offsets(source: str):
    """A node's start (or end) as an index into `source` (ast columns count UTF-8 bytes)."""
    lines = source.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))

    def at(node, end=False):
        line, col = (node.end_lineno, node.end_col_offset) if end else (node.lineno, node.col_offset)
        return starts[line - 1] + len(lines[line - 1].encode()[:col].decode())
    return at


def _text(source: str, at, node) -> str:
    return source[at(node):at(node, True)]


def _dotted(node: ast.AST) -> str:
    return ast.unparse(node) if isinstance(node, (ast.Name, ast.Attribute)) else ""


def keyword_layers(tree, source, at):
    """`nn.Conv2d(3, 16, 3)` -> `nn.Conv2d(in_channels=3, out_channels=16, kernel_size=3)`."""
    import torch.nn as nn

    edits = []
    for call in ast.walk(tree):
        if not (isinstance(call, ast.Call) and _dotted(call.func).startswith("nn.") and call.args):
            continue
        cls = getattr(nn, _dotted(call.func)[3:], None)
        if not inspect.isclass(cls) or any(isinstance(a, ast.Starred) for a in call.args):
            continue
        try:
            params = [p for p in inspect.signature(cls.__init__).parameters.values()][1:]
        except (TypeError, ValueError):
            continue
        if len(params) < len(call.args) or any(p.kind is not p.POSITIONAL_OR_KEYWORD for p in params[:len(call.args)]):
            continue
        for p, arg in zip(params, call.args):
            edits.append((at(arg), at(arg, True), f"{p.name}={_text(source, at, arg)}"))
    return edits


def explicit_defaults(tree, source, at):
    """`nn.Conv2d(3, 16, 3)` -> `nn.Conv2d(3, 16, 3, stride=1, padding=0, dilation=1, groups=1, bias=True,
    padding_mode='zeros')`: every default of torch.nn's signature written out (device and dtype aside)."""
    import torch.nn as nn

    edits = []
    for call in ast.walk(tree):
        if not (isinstance(call, ast.Call) and _dotted(call.func).startswith("nn.")) or \
                any(isinstance(a, ast.Starred) for a in call.args) or any(k.arg is None for k in call.keywords):
            continue
        cls = getattr(nn, _dotted(call.func)[3:], None)
        try:
            params = list(inspect.signature(cls.__init__).parameters.values())[1:] if inspect.isclass(cls) else []
        except (TypeError, ValueError):
            continue
        given = {p.name for p in params[:len(call.args)]} | {k.arg for k in call.keywords}
        extra = [f"{p.name}={p.default!r}" for p in params if p.name not in given and p.name not in ("device", "dtype") and not p.name.startswith("_")
                 and p.kind is p.POSITIONAL_OR_KEYWORD and p.default is not p.empty
                 and isinstance(p.default, (bool, int, float, str, type(None)))]
        if extra:
            end = at(call, True) - 1  # before the closing parenthesis (after a trailing comma, if any)
            comma = (call.args or call.keywords) and not source[:end].rstrip().endswith(",")
            edits.append((end, end, (", " if comma else "") + ", ".join(extra)))
    return edits


def views_of_batch(tree, source, at):
    """`x.view(-1, 16 * 5 * 5)` -> `x.view(x.size(0), 16 * 5 * 5)` (the batch axis named, as many authors write)."""
    edits = []
    for call in ast.walk(tree):
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr in ("view", "reshape") \
                and isinstance(call.func.value, ast.Name) and len(call.args) == 2 and not call.keywords \
                and ast.unparse(call.args[0]) == "-1" and ast.unparse(call.args[1]) != "-1":
            edits.append((at(call.args[0]), at(call.args[0], True), f"{call.func.value.id}.size(0)"))
    return edits


def super_spelled_old(tree, source, at):
    """`super().__init__()` -> `super(Net, self).__init__()`."""
    edits = []
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        for call in ast.walk(cls):
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "super" \
                    and not call.args:
                edits.append((at(call), at(call, True), f"super({cls.name}, self)"))
    return edits


def super_spelled_new(tree, source, at):
    """`super(Net, self).__init__()` -> `super().__init__()`."""
    return [(at(call), at(call, True), "super()") for call in ast.walk(tree)
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "super"
            and len(call.args) == 2]


def flatten_spelled(tree, source, at):
    """`torch.flatten(x, 1)` / `x.view(x.size(0), -1)` / `x.flatten(1)` -> `x.reshape(x.shape[0], -1)`."""
    edits = []
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call) or call.keywords:
            continue
        value = None
        if _dotted(call.func) == "torch.flatten" and len(call.args) == 2 and ast.unparse(call.args[1]) == "1":
            value = call.args[0]
        elif isinstance(call.func, ast.Attribute) and call.func.attr == "flatten" and len(call.args) == 1 \
                and ast.unparse(call.args[0]) == "1":
            value = call.func.value
        elif isinstance(call.func, ast.Attribute) and call.func.attr == "view" and len(call.args) == 2 \
                and ast.unparse(call.args[1]) == "-1" and isinstance(call.func.value, ast.Name) \
                and ast.unparse(call.args[0]) in (f"{call.func.value.id}.size(0)", f"{call.func.value.id}.shape[0]"):
            value = call.func.value
        if value is not None and isinstance(value, ast.Name):
            edits.append((at(call), at(call, True), f"{value.id}.reshape({value.id}.shape[0], -1)"))
    return edits


_METHOD_ACTS = {"F.relu": "relu", "torch.relu": "relu", "torch.sigmoid": "sigmoid", "F.sigmoid": "sigmoid",
                "torch.tanh": "tanh", "F.tanh": "tanh"}


def activations_as_methods(tree, source, at):
    """`F.relu(x)` / `torch.sigmoid(x)` -> `x.relu()` / `x.sigmoid()` (innermost first: no overlapping edits)."""
    edits = []
    for call in ast.walk(tree):
        if isinstance(call, ast.Call) and _dotted(call.func) in _METHOD_ACTS and len(call.args) == 1 \
                and not call.keywords and isinstance(call.args[0], (ast.Name, ast.Attribute, ast.Call, ast.Subscript)):
            edits.append((at(call), at(call, True), f"{_text(source, at, call.args[0])}."
                                                     f"{_METHOD_ACTS[_dotted(call.func)]}()"))
    return edits


def sizes_as_shape(tree, source, at):
    """`x.size(0)` -> `x.shape[0]`; `x.size()` -> `x.shape`."""
    edits = []
    for call in ast.walk(tree):
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "size" \
                and isinstance(call.func.value, ast.Name) and not call.keywords and len(call.args) <= 1:
            index = f"[{_text(source, at, call.args[0])}]" if call.args else ""
            edits.append((at(call), at(call, True), f"{call.func.value.id}.shape{index}"))
    return edits


_DIM_CALLS = re.compile(r"^(torch\.(cat|stack|softmax|mean|sum|amax)|F\.(softmax|log_softmax)|\w+\.(mean|sum|"
                        r"softmax|log_softmax|squeeze|unsqueeze|amax))$")


def dims_positional(tree, source, at):
    """`torch.cat(xs, dim=1)` / `x.mean(dim=-1)` / `F.softmax(x, dim=1)` -> the dim passed by position."""
    edits = []
    for call in ast.walk(tree):
        if not (isinstance(call, ast.Call) and _DIM_CALLS.match(ast.unparse(call.func))):
            continue
        method = not _dotted(call.func).startswith(("torch.", "F."))
        keys = [k.arg for k in call.keywords]
        if keys and keys[0] == "dim" and len(call.args) == (0 if method else 1) and \
                (len(keys) == 1 or keys[1:] == ["keepdim"]):
            kw = call.keywords[0]
            edits.append((at(kw), at(kw.value, True), _text(source, at, kw.value)))
    return edits


def nested_calls(tree, source, at):
    """`x = self.a(x)` then `x = self.b(x)` -> `x = self.b(self.a(x))` (forward bodies)."""
    edits = []
    for fn in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == "forward"):
        body = fn.body
        for first, second in zip(body, body[1:]):
            if all(isinstance(s, ast.Assign) and len(s.targets) == 1 and isinstance(s.targets[0], ast.Name)
                   and isinstance(s.value, ast.Call) and len(s.value.args) == 1 and not s.value.keywords
                   and isinstance(s.value.args[0], ast.Name) and s.value.args[0].id == s.targets[0].id
                   for s in (first, second)) and first.targets[0].id == second.targets[0].id \
                    and not any(e[1] > at(first) for e in edits):
                inner = _text(source, at, first.value)
                line_start = source.rfind("\n", 0, at(first)) + 1
                edits.append((line_start, at(second, True), source[line_start:at(first)] + f"{first.targets[0].id} = "
                              f"{_text(source, at, second.value.func)}({inner})"))
    return edits


def imports_from(tree, source, at):
    """`import torch.nn as nn` -> `from torch import nn`; `import torch.nn.functional as F` -> `from torch.nn
    import functional as F`."""
    edits = []
    for node in tree.body:
        if isinstance(node, ast.Import) and len(node.names) == 1 and node.names[0].asname:
            module, _, name = node.names[0].name.rpartition(".")
            if module.startswith("torch") and name == node.names[0].asname or name == "functional":
                alias = "" if name == node.names[0].asname else f" as {node.names[0].asname}"
                edits.append((at(node), at(node, True), f"from {module} import {name}{alias}"))
    return edits


def qualified_modules(tree, source, at):
    """`import torch.nn as nn` dropped and `nn.Conv2d(...)` written `torch.nn.Conv2d(...)` (files importing torch)."""
    imports = [n for n in tree.body if isinstance(n, ast.Import) and [(a.name, a.asname) for a in n.names]
               == [("torch.nn", "nn")]]
    if len(imports) != 1 or not any(isinstance(n, ast.Import) and any(a.name == "torch" and not a.asname
                                                                       for a in n.names) for n in tree.body):
        return []
    line_start = source.rfind("\n", 0, at(imports[0])) + 1
    edits = [(line_start, at(imports[0], True) + 1, "")]
    return edits + [(at(n), at(n, True), "torch.nn") for n in ast.walk(tree)
                    if isinstance(n, ast.Name) and n.id == "nn" and isinstance(n.ctx, ast.Load)]


def functional_qualified(tree, source, at):
    """`F.relu(x)` -> `torch.nn.functional.relu(x)` (the `F` import kept: unused)."""
    if not any(isinstance(n, ast.Import) and any(a.name == "torch" and not a.asname for a in n.names)
               for n in tree.body):
        return []
    return [(at(n), at(n, True), "torch.nn.functional") for n in ast.walk(tree)
            if isinstance(n, ast.Name) and n.id == "F" and isinstance(n.ctx, ast.Load)]


def contiguous_views(tree, source, at):
    """`x.view(...)` -> `x.contiguous().view(...)`."""
    return [(at(c.func.value, True), at(c.func.value, True), ".contiguous()") for c in ast.walk(tree)
            if isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute) and c.func.attr == "view"
            and isinstance(c.func.value, ast.Name)]


def annotated_forward(tree, source, at):
    """`def forward(self, x):` -> `def forward(self, x: torch.Tensor) -> torch.Tensor:` (files importing torch)."""
    if not any(isinstance(n, ast.Import) and any(a.name == "torch" and not a.asname for a in n.names)
               for n in tree.body):
        return []
    edits = []
    for fn in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == "forward"):
        if fn.returns is not None or any(a.annotation for a in fn.args.args):
            continue
        edits += [(at(a, True), at(a, True), ": torch.Tensor") for a in fn.args.args[1:] if a.arg != "self"]
        close = re.compile(r"\)\s*:").search(source, at(fn)).start() + 1  # after the parameters' parenthesis
        edits.append((close, close, " -> torch.Tensor"))
    return edits


def inputs_made_contiguous(tree, source, at):
    """`x = x.contiguous()` as forward's first statement (as `x = x.to(device)` is in many scripts)."""
    edits = []
    for fn in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == "forward"):
        first = fn.body[0]
        if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):  # after the docstring
            first = fn.body[1] if len(fn.body) > 1 else None
        names = [a.arg for a in fn.args.args[1:]][:1]
        if first is not None and names:
            line_start = source.rfind("\n", 0, at(first)) + 1
            pad = source[line_start:at(first)]
            edits.append((line_start, line_start, f"{pad}{names[0]} = {names[0]}.contiguous()\n"))
    return edits


def cat_of_tuple(tree, source, at):
    """`torch.cat([a, b], dim=1)` -> `torch.cat((a, b), dim=1)`."""
    return [(at(c.args[0]), at(c.args[0], True), "(" + ", ".join(_text(source, at, e) for e in c.args[0].elts)
             + ("," if len(c.args[0].elts) == 1 else "") + ")") for c in ast.walk(tree)
            if isinstance(c, ast.Call) and _dotted(c.func) in ("torch.cat", "torch.stack") and c.args
            and isinstance(c.args[0], ast.List)]


def inplace_relu(tree, source, at):
    """`nn.ReLU()` -> `nn.ReLU(inplace=True)`."""
    return [(at(c), at(c, True), "nn.ReLU(inplace=True)") for c in ast.walk(tree)
            if isinstance(c, ast.Call) and _dotted(c.func) == "nn.ReLU" and not c.args and not c.keywords]


REWRITES = {f.__name__: f for f in (keyword_layers, explicit_defaults, views_of_batch, super_spelled_old, super_spelled_new, flatten_spelled, activations_as_methods,
                                     sizes_as_shape, dims_positional, nested_calls, imports_from, inplace_relu,
                                     qualified_modules, functional_qualified, contiguous_views, annotated_forward,
                                     cat_of_tuple, inputs_made_contiguous)}


def variant(source: str, rewrite) -> str | None:
    tree = ast.parse(source)
    edits = sorted(rewrite(tree, source, _offsets(source)), reverse=True)
    if not edits:
        return None
    kept, last = [], len(source) + 1
    for start, end, new in edits:  # outermost edits win where two overlap (nested calls)
        if end <= last:
            kept.append((start, end, new))
            last = start
    for start, end, new in kept:
        source = source[:start] + new + source[end:]
    ast.parse(source)
    return source if source else None


# -- running one ----------------------------------------------------------------------------------------------
def run_one(path: Path, source: str, name: str, shape, dtype: str) -> tuple[str, str]:
    from pivot.analysis import analyze
    from pivot.migrate import migrate_source
    from pivot.verify import Job, verify_model

    try:
        result = migrate_source(source, "tensorflow", [name])
    except Exception as exc:  # noqa: BLE001 (every failure is counted)
        return "crash", f"migrate: {type(exc).__name__}: {exc}"
    errors = [d for d in result.diagnostics if d.severity == "error"]
    if errors:
        return "named", f"{errors[0].code} line {errors[0].span.line}: {errors[0].message.splitlines()[0][:140]}"
    nets = [n for n in analyze(source).networks if n.framework == "torch"]
    try:
        out = verify_model(source, name, nets, Job(str(path), "tensorflow", [name], shape, dtype, 1e-5, 1e-4),
                           sizes_migration=False)
    except Exception as exc:  # noqa: BLE001 (exit 0 promised a model that builds and takes the weights)
        if not runs_in_torch(source, name, nets, shape, dtype):
            return "invalid", f"the variant itself fails in PyTorch: {type(exc).__name__}: {str(exc)[:100]}"
        return "WRONG", f"verify: {type(exc).__name__}: {str(exc).splitlines()[0][:140] if str(exc) else ''}"
    return ("verified", "") if out.get("equivalent") else ("WRONG", f"not equivalent: {str(out)[:140]}")


def runs_in_torch(source: str, name: str, nets: list, shape, dtype: str) -> bool:
    """Whether the variant's PyTorch model builds and runs on the header's input (a rewrite can change meaning:
    `x.view(-1, n)` that merges time steps into the batch is not `x.view(x.size(0), n)`)."""
    from pivot.verify import build_model, run_model, seeded_batch, slice_for

    try:
        sl, _ = slice_for(source, name, nets, None)
        run_model(build_model(sl.code, name, "torch", None), seeded_batch(shape, dtype, 0), "torch")
    except Exception:  # noqa: BLE001
        return False
    return True


def models(keys: list[str]):
    sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
    from test_corpus_unseen import GAPS, WEIGHT_GAPS

    for path in sorted(UNSEEN.glob("*.py")):
        if f"torch/{path.stem}" in GAPS or f"torch/{path.stem}" in WEIGHT_GAPS:
            continue
        if keys and not any(k in path.stem for k in keys):
            continue
        source = path.read_text()
        match = HEADER.search(source)
        shapes = [[int(v) for v in part.split(",")] for part in match.group(2).split(";")]
        yield path, source, match.group(1), shapes[0] if len(shapes) == 1 else shapes, match.group(3) or "float32"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-k", action="append", default=[], help="only files whose name holds this text")
    parser.add_argument("--rewrite", action="append", choices=sorted(REWRITES), default=[])
    parser.add_argument("--sample", type=int, default=0, help="a random sample of this many variants (seed 0)")
    parser.add_argument("--list", choices=("verified", "named", "WRONG", "crash", "invalid"), action="append",
                        default=[])
    args = parser.parse_args(argv)
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    jobs = []
    for path, source, name, shape, dtype in models(args.k):
        for rewrite_name in args.rewrite or REWRITES:
            text = variant(source, REWRITES[rewrite_name])
            if text is not None and text != source:
                jobs.append((rewrite_name, path, text, name, shape, dtype))
    if args.sample and args.sample < len(jobs):
        jobs = random.Random(0).sample(jobs, args.sample)
    rows = []
    for rewrite_name, path, text, name, shape, dtype in jobs:
        outcome, why = run_one(path, text, name, shape, dtype)
        rows.append((rewrite_name, outcome))
        if not args.list or outcome in args.list:
            print(f"{outcome:9} {rewrite_name:22} {path.stem}  {why}", flush=True)
    print(f"\n{len(rows)} variants: " + ", ".join(f"{n} {k}" for k, n in Counter(o for _, o in rows).most_common()))
    for rewrite_name in sorted({r for r, _ in rows}):
        counts = Counter(o for r, o in rows if r == rewrite_name)
        print(f"  {rewrite_name:22} " + ", ".join(f"{counts[k]} {k}" for k in ("verified", "named", "WRONG", "crash", "invalid")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
