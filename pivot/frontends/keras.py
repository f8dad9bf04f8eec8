"""Keras frontend: Sequential, functional and subclassed Keras 3 models into pivot networks."""
from __future__ import annotations

import ast
import re
import warnings
from dataclasses import replace
from typing import Callable, Iterable

import libcst as cst

from pivot import diagnostics as D
from pivot.catalog import CATALOG, all_ops, lookups
from pivot.catalog.activation import BY_NAME
from pivot.frontends.calls import bind, bind_support
from pivot.frontends.chains import (attribute_reads, attribute_templates, block_chains, chain_input_ranks, factory_uses,
                                    first_blocks, with_input_rank)
from pivot.frontends.classes import (built_by_code, constructor_templates, factory_layer, layer_spans, local_calls,
                                     method_named, params_of, read_function, returned_call, self_assignments, self_collections,
                                     subclass_network)
from pivot.frontends.flow import MAX_UNROLL, FlowReader, leaves_early
from pivot.frontends.held import held_activations, lambda_activation
from pivot.frontends.keras_state import PARAMETER, is_self_method, read_weight, weight_fills
from pivot.frontends.source import (PURE_BUILTINS, Chunk, any_call, docstring_of, partial_applied, dotted_name, literal,
                                    names_used, walk)
from pivot.frontends.markers import is_training_code
from pivot.shapes import from_canonical, infer
from pivot.model import BUILT_AT, FIRST_BLOCK, TENSOR_SHAPES, Attrs, Diagnostic, Expr, Layer, Network, Node, Param, iter_layers, value_code

SEQUENTIAL, MODEL, INPUT = "keras.Sequential", "keras.Model", "keras.Input"
INPUT_LAYER = "keras.layers.InputLayer"
LAMBDA = "keras.layers.Lambda"
ACTIVATIONS_GET = "keras.activations.get"
IDENTITY = "keras.layers.Identity"  # `layers.Activation("linear")` and `Activation(None)`
STARTS = (SEQUENTIAL, MODEL, INPUT, INPUT_LAYER)  # the calls a module-level model's first statement makes


class KerasLayerReader:
    """Reads layer constructors; collects an input shape declared on a layer (`input_shape=`)."""

    def __init__(self, chunk: Chunk, diags: list[Diagnostic]) -> None:
        self.chunk = chunk
        self.diags = diags
        self.input_shape: tuple | None = None
        self.local_sequentials: dict[str, cst.Call] = {}  # `stage1 = keras.Sequential([...])` in a builder
        self.local_calls: dict[str, cst.Call] = {}  # a constructor's `name = Call(...)` locals
        self.parameters: frozenset[str] = frozenset()  # a block's parameters, known only at each call
        self.class_parameters: frozenset[str] = frozenset()  # a custom layer's constructor parameters
        # the values known statically: the file's constants (a builder's reader adds its own)
        self.constants: Callable[[], dict[str, str]] = lambda: {
            k: v for k, v in self.chunk.ctx.module_constants if k not in self.parameters}

    def activation(self, node: cst.BaseExpression, span) -> str | None:
        node = self._constant(node)
        if isinstance(node, cst.Name) and node.value in self.parameters:
            return "opaque"  # read again, with the caller's value, where the block is inlined
        if self._constructor_parameter(node):  # `Dense(units, activation=activation)` of a custom layer's
            return "opaque"  # parameter: PyTorch chooses it by the Keras name given when the model is built
        value = literal(node, self.chunk)
        if value is None:
            return None
        if isinstance(value, Expr):
            spec = lookups().keras_function.get(self.chunk.qualify(node) or "")
        else:
            spec = lookups().keras_activation.get(str(value).lower())
            if value in ("linear", None):
                return None
        if spec is None:
            what = "is a value Pivot cannot read statically (not an activation name)" if isinstance(value, Expr) \
                else "has no catalog entry"
            self.diags.append(D.make("PIV101", span, f"activation `{self.chunk.text(node)}` {what}"))
            return "opaque"
        return spec.name

    def _constructor_parameter(self, node: cst.BaseExpression) -> bool:
        return isinstance(node, cst.Name) and node.value in self.class_parameters and \
            node.value not in self.constants()

    def _constant(self, node: cst.BaseExpression) -> cst.BaseExpression:
        """A name bound to a builder constant (`activation` given "relu" or `keras.activations.gelu`) as that
        value's expression; any other node unchanged."""
        code = self.constants().get(node.value) if isinstance(node, cst.Name) else None
        try:
            return cst.parse_expression(_resolved(code, self.constants())) if code else node
        except cst.ParserSyntaxError:
            return node

    def _geometry(self, value):
        """The literal a kernel, stride, padding ... names (`kernel_size = (3, 3)` at module level, then Keras 2's
        `Convolution2D(nb_filters, kernel_size)`): the sizes it gives are then known (a flatten's order, the next
        Dense's weights); None for any other value."""
        if not isinstance(value, Expr) or not value.code.isidentifier() or value.code not in self.constants():
            return None
        found = _static(_resolved(self.constants()[value.code], self.constants()))
        sized = isinstance(found, int) or isinstance(found, tuple) and all(
            isinstance(v, int) or isinstance(v, tuple) and all(isinstance(w, int) for w in v) for v in found)
        return found if sized and not isinstance(found, bool) or isinstance(found, str) else None

    def _unpacked(self, call: cst.Call) -> cst.Call:
        """`**conv_args` of a dict literal (a builder constant or a module-level dict bound once) written out
        as keyword arguments; any other unpacking is left for `bind` to report."""
        args = []
        for arg in call.args:
            code = None
            if arg.star == "**" and isinstance(arg.value, cst.Name):
                code = self.constants().get(arg.value.value)
            value = cst.parse_expression(_resolved(code, self.constants())) if code else None
            if not isinstance(value, cst.Dict) or not all(
                    isinstance(e, cst.DictElement) and isinstance(e.key, cst.SimpleString) for e in value.elements):
                args.append(arg)
                continue
            args.extend(cst.Arg(e.value, keyword=cst.Name(e.key.evaluated_value)) for e in value.elements)
        return call.with_changes(args=args) if len(args) != len(call.args) or args != list(call.args) else call

    def read_in(self, call: cst.Call, name: str, chunk: Chunk) -> Layer | None:
        """`read` of a call in another chunk (a layer factory's `return layers.Conv2D(...)`)."""
        saved, self.chunk = self.chunk, chunk
        try:
            return self.read(call, name)
        finally:
            self.chunk = saved

    def read(self, call: cst.Call, name: str) -> Layer | None:
        chunk = self.chunk
        made = dict(chunk.ctx.partial_layers).get(call.func.value) if isinstance(call.func, cst.Name) and \
            id(call.func) not in chunk.shadowed else None
        if made is not None:  # `DefaultConv2D = partial(layers.Conv2D, kernel_size=3)`, `DefaultConv2D(64)`
            layer = self.read(partial_applied(cst.parse_expression(made), call), name)
            return replace(layer, span=chunk.span(call), source=chunk.text(call)) if layer is not None else None
        qual = chunk.qualify(call.func) or ""
        span, source = chunk.span(call), chunk.text(call)
        if is_self_method(call, "add_weight"):
            return read_weight(call, name, chunk, self.diags)
        if qual == SEQUENTIAL:
            return self.sequential(call, name)
        if dotted_name(call.func) in chunk.ctx.keras_support:
            return self.support(call, name)
        local = chunk.local_class(call.func)
        if local:
            return Layer(name, "Submodel", Attrs.of({"class": local}), span=span, source=source)
        if qual == ACTIVATIONS_GET and len(call.args) == 1 and call.args[0].keyword is None:
            # Hands-On ML's `self.activation = keras.activations.get(activation)`, applied as
            # `self.activation(z)`: the function of that name (None: linear), as `layers.Activation(activation)` is
            qual = "keras.layers.Activation"
        variants = lookups().keras_variant.get(qual, [])
        wrapper = any(v.wraps for _, v in variants)
        if wrapper and call.args and isinstance(call.args[0].value, cst.Call):
            return self._wrapped(call, name, variants)
        if qual == "keras.layers.Activation" and call.args and self._constructor_parameter(call.args[0].value):
            # the name is given when the model is built: PyTorch chooses it then, from the same names
            return Layer(name, BY_NAME, Attrs.of({"name": Expr(call.args[0].value.value)}), span=span,
                         source=source)
        held = lambda_activation(call.args[0].value, chunk) if qual == "keras.layers.Activation" and call.args \
            else None
        if held:  # `layers.Activation(lambda t: keras.activations.gelu(t, approximate=True))`
            return Layer(name, held[0], Attrs.of(held[1]), span=span, source=source)
        if qual == "keras.layers.Activation":
            act = self.activation(call.args[0].value, span) if call.args else None
            return Layer(name, act or lookups().keras_layer[IDENTITY].name, Attrs.of(_defaults(act)), span=span,
                         source=source)
        spec = lookups().keras_layer.get(qual)
        if variants and not wrapper:  # layers.ReLU(max_value=6) is ReLU6, (negative_slope=a) LeakyReLU
            op_name, attrs = self._variant(call, spec or variants[0][0], variants, span)
            return Layer(name, op_name, Attrs.of(attrs), tuple(attrs), span, source)
        if spec is None:
            if qual in lookups().keras_function:
                return None
            if qual.startswith("keras.layers."):
                self.diags.append(D.make("PIV101", span, f"`{qual.replace('keras.layers.', 'layers.')}` has no "
                                         "catalog entry: Pivot cannot migrate this layer; it is kept with a TODO"))
                return Layer(name, "opaque", span=span, source=source)
            return None
        unpacked = self._unpacked(call)
        bound = bind(unpacked, spec, "keras", chunk, what=qual.replace("keras.layers.", "layers."))
        if unpacked is not call:  # an unpacked argument has no place in the file: its `**name` has
            nowhere = chunk.span(cst.Name("_"))
            star = chunk.span(next(a for a in call.args if a.star == "**"))
            bound.diagnostics = [replace(d, span=star) if d.span == nowhere else d for d in bound.diagnostics]
        named = {v.code for k, v in bound.attrs.items() if k in _GEOMETRY and self._geometry(v) is not None}
        if named:  # Keras 2's `Convolution2D(nb_filters, kernel_size)`: bound again with the constants' values
            given = [a.with_changes(value=cst.parse_expression(repr(self._geometry(Expr(a.value.value)))))
                     if isinstance(a.value, cst.Name) and a.value.value in named else a for a in unpacked.args]
            again = bind(unpacked.with_changes(args=given), spec, "keras", chunk,
                         what=qual.replace("keras.layers.", "layers."))
            nowhere = chunk.span(cst.Name("_"))
            self.diags.extend(replace(d, span=span) if d.span == nowhere else d for d in again.diagnostics)
            bound = replace(bound, attrs={**bound.attrs, **{k: v for k, v in again.attrs.items()
                                                            if k in _GEOMETRY and k in bound.attrs}})
        else:
            self.diags.extend(bound.diagnostics)
        op_name, attrs = spec.name, {k: _python_size(v, chunk) for k, v in bound.attrs.items()}
        act = None
        for arg in unpacked.args:
            if arg.keyword and arg.keyword.value == "activation" and not any(a.keras == "activation"
                                                                               for a in spec.args):
                act = self.activation(arg.value, chunk.span(arg))
        for key in ("input_shape", "batch_input_shape"):
            if key in bound.extra and isinstance(bound.extra[key], tuple):
                shape = bound.extra[key]
                self.input_shape = shape if key == "input_shape" else shape[1:]
        for key in ("input_dim", "input_length"):  # input_length: Keras 2's Embedding(..., input_length=T)
            if key in bound.extra and isinstance(bound.extra[key], int):
                self.input_shape = (bound.extra[key],)
        if spec.affine_switches:
            attrs = self._norm_attrs(spec, attrs, span, source)
        lname = name
        if "name" in bound.extra and isinstance(bound.extra["name"], str):
            lname = name or bound.extra["name"]
        return Layer(lname, op_name, Attrs.of(attrs), tuple(bound.explicit), span, source, act)

    def support(self, call: cst.Call, name: str) -> Layer:
        """A call of Pivot's own support class (`TorchRNN("lstm", 32, batch_first=True)`), read as the entry it
        stands for with PyTorch's arguments (the class is called with them)."""
        span, source = self.chunk.span(call), self.chunk.text(call)
        found = bind_support(call, self.chunk)
        if found is None:
            self.diags.append(D.make("PIV101", span, f"`{source}`: Pivot's support class is called with arguments "
                                     "that select none of the ops it stands for"))
            return Layer(name, "opaque", span=span, source=source)
        spec, bound = found
        self.diags.extend(bound.diagnostics)
        return Layer(name, spec.name, Attrs.of(bound.attrs), tuple(bound.explicit), span, source)

    def _wrapped(self, call: cst.Call, name: str, variants) -> Layer | None:
        """A wrapper (`layers.Bidirectional(layers.LSTM(...))`): the inner layer with the attributes the wrapper
        implies for it (TimeDistributed of a layer that reads only the last axis: that layer); a layer the
        wrapper has no variant for is reported."""
        inner = self.read(call.args[0].value, name)
        for arg in call.args:  # `TimeDistributed(Conv2D(...), input_shape=(None, 16, 16, 1))`: the model's input
            shape = literal(arg.value, self.chunk) if arg.keyword and arg.keyword.value in (
                "input_shape", "batch_input_shape") else None
            if isinstance(shape, tuple):
                self.input_shape = shape if arg.keyword.value == "input_shape" else shape[1:]
        if inner is None or inner.op not in CATALOG:  # reported where it was read
            return inner
        variant = next((v for s, v in variants if s.name == inner.op), None)
        span, source = self.chunk.span(call), self.chunk.text(call)
        if variant is None:
            wrapper = self.chunk.qualify(call.func).replace("keras.layers.", "")
            self.diags.append(D.make("PIV103", span, f"`{source}`: {wrapper} of {inner.op} is not migrated yet "
                                     f"(only {_wrappable(variants)})"))
            return Layer(inner.name, "opaque", span=span, source=source)
        if not (variant.sets or variant.optional):
            return inner
        given = {a.keyword.value: literal(a.value, self.chunk) for a in call.args if a.keyword}
        attrs = inner.attrs.as_dict() | dict(variant.sets) | {k: given[k] for k in variant.optional if k in given}
        return replace(inner, name=name or inner.name, attrs=Attrs.of(attrs),
                       explicit=inner.explicit + tuple(k for k, _ in variant.sets), span=span, source=source)

    def _variant(self, call: cst.Call, spec, variants, span) -> tuple[str, dict]:
        """The entry a Keras spelling's argument values select, with the attributes they carry; values no entry
        takes are reported, and the spelling's own entry is kept."""
        names = variants[0][1].args
        given = {(a.keyword.value if a.keyword else names[i]): literal(a.value, self.chunk)
                 for i, a in enumerate(call.args) if a.keyword or i < len(names)}
        for target, variant in variants:
            if variant.matches(given):
                return target.name, target.torch_defaults() | {k: given[k] for k in variant.carried}
        self.diags.append(D.make("PIV105", span, f"`{self.chunk.text(call)}`: this {spec.name} variant has no "
                                 "catalog entry"))
        return spec.name, spec.torch_defaults()

    def _norm_attrs(self, spec, attrs: dict, span, source: str) -> dict:
        """Keras center/scale as PyTorch's affine switches (one of them off: the PyTorch backend freezes that
        parameter at its constant); what PyTorch cannot express is reported."""
        center, scale = attrs.get("center", True), attrs.get("scale", True)
        problem = None
        if isinstance(attrs.get("axis"), Expr):  # `bn_axis = 3` at module level (keras-applications' style)
            axis = _static(_resolved(attrs["axis"].code, self.constants()))
            attrs = attrs | ({"axis": axis} if isinstance(axis, int) else {})
        literal_ints = [a for a in map(spec.arg, spec.keras_literal_ints) if not isinstance(attrs.get(a.name), int)]
        if attrs.get("axis", -1) not in spec.keras_axes:
            problem = "only the default axis=-1 is migrated"
        elif literal_ints:
            problem = f"{literal_ints[0].keras} must be a literal integer"
        elif center is scale is False:
            return attrs | {spec.affine_switches[0]: False}
        elif spec.affine_switches[1:] and scale is True and center is False:
            return attrs | {spec.affine_switches[1]: False}
        elif not all(v is True or v is False for v in (center, scale)):
            problem = "center and scale must be literal booleans"
        if problem:
            self.diags.append(D.make("PIV105", span, f"`{source}`: {problem}"))
        return attrs

    def sequential(self, call: cst.Call, name: str) -> Layer:
        children: list[Layer] = []
        elements = []
        for arg in call.args:
            if (arg.keyword is None or arg.keyword.value == "layers") and (not isinstance(
                    arg.value, (cst.List, cst.Tuple)) or any(
                    isinstance(el, cst.StarredElement) for el in getattr(arg.value, "elements", ()))):
                # keras.Sequential([Block(d) for _ in range(n)]), ([*blocks]), (blocks) or
                # (list(OrderedDict(blocks).values())): built at run time, as nn.Sequential(*blocks)
                return Layer(name, "Sequential", Attrs.of({"dynamic": True}), span=self.chunk.span(call),
                             source=self.chunk.text(call))
            if arg.keyword is None or arg.keyword.value == "layers":
                elements = getattr(arg.value, "elements", ())
        for el in elements:
            child = self.element(el.value, f"{name}.{len(children)}" if name else str(len(children)))
            if child is not None:
                children.append(child)
        return Layer(name, "Sequential", span=self.chunk.span(call), source=self.chunk.text(call),
                     children=tuple(children))

    def element(self, node: cst.BaseExpression, name: str) -> Layer | None:
        """One element of a Sequential; an Input declares the shape and is not a layer."""
        chunk = self.chunk
        if isinstance(node, cst.Call) and chunk.qualify(node.func) in (INPUT, INPUT_LAYER):
            for arg in node.args:
                key = arg.keyword.value if arg.keyword else "shape"
                if key in ("shape", "input_shape"):
                    value = shape_literal(arg.value, chunk)
                    self.input_shape = value if isinstance(value, tuple) else None
            return None
        if isinstance(node, cst.Name) and node.value in self.local_sequentials:
            inner = self.sequential(self.local_sequentials[node.value], name)
            return Layer(name, "Sequential", Attrs.of({"var": node.value}), span=inner.span, source=inner.source,
                         children=inner.children)
        if isinstance(node, cst.Name) and node.value in self.local_calls:
            # `final_conv = layers.Conv2D(...)`, then `[..., final_conv]`: the layer, built where it is assigned
            layer = self.read(self.local_calls[node.value], name)
            if layer is not None:
                return replace(layer, attrs=Attrs(layer.attrs.items + (("var", node.value),)))
        if isinstance(node, cst.Name) and node.value in module_sequentials(chunk) and \
                node.value not in self.parameters:
            # Hands-On ML's `keras.Sequential([conv_encoder, conv_decoder])`: a Sequential the file builds at
            # module level, migrated with it (as the PyTorch reader has d2l's `nn.Sequential(b1, b2, ...)`)
            return Layer(name, "Built", Attrs.of({"by": node.value}), span=chunk.span(node), source=node.value)
        layer = self.read(node, name) if isinstance(node, cst.Call) else None
        if layer is None:  # conv1x1(...), norm_layer(...), self.depthwise_conv(...): built by code of the file
            layer = built_by_code(node, name, chunk, lambda n: _mentions_keras(n, chunk))
        if layer is None:
            self.diags.append(D.make("PIV104", chunk.span(node), f"`{chunk.text(node)}` in a Sequential is not a "
                                     "layer call Pivot can follow"))
            layer = Layer(name, "opaque", span=chunk.span(node), source=chunk.text(node))
        return layer


