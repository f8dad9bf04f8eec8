"""PyTorch frontend: `nn.Module` subclasses and `nn.Sequential` models into pivot networks."""
from __future__ import annotations

import ast

from dataclasses import replace

import libcst as cst

from pivot import diagnostics as D
from pivot.catalog import CATALOG, all_ops, lookups
from pivot.catalog.core import TIED_IF, TIED_LINEAR
from pivot.catalog.tensor import OPTIONAL_BIAS
from pivot.catalog.normalization import FIXED_BY_SWITCH
from pivot.frontends.buffers import computed_buffer
from pivot.frontends.calls import bind
from pivot.frontends.chains import TORCH_SEQUENTIAL, chain_input_ranks, self_attribute, with_input_rank
from pivot.frontends.classes import (attribute_calls, built_by_code, constructor_templates, factory_layer, known_values,
                                     layer_spans, local_calls, method_named, params_of, read_function, returned_call,
                                     self_assignments, static_truth, subclass_network)
from pivot.frontends.held import held_activations, passed_activations, passed_lambdas
from pivot.frontends.source import TORCH_SUPPORT_FUNCTIONS, TORCH_SUPPORT_WRAPPERS, Chunk, docstring_of, dotted_name, flattened, literal, names_used, \
    partial_applied, small_statements, touches_no_tensor, walk
from pivot.frontends.markers import is_training_code
from pivot.model import CHOSEN_BY, OVER_CHANNELS, Attrs, Diagnostic, Expr, Layer, Network, Node, Param, Span

SEQUENTIAL = "torch.nn.Sequential"
CONTAINERS = {"torch.nn.ModuleList": "ModuleList", "torch.nn.ModuleDict": "ModuleDict"}


def _keras_layer_by_rank(layer: Layer) -> bool:
    """Whether the Keras layer a PyTorch module migrates to depends on its input's rank."""
    spec = CATALOG.get(layer.op)
    return spec is not None and bool(spec.emit_keras_layer or spec.keras_entry_by_rank)


def _class_calls(cls: cst.ClassDef, chunk: Chunk, known: set) -> tuple[Layer, ...]:
    """`SE1d(c)` calls of the file's module classes under `cls` not read as declared layers: chain elements whose
    input rank the chain may fix (rank 3 only after a 1-D conv or pool: a channels-first image)."""
    found: list[Layer] = []

    def enter(node: cst.CSTNode) -> bool:
        if isinstance(node, cst.Call) and chunk.span(node) not in known:
            name = chunk.local_class(node.func)
            if name is not None:
                found.append(Layer("", "Submodel", Attrs.of({"class": name}), span=chunk.span(node),
                                   source=chunk.text(node)))
        return True

    walk(cls, enter)
    return tuple(found)


def read_layer(call: cst.Call, name: str, chunk: Chunk, diags: list[Diagnostic],
               local_vars: dict[str, cst.Call] | None = None, attributes: dict[str, Layer] | None = None,
               qualified: str | None = None) -> Layer | None:
    """A module constructor call as a pivot layer; None when the call is not a module at all.

    `local_vars` are a builder function's `name = Call(...)` assignments, followed when a Sequential
    element is a plain name. `qualified`: the class called, where `call.func` does not name it
    (`getattr(nn, rnn_type)`, see `chosen_class`).
    """
    local_vars = local_vars or {}
    made = local_vars.get(call.func.value) if isinstance(call.func, cst.Name) else None
    if made is not None and chunk.qualify(made.func) == "functools.partial" and made.args and \
            made.args[0].keyword is None and not made.args[0].star:
        # `norm_layer = partial(LayerNorm2d, eps=1e-6)` then `norm_layer(c)`: LayerNorm2d(c, eps=1e-6)
        layer = read_layer(partial_applied(made, call), name, chunk, diags, local_vars, attributes)
        return replace(layer, span=chunk.span(call), source=chunk.text(call)) if layer is not None else None
    qual = qualified or chunk.qualify(call.func)
    span, source = chunk.span(call), chunk.text(call)
    if dotted_name(call.func) in chunk.ctx.torch_support and dotted_name(call.func) in TORCH_SUPPORT_WRAPPERS:
        return _channels_last(call, name, chunk, diags)
    if dotted_name(call.func) in chunk.ctx.torch_support and dotted_name(call.func) in TORCH_SUPPORT_FUNCTIONS:
        return _fixed_affine(call, name, chunk, diags)
    if qual in CONTAINERS:
        return Layer(name, CONTAINERS[qual], span=span, source=source)
    if qual == "torch.nn.Parameter":
        return _parameter(call, name, chunk, diags)
    if (qual or "").startswith("torch.nn.init."):
        return Layer(name, "Init", Attrs.of({"function": qual.rsplit(".", 1)[-1]}), span=span, source=source)
    if qual == SEQUENTIAL and (any(a.star for a in call.args) or ordered_dict_variable(call, chunk)):
        # nn.Sequential(*blocks): built at run time; weights are matched by walking the built models
        return Layer(name, "Sequential", Attrs.of({"dynamic": True}), span=span, source=source)
    if qual == SEQUENTIAL:
        children = sequential_children(call, name, chunk, diags, local_vars, attributes)
        return Layer(name, "Sequential", span=span, source=source, children=tuple(children))
    local = chunk.local_class(call.func)
    permute = next((p for p in chunk.ctx.permute_modules if p[0] == local), None)
    if permute:  # a module that only permutes: the op itself
        _, arg, pos = permute
        given = [a.value for a in call.args if (a.keyword and a.keyword.value == arg)] or \
            [a.value for a in call.args if a.keyword is None][pos:pos + 1]
        dims = literal(given[0], chunk) if given else None
        if isinstance(dims, (tuple, list)) and all(isinstance(d, int) for d in dims):
            return Layer(name, lookups().torch_method["permute"].name, Attrs.of({"dims": tuple(dims)}), span=span,
                         source=source)
    if dotted_name(call.func) in chunk.ctx.channel_norms:  # LayerNorm2d: in Keras, the LayerNormalization of the channels-last image
        qual = "torch.nn.LayerNorm"
    elif local:
        return Layer(name, "Submodel", Attrs.of({"class": local}), span=span, source=source)
    spec = lookups().torch_module.get(qual or "")
    if spec is None:
        if qual and qual.startswith("torch.nn."):
            diags.append(D.make("PIV101", span, f"`{qual.replace('torch.nn.', 'nn.')}` has no catalog entry: "
                                "Pivot cannot migrate this layer; it is kept with a TODO"))
            return Layer(name, "opaque", span=span, source=source)
        return None
    bound = bind(call, spec, "torch", chunk, what=qual.replace("torch.nn.", "nn."))
    diags.extend(bound.diagnostics)
    marker = {OVER_CHANNELS: True} if dotted_name(call.func) in chunk.ctx.channel_norms else {}
    return Layer(name, spec.name, Attrs.of(bound.attrs | marker), tuple(bound.explicit), span, source)


