"""PyTorch frontend: `nn.Module` subclasses and `nn.Sequential` models into pivot networks."""
from __future__ import annotations

import libcst as cst

from pivot import diagnostics as D
from pivot.catalog import lookups
from pivot.frontends.calls import bind
from pivot.frontends.flow import FlowReader
from pivot.frontends.source import Chunk, docstring_of, literal
from pivot.model import Attrs, Diagnostic, Layer, Network, Param

SEQUENTIAL = "torch.nn.Sequential"
_GLOBAL_POOL_SIZES = (1, (1,), (1, 1), (1, 1, 1))


def read_layer(call: cst.Call, name: str, chunk: Chunk, diags: list[Diagnostic],
               local_vars: dict[str, cst.Call] | None = None) -> Layer | None:
    """A module constructor call as a pivot layer; None when the call is not a module at all.

    `local_vars` are a builder function's `name = Call(...)` assignments, followed when a Sequential
    element is a plain name.
    """
    local_vars = local_vars or {}
    qual = chunk.qualify(call.func)
    span, source = chunk.span(call), chunk.text(call)
    if qual == SEQUENTIAL:
        children = []
        for i, arg in enumerate(a for a in call.args if a.keyword is None):
            value = arg.value
            if isinstance(value, cst.Name) and value.value in local_vars:
                value = local_vars[value.value]
            child = read_layer(value, f"{name}.{i}", chunk, diags, local_vars) if isinstance(value, cst.Call) \
                else None
            if child is None:
                diags.append(D.make("PIV104", chunk.span(arg), f"`{chunk.text(arg).strip().rstrip(',')}` in nn.Sequential is not "
                                    "a module call Pivot can follow"))
                child = Layer(f"{name}.{i}", "opaque", span=chunk.span(arg), source=chunk.text(arg.value))
            children.append(child)
        return Layer(name, "Sequential", span=span, source=source, children=tuple(children))
    local = chunk.local_class(call.func)
    if local:
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
    if spec.name.startswith("Global") and bound.attrs.get("output_size") not in _GLOBAL_POOL_SIZES:
        diags.append(D.make("PIV105", span, f"`{source}`: adaptive pooling to a size other than 1 has no Keras "
                            "layer; migrate it by hand"))
    for key in ("padding_mode",):
        if bound.attrs.get(key, "zeros") != "zeros":
            diags.append(D.make("PIV105", span, f"{spec.name}: padding_mode={bound.attrs[key]!r} has no Keras "
                                "equivalent"))
    return Layer(name, spec.name, Attrs.of(bound.attrs), tuple(bound.explicit), span, source)


def find_networks(chunk: Chunk) -> list[Network]:
    nets: list[Network] = []
    for stmt in chunk.module.body:
        if isinstance(stmt, cst.ClassDef) and _is_module_class(stmt, chunk):
            nets.append(read_class(stmt, chunk))
        elif isinstance(stmt, cst.FunctionDef):
            ret = _returned_sequential(stmt, chunk)
            if ret is not None:
                nets.append(_sequential_network(stmt.name.value, ret, stmt, chunk, _params(stmt, chunk),
                                                docstring_of(stmt.body), _local_calls(stmt)))
        elif isinstance(stmt, cst.SimpleStatementLine):
            for small in stmt.body:
                if (isinstance(small, cst.Assign) and isinstance(small.value, cst.Call)
                        and chunk.qualify(small.value.func) == SEQUENTIAL
                        and isinstance(small.targets[0].target, cst.Name)):
                    nets.append(_sequential_network(small.targets[0].target.value, small.value, stmt, chunk))
    return nets


def _is_module_class(cls: cst.ClassDef, chunk: Chunk) -> bool:
    return dict(chunk.ctx.local_classes).get(cls.name.value) == "torch"


def _params(fn: cst.FunctionDef, chunk: Chunk) -> tuple[Param, ...]:
    out = []
    for p in fn.params.params:
        if p.name.value == "self":
            continue
        has = p.default is not None
        out.append(Param(p.name.value, literal(p.default, chunk) if has else None, has))
    return tuple(out)