def module_sequentials(chunk: Chunk) -> set[str]:
    """Names the file binds once, at module level, to a `keras.Sequential(...)`: models of the file of their own."""
    counts: dict[str, int] = {}
    for stmt in chunk.module.body:
        for small in stmt.body if isinstance(stmt, cst.SimpleStatementLine) else ():
            for target in small.targets if isinstance(small, cst.Assign) else ():
                if isinstance(target.target, cst.Name):
                    seq = isinstance(small.value, cst.Call) and chunk.qualify(small.value.func) == SEQUENTIAL
                    counts[target.target.value] = counts.get(target.target.value, 0) + (1 if seq else 2)
    return {name for name, n in counts.items() if n == 1}


def _wrappable(variants) -> str:
    """The Keras layers a wrapper takes, for a diagnostic: activations as one word."""
    layers = [s.keras_layer.rsplit(".", 1)[-1] for s, _ in variants if s.kind != "activation" and s.keras_layer]
    return ", ".join(layers + ["activations"] * any(s.kind == "activation" for s, _ in variants))


def shape_literal(node: cst.BaseExpression, chunk: Chunk):
    """A declared shape, element by element: `(timesteps, features)` keeps its parameters symbolic."""
    if isinstance(node, cst.Tuple):
        return tuple(literal(el.value, chunk) for el in node.elements)
    return literal(node, chunk)


def _defaults(op_name: str | None) -> dict:
    if not op_name or op_name == "opaque":
        return {}
    spec = lookups().keras_activation.get(op_name.lower()) or next(
        (s for s in lookups().keras_activation.values() if s.name == op_name), None)
    if spec is None:
        return {}
    # `Activation("leaky_relu")` calls keras.activations.leaky_relu, whose slope is 0.2 (the layer's is 0.3)
    return spec.keras_defaults() | {k: v for k, v in spec.torch_defaults().items() if not spec.arg(k).keras} \
        | dict(spec.keras_function_defaults)


def find_networks(chunk: Chunk) -> list[Network]:
    nets: list[Network] = []
    body = list(chunk.module.body)
    for stmt in body:
        if isinstance(stmt, cst.ClassDef) and chunk.ctx.framework_of(stmt.name.value) == "keras":
            nets.append(read_class(stmt, chunk))
        elif isinstance(stmt, cst.FunctionDef) and (builder := layer_builder(stmt, chunk)):
            nets.append(builder)
        elif isinstance(stmt, cst.FunctionDef) and _mentions(stmt, chunk, (SEQUENTIAL, MODEL)):
            net = read_builder(stmt.body.body, stmt.name.value, stmt, chunk, params_of(stmt, chunk),
                               docstring_of(stmt.body))
            if net:
                nets.append(net)
        elif isinstance(stmt, cst.FunctionDef) and not _mentions_keras(stmt, chunk) and \
                chunk.mentions(stmt, list(chunk.ctx.keras_support)):
            # `return TorchChannelShuffle(groups)(x)`: Pivot's own weightless layer applied where it is built
            nets.append(read_function(stmt, chunk, "keras"))
        elif isinstance(stmt, cst.FunctionDef) and _mentions_keras(stmt, chunk):
            diags: list[Diagnostic] = []
            reader = KerasLayerReader(chunk, diags)
            reader.parameters = frozenset(p.name.value for p in stmt.params.params)
            reader.constants = _with_block_constants(stmt, reader)
            templates = keras_templates(stmt, chunk, set(), reader)
            if templates:
                diags.append(D.make("PIV204", chunk.span(stmt.name), f"`{stmt.name.value}` creates Keras layers "
                                    "each time it is called (a functional block): its layers are inlined into "
                                    "the PyTorch models built from it; the Keras function itself is kept "
                                    "unchanged", severity="warning"))
                nets.append(Network(stmt.name.value, "keras", "helper", chunk.span(stmt), diagnostics=tuple(diags),
                                    binding=stmt.name.value, uses=names_used(stmt, chunk.ctx, chunk)))
            elif not is_training_code(chunk.text(stmt), "keras"):
                nets.append(read_function(stmt, chunk, "keras"))
        elif isinstance(stmt, cst.FunctionDef) and chunk.ctx.framework_of(
                returned := dict(chunk.ctx.model_factories).get(stmt.name.value)) == "keras":
            # def vgg11(): return VGG(...): it computes as the class it returns (as the PyTorch reader has it)
            nets.append(Network(stmt.name.value, "keras", "factory", chunk.span(stmt), params=params_of(stmt, chunk),
                                binding=stmt.name.value, uses=names_used(stmt, chunk.ctx, chunk), bases=(returned,)))
    top = [s for s in body if isinstance(s, (cst.SimpleStatementLine, cst.For))]  # a loop of model.add(...)
    if top and any(_mentions(s, chunk, (SEQUENTIAL, MODEL)) for s in top):
        nets.extend(module_models(top, chunk))
    return nets


def layer_builder(fn: cst.FunctionDef, chunk: Chunk) -> Network | None:
    """A function that builds layers and returns them without applying them (`conv1x1(...)` returning a
    `layers.Conv2D`, `make_layers(cfg)` filling a list in a loop and returning `keras.Sequential([*layers])`): a
    helper rewritten in place, as the PyTorch reader has `nn.Sequential(*layers)` builders. A function that applies
    layers (a functional block), builds a model from Inputs or returns a Sequential of listed layers is none."""
    if chunk.ctx.keras_block(fn.name.value) or not _mentions_keras(fn, chunk) or \
            _mentions(fn, chunk, (MODEL, INPUT, INPUT_LAYER)) or is_training_code(chunk.text(fn), "keras"):
        return None
    diags: list[Diagnostic] = []
    reader = KerasLayerReader(chunk, diags)
    reader.parameters = frozenset(p.name.value for p in fn.params.params)
    returned = returned_call(fn, chunk, (SEQUENTIAL,))
    if returned is not None and reader.sequential(returned, "").attrs.get("dynamic") is None:
        return None  # `return keras.Sequential([a, b])`: a Sequential model (read by `read_builder`)
    if returned is None and _mentions(fn, chunk, (SEQUENTIAL,)):
        return None  # `model = keras.Sequential()` filled by `.add(...)`
    templates = keras_templates(fn, chunk, set(), reader)
    if not templates:
        return None
    ranks = chain_input_ranks(fn, chunk, tuple(templates), False)  # its chains rank its BatchNormalizations
    templates = [with_input_rank(t, ranks, _torch_module_by_rank) for t in templates]
    return Network(fn.name.value, "keras", "helper", chunk.span(fn), params=params_of(fn, chunk),
                   templates=tuple(templates), diagnostics=tuple(diags), binding=fn.name.value,
                   uses=names_used(fn, chunk.ctx, chunk))