def sequential_children(call: cst.Call, name: str, chunk: Chunk, diags: list[Diagnostic],
                        local_vars: dict[str, cst.Call], attributes: dict[str, Layer] | None = None) -> list[Layer]:
    """The modules of `nn.Sequential(a, b, ...)` (or of `super().__init__(a, b, ...)` in its subclass);
    `attributes`: the modules the constructor assigned before, which the Sequential may run again."""
    children = []
    for i, arg in enumerate(sequential_items(call, chunk)):
        value = arg.value
        if isinstance(value, cst.Name) and value.value in local_vars:
            value = local_vars[value.value]
        if isinstance(value, cst.IfExp):
            children.append(_conditional_child(value, f"{name}.{i}", chunk, diags, local_vars, arg))
            continue
        child = read_layer(value, f"{name}.{i}", chunk, diags, local_vars) if isinstance(value, cst.Call) \
            else None
        held = (attributes or {}).get(self_attribute(value) or "")
        if child is None and held is not None and held.op not in ("opaque", "Sequential"):
            # `nn.Sequential(self.conv1, self.chomp1, ...)` (locuslab's TCN): the module assigned before, run
            # here too (the same object: its weights are its attribute's)
            child = replace(_renamed(held, f"{name}.{i}"), span=chunk.span(value), source=chunk.text(value))
        if child is None and isinstance(value, cst.Name) and value.value in chunk.ctx.module_models:
            # d2l's `net = nn.Sequential(b1, b2, ...)`: a model the file builds at module level, migrated with it
            child = Layer(f"{name}.{i}", "Built", Attrs.of({"by": value.value}), span=chunk.span(value),
                          source=value.value)
        if child is None and isinstance(value, cst.Call):
            # `conv_bn_act(16, 32, act=nn.SiLU)`, `conv_bn_act(16, 32)`: a helper of the file returning an
            # nn.Sequential, read in place with its arguments bound (its layers' layout is then known)
            child = factory_layer(value, f"{name}.{i}", chunk,
                                  lambda c, block: read_layer(c, f"{name}.{i}", block, diags), whole=True,
                                  own_call=not _mentions_torch(value, chunk))
        if child is None:  # conv1x1(...), norm_layer(...): built by code of the file
            child = built_by_code(value, f"{name}.{i}", chunk, lambda n: _mentions_torch(n, chunk))
        if child is None:
            diags.append(D.make("PIV104", chunk.span(arg), f"`{chunk.text(arg).strip().rstrip(',')}` in nn.Sequential is not "
                                "a module call Pivot can follow"))
            child = Layer(f"{name}.{i}", "opaque", span=chunk.span(arg), source=chunk.text(arg.value))
        children.append(child)
    return children


def _conditional_child(value: cst.IfExp, name: str, chunk: Chunk, diags: list[Diagnostic],
                       local_vars: dict[str, cst.Call], arg: cst.Arg) -> Layer:
    """`nn.ReLU(inplace=True) if relu else nn.Sequential()` as an element of nn.Sequential (GhostNet): the
    condition reads the constructor's values, kept as written; when both modules are weightless and keep the
    shape (an activation, nn.Identity, an empty nn.Sequential), either fills the same position the same way (no
    weight, the same shapes), so the element is read as its first branch. Any other pair is reported."""
    branches = [read_layer(b, name, chunk, [], local_vars) if isinstance(b, cst.Call) else None
                for b in (value.body, value.orelse)]
    if all(b is not None and _weightless_same_shape(b) for b in branches):
        first = next((b for b in branches if b.op != "Sequential"), branches[0])
        return replace(first, span=chunk.span(value), source=chunk.text(value))
    diags.append(D.make("PIV104", chunk.span(arg), f"`{chunk.text(arg).strip().rstrip(',')}` in nn.Sequential "
                        "chooses between modules that differ in weights or shapes; migrate it by hand"))
    return Layer(name, "opaque", span=chunk.span(arg), source=chunk.text(arg.value))


def _weightless_defaults(init: cst.FunctionDef, chunk: Chunk) -> dict[str, cst.Call]:
    """`def __init__(self, activation=nn.ELU(alpha=1.0))` (EEGNet's ports), `activation` then an element of
    nn.Sequential: a parameter whose default builds a weightless module that keeps the shape (an activation,
    dropout), read as that module where the constructor uses it (one object in several places holds no weights;
    another module a caller gives is run as given, and its shapes are the same)."""
    found = {}
    for param in [*init.params.params, *init.params.kwonly_params]:
        if isinstance(param.default, cst.Call):
            layer = read_layer(param.default, param.name.value, chunk, [])
            if layer is not None and layer.op != "Sequential" and _weightless_same_shape(layer):
                found[param.name.value] = param.default
    return found


def _weightless_same_shape(layer: Layer) -> bool:
    if layer.op == "Sequential":
        return not layer.children and not layer.attrs.get("dynamic")
    spec = all_ops().get(layer.op)
    return spec is not None and spec.shape == "same" and spec.weights is None and spec.weight_rule is None and \
        (spec.kind == "activation" or spec.kind == "layer" and spec.identity_at_inference)


def sequential_items(call: cst.Call, chunk: Chunk) -> list:
    """The elements of `nn.Sequential(a, b)`, or of `nn.Sequential(OrderedDict([("a", a), ("b", b)]))` (their
    values: PyTorch indexes a named Sequential by position too, so the weight paths stay positional)."""
    positional = [a for a in call.args if a.keyword is None]
    named = ordered_dict_values(positional[0].value, chunk) if len(positional) == 1 else None
    return named if named is not None else positional


def ordered_dict_values(node: cst.BaseExpression, chunk: Chunk) -> list | None:
    """`OrderedDict([("name", value), ...])`: the tuple elements holding the values (None: not that form)."""
    if not (isinstance(node, cst.Call) and chunk.qualify(node.func) == "collections.OrderedDict"
            and len(node.args) == 1 and isinstance(node.args[0].value, (cst.List, cst.Tuple))):
        return None
    pairs = [el.value for el in node.args[0].value.elements]
    if not all(isinstance(p, cst.Tuple) and len(p.elements) == 2 for p in pairs):
        return None
    return [p.elements[1] for p in pairs]


def ordered_dict_variable(call: cst.Call, chunk: Chunk) -> bool:
    """`nn.Sequential(layers)` whose one argument is `OrderedDict(pairs)` or a name the file assigns
    `OrderedDict()` to (filled in a loop): its modules are known only at run time."""
    args = [a for a in call.args if a.keyword is None and not a.star]
    if len(call.args) != 1 or len(args) != 1:
        return False
    node = args[0].value
    if isinstance(node, cst.Call) and chunk.qualify(node.func) == "collections.OrderedDict":
        return ordered_dict_values(node, chunk) is None
    if not isinstance(node, cst.Name):
        return False
    found = []

    def enter(n: cst.CSTNode) -> None:
        if isinstance(n, (cst.Assign, cst.AnnAssign)) and isinstance(n.value, cst.Call) and \
                chunk.qualify(n.value.func) == "collections.OrderedDict":
            targets = [t.target for t in n.targets] if isinstance(n, cst.Assign) else [n.target]
            found.extend(t for t in targets if isinstance(t, cst.Name) and t.value == node.value)

    walk(chunk.module, enter)
    return bool(found)


def _fixed_affine(call: cst.Call, name: str, chunk: Chunk, diags: list[Diagnostic]) -> Layer | None:
    """Pivot's `fixed_affine(nn.BatchNorm2d(c), 'bias')` (a Keras norm with one of center/scale off, migrated):
    the norm with that Keras switch off."""
    args = [a.value for a in call.args]
    norm = read_layer(args[0], name, chunk, diags) if args and isinstance(args[0], cst.Call) else None
    fixed = {literal(a, chunk) for a in args[1:]}
    spec = CATALOG.get(norm.op) if norm is not None else None
    if spec is None or not spec.affine_switches or not fixed <= {p for _, p in FIXED_BY_SWITCH}:
        diags.append(D.make("PIV105", chunk.span(call), f"`{chunk.text(call)}` is not a norm Pivot froze"))
        return Layer(name, "opaque", span=chunk.span(call), source=chunk.text(call))
    off = {switch: False for switch, param in FIXED_BY_SWITCH if param in fixed}
    return replace(norm, attrs=Attrs.of(norm.attrs.as_dict() | off), explicit=norm.explicit + tuple(off),
                   span=chunk.span(call), source=chunk.text(call))


