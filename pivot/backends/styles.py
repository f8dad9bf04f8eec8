"""Target styles: the structure of the generated model (`pivot.targetStyle`).

`auto` keeps the source's structure (what the backends write by default). The other styles restructure a
model where the model allows:

- `subclassed`: a Sequential becomes a subclass (`keras.Model` with `call` / `nn.Module` with `forward`),
  its builder or variable kept and returning / holding an instance;
- `sequential`: a subclass or functional model whose forward/call is a plain chain of its layers (each
  used once, in order) becomes `keras.Sequential([...])` / `nn.Sequential(...)`, the class or builder name
  kept as a function (or variable) called the same way;
- `functional` (Keras target only): a chain of PyTorch layers with a statically known input shape becomes
  a builder `keras.Input(...)` ... `keras.Model(inputs, outputs)`.

A model the style cannot apply to keeps the `auto` structure and gets a PIV205 information diagnostic
saying why. Each function here returns the restyled code, or None for "write the auto style".
This module sits above both backends (it writes layers with their emitters); `pivot.migrate.write` asks
`restyle` first and the target's backend `rewrite` otherwise.
"""
from __future__ import annotations

import ast

import libcst as cst

from pivot import diagnostics as D
from pivot.backends import keras as keras_backend
from pivot.backends import torch as torch_backend
from pivot.backends.common import Emitted, assigned_names, camel, unshadowed
from pivot.catalog import CATALOG
from pivot.errors import PivotError
from pivot.frontends.keras import attribute_prefix
from pivot.frontends.source import Chunk
from pivot.model import Layer, Network, Span, value_code
from pivot.shapes import ShapeInfo, from_canonical

STYLES = ("auto", "subclassed", "sequential", "functional")
_NOT_CHAINABLE = {"ModuleList", "ModuleDict", "Parameter", "Init", "opaque", "Submodel", "Built"}


def check_style(style: str) -> str:
    if style not in STYLES:
        raise PivotError(f"unknown target style {style!r}: use {', '.join(STYLES)}")
    return style


def _note(out: Emitted, chunk: Chunk, net: Network, style: str, why: str, target: str) -> None:
    first = chunk.lines[0].rstrip("\r\n") if chunk.lines else ""
    span = Span(net.span.line, 0, net.span.line, len(first))
    out.diagnostics.append(D.make("PIV205", span, f"`{net.name}` keeps its {_style_name(net)} structure: {why} "
                                  f"(target style `{style}`)", target=target))


def _style_name(net: Network) -> str:
    return {"subclass": "subclassed", "sequential": "Sequential", "functional": "functional"}.get(net.style,
                                                                                               net.style)


# -- reading the source ----------------------------------------------------------------------------------
def _definition(chunk: Chunk) -> ast.AST | None:
    """The chunk's class or builder function (None for module-level statements)."""
    tree = ast.parse(chunk.code)
    defs = [n for n in tree.body if isinstance(n, (ast.ClassDef, ast.FunctionDef))]
    return defs[0] if len(defs) == 1 and len(tree.body) == 1 else None


def _docstring(node: ast.AST | None, chunk: Chunk) -> str:
    """The definition's docstring as written (indented for a body), with its newline; '' when none."""
    body = getattr(node, "body", None)
    if not body or not (isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant)
                        and isinstance(body[0].value.value, str)):
        return ""
    return "    " + ast.get_source_segment(chunk.code, body[0]) + "\n"


def _is_docstring(stmt: ast.stmt) -> bool:
    return isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant) and isinstance(stmt.value.value, str)


def _params(args: ast.arguments, drop_self: bool) -> tuple[str, str]:
    """(the parameter list as written, the arguments that pass each parameter on)."""
    args = ast.arguments(posonlyargs=list(args.posonlyargs), args=list(args.args), vararg=args.vararg,
                         kwonlyargs=list(args.kwonlyargs), kw_defaults=list(args.kw_defaults),
                         kwarg=args.kwarg, defaults=list(args.defaults))
    if drop_self:
        if args.posonlyargs:
            args.posonlyargs.pop(0)
        elif args.args:
            args.args.pop(0)
    calls = [a.arg for a in args.posonlyargs + args.args]
    calls += [f"*{args.vararg.arg}"] if args.vararg else []
    calls += [f"{a.arg}={a.arg}" for a in args.kwonlyargs]
    calls += [f"**{args.kwarg.arg}"] if args.kwarg else []
    for a in [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]:
        if a is not None:
            a.annotation = None  # `x: torch.Tensor` would keep the source framework
    return ast.unparse(args), ", ".join(calls)


