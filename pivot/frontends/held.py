"""An activation function held as an attribute (`self.act = tf.nn.relu`, `self.act = F.gelu`) and called in
forward/call: the activation entry applied as a function, read as a layer of that op (its module or layer in the
other framework is called the same way; it has no weights)."""
from __future__ import annotations

import libcst as cst

from pivot import diagnostics as D
from pivot.catalog import CATALOG, lookups
from pivot.frontends.calls import bind
from pivot.frontends.source import Chunk, small_statements, walk
from pivot.model import CHOSEN_BY, Attrs, Diagnostic, Layer


def held_activations(init: cst.FunctionDef, chunk: Chunk, framework: str, values: dict | None = None) -> list[Layer]:
    """`self.name = <an activation function>` statements at the top of `__init__`, as activation layers with the
    function's defaults (Keras's functions differ from its layers: leaky_relu's slope 0.2, keras.ops.gelu's tanh);
    also one looked up in a top-level table of activation functions (`self.act = ACTS[act]`, `ACTS = {"relu":
    F.relu, ...}`) by a literal key or a constructor parameter whose value the file builds the model with (`values`,
    `classes.known_values`): that function, written in the target for that value only (CHOSEN_BY)."""
    found = []
    for stmt in init.body.body:
        for small in small_statements(stmt):
            target = small.targets[0].target if isinstance(small, cst.Assign) and len(small.targets) == 1 else None
            if not (isinstance(target, cst.Attribute) and isinstance(target.value, cst.Name)
                    and target.value.value == "self" and isinstance(small.value, (cst.Name, cst.Attribute,
                                                                                   cst.Subscript))):
                continue
            layer = _activation(small.value, target.attr.value, chunk, framework) \
                if not isinstance(small.value, cst.Subscript) else \
                _table_activation(small.value, target.attr.value, chunk, framework, values or {})
            if layer is not None:
                found.append(layer)
    return found


def _table_activation(value: cst.Subscript, name: str, chunk: Chunk, framework: str, values: dict) -> Layer | None:
    """`ACTS[act]` of a top-level table of activation functions (`Context.class_tables`), its key a literal or a
    parameter of known value: the activation layer of the function it picks (see `held_activations`)."""
    table = chunk.ctx.class_table(value.value.value) if isinstance(value.value, cst.Name) and len(value.slice) == 1 \
        and isinstance(value.slice[0].slice, cst.Index) else None
    functions = lookups().torch_function if framework == "torch" else lookups().keras_function
    if table is None or not all(functions.get(q) is not None and functions[q].kind == "activation"
                                for q in table.values()):
        return None
    given = value.slice[0].slice.value
    param, key = (None, given.evaluated_value) if isinstance(given, cst.SimpleString) else \
        (given.value, values.get(given.value)) if isinstance(given, cst.Name) else (None, None)
    if not isinstance(key, str) or key not in table:
        return None
    qual = table[key]
    spec = functions[qual]
    side = "torch" if framework == "torch" else "keras"
    attrs = dict(bind(cst.Call(func=value), spec, side, chunk).attrs)
    if side == "keras":
        attrs |= dict(spec.keras_function_defaults + (spec.keras_ops_defaults if qual.startswith("keras.ops.")
                                                       else ()))
    if param is not None:
        attrs[CHOSEN_BY] = (param, key)
    return Layer(name, spec.name, Attrs.of(attrs), span=chunk.span(value), source=chunk.text(value))


