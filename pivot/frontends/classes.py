"""Class and function reading that the torch and Keras frontends share: methods, parameters, `self.x = ...`
assignments and layer templates found by walking a subtree."""
from __future__ import annotations

import ast
from dataclasses import replace

import libcst as cst

from pivot.catalog import CATALOG
from pivot.frontends.flow import FlowReader
from pivot.frontends.source import Chunk, docstring_of, literal, names_used, small_statements, walk
from pivot.model import FACTORY, INLINED, INLINED_CALL, Attrs, Expr, Layer, Network, Param


def method_named(cls: cst.ClassDef, name: str) -> cst.FunctionDef | None:
    for stmt in cls.body.body:
        if isinstance(stmt, cst.FunctionDef) and stmt.name.value == name:
            return stmt
    return None



def methods(cls: cst.ClassDef):
    return [s for s in cls.body.body if isinstance(s, cst.FunctionDef)]



def params_of(fn: cst.FunctionDef, chunk: Chunk) -> tuple[Param, ...]:
    out = []
    for p in fn.params.params:
        if p.name.value == "self":
            continue
        has = p.default is not None
        out.append(Param(p.name.value, literal(p.default, chunk) if has else None, has))
    return tuple(out)



def self_assignments(body: cst.BaseSuite, decide=None):
    """`self.name = Call(...)` anywhere in a method body (also under `if`). `decide(test)`: a condition's value
    where it is known statically (`static_truth`), None where not: a known `if` gives only the branch it runs, a
    known conditional expression (`nn.Dropout2d(p) if p > 0 else nn.Identity()`) the call it chooses."""
    for stmt in getattr(body, "body", ()):
        if isinstance(stmt, cst.SimpleStatementLine):
            for small in stmt.body:
                value = as_conditional(small.value) if isinstance(small, (cst.Assign, cst.AnnAssign)) else None
                if isinstance(value, cst.IfExp) and decide is not None:
                    known = decide(value.test)
                    value = _optional_layer(value) if known is None else value.body if known else value.orelse
                if isinstance(value, cst.Call):
                    targets = small.targets if isinstance(small, cst.Assign) else [small]
                    for t in targets:
                        tgt = t.target
                        if (isinstance(tgt, cst.Attribute) and isinstance(tgt.value, cst.Name)
                                and tgt.value.value == "self"):
                            yield tgt.attr.value, value
        elif isinstance(stmt, cst.If):
            known = decide(stmt.test) if decide is not None else None
            if known is not False:
                yield from self_assignments(stmt.body, decide)
            if stmt.orelse is not None and known is not True:
                orelse = stmt.orelse
                yield from self_assignments(orelse.body if isinstance(orelse, cst.Else) else
                                            cst.IndentedBlock(body=[orelse]), decide)


def as_conditional(value: cst.BaseExpression | None) -> cst.BaseExpression | None:
    """`cond and A or B`, Python's conditional before `A if cond else B` (WideResNet's `self.convShortcut = (not
    self.equalInOut) and nn.Conv2d(...) or None`), as that conditional expression (the same for an `A` that is
    true: a layer); any other value as it is."""
    if isinstance(value, cst.BooleanOperation) and isinstance(value.operator, cst.Or) and \
            isinstance(value.left, cst.BooleanOperation) and isinstance(value.left.operator, cst.And) and \
            isinstance(value.left.right, cst.Call):
        return cst.IfExp(test=value.left.left, body=value.left.right, orelse=value.right)
    return value


def _optional_layer(value: cst.IfExp) -> cst.Call | None:
    """`nn.Conv2d(...) if not self.equalInOut else None` whose condition is not known statically (it differs
    between the blocks the file builds): the layer, built where the condition holds (as a layer under an `if`
    not known is read)."""
    branches = (value.body, value.orelse)
    calls = [b for b in branches if isinstance(b, cst.Call)]
    nones = [b for b in branches if isinstance(b, cst.Name) and b.value == "None"]
    return calls[0] if len(calls) == 1 and len(nones) == 1 else None


