"""Migrating a file: each selected network's statements are replaced in place, then imports are fixed.

Every byte outside the migrated definitions and the import lines stays as it was.
"""
from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field

from pivot import diagnostics as D
from pivot.analysis import analyze, source_lines
from pivot.backends import keras as keras_backend
from pivot.backends import keras_support, torch_support
from pivot.backends import torch as torch_backend
from pivot.backends.common import Emitted, layout_checks
from pivot.backends.styles import check_style, restyle, style_for
from pivot.errors import PivotError
from pivot.frontends.patterns import elementwise_functions, idiom_functions, tensor_method_functions
from pivot.frontends.source import (Chunk, ast_dotted, collect_context, in_layout, indents_with_tabs, newline_of,
                                    parse_python, resolve_dotted, split_bom)
from pivot.model import TARGETS, Diagnostic, Network, Span, iter_layers
from pivot.shapes import (builds_on_images, features_to_image_blocks, given_modules_first, infer, ranks_from_callers,
                          unresolved_image_block_calls, untold_image_blocks, with_block_outputs, with_chain_ranks,
                          with_factory_ranks, with_image_blocks, with_images_from_callers, with_module_factory_ranks,
                          with_sequence_blocks, with_uses_marked)
from pivot.slice import model_slice
from pivot.training import TORCH_SUPPORT, train_migration
from pivot.training.common import Edit, Text
from pivot.training.common import apply as apply_edits

FRAMEWORK_ROOTS = ("torch", "torchvision", "keras", "tensorflow")
ORIGIN_ROOTS = {"torch": ("torch", "torchvision"), "keras": ("keras", "tensorflow")}
TARGET_LABEL = {"keras": "TensorFlow/Keras", "torch": "PyTorch"}
IMPORTS = {
    "keras": {"keras": ("import keras", "keras"), "layers": ("from keras import layers", "keras.layers"),
              "tf": ("import tensorflow as tf", "tensorflow"), "math": ("import math", "math"),
              "typing": ("import typing", "typing"), "np": ("import numpy as np", "numpy")},
    "torch": {"torch": ("import torch", "torch"), "nn": ("import torch.nn as nn", "torch.nn"),
              "F": ("import torch.nn.functional as F", "torch.nn.functional"), "math": ("import math", "math")},
}
# a record type's field annotated with the source's tensor type (`logits: Tensor`), in the target's terms
TENSOR_TYPE = {"keras": "typing.Any", "torch": "torch.Tensor"}


@dataclass
class Migrated:
    """One migrated network: its new name and where each source layer's weights live in it."""

    source: Network
    name: str
    paths: dict[str, tuple] = field(default_factory=dict)
    # the models of the file it holds as layers (`keras.Sequential([encoder, decoder])`), by their variable
    parts: dict[str, "Migrated"] = field(default_factory=dict)


@dataclass
class MigrationResult:
    text: str
    diagnostics: tuple[Diagnostic, ...]
    migrated: tuple[str, ...]
    details: dict[str, Migrated] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not any(d.severity == "error" for d in self.diagnostics)


def function_calls(tree: ast.Module) -> dict[str, int]:
    """How many calls of each plain name the file makes (`make_drop2()`: a module-level layer factory's uses)."""
    counts: dict[str, int] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            counts[node.func.id] = counts.get(node.func.id, 0) + 1
    return counts