def passed_activations(init: cst.FunctionDef, chunk: Chunk, framework: str) -> list[Layer]:
    """An activation function given to a model class of the file (`Highway(size, n, f=F.relu)`, kept as `self.f = f`
    and called as `self.f(x)`: kefirski's Highway) as an unnamed layer of that op: the argument becomes the target's
    layer (its module or layer is called the same way; it has no weights)."""
    found: list[Layer] = []

    def given(value: cst.BaseExpression | None) -> None:
        layer = _activation(value, "", chunk, framework) if isinstance(value, (cst.Name, cst.Attribute)) else None
        # not one reading an axis (softmax's implicit dim): which axis it is depends on the layout
        if layer is not None and not CATALOG[layer.op].axis_args:
            found.append(layer)

    def enter(node: cst.CSTNode) -> None:
        if isinstance(node, cst.Call) and chunk.local_class(node.func):
            for arg in node.args:
                if not arg.star:
                    given(arg.value)

    for param in init.params.params + init.params.kwonly_params:  # `def __init__(self, size, g=F.sigmoid)`
        given(param.default)
    walk(init.body, enter)
    return found


def passed_lambdas(init: cst.FunctionDef, chunk: Chunk, origin_roots: tuple[str, ...]) -> list[Diagnostic]:
    """A lambda given to a model class of the file whose body calls the source framework (akamaster's
    `LambdaLayer(lambda x: F.pad(x[:, :, ::2, ::2], ...))`, applied as `self.lambd(x)` in forward): Pivot migrates
    a forward's tensors, not a lambda's, so it is an error naming the lambda (not migrated: PIV102)."""
    found: list[Diagnostic] = []

    def uses_origin(node: cst.CSTNode) -> bool:
        hit = False

        def look(n: cst.CSTNode) -> None:
            nonlocal hit
            if isinstance(n, (cst.Name, cst.Attribute)) and (chunk.qualify(n) or "").split(".")[0] in origin_roots:
                hit = True
        walk(node, look)
        return hit

    def enter(node: cst.CSTNode) -> None:
        if isinstance(node, cst.Call) and chunk.local_class(node.func):
            for arg in node.args:
                if isinstance(arg.value, cst.Lambda) and uses_origin(arg.value.body):
                    found.append(D.make("PIV102", chunk.span(arg.value.body), f"`{' '.join(chunk.text(arg.value).split())}` is a "
                                        f"lambda given to `{chunk.text(node.func)}` as its computation: Pivot migrates "
                                        "the tensor code of forward methods, not of lambdas; write it as a module's "
                                        "forward to migrate it"))

    walk(init.body, enter)
    return found


def _activation(value: cst.BaseExpression, name: str, chunk: Chunk, framework: str) -> Layer | None:
    qual = chunk.qualify(value) or ""
    table = lookups().torch_function if framework == "torch" else lookups().keras_function
    spec = table.get(qual)
    if spec is None or spec.kind != "activation":
        return None
    side = "torch" if framework == "torch" else "keras"
    attrs = bind(cst.Call(func=value), spec, side, chunk).attrs
    if side == "keras":
        attrs |= dict(spec.keras_function_defaults + (spec.keras_ops_defaults if qual.startswith("keras.ops.")
                                                       else ()))
    return Layer(name, spec.name, Attrs.of(attrs), span=chunk.span(value), source=chunk.text(value))


def lambda_activation(value: cst.BaseExpression, chunk: Chunk) -> tuple[str, dict] | None:
    """`layers.Activation(lambda t: keras.activations.gelu(t, approximate=True))` (how Pivot writes an activation
    whose arguments a Keras activation name cannot carry): the entry and its attributes; None for another value."""
    if not (isinstance(value, cst.Lambda) and len(value.params.params) == 1 and isinstance(value.body, cst.Call)):
        return None
    call, param = value.body, value.params.params[0].name.value
    qual = chunk.qualify(call.func) or ""
    spec = lookups().keras_function.get(qual)
    first = call.args[0] if call.args else None
    if spec is None or spec.kind != "activation" or first is None or first.keyword is not None \
            or not (isinstance(first.value, cst.Name) and first.value.value == param):
        return None
    bound = bind(call, spec, "keras", chunk, skip=1)
    if bound.diagnostics:
        return None
    defaults = spec.keras_function_defaults + (spec.keras_ops_defaults if qual.startswith("keras.ops.") else ())
    return spec.name, bound.attrs | {k: v for k, v in defaults if k not in bound.explicit}