def attribute_calls(fn: cst.FunctionDef) -> dict:
    """Every call a method assigns to `self.name`, also under `if` or in a conditional expression, by the call
    node: the attribute's name. A branch not taken is a template that reads what the attribute reads
    (`self.drop = nn.Dropout2d(p) if p > 0 else nn.Identity()`: the same input whichever is built)."""
    found: dict = {}

    def enter(node: cst.CSTNode) -> None:
        tgt = node.targets[0].target if isinstance(node, cst.Assign) and len(node.targets) == 1 else None
        if isinstance(tgt, cst.Attribute) and isinstance(tgt.value, cst.Name) and tgt.value.value == "self":
            value = as_conditional(node.value)
            values = (value.body, value.orelse) if isinstance(value, cst.IfExp) else (value,)
            found.update({value: tgt.attr.value for value in values if isinstance(value, cst.Call)})

    walk(fn.body, enter)
    return found


# what a condition `static_truth` evaluates may be made of: literals, names, comparisons, `and`/`or`/`not`
_CONDITION = (ast.Expression, ast.Compare, ast.BoolOp, ast.UnaryOp, ast.Not, ast.And, ast.Or, ast.Name, ast.Load,
              ast.Constant, ast.List, ast.Tuple, ast.Set, ast.Eq, ast.NotEq, ast.Lt, ast.LtE, ast.Gt, ast.GtE,
              ast.In, ast.NotIn, ast.Is, ast.IsNot)


def static_truth(test: cst.BaseExpression, chunk: Chunk, values: dict) -> bool | None:
    """The value of a constructor's condition (`p > 0`, `rnn_type in ['LSTM', 'GRU']`, `use_bn`) from the
    parameter values the file builds the model with (`known_values`); None where it reads anything else."""
    try:
        tree = ast.parse(chunk.text(test).strip(), mode="eval")
    except SyntaxError:
        return None
    nodes = list(ast.walk(tree))
    if not all(isinstance(n, _CONDITION) for n in nodes) or \
            not all(n.id in values for n in nodes if isinstance(n, ast.Name)):
        return None
    try:
        return bool(eval(compile(tree, "<condition>", "eval"), {"__builtins__": {}}, dict(values)))
    except Exception:  # noqa: BLE001  (a comparison of unlike values: not known)
        return None


def known_values(cls_name: str, params: tuple[Param, ...], chunk: Chunk) -> dict:
    """The constructor's parameters with one value where the file builds the model: what every call of the class
    in the file binds (`Context.passed_values`), else (never built) their literal defaults."""
    passed = next((dict(values) for name, values in chunk.ctx.call_values if name == cls_name), None)
    if passed is None:
        return {p.name: p.default for p in params if p.has_default and not isinstance(p.default, Expr)}
    out = {}
    for name, code in passed.items():
        try:
            out[name] = ast.literal_eval(code)
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
            pass
    return out



def self_collections(body: cst.BaseSuite):
    """`self.name = [...]` / `{...}` (also comprehensions) in a method body: candidate layer containers."""
    for stmt in getattr(body, "body", ()):
        for small in small_statements(stmt):
            if isinstance(small, cst.Assign) and isinstance(small.value, (cst.List, cst.ListComp, cst.Dict,
                                                                           cst.DictComp)):
                tgt = small.targets[0].target
                if isinstance(tgt, cst.Attribute) and isinstance(tgt.value, cst.Name) and tgt.value.value == "self":
                    yield tgt.attr.value, small.value



def local_calls(fn: cst.FunctionDef) -> dict[str, cst.Call]:
    """A function's top-level `name = Call(...)` assignments (`final_conv = nn.Conv2d(...)`, then
    `nn.Sequential(..., final_conv)`)."""
    found = {}
    for stmt in fn.body.body:
        for small in small_statements(stmt):
            if (isinstance(small, cst.Assign) and isinstance(small.value, cst.Call)
                    and isinstance(small.targets[0].target, cst.Name)):
                found[small.targets[0].target.value] = small.value
    return found