def migrate_source(source: str, to: str, classes: list[str] | tuple[str, ...] | None = None,
                   input_shapes: dict[str, tuple] | None = None, cache=None,
                   training: bool | None = None, style: str = "auto") -> MigrationResult:
    """Migrate the networks of `source` (all of the other framework, or those named) to `to`.

    `style` is the structure of the generated models (see `pivot.backends.styles`): "auto" keeps the
    source's, "subclassed", "sequential" and "functional" (Keras only) restructure them where the model allows.

    `training` also migrates the training code (optimizers, losses, loops, compile/fit); by default it is
    on when the whole file is migrated. `cache` is an `AnalysisCache` (the language server passes its
    document's) to reuse analysis.
    """
    target = TARGETS.get(to)
    check_style(style)
    if target is None:
        raise PivotError(f"unknown target {to!r}: use tensorflow or pytorch")
    bom, source = split_bom(source)  # kept: put back on the result
    try:
        tree = parse_python(source)
    except SyntaxError as err:
        raise PivotError(f"line {err.lineno}: syntax error: {err.msg}") from err
    except (RecursionError, MemoryError, ValueError) as err:
        raise PivotError(f"the file cannot be parsed: {type(err).__name__}") from err
    analysis = analyze(source, cache)
    origin = "torch" if target == "keras" else "keras"
    wanted = [n for n in analysis.networks if n.framework == origin and n.name in
              with_dependencies(analysis.networks, classes, source)]
    wanted = with_uses_marked(with_block_outputs(with_chain_ranks(with_factory_ranks(with_images_from_callers(with_sequence_blocks(
        with_image_blocks(wanted)))))))
    wanted = with_module_factory_ranks(wanted, function_calls(tree))
    from_callers = ranks_from_callers(wanted, input_shapes or {})
    on_images = {net.name: [layer for n, layer in builds_on_images(wanted, input_shapes or {}) if n is net]
                 for net in wanted}
    to_images = {net.name: [(node, cls) for n, node, cls in features_to_image_blocks(wanted, input_shapes or {})
                            if n is net] for net in wanted}
    diags: list[Diagnostic] = list(analysis.diagnostics)
    given_first = {net.name: node for net, node in given_modules_first(wanted)}
    unresolved = {net.name: (node, cls) for net, node, cls in unresolved_image_block_calls(wanted)}
    untold = {net.name: ranks for net, ranks in untold_image_blocks(wanted)}
    for name in classes or ():
        if not any(n.name == name for n in analysis.networks):
            diags.append(D.make("PIV104", Span(1, 0, 1, 0), f"no {origin} model named `{name}` in this file"))
        elif not any(n.name == name for n in wanted):
            diags.append(D.make("PIV104", Span(1, 0, 1, 0), f"`{name}` is already a {target} model",
                                severity="warning"))
    lines = source_lines(source)
    ctx = collect_context(tree)
    blind = frozenset(n.name for n in tree.body if isinstance(n, ast.FunctionDef)) - idiom_functions(tree) \
        - elementwise_functions(tree)
    details: dict[str, Migrated] = {}
    edits: list[Edit] = []
    index = Text(source)
    for net in sorted(wanted, key=lambda n: -n.span.line):
        diags.extend(net.diagnostics)
        if net.framework == "keras" and net.style == "helper" and not net.templates:
            continue  # a functional block: inlined into the models that call it, kept as written
        start, end = net.span.line, net.span.end_line
        foreign = statements_between(tree, net)
        clash = next((f for f in foreign if reads_any(f, bound_by(tree, net))), None)
        if clash is not None:
            diags.append(D.make("PIV104", Span(clash.lineno, 0, clash.lineno, 0), f"line {clash.lineno} sits "
                                f"between the statements that build `{net.name}` and uses its layers or tensors: "
                                "the model is left as written; move the line below the model to migrate it",
                                target=target))
            continue
        own = [l if not any(f.lineno <= i <= f.end_lineno for f in foreign) else "\n"
               for i, l in enumerate(lines[start - 1:end], start)]
        chunk = Chunk("".join(own), start, ctx)
        shapes = (input_shapes or {}).get(net.name) or from_callers.get(net.name)
        try:
            code, emitted = write(target, chunk, net, (shapes,) if shapes else None,
                                  style_for(style, net, analysis.networks), blind)
            ast.parse(code)
        except Exception as err:  # a backend bug: this model stays as written, reported; the rest migrates
            diags.append(D.make("PIV102", Span(start, 0, start, 0), f"Pivot could not write `{net.name}` in "
                                f"{TARGET_LABEL[target]} ({type(err).__name__}: {str(err)[:160]}); it is left as "
                                "written", target=target))
            continue
        if emitted.commented:  # the analysis's diagnostics on code the migration only keeps as a comment
            diags[:] = [d for d in diags if d not in net.diagnostics or not any(
                s.line <= d.span.line <= s.end_line for s in emitted.commented)]
        diags.extend(D.retarget(d, target) for d in emitted.diagnostics)
        diags.extend(D.make("PIV104", layer.span, f"`{layer.source}` is given an image, and "
                            f"`{layer.attrs.get('class')}.build(input_shape)` reads its shape, which PyTorch lists "
                            "channels-first (`input_shape[-1]` is the width there); create its weights in __init__",
                            target=target) for layer in on_images.get(net.name, ()))
        diags.extend(D.make("PIV105", node.span, f"`{node.source}` gives `{cls}` a value that is no image (a dense "
                            "layer's output or features, or the model's input of a rank not known without "
                            "--input-shape, which keep PyTorch's axes in Keras), while its first "
                            "conv/pool reads its input as a channels-first image (channels last in Keras): its "
                            "channels would be read from another axis; migrate it by hand", target=target)
                     for node, cls in to_images.get(net.name, ()))
        if net.name in given_first:
            node = given_first[net.name]
            diags.append(D.make("PIV105", node.span, f"`{node.source}`: `{node.layer}` is a module given to the "
                                f"constructor of `{net.name}`, which has no image layers of its own: whether its input "
                                "is an image (channels-first, channels-last in Keras) and the flatten order of what "
                                "it returns are not known from the class; build the module in the constructor, or "
                                "migrate it by hand", target=target))
        if net.name in untold:
            ranks = " and ".join(str(r + 1) for r in untold[net.name])
            diags.append(D.make("PIV105", net.span, f"`{net.name}` has no image layers of its own and the file's models "
                                f"call it on images (rank {ranks}, channels-last in Keras, channels-first in PyTorch), "
                                "but Pivot cannot tell it takes them (it moves their axes itself, or is given images "
                                "of several ranks): the axes it reads would be Keras's; migrate it by hand",
                                target=target))
        if net.name in unresolved:
            node, cls = unresolved[net.name]
            diags.append(D.make("PIV105", node.span, f"`{node.source}`: Pivot cannot tell which layer `{node.layer}` "
                                f"is, while `{net.name}` uses `{cls}`, which takes images (channels-first in "
                                f"PyTorch): whether this call's input is an image to move is not known; hold the "
                                "blocks in a list built in the constructor, or migrate it by hand", target=target))
        diags.extend(leftovers(code, chunk, net, origin, target, diags))
        if not code.endswith("\n"):
            code += "\n"
        # statements that lie between the model's own ones keep their text and order, just above the model
        kept = "".join("".join(lines[f.lineno - 1:f.end_lineno]) for f in foreign)
        code = kept + ("\n\n" if kept and code.startswith(("class ", "def ")) else "") + code
        edits.append(Edit(index.starts[start - 1], index.starts[min(end, len(index.starts) - 1)], code))
        details[net.name] = Migrated(net, _new_name(net, code), emitted.paths)
    if details:
        edits.extend(_record_edits(tree, ctx, index, origin, target))
    by_binding = {m.source.binding: m for m in details.values() if m.source.binding}
    for m in details.values():  # a model built of the file's other models: their weights are found in them
        m.parts.update({str(l.attrs.get("by")): by_binding[str(l.attrs.get("by"))] for l in iter_layers(m.source.layers)
                        if l.op == "Built" and str(l.attrs.get("by")) in by_binding})
    support = ""
    model_edits = list(edits)
    if training if training is not None else not classes:
        # the models as migrated: a model that starts with the file's image blocks takes their images (its script's
        # `model(torch.randn(2, 1, 64, 128))` moves the channels last, was left as PyTorch: PIV301)
        told = {(n.name, n.framework): n for n in wanted}
        steps = train_migration(source, tree, ctx, [told.get((n.name, n.framework), n) for n in analysis.networks],
                                origin)
        edits = edits + without_overlaps(edits, steps.edits, index, diags, target)
        diags.extend(steps.diagnostics)
        support = TORCH_SUPPORT if steps.support else ""
    text = finish(source, edits, model_edits, bool(details), target, origin, support, diags)
    if details or text != source:
        diags.extend(half_migrated(text, tree, {m.name for m in details.values()}, origin, target))
        diags.extend(_methods_left(text, [m.source for m in details.values()], target) if origin == "torch" else ())
    diags = sorted(dict.fromkeys(diags), key=lambda d: (d.span.line, d.span.col))  # a block called twice: once
    return MigrationResult(bom + text, tuple(diags), tuple(n.name for n in wanted), details)