def _channels_last(call: cst.Call, name: str, chunk: Chunk, diags: list[Diagnostic]) -> Layer:
    """Pivot's `ChannelsLast(nn.Linear(8, 4))` (a Keras Dense or LayerNormalization over the channels of an image
    inside a Sequential, migrated): the layer, reading the channel axis of the image (in Keras, the layer itself)."""
    args = [a.value for a in call.args]
    inner = read_layer(args[0], name, chunk, diags) if len(args) == 1 and isinstance(args[0], cst.Call) else None
    spec = CATALOG.get(inner.op) if inner is not None else None
    if spec is None or spec.feature_axis != -1 or inner.children:
        diags.append(D.make("PIV105", chunk.span(call), f"`{chunk.text(call)}`: Pivot migrates `ChannelsLast` of a "
                            "layer over the last axis (a linear layer, a LayerNorm) written in place"))
        return Layer(name, "opaque", span=chunk.span(call), source=chunk.text(call))
    return replace(inner, attrs=Attrs.of(inner.attrs.as_dict() | {OVER_CHANNELS: True}), span=chunk.span(call),
                   source=chunk.text(call))


_CREATORS = {"torch.zeros": "zeros", "torch.ones": "ones", "torch.randn": "random_normal",
             "torch.empty": "zeros", "torch.rand": "random_uniform"}
_UNINITIALISED = ("torch.Tensor", "torch.FloatTensor")  # the legacy constructors, given sizes


def _parameter(call: cst.Call, name: str, chunk: Chunk, diags: list[Diagnostic]) -> Layer:
    """`nn.Parameter(torch.zeros(1, n, d))`: a learned tensor, with its shape and how it starts."""
    value = call.args[0].value if call.args else None
    value, initializer = _initialised(value, chunk, diags)
    qual = chunk.qualify(value.func) if isinstance(value, cst.Call) else None
    if qual in _UNINITIALISED and value.args and all(  # `torch.Tensor(out, in)` (sizes; a list would be values)
            a.keyword is None and not isinstance(a.value, (cst.List, cst.Tuple, cst.ListComp)) for a in value.args):
        qual = "torch.empty"  # uninitialised memory, as torch.empty: set by an initialiser (or the weights copied)
    if qual not in _CREATORS:
        diags.append(D.make("PIV105", chunk.span(call), f"`{chunk.text(call)}`: only parameters made with "
                            "torch.zeros/ones/randn/rand/empty (or torch.Tensor of sizes) are migrated"))
        return Layer(name, "opaque", span=chunk.span(call), source=chunk.text(call))
    sizes = [chunk.text(a.value) for a in value.args if a.keyword is None]
    shape = sizes[0] if len(sizes) == 1 and sizes[0].startswith(("(", "[")) else \
        f"({sizes[0]},)" if len(sizes) == 1 else f"({', '.join(sizes)})"
    trainable = next((literal(a.value, chunk) for a in call.args if a.keyword and a.keyword.value == "requires_grad"),
                     True)
    return Layer(name, "Parameter", Attrs.of({"shape": Expr(shape), "initializer": initializer or _CREATORS[qual],
                                              "trainable": trainable}), span=chunk.span(call), source=chunk.text(call))


_REFILLS = {"normal_": "random_normal", "uniform_": "random_uniform", "zero_": "zeros", "trunc_normal_": "truncated_normal"}


def _initialised(value, chunk: Chunk, diags: list[Diagnostic]):
    """`torch.empty(...).normal_(std=0.02)` or `torch.ones(...) * 0.5`: the creator call and the Keras initializer
    of the refill (None: the creator's). Initial values matter only for training from scratch: a scale or a
    distribution's parameters are not carried, which a note says."""
    if isinstance(value, cst.Call) and isinstance(value.func, cst.Attribute) and value.func.attr.value in _REFILLS \
            and isinstance(value.func.value, cst.Call):
        if value.args:
            diags.append(D.make("PIV203", chunk.span(value), f"`{chunk.text(value)}`: the initial distribution's "
                                "parameters are not carried (Keras default ones); trained values are copied",
                                severity="information"))
        return value.func.value, _REFILLS[value.func.attr.value]
    # the scale on either side: ConvNeXt's layer scale is `layer_scale_init_value * torch.ones((dim))`
    # and a division of it (`torch.randn(n_in, n_out) / math.sqrt(n_in)`, from-scratch tutorials' fan-in scaling)
    creator = next((side for side in (value.left, value.right) if isinstance(side, cst.Call)), None) \
        if isinstance(value, cst.BinaryOperation) and isinstance(value.operator, cst.Multiply) else \
        value.left if isinstance(value, cst.BinaryOperation) and isinstance(value.operator, cst.Divide) and \
        isinstance(value.left, cst.Call) else None
    if creator is not None:
        diags.append(D.make("PIV203", chunk.span(value), f"`{chunk.text(value)}`: the initial scale is not "
                            "carried; trained values are copied", severity="information"))
        return creator, None
    return value, None


def find_networks(chunk: Chunk) -> list[Network]:
    nets: list[Network] = []
    for stmt in chunk.module.body:
        if isinstance(stmt, cst.ClassDef) and _is_module_class(stmt, chunk) \
                and stmt.name.value not in chunk.ctx.torch_support:  # Pivot's `ChannelsLast`: read where called
            nets.append(read_class(stmt, chunk))
        elif isinstance(stmt, cst.FunctionDef) and not is_training_code(chunk.text(stmt), "torch") \
                and stmt.name.value not in chunk.ctx.torch_support:  # Pivot's `fixed_affine`: read where called
            ret = returned_call(stmt, chunk, (SEQUENTIAL,))
            if ret is not None:
                nets.append(_sequential_network(stmt.name.value, ret, stmt, chunk, params_of(stmt, chunk),
                                                docstring_of(stmt.body), local_calls(stmt)))
            else:
                diags: list[Diagnostic] = []
                templates = layer_templates(stmt, chunk, set(), diags)
                if templates:  # a helper that builds layers (conv3x3): migrated with the models using it
                    nets.append(Network(stmt.name.value, "torch", "helper", chunk.span(stmt),
                                        params=params_of(stmt, chunk), templates=tuple(templates),
                                        diagnostics=tuple(diags), binding=stmt.name.value,
                                        uses=names_used(stmt, chunk.ctx, chunk)))
                elif (_mentions_torch(stmt, chunk) or _tensor_methods_of_parameters(stmt, chunk)) \
                        and not _script_function(stmt, chunk):
                    nets.append(read_function(stmt, chunk, "torch"))
                elif returned := _returns_local_model(stmt, chunk, "torch"):  # def resnet18(): return ResNet()
                    # it computes as the class it returns: analysis gives it that class's layers and dataflow,
                    # as for a subclass, so shapes and layout are known when it is verified
                    nets.append(Network(stmt.name.value, "torch", "factory", chunk.span(stmt),
                                        params=params_of(stmt, chunk), binding=stmt.name.value,
                                        uses=names_used(stmt, chunk.ctx, chunk),
                                        bases=(returned,)))
        elif isinstance(stmt, cst.SimpleStatementLine):
            for small in stmt.body:
                if (isinstance(small, cst.Assign) and isinstance(small.value, cst.Call)
                        and chunk.qualify(small.value.func) == SEQUENTIAL
                        and isinstance(small.targets[0].target, cst.Name)):
                    nets.append(_sequential_network(small.targets[0].target.value, small.value, stmt, chunk))
    return nets