def chain(net: Network, chunk: Chunk) -> tuple[list[Layer] | None, str]:
    """The layers of a subclass or functional model whose forward/call applies each of its layers once, in
    turn, to the previous result; else None and why not."""
    if net.bases or net.uses:
        return None, "it uses other models of the file"
    if net.templates:
        return None, "it builds layers in loops or helpers"
    if len(net.inputs) != 1 or len(net.outputs) > 1:
        return None, "it has several inputs or outputs"
    node = _definition(chunk)
    if net.style == "subclass":
        if not isinstance(node, ast.ClassDef):
            return None, "its definition is not a single class"
        methods = {m.name: m for m in node.body if isinstance(m, ast.FunctionDef)}
        call = methods.get("forward") or methods.get("call")
        init = methods.get("__init__")
        extra = [s for s in node.body if not _is_docstring(s) and s not in (init, call)]
        if init is None or call is None or extra:
            return None, "the class defines more than `__init__` and its forward pass"
        for stmt in init.body:
            if _is_docstring(stmt) or isinstance(stmt, ast.Expr) and "__init__" in ast.unparse(stmt):
                continue
            if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1
                    and isinstance(stmt.targets[0], ast.Attribute) and isinstance(stmt.targets[0].value, ast.Name)
                    and stmt.targets[0].value.id == "self" and net.layer(stmt.targets[0].attr) is not None):
                return None, "its constructor does more than declare layers"
        body = call.body
    else:
        body = node.body if isinstance(node, ast.FunctionDef) else []
    if any(not (_is_docstring(s) or isinstance(s, (ast.Assign, ast.Return))) for s in body):
        return None, "its forward pass has control flow"
    ordered: list[Layer] = []
    current = net.inputs[0]
    for n in net.nodes:
        layer = net.layer(n.layer or "") if n.op == "layer" else None
        if layer is None or n.inputs != (current,) or len(n.outputs) != 1:
            return None, "its forward pass is not a plain chain of its layers"
        current = n.outputs[0]
        ordered.append(layer)
    names = [l.name for l in ordered]
    returned = [s.value for s in body if isinstance(s, ast.Return)]
    if not net.outputs and not (len(returned) == 1 and isinstance(returned[0], ast.Name)
                                and returned[0].id == current):
        return None, "it does not return the result of its last layer"
    if net.outputs and current != net.outputs[0] or sorted(names) != sorted(l.name for l in net.layers):
        return None, "its forward pass does not use each of its layers exactly once, in a chain"
    problem = _unchainable_layers(ordered)
    while len(ordered) == 1 and ordered[0].op == "Sequential":  # forward() only calls its Sequential
        ordered = list(ordered[0].children)
    return (None, problem) if problem else (ordered, "")


def _unchainable_layers(layers: list[Layer] | tuple[Layer, ...]) -> str:
    for layer in layers:
        if layer.op == "Sequential" and not layer.attrs.get("var"):
            problem = _unchainable_layers(layer.children)
            if problem:
                return problem
            continue
        spec = CATALOG.get(layer.op)
        if layer.op in _NOT_CHAINABLE or spec is None or spec.kind == "merge" or layer.attrs.get("var"):
            return f"`{layer.name}` ({layer.op}) cannot be an element of a Sequential"
    return ""


def _simple_builder(net: Network, chunk: Chunk) -> tuple[ast.AST | None, str]:
    """A Sequential's definition when it only builds and returns (or binds) the Sequential."""
    node = _definition(chunk)
    if isinstance(node, ast.FunctionDef):
        body = [s for s in node.body if not _is_docstring(s)]
        if len(body) == 1 and isinstance(body[0], ast.Return) or len(body) == 2 and isinstance(
                body[0], ast.Assign) and isinstance(body[1], ast.Return):
            return node, ""
        return None, "its builder does more than return the Sequential"
    tree = ast.parse(chunk.code)
    if len(tree.body) == 1 and isinstance(tree.body[0], ast.Assign) and net.binding:
        return None, ""
    return None, "it is built in several statements"


def restyle(target: str, chunk: Chunk, stmts: list[cst.CSTNode], net: Network, info: ShapeInfo, out: Emitted,
            style: str, input_shapes=None) -> str | None:
    """The network written in `style` for `target`, or None: the backend's rewrite keeps the source's structure."""
    if style == "auto":
        return None
    if target == "keras":
        return to_keras(chunk, net, info, out, style)
    return to_torch(chunk, stmts, net, info, out, style, input_shapes)


# -- PyTorch -> Keras ------------------------------------------------------------------------------------
def to_keras(chunk: Chunk, net: Network, info: ShapeInfo, out: Emitted, style: str) -> str | None:
    if style == "subclassed" and net.style == "sequential":
        return _keras_subclass(chunk, net, info, out, style)
    if style == "sequential" and net.style == "subclass":
        return _keras_chain(chunk, net, info, out, style, functional=False)
    if style == "functional" and net.style in ("subclass", "sequential"):
        return _keras_chain(chunk, net, info, out, style, functional=True)
    return None