def _methods_left(text: str, nets: list[Network], target: str) -> list[Diagnostic]:
    """A migrated model's call of a function of the file whose migrated body still calls a PyTorch tensor method
    on its parameter (`def swish(x): return x * x.sigmoid()`, its x not known to be a tensor there): an error
    (it was exit 0, then an AttributeError on the Keras tensor)."""
    try:
        left = tensor_method_functions(ast.parse(text))
    except SyntaxError:
        return []
    return [D.make("PIV102", node.span, f"`{node.source}` gives a tensor to `{node.attrs.get('function')}`, whose "
                   f"body still calls the PyTorch tensor method `.{left[node.attrs.get('function')]}()` after "
                   "migration; migrate it by hand", target=target)
            for net in nets for node in net.nodes
            if node.op == "Call" and node.inputs and node.attrs.get("function") in left]


def write(target: str, chunk: Chunk, net: Network, input_shapes, style: str,
          blind: frozenset[str] = frozenset()) -> tuple[str, Emitted]:
    """One network's code in the target framework: in the target style where it applies, else rewritten by the
    target's backend in the source's structure. `blind`: the file's functions that are no recognised idiom."""
    out = Emitted()
    info = infer(net, input_shapes)
    layout_checks(net, info, out, target, blind)
    stmts = list(chunk.module.body)
    code = restyle(target, chunk, stmts, net, info, out, style, input_shapes)
    if code is None:
        backend = keras_backend if target == "keras" else torch_backend
        code = backend.rewrite(chunk, stmts, net, info, out, input_shapes)
    return code, out