def _is_module_class(cls: cst.ClassDef, chunk: Chunk) -> bool:
    return chunk.ctx.framework_of(cls.name.value) == "torch"


def _sequential_network(name: str, call: cst.Call, stmt: cst.CSTNode, chunk: Chunk,
                        params: tuple[Param, ...] = (), doc: str | None = None,
                        local_vars: dict[str, cst.Call] | None = None) -> Network:
    diags: list[Diagnostic] = []
    seq = read_layer(call, "", chunk, diags, local_vars)
    children = tuple(_renamed(c, str(i)) for i, c in enumerate(seq.children))
    known = {span for l in children for span in layer_spans(l)} | {seq.span}
    templates = layer_templates(stmt, chunk, known, diags)
    return Network(name, "torch", "sequential", chunk.span(stmt), params=params, layers=children,
                   inputs=("x",), docstring=doc, diagnostics=tuple(diags), binding=name,
                   templates=tuple(templates), uses=names_used(stmt, chunk.ctx, chunk))


def chosen_class(call: cst.Call, chunk: Chunk, values: dict) -> tuple[str | None, str, str] | None:
    """`getattr(nn, rnn_type)(...)`: (the parameter, its value, the class) where the value the file builds the model
    with (`classes.known_values`) names a class of torch.nn (a literal `getattr(nn, "LSTM")`: no parameter, None); `ACTIVATIONS[activation]()` of a top-level table of
    torch.nn classes (`Context.class_tables`) by a parameter the same way, or by a literal key (no parameter: None);
    None for any other call."""
    func = call.func
    table = chunk.ctx.class_table(func.value.value) if isinstance(func, cst.Subscript) and \
        isinstance(func.value, cst.Name) and len(func.slice) == 1 and isinstance(func.slice[0].slice, cst.Index) \
        else None
    if table is not None and all(q in lookups().torch_module for q in table.values()):
        given = func.slice[0].slice.value
        name, key = (None, given.evaluated_value) if isinstance(given, cst.SimpleString) else \
            (given.value, values.get(given.value)) if isinstance(given, cst.Name) else (None, None)
        return (name, key, table[key]) if isinstance(key, str) and key in table else None
    if not (isinstance(func, cst.Call) and isinstance(func.func, cst.Name) and func.func.value == "getattr"
            and len(func.args) == 2 and chunk.qualify(func.args[0].value) == "torch.nn"):
        return None
    given = func.args[1].value
    if isinstance(given, cst.SimpleString):  # `getattr(nn, "Conv2d")(...)`: the class named by a literal
        name, value = None, given.evaluated_value
    elif isinstance(given, cst.Name):
        name, value = given.value, values.get(given.value)
    elif isinstance(given, cst.Subscript) and isinstance(given.value, cst.Name) and len(given.slice) == 1 and \
            isinstance(given.slice[0].slice, cst.Index) and isinstance(given.slice[0].slice.value, cst.SimpleString):
        # `getattr(nn, config['activation'])()`: a key of a dict parameter the file builds the model with
        table = values.get(given.value.value)
        key = given.slice[0].slice.value.evaluated_value
        name, value = chunk.text(given), table.get(key) if isinstance(table, dict) else None
    else:
        return None
    return (name, value, f"torch.nn.{value}") if isinstance(value, str) and value.isidentifier() else None


def _chosen_by(by: tuple) -> dict:
    """The CHOSEN_BY attribute of a layer `chosen_class` resolved: (the parameter, its value); none for a literal."""
    return {CHOSEN_BY: by[:2]} if by[0] is not None else {}


def _weight_ties(init: cst.FunctionDef, layers: list[Layer], chunk: Chunk, decide=None) -> dict:
    """`self.decoder.weight = self.encoder.weight` in the constructor (also under an `if` whose condition the file's
    values decide, `decide` as in `self_assignments`): the nn.Linear `decoder` -> (the nn.Embedding or nn.Linear
    `encoder` it reads its weight from, the statement's span, the condition the tie runs under as code ("" when
    none), whether the file's values run it), where the encoder is made first (Keras's
    `TorchTiedLinear(self.encoder, ...)` is built with it). A condition read where the decoder is made in Keras
    (`TorchTiedLinear(...) if tie_weights else layers.Dense(...)`) reads constructor parameters never reassigned."""
    by_name = {l.name: l for l in layers}
    found = {}
    ops = lookups().torch_module
    linear, embedding = ops["torch.nn.Linear"].name, ops["torch.nn.Embedding"].name
    for small, tests in _tie_statements(init.body, ()):
        sides = [_layer_weight(small.targets[0].target), _layer_weight(small.value)]
        if None in sides:
            continue
        user, owner = (by_name.get(name) for name in sides)
        known = [decide(test) if decide is not None and _never_reassigned(init, test) else None
                 for test, _ in tests]
        if user is not None and owner is not None and user.op == linear and owner.op in (embedding, linear) \
                and owner.span.line < user.span.line and user.name not in found and None not in known:
            runs = all(k == held for k, (_, held) in zip(known, tests))
            condition = " and ".join(_condition_code(test, held, chunk, len(tests) > 1) for test, held in tests)
            found[user.name] = (owner.name, chunk.span(small), condition, runs)
    return found


def _tie_statements(body: cst.BaseSuite, tests: tuple):
    """Every single-target assignment alone on its line in `body`, also under `if`/`else`: (the assignment, the
    enclosing (condition, branch taken when it holds?) pairs)."""
    for stmt in getattr(body, "body", ()):
        small = stmt.body[0] if isinstance(stmt, cst.SimpleStatementLine) and len(stmt.body) == 1 else None
        if isinstance(small, cst.Assign) and len(small.targets) == 1:
            yield small, tests
        elif isinstance(stmt, cst.If):
            yield from _tie_statements(stmt.body, tests + ((stmt.test, True),))
            orelse = stmt.orelse
            if isinstance(orelse, cst.Else):
                yield from _tie_statements(orelse.body, tests + ((stmt.test, False),))
            elif orelse is not None:  # elif
                yield from _tie_statements(cst.IndentedBlock(body=[orelse]), tests + ((stmt.test, False),))


def _never_reassigned(init: cst.FunctionDef, test: cst.BaseExpression) -> bool:
    """No name `test` reads is assigned in the constructor (it holds the parameter's value wherever it is read)."""
    read: set = set()
    assigned: set = set()
    walk(test, lambda n: read.add(n.value) if isinstance(n, cst.Name) else None)

    def enter(node: cst.CSTNode) -> None:
        targets = [t.target for t in node.targets] if isinstance(node, cst.Assign) else \
            [node.target] if isinstance(node, (cst.AugAssign, cst.AnnAssign, cst.For)) else []
        for target in targets:
            walk(target, lambda n: assigned.add(n.value) if isinstance(n, cst.Name) else None)

    walk(init.body, enter)
    return not read & assigned


def _condition_code(test: cst.BaseExpression, held: bool, chunk: Chunk, joined: bool) -> str:
    code = chunk.text(test).strip()
    simple = isinstance(test, (cst.Name, cst.Attribute, cst.Call))
    if not held:
        return f"not {code}" if simple else f"not ({code})"
    return code if simple or not joined else f"({code})"