def module_models(stmts: list[cst.CSTNode], chunk: Chunk) -> list[Network]:
    """Each Sequential or functional model built by module-level statements, made of exactly its own
    statements (`Network.parts`): a GAN's generator and discriminator are two models, and the data
    preparation around or between them is no part of either."""
    nets, rest, graph = [], list(stmts), []
    while rest:
        reader, consumed = FunctionalReader(chunk), 0
        continued = _continues(graph, rest, chunk)
        for stmt in continued:
            reader.statement(stmt)
        reader.used_statements = []  # (its statements are the earlier model's: only what follows is its part)
        for stmt in rest:
            if reader.kind == "sequential" and not _adds_to(stmt, reader.seq_var):
                break  # a module-level Sequential ends with its last `.add(...)`
            consumed += 1
            if reader.kind is None and not reader.inputs and not _mentions(stmt, chunk, STARTS) and \
                    not _binds_layer(stmt, chunk):
                continue  # data preparation before a model is no part of it (a layer it applies later is)
            consumed -= 1
            reader.statement(stmt)
            consumed += 1
            if reader.done:
                break
        if reader.kind is None or not reader.used_statements:
            break
        net = _builder_network(reader, None, None, chunk)
        if continued and nets:
            net = replace(net, diagnostics=net.diagnostics + (D.make(
                "PIV204", net.span, f"`{net.name}` applies the layers of `{nets[-1].name}` (one graph, shared "
                f"weights in Keras); the PyTorch `{net.name}` holds copies of them: equivalent as migrated, but "
                f"training one no longer trains the other", severity="warning"),))
        nets.append(net)
        if reader.kind != "sequential":
            graph = continued + [s for s in reader.used_statements if not _mentions(s, chunk, (MODEL,))]
        rest = rest[consumed:]
    return nets


def _continues(graph: list[cst.CSTNode], rest: list[cst.CSTNode], chunk: Chunk) -> list[cst.CSTNode]:
    """The statements of an earlier functional model whose tensors the next one goes on from (keras.io's
    autoencoder: `encoder = keras.Model(img, code)`, then the decoder's layers on `code` and
    `autoencoder = keras.Model(img, out)`, a model of both graphs): the next model replays them; else none."""
    bound = {n for s in graph for n in _assigned_names(s)}
    for stmt in rest:
        if _read_names(stmt) & bound:
            return graph
        bound -= set(_assigned_names(stmt))
        if _mentions(stmt, chunk, (MODEL,)):
            return []
    return []


def _read_names(stmt: cst.CSTNode) -> set[str]:
    """The names a module-level statement reads (an assignment's value: `x = layers.Dense(8)(x)` reads `x`)."""
    small = stmt.body if isinstance(stmt, cst.SimpleStatementLine) else [stmt]
    return {n.value for s in small for n in _names(s.value if isinstance(s, cst.Assign) else s)}


def _assigned_names(stmt: cst.CSTNode) -> list[str]:
    if not isinstance(stmt, cst.SimpleStatementLine):
        return []
    targets = [t.target for s in stmt.body if isinstance(s, cst.Assign) for t in s.targets]
    return [n.value for t in targets for n in _names(t)]


def _names(node: cst.CSTNode) -> list[cst.Name]:
    found: list[cst.Name] = []
    walk(node, lambda n: found.append(n) if isinstance(n, cst.Name) else None)
    return found


def _binds_layer(stmt: cst.CSTNode, chunk: Chunk) -> bool:
    """`norm = layers.Normalization(mean=..., variance=...)` before the model's Inputs: a layer it may apply."""
    small = stmt.body[0] if isinstance(stmt, cst.SimpleStatementLine) and len(stmt.body) == 1 else None
    return isinstance(small, cst.Assign) and len(small.targets) == 1 and isinstance(small.targets[0].target, cst.Name) \
        and isinstance(small.value, cst.Call) and (chunk.qualify(small.value.func) or "").startswith("keras.layers.")


def _adds_to(stmt: cst.CSTNode, var: str | None) -> bool:
    """`var.add(layer)`, or a loop of them (`for rate in (1, 2, 4): model.add(...)`, as at module level)."""
    if isinstance(stmt, cst.For) and stmt.orelse is None and isinstance(stmt.body, cst.IndentedBlock):
        return all(_adds_to(s, var) for s in stmt.body.body)
    small = stmt.body[0] if isinstance(stmt, cst.SimpleStatementLine) and len(stmt.body) == 1 else None
    call = small.value if isinstance(small, cst.Expr) else None
    return isinstance(call, cst.Call) and isinstance(call.func, cst.Attribute) and \
        call.func.attr.value == "add" and isinstance(call.func.value, cst.Name) and call.func.value.value == var


def _mentions(node: cst.CSTNode, chunk: Chunk, quals: tuple[str, ...]) -> bool:
    if not chunk.mentions(node, [q.rsplit(".", 1)[-1] for q in quals]):
        return False
    return any_call(node, lambda call: chunk.qualify(call.func) in quals)


def read_builder(stmts, fn_name: str | None, fn: cst.FunctionDef | None, chunk: Chunk,
                 params: tuple[Param, ...] = (), doc: str | None = None) -> Network | None:
    """A function body or module-level statements that build a Sequential or a functional model."""
    reader = FunctionalReader(chunk)
    reader.in_function = fn is not None
    reader.parameters = {p.name for p in params}
    reader.defaults = {p.name: value_code(p.default) for p in params if p.has_default
                       and _static(value_code(p.default)) is not None}
    if fn is not None:  # what the file's own calls pass (`build_model((20, 1), num_blocks=2)`) over the defaults
        reader.passed = chunk.ctx.passed_values(fn.name.value)
        reader.defaults.update(reader.passed)
    for at, stmt in enumerate(stmts):
        reader.statement(stmt)
        if reader.done:
            break
    if reader.kind is None:
        return None
    applied = next((s for s in list(stmts)[at + 1:] if reader.kind == "functional" and reader.binding and any_call(
        s, lambda c: isinstance(c.func, cst.Name) and c.func.value == reader.binding)), None) if fn else None
    if applied is not None:  # `emb = keras.Model(inp, x)` then `emb(a)`: the builder's model is a later one
        reader.diagnostics.append(D.make(
            "PIV102", chunk.span(applied), f"`{reader.binding}`, a keras.Model built inside `{fn_name}`, is applied "
            "as a layer of the model the function builds next: Pivot migrates a functional model applied as a layer "
            "when it is built at module level; build it there"))
    return _builder_network(reader, fn_name, fn, chunk, params, doc)


def _builder_network(reader: "FunctionalReader", fn_name: str | None, fn: cst.FunctionDef | None, chunk: Chunk,
                     params: tuple[Param, ...] = (), doc: str | None = None) -> Network:
    used = reader.used_statements
    if fn is not None:
        span = chunk.span(fn)
    else:
        span = chunk.span(used[0]).__class__(chunk.span(used[0]).line, 0, chunk.span(used[-1]).end_line,
                                             chunk.span(used[-1]).end_col)
    name = fn_name or reader.binding or "model"
    diags = reader.diagnostics + reader.layer_reader.diags
    shape = reader.layer_reader.input_shape
    uses = names_used(fn, chunk.ctx, chunk) if fn is not None else tuple(
        n for s in used for n in names_used(s, chunk.ctx, chunk) if n != reader.binding)  # (not its own variable)
    parts = () if fn is not None else tuple(chunk.span(s) for s in used)
    if parts:  # what the statements before the model's first one say is about them, not the model
        diags = [d for d in diags if any(p.line <= d.span.line <= p.end_line for p in parts)]
    if reader.pinned:
        values = ", ".join(f"{n}={v!r}" for n, v in reader.pinned.items())
        if set(reader.pinned) & set(reader.passed):
            said = (f"the builder is migrated for the values every call of it in the file passes ({values}): its "
                    "loops unrolled, its input's shape declared; the PyTorch model raises ValueError for any other "
                    "value (migrate again after changing the call)")
        elif set(reader.pinned) <= reader.decided_at_defaults:  # (no loop: a block's `if` on them)
            said = ("the conditions of the builder's blocks on " + ", ".join(f"`{n}`" for n in reader.pinned) +
                    f" are decided for the default value ({values}); the PyTorch model raises ValueError for any "
                    "other value (migrate again with that default)")
        else:
            loops = [n for n in reader.pinned if n not in reader.shaped_at_defaults]
            what = (["the builder loop over " + ", ".join(f"`{n}`" for n in loops) + " is unrolled"] if loops else []) \
                + (["the input's shape is declared"] if reader.shaped_at_defaults else [])
            said = (" and ".join(what) + f" for the default value ({values}); the PyTorch model raises ValueError "
                    "for any other value (migrate again with that default)")
        diags = diags + [D.make("PIV202", span, said, severity="information")]
    if reader.kind == "sequential":  # (a builder's `.add` loop unrolled at a default refuses other values too)
        return Network(name, "keras", "sequential", span, params=params, layers=reader.seq_layers, inputs=("x",),
                       input_shapes=(shape,), docstring=doc, diagnostics=tuple(diags), binding=name, uses=uses,
                       parts=parts, pinned=tuple(reader.pinned.items()))
    return Network(name, "keras", "functional", span, params=params, layers=tuple(reader.layers),
                   inputs=tuple(reader.inputs), input_shapes=tuple(reader.input_shapes), nodes=tuple(reader.nodes),
                   outputs=tuple(reader.model_outputs), docstring=doc, diagnostics=tuple(diags),
                   binding=reader.binding if fn is None else fn_name, uses=uses, parts=parts,
                   pinned=tuple(reader.pinned.items()),
                   output_keys=tuple(reader.output_keys) if len(reader.output_keys) == len(reader.model_outputs)
                   else ())