def _keras_layers(chunk: Chunk, layers, info: ShapeInfo, out: Emitted, indent: str) -> list[tuple[str, dict]] | None:
    """Keras code of each layer and where (relative to it) the weights of each source layer in it land; None
    when one of them cannot be migrated (the auto style then keeps it beside a TODO)."""
    scratch = Emitted()
    items = _keras_items(layers, info, scratch, indent)
    if items is None:
        return None
    out.diagnostics.extend(scratch.diagnostics)
    if "layers" in assigned_names(chunk.module):  # a local `layers` shadows `from keras import layers`
        items = [(unshadowed(code), paths) for code, paths in items]
    return items


def _keras_items(layers, info: ShapeInfo, out: Emitted, indent: str) -> list[tuple[str, dict]] | None:
    """`indent`: that of the line each item starts on (a nested Sequential lists its elements below it)."""
    items = []
    for layer in layers:
        if layer.op == "Sequential":
            inner = _keras_items(layer.children, info, out, indent + "    ")
            if inner is None:
                return None
            elements = "".join(f"{indent}    {code},\n" for code, _ in inner)
            items.append((f"keras.Sequential([\n{elements}{indent}])",
                          {name: (i,) + rel for i, (_, paths) in enumerate(inner) for name, rel in paths.items()}))
            continue
        code, inner_path = keras_backend.layer_code(layer, info, out)
        if code == layer.source:
            return None
        items.append((code, {layer.name: tuple(inner_path)}))
    return items


def _record(out: Emitted, at: tuple, paths: dict) -> None:
    for name, rel in paths.items():
        out.paths[name] = at + rel


def _attribute_names(layers) -> list[str]:
    """Attribute names for a Sequential's elements: their own names (an OrderedDict's keys), else `fc1`,
    `relu2`... as a person would write them."""
    counts: dict[str, int] = {}
    names = []
    for layer in layers:
        if not layer.name.isdigit() and layer.name.isidentifier():
            names.append(keras_backend.keras_attr(layer.name))
            continue
        prefix = attribute_prefix(layer.op)
        counts[prefix] = counts.get(prefix, 0) + 1
        names.append(keras_backend.keras_attr(f"{prefix}{counts[prefix]}"))
    return names


def _keras_subclass(chunk: Chunk, net: Network, info: ShapeInfo, out: Emitted, style: str) -> str | None:
    node, why = _simple_builder(net, chunk)
    problem = why or _unchainable_layers(net.layers)
    if any(l.op == "Sequential" for l in net.layers):
        problem = problem or "it nests Sequential containers"
    codes = None if problem else _keras_layers(chunk, net.layers, info, out, "        ")
    if codes is None:
        _note(out, chunk, net, style, problem or "one of its layers cannot be migrated", "keras")
        return None
    cls = camel(net.name if net.name != "model" else (net.binding or "model"))
    params, passed = _params(node.args, False) if isinstance(node, ast.FunctionDef) else ("", "")
    names = _attribute_names(net.layers)
    lines = [f"class {cls}(keras.Model):"]
    doc = _docstring(node, chunk)
    if doc:
        lines.append(doc.rstrip("\n"))
        lines.append("")
    lines += [f"    def __init__(self{', ' + params if params else ''}):", "        super().__init__()"]
    for name, (code, paths) in zip(names, codes):
        lines.append(f"        self.{name} = {code}")
        _record(out, (name,), paths)
    lines += ["", "    def call(self, x):"]
    lines += [f"        x = self.{name}(x)" for name in names]
    lines += ["        return x", ""]
    text = "\n".join(lines)
    if isinstance(node, ast.FunctionDef):
        return text + f"\n\ndef {node.name}({params}):\n    return {cls}({passed})\n"
    return text + f"\n\n{net.binding} = {cls}()\n"


def _keras_input(net: Network, info: ShapeInfo) -> str | None:
    if len(info.input_shapes) != 1 or info.input_shapes[0] is None:
        return None
    shape = info.input_shapes[0]
    if not shape or any(d is None for d in shape):
        return None
    dims = from_canonical(tuple(shape), bool(info.input_spatial and info.input_spatial[0]))
    code = "(" + ", ".join(value_code(d) for d in dims) + ("," if len(dims) == 1 else "") + ")"
    return f"keras.Input(shape={code})"