def _layer_weight(node: cst.BaseExpression) -> str | None:
    """`self.<name>.weight`: the name."""
    owner = node.value if isinstance(node, cst.Attribute) and node.attr.value == "weight" else None
    return owner.attr.value if isinstance(owner, cst.Attribute) and isinstance(owner.value, cst.Name) and \
        owner.value.value == "self" else None


def _layer_attributes_set(init: cst.FunctionDef, names: set[str], chunk: Chunk, tied: set = frozenset()
                          ) -> list[Diagnostic]:
    """`self.decoder.weight = self.encoder.weight` (weight tying), `self.fc.bias = nn.Parameter(...)`: an
    attribute of a layer set in the constructor; a Keras layer has no such attribute (it was copied as written:
    exit 0, and the Keras model had no tying, or failed when built). `tied`: the ties read (`_weight_ties`)."""
    found: list[Diagnostic] = []

    def enter(node: cst.CSTNode) -> None:
        if not isinstance(node, (cst.Assign, cst.AugAssign)) or chunk.span(node) in tied:
            return
        for target in (t.target for t in node.targets) if isinstance(node, cst.Assign) else (node.target,):
            owner = target.value if isinstance(target, cst.Attribute) else None
            if isinstance(owner, cst.Attribute) and isinstance(owner.value, cst.Name) and \
                    owner.value.value == "self" and owner.attr.value in names:
                what = "ties the parameters of two layers (weight tying)" if target.attr.value in (
                    "weight", "bias") else "sets an attribute of a PyTorch layer"
                found.append(D.make("PIV102", chunk.span(node), f"`{chunk.text(node).strip()}` {what}, which "
                                    "Pivot does not migrate (a Keras layer owns its weights); migrate it by hand"))

    walk(init, enter)
    return found


def _assigned_locals(init: cst.FunctionDef, local_vars: dict) -> list[tuple[str, cst.Name]]:
    """`self.cnn = cnn` at the constructor's top level, `cnn` a local assigned a call."""
    return [(t.target.attr.value, small.value) for stmt in init.body.body for small in small_statements(stmt)
            if isinstance(small, cst.Assign) and isinstance(small.value, cst.Name) and small.value.value in local_vars
            for t in small.targets if isinstance(t.target, cst.Attribute) and isinstance(t.target.value, cst.Name)
            and t.target.value.value == "self"]


def _grown_later(init: cst.FunctionDef, target: str, value: cst.CSTNode | None = None) -> bool:
    """Whether the constructor adds modules to `self.<target>` (`.add_module(...)`, `.append(...)`), or to the
    local `value` names (`cnn = nn.Sequential()`, `cnn.add_module(...)` in a nested `convRelu(i)`, `self.cnn =
    cnn`: meijieru's CRNN)."""
    found = []
    local = value.value if isinstance(value, cst.Name) else None

    def enter(node: cst.CSTNode) -> None:
        func = node.func if isinstance(node, cst.Call) else None
        if not (isinstance(func, cst.Attribute) and func.attr.value in ("add_module", "append", "extend")):
            return
        if isinstance(func.value, cst.Attribute) and func.value.attr.value == target and \
                isinstance(func.value.value, cst.Name) and func.value.value.value == "self":
            found.append(node)
        elif local is not None and isinstance(func.value, cst.Name) and func.value.value == local:
            found.append(node)

    walk(init, enter)
    return bool(found)


# a dynamic Sequential's local name in the constructor (`cnn = nn.Sequential()`, `cnn.add_module(...)` in a nested
# function, `self.cnn = cnn`: meijieru's CRNN), whose adds the Keras code writes as `cnn.add(m)`
FILLED_AS = "filled_as"


def _filled_by_add(init: cst.FunctionDef, local: str) -> bool:
    """Every use of the local `local` in the constructor, other than where it is bound (once) and given to
    `self.x = local`, is `local.add_module(name, m)` or `local.append(m)` (what keras.Sequential's `add` does)."""
    uses: list[bool] = []
    bound = [0]

    def enter(node: cst.CSTNode) -> bool:
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and \
                isinstance(node.func.value, cst.Name) and node.func.value.value == local:
            n = 2 if node.func.attr.value == "add_module" else 1 if node.func.attr.value == "append" else 0
            uses.append(bool(n) and len(node.args) == n and not any(a.keyword or a.star for a in node.args))
            for a in node.args:
                walk(a, enter)
            return False
        if isinstance(node, cst.Assign):
            if any(isinstance(t.target, cst.Name) and t.target.value == local for t in node.targets):
                bound[0] += 1
                walk(node.value, enter)
                return False
            if isinstance(node.value, cst.Name) and node.value.value == local and \
                    all(self_attribute(t.target) for t in node.targets):
                return False
        if isinstance(node, cst.Name) and node.value == local:
            uses.append(False)
        return True

    walk(init, enter)
    return bound[0] == 1 and all(uses)


def _first_grown(init: cst.FunctionDef, target: str, chunk: Chunk) -> Span | None:
    """The span of the first layer the constructor builds into `self.<target>` (`.append(nn.Conv2d(...))`,
    `.extend([nn.Conv2d(...), ...])`, or the element of a comprehension it is made of: `nn.ModuleList([nn.Conv1d(..,
    k) for k in sizes])`), in source order."""
    found: list[Span] = []

    def enter(node: cst.CSTNode) -> None:
        if not found and isinstance(node, cst.Assign) and isinstance(node.value, cst.Call) and node.value.args and \
                any(self_attribute(t.target) == target for t in node.targets) and \
                isinstance(node.value.args[0].value, (cst.ListComp, cst.GeneratorExp)) and \
                isinstance(node.value.args[0].value.elt, cst.Call):
            found.append(chunk.span(node.value.args[0].value.elt))
        func = node.func if isinstance(node, cst.Call) else None
        if not found and isinstance(func, cst.Attribute) and func.attr.value in ("append", "extend") and \
                isinstance(func.value, cst.Attribute) and func.value.attr.value == target and \
                isinstance(func.value.value, cst.Name) and func.value.value.value == "self" and len(node.args) == 1:
            value = node.args[0].value
            if func.attr.value == "extend" and isinstance(value, (cst.List, cst.Tuple)) and value.elements:
                value = value.elements[0].value
            if isinstance(value, cst.Call):
                found.append(chunk.span(value))

    walk(init, enter)
    return found[0] if found else None


def _renamed(layer: Layer, name: str) -> Layer:
    kids = tuple(_renamed(c, f"{name}.{i}") for i, c in enumerate(layer.children))
    return Layer(name, layer.op, layer.attrs, layer.explicit, layer.span, layer.source, layer.activation, kids)