class FunctionalReader(FlowReader):
    """Functional-API statements: Inputs, layers constructed and applied, merges, `keras.Model(...)`."""

    def __init__(self, chunk: Chunk) -> None:
        super().__init__(chunk, "keras", set())
        self.layer_reader = KerasLayerReader(chunk, [])
        self.layer_reader.constants = self.known_constants
        self.parameters: set[str] = set()  # the builder's own parameters (they hide the file's constants)
        self.defaults: dict[str, str] = {}  # the builder's parameters with a literal default: name -> code
        self.pinned: dict[str, object] = {}  # parameters a loop was unrolled for at their default
        self.decided_at_defaults: set[str] = set()  # parameters a block's `if` was decided for at their default
        self.shaped_at_defaults: set[str] = set()  # parameters giving the input's shape, taken at their default
        self.passed: dict[str, str] = {}  # parameters every call of the builder in the file passes alike
        self.layers: list[Layer] = []
        self.layer_vars: dict[str, str] = {}  # variable holding a layer -> layer name
        self.inputs: list[str] = []
        self.input_shapes: list[tuple | None] = []
        self.model_outputs: list[str] = []
        self.output_keys: list[str] = []  # `outputs={"priority": p, ...}`: the key of each output
        self.kind: str | None = None
        self.binding: str | None = None
        self.seq_var: str | None = None
        self.seq_layers: tuple[Layer, ...] = ()
        self.done = False
        self.used_statements: list[cst.CSTNode] = []
        self._counts: dict[str, int] = {}
        self.substitutions: dict[str, str] = {}  # a functional block's constant parameters while it is inlined
        self.block_locals: set[str] = set()
        # `norm = layers.Lambda(lambda t: ...)`: applied where called; where its Keras layer was built
        self.lambda_vars: dict[str, tuple[cst.Call, int | None]] = {}
        self.depth = 0
        self.returned: tuple[str, ...] = ()  # every tensor the block inlined last returned (`return f, p`)
        self.in_function = False  # a builder function's body (not module-level statements)

    def statement(self, stmt: cst.CSTNode) -> None:
        # a list of tensors (`encoder_states = [state_h, state_c]`, read later as `initial_state=`) is the model's too
        before = (len(self.nodes), len(self.layers), len(self.seq_layers), self.kind, len(self.inputs),
                  dict(self.tensor_lists))
        if isinstance(stmt, cst.If) and not self.depth and self.plain_if(stmt):
            return
        if isinstance(stmt, cst.For) and self.unroll(stmt):
            self.used_statements.append(stmt)
            return
        if isinstance(stmt, cst.If) and not self.depth and self.decided_if(stmt):
            self.used_statements.append(stmt)
            return
        if isinstance(stmt, (cst.For, cst.While, cst.If, cst.With, cst.Try)) and self.chunk.mentions(
                stmt, [n for n, q in self.chunk.ctx.aliases if q.split(".")[0] in ("keras", "tensorflow")]
                + [n for n, *_ in self.chunk.ctx.keras_blocks]):
            # the generated forward() replays the graph once: a loop or branch that builds layers is not followed
            self.diagnostics.append(D.make("PIV104", self.chunk.span(stmt), "a loop or branch that builds Keras "
                                           "layers in a Sequential/functional builder is not migrated yet; "
                                           "unroll it or migrate it by hand"))
            self.used_statements.append(stmt)
            return
        if isinstance(stmt, cst.If) and not self.depth and self.in_function and _binds(stmt) and \
                _decided(self.chunk.text(stmt.test), self.known_constants()) is None:
            # read as if both branches ran, the last assignment would win
            self.diagnostics.append(D.make("PIV104", self.chunk.span(stmt.test), f"`if {self.chunk.text(stmt.test)}` "
                                           "in a functional builder binds values on a condition Pivot cannot decide "
                                           "statically; migrate it by hand"))
            self.used_statements.append(stmt)
            return
        super().statement(stmt)
        if all(not n.outputs for n in self.nodes[before[0]:]) and before[1:] == (
                len(self.layers), len(self.seq_layers), self.kind, len(self.inputs), self.tensor_lists):
            del self.nodes[before[0]:]  # only read a tensor (`print(x.shape)`): not the model's statement
        if (len(self.nodes), len(self.layers), len(self.seq_layers), self.kind, len(self.inputs),
                self.tensor_lists) != before:
            self.used_statements.append(stmt)

    def decided_if(self, stmt: cst.If) -> bool:
        """An `if` of the builder on values known statically (`if stack > 0 and res_block == 0:` in an unrolled
        loop, constants) takes its branch, as an inlined block's does (not on a parameter: its model would be
        pinned to one value)."""
        taken = _decided(self.chunk.text(stmt.test), self.known_constants())
        if taken is None:
            return False
        branch = stmt.body if taken else stmt.orelse
        if isinstance(branch, cst.If):  # elif
            self.statement(branch)
        elif branch is not None:
            for inner in (branch.body if isinstance(branch, cst.Else) else branch).body:
                self.statement(inner)
        return True

    def known_constants(self) -> dict[str, str]:
        """The values the builder knows statically: its own constants (a block's parameters, plain locals) over
        the file's, except the names the builder binds otherwise (parameters, tensors, layers)."""
        hidden = self.parameters | self.tensors | set(self.layer_vars) | set(self.scope)
        module = {k: v for k, v in self.chunk.ctx.module_constants if k not in hidden}
        return {**module, **self.substitutions}

    def unroll(self, stmt: cst.For) -> bool:
        """A builder loop over values known statically (`for filters in [64, 128]:`, `range(2)`, a range of a
        block's constant parameter) is read once per value, the loop variable a constant: the PyTorch model
        gets each iteration's layers (blocks of different widths included) and replays them in order."""
        values = _loop_values(stmt, self.chunk, self.known_constants())
        if values is None and not self.depth:
            values = self.unroll_at_defaults(stmt)
        if values is None:
            return False
        for i, value in enumerate(values):
            marks = len(self.diagnostics), len(self.layer_reader.diags)
            # what a pass binds stays for the next (`num_filters *= 2` at the end of each stack), as in Python
            self.substitutions = {**self.substitutions, **_unpacked_target(stmt.target, value)}
            for inner in stmt.body.body:
                self.block_statement(inner) if self.depth else self.statement(inner)
            if i:  # a diagnostic is reported once, not per iteration
                del self.diagnostics[marks[0]:], self.layer_reader.diags[marks[1]:]
        return True

    def unroll_at_defaults(self, stmt: cst.For) -> list | None:
        """A loop counted by builder parameters (`for _ in range(num_blocks):`) is unrolled for their literal
        defaults; the generated model refuses other values (never a model of another depth in silence)."""
        used = _names_in(_resolved(self.chunk.text(stmt.iter), self.known_constants())) & set(self.defaults)
        if not used:  # (`range(num_res_blocks)`, `num_res_blocks = int((depth - 2) / 6)`: the default of `depth`)
            return None
        values = _loop_values(stmt, self.chunk, {**self.known_constants(), **{n: self.defaults[n] for n in used}})
        if values is not None:
            self.pinned.update({n: _static(self.defaults[n]) for n in used})
        return values

    def widen_loop(self, stmt: cst.For | cst.While, start: int, before: set[str]) -> None:
        if len(self.nodes) > start:  # the generated forward() replays the graph once
            head = self.chunk.text(stmt).splitlines()[0].strip()
            self.diagnostics.append(D.make("PIV104", self.chunk.span(stmt), f"`{head}` runs an unknown number of "
                                           "times: a loop in a functional builder is migrated only over a literal "
                                           "`range(n)`; unroll it or migrate it by hand"))
        super().widen_loop(stmt, start, before)

    def small_statement(self, small: cst.BaseSmallStatement) -> None:
        if isinstance(small, cst.Assign) and len(small.targets) == 1 and isinstance(small.targets[0].target, cst.Name) \
                and isinstance(small.value, cst.List) and not small.value.elements:
            # `convs = []`: a list of tensors the builder fills with `.append` (see `append_to_list`)
            name = small.targets[0].target.value
            self.tensor_lists[name] = ()
            self.substitutions = {k: v for k, v in self.substitutions.items() if k != name}
            self.tensors.discard(name)
            return
        if isinstance(small, cst.Assign) and len(small.targets) == 1 and isinstance(small.targets[0].target, cst.Name) \
                and isinstance(small.value, (cst.List, cst.Tuple)) and (items := self.tensor_items(small.value)):
            # `outs = [layers.Dense(4)(x), b]`: each computed item a variable of its own, here (written where it
            # is used, it would read names bound again in between)
            name = small.targets[0].target.value
            self.tensor_lists[name] = tuple(self.snapshot(v, f"{name}_{i}") if v.startswith("%") else v
                                            for i, v in enumerate(items))
            return
        if self.plain_local(small):
            return
        if self.unpacked_block(small):
            return
        if isinstance(small, cst.Assign) and isinstance(small.value, cst.Call):
            target = small.targets[0].target
            tname = target.value if isinstance(target, cst.Name) else None
            call = small.value
            qual = self.chunk.qualify(call.func)
            if qual == SEQUENTIAL and tname and self.inputs:  # a Sequential sub-model applied to the inputs
                layer = _substituted(self.layer_reader.sequential(call, self._name_for(call, tname)),
                                     self.substitutions)
                self.layers.append(layer)
                self.layer_vars[tname] = layer.name
                self.layers_set()
                return
            if qual == SEQUENTIAL and tname:
                self.kind, self.binding, self.seq_var = "sequential", tname, tname
                self.seq_layers = self.model_sequential(call)
                self.layer_reader.local_sequentials[tname] = call
                return
            if qual in (INPUT, INPUT_LAYER) and tname:
                self.inputs.append(tname)
                self.tensors.add(tname)
                node = next((a.value for a in call.args if (a.keyword is None or a.keyword.value == "shape")), None)
                shape = shape_literal(node, self.chunk) if node is not None else None
                if isinstance(node, cst.Name) and node.value not in self.parameters and \
                        isinstance(_static(self.known_constants().get(node.value, "None")), tuple):
                    shape = _static(self.known_constants()[node.value])  # `keras.Input(shape=IMG_SHAPE)`
                if isinstance(node, cst.Name) and node.value in self.passed and node.value in self.parameters \
                        and not self.depth and isinstance(_static(self.passed[node.value]), tuple):
                    # `keras.Input(shape=input_shape)`, every call passing (20, 1): the model is built for it
                    shape = _static(self.passed[node.value])
                    self.pinned[node.value] = shape
                elif isinstance(node, cst.Name) and node.value in self.defaults and node.value in self.parameters \
                        and not self.depth and isinstance(_static(self.defaults[node.value]), tuple):
                    # `def build_model(input_shape=(10, 3))` never called in the file: built at the default
                    shape = _static(self.defaults[node.value])
                    self.pinned[node.value] = shape
                    self.shaped_at_defaults.add(node.value)
                self.input_shapes.append(shape if isinstance(shape, tuple) else None)
                return
            if qual == MODEL:
                self.model(call)
                self.binding = tname
                return
            if qual == LAMBDA and tname:
                self.lambda_vars[tname] = call, self.built_count()
                return
            layer = self.layer_reader.read(call, self._name_for(call, tname)) if tname else None
            if layer is not None and layer.op not in ("Sequential",):
                layer = _substituted(layer, self.substitutions)
                self.layers.append(layer)
                self.layer_vars[tname] = layer.name
                self.layers_set()
                return
        if isinstance(small, cst.Expr) and isinstance(small.value, cst.Call):
            call = small.value
            func = call.func
            if self.in_function and isinstance(func, cst.Attribute) and func.attr.value == "compile" and \
                    getattr(func.value, "value", None) in (self.seq_var, self.binding) and func.value.value:
                # the training configuration: migrated with the training code where the builder's model is built
                self.diagnostics.append(D.make("PIV203", self.chunk.span(call), f"`{self.chunk.text(func)}(...)` in "
                                               "the builder: the optimizer and loss are migrated with the training "
                                               "code, after the statement that calls the builder",
                                               severity="information"))
                return
            if (self.seq_var and isinstance(func, cst.Attribute) and func.attr.value == "add"
                    and getattr(func.value, "value", None) == self.seq_var and call.args):
                child = self.layer_reader.element(call.args[0].value, str(len(self.seq_layers)))
                if child is not None:
                    child = _substituted(child, self.substitutions)
                    self.seq_layers = self.seq_layers + (child,)
                else:
                    self.used_statements.append(small)  # the Input statement belongs to the model too
                return
        if isinstance(small, cst.Return) and isinstance(small.value, cst.Call):
            qual = self.chunk.qualify(small.value.func)
            if qual == MODEL:
                self.model(small.value)
                return
            if qual == SEQUENTIAL:
                self.kind = "sequential"
                self.seq_layers = self.model_sequential(small.value)
                self.done = True
                return
        if isinstance(small, cst.Return) and self.seq_var and getattr(small.value, "value", None) == self.seq_var:
            self.done = True
            return
        super().small_statement(small)

    def unpacked_block(self, small: cst.BaseSmallStatement) -> bool:
        """`f, p = downsample_block(x, 64)`: a functional block that returns a tuple of tensors, inlined and its
        values bound to the names in order (a U-Net's skip connection and pooled output)."""
        if not (isinstance(small, cst.Assign) and len(small.targets) == 1 and isinstance(small.value, cst.Call)
                and isinstance(small.targets[0].target, (cst.Tuple, cst.List))
                and isinstance(small.value.func, cst.Name) and self.depth < 8):
            return False
        block = self.chunk.ctx.keras_block(small.value.func.value)
        targets = small.targets[0].target.elements
        if block is None or not all(isinstance(t, cst.Element) and isinstance(t.value, cst.Name) for t in targets):
            return False
        self.inline(small.value, *block)
        if len(self.returned) != len(targets):
            self.opaque(small.value, f"`{self.chunk.text(small)}`: the block returns {len(self.returned)} tensor(s) "
                        f"Pivot can follow, not {len(targets)}; migrate it by hand", self.returned, code="PIV104")
            return True
        for target, value in zip(targets, self.returned):
            self.bind_target(target.value, value)
        return True

    def model_sequential(self, call: cst.Call) -> tuple[Layer, ...]:
        """The layers of the Sequential model this builder makes; one of layers built at run time
        (`keras.Sequential(seq)`, `([*blocks])`) is an error, never an empty model."""
        seq = _substituted(self.layer_reader.sequential(call, ""), self.substitutions)
        if seq.attrs.get("dynamic"):
            self.diagnostics.append(D.make("PIV104", self.chunk.span(call), f"`{self.chunk.text(call)}`: the model's "
                                           "layers are built at run time (a list variable, a comprehension); Pivot "
                                           "migrates a Sequential model of listed layers; migrate it by hand"))
        return seq.children

    def plain_local(self, small: cst.BaseSmallStatement) -> bool:
        """`width = base * 2`, `filters = (16, 32)`: a builder's value that is no tensor nor layer. The generated
        constructor has no builder body, so its layers read the value itself (kept as `Expr` over parameters
        when it is not a constant)."""
        if isinstance(small, cst.AugAssign) and isinstance(small.target, cst.Name):
            return self.plain_update(small)
        if not (isinstance(small, cst.Assign) and len(small.targets) == 1
                and isinstance(small.targets[0].target, (cst.Name, cst.Tuple))):
            return False
        unpacked = small.targets[0].target
        if isinstance(unpacked, cst.Tuple) and not all(isinstance(e, cst.Element) and isinstance(e.value, cst.Name)
                                                       for e in unpacked.elements):
            return False
        code = self.chunk.text(small.value)
        sized = self.read_sizes_here(small.value)
        if sized is not None:  # `filters = init.shape[-1]`: the size of that tensor at this line, a number
            code = sized
        names = _names_in(code)
        if not _pure(code, self.chunk.ctx.pure_map):  # repeating a call per layer could change what it computes
            return False
        if (names & (self.tensors | set(self.scope) | set(self.layer_vars) | set(self.tensor_lists)
                     | set(self.inputs) | set(self.layer_reader.local_sequentials))
                or (_mentions_keras(small.value, self.chunk) or _mentions_layers(small.value, self.chunk)
                    if sized is None else any(self.chunk.ctx.alias(n) for n in names))
                or any(self.chunk.ctx.keras_block(n) for n in names)):
            return False
        value = _replaced(code, self.substitutions)
        if isinstance(unpacked, cst.Tuple):  # `filters1, filters2, filters3 = filters` (keras-applications' blocks)
            self.substitutions = {**self.substitutions, **{e.value.value: _folded(f"({value})[{i}]")
                                                           for i, e in enumerate(unpacked.elements)}}
            return True
        self.substitutions = {**self.substitutions, unpacked.value: value}
        return True

    def plain_update(self, small: cst.AugAssign) -> bool:
        """`num_filters *= 2` of a plain local, a constant or a builder parameter (keras.io's CIFAR ResNet doubles
        its width per stack): its value updated, as `plain_local` reads `width = width * 2` (left alone, the
        layers after it would read the value before)."""
        name = small.target.value
        code = self.chunk.text(small.value)
        names = _names_in(code)
        if name in self.tensors or name in self.scope or not _pure(code) or names & (
                self.tensors | set(self.scope) | set(self.layer_vars) | set(self.tensor_lists)) \
                or _mentions_keras(small.value, self.chunk) or _mentions_layers(small.value, self.chunk):
            return False
        old = self.known_constants().get(name, name if name in self.parameters else None)
        if old is None:
            return False
        op = cst.Module([]).code_for_node(small.operator).strip()[:-1]
        value = _folded(f"{_atom(old)} {op} {_atom(_replaced(code, self.substitutions))}")
        self.substitutions = {**self.substitutions, name: value}
        return True

    def read_sizes_here(self, value: cst.BaseExpression) -> str | None:
        """The code of a value that reads sizes of tensors (`init.shape[-1] // ratio`, `keras.ops.shape(x)[1]`,
        `int(x.shape[-1])`, `K.int_shape(x)[-1]`) with each size the graph read so far fixes written as its number
        (or the builder parameters it is made of): the tensor as it is at this line, a later rebinding of the
        name changes nothing. None when the value reads no size, or a size not known statically."""
        getters = ("keras.ops.shape", "keras.backend.int_shape", "tensorflow.shape")
        found = []

        def enter(node: cst.CSTNode) -> bool:
            if isinstance(node, cst.Call) and self.chunk.qualify(node.func) in getters and len(node.args) == 1 \
                    and isinstance(node.args[0].value, cst.Name):
                found.append(node)
            return True

        walk(value, enter)
        code = self.chunk.text(value)
        for call in found:  # each spelling as `x.shape` (textually: the call is written once per occurrence)
            code = code.replace(self.chunk.text(call), f"{call.args[0].value.value}.shape", 1)
        if ".shape" not in code:
            return None
        sized = self.static_sizes(code, symbolic=True)
        if sized == code or re.search(r"(?<![.\w])[A-Za-z_]\w*\.shape\b", sized):
            return None
        folded = _evaluated(sized, _STATIC + (ast.Call, ast.Name), {"int": int})  # `int(16) // 4`
        if isinstance(folded, int) and not isinstance(folded, bool):
            return repr(folded)
        return ast.unparse(ast.parse(_folded(sized).strip(), mode="eval"))  # `(width * 2) // 4` as written

    def plain_if(self, stmt: cst.If) -> bool:
        """An `if` that only binds plain locals (`if num_classes == 2: units = 1 else: units = num_classes`, as
        keras.io's make_model writes): each name becomes the conditional expression of its branches' values
        (reading both branches in turn, the last assignment won: exit 0 and another model). False: another
        statement (the caller reports a branch that builds layers)."""
        orelse = stmt.orelse.body if isinstance(stmt.orelse, cst.Else) else None
        if stmt.orelse is not None and orelse is None:  # elif
            return False
        before = self.substitutions
        branches = []
        for body in (stmt.body, orelse):
            self.substitutions = before
            lines = getattr(body, "body", ())
            if not all(isinstance(line, cst.SimpleStatementLine) for line in lines) or \
                    not all(self.plain_local(small) for line in lines for small in line.body):
                self.substitutions = before
                return False
            branches.append(self.substitutions)
        self.substitutions = dict(before)
        test = _replaced(self.chunk.text(stmt.test), before)
        decided = _decided(test, {})
        if decided is not None:  # `if stack > 0 and res_block == 0: strides = 2` in an unrolled loop: that branch
            self.substitutions = branches[0 if decided else 1]
            return True
        for name in set(branches[0]) | set(branches[1]):
            values = [b.get(name, before.get(name, name if name in self.parameters else None)) for b in branches]
            if None in values:  # bound in one branch only, unknown before: left to the generic reading
                self.substitutions = before
                return False
            self.substitutions[name] = values[0] if values[0] == values[1] else \
                f"{_atom(values[0])} if {test} else {_atom(values[1])}"
        return True

    def layers_set(self) -> None:
        self.layers_names = {l.name for l in self.layers}

    def model(self, call: cst.Call) -> None:
        self.kind = "functional"
        self.done = True
        args = {a.keyword.value if a.keyword else ("inputs", "outputs")[i]: a.value
                for i, a in enumerate(call.args)}
        outs = args.get("outputs")
        items = outs.elements if isinstance(outs, (cst.List, cst.Tuple)) else ((outs,) if outs else ())
        if isinstance(outs, cst.Dict):  # named outputs: PyTorch's forward returns a dict with the same keys
            keys = [literal(el.key, self.chunk) if isinstance(el, cst.DictElement) else None for el in outs.elements]
            if all(isinstance(k, str) for k in keys) and len(set(keys)) == len(keys):
                self.output_keys = list(keys)
                items = [el.value for el in outs.elements]
        for item in items:
            value = item.value if isinstance(item, cst.BaseElement) else item
            if isinstance(value, cst.Name):
                self.model_outputs.append(value.value)
                continue
            out = self.expr(value)  # an output computed in the Model(...) call itself
            if out:
                self.model_outputs.append(out)
            else:
                self.diagnostics.append(D.make("PIV104", self.chunk.span(value), f"model output "
                                               f"`{self.chunk.text(value)}`: Pivot cannot follow this expression"))
        ins = args.get("inputs")
        items = ins.elements if isinstance(ins, (cst.List, cst.Tuple)) else ((ins,) if ins else ())
        values = [i.value if isinstance(i, cst.BaseElement) else i for i in items]
        names = [v.value for v in values if isinstance(v, cst.Name)]
        if names and set(names) <= set(self.inputs):
            order = [self.inputs.index(n) for n in names]
            self.inputs = names
            self.input_shapes = [self.input_shapes[i] for i in order]

    def _name_for(self, call: cst.Call, var: str | None) -> str:
        for arg in call.args:
            if arg.keyword and arg.keyword.value == "name":
                value = literal(arg.value, self.chunk)
                if isinstance(value, str) and value.isidentifier() and not any(l.name == value for l in self.layers):
                    return value
        if var and var not in ("x", "y", "h", "out", "outputs", "output", "z"):
            taken, k, name = {l.name for l in self.layers}, 1, var
            while name in taken:  # a layer variable bound again (in an unrolled loop): a layer each time
                k += 1
                name = f"{var}{k}"
            return name
        qual = (self.chunk.qualify(call.func) or "layer").rsplit(".", 1)[-1]
        spec = lookups().keras_layer.get(self.chunk.qualify(call.func) or "")
        prefix = attribute_prefix(spec.name, qual) if spec else attribute_prefix("", qual)
        taken = {l.name for l in self.layers}
        while True:  # never a name a layer was given explicitly (`name="conv1"`): one attribute per layer
            self._counts[prefix] = self._counts.get(prefix, 0) + 1
            if f"{prefix}{self._counts[prefix]}" not in taken:
                return f"{prefix}{self._counts[prefix]}"

    def call(self, call: cst.Call) -> str | None:
        func = call.func
        factory = self.chunk.ctx.keras_factory(func.func.value) if isinstance(func, cst.Call) and \
            isinstance(func.func, cst.Name) else None
        if factory:  # conv3x3(w)(x): the layer the factory returns, built with these arguments
            layer = self.factory_layer(func, *factory)
            if layer is not None:
                self.layers.append(layer)
                return self.apply(call, layer)
        if isinstance(func, cst.Call) and (pooled := self.channels_first_pool(call, func)):
            return pooled
        if isinstance(func, cst.Call) and self.chunk.qualify(func.func) == LAMBDA:  # Lambda(lambda t: ...)(x)
            return self.lambda_applied(call, func, self.built_count())
        if isinstance(func, cst.Name) and func.value in self.lambda_vars:  # norm = Lambda(...); norm(x)
            built, at = self.lambda_vars[func.value]
            self.lambda_vars[func.value] = built, None  # one Keras layer, however often applied
            return self.lambda_applied(call, built, at)
        if isinstance(func, cst.Call):  # layers.Dense(8)(x): construct and apply
            layer = self.layer_reader.read(func, self._name_for(func, None))
            if layer is None:
                return super().call(call)
            layer = _with_tensor_shapes(_substituted(layer, self.substitutions), self.scope)
            self.layers.append(layer)
            return self.apply(call, layer)
        if isinstance(func, cst.Name) and func.value in self.layer_vars:
            layer = next(l for l in self.layers if l.name == self.layer_vars[func.value])
            return self.apply(call, layer)
        if isinstance(func, cst.Name) and self.chunk.ctx.is_keras_model(func.value) and not self.in_function \
                and func.value not in self.scope:
            # `tower_1 = embedding_network(input_1)`: a functional model of the file applied as a layer, one
            # submodule however often it is applied (its weights shared), the model migrated as its own class
            layer = Layer(func.value, "Submodel", Attrs.of({"class": func.value}), span=self.chunk.span(func),
                          source=func.value)
            self.layers.append(layer)
            self.layer_vars[func.value] = layer.name
            return self.apply(call, layer)
        if isinstance(func, cst.Name) and self.chunk.ctx.keras_block(func.value) and self.depth < 8:
            out = self.inline(call, *self.chunk.ctx.keras_block(func.value))
            if len(self.returned) > 1:  # a tuple of tensors used as one value: never only its first item
                return self.opaque(call, f"`{self.chunk.text(call)}` returns {len(self.returned)} tensors, used "
                                   "here as one value; unpack them (`a, b = block(x)`) or migrate it by hand",
                                   self.returned, code="PIV104")
            return out
        return super().call(call)

    def expr(self, e: cst.BaseExpression) -> str | None:
        if isinstance(e, cst.Name) and self.scope.get(e.value, "").startswith("%"):
            return self.scope[e.value]  # a block's or a Lambda's parameter given an expression (`square(-m)`)
        if isinstance(e, cst.IfExp):
            return self.conditional(e)
        return super().expr(e)

    def append_to_list(self, call: cst.Call) -> None:
        """`convs.append(pooled)` in a functional builder: a list started empty (`convs = []`) and filled in an
        unrolled loop is followed statically, each item its own value (the loop rebinds `pooled`); the generated
        forward() replays the graph, where the list is no variable. Any other list is an error."""
        name = call.func.value.value
        item = self.expr(call.args[0].value)
        if item and name in self.tensor_lists and name not in self.tensors:
            # a variable of its own: the loop's next pass binds the item's name again, and a value written where
            # it is used (`pooled.append(layers.GlobalMaxPooling1D()(c))`) would read that later `c`
            self.tensor_lists[name] = self.tensor_lists[name] + (
                self.snapshot(item, f"{name}_{len(self.tensor_lists[name])}"),)
            return None
        if item:
            self.opaque(call, f"`{self.chunk.text(call)}`: a list of tensors built by `.append` in a functional "
                        "builder is not migrated yet; migrate it by hand", (item,), code="PIV104")
        return None

    def conditional(self, e: cst.IfExp) -> str | None:
        """`z = Concatenate()(convs) if len(convs) > 1 else convs[0]`: the generated forward() replays the graph
        only, so a conditional expression of tensors read as neither branch would drop its line in silence; a
        condition decided statically picks its branch, any other is an error."""
        decided = _decided(self.list_lengths(self.chunk.text(e.test)), self.known_constants())
        if decided is not None:
            return self.expr(e.body if decided else e.orelse)
        before = len(self.nodes)
        value = super().expr(e)
        if value is not None and self.nodes[before:] and self.nodes[-1].op == "Either":  # the graph has no Either
            del self.nodes[-1]
            value = None
        if value is None and any(n.outputs for n in self.nodes[before:]):
            return self.opaque(e, f"`{self.chunk.text(e)}` chooses between tensors on a condition Pivot does not "
                               "decide statically; migrate it by hand", code="PIV104")
        return value

    def snapshot(self, value: str, name: str) -> str:
        """`value` bound to a variable of its own here, `name` or a free variant of it (an item of a list of tensors)."""
        kept, k = name, 1
        while kept in self.tensors or kept in self.tensor_lists or kept in self.scope:
            k += 1
            kept = f"{name}_{k}"
        self.rename(value, kept)
        return kept

    def list_lengths(self, code: str) -> str:
        """`len(convs) > 1` of a list of tensors followed statically: its length written as the number."""
        for name, items in self.tensor_lists.items():
            code = re.sub(rf"(?<![.\w])len\(\s*{re.escape(name)}\s*\)", str(len(items)), code)
        return code

    def constant_operand(self, e: cst.BinaryOperation, left: str | None, right: str | None) -> Attrs:
        """`t * 2.0 + k` in an inlined block or a Lambda's body, `layers.Dense(4)(x) * 2.0`: the source's names
        are not the generated model's, so the backend writes the tensor operand from its value and the other
        from this code (the block's constants replaced); none when the other operand reads a tensor."""
        if left is None and right is None:
            return Attrs()
        if left is not None and right is not None:  # `v[0] - v[1]`: both operands from their values
            return Attrs.of({"operand": 2})
        other = e.right if left else e.left
        code = self.chunk.text(other)
        if _names_in(code) & (self.tensors | set(self.scope) | set(self.tensor_lists)) or ".shape" in code \
                or _mentions_keras(other, self.chunk) or not _pure(code):
            return Attrs()
        return Attrs.of({"operand": 0 if left else 1, "other": _resolved(code, self.substitutions)})

    def built_count(self) -> int:
        """How many Keras layers with a pivot layer were built so far (verify matches layers by creation order)."""
        return sum(1 for l in self.layers for _ in _flat_layers(l))

    def lambda_applied(self, call: cst.Call, built: cst.Call, at: int | None) -> str | None:
        """`layers.Lambda(lambda t: t / 255.0)(x)`: the lambda's body read as graph ops, as if written inline, its
        parameter the layer's input (`([a, b])`: a list of tensors, `v[0]`, `v[1]` its items). Ops the catalog
        does not know are named errors there; a Lambda of anything else (a named function, `arguments=`) is a
        named error."""
        fn = next((a.value for a in built.args if a.keyword is None or a.keyword.value == "function"), None)
        extra = [a for a in built.args if a.keyword is not None and a.keyword.value not in (
            "function", "output_shape", "name")]
        inputs = [a.value for a in call.args if a.keyword is None]
        named = self.chunk.ctx.keras_block(fn.value) if isinstance(fn, cst.Name) else None
        if named and not extra and len(inputs) == 1 and len(call.args) == 1:  # Lambda(euclidean_distance)([a, b])
            out = self.inline(call, *named, lists=True)
            if out is None or at is None:
                return out
            marked = self.fresh()  # the Lambda layer Keras builds here has no module: matched to nothing by verify
            self.add(Node("Alias", (out,), (marked,), attrs=Attrs.of({BUILT_AT: at}), form="alias"))
            return marked
        params = fn.params if isinstance(fn, cst.Lambda) else None
        if params is None or len(params.params) != 1 or params.star_arg not in (None, cst.MaybeSentinel.DEFAULT) \
                or params.kwonly_params or params.star_kwarg or params.posonly_params or extra or len(inputs) != 1 \
                or len(call.args) != 1:
            what = "a named function" if not isinstance(fn, cst.Lambda) else "this form"
            return self.opaque(call, f"`{self.chunk.text(call)}`: Pivot reads a Lambda layer of a one-parameter "
                               f"`lambda` applied to tensors, not {what}; write its body inline or migrate it by "
                               "hand", tuple(v for a in call.args for v in self.tensor_items(a.value)), "PIV104")
        param = params.params[0].name.value
        saved = dict(self.scope), dict(self.tensor_lists)
        items = self.tensor_items(inputs[0])
        if isinstance(inputs[0], (cst.List, cst.Tuple)):
            self.tensor_lists[param] = items
            self.scope.pop(param, None)
        elif items:
            self.scope[param] = items[0]
        try:
            out = self.expr(fn.body)
        finally:
            self.scope, self.tensor_lists = saved
        if out is None:
            return self.opaque(call, f"`{self.chunk.text(call)}`: the Lambda's body computes no tensor Pivot can "
                               "follow from its input; migrate it by hand", items, "PIV104")
        if at is None:
            return out
        marked = self.fresh()  # the Lambda layer Keras builds here has no module: matched to nothing by verify
        self.add(Node("Alias", (out,), (marked,), attrs=Attrs.of({BUILT_AT: at}), form="alias"))
        return marked

    def channels_first_pool(self, call: cst.Call, built: cst.Call) -> str | None:
        """`GlobalAveragePooling1D(data_format="channels_first")(x)` (keras.io's timeseries transformer): Keras
        reads (N, C, L) and pools L, the last axis, whatever x is: a mean (max) over the last axis, which the
        backends write as `x.mean(-1)` / `keras.ops.mean(x, axis=-1)` and remap where x is image-like."""
        spec = lookups().keras_layer.get(self.chunk.qualify(built.func) or "")
        given = {a.keyword.value: literal(a.value, self.chunk) for a in built.args if a.keyword}
        if spec is None or spec.channels_first_reduce is None or \
                given.get("data_format") != "channels_first" or set(given) - {"data_format", "keepdims", "name"} \
                or any(a.keyword is None for a in built.args) or len(call.args) != 1 or call.args[0].keyword:
            return None
        keep = given.get("keepdims", False)
        x = self.expr(call.args[0].value)
        if x is None or not isinstance(keep, bool):
            return None
        out = self.fresh()
        self.add(Node(spec.channels_first_reduce, (x,), (out,),
                      attrs=Attrs.of({"dim": -1, "keepdim": keep, BUILT_AT: sum(
                          1 for l in self.layers for _ in _flat_layers(l))}), span=self.chunk.span(call),
                      source=self.chunk.text(call), form="function", tensor_args=(0,)))
        return out

    def inline(self, call: cst.Call, code: str, first_line: int, lists: bool = False) -> str | None:
        """A functional block `conv_block(x, 64)`: its layers become this model's, its steps are replayed (`lists`:
        a parameter given a list of tensors holds them, as a Lambda's function is given `[a, b]`)."""
        block = Chunk(code, first_line, self.chunk.ctx, fixed=True)  # diagnostics at the block's own lines
        fn = block.module.body[0]
        bound = _bound_arguments(call, fn, block)
        tensors, constants, held, layer_args = {}, {}, {}, {}
        for name in (p.name.value for p in fn.params.params):
            node = bound.get(name, "None")
            passed_layer = self.layer_argument(node, name) if isinstance(node, cst.BaseExpression) else None
            if passed_layer is not None:  # `activation=layers.LeakyReLU(0.2)`, applied as `activation(x)`
                layer_args[name] = passed_layer
                continue
            items = self.tensor_items(node) if lists and isinstance(node, (cst.List, cst.Tuple)) else ()
            value = self.expr(node) if isinstance(node, cst.BaseExpression) and not items else None
            if items:
                held[name] = items
            elif value:
                tensors[name] = value
            else:  # the caller's code reads the caller's constants (a loop variable of an unrolled loop)
                constants[name] = _replaced(self.chunk.text(node), self.substitutions) \
                    if isinstance(node, cst.BaseExpression) else node
        saved = (self.chunk, self.layer_reader.chunk, self.substitutions, self.outputs, self.scope,
                 self.block_locals, dict(self.layer_vars))
        self.layer_vars.update(layer_args)
        self.block_locals = set()
        self.chunk = self.layer_reader.chunk = block
        self.substitutions = {**self.substitutions, **constants}
        self.outputs = []
        self.scope = dict(tensors)  # the block's tensor parameters are the caller's values
        lists_saved = dict(self.tensor_lists)
        self.tensor_lists.update(held)
        self.depth += 1
        left, self.block_left = getattr(self, "block_left", False), False
        try:
            for stmt in fn.body.body:
                if self.block_left:  # a branch taken returned (`if ...: return layers.Add()([inputs, x])`)
                    break
                self.block_statement(stmt)
            result = self.outputs[0] if self.outputs else None
            returned = tuple(self.outputs)
        finally:
            self.depth -= 1
            self.block_left = left
            (self.chunk, self.layer_reader.chunk, self.substitutions, self.outputs, self.scope,
             self.block_locals, self.layer_vars) = saved
            self.tensor_lists = lists_saved
        self.returned = returned
        return result

    def layer_argument(self, node: cst.BaseExpression, param: str) -> str | None:
        """A block's argument that is a Keras layer, not a tensor (`conv_block(x, 64, activation=layers.LeakyReLU(0.2))`,
        or a variable holding one): built where the call is (Keras builds it before the block's own layers), its
        name the parameter's; None for any other argument."""
        if isinstance(node, cst.Name):
            return self.layer_vars.get(node.value) if node.value not in self.scope else None
        if not isinstance(node, cst.Call) or isinstance(node.func, cst.Call) or \
                (self.chunk.qualify(node.func) or "") not in lookups().keras_layer:
            return None
        layer = self.layer_reader.read(node, self._name_for(node, param))
        if layer is None or layer.op == "Sequential":
            return None
        self.layers.append(_substituted(layer, self.substitutions))
        self.layers_set()
        return layer.name

    def factory_layer(self, call: cst.Call, code: str, first_line: int) -> Layer | None:
        """The layer a factory function returns (`return layers.Conv2D(filters, 3, ...)`), read with the call's
        arguments in place of its parameters; None when its body is more than that return."""
        block = Chunk(code, first_line, self.chunk.ctx, fixed=True)  # diagnostics at the factory's own lines
        fn = block.module.body[0]
        body = fn.body.body[1:] if docstring_of(fn.body) else fn.body.body
        ret = body[0].body[0] if len(body) == 1 and isinstance(body[0], cst.SimpleStatementLine) else None
        if not isinstance(ret, cst.Return) or not isinstance(ret.value, cst.Call):
            return None
        # the call's arguments read the caller's constants (`conv_bn(filters)(x)` in a block inlined with 16)
        constants = {name: _replaced(self.chunk.text(node), self.substitutions)
                     if isinstance(node, cst.BaseExpression) else node
                     for name, node in _bound_arguments(call, fn, block).items()}
        saved = self.layer_reader.chunk, self.substitutions
        self.layer_reader.chunk, self.substitutions = block, {**self.substitutions, **constants}
        try:
            layer = self.layer_reader.read(ret.value, self._name_for(ret.value, None))
            return _substituted(layer, self.substitutions) if layer is not None else None
        finally:
            self.layer_reader.chunk, self.substitutions = saved

    def block_statement(self, stmt: cst.CSTNode) -> None:
        """A statement of an inlined functional block: an `if` on the block's constant parameters takes its
        branch; a branch Pivot cannot decide statically (on a tensor's shape) is an error, never both taken."""
        if isinstance(stmt, cst.If):
            pure = self.chunk.ctx.pure_map
            taken = _decided(self.chunk.text(stmt.test), self.substitutions, pure)
            if taken is None:  # `x.shape[-1] != filters`: a size the graph so far fixes is known statically
                taken = _decided(self.static_sizes(self.chunk.text(stmt.test)), self.substitutions, pure)
            if taken is None:  # on builder parameters with literal defaults (`_make_divisible(16 * alpha, 8)`):
                # decided at those defaults, the generated model refuses other values (as a loop unrolled there)
                test = _resolved(self.static_sizes(self.chunk.text(stmt.test)), self.substitutions)
                used = {n for n in _names_in(test) & set(self.defaults) if self.substitutions.get(n, n) == n}
                taken = _decided(test, {n: self.defaults[n] for n in used}, pure) if used else None
                if taken is not None:
                    self.pinned.update({n: _static(self.defaults[n]) for n in used})
                    self.decided_at_defaults |= used
            if taken is None:
                found = D.make("PIV104", self.chunk.span(stmt.test), f"`if {self.chunk.text(stmt.test)}` in a "
                               "functional block depends on values Pivot cannot know statically (a tensor's "
                               "shape); migrate it by hand")
                if found not in self.diagnostics:  # once for a block called several times
                    self.diagnostics.append(found)
                return
            branch = stmt.body if taken else stmt.orelse
            if isinstance(branch, cst.If):  # elif
                self.block_statement(branch)
            elif branch is not None:  # the if's block, or an Else holding one
                for inner in (branch.body if isinstance(branch, cst.Else) else branch).body:
                    if getattr(self, "block_left", False):
                        break
                    self.block_statement(inner)
            return
        if isinstance(stmt, cst.For) and self.unroll(stmt):
            return
        FlowReader.statement(self, stmt)
        if isinstance(stmt, cst.SimpleStatementLine) and any(isinstance(s, cst.Return) for s in stmt.body):
            self.block_left = True  # the block's statements after it do not run

    def static_sizes(self, code: str, symbolic: bool = False) -> str:
        """`code` with each `x.shape[i]` of a tensor in scope replaced by its size, where shape inference of the
        graph read so far knows it (a Keras layer's output sizes are static but for the batch); the code
        unchanged otherwise. `symbolic`: a size made of the builder's parameters is written as that
        expression (`(width * 2)`)."""
        pattern = re.compile(r"(?<![.\w])([A-Za-z_]\w*)\.shape\[\s*(-?\d+)\s*\]")
        if not pattern.search(code) or not self.inputs:
            return code
        net = Network("partial", "keras", "functional", self.chunk.span(self.chunk.module), layers=tuple(self.layers),
                      inputs=tuple(self.inputs), input_shapes=tuple(self.input_shapes), nodes=tuple(self.nodes))
        try:
            info = infer(net)
        except Exception:  # noqa: BLE001  (a graph inference cannot read yet: the sizes stay unknown)
            return code

        def size(m: re.Match) -> str:
            value = self.scope.get(m.group(1), m.group(1))
            shape = info.values.get(value) if value in self.tensors else None
            if shape is None:
                return m.group(0)
            full = (None,) + from_canonical(tuple(shape), bool(info.spatial.get(value)))
            index = int(m.group(2))
            found = full[index] if -len(full) <= index < len(full) else None
            # (not the file's functions that only compute: `_make_divisible(16 * alpha, 8)` reads `alpha`)
            used = _names_in(found.code) - set(self.chunk.ctx.pure_map) - set(PURE_BUILTINS) \
                if isinstance(found, Expr) else set()
            if used and used <= set(self.defaults) - self.tensors:  # `widths[0]`: at the defaults, then pinned
                at_defaults = _resolved(found.code, {n: self.defaults[n] for n in used})
                value = _static(at_defaults) if not _names_in(at_defaults) & set(self.chunk.ctx.pure_map) else \
                    _computed(at_defaults, self.chunk.ctx.pure_map)
                if isinstance(value, int) and not isinstance(value, bool):
                    found = value
                    self.pinned.update({n: _static(self.defaults[n]) for n in used})
                elif not _names_in(at_defaults) & set(self.chunk.ctx.pure_map):
                    found = value
            if index in (0, -len(full)):
                return m.group(0)
            if symbolic and isinstance(found, Expr) and used and used <= self.parameters:
                return _atom(found.code)
            return str(found) if isinstance(found, int) and not isinstance(found, bool) else m.group(0)

        return pattern.sub(size, code)

    def bound_name(self, name: str) -> str:
        if not self.depth:
            return name
        current = self.scope.get(name)
        if current is not None and current in self.block_locals:
            return current
        fresh, k = name, 1
        while fresh in self.tensors:  # never clobber a value of the caller
            k += 1
            fresh = f"{name}{k}"
        self.scope[name] = fresh
        self.block_locals.add(fresh)
        return fresh

    def apply(self, call: cst.Call, layer: Layer) -> str:
        spec = CATALOG.get(layer.op)
        inputs = self.positional_inputs(call, spec.keras_call_inputs if spec is not None else ())
        positional = [a.value for a in inputs]
        if len(positional) == 1 and isinstance(positional[0], (cst.List, cst.Tuple)):
            positional = [el.value for el in positional[0].elements]
        ins = tuple(v for p in positional for v in (
            self.tensor_lists[p.value] if isinstance(p, cst.Name) and p.value in self.tensor_lists else (self.expr(p),))
            if v)
        out = self.fresh()
        extra, states = self.call_keywords(call, inputs)
        self.add(Node("layer", ins + states, (out,), layer=layer.name, attrs=Attrs.of(extra),
                      span=self.chunk.span(call), source=self.chunk.text(call), form="apply"))
        return out