def statements_between(tree: ast.Module, net: Network) -> list[ast.stmt]:
    """Module-level statements inside a module-level model's span that are not the model's own."""
    if not net.parts:
        return []
    own = {p.line for p in net.parts}
    return [s for s in tree.body if net.span.line <= s.lineno <= net.span.end_line
            and not any(s.lineno <= line <= (s.end_lineno or s.lineno) for line in own)]


def bound_by(tree: ast.Module, net: Network) -> set[str]:
    """Names a module-level model's own statements assign (its layers, tensors and the model)."""
    own = {p.line for p in net.parts}
    return {n.id for s in tree.body if any(s.lineno <= line <= (s.end_lineno or s.lineno) for line in own)
            for n in ast.walk(s) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}


def reads_any(stmt: ast.stmt, names: set[str]) -> bool:
    return any(isinstance(n, ast.Name) and n.id in names for n in ast.walk(stmt))


def without_overlaps(model_edits: list[Edit], training: list[Edit], index: Text, diags: list[Diagnostic],
                     target: str) -> list[Edit]:
    """Training edits that touch no model's rewritten text (a clash would garble both); the others are
    dropped, their code left as written and reported."""
    kept = []
    for edit in training:
        if any(edit.start < m.end and m.start < edit.end or edit.start == m.start for m in model_edits):
            line = index.source.count("\n", 0, edit.start) + 1
            diags.append(D.make("PIV301", Span(line, 0, line, 0), "this training code overlaps a migrated model's "
                                "statements and is left as written; migrate it by hand", target=target))
            continue
        kept.append(edit)
    return kept


def _record_edits(tree: ast.Module, ctx, index: Text, origin: str, target: str) -> list[Edit]:
    """The fields of the file's `class Outputs(NamedTuple)` record types that the source's tensor type annotates
    (`logits: Tensor`, a model's return record) take the target's (`typing.Any` in Keras: no eager tensor type)."""
    edits = []
    for cls in (n for n in tree.body if isinstance(n, ast.ClassDef) and n.name in ctx.record_types):
        for field_ in (f for f in cls.body if isinstance(f, ast.AnnAssign) and isinstance(f.target, ast.Name)):
            quals = {resolve_dotted(ast_dotted(n), ctx) or "" for n in ast.walk(field_.annotation)
                     if isinstance(n, (ast.Name, ast.Attribute))}
            if any(q.split(".")[0] in ORIGIN_ROOTS[origin] for q in quals):
                edits.append(Edit(*index.bounds(field_.annotation), TENSOR_TYPE[target]))
    return edits


def finish(source: str, edits: list[Edit], model_edits: list[Edit], models: bool, target: str, origin: str,
           support: str, diags: list[Diagnostic]) -> str:
    """The edited file with support code and imports fixed. If that does not parse (a Pivot bug), the models
    alone, or else the file as written, with an error: the output always parses."""
    for attempt, chosen in enumerate((edits, model_edits, [])):
        if attempt == 1 and chosen == edits:
            continue  # no training edits to leave out: the same text would fail again
        try:
            text = apply_edits(source, chosen)
            if chosen and (models or text != source):
                text = add_support_code(without_unused_support(without_unused_aliases(text, origin), origin), target,
                                        support if chosen is edits else "")
                text = fix_imports(text, target, origin)
                text = with_top_level_spacing(text)
            ast.parse(text)
        except SyntaxError as err:
            if attempt < 2 and chosen:
                fallback = "the training code is left as written" if attempt == 0 and model_edits != edits else \
                    "nothing is migrated"
                diags.append(D.make("PIV102", Span(1, 0, 1, 0), f"internal error: the migrated file did not parse "
                                    f"(line {err.lineno}: {err.msg}); {fallback}", target=target))
            continue
        if chosen:
            diags.extend(still_origin(text, origin, target, diags, source))
        return text
    return source