def returned_call(fn: cst.FunctionDef, chunk: Chunk, quals: tuple[str, ...]) -> cst.Call | None:
    """The call of one of `quals` a function returns: `return nn.Sequential(...)`, or `model = ...` then
    `return model`."""
    local = local_calls(fn)
    for stmt in fn.body.body:
        for small in stmt.body if isinstance(stmt, cst.SimpleStatementLine) else ():
            value = small.value if isinstance(small, cst.Return) else None
            if isinstance(value, cst.Name):
                value = local.get(value.value)
            if isinstance(value, cst.Call) and chunk.qualify(value.func) in quals:
                return value
    return None


def built_by_code(node: cst.BaseExpression, name: str, chunk: Chunk, mentions_framework) -> Layer | None:
    """`conv1x1(...)`, `norm_layer(...)`, `self.depthwise_conv(...)` in a Sequential: a layer built by code of the
    file (a helper, a factory parameter, a method), matched by walking the built models; None for a call that
    names the framework itself (`mentions_framework(node)`), which its layer reader reports."""
    if not isinstance(node, cst.Call) or mentions_framework(node):
        return None
    return Layer(name, "Built", Attrs.of({"by": chunk.text(node.func)}), span=chunk.span(node), source=chunk.text(node))


class _Bound(cst.CSTTransformer):
    """A function's returned expression with its parameters replaced by the values a call binds them to (names
    only: not keywords nor attributes)."""

    def __init__(self, bound: dict[str, cst.BaseExpression]) -> None:
        self.bound = bound

    def leave_Name(self, original: cst.Name, updated: cst.Name) -> cst.BaseExpression:
        return self.bound.get(original.value, updated)

    def leave_Attribute(self, original: cst.Attribute, updated: cst.Attribute) -> cst.Attribute:
        return updated.with_changes(attr=original.attr)

    def leave_Arg(self, original: cst.Arg, updated: cst.Arg) -> cst.Arg:
        return updated.with_changes(keyword=original.keyword)


