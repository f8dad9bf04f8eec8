"""The rewriter both backends build on (LibCST's `CodemodCommand` is the model): the plumbing of rewriting a
network's statements in place lives here, what each target writes lives in the leaf classes
(`pivot.backends.keras._Rewriter`, `pivot.backends.torch._Rewriter`).

The base finds the layer or dataflow node of an expression by its source span, swaps the model's base classes,
renames the method that runs the model (`forward` <-> `call`), puts the TODO comments a leaf collects above the
statement they belong to, reorders unpacked image sizes (`n, c, h, w = x.shape`) and translates type annotations
(a layer class of the source becomes the target's `LAYER_CLASS`; one naming any other source type is dropped).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Protocol

import libcst as cst

from pivot.backends.common import (MOVE_CHANNELS, Emitted, add_todo, expr, interface_comment, moved_operand, moved_range, range_moved_code, span_key,
                                   unpacked_sizes, with_class_comment)
from pivot.catalog import CATALOG
from pivot.catalog.domains import CHANNELS, UNITS
from pivot.frontends.source import Chunk
from pivot.model import Attrs, Expr, Layer, Network, Node
from pivot.shapes import ShapeInfo

# read back from a layer, these name its tensors, not its constructor settings
LAYER_TENSORS = {"torch": {"weight", "bias"}, "keras": {"kernel", "bias", "gamma", "beta"}}


class Backend(Protocol):
    """What each backend module (pivot.backends.keras, pivot.backends.torch) provides, with these types."""

    def layer_code(self, layer: Layer, info: ShapeInfo, out: Emitted) -> tuple[str, tuple]:
        """The target code of one layer, and the path (inside it) of the layer holding its weights; the
        layer's source when it is not migrated (with a diagnostic in `out`)."""

    def node_code(self, node: Node, xs: list[str], info: ShapeInfo, out: Emitted) -> str | None:
        """The target code of a functional op applied to the tensors written `xs`; None keeps the source."""

    def rewrite(self, chunk: Chunk, stmts: list[cst.CSTNode], net: Network, info: ShapeInfo, out: Emitted,
                input_shapes=None) -> str:
        """The target code replacing the network's statements, in the source's structure."""


