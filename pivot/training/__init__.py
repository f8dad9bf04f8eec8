"""Training code migration: optimizers, losses, schedules, data pipelines and training loops.

`train_migration` reads the training code of a file (outside its model definitions) and returns the edits
that rewrite it into the other framework, with a diagnostic for everything it keeps as written.
"""
from __future__ import annotations

import ast

from pivot import diagnostics as D
from pivot.frontends.source import collect_context
from pivot.model import Attrs, Span, TrainingOp
from pivot.shapes import image_rank_of, infer
from pivot.training.keras_to_torch import KerasTraining
from pivot.frontends.markers import is_training_code
from pivot.training.torch_support import LOOPS as TORCH_SUPPORT  # noqa: F401  (re-exported to migrate)
from pivot.training.torch_to_keras import TorchTraining


def train_migration(source: str, tree: ast.Module, ctx, networks, origin: str):
    """Edits and diagnostics migrating the training code of `source` away from `origin`."""
    spans = [(n.span.line, n.span.end_line) for n in networks]

    def in_model(line: int) -> bool:
        return any(start <= line <= end for start, end in spans)

    names = {n.name for n in networks if n.framework == origin} | {n.binding for n in networks if n.binding}
    models = names | {t.id for node in ast.walk(tree) if isinstance(node, ast.Assign)
                      and isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Name)
                      and node.value.func.id in names for t in node.targets if isinstance(t, ast.Name)}
    translator = (TorchTraining if origin == "torch" else KerasTraining)(source, tree, ctx, in_model, models)
    translator.images = _takes_images(networks, origin)
    translator.built_on_first_call = tuple(n.name for n in networks if n.framework == origin and n.builds)
    try:
        return translator.run()
    except Exception as err:  # a bug here must not take the model migration (or the editor) down with it
        translator.edits.clear()
        translator.diagnostics.append(D.make(
            "PIV301", Span(1, 0, 1, 0), f"Pivot could not read the training code ({type(err).__name__}: "
            f"{str(err).splitlines()[0][:200] if str(err) else ''}); it is left as written"))
        return translator


def _takes_images(networks, origin: str) -> bool | None:
    """Whether the file's models take image-like inputs, whose channel axis moves between the frameworks (None:
    not known, as when a model starts with a block built by a function of the file and has image layers). Models
    with image layers whose every input has a known rank and is no image (a HAR window (N, T, C) turned with
    `x.transpose(1, 2)` inside) take their inputs as they are: no axis moves (their `__main__` demo's
    `torch.randn(2, 128, 9)` was left as PyTorch, PIV301)."""
    used = {u for n in networks for u in n.uses}
    unknown = any(n.framework == origin and image_rank_of(n) for n in networks)
    told = []  # per model of the file: whether each of its inputs has a known rank
    for net in networks:
        if net.framework == origin and net.name not in used and net.style not in ("helper", "function"):
            try:
                info = infer(net)
            except Exception:  # shapes unknown: no layout change is assumed, as for the models themselves
                told.append(False)
                continue
            if any(info.input_spatial):
                return True
            told.append(bool(info.input_shapes) and all(s is not None for s in info.input_shapes))
    return None if unknown and not (told and all(told)) else False


def read_training(source: str, networks) -> tuple[tuple[TrainingOp, ...], tuple]:
    """The training ops of a file in the pivot model, and what stops their migration (for the editor)."""
    frameworks = [f for f in ("torch", "keras") if is_training_code(source, f)]
    if not frameworks:
        return (), ()
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return (), ()
    ctx = collect_context(tree)
    ops, diagnostics = [], []
    for framework in frameworks:
        steps = train_migration(source, tree, ctx, networks, framework)
        ops += [TrainingOp(op.spec.kind, op.spec.name, framework, Attrs.of(op.attrs), span)
                for span, op in steps.ops]
        diagnostics += steps.diagnostics
    return tuple(sorted(ops, key=lambda o: o.span)), tuple(diagnostics)