def factory_layer(call: cst.CSTNode, name: str, chunk: Chunk, read, whole: bool = False,
                  own_call: bool = False) -> Layer | None:
    """`self.conv = make_conv3(16)`: a module-level function of the file whose body is one `return` of a layer
    constructor, read as that layer, with the call's arguments (or the defaults) in place of its parameters, so the
    model's shapes and layout see it as written in place. `read(call, chunk)` reads a layer constructor of the
    function's chunk (diagnostics at its lines). None when the function is more than that (a block of several
    layers, a loop) or the call binds its parameters in a way Pivot does not follow (`*args`)."""
    if not isinstance(call, cst.Call) or not isinstance(call.func, cst.Name) or any(a.star for a in call.args):
        return None
    found = chunk.ctx.layer_factory(call.func.value)
    if found is None:
        return None
    block = Chunk(found[0], found[1], chunk.ctx, fixed=True)
    fn = block.module.body[0] if block.module.body else None
    if not isinstance(fn, cst.FunctionDef) or fn.params.star_arg not in (None, cst.MaybeSentinel.DEFAULT) \
            or fn.params.star_kwarg is not None or fn.params.posonly_params:
        return None
    body = fn.body.body[1:] if docstring_of(fn.body) else fn.body.body
    ret = body[0].body[0] if len(body) == 1 and isinstance(body[0], cst.SimpleStatementLine) \
        and len(body[0].body) == 1 else None
    if not isinstance(ret, cst.Return) or not isinstance(ret.value, cst.Call):
        return None
    params = [*fn.params.params, *fn.params.kwonly_params]
    names = [p.name.value for p in params]
    bound = {p.name.value: p.default for p in params if p.default is not None}
    for i, arg in enumerate(call.args):
        key = arg.keyword.value if arg.keyword else (names[i] if i < len(fn.params.params) else None)
        if key not in names:
            return None
        bound[key] = arg.value
    if set(names) - set(bound):
        return None
    # read from its own text (sizes such as `k // 2` with k bound fold as if written in place), at the return's line
    code = block.module.code_for_node(ret.value.visit(_Bound(bound)))
    if "\n" in code:
        code = "(" + code + ")"
    bound_chunk = Chunk(code, block.span(ret.value).line, chunk.ctx, fixed=True)
    value = bound_chunk.module.body[0].body[0].value if bound_chunk.module.body else None
    if isinstance(value, cst.Tuple) or not isinstance(value, cst.Call):
        return None
    layer = read(value, bound_chunk)
    if whole and layer is not None and layer.op == "Sequential" and layer.children \
            and not layer.attrs.get("dynamic"):
        return replace(layer, name=name, span=chunk.span(call), source=bound_chunk.text(value),
                       attrs=Attrs.of(layer.attrs.as_dict() | {INLINED: call.func.value}
                                      | ({INLINED_CALL: True} if own_call else {})))
    if layer is None or layer.children or layer.op in ("Sequential", "opaque", "Built", "Submodel"):
        return None
    attrs = tuple((k, _constant(v)) for k, v in layer.attrs.items)
    spec = CATALOG.get(layer.op)
    converted = {a.keras for a in spec.args if a.keras and a.from_keras and not a.torch_values} if spec else set()
    given = any(a.keyword is not None and a.keyword.value in converted | {"activation"} and
                isinstance(a.value, cst.Name) and a.value.value in names for a in ret.value.args)
    if given:  # an activation (or a value PyTorch spells otherwise) given by a parameter: the factory's own
        # migration differs from what this call needs (pivot.backends.torch); the layer is written in place
        return replace(layer, name=name, span=chunk.span(call), source=bound_chunk.text(value))
    # its source is the constructor as bound (`nn.InstanceNorm2d(3)`: the rank a module's name says), its span the call
    return replace(layer, name=name, span=chunk.span(call), source=bound_chunk.text(value),
                   attrs=Attrs(attrs + ((FACTORY, call.func.value),)))


_ARITHMETIC = (ast.Expression, ast.Constant, ast.Tuple, ast.Load, ast.BinOp, ast.UnaryOp, ast.Add, ast.Sub, ast.Mult,
               ast.FloorDiv, ast.Mod, ast.USub, ast.UAdd)


def _constant(value):
    """A factory's argument computed from bound constants (`k // 2` with k = 3): its value, as written in place."""
    if not isinstance(value, Expr):
        return value
    try:
        tree = ast.parse(value.code.strip(), mode="eval")
    except SyntaxError:
        return value
    if not all(isinstance(n, _ARITHMETIC) for n in ast.walk(tree)):
        return value
    try:
        result = eval(compile(tree, "<factory>", "eval"), {"__builtins__": {}})  # constants and + - * // % only
    except (ArithmeticError, TypeError, ValueError):
        return value
    return result if isinstance(result, (int, float, tuple)) else value


def layer_spans(layer: Layer):
    yield layer.span
    for child in layer.children:
        yield from layer_spans(child)



def constructor_templates(node: cst.CSTNode, chunk: Chunk, known: set, is_constructor, read) -> list[Layer]:
    """Layers `read` from every call under `node` whose qualified name `is_constructor`, except `known`
    spans and the calls inside a layer already taken (a Sequential's elements)."""
    found: list[Layer] = []
    taken: set = set()

    def enter(call: cst.CSTNode) -> None:
        if not isinstance(call, cst.Call):
            return
        span = chunk.span(call)
        if span in known or span in taken or not is_constructor(chunk.qualify(call.func) or ""):
            return
        layer = read(call)  # in source order: a reader's state (diagnostics, input shape) follows it
        if layer is not None:
            found.append(layer)
            taken.update(layer_spans(layer))

    walk(node, enter)
    return found