def _keras_chain(chunk: Chunk, net: Network, info: ShapeInfo, out: Emitted, style: str,
                 functional: bool) -> str | None:
    node = _definition(chunk)
    if net.style == "sequential":
        node, problem = _simple_builder(net, chunk)
        problem = problem or _unchainable_layers(net.layers)
        layers = list(net.layers)
    else:
        layers, problem = chain(net, chunk)
    inputs = _keras_input(net, info) if functional and not problem else None
    if functional and not problem and inputs is None:
        problem = "its input shape is not known statically (a functional model starts from `keras.Input`)"
    indent = "    " if node is not None else ""
    codes = None if problem else _keras_layers(chunk, layers, info, out, indent if functional else indent + "    ")
    if codes is None:
        _note(out, chunk, net, style, problem or "one of its layers cannot be migrated", "keras")
        return None
    body: list[str] = []
    if functional:
        body.append(f"{indent}inputs = {inputs}")
        value = "inputs"
        for i, (code, paths) in enumerate(codes):
            result = "outputs" if i == len(codes) - 1 else "x"
            body.append(f"{indent}{result} = {code}({value})")
            value = result
            _record(out, (i + 1,), paths)  # a functional model's layers[0] is its Input
        model = "keras.Model(inputs, outputs)"
    else:
        items = "".join(f"{indent}    {code},\n" for code, _ in codes)
        model = f"keras.Sequential([\n{items}{indent}])"
        for i, (_, paths) in enumerate(codes):
            _record(out, (i,), paths)
    if node is None:
        return "\n".join(body + [f"{net.binding or net.name} = {model}"]) + "\n"
    drop_self = isinstance(node, ast.ClassDef)
    fn = next((m for m in node.body if isinstance(m, ast.FunctionDef) and m.name == "__init__"), None) \
        if drop_self else node
    params, _ = _params(fn.args, drop_self)
    lines = [f"def {node.name}({params}):"]
    doc = _docstring(node, chunk)
    if doc:
        lines.append(doc.rstrip("\n"))
    lines += body + [f"    return {model}"]
    return "\n".join(lines) + "\n"


# -- Keras -> PyTorch ------------------------------------------------------------------------------------
def module_class_wanted(chunk: Chunk, net: Network, out: Emitted, style: str) -> bool:
    """Whether a Keras Sequential is written as an `nn.Module` class (target style `subclassed`)."""
    if style != "subclassed" or net.style != "sequential":
        return False
    if any(l.op == "Sequential" or l.attrs.get("var") for l in net.layers):
        _note(out, chunk, net, style, "it nests Sequential containers", "torch")
        return False
    return True


def to_torch(chunk: Chunk, stmts: list[cst.CSTNode], net: Network, info: ShapeInfo, out: Emitted, style: str,
             input_shapes=None) -> str | None:
    """An `nn.Module` class for a Keras Sequential (target style `subclassed`; the auto structure writes one
    already for a Sequential nn.Sequential cannot chain), an `nn.Sequential` for a Keras subclass or
    functional chain (target style `sequential`)."""
    if style == "subclassed" and net.style == "sequential":
        if torch_backend.unchainable(net, info) or not module_class_wanted(chunk, net, out, style):
            return None
        return torch_backend.module_class(chunk, stmts, net, info, out, input_shapes)
    code = _torch_chain(chunk, net, info, out, style)
    if code is not None:
        torch_backend.undefined_name_errors(code, net, out, chunk)
    return code


def _torch_chain(chunk: Chunk, net: Network, info: ShapeInfo, out: Emitted, style: str) -> str | None:
    """An `nn.Sequential` for a Keras subclass or functional chain (target style `sequential`)."""
    if style != "sequential" or net.style not in ("subclass", "functional"):
        return None
    layers, problem = chain(net, chunk)
    for layer in layers or ():
        spec = CATALOG.get(layer.op)
        if spec is not None and (spec.recurrent_states or spec.attention) or layer.name in info.adapted:
            problem = f"`{layer.name}` needs its input or output adapted, which nn.Sequential cannot do"
            break
    scratch = Emitted()
    if not problem:
        for layer in layers:
            if layer.op != "Sequential" and torch_backend.layer_code(layer, info, Emitted())[0] == layer.source:
                problem = f"`{layer.name}` cannot be migrated"
                break
    if problem:
        _note(out, chunk, net, style, problem, "torch")
        return None
    node = _definition(chunk)
    indent = "    " if node is not None else ""
    code = torch_backend.sequential_code(tuple(layers), info, scratch, indent)
    out.diagnostics.extend(scratch.diagnostics)
    out.paths.update(scratch.paths)
    if node is None:
        return f"{net.binding or net.name} = {code}\n"
    drop_self = isinstance(node, ast.ClassDef)
    fn = next((m for m in node.body if isinstance(m, ast.FunctionDef) and m.name == "__init__"), None) \
        if drop_self else node
    params, _ = _params(fn.args, drop_self)
    doc = _docstring(node, chunk)
    return f"def {node.name}({params}):\n{doc}    return {code}\n"


def style_for(style: str, net: Network, networks) -> str:
    """The style one network is written in: a model other models of the file use keeps its structure, as
    they reach into its layers by attribute."""
    if style != "auto" and any(net.name in other.uses for other in networks):
        return "auto"
    return style