def _returned_sequential(fn: cst.FunctionDef, chunk: Chunk) -> cst.Call | None:
    """`return nn.Sequential(...)`, or `model = nn.Sequential(...)` ... `return model`."""
    local = _local_calls(fn)
    for stmt in fn.body.body:
        if isinstance(stmt, cst.SimpleStatementLine):
            for small in stmt.body:
                if not isinstance(small, cst.Return):
                    continue
                value = small.value
                if isinstance(value, cst.Name):
                    value = local.get(value.value)
                if isinstance(value, cst.Call) and chunk.qualify(value.func) == SEQUENTIAL:
                    return value
    return None


def _local_calls(fn: cst.FunctionDef) -> dict[str, cst.Call]:
    found = {}
    for stmt in fn.body.body:
        for small in getattr(stmt, "body", ()):
            if (isinstance(small, cst.Assign) and isinstance(small.value, cst.Call)
                    and isinstance(small.targets[0].target, cst.Name)):
                found[small.targets[0].target.value] = small.value
    return found


def _sequential_network(name: str, call: cst.Call, stmt: cst.CSTNode, chunk: Chunk,
                        params: tuple[Param, ...] = (), doc: str | None = None,
                        local_vars: dict[str, cst.Call] | None = None) -> Network:
    diags: list[Diagnostic] = []
    seq = read_layer(call, "", chunk, diags, local_vars)
    children = tuple(_renamed(c, str(i)) for i, c in enumerate(seq.children))
    return Network(name, "torch", "sequential", chunk.span(stmt), params=params, layers=children,
                   inputs=("x",), docstring=doc, diagnostics=tuple(diags), binding=name)


def _renamed(layer: Layer, name: str) -> Layer:
    kids = tuple(_renamed(c, f"{name}.{i}") for i, c in enumerate(layer.children))
    return Layer(name, layer.op, layer.attrs, layer.explicit, layer.span, layer.source, layer.activation, kids)


def read_class(cls: cst.ClassDef, chunk: Chunk) -> Network:
    diags: list[Diagnostic] = []
    layers: list[Layer] = []
    init = _method(cls, "__init__")
    forward = _method(cls, "forward")
    params = _params(init, chunk) if init else ()
    if init:
        for target, call in _self_assignments(init.body):
            layer = read_layer(call, target, chunk, diags)
            if layer is not None:
                layers.append(layer)
    reader = FlowReader(chunk, "torch", {l.name for l in layers})
    inputs: tuple[str, ...] = ()
    if forward is None:
        diags.append(D.make("PIV104", chunk.span(cls.name), f"`{cls.name.value}` has no forward(): nothing to "
                            "migrate", severity="warning"))
    else:
        inputs = tuple(p.name.value for p in forward.params.params if p.name.value != "self")
        reader.tensors.update(inputs)
        reader.read_body(forward.body)
        diags.extend(reader.diagnostics)
    return Network(cls.name.value, "torch", "subclass", chunk.span(cls), params=params, layers=tuple(layers),
                   inputs=inputs, nodes=tuple(reader.nodes), outputs=tuple(reader.outputs),
                   docstring=docstring_of(cls.body), diagnostics=tuple(diags))


def _method(cls: cst.ClassDef, name: str) -> cst.FunctionDef | None:
    for stmt in cls.body.body:
        if isinstance(stmt, cst.FunctionDef) and stmt.name.value == name:
            return stmt
    return None


def _self_assignments(body: cst.BaseSuite):
    """`self.name = Call(...)` anywhere in a method body (also under `if`)."""
    for stmt in getattr(body, "body", ()):
        if isinstance(stmt, cst.SimpleStatementLine):
            for small in stmt.body:
                if isinstance(small, (cst.Assign, cst.AnnAssign)) and isinstance(small.value, cst.Call):
                    targets = small.targets if isinstance(small, cst.Assign) else [small]
                    for t in targets:
                        tgt = t.target
                        if (isinstance(tgt, cst.Attribute) and isinstance(tgt.value, cst.Name)
                                and tgt.value.value == "self"):
                            yield tgt.attr.value, small.value
        elif isinstance(stmt, cst.If):
            yield from _self_assignments(stmt.body)
            if stmt.orelse is not None:
                orelse = stmt.orelse
                yield from _self_assignments(orelse.body if isinstance(orelse, cst.Else) else
                                             cst.IndentedBlock(body=[orelse]))