def leftovers(code: str, chunk: Chunk, net: Network, origin: str, target: str,
              known: list[Diagnostic]) -> list[Diagnostic]:
    """The safety net: source-framework code still in the migrated text, not yet reported, is an error."""
    roots = {name for name, qual in chunk.ctx.aliases
             if qual.split(".")[0] in ORIGIN_ROOTS[origin]}
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return []
    reported = {d.span.line for d in known if d.severity == "error"}
    original = [l.rstrip("\r\n") for l in source_lines(chunk.code)]
    found: list[Diagnostic] = []
    local = _local_variables(tree, roots)
    aside = _methods_aside(tree)
    for node in ast.walk(tree):
        if origin == "torch" and isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                node.func.attr in _MODULE_ONLY and not node.args:  # `self.encoder.parameters()`: no Keras method
            text = ast.get_source_segment(code, node) or node.func.attr
            line_text = source_lines(code)[node.lineno - 1].strip()
            line = next((chunk.first_line + i for i, l in enumerate(original) if l.strip() == line_text),
                        net.span.line)
            method = next((fn.name for fn in aside if fn.lineno <= node.lineno <= (fn.end_lineno or fn.lineno)), None)
            if line not in reported and method is not None:  # `def num_parameters(self)`: not the model's computation
                found.append(D.make("PIV204", Span(line, 0, line, 0), f"`{text}` in `{method}` is a PyTorch module "
                                    "method Keras layers do not have: the model migrates, but that method fails if "
                                    "called; migrate it by hand", target=target, severity="warning"))
            elif line not in reported:
                found.append(D.make("PIV102", Span(line, 0, line, 0), f"`{text}` is a PyTorch module method Keras "
                                    "layers do not have; migrate it by hand", target=target))
            reported.add(line)
            continue
        if isinstance(node, ast.Name) and node.id in roots and isinstance(node.ctx, ast.Load) and id(node) not in local:
            text = ast.get_source_segment(code, node) or node.id
            line_text = source_lines(code)[node.lineno - 1].strip()
            line = next((chunk.first_line + i for i, l in enumerate(original) if l.strip() == line_text),
                        net.span.line)
            if line in reported:
                continue
            reported.add(line)
            found.append(D.make("PIV102", Span(line, 0, line, len(original[line - chunk.first_line])
                                               if 0 <= line - chunk.first_line < len(original) else 0),
                                f"`{line_text}` still uses `{text}` after migration: Pivot did not understand "
                                "this code; migrate it by hand", target=target))
    return found


# methods of nn.Module that Keras layers lack, left in migrated code (a loop over `self.encoder.parameters()`)
_MODULE_ONLY = frozenset({"parameters", "named_parameters", "modules", "named_modules", "children", "named_children"})


def _methods_aside(tree: ast.Module) -> list[ast.FunctionDef]:
    """The methods of the migrated classes that neither the constructor nor the forward pass runs (transitively
    through `self.name(...)`): a `num_parameters` property, a `count_parameters` helper."""
    aside: list[ast.FunctionDef] = []
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        methods = {f.name: f for f in cls.body if isinstance(f, ast.FunctionDef)}
        todo = [m for m in ("__init__", "call", "forward", "build") if m in methods]
        reached = set(todo)
        while todo:
            for node in ast.walk(methods[todo.pop()]):
                name = node.attr if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and \
                    node.value.id == "self" else None
                if name in methods and name not in reached:
                    reached.add(name)
                    todo.append(name)
        aside.extend(f for name, f in methods.items() if name not in reached)
    return aside


def _local_variables(tree: ast.Module, names: set[str]) -> set[int]:
    """The name nodes of functions that assign one of `names` themselves (`layers = []`) or take it as a
    parameter: that function's variable, not the module imported under that name."""
    found: set[int] = set()
    for fn in (n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))):
        own = {t.id for n in ast.walk(fn) for t in ast.walk(n) if isinstance(n, (ast.Assign, ast.AnnAssign,
               ast.AugAssign)) and isinstance(t, ast.Name) and isinstance(t.ctx, ast.Store)} & names
        own |= {a.arg for a in (*fn.args.posonlyargs, *fn.args.args, *fn.args.kwonlyargs)} & names
        found.update(id(n) for n in ast.walk(fn) if isinstance(n, ast.Name) and n.id in own)
    return found