def _flat_layers(layer: Layer):
    """The layers verify matches to the recorded Keras layers (a Sequential sub-model's own are created before it,
    and it is none)."""
    if layer.op == "Sequential":
        for child in layer.children:
            yield from _flat_layers(child)
    else:
        yield layer


_REDUCE_PROD = re.compile(r"(?<![\w.])([A-Za-z_]\w*)((?:\.math)?)\.reduce_prod\(([^()]*)\)\.numpy\(\)")


_GEOMETRY = {"kernel_size", "stride", "padding", "dilation", "output_padding", "scale_factor", "size", "cropping"}


def _python_size(value, chunk: Chunk):
    """A layer argument computing a size with TensorFlow on a Python tuple (`tf.math.reduce_prod(shape).numpy()`,
    tensorflow.org's autoencoder) as the Python it is (`math.prod(shape)`); any other value unchanged."""
    if not isinstance(value, Expr):
        return value
    code = _REDUCE_PROD.sub(lambda m: f"math.prod({m.group(3)})" if chunk.ctx.alias(m.group(1)) == "tensorflow"
                            else m.group(0), value.code)
    return value if code == value.code else Expr(code)


def _bound_arguments(call: cst.Call, fn: cst.FunctionDef, block: Chunk) -> dict[str, cst.BaseExpression | str]:
    """Each parameter of `fn` as `call` passes it (a node of the caller) or by its default (code of `block`)."""
    params = [p.name.value for p in fn.params.params]
    bound: dict[str, cst.BaseExpression | str] = {p.name.value: block.text(p.default) for p in fn.params.params
                                                  if p.default is not None}
    for i, arg in enumerate(call.args):
        key = arg.keyword.value if arg.keyword else (params[i] if i < len(params) else None)
        if key:
            bound[key] = arg.value
    return bound