def read_class(cls: cst.ClassDef, chunk: Chunk) -> Network:
    diags: list[Diagnostic] = []
    layers: list[Layer] = []
    init = method_named(cls, "__init__")
    forward = method_named(cls, "forward")
    params = params_of(init, chunk) if init else ()
    called = method_named(cls, "__call__")
    if called is not None and forward is None:
        # `def __call__(self, x)` in place of forward (a satellite U-Net blog): keras.Model's __call__ would be
        # replaced, its `call` left empty (was exit 0, then `__call__() got an unexpected keyword 'training'`)
        diags.append(D.make("PIV102", chunk.span(called.name), f"`{cls.name.value}.__call__` overrides "
                            "nn.Module.__call__ in place of `forward`; rename it `forward` (or migrate it by hand)"))
    if init:
        local_vars = local_calls(init)  # final_conv = nn.Conv2d(...); nn.Sequential(..., final_conv)
        local_vars = _weightless_defaults(init, chunk) | local_vars
        values = known_values(cls.name.value, params, chunk)
        chosen = list(self_assignments(init.body, lambda test: static_truth(test, chunk, values)))
        for target, call in [*chosen, *registered_modules(init), *_assigned_locals(init, local_vars)]:
            if isinstance(call, cst.Name):
                # `cnn = nn.Sequential()`, modules added to it, then `self.cnn = cnn` (meijieru's CRNN)
                # is reported: the Keras code has no container to add to (it was written as an empty Sequential,
                # an identity, and `cnn.add_module(...)` kept: exit 0, then a crash)
                built = read_layer(local_vars[call.value], target, chunk, [], local_vars, {l.name: l for l in layers})
                if built is not None and built.op == "Sequential" and not built.children and not built.attrs.get(
                        "dynamic") and _grown_later(init, target, call) and _filled_by_add(init, call.value):
                    # only `cnn.add_module(name, m)` / `cnn.append(m)`: keras.Sequential's `add(m)`, in call order
                    layers.append(Layer(target, "Sequential", Attrs.of({"dynamic": True, FILLED_AS: call.value}),
                                        span=built.span, source=built.source))
                    continue
                if built is not None and built.op == "Sequential" and not built.children \
                        and _grown_later(init, target, call):
                    diags.append(D.make("PIV104", chunk.span(call), f"`self.{target} = {call.value}`: a container "
                                        f"filled by `{call.value}.add_module(...)`/`.append(...)` through a local "
                                        "name is not followed; migrate it by hand"))
                    layer = Layer(target, "opaque", span=chunk.span(call), source=chunk.text(call))
                    layers.append(layer)
                continue
            by = chosen_class(call, chunk, values)
            layer = read_layer(call, target, chunk, diags, local_vars, {l.name: l for l in layers},
                               by[2] if by else None)
            if layer is not None and by:
                layer = replace(layer, attrs=Attrs.of(layer.attrs.as_dict() | _chosen_by(by)))
            if layer is None:  # `self.conv = make_conv3()`: a function returning one layer, read as that layer
                layer = factory_layer(call, target, chunk, lambda c, block: read_layer(c, target, block, diags))
            if layer is None:  # `helper(..., act=nn.SiLU)`, `helper(16, 32)` returning nn.Sequential: read in place
                layer = factory_layer(call, target, chunk, lambda c, block: read_layer(c, target, block, diags),
                                      whole=True, own_call=not _mentions_torch(call, chunk))
            if layer is None and _builds_by_helper(call, chunk):
                layer = Layer(target, "Built", Attrs.of({"by": chunk.text(call.func)}), span=chunk.span(call),
                              source=chunk.text(call))
            elif layer is None and _mentions_torch(call, chunk) and not touches_no_tensor(call, chunk):
                diags.append(D.make("PIV104", chunk.span(call), f"`self.{target} = {chunk.text(call)}`: Pivot "
                                    "cannot tell statically which layer this builds; migrate it by hand"))
                layer = Layer(target, "opaque", span=chunk.span(call), source=chunk.text(call))
            if layer is not None and layer.op == "Sequential" and not layer.children and _grown_later(init, target):
                # `self.dense = nn.Sequential()` then `self.dense.add_module(f"layer{i}", ...)` in a loop: built at
                # run time (it was an empty Sequential, an identity in Keras that has no `add`: exit 0, a crash)
                layer = Layer(target, "Sequential", Attrs.of({"dynamic": True}), span=layer.span, source=layer.source)
            if layer is not None:
                layers.append(layer)
        layers += [_buffer(call, target, chunk, diags, init) for target, call in registered_buffers(init)]
        layers += held_activations(init, chunk, "torch", values)  # `self.act = F.relu`, `self.act = ACTS[act]`
        # `self.decoder.weight = self.encoder.weight`, also under `if tie_weights:`
        ties = _weight_ties(init, layers, chunk, lambda test: static_truth(test, chunk, values))
        layers = [replace(l, op=TIED_LINEAR if ties[l.name][3] else l.op, attrs=Attrs.of(
                      l.attrs.as_dict() | {"tied": ties[l.name][0]} | ({TIED_IF: ties[l.name][2]} if ties[l.name][2]
                                                                       else {})))
                  if l.name in ties else l for l in layers]
        diags += _layer_attributes_set(init, {l.name for l in layers}, chunk, {tie[1] for tie in ties.values()})
    chain = _sequential_super(cls, init, chunk, diags) if forward is None else None
    if chain:
        layers = list(chain) + layers
    known = {span for l in layers for span in layer_spans(l)}
    templates = layer_templates(cls, chunk, known, diags)
    if init:  # `layers.append(getattr(nn, config['activation'])())`: the class the file's values name
        templates += _chosen_templates(init, chunk, known, values, diags)
    if init:  # a branch not taken (`if`, `a if c else b`): named as the attribute, whose input it reads
        branches = {chunk.span(call): target for call, target in attribute_calls(init).items()}
        templates = [replace(t, name=branches[t.span]) if not t.name and t.span in branches else t for t in templates]
    # a layer of a list-built nn.Sequential (`mid = [...]; mid.extend([...]); nn.Sequential(*mid)`, or one a helper
    # returns) whose Keras layer depends on its input's rank (PReLU's shared axes, nn.Dropout2d's
    # SpatialDropout2D) takes the rank its neighbours fix (frontends.chains)
    classes = _class_calls(cls, chunk, known)  # the file's module classes in those chains (an SE block)
    ranks = chain_input_ranks(cls, chunk, tuple(templates) + classes, False, TORCH_SEQUENTIAL)
    chained = tuple(sorted({(str(c.attrs.get("class")), ranks[c.span]) for c in classes if ranks.get(c.span, 0) >= 3}))
    templates = [with_input_rank(t, ranks, _keras_layer_by_rank) for t in templates]
    if init:  # `Highway(size, n, f=F.relu)`: the activation function given to a model class of the file
        templates += passed_activations(init, chunk, "torch")
        diags += passed_lambdas(init, chunk, ("torch",))
    inherits = any(chunk.local_class(b.value) or chunk.qualify(b.value) == SEQUENTIAL for b in cls.bases)
    if forward is None and not inherits:
        diags.append(D.make("PIV104", chunk.span(cls.name), f"`{cls.name.value}` has no forward(): nothing to "
                            "migrate", severity="warning"))
    grown = tuple((layer.name, span) for layer in layers if init and layer.op == "ModuleList" and not layer.children
                  for span in [_first_grown(init, layer.name, chunk)] if span is not None)
    if init:  # `self.register_parameter("bias", None)`: an attribute that is None (see the Keras backend)
        diags += [D.make("PIV102", chunk.span(call), f"`{chunk.text(call)}`: a parameter registered by name is not "
                         f"migrated; assign it (`self.{name} = nn.Parameter(...)`) or migrate it by hand")
                  for name, call in registered_parameters(init) if not _is_none(call.args[1].value)]
    net = subclass_network(cls, chunk, "torch", forward, ("self",), layers, diags, params=params,
                           templates=tuple(templates), grown=grown)
    if chained:
        net = replace(net, chained_ranks=chained)
    if init:  # F.linear(x, self.weight, self.bias) of a bias that may be None: written for both cases
        optional = {name for name, call in registered_parameters(init) if _is_none(call.args[1].value)} | \
            _assigned_none(init)
        net = replace(net, nodes=tuple(_with_optional_bias(n, optional) for n in net.nodes)) if optional else net
    if chain:  # nn.Sequential's forward: each module applied to the previous one's output
        nodes, last = [], "x"
        for i, layer in enumerate(chain):
            nodes.append(Node("layer", (last,), (f"%{i + 1}",), layer=layer.name, span=layer.span,
                              source=layer.source, form="call"))
            last = f"%{i + 1}"
        net = replace(net, inputs=("x",), nodes=tuple(nodes), outputs=(last,))
    return net