def with_dependencies(networks, classes, source: str | None = None) -> set[str]:
    """The named networks plus every class or helper they use, transitively, and every model their static
    slice builds (all when none named): `net = nn.Sequential(b1, *blks)` needs `b1` and the blocks a loop
    appends to `blks` in the same framework, or the migrated model mixes both."""
    by_name = {n.name: n for n in networks}
    if not classes:
        return set(by_name)
    todo, seen = list(classes), set()
    while todo:
        name = todo.pop()
        if name in seen or name not in by_name:
            continue
        seen.add(name)
        todo.extend(by_name[name].uses)
        todo.extend(_built_in_slice(by_name[name], networks, source))
    return seen


def _built_in_slice(net: Network, networks, source: str | None) -> list[str]:
    """The other networks whose statements the static slice of `net` keeps."""
    if source is None:
        return []
    try:
        kept = set(model_slice(source, net.binding or net.name).lines)
    except (PivotError, SyntaxError, RecursionError):  # a value known only at run time: its own diagnostic
        return []
    return [n.name for n in networks if n is not net and n.span.line in kept]


def roots(networks) -> list[str]:
    """Models no other model of the file uses (the ones to verify when none is named)."""
    used = {u for n in networks for u in n.uses}
    return [n.name for n in networks if n.name not in used and n.style not in ("helper", "function")]


def _new_name(net: Network, code: str) -> str:
    tree = ast.parse(code)
    if net.style == "functional":
        cls = next((n.name for n in tree.body if isinstance(n, ast.ClassDef)), net.name)
        return cls
    # a Sequential written as a class (`class Model(nn.Module)` ... `model = Model()`): the class is the model the
    # migrated file holds (what the way back migrates and verify builds)
    classes = {n.name for n in tree.body if isinstance(n, ast.ClassDef)}
    made = next((n.value.func.id for n in tree.body if isinstance(n, ast.Assign) and len(n.targets) == 1
                 and isinstance(n.targets[0], ast.Name) and n.targets[0].id == net.name
                 and isinstance(n.value, ast.Call) and isinstance(n.value.func, ast.Name)
                 and n.value.func.id in classes and not n.value.args and not n.value.keywords), None)
    return made or net.name


def still_origin(text: str, origin: str, target: str, known: list[Diagnostic], source: str = "") -> list[Diagnostic]:
    """Lines outside the migrated models that still use the source framework: reported, never silent."""
    roots = ORIGIN_ROOTS[origin]
    tree = ast.parse(text)
    names = {a.asname or a.name.split(".")[0] for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))
             for a in n.names
             if ((n.module if isinstance(n, ast.ImportFrom) else a.name) or "").split(".")[0] in roots}
    if not names:
        return []
    reported = {d.span.line for d in known}
    lines = sorted({n.lineno for n in ast.walk(tree) if isinstance(n, ast.Name) and n.id in names
                    and isinstance(n.ctx, ast.Load)})
    if not lines:
        return []
    label = {"torch": "PyTorch", "keras": "Keras"}[origin]
    migrated = source_lines(text)[lines[0] - 1].strip()
    # the line as the user wrote it (lines outside the models keep their text, not their number)
    first = next((i for i, l in enumerate(source_lines(source), 1) if l.strip() == migrated), 0) or lines[0]
    return [] if first in reported else [D.make(
        "PIV204", Span(first, 0, first, 0), f"{len(lines)} line(s) outside the migrated models still use {label} "
        f"(the first: `{migrated[:60]}`); its {label} imports stay for them", severity="warning",
        target=target)]


def half_migrated(text: str, source: ast.Module, migrated: set[str], origin: str,
                  target: str) -> list[Diagnostic]:
    """A definition left in the source framework that a migrated model is used with (`VGG(make_layers(cfg))`,
    or used by the model itself) is an error: the file would mix frameworks in one model."""
    tree = ast.parse(text)
    framework = {a.asname or a.name.split(".")[0] for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))
                 for a in n.names
                 if ((n.module if isinstance(n, ast.ImportFrom) else a.name) or "").split(".")[0]
                 in ORIGIN_ROOTS[origin]}
    defs = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
    left = {n.name: n for n in tree.body if isinstance(n, defs) and n.name not in migrated
            and framework & _loaded_names(n)}
    # a module-level constant made of the source's objects (`ACTIVATIONS = {"relu": nn.ReLU, ...}` looked up as
    # `ACTIVATIONS[activation]()` in a migrated constructor): the model would build source layers
    # (read inside the model's own definition: data a script feeds to it, `model.fit(x_train)`, is not that)
    # (and in Keras, a functional model's graph left as written that a migrated model reads: keras.io's composed
    # `autoencoder = keras.Model(encoder_input, decoder_output)` became `def forward(self): return decoder_output`)
    constants = {name for n in tree.body for name in _assigned_names(n) if name not in migrated
                 and name not in left and framework & _loaded_names(n.value)}
    found: dict[str, Diagnostic] = {}
    for stmt in tree.body:
        own = isinstance(stmt, defs) and stmt.name in migrated
        used = _loaded_names(stmt) - (_bound_names(stmt) & constants if own else constants)
        models = sorted(used & migrated) or ([stmt.name] if isinstance(stmt, defs) and stmt.name in migrated else [])
        for name in sorted(used & (set(left) | constants)):
            if models and name not in found and name != getattr(stmt, "name", None):
                line = next((n.lineno for n in source.body if getattr(n, "name", None) == name
                             or name in _assigned_names(n)), 1)
                found[name] = D.make("PIV102", Span(line, 0, line, 0), f"`{name}` is still "
                                     f"{TARGET_LABEL[origin]} code and is used with the migrated `{models[0]}`: "
                                     "migrate it with the model (name it too) or by hand", target=target)
    return list(found.values())