_DECIDABLE = (ast.Expression, ast.BoolOp, ast.And, ast.Or, ast.UnaryOp, ast.Not, ast.USub, ast.Compare, ast.Eq,
              ast.NotEq, ast.Lt, ast.LtE, ast.Gt, ast.GtE, ast.Is, ast.IsNot, ast.Constant, ast.Tuple, ast.Load,
              ast.IfExp)


def _loop_values(stmt: cst.For, chunk: Chunk, constants: dict[str, str]) -> list | None:
    """The values a builder loop's variable takes, when the source (after the constants) says them literally
    and nothing leaves the loop early; None otherwise."""
    if _target_names(stmt.target) is None or stmt.orelse is not None or leaves_early(stmt.body) \
            or not isinstance(stmt.body, cst.IndentedBlock):
        return None
    it = stmt.iter
    if isinstance(it, cst.Call) and isinstance(it.func, cst.Name) and it.func.value in ("enumerate", "zip"):
        values = _iterated_statically(_resolved(chunk.text(it), constants))
        if values is None or any(_unpacked_target(stmt.target, v) is None for v in values):
            return None
        return values if 0 < len(values) <= MAX_UNROLL else None
    if isinstance(it, cst.Call) and isinstance(it.func, cst.Name) and it.func.value == "range" and it.args \
            and all(a.keyword is None and not a.star for a in it.args):
        if not isinstance(stmt.target, cst.Name):
            return None
        bounds = [_count(_resolved(chunk.text(a.value), constants)) for a in it.args]
        if not all(isinstance(b, int) and not isinstance(b, bool) for b in bounds) or 0 in bounds[2:]:
            return None
        values = list(range(*bounds))
    elif isinstance(it, (cst.List, cst.Tuple)):
        values = [_static(_resolved(chunk.text(e.value), constants)) if not isinstance(e, cst.StarredElement)
                  else None for e in it.elements]
        if any(v is None for v in values):
            return None
    else:
        values = _static(_resolved(chunk.text(it), constants))  # a constant holding a list or tuple
        if not isinstance(values, (tuple, list)):
            return None
        values = list(values)
    # `for n_filters, n_conv in [(64, 2), (128, 2)]:` (VGG's blocks): each value unpacks to the target's names
    if not isinstance(stmt.target, cst.Name) and any(_unpacked_target(stmt.target, v) is None for v in values):
        return None
    return values if 0 < len(values) <= MAX_UNROLL else None