def read_function(fn: cst.FunctionDef, chunk: Chunk, framework: str) -> Network:
    """A module-level function computing on tensors (a functional helper such as `attention(q, k, v)`)."""
    reader = FlowReader(chunk, framework, set())
    inputs = tuple(p.name.value for p in fn.params.params)
    reader.tensors.update(inputs)
    reader.read_body(fn.body)
    return Network(fn.name.value, framework, "function", chunk.span(fn), params=params_of(fn, chunk),
                   inputs=inputs, nodes=tuple(reader.nodes), outputs=tuple(reader.outputs),
                   docstring=docstring_of(fn.body), diagnostics=tuple(reader.diagnostics), binding=fn.name.value,
                   uses=names_used(fn, chunk.ctx, chunk))



# methods that describe the model (its config, its printed form), not compute it: a get_config's
# `return {"activation": keras.activations.serialize(...)}` is no output
_DESCRIPTIONS = ("get_config", "from_config", "get_build_config", "build_from_config", "compute_output_shape",
                 "extra_repr", "__repr__")


def read_other_methods(cls: cst.ClassDef, reader: FlowReader, skip: tuple[str, ...]) -> tuple[tuple, tuple]:
    """Read the remaining methods: those forward calls (`self._forward_impl(x)`) take tensors; their
    (method, tensor parameters), and (method, first node, end node, returned values) of each (`Network.method_nodes`)."""
    called = {n.layer for n in reader.nodes if n.op == "layer"}
    params, spans = [], []
    entry = set(reader.tensors)
    for method in methods(cls):
        name = method.name.value
        if name in skip or name in _DESCRIPTIONS:
            continue
        # each method has its own local names: the `x` of `for x in self.cfg:` in a builder method is not the
        # forward's tensor `x` (kuangliu's MobileNet: `x[0]` was read as an image indexed)
        reader.tensors = set(entry)
        for n in _bound_names(method):
            reader.tensors.discard(n)
        if name in called:
            names = tuple(p.name.value for p in method.params.params if p.name.value != "self")
            reader.tensors.update(names)
            params.append((name, names))
        first, returned = len(reader.nodes), len(reader.outputs)
        reader.read_body(method.body)
        spans.append((name if name in called else "", first, len(reader.nodes), tuple(reader.outputs[returned:])))
    reader.tensors = entry | reader.tensors
    return tuple(params), tuple(spans)


def _bound_names(method: cst.FunctionDef) -> set[str]:
    """The names a method binds itself: its parameters, loop targets and assignment targets."""
    found = {p.name.value for p in method.params.params}

    def enter(node: cst.CSTNode) -> None:
        targets = [node.target] if isinstance(node, (cst.For, cst.AugAssign, cst.AnnAssign)) else \
            [t.target for t in node.targets] if isinstance(node, cst.Assign) else []
        for t in targets:
            for el in ([t] if isinstance(t, cst.Name) else getattr(t, "elements", ())):
                value = el.value if isinstance(el, cst.BaseElement) else el
                if isinstance(value, cst.Name):
                    found.add(value.value)

    walk(method.body, enter)
    return found


_CONTAINERS = ("ModuleList", "ModuleDict")


def _allocates(layer: Layer) -> bool:
    """Whether calling the layer returns a new tensor, never its input or a view of it (a conv, a dense layer, a
    norm, an activation not in place; a Sequential ending with one): an in-place op on its result (`F.relu_`,
    `.unsqueeze_()`) then changes nothing else, and is the op itself."""
    if layer.op == "Sequential":
        for child in reversed(layer.children):
            spec = CATALOG.get(child.op)
            if spec is not None and spec.kind == "activation" and child.attrs.as_dict().get("inplace"):
                continue  # nn.ReLU(inplace=True): its input, made by the layer before it
            return _allocates(child)
        return False
    if layer.op in _CONTAINERS:
        return bool(layer.children) and all(_allocates(child) for child in layer.children)
    spec = CATALOG.get(layer.op)
    if spec is None or spec.identity_at_inference:
        return False
    if spec.kind == "activation":
        return not layer.attrs.as_dict().get("inplace")
    return spec.kind == "layer" and spec.weights is not None