def _assigned_names(node: ast.AST) -> list[str]:
    """The names a module-level `NAME = value` (or `NAME: T = value`) binds."""
    if isinstance(node, ast.Assign):
        return [t.id for t in node.targets if isinstance(t, ast.Name)]
    if isinstance(node, ast.AnnAssign) and node.value is not None and isinstance(node.target, ast.Name):
        return [node.target.id]
    return []


def _bound_names(node: ast.AST) -> set[str]:
    """The names a definition binds itself (locals, parameters): not the module-level ones of the same name."""
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load)} | \
        {a.arg for n in ast.walk(node) if isinstance(n, ast.arguments)
         for a in n.posonlyargs + n.args + n.kwonlyargs + [n.vararg, n.kwarg] if a is not None}


def _loaded_names(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}


def add_support_code(text: str, target: str, extra: str = "") -> str:
    """Support code the migrated code relies on (PyTorch semantics in Keras, Keras's fit in PyTorch), once,
    after the imports."""

    SUPPORT = keras_support.SUPPORT if target == "keras" else torch_support.SUPPORT
    needed = [name for name in SUPPORT if re.search(rf"(?<![\w.]){name}\(", text)
              and not re.search(rf"\b(class|def) {name}\(", text)]
    for name in list(needed):
        needed.extend(dep for dep in SUPPORT[name][1] if dep not in needed and f"class {dep}(" not in text)
    code = "".join(SUPPORT[name][0] for name in SUPPORT if name in needed) + extra
    if not code:
        return text
    code = in_layout(code, newline_of(text), indents_with_tabs(text))
    tree = ast.parse(text)
    last = max((n.end_lineno for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))), default=0)
    lines = source_lines(text)
    return "".join(lines[:last]) + code + "".join(lines[last:])


def without_unused_support(text: str, origin: str) -> str:
    """The file without Pivot's own support classes (functions) of the origin framework that nothing uses any
    more (a `TorchRNN` whose layers became nn.LSTM again, `fixed_affine` once the norms are Keras's)."""
    while True:
        tree = ast.parse(text)
        context = collect_context(tree)
        support = set(context.keras_support if origin == "keras" else context.torch_support)
        unused = [n for n in tree.body if isinstance(n, (ast.ClassDef, ast.FunctionDef)) and n.name in support
                  and not any(n.name in _loaded_names(other) for other in tree.body if other is not n)]
        if not unused:
            return text
        lines = source_lines(text)
        cut = set()
        for n in unused:  # the class and the blank lines written before it
            start = n.lineno - 1
            while start > 0 and not lines[start - 1].strip():
                start -= 1
            cut.update(range(start, n.end_lineno))
        text = "".join(l for i, l in enumerate(lines) if i not in cut)