def _target_names(target: cst.BaseExpression) -> list[str] | None:
    """The names a loop target binds (`i, (filters, blocks)`), or None for another target."""
    if isinstance(target, cst.Name):
        return [target.value]
    if isinstance(target, (cst.Tuple, cst.List)) and all(not isinstance(e, cst.StarredElement)
                                                         for e in target.elements):
        names = [_target_names(e.value) for e in target.elements]
        return None if None in names else [n for part in names for n in part]
    return None


def _unpacked_target(target: cst.BaseExpression, value) -> dict[str, str] | None:
    """Each name of the loop target with its part of `value` (as code), or None when they do not match."""
    if isinstance(target, cst.Name):
        return {target.value: repr(value)}
    if not isinstance(target, (cst.Tuple, cst.List)) or not isinstance(value, (tuple, list)) \
            or len(value) != len(target.elements):
        return None
    found: dict[str, str] = {}
    for element, part in zip(target.elements, value):
        inner = _unpacked_target(element.value, part)
        if inner is None:
            return None
        found.update(inner)
    return found


_ITERATORS = {"enumerate": enumerate, "zip": zip, "range": range, "reversed": reversed, "list": list,
              "tuple": tuple}


def _iterated_statically(code: str) -> list | None:
    """The items of `enumerate(zip(widths, [2, 2]))` over constants, as a list; None when it reads anything
    else."""
    try:
        tree = ast.parse(code.strip(), mode="eval")
    except SyntaxError:
        return None
    allowed = _STATIC + (ast.Call, ast.Name)
    if not all(isinstance(n, allowed) for n in ast.walk(tree)) or any(
            isinstance(n, ast.Name) and n.id not in _ITERATORS for n in ast.walk(tree)) or any(
            isinstance(n, ast.Call) and n.keywords for n in ast.walk(tree)):
        return None
    try:
        return [tuple(v) if isinstance(v, list) else v
                for v in eval(compile(tree, "<loop>", "eval"), {"__builtins__": dict(_ITERATORS)})]
    except Exception:  # noqa: BLE001
        return None


def _resolved(code: str, constants: dict[str, str]) -> str:
    """`code` with constants replaced until none is left (`units` -> `[dim * 2, dim]` -> `[(64) * 2, 64]`)."""
    for _ in range(8):
        done, code = code, _replaced(code, constants)
        if code == done:
            break
    return code


def _binds(stmt: cst.CSTNode) -> bool:
    """`stmt` assigns a name somewhere inside it."""
    found = []

    def enter(node: cst.CSTNode) -> None:
        if isinstance(node, (cst.Assign, cst.AugAssign, cst.AnnAssign)):
            found.append(node)

    walk(stmt, enter)
    return bool(found)


def _decided(test: str, constants: dict[str, str], functions: dict[str, str] | None = None) -> bool | None:
    """The value of a condition on a block's constant parameters (`stride != 1`), or None when it reads anything
    else (a tensor's shape, a call but to the file's `functions` that only compute, of values known statically)."""
    code = re.sub(r"\b[A-Za-z_]\w*\b", lambda m: f"({constants[m.group(0)]})" if m.group(0) in constants
                  else m.group(0), test)
    value = _evaluated(code, _DECIDABLE)
    if value is _UNKNOWN and functions and _names_in(code) & set(functions):
        value = _computed(code, functions)
    return None if value is _UNKNOWN else bool(value)


def _computed(code: str, functions: dict[str, str]) -> object:
    """The value of `code` calling the file's functions that only compute (`_make_divisible(16 * 1.0, 8)`), with
    the builtins they may call; `_UNKNOWN` when it reads anything else or fails."""
    namespace: dict = {"__builtins__": {name: __builtins__[name] if isinstance(__builtins__, dict)
                                        else getattr(__builtins__, name) for name in PURE_BUILTINS}}
    try:
        for source in functions.values():
            exec(compile(source, "<pure function>", "exec"), namespace)  # noqa: S102 (arithmetic only)
    except Exception:  # noqa: BLE001
        return _UNKNOWN
    allowed = _DECIDABLE + _STATIC + (ast.Call, ast.Name, ast.keyword, ast.BinOp, ast.BitAnd, ast.BitOr)
    return _evaluated(code, allowed, namespace["__builtins__"], namespace)


_UNKNOWN = object()


def _evaluated(code: str, allowed: tuple, builtins: dict | None = None, namespace: dict | None = None) -> object:
    """The value of `code` made of `allowed` nodes only, evaluated without builtins; `_UNKNOWN` when it is
    not such code or fails (an index out of range or a division by zero: left to Python)."""
    try:
        tree = ast.parse(code.strip(), mode="eval")
    except SyntaxError:
        return _UNKNOWN
    if not all(isinstance(n, allowed) for n in ast.walk(tree)):
        return _UNKNOWN
    try:
        with warnings.catch_warnings():  # `'relu' is not None` of a block's constant: no SyntaxWarning printed
            warnings.simplefilter("ignore")
            return eval(compile(tree, "<value>", "eval"), {**(namespace or {}), "__builtins__": builtins or {}})
    except Exception:  # noqa: BLE001
        return _UNKNOWN


def attribute_prefix(op: str, keras_name: str = "") -> str:
    """The stem of an attribute name for a layer (`fc`, `conv`, `gru`), numbered by the caller."""
    if op in all_ops() and all_ops()[op].kind == "activation":  # `relu1`, not `re_l_u1`
        return op.lower()
    spec = all_ops().get(op)
    prefix = (spec.name_prefix if spec else "") or _snake(keras_name or op)
    return re.sub(r"_?(\d)_?d$", r"\1d", prefix)


def _atom(code: str) -> str:
    return code if re.fullmatch(r"[\w.]+", code) else f"({code})"


def _with_tensor_shapes(layer: Layer, scope: dict[str, str]) -> Layer:
    """A layer whose arguments read a tensor's size (`Conv1D(filters=inputs.shape[-1])`) records which dataflow
    value each tensor name is there (`TENSOR_SHAPES`): shape inference reads the size from it."""
    names = {n for _, v in layer.attrs if isinstance(v, Expr) for n in _names_in(v.code)} & set(scope)
    if not names:
        return layer
    return replace(layer, attrs=Attrs(layer.attrs.items + ((TENSOR_SHAPES, tuple((n, scope[n]) for n in names)),)))


def _substituted(layer: Layer, subs: dict[str, str]) -> Layer:
    """A block's layer with its parameters replaced by the caller's values (`filters` -> 64)."""
    if not subs:
        return layer

    def value(v):
        if isinstance(v, Expr):
            code = _replaced(v.code, subs)
            known = _static(code)
            return Expr(_folded(code)) if known is None else known
        if isinstance(v, tuple):
            return tuple(value(x) for x in v)
        return v

    def read(key: str, v):  # a parameter given a literal: that literal as the Keras reader takes it in place
        new = value(v)
        arg = spec.arg(key) if spec is not None and new != v and not _holds_expr(new) else None
        deferred = arg is not None and arg.keras and arg.from_keras and arg.from_keras(v) == v  # not converted yet
        return arg.from_keras(new) if deferred else new

    spec = CATALOG.get(layer.op)
    children = tuple(_substituted(c, subs) for c in layer.children)
    return replace(layer, attrs=Attrs(tuple((k, read(k, v)) for k, v in layer.attrs)), children=children)


def _holds_expr(value) -> bool:
    return isinstance(value, Expr) or isinstance(value, tuple) and any(_holds_expr(v) for v in value)


def _names_in(code: str) -> set[str]:
    try:
        return {n.id for n in ast.walk(ast.parse(code.strip(), mode="eval")) if isinstance(n, ast.Name)}
    except SyntaxError:
        return set()


_PURE_CALLS = {"int", "float", "round", "len", "max", "min", "abs", "tuple", "list", "sum"}