def _sequential_super(cls: cst.ClassDef, init: cst.FunctionDef | None, chunk: Chunk,
                      diags: list[Diagnostic]) -> tuple[Layer, ...] | None:
    """`class Net(nn.Sequential)` whose constructor passes its modules to `super().__init__(a, b, ...)`: those
    modules, named by position as nn.Sequential names them (None for another form: `*layers` is read from the
    built model)."""
    if init is None or not any(chunk.qualify(b.value) == SEQUENTIAL for b in cls.bases):
        return None
    calls = _super_init_calls(init)
    if len(calls) != 1 or not calls[0].args or any(a.star or a.keyword for a in calls[0].args):
        return None
    if ordered_dict_variable(calls[0], chunk):
        return None
    children = sequential_children(calls[0], "", chunk, diags, local_calls(init))
    return tuple(_renamed(c, str(i)) for i, c in enumerate(children)) or None


def _super_init_calls(init: cst.FunctionDef) -> list[cst.Call]:
    """`super().__init__(...)` (or `super(Net, self).__init__(...)`) calls in a constructor."""
    found = []

    def enter(node: cst.CSTNode) -> None:
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value == "__init__" \
                and isinstance(node.func.value, cst.Call) and isinstance(node.func.value.func, cst.Name) \
                and node.func.value.func.value == "super":
            found.append(node)

    walk(init, enter)
    return found


def _returns_local_model(fn: cst.FunctionDef, chunk: Chunk, framework: str) -> str | None:
    """The model class of this file (of `framework`) that `fn` returns an instance of, if any: `return VGG(...)`,
    `model = VGG(...)` then `return model`, or the result of another such function (torchvision's `_vgg`)."""
    built: dict[str, cst.Call] = {}
    for stmt in fn.body.body:
        for small in stmt.body if isinstance(stmt, cst.SimpleStatementLine) else ():
            if isinstance(small, cst.Assign) and isinstance(small.value, cst.Call) and len(small.targets) == 1 \
                    and isinstance(small.targets[0].target, cst.Name):
                built[small.targets[0].target.value] = small.value
            if not isinstance(small, cst.Return):
                continue
            value = built.get(small.value.value) if isinstance(small.value, cst.Name) else small.value
            if not isinstance(value, cst.Call):
                continue
            local = chunk.local_class(value.func)
            if local is None and isinstance(value.func, cst.Name):
                local = dict(chunk.ctx.model_factories).get(value.func.value)
            if local and chunk.ctx.framework_of(local) == framework:
                return local
    return None


def _mentions_torch(node: cst.CSTNode, chunk: Chunk) -> bool:
    return chunk.mentions(node, [name for name, qual in chunk.ctx.aliases if qual.split(".")[0] == "torch"])


def _script_function(fn: cst.FunctionDef, chunk: Chunk) -> bool:
    """A function that takes nothing and no class of the file calls (KernelBench's `get_inputs()`, a `test()` that
    builds a model and runs it on `torch.randn(...)`): it computes on no tensor given to it, so it is script code
    for the training translation (its example tensors made the Keras way), not a function of tensors."""
    if fn.params.params or fn.params.kwonly_params or fn.params.star_kwarg \
            or fn.params.star_arg is not cst.MaybeSentinel.DEFAULT:
        return False
    classes = [s for s in chunk.module.body if isinstance(s, cst.ClassDef)]
    return not any(chunk.mentions(c, [fn.name.value]) for c in classes)


def _tensor_methods_of_parameters(fn: cst.FunctionDef, chunk: Chunk) -> bool:
    """A function of a PyTorch file that calls an elementwise PyTorch tensor method of the catalog on one of its
    parameters (kuangliu's `def swish(x): return x * x.sigmoid()`): it computes on tensors, as one calling
    `torch.sigmoid(x)` does, so it is read (and migrated) as such."""
    if not any(qual.split(".")[0] == "torch" for _, qual in chunk.ctx.aliases):
        return False
    params = {p.name.value for p in fn.params.params}
    found = False

    def enter(node: cst.CSTNode) -> None:
        nonlocal found
        func = node.func if isinstance(node, cst.Call) else None
        if isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name) and func.value.value in params:
            spec = lookups().torch_method.get(func.attr.value)
            found = found or (spec is not None and spec.shape == "same" and not spec.axis_args)

    walk(fn.body, enter)
    return found


def _builds_by_helper(call: cst.Call, chunk: Chunk) -> bool:
    """`self._make_layer(...)` or a helper function of the file: a module built by code."""
    func = call.func
    if isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name) and func.value.value == "self":
        return True
    return isinstance(func, cst.Name) and chunk.ctx.is_local_function(func.value)


def _chosen_templates(init: cst.FunctionDef, chunk: Chunk, known: set, values: dict,
                      diags: list[Diagnostic]) -> list[Layer]:
    """`getattr(nn, name)(...)` calls of the constructor not read as declared layers, as templates of the torch.nn
    class the file's values name (`chosen_class`); Keras builds it from a table of that one value."""
    found: list[Layer] = []

    def enter(node: cst.CSTNode) -> None:
        by = chosen_class(node, chunk, values) if isinstance(node, cst.Call) else None
        if by and chunk.span(node) not in known:
            layer = read_layer(node, "", chunk, diags, qualified=by[2])
            if layer is not None:
                found.append(replace(layer, attrs=Attrs.of(layer.attrs.as_dict() | _chosen_by(by))))

    walk(init, enter)
    return found


def layer_templates(node: cst.CSTNode, chunk: Chunk, known: set, diags: list[Diagnostic]) -> list[Layer]:
    """Module constructors anywhere under `node` not already read as declared layers."""
    def is_module(qual: str) -> bool:
        return qual.startswith("torch.nn.") and not qual.startswith("torch.nn.functional") \
            and qual != "torch.nn.Module"

    found = constructor_templates(node, chunk, known, is_module, lambda call: read_layer(call, "", chunk, diags))
    return found + class_references(node, chunk)


def class_references(node: cst.CSTNode, chunk: Chunk) -> list[Layer]:
    """`norm_layer = nn.BatchNorm2d`: a catalog layer class used as a value (not called, not in isinstance)."""
    found: list[Layer] = []
    skip: set[int] = set()

    def enter(child: cst.CSTNode) -> bool:
        if isinstance(child, cst.Call):
            skip.add(id(child.func))
            if isinstance(child.func, cst.Name) and child.func.value in ("isinstance", "issubclass"):
                for arg in child.args[1:]:
                    skip.add(id(arg.value))
                    for el in getattr(arg.value, "elements", ()):
                        skip.add(id(el.value))
        elif isinstance(child, cst.Name) and child.value in chunk.ctx.channel_norms and id(child) not in skip:
            # `partial(LayerNorm2d, eps=1e-6)`: the norm over an image's channels, Keras's LayerNormalization
            found.append(Layer("", lookups().torch_module["torch.nn.LayerNorm"].name, Attrs.of({"classref": True, OVER_CHANNELS: True}),
                               span=chunk.span(child), source=chunk.text(child)))
        elif isinstance(child, cst.Attribute):
            if id(child) in skip:
                return False
            spec = lookups().torch_module.get(chunk.qualify(child) or "")
            if spec is not None and (spec.args or spec.kind == "activation"):  # nn.Tanh too
                found.append(Layer("", spec.name, Attrs.of({"classref": True}), span=chunk.span(child),
                                   source=chunk.text(child)))
                return False
        return True

    walk(node, enter)
    return found