class Rewriter(cst.CSTTransformer):
    """Rewrites one network's statements in place; a leaf sets the class attributes and writes the
    expressions (`leave_Call`, ...) and may override the hooks `spanned_layers`, `function`, `renames_entry`
    and `entry`."""

    TARGET = ""  # "keras" or "torch": the target named in diagnostics and in the interface comment
    ORIGIN = ""  # the source framework as TODO comments name it ("PyTorch", "Keras")
    BASES: dict[str, str] = {}  # a base class of the source model (qualified) -> the target's base class
    ENTRY = ("", "")  # the method that runs the model: its source name -> its target name
    LAYER_CLASS = ""  # what an annotation naming one of the source's layer classes becomes
    ORIGIN_ROOTS: tuple[str, ...] = ()  # the source framework's top-level packages (names of its other types)

    def __init__(self, chunk: Chunk, net: Network, info: ShapeInfo, out: Emitted) -> None:
        self.chunk, self.net, self.info, self.out = chunk, net, info, out
        self.layers = {span_key(l.span): l for l in self.spanned_layers(net)}
        self.nodes = {span_key(n.span): n for n in net.nodes if n.span.line}
        self.todos: list[str] = []  # for the statement being rewritten, written above it
        self.depth = 0  # how many class definitions the visit is inside
        self.functions: list[str] = []  # the functions the visit is inside, outermost first

    def with_rewritten_args(self, node: Node, original: cst.Call, updated: cst.Call) -> Node:
        """`node` whose expression arguments read the call's rewritten arguments: `torch.arange(x.size(1))`'s
        `x.size(1)` is already the target's code in `updated`, while the node holds the source text."""
        code = self.chunk.module.code_for_node
        rewritten = {code(o.value): code(u.value) for o, u in zip(original.args, updated.args)}
        attrs = [(k, Expr(rewritten[v.code]) if isinstance(v, Expr) and v.code in rewritten else v)
                 for k, v in node.attrs]
        if attrs == list(node.attrs):
            return node
        rewritten_node = replace(node, attrs=Attrs(tuple(attrs)))
        if node in self.info.at:  # seen where the node was (`torch.split(x, [6, x.size(2) - 6], 2)` of an image)
            self.info.at[rewritten_node] = self.info.at[node]
        return rewritten_node

    def leave_BinaryOperation(self, original: cst.BinaryOperation, updated: cst.BinaryOperation):
        """The operand of an image merge that keeps the source's axes gets its channels moved (`moved_operand`)."""
        node = self.nodes.get(self._key(original))
        at = moved_operand(node, CATALOG.get(node.op) if node is not None else None, self.info)
        ranged = moved_range(node, CATALOG.get(node.op) if node is not None else None, self.info) \
            if at is None and self.TARGET == "keras" else None
        if ranged is not None:  # `x + torch.arange(16)` of an image: the range along Keras's axes
            side = "left" if ranged[0] == 0 else "right"
            moved = range_moved_code(self.chunk.module.code_for_node(getattr(updated, side)), ranged[1])
            return updated.with_changes(**{side: expr(moved)})
        if at is None:
            return updated
        side = "left" if at == 0 else "right"
        moved = MOVE_CHANNELS[self.TARGET].format(self.chunk.module.code_for_node(getattr(updated, side)))
        return updated.with_changes(**{side: expr(moved)})

    def run(self, stmts: list[cst.CSTNode]) -> str:
        """The target code of `stmts` (the network's top-level statements in the chunk)."""
        return "".join(self.chunk.module.code_for_node(s.visit(self)) for s in stmts)

    def spanned_layers(self, net: Network) -> Iterable[Layer]:
        """The layers found by span: those declared at the top level of the model and its templates."""
        return net.layers + net.templates

    def _key(self, node: cst.CSTNode) -> tuple[int, int, int, int]:
        return span_key(self.chunk.span(node))

    def kept(self, source: str) -> None:
        """A TODO above the statement: `source` stays as written, code of the source framework."""
        self.todos.append(f"`{source}` is {self.ORIGIN} code Pivot could not migrate")

    def not_migrated(self, layer: Layer) -> None:
        """A TODO above the statement: the layer stays as written, for the reason its diagnostic gives."""
        self.todos.append(f"`{layer.source}` could not be migrated (see diagnostics)")

    def leave_SimpleStatementLine(self, original, updated):
        if self.todos:
            todos, self.todos = self.todos, []
            return add_todo(updated, todos)
        return updated

    def visit_ClassDef(self, node: cst.ClassDef) -> bool:
        self.depth += 1
        return True

    def leave_ClassDef(self, original: cst.ClassDef, updated: cst.ClassDef) -> cst.ClassDef:
        self.depth -= 1
        if self.depth:
            return updated
        bases = [b.with_changes(value=expr(self.BASES[self.chunk.qualify(b.value)]))
                 if self.chunk.qualify(b.value) in self.BASES else b for b in updated.bases]
        if original.name.value == self.net.name:
            updated = with_class_comment(updated, interface_comment(self.net, self.info, self.TARGET))
        return updated.with_changes(bases=bases)

    def is_layer_class(self, qual: str) -> bool:
        """Hook: whether a qualified name is a layer class of the source framework."""
        return False

    def _annotation(self, annotation: cst.Annotation | None) -> cst.Annotation | None:
        """A type annotation in the target's terms: the source's layer classes (`nn.Module`, `layers.Conv2D`)
        become `LAYER_CLASS`; one naming any other source type (`Tensor`) is dropped (None), the target having no
        tensor type worth writing. Annotations without source names stay as written."""
        if annotation is None:
            return None
        rewriter, foreign = self, False

        class Swap(cst.CSTTransformer):
            def on_visit(self, node: cst.CSTNode) -> bool:
                return not isinstance(node, (cst.Name, cst.Attribute))  # a dotted name is read whole

            def on_leave(self, original, updated):
                nonlocal foreign
                if isinstance(original, (cst.Name, cst.Attribute)):
                    qual = rewriter.chunk.qualify(original) or ""
                    if rewriter.is_layer_class(qual):
                        return expr(rewriter.LAYER_CLASS)
                    foreign = foreign or qual.split(".")[0] in rewriter.ORIGIN_ROOTS
                return updated

        swapped = annotation.annotation.visit(Swap())
        return None if foreign else annotation.with_changes(annotation=swapped)

    def leave_Param(self, original: cst.Param, updated: cst.Param) -> cst.Param:
        updated = updated.with_changes(annotation=self._annotation(original.annotation))
        if original.default is not None:  # `g=F.sigmoid`: see leave_Arg
            updated = updated.with_changes(default=self._passed(original.default, updated.default))
        return updated

    def leave_AnnAssign(self, original: cst.AnnAssign, updated: cst.AnnAssign):
        """`y: Tensor = x` loses its annotation; `layers: list[nn.Module] = []` names the target's layers."""
        annotation = self._annotation(original.annotation)
        if annotation is not None:
            return updated.with_changes(annotation=annotation)
        if updated.value is None:
            return cst.RemoveFromParent()
        return cst.Assign(targets=[cst.AssignTarget(updated.target)], value=updated.value)

    def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
        self.functions.append(node.name.value)
        return True

    def in_entry(self) -> bool:
        """The visit is inside the source's entry method (`forward`, `call`) or a function it defines."""
        return self.ENTRY[0] in self.functions

    def leave_FunctionDef(self, original: cst.FunctionDef, updated: cst.FunctionDef) -> cst.FunctionDef:
        self.functions.pop()
        updated = updated.with_changes(returns=self._annotation(original.returns))
        if self.depth == 1 and updated.name.value == "__init__":
            updated = self._forwarded_spelled_out(updated)
        updated = self.function(original, updated)
        if self.depth == 1 and updated.name.value == self.ENTRY[0] and self.renames_entry():
            return self.entry(updated.with_changes(name=cst.Name(self.ENTRY[1])))
        return updated

    def _forwarded_spelled_out(self, init: cst.FunctionDef) -> cst.FunctionDef:
        """`def __init__(self, in_channels, out_channels, **kwargs)` of a block whose `**kwargs` goes to one layer:
        the keywords its callers pass, keyword-only (`*, kernel_size, stride=1, padding=0`), as the migrated layer
        reads them by name."""
        forwarded = self.chunk.ctx.forwarded_of(self.net.name)
        params = init.params
        if forwarded is None or params.star_kwarg is None or params.star_kwarg.name.value != forwarded[0]:
            return init
        tight = cst.AssignEqual(cst.SimpleWhitespace(""), cst.SimpleWhitespace(""))
        keyword_only = [cst.Param(cst.Name(k)) if code is None else cst.Param(cst.Name(k), default=expr(code),
                                                                             equal=tight)
                        for k, code in forwarded[1]]
        star = params.star_arg if isinstance(params.star_arg, cst.Param) else cst.ParamStar()
        return init.with_changes(params=params.with_changes(
            star_arg=star, kwonly_params=[*params.kwonly_params, *keyword_only], star_kwarg=None))

    def function(self, original: cst.FunctionDef, updated: cst.FunctionDef) -> cst.FunctionDef:
        """Hook: any function definition of the network, before the entry method is renamed."""
        return updated

    def renames_entry(self) -> bool:
        """Hook: whether this network's entry method is renamed (a model class's, not a builder's)."""
        return True

    def entry(self, fn: cst.FunctionDef) -> cst.FunctionDef:
        """Hook: the renamed entry method, e.g. without the parameters only the source framework passes."""
        return fn

    def leave_Assign(self, original: cst.Assign, updated: cst.Assign):
        """`n, c, h, w = x.shape` of an image-like tensor: the names in the target's axis order; `self.act =
        F.relu` (an activation function held as an attribute, read as a layer): the target's layer."""
        held = self.layers.get(self._key(original.value)) if isinstance(original.value, (
            cst.Name, cst.Attribute, cst.Subscript)) else None  # (`self.act = ACTS[act]`: frontends.held)
        target = original.targets[0].target if len(original.targets) == 1 else None
        if held is not None and held.name and isinstance(target, cst.Attribute) and target.attr.value == held.name:
            code = self.held_layer(held)
            if code == held.source:
                self.todos.append(f"`{held.source}` could not be migrated (see diagnostics)")
                return updated
            return updated.with_changes(value=expr(code))
        return unpacked_sizes(updated, self.nodes.get(self._key(original.value)), self.info, self.out, self.TARGET)

    def leave_Arg(self, original: cst.Arg, updated: cst.Arg) -> cst.Arg:
        """`Highway(size, n, f=F.relu)`: an activation function given to a model class of the file (an unnamed
        layer of the frontend's `passed_activations`): the target's layer, called the same way."""
        return updated.with_changes(value=self._passed(original.value, updated.value))

    def _passed(self, original: cst.BaseExpression, updated: cst.BaseExpression) -> cst.BaseExpression:
        held = self.layers.get(self._key(original)) if isinstance(original, (cst.Name, cst.Attribute)) else None
        if held is None or held.name or held.attrs.get("classref") or held.span != self.chunk.span(original):
            return updated  # a class used as a value (`norm_layer=nn.BatchNorm2d`) is written where it is read
        code = self.held_layer(held)
        if code == held.source:
            self.todos.append(f"`{held.source}` could not be migrated (see diagnostics)")
            return updated
        return expr(code)

    def _read_back(self, layer: Layer) -> Layer:
        """A constructor argument computed from another layer's setting (`nn.Linear(self.fc1.out_features * 2, ..)`,
        `layers.Dense(self.fc1.units * 2)`): the target layer's own name for a size (`units`, `filters` in Keras;
        `out_features`, `out_channels` in PyTorch); a setting the target spells otherwise or has not (`in_features`,
        `padding`) is a named PIV105 (it was copied with exit 0: `'Dense' object has no attribute 'out_features'`,
        `'Linear' object has no attribute 'units'`)."""
        changed = {}
        for key, value in layer.attrs.items:
            if isinstance(value, Expr) and "self." in value.code:
                text = self.read_back_code(value.code)
                if text != value.code:
                    changed[key] = Expr(text)
        return replace(layer, attrs=Attrs.of(dict(layer.attrs.items) | changed)) if changed else layer

    def read_back_code(self, code: str) -> str:
        """`self.fc1.units` in code the target writes (a size inferred from it too): the target's name (`_setting`)."""
        return re.sub(r"\bself\.(\w+)\.(\w+)\b(?!\s*\()", self._setting, code) if "self." in code else code

    def _setting_arg(self, held_name: str, attr: str):
        """The catalog argument `self.<held_name>.<attr>` reads (the source framework's spelling), else None; the
        layer's tensors (`weight`, `kernel`, `bias`) are none."""
        held = self.net.layer(held_name)
        spec = CATALOG.get(held.op) if held is not None else None
        origin = "torch" if self.TARGET == "keras" else "keras"
        if spec is None or attr in LAYER_TENSORS[origin]:
            return None
        return next((a for a in spec.args if getattr(a, origin) == attr), None)

    def _setting(self, match: re.Match) -> str:
        arg = self._setting_arg(match.group(1), match.group(2))
        if arg is None or arg.keras == arg.torch:
            return match.group(0)
        name = getattr(arg, self.TARGET)
        if name and not arg.inferred and arg.domain in (UNITS, CHANNELS):
            return f"self.{match.group(1)}.{name}"
        return match.group(0)  # named by the backend's visit of the attribute

    def held_layer(self, layer: Layer) -> str:
        """Hook: the target code of a layer read from a value that is no call (an activation function)."""
        return layer.source