def _pure(code: str, functions: Iterable[str] = ()) -> bool:
    """No call but to a builtin that only computes, or to one of the file's `functions` that only compute (the
    value may be repeated in several layers)."""
    try:
        tree = ast.parse(code.strip(), mode="eval")
    except SyntaxError:
        return False
    return all(isinstance(n.func, ast.Name) and (n.func.id in _PURE_CALLS or n.func.id in functions)
               for n in ast.walk(tree) if isinstance(n, ast.Call))


def _replaced(code: str, subs: dict[str, str]) -> str:
    """`code` with the names of `subs` (not attributes `a.name`) replaced by their values."""
    return re.sub(r"(?<![.\w])[A-Za-z_]\w*\b", lambda m: _atom(subs[m.group(0)]) if m.group(0) in subs
                  else m.group(0), code)


_STATIC = (ast.Expression, ast.Constant, ast.Tuple, ast.List, ast.Load, ast.BinOp, ast.UnaryOp, ast.Add, ast.Sub,
           ast.Mult, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow, ast.USub, ast.UAdd, ast.Subscript, ast.Slice)


class _Fold(ast.NodeTransformer):
    """Indexing of a literal tuple and arithmetic over constants, inside an expression that reads parameters."""

    def generic_visit(self, node):
        node = super().generic_visit(node)
        if isinstance(node, (ast.Subscript, ast.BinOp, ast.UnaryOp)):
            value = _static(ast.unparse(node))
            if value is not None and isinstance(value, (int, float)):
                return ast.copy_location(ast.Constant(value), node)
            if isinstance(node, ast.Subscript) and isinstance(node.value, (ast.Tuple, ast.List)) \
                    and isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, int) \
                    and -len(node.value.elts) <= node.slice.value < len(node.value.elts):
                return node.value.elts[node.slice.value]
        return node


def _folded(code: str) -> str:
    """`(hidden, hidden // 2)[1]` -> `hidden // 2`; the code unchanged when nothing folds."""
    try:
        tree = ast.parse(code.strip(), mode="eval")
    except SyntaxError:
        return code
    before = ast.dump(tree)
    tree = _Fold().visit(tree)
    return code if ast.dump(tree) == before else ast.unparse(tree)


def _count(code: str):
    """`_static`, also through `int(...)` (`range(int((depth - 2) / 6))`, keras.io's CIFAR ResNet)."""
    value = _evaluated(code, _STATIC + (ast.Call, ast.Name), {"int": int})
    return None if value is _UNKNOWN or not isinstance(value, int) or isinstance(value, bool) else value


def _static(code: str):
    """The value of arithmetic, tuples and indexing over constants (`(16, 32)[0] * 2`), or None."""
    value = _evaluated(code, _STATIC)
    return None if value is _UNKNOWN else value


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def read_class(cls: cst.ClassDef, chunk: Chunk) -> Network:
    diags: list[Diagnostic] = []
    reader_l = KerasLayerReader(chunk, diags)
    layers: list[Layer] = []
    init, call = method_named(cls, "__init__"), method_named(cls, "call")
    params = params_of(init, chunk) if init else ()
    params = tuple(p for p in params if p.name not in ("kwargs",))
    reader_l.class_parameters = frozenset(p.name for p in params)
    if init:
        reader_l.local_calls = local_calls(init)
        for target, c in self_assignments(init.body):
            layer = reader_l.read(c, target)
            if layer is None:  # `self.conv = make_conv3()`: a function returning one layer, read as that layer
                layer = factory_layer(c, target, chunk, lambda call, block: reader_l.read_in(call, target, block))
            if layer is None and isinstance(c.func, cst.Name) and chunk.ctx.is_local_function(c.func.value):
                layer = built_by_code(c, target, chunk, lambda node: False)  # `self.conv1 = conv3x3(...)`
            if layer is not None:
                layers.append(layer)
        layers += held_activations(init, chunk, "keras")  # `self.act = tf.nn.relu`
        for target, value in self_collections(init.body):
            if _mentions_layers(value, chunk) or _filled_with_layers(init, target, chunk):
                op = "ModuleList" if isinstance(value, (cst.List, cst.ListComp)) else "ModuleDict"
                layers.append(Layer(target, op, span=chunk.span(value), source=chunk.text(value)))
    layers += _built_layers(cls, call, chunk, reader_l, diags)
    known = {span for l in layers for span in layer_spans(l)}
    templates = keras_templates(cls, chunk, known, reader_l)
    ranks = chain_input_ranks(cls, chunk, tuple(layers + templates), is_sequential_subclass(cls, chunk))
    layers, templates = [with_input_rank(l, ranks, _torch_module_by_rank) for l in layers], \
        [with_input_rank(l, ranks, _torch_module_by_rank) for l in templates]
    starts = first_blocks(cls, chunk, is_sequential_subclass(cls, chunk))
    layers = [replace(l, attrs=Attrs.of(l.attrs.as_dict() | {FIRST_BLOCK: starts[l.span]})) if l.span in starts
              and l.op == "Sequential" and l.attrs.get("dynamic") else l for l in layers]
    if init:  # `self.w.assign(keras.random.normal(...))`: nn.init's refill of a weight
        templates += weight_fills(init, chunk, {l.name for l in layers if l.op == PARAMETER})
    if call is None and not is_sequential_subclass(cls, chunk):  # a keras.Sequential subclass runs its list
        diags.append(D.make("PIV104", chunk.span(cls.name), f"`{cls.name.value}` has no call(): nothing to migrate",
                            severity="warning"))
    quiet = KerasLayerReader(chunk, [])  # read for their rank only: their diagnostics are the helper's own
    builders = _builder_layers(cls, chunk, templates, lambda c, block: quiet.read_in(c, "built", block))
    factories = factory_uses(cls, chunk, tuple(layers), tuple(templates) + builders, is_sequential_subclass(cls, chunk))
    chains = block_chains(cls, chunk, tuple(layers), tuple(templates), is_sequential_subclass(cls, chunk))
    built = attribute_templates(cls, chunk, tuple(templates), is_sequential_subclass(cls, chunk))
    return subclass_network(cls, chunk, "keras", call, ("self", "training", "mask"), layers, diags, params=params,
                            input_shapes=(reader_l.input_shape,) if reader_l.input_shape else (),
                            templates=tuple(templates), factories=factories, block_chains=chains,
                            attribute_templates=built, attribute_reads=attribute_reads(cls), skipped=("build",) if method_named(cls, "build") else (),
                            builds=method_named(cls, "build") is not None)


def _builder_layers(cls: cst.ClassDef, chunk: Chunk, templates: list[Layer], read) -> tuple[Layer, ...]:
    """The elements of templates built by a layer function of the file (`conv1x1(...)` in a downsample
    keras.Sequential), each read as the layer it returns (same span): a factory called after it in the chain
    takes its rank (`factory_uses`)."""
    built = {l.span for l in iter_layers(tuple(templates)) if l.op == "Built"}
    out: list[Layer] = []

    def enter(n: cst.CSTNode) -> bool:
        if built and isinstance(n, cst.Call) and chunk.span(n) in built:
            layer = factory_layer(n, "built", chunk, read)
            if layer is not None:
                out.append(layer)
        return True

    walk(cls, enter)
    return tuple(out)


def _built_layers(cls: cst.ClassDef, call: cst.FunctionDef | None, chunk: Chunk, reader: "KerasLayerReader",
                  diags: list[Diagnostic]) -> list[Layer]:
    """The weights (`self.w = self.add_weight(shape=(input_shape[-1], self.units))`) and layers a custom layer's
    `build(self, input_shape)` makes: Keras calls it once, before the first call, with the input's shape; PyTorch
    calls the same method from forward() on the first call (`backends.torch`). Only for one input tensor (Keras
    passes a list of shapes for several) and a build() taking only `input_shape`; otherwise each is reported."""
    built = method_named(cls, "build")
    if built is None:
        return []
    inputs = [p for p in call.params.params if p.name.value not in ("self", "training", "mask")] if call else []
    params = [p.name.value for p in built.params.params]
    why = "it takes other parameters than `input_shape`" if len(params) != 2 or built.params.star_arg not in \
        (cst.MaybeSentinel.DEFAULT, None) or built.params.kwonly_params or built.params.star_kwarg else \
        "call() takes several tensors (Keras passes build() a list of their shapes)" if len(inputs) != 1 or \
        call.params.star_arg not in (cst.MaybeSentinel.DEFAULT, None) else ""
    found: list[Layer] = []
    for target, c in self_assignments(built.body):
        if not (_mentions_layers(c, chunk) or is_self_method(c, "add_weight")):
            continue
        if why:  # Keras calls build(input_shape) before the first call; PyTorch never does
            diags.append(D.make("PIV104", chunk.span(c), f"`self.{target} = {chunk.text(c)}` is made in "
                                f"build(input_shape), which Keras calls before the first call and PyTorch never "
                                f"does, and Pivot calls it from forward() only for one input and build(self, "
                                f"input_shape) ({why}); create it in __init__"))
            continue
        layer = reader.read(c, target)
        if layer is not None:
            found.append(layer)
    return found


def _torch_module_by_rank(layer: Layer) -> bool:
    """Whether the PyTorch module a Keras layer migrates to depends on its input's rank (the Keras side's chains)."""
    spec = CATALOG.get(layer.op)
    return spec is not None and bool(spec.torch_modules_by_rank)


def is_sequential_subclass(cls: cst.ClassDef, chunk: Chunk) -> bool:
    """`class Block(keras.Sequential)`: the mirror of an nn.Sequential subclass, its layers run in order."""
    return any(chunk.qualify(base.value) == SEQUENTIAL for base in cls.bases)


def _filled_with_layers(fn: cst.FunctionDef, attr: str, chunk: Chunk) -> bool:
    """`self.blocks = []` then `self.blocks.append(Block(...))` (or `self.heads = {}` then `self.heads[k] =
    layers.Dense(...)`): a container of layers, which PyTorch must hold in an nn.ModuleList/ModuleDict (a plain
    list would hide their weights)."""
    found = False

    def own(node: cst.BaseExpression) -> bool:
        return isinstance(node, cst.Attribute) and node.attr.value == attr and isinstance(node.value, cst.Name) \
            and node.value.value == "self"

    def enter(node: cst.CSTNode) -> None:
        nonlocal found
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and own(node.func.value) and \
                node.func.attr.value in ("append", "extend", "insert"):
            found = found or any(_mentions_layers(a.value, chunk) for a in node.args)
        elif isinstance(node, cst.Assign) and any(isinstance(t.target, cst.Subscript) and own(t.target.value)
                                                  for t in node.targets):
            found = found or _mentions_layers(node.value, chunk)
        elif isinstance(node, cst.AugAssign) and own(node.target):
            found = found or _mentions_layers(node.value, chunk)

    walk(fn, enter)
    return found


def _with_block_constants(fn: cst.FunctionDef, reader: "KerasLayerReader") -> Callable[[], dict[str, str]]:
    """The reader's constants and a block's own: a name its body binds once, at its top, to a value known statically
    (keras.applications' `bn_axis = 3` before `BatchNormalization(axis=bn_axis)`), as its inlined reading has it."""
    outer, counts, found = reader.constants, {}, {}

    def enter(node: cst.CSTNode) -> bool:
        for target in getattr(node, "targets", ()) if isinstance(node, cst.Assign) else ():
            for name in _target_names(target.target) or ():
                counts[name] = counts.get(name, 0) + 1
        if isinstance(node, (cst.AugAssign, cst.AnnAssign)) and isinstance(node.target, cst.Name):
            counts[node.target.value] = counts.get(node.target.value, 0) + 2
        if isinstance(node, (cst.For, cst.CompFor)):
            for name in _target_names(node.target) or ():
                counts[name] = counts.get(name, 0) + 2
        return True

    walk(fn.body, enter)
    for stmt in fn.body.body:
        for small in stmt.body if isinstance(stmt, cst.SimpleStatementLine) else ():
            if isinstance(small, cst.Assign) and len(small.targets) == 1 and \
                    isinstance(small.targets[0].target, cst.Name) and isinstance(small.value, (cst.Integer, cst.Float)):
                name = small.targets[0].target.value
                if counts.get(name) == 1 and name not in reader.parameters:
                    found[name] = reader.chunk.text(small.value)
    return (lambda: {**outer(), **found}) if found else outer


def _mentions_keras(node: cst.CSTNode, chunk: Chunk) -> bool:
    return chunk.mentions(node, [name for name, qual in chunk.ctx.aliases
                                 if qual.split(".")[0] in ("keras", "tensorflow")])


def _mentions_layers(node: cst.CSTNode, chunk: Chunk) -> bool:
    # Pivot's support classes are layers too (`[TorchRNN("gru", 16, ...) for i in range(3)]`: was a plain list in
    # PyTorch, its GRUs' weights hidden from the weight copy: exit 0 and wrong)
    return any_call(node, lambda call: (chunk.qualify(call.func) or "").startswith("keras.")
                    or chunk.local_class(call.func) is not None or dotted_name(call.func) in chunk.ctx.keras_support)


def keras_templates(node: cst.CSTNode, chunk: Chunk, known: set, reader: "KerasLayerReader") -> list[Layer]:
    """Layer constructors anywhere under `node` not already read as declared layers."""
    def is_layer(qual: str) -> bool:  # not a Lambda: its function is read as ops where it is applied
        return qual.startswith("keras.layers.") and qual[13:14].isupper() and qual != LAMBDA or \
            qual in (SEQUENTIAL, *chunk.ctx.keras_support)

    return constructor_templates(node, chunk, known, is_layer, lambda call: reader.read(call, ""))