def with_top_level_spacing(text: str) -> str:
    """Two blank lines before each top-level class and function that follows code (PEP 8), as a model written
    where a one-blank-line statement was (`model = keras.Sequential(...)` becoming a class) lacked."""
    tree = ast.parse(text)
    lines = source_lines(text)
    newline = newline_of(text)
    short = set()
    for n in tree.body:
        if not isinstance(n, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        start = min([n.lineno] + [d.lineno for d in n.decorator_list]) - 1
        blank = 0
        while start - blank - 1 >= 0 and not lines[start - blank - 1].strip():
            blank += 1
        previous = lines[start - blank - 1].strip() if start - blank - 1 >= 0 else ""
        if previous and not previous.startswith("#") and blank < 2:
            short.add((start, 2 - blank))
    if not short:
        return text
    starts = dict(short)
    return "".join(newline * starts.get(i, 0) + line for i, line in enumerate(lines))


def without_unused_aliases(text: str, origin: str) -> str:
    """The file without module-level names for origin-framework code that nothing reads any more once its models
    are migrated: Hands-On ML's `RegularizedDense = partial(keras.layers.Dense, ...)` (its layers written out in
    the models), `K = keras.backend`; and `from functools import partial` when only those used it."""
    tree = ast.parse(text)
    ctx = collect_context(tree)

    def origin_code(node: ast.AST) -> bool:
        qual = resolve_dotted(ast_dotted(node), ctx) or ""
        return qual.split(".")[0] in ORIGIN_ROOTS[origin]

    def alias(n: ast.stmt) -> bool:
        if not (isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name)):
            return False
        value = n.value
        if isinstance(value, ast.Call) and resolve_dotted(ast_dotted(value.func), ctx) == "functools.partial":
            return bool(value.args) and origin_code(value.args[0])
        return isinstance(value, (ast.Attribute, ast.Name)) and origin_code(value)

    loaded = [(n, _loaded_names(n)) for n in tree.body]
    unused = [n for n in tree.body if alias(n) and not any(n.targets[0].id in names for other, names in loaded
                                                             if other is not n)]
    if not unused:
        return text
    left = set().union(*(names for n, names in loaded if n not in unused))
    unused += [n for n in tree.body if isinstance(n, ast.ImportFrom) and n.module == "functools" and not n.level
               and all(a.name == "partial" and (a.asname or a.name) not in left for a in n.names)]
    lines = source_lines(text)
    cut = set()
    for n in sorted(unused, key=lambda n: n.lineno):  # the statement, and the blank lines after it when the
        before = n.lineno - 2  # line kept before it is blank too (or an import went)
        while before >= 0 and before in cut:
            before -= 1
        end = n.end_lineno
        while end < len(lines) and not lines[end].strip() and (
                before < 0 or not lines[before].strip() or isinstance(n, ast.ImportFrom)):
            end += 1
        cut.update(range(n.lineno - 1, end))
    return "".join(l for i, l in enumerate(lines) if i not in cut)


def fix_imports(text: str, target: str, origin: str) -> str:
    """Add the target framework's imports the code now uses; drop origin imports nothing uses any more."""
    tree = ast.parse(text)
    imported = {a.asname or a.name.split(".")[0] for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))
                for a in n.names} | set(IMPORTS[target])
    local = _local_variables(tree, imported)  # a function's own `layers = []` needs no `from keras import layers`
    used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and id(n) not in local}
    bound = {}
    import_lines: list[tuple[int, int, list[str]]] = []  # (start, end, names it binds) for framework imports
    last_import_end = 0
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            last_import_end = node.end_lineno or node.lineno
            names = []
            for a in node.names:
                local = a.asname or a.name.split(".")[0]
                full = a.name if isinstance(node, ast.Import) else f"{node.module}.{a.name}"
                bound[local] = full
                names.append((local, full))
            module_root = (node.names[0].name if isinstance(node, ast.Import) else (node.module or "")).split(".")[0]
            if module_root in FRAMEWORK_ROOTS:
                import_lines.append((node.lineno, node.end_lineno or node.lineno, names))
        elif isinstance(node, ast.Expr) and isinstance(getattr(node, "value", None), ast.Constant) \
                and last_import_end == 0 and node is tree.body[0]:
            last_import_end = node.end_lineno or node.lineno
    lines = source_lines(text)
    origin_roots = ORIGIN_ROOTS[origin]
    drop = set()
    for start, end, names in import_lines:
        if all(full.split(".")[0] in origin_roots and local not in used for local, full in names):
            drop.update(range(start, end + 1))
    newline = newline_of(text)
    needed = []
    for name, (stmt, full) in IMPORTS[target].items():
        if name in used and not _binds(bound.get(name), full):
            needed.append(stmt + newline)
    out = []
    for i, line in enumerate(lines, start=1):
        if i not in drop:
            out.append(line)
        if i == last_import_end:
            out.extend(needed)
            needed = []
    if needed:
        out = needed + ([newline] if out and out[0].strip() else []) + out
    return "".join(out)


def _binds(full: str | None, wanted: str) -> bool:
    if full is None:
        return False
    norm = full.replace("tensorflow.keras", "keras")
    return norm == wanted