def registered_modules(node: cst.CSTNode) -> list[tuple[str, cst.Call]]:
    """`self.add_module("name", Call(...))` with a literal name anywhere under `node`: a submodule, as if
    assigned to `self.name`. With a computed name (`f"conv{i}"`) the constructor stays a template, found by
    walking the built models."""
    found = []

    def enter(call: cst.CSTNode) -> None:
        if (isinstance(call, cst.Call) and is_add_module(call) and isinstance(call.args[0].value, cst.SimpleString)
                and isinstance(call.args[1].value, cst.Call)):
            found.append((call.args[0].value.evaluated_value, call.args[1].value))

    walk(node, enter)
    return found


def registered_parameters(node: cst.CSTNode) -> list[tuple[str, cst.Call]]:
    """`self.register_parameter("name", value)` with a literal name anywhere under `node`: (name, the call)."""
    found = []

    def enter(call: cst.CSTNode) -> None:
        func = call.func if isinstance(call, cst.Call) else None
        if isinstance(func, cst.Attribute) and func.attr.value == "register_parameter" and \
                isinstance(func.value, cst.Name) and func.value.value == "self" and len(call.args) == 2 and \
                isinstance(call.args[0].value, cst.SimpleString) and not any(a.keyword for a in call.args):
            found.append((call.args[0].value.evaluated_value, call))

    walk(node, enter)
    return found


def _is_none(e: cst.BaseExpression) -> bool:
    return isinstance(e, cst.Name) and e.value == "None"


def _assigned_none(init: cst.FunctionDef) -> set[str]:
    """The attributes the constructor sets to None somewhere (`self.bias = None` under `if not bias:`)."""
    found: set[str] = set()

    def enter(node: cst.CSTNode) -> None:
        if isinstance(node, cst.Assign) and _is_none(node.value):
            found.update(t.target.attr.value for t in node.targets if isinstance(t.target, cst.Attribute)
                         and isinstance(t.target.value, cst.Name) and t.target.value.value == "self")

    walk(init, enter)
    return found


def _with_optional_bias(node: Node, optional: set[str]) -> Node:
    """A FunctionalLinear node whose bias is `self.NAME`, an attribute the constructor may set to None
    (OPTIONAL_BIAS: the Keras code adds it only when it is not None)."""
    if node.op != lookups().torch_function["torch.nn.functional.linear"].name:
        return node
    try:
        call = ast.parse(node.source.strip(), mode="eval").body
    except SyntaxError:
        return node
    if not isinstance(call, ast.Call):
        return node
    bias = call.args[2] if len(call.args) >= 3 else next((k.value for k in call.keywords if k.arg == "bias"), None)
    if isinstance(bias, ast.Attribute) and isinstance(bias.value, ast.Name) and bias.value.id == "self" and \
            bias.attr in optional:
        return replace(node, attrs=Attrs.of(node.attrs.as_dict() | {OPTIONAL_BIAS: True}))
    return node


def registered_buffers(node: cst.CSTNode) -> list[tuple[str, cst.Call]]:
    """`self.register_buffer("name", value)` with a literal name anywhere under `node`: (name, the call)."""
    found = []

    def enter(call: cst.CSTNode) -> None:
        func = call.func if isinstance(call, cst.Call) else None
        if isinstance(func, cst.Attribute) and func.attr.value == "register_buffer" and \
                isinstance(func.value, cst.Name) and func.value.value == "self" and len(call.args) >= 2 and \
                isinstance(call.args[0].value, cst.SimpleString):
            found.append((call.args[0].value.evaluated_value, call))

    walk(node, enter)
    return found


_TENSORS = ("torch.tensor", "torch.Tensor", "torch.FloatTensor")


def _buffer(call: cst.Call, name: str, chunk: Chunk, diags: list[Diagnostic], init: cst.FunctionDef) -> Layer:
    """`self.register_buffer("mean", torch.tensor([0.485, 0.456, 0.406]).view(1, 3, 1, 1))`: a constant float
    tensor the model keeps (a checkpoint holds it), written out as its values (optionally reshaped): a weight Keras
    does not train, created with those values. So is a buffer the constructor computes (`pe`: frontends.buffers),
    created from its NumPy computation. Any other value is reported (PIV105)."""
    value, sizes = call.args[1].value, None
    computed = computed_buffer(init, call, chunk)
    if computed is not None:
        return Layer(name, "Parameter", Attrs.of({"shape": Expr(computed.shape), "initializer": "constant",
                                                  "computed": computed.value, "trainable": False, "buffer": True}),
                     span=chunk.span(call), source=chunk.text(call))
    if isinstance(value, cst.Call) and isinstance(value.func, cst.Attribute) and \
            value.func.attr.value in ("view", "reshape"):
        sizes = [literal(a.value, chunk) for a in value.args if a.keyword is None]
        sizes = list(sizes[0]) if len(sizes) == 1 and isinstance(sizes[0], tuple) else sizes
        value = value.func.value
    data = literal(value.args[0].value, chunk) if isinstance(value, cst.Call) and value.args and \
        chunk.qualify(value.func) in _TENSORS and len(value.args) == 1 else None
    flat, shape = flattened(data)
    if flat is not None and sizes is not None:
        shape = _sized(sizes, len(flat))
    if flat is None or shape is None or not any(isinstance(v, float) for v in flat) or \
            any(a.keyword is not None and a.keyword.value != "persistent" for a in call.args):
        computed = f"a buffer computed by the constructor's code (`{value.value}`) is not migrated; " \
            if isinstance(value, cst.Name) else ""
        diags.append(D.make("PIV105", chunk.span(call), f"`{chunk.text(call)}`: {computed}only buffers of float "
                            "values written out (`torch.tensor([...])`, optionally `.view(...)`/`.reshape(...)` to "
                            "literal sizes) are migrated; migrate it by hand"))
        return Layer(name, "opaque", span=chunk.span(call), source=chunk.text(call))
    code = f"({', '.join(map(str, shape))}{',' if len(shape) == 1 else ''})"
    return Layer(name, "Parameter", Attrs.of({"shape": Expr(code), "initializer": "constant", "values": tuple(flat),
                                              "trainable": False, "buffer": True}),
                 span=chunk.span(call), source=chunk.text(call))


def _sized(sizes: list, count: int) -> tuple | None:
    """Literal `.view(...)` sizes (one may be -1) for `count` values; None when they are not literal or do not fit."""
    if not all(isinstance(s, int) and not isinstance(s, bool) and (s > 0 or s == -1) for s in sizes) or \
            sizes.count(-1) > 1:
        return None
    known = 1
    for s in sizes:
        known *= s if s != -1 else 1
    sizes = [count // known if s == -1 else s for s in sizes]
    product = 1
    for s in sizes:
        product *= s
    return tuple(sizes) if product == count else None


def is_add_module(call: cst.Call) -> bool:
    """`self.add_module(name, module)`."""
    func = call.func
    return (isinstance(func, cst.Attribute) and func.attr.value == "add_module" and isinstance(func.value, cst.Name)
            and func.value.value == "self" and len(call.args) == 2)