def held_lambdas(cls: cst.ClassDef, layers: set[str]) -> dict[str, cst.Lambda]:
    """`self.concat = lambda a, b: torch.cat([a, b], dim=1)` in the constructor, the attribute assigned nowhere
    else and called once in the class (its ops are migrated in the lambda, for that call's layout): name ->
    the lambda. A lambda taking `*args`, `**kw` or defaults is not one."""
    found: dict[str, cst.Lambda] = {}
    assigned: dict[str, int] = {}
    calls: dict[str, int] = {}

    def enter(node: cst.CSTNode) -> None:
        if isinstance(node, (cst.Assign, cst.AugAssign, cst.AnnAssign)):
            for t in node.targets if isinstance(node, cst.Assign) else [node]:
                name = _self_target(t.target)
                if name:
                    assigned[name] = assigned.get(name, 0) + 1
                    value = node.value
                    if isinstance(node, cst.Assign) and isinstance(value, cst.Lambda) and \
                            not isinstance(value.params.star_arg, (cst.Param, cst.ParamStar)) and \
                            value.params.star_kwarg is None and \
                            not value.params.kwonly_params and not value.params.posonly_params and \
                            all(p.default is None for p in value.params.params):
                        found[name] = value
        elif isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and \
                isinstance(node.func.value, cst.Name) and node.func.value.value == "self":
            calls[node.func.attr.value] = calls.get(node.func.attr.value, 0) + 1

    init = next((m for m in methods(cls) if m.name.value == "__init__"), None)
    if init is None:
        return {}
    walk(cls.body, enter)
    return {name: fn for name, fn in found.items()
            if assigned.get(name) == 1 and calls.get(name) == 1 and name not in layers}


def _self_target(target: cst.BaseExpression) -> str | None:
    if isinstance(target, cst.Attribute) and isinstance(target.value, cst.Name) and target.value.value == "self":
        return target.attr.value
    return None


def subclass_network(cls: cst.ClassDef, chunk: Chunk, framework: str, entry: cst.FunctionDef | None,
                     not_inputs: tuple[str, ...], layers: list[Layer], diags: list, skipped: tuple[str, ...] = (),
                     **fields) -> Network:
    """A subclassed model from its declared `layers`: the entry method (`forward`/`call`, none when missing)
    read as dataflow, then the other methods (but `skipped`, which make state as __init__ does). `not_inputs`:
    entry parameters that are not tensors."""
    reader = FlowReader(chunk, framework, {layer.name for layer in layers})
    reader.parameters = {layer.name for layer in layers if layer.op == "Parameter"}  # their methods: tensor ops
    reader.fresh_layers = {layer.name for layer in layers if _allocates(layer)}  # F.relu_(self.bn(x)) is F.relu
    reader.call_inputs = {layer.name: CATALOG[layer.op].keras_call_inputs for layer in layers
                          if layer.op in CATALOG and CATALOG[layer.op].keras_call_inputs}
    reader.lambdas = held_lambdas(cls, {layer.name for layer in layers})
    inputs: tuple[str, ...] = ()
    if entry is not None:
        inputs = tuple(p.name.value for p in entry.params.params if p.name.value not in not_inputs)
        reader.tensors.update(inputs)
        reader.read_body(entry.body)
    outputs = tuple(reader.outputs)
    method_params, method_nodes = read_other_methods(cls, reader, ("__init__", entry.name.value if entry else "",
                                                                   *skipped))
    diags.extend(reader.diagnostics)
    return Network(cls.name.value, framework, "subclass", chunk.span(cls), layers=tuple(layers), inputs=inputs,
                   nodes=tuple(reader.nodes), outputs=outputs, docstring=docstring_of(cls.body),
                   diagnostics=tuple(diags), uses=names_used(cls, chunk.ctx, chunk),
                   bases=tuple(b for b in (chunk.local_class(base.value) for base in cls.bases) if b),
                   method_params=method_params, method_nodes=method_nodes, **fields)
