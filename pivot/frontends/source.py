"""Shared frontend plumbing: a parsed chunk of a file, its spans, and import-aware name resolution."""
from __future__ import annotations

import ast
import dataclasses
import functools
import io
import re
import threading
from collections.abc import Collection
from dataclasses import dataclass, field

import libcst as cst
from libcst.metadata import MetadataWrapper, PositionProvider

from pivot.catalog import lookups
from pivot.catalog.spec import REQUIRED
from pivot.catalog.normalization import FIXED_AFFINE
from pivot.model import Expr, Span, Value

# Spellings that mean the same module, normalised so the catalog needs one.
_PREFIXES = (
    ("tensorflow.keras.", "keras."),
    ("tensorflow.python.keras.", "keras."),
    ("keras.src.", "keras."),
    ("keras.models.", "keras."),
    ("keras.layers.Input", "keras.Input"),
    ("keras.layers.Layer", "keras.Layer"),
    ("torch.nn.modules.", "torch.nn."),
) + tuple((f"keras.backend.{fn}", f"keras.ops.{fn}") for fn in (
    # Keras 2's backend functions (`from keras import backend as K`, kept in Keras 3 as keras.src.legacy.backend)
    # that compute exactly as the keras.ops function of the name, with the same arguments and defaults; not
    # sqrt (it clamps negatives to 0 first: see flow's `_backend_sqrt`), concatenate (axis=-1, ops: 0),
    # expand_dims (axis=-1, ops: required), pow (ops.power)
    "sum", "mean", "max", "min", "square", "abs", "exp", "log", "maximum", "minimum", "sigmoid", "tanh", "softmax")) + (
    # the same signature and defaults under another name: K.concatenate(tensors, axis=-1) is the functional
    # layers.concatenate's, K.l2_normalize(x, axis=None) tf.nn.l2_normalize's (epsilon 1e-12 in both)
    ("keras.backend.concatenate", "keras.layers.concatenate"),
    ("keras.backend.l2_normalize", "tensorflow.nn.l2_normalize"))


def normalise(qualified: str) -> str:
    for old, new in _PREFIXES:
        if qualified + "." == old:
            return new.rstrip(".")
        if old.endswith(".") and qualified.startswith(old):
            qualified = new + qualified[len(old):]
        elif qualified == old or qualified.startswith(old + "."):  # a whole name: not keras.layers.LayerNorm...
            qualified = new + qualified[len(old):]
    return qualified


BOM = "\ufeff"  # a UTF-8 byte order mark, as decoded text: Python accepts it in a file, `ast.parse` not in a str


def split_bom(text: str) -> tuple[str, str]:
    """(the BOM or "", the text without it): the engine parses the text and puts the BOM back when writing."""
    return (BOM, text[1:]) if text.startswith(BOM) else ("", text)


def newline_of(text: str) -> str:
    """The file's line ending (the one most of its lines end with), for the lines Pivot inserts."""
    crlf = text.count("\r\n")
    counts = {"\n": text.count("\n") - crlf, "\r\n": crlf, "\r": text.count("\r") - crlf}
    return max(counts, key=lambda ending: (counts[ending], ending == "\n"))


def indents_with_tabs(text: str) -> bool:
    """Whether more of the file's indented lines start with a tab than with a space."""
    tabs = len(re.findall(r"^\t", text, re.M))
    return tabs > len(re.findall(r"^ ", text, re.M))


def in_layout(code: str, newline: str, tabs: bool) -> str:
    """Generated `code` (LF line ends, four-space indents) in the file's line ending and indentation, so a
    tab-indented block does not get space-indented lines (a TabError) nor a CRLF file LF lines."""
    if tabs:
        code = re.sub(r"^[ \t]+", lambda m: m.group(0).replace("    ", "\t"), code, flags=re.M)
    if newline == "\r":
        return re.sub(r"\r?\n", "\r", code)
    return re.sub(r"(?<!\r)\n", newline, code) if newline != "\n" else code


def parse_python(source: str) -> ast.Module:
    """`ast.parse`, with the line of a NUL byte filled in (Python reports it without one)."""
    try:
        return ast.parse(source)
    except SyntaxError as err:
        if err.lineno is None and "\0" in source:
            at = source.index("\0")
            err.lineno = len(io.StringIO(source[:at] + "x", newline="").readlines())  # the NUL's own line
            err.offset = at - max(source.rfind("\n", 0, at), source.rfind("\r", 0, at))
        raise


# the keywords a function takes its tensor by (`F.relu(input=x)`, tf.image's `images=x`)
TENSOR_KEYWORDS = ("input", "x", "inputs", "images")


@dataclass(frozen=True)
class Context:
    """What a chunk needs to know about the rest of its file."""

    aliases: tuple[tuple[str, str], ...] = ()  # local name -> qualified name
    local_classes: tuple[tuple[str, str], ...] = ()  # model class name -> framework
    local_functions: tuple[str, ...] = ()  # top-level function names
    # Keras functional blocks (functions that create layers and apply them): name -> (source, first line)
    keras_blocks: tuple[tuple[str, str, int], ...] = ()
    # top-level functions returning a model class of the file, directly or through another one: name -> class
    model_factories: tuple[tuple[str, str], ...] = ()
    # module classes whose forward only permutes its input by a constructor argument (benchmarks' `Permute`):
    # class -> (the argument's name, its position)
    permute_modules: tuple[tuple[str, str, int], ...] = ()
    # `class LayerNorm2d(nn.LayerNorm)` whose forward permutes the image channels-last, applies the layer's own
    # function with its own attributes and permutes back: the norm over an image's channels
    channel_norms: tuple[str, ...] = ()
    module_names: tuple[str, ...] = ()  # every name bound at the file's top level (constants, defs, imports)
    # top-level constants bound once and never changed (`CONV_ARGS = {...}` for `**CONV_ARGS`, `FILTERS = [8, 16]`
    # for a builder loop, `units = [dim * 2, dim]`): name -> code
    module_constants: tuple[tuple[str, str], ...] = ()
    # top-level `name = nn.Sequential(...)` / a model class or function of the file called (d2l's `b1`, `b2`)
    module_models: tuple[str, ...] = ()
    # model classes of the file -> the parameters of their forward (`call`) after self: a call passing more
    # positional arguments than tensors names the others in Keras (`self.decoder(z, seq_len=self.seq_len)`)
    forward_params: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # top-level `name = keras.Model(inputs, outputs)`: a functional model, applied as a layer by a later model
    # (keras.io's siamese `embedding_network(input_1)`): the migrated model holds it as a submodule
    keras_models: tuple[str, ...] = ()
    # Pivot's own Keras support classes in a migrated file (`TorchRNN`): read back as the entries they stand for
    keras_support: tuple[str, ...] = ()
    # Pivot's own PyTorch support functions in a migrated file (`fixed_affine`): read back as what they wrap
    torch_support: tuple[str, ...] = ()
    # Keras layer factories (functions returning one layer they construct, `conv3x3(w)(x)`): name -> (source, line)
    keras_factories: tuple[tuple[str, str, int], ...] = ()
    # layer factories of either framework (`def make_conv3(): return nn.Conv2d(...)`): name -> (source, line); a
    # model's `self.conv = make_conv3()` is read as the layer (pivot.frontends.classes.factory_layer)
    layer_factories: tuple[tuple[str, str, int], ...] = ()
    # top-level functions' parameters that every call of the function in the file passes as the same literal
    # (`build_model((20, 1), num_blocks=2)`), or leaves to the same literal default: name -> ((param, code), ...)
    call_values: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()
    # top-level `NAME = partial(keras.layers.Conv2D, kernel_size=3, ...)` bound once (Hands-On ML's
    # `DefaultConv2D`): name -> the partial call's code; `NAME(64)` reads as the layer with the merged arguments
    partial_layers: tuple[tuple[str, str], ...] = ()
    # top-level record types (`Outputs = namedtuple("Outputs", [...])`, `class Outputs(NamedTuple)`): a model that
    # returns `Outputs(a, b)` returns the tuple of its arguments, by any name (torchvision's `GoogLeNetOutputs`)
    record_types: tuple[str, ...] = ()
    # a block whose constructor passes `**kwargs` to one layer (torchvision's `BasicConv2d(in, out, **kwargs)` ->
    # `nn.Conv2d(in, out, bias=False, **kwargs)`): (class, the `**` name, the line of the layer call, the layer's
    # arguments the file's calls of the block pass as keywords with their defaults' code or None): the block is
    # migrated with those keyword-only parameters
    forwarded: tuple[tuple[str, str, int, tuple[tuple[str, str | None], ...]], ...] = ()
    # top-level weight initialisers applied by `self.apply(fn)` (akamaster's `def _weights_init(m): if isinstance(m,
    # nn.Conv2d): init.kaiming_normal_(m.weight)`): training only, kept as a comment with the `apply` call
    init_functions: tuple[str, ...] = ()
    # top-level functions that only compute from their arguments (keras.applications' `_make_divisible(v,
    # divisor=8, min_value=None)`: arithmetic, `if`, max/int...): name -> source; a builder's value calling one
    # with values known statically is known statically too
    pure_functions: tuple[tuple[str, str], ...] = ()
    # top-level tables of classes or functions by name, bound once and never changed (`ACTIVATIONS = {"relu": nn.ReLU,
    # "gelu": nn.GELU}`, looked up as `ACTIVATIONS[activation]()`): name -> ((key, qualified name), ...)
    class_tables: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()

    def class_table(self, name: str) -> dict[str, str] | None:
        return next((dict(rows) for n, rows in self.class_tables if n == name), None)

    # Lookups built once per context (a file's context is shared by all its pieces): rebuilding them per
    # call made analysis grow with the square of the file's size.
    @functools.cached_property
    def pure_map(self) -> dict[str, str]:
        return dict(self.pure_functions)

    @functools.cached_property
    def _alias_map(self) -> dict[str, str]:
        return dict(self.aliases)

    @functools.cached_property
    def _class_map(self) -> dict[str, str]:
        return dict(self.local_classes)

    @functools.cached_property
    def _function_set(self) -> frozenset[str]:
        return frozenset(self.local_functions)

    @functools.cached_property
    def _keras_model_set(self) -> frozenset[str]:
        return frozenset(self.keras_models)

    def is_keras_model(self, name: str) -> bool:
        """A top-level name bound once to a functional keras.Model or a keras.Sequential of layers."""
        return name in self._keras_model_set

    @functools.cached_property
    def _block_map(self) -> dict[str, tuple[str, int]]:
        found: dict[str, tuple[str, int]] = {}
        for name, code, line in self.keras_blocks:
            found.setdefault(name, (code, line))  # the first, as the linear search found it
        return found

    def forwarded_keywords(self, line: int, name: str) -> tuple[tuple[str, str | None], ...] | None:
        """The keywords `**name` in the layer call on `line` stands for (see `forwarded`)."""
        return next((keys for _, kw, at, keys in self.forwarded if at == line and kw == name), None)

    def forwarded_of(self, cls: str) -> tuple[str, tuple[tuple[str, str | None], ...]] | None:
        return next(((kw, keys) for c, kw, _, keys in self.forwarded if c == cls), None)

    def keras_block(self, name: str) -> tuple[str, int] | None:
        return self._block_map.get(name)

    def passed_values(self, name: str) -> dict[str, str]:
        return dict(next((values for n, values in self.call_values if n == name), ()))

    def keras_factory(self, name: str) -> tuple[str, int] | None:
        return next(((code, line) for n, code, line in self.keras_factories if n == name), None)

    def layer_factory(self, name: str) -> tuple[str, int] | None:
        return next(((code, line) for n, code, line in self.layer_factories if n == name), None)

    def alias(self, name: str) -> str | None:
        return self._alias_map.get(name)

    def aliases_of_classes(self) -> Collection[str]:
        return self._class_map.keys()

    def framework_of(self, name: str | None) -> str | None:
        """The framework of the file's model class `name`, or None when it is not one."""
        return self._class_map.get(name)

    def is_local_function(self, name: str | None) -> bool:
        return name in self._function_set

    def is_local_name(self, name: str) -> bool:
        """A model class or a top-level function of the file."""
        return name in self._class_map or name in self._function_set


def collect_context(tree: ast.Module) -> Context:
    """Imports (anywhere at top level) and the model classes a file defines, from Python's fast `ast`."""
    aliases: dict[str, str] = {}
    for node in _module_level(tree.body):
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.asname:
                    aliases[a.asname] = normalise(a.name)
                else:
                    top = a.name.split(".")[0]
                    aliases[top] = normalise(top)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for a in node.names:
                aliases[a.asname or a.name] = normalise(f"{node.module}.{a.name}")
    ctx = Context(tuple(sorted(aliases.items())))
    classes: dict[str, str] = {}
    # Two passes so a class may inherit from a model class defined later in the file.
    for _ in range(2):
        for node in tree.body:
            if isinstance(node, ast.ClassDef):
                for base in node.bases:
                    fw = _base_framework(ast_dotted(base), ctx, classes)
                    if fw:
                        classes[node.name] = fw
    # Pivot's PyTorch modules for Keras layers (`SeparableConv1d`, `Rescaling`, `RepeatVector`...): read where they
    # are called as their catalog entry, never migrated as the file's models
    torch_modules = tuple(sorted(n.name for n in tree.body if isinstance(n, ast.ClassDef)
                                 and is_torch_support_module(n, classes, ctx)))
    torch_support = tuple(sorted(n.name for n in tree.body if is_torch_support(n))) + torch_modules
    functions = tuple(sorted(n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))
                             and n.name not in torch_support))
    permutes = tuple(sorted(p for n in tree.body if isinstance(n, ast.ClassDef) and classes.get(n.name) == "torch"
                            for p in [_permute_module(n)] if p))
    channel_norms = tuple(sorted(n.name for n in tree.body if isinstance(n, ast.ClassDef) and _channel_norm(n, ctx)))
    support = tuple(sorted(n.name for n in tree.body if isinstance(n, ast.ClassDef) and is_keras_support(n, classes)))
    classes = {k: v for k, v in classes.items() if k not in support and k not in torch_modules}
    # qualified as themselves: layer constructors
    aliases = ctx.aliases + tuple((name, name) for name in support + torch_modules)
    return Context(tuple(sorted(aliases)), tuple(sorted(classes.items())), functions,
                   model_factories=tuple(sorted(_model_factories(tree, classes).items())), permute_modules=permutes,
                   channel_norms=channel_norms,
                   module_names=_top_level_names(tree), module_constants=_module_constants(tree),
                   module_models=_module_models(tree, ctx, set(classes) | set(functions)), keras_support=support,
                   keras_models=_keras_models(tree, ctx),
                   torch_support=torch_support, call_values=_call_values(tree),
                   partial_layers=_partial_layers(tree, ctx), record_types=_record_types(tree, ctx),
                   forwarded=_forwarded(tree, ctx, classes), init_functions=_init_functions(tree, ctx),
                   pure_functions=_pure_functions(tree), class_tables=_class_tables(tree, ctx),
                   forward_params=_forward_params(tree, classes))


def _forward_params(tree: ast.Module, classes: dict) -> tuple:
    """`Context.forward_params`: each model class's forward (or call) parameters after self."""
    found = []
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name in classes:
            fn = next((f for f in node.body if isinstance(f, ast.FunctionDef) and f.name in ("forward", "call")),
                      None)
            if fn is not None and fn.args.args:
                found.append((node.name, tuple(a.arg for a in fn.args.args[1:])))
    return tuple(sorted(found))


# in-place refills of a weight (`m.weight.data.normal_(0, 0.02)`) and what an initialiser asks of its module or names
REFILL_METHODS = frozenset({"normal_", "uniform_", "zero_", "fill_", "trunc_normal_"})
_INIT_ASKS = frozenset({"isinstance", "hasattr", "getattr", "type", "len", "find", "startswith", "endswith"})


def _init_functions(tree: ast.Module, ctx: "Context") -> tuple[str, ...]:
    """Top-level functions of one parameter (the module `self.apply` gives) that return nothing and only
    initialise weights: every call an nn.init function, an in-place refill or a question (isinstance,
    `classname.find('Conv')`), every assignment to a plain name."""
    found = []
    for fn in tree.body:
        if not (isinstance(fn, ast.FunctionDef) and len(fn.args.args) == 1 and not fn.args.vararg
                and not fn.args.kwarg and not fn.args.kwonlyargs):
            continue
        inits, other = 0, False
        for node in ast.walk(fn):
            if isinstance(node, (ast.Return, ast.Yield, ast.Lambda, ast.FunctionDef, ast.ClassDef, ast.Delete,
                                 ast.AugAssign, ast.AnnAssign, ast.Global, ast.Nonlocal)) and node is not fn:
                other = True
            elif isinstance(node, ast.Assign) and not all(isinstance(t, ast.Name) for t in node.targets):
                other = True
            elif isinstance(node, ast.Call):
                qual = resolve_dotted(ast_dotted(node.func), ctx) or ""
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                if qual.startswith("torch.nn.init.") or name in REFILL_METHODS:
                    inits += 1
                elif name not in _INIT_ASKS:
                    other = True
        if inits and not other:
            found.append(fn.name)
    return tuple(sorted(found))


PURE_BUILTINS = ("int", "float", "round", "len", "max", "min", "abs", "tuple", "list", "sum")
_PURE_NODES = (ast.FunctionDef, ast.arguments, ast.arg, ast.Assign, ast.AugAssign, ast.If, ast.Return, ast.Expr,
               ast.Compare, ast.BoolOp, ast.BinOp, ast.UnaryOp, ast.IfExp, ast.Name, ast.Constant, ast.Call,
               ast.Tuple, ast.Load, ast.Store, ast.operator, ast.cmpop, ast.boolop, ast.unaryop, ast.keyword)


def _pure_functions(tree: ast.Module) -> tuple[tuple[str, str], ...]:
    """The top-level functions that only compute from their arguments: no statement but assignments, `if`s and
    `return`, no call but to builtins that compute or to other such functions, no name but their own."""
    defs = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef) and not n.decorator_list}
    pure: dict[str, str] = {}
    for _ in range(3):  # functions calling pure functions defined anywhere in the file
        for name, fn in defs.items():
            own = {a.arg for a in fn.args.args + fn.args.kwonlyargs} | {
                t.id for n in ast.walk(fn) for t in (n.targets if isinstance(n, ast.Assign) else
                                                     [n.target] if isinstance(n, ast.AugAssign) else [])
                if isinstance(t, ast.Name)}
            if name in pure or fn.args.vararg or fn.args.kwarg or not any(isinstance(n, ast.Return)
                                                                       for n in ast.walk(fn)):
                continue
            if all(isinstance(n, _PURE_NODES) for n in ast.walk(fn)) and all(
                    n.id in own or n.id in PURE_BUILTINS or n.id in pure for n in ast.walk(fn)
                    if isinstance(n, ast.Name)) and all(
                    isinstance(n.func, ast.Name) and (n.func.id in PURE_BUILTINS or n.func.id in pure)
                    for n in ast.walk(fn) if isinstance(n, ast.Call)):
                pure[name] = ast.unparse(fn)
    return tuple(sorted(pure.items()))


def partial_applied(made: cst.Call, call: cst.Call) -> cst.Call:
    """`partial(Layer, *a, **kw)` then `name(*b, **k)`: the call `Layer(*b, *a, **kw, **k)` it makes."""
    given = [a for a in call.args if a.keyword is None] + [a for a in made.args[1:] if a.keyword is None] + \
        [a for a in made.args[1:] if a.keyword is not None and not any(
            b.keyword is not None and b.keyword.value == a.keyword.value for b in call.args)] + \
        [a for a in call.args if a.keyword is not None]
    given = [a.with_changes(comma=cst.Comma()) for a in given[:-1]] + [
        a.with_changes(comma=cst.MaybeSentinel.DEFAULT) for a in given[-1:]]
    return cst.Call(func=made.args[0].value, args=given)


_RECORDS = ("collections.namedtuple", "typing.NamedTuple")


def _forwarded(tree: ast.Module, ctx: "Context", classes: dict[str, str]) -> tuple:
    """PyTorch blocks whose constructor's `**kwargs` goes whole to one catalog layer (see `Context.forwarded`)."""
    found = []
    for cls in (n for n in tree.body if isinstance(n, ast.ClassDef) and classes.get(n.name) == "torch"):
        init = next((f for f in cls.body if isinstance(f, ast.FunctionDef) and f.name == "__init__"), None)
        kw = init.args.kwarg.arg if init is not None and init.args.kwarg else None
        reads = [n for n in ast.walk(init) if isinstance(n, ast.Name) and n.id == kw] if kw else []
        call = next((c for c in ast.walk(init) if isinstance(c, ast.Call) and any(
            k.arg is None and isinstance(k.value, ast.Name) and k.value.id == kw for k in c.keywords)), None) \
            if len(reads) == 1 else None
        spec = lookups().torch_module.get(resolve_dotted(ast_dotted(call.func), ctx) or "") if call else None
        keys = _keywords_passed(tree, cls.name) if spec else None
        if not keys:
            continue
        args = {a.torch: a for a in spec.args if a.torch}
        fixed = {k.arg for k in call.keywords if k.arg} | {a.torch for a in spec.args
                                                          if a.torch_pos is not None and a.torch_pos < len(call.args)}
        if not keys <= set(args) - fixed:
            continue  # a keyword the layer does not take, or one the block sets itself: left as written
        found.append((cls.name, kw, call.lineno, tuple(
            (a.torch, None if a.torch_default == REQUIRED else repr(a.torch_default)) for a in spec.args
            if a.torch in keys)))
    return tuple(found)


def _keywords_passed(tree: ast.Module, cls: str) -> set[str] | None:
    """The keywords the file's calls of class `cls` pass, directly or through a name bound to it
    (`conv_block = BasicConv2d`); None where a call unpacks `**` into it."""
    names = {cls} | {t.id for n in ast.walk(tree) if isinstance(n, ast.Assign) and isinstance(n.value, ast.Name)
                     and n.value.id == cls for t in n.targets if isinstance(t, ast.Name)}
    calls = [c for c in ast.walk(tree) if isinstance(c, ast.Call) and isinstance(c.func, ast.Name)
             and c.func.id in names]
    if any(k.arg is None for c in calls for k in c.keywords):
        return None
    return {k.arg for c in calls for k in c.keywords}


def _record_types(tree: ast.Module, ctx: "Context") -> tuple[str, ...]:
    """Top-level names of namedtuple types: `N = namedtuple(...)` / `N = NamedTuple(...)`, `class N(NamedTuple)`."""
    made = {t.id for s in tree.body if isinstance(s, ast.Assign) and isinstance(s.value, ast.Call)
            and resolve_dotted(ast_dotted(s.value.func), ctx) in _RECORDS for t in s.targets if isinstance(t, ast.Name)}
    made |= {n.name for n in tree.body if isinstance(n, ast.ClassDef)
             and any(resolve_dotted(ast_dotted(b), ctx) in _RECORDS for b in n.bases)}
    return tuple(sorted(made))


def _partial_layers(tree: ast.Module, ctx: "Context") -> tuple[tuple[str, str], ...]:
    """Top-level `NAME = functools.partial(callee, ...)` bound once, whose first argument is positional: the
    call's code by name."""
    bound = [t.id for s in tree.body if isinstance(s, ast.Assign) for t in s.targets if isinstance(t, ast.Name)]
    found = {}
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name) \
                and bound.count(stmt.targets[0].id) == 1 and isinstance(stmt.value, ast.Call) and stmt.value.args \
                and not isinstance(stmt.value.args[0], ast.Starred) \
                and resolve_dotted(ast_dotted(stmt.value.func), ctx) == "functools.partial":
            found[stmt.targets[0].id] = ast.unparse(stmt.value)
    return tuple(sorted(found.items()))


def _without_self(init: ast.FunctionDef) -> ast.FunctionDef:
    """A constructor as the function its calls bind: `self` left out."""
    return ast.FunctionDef(init.name, ast.arguments(init.args.posonlyargs, init.args.args[1:], init.args.vararg,
                                                    init.args.kwonlyargs, init.args.kw_defaults, init.args.kwarg,
                                                    init.args.defaults), [], [], None, None)


def _call_values(tree: ast.Module) -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
    """For each top-level function (or class) called at least once in the file (not by itself), the parameters all
    its calls bind to the same literal, by position, keyword or default. A call unpacking arguments (`*a`, `**kw`),
    or the function's name read other than as a callee (passed as a value), makes none known."""
    fns = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
    # a class: its constructor's parameters after `self`, bound where the file builds it (`SwitchNet(p=0.5)`)
    fns |= {n.name: _without_self(init) for n in tree.body if isinstance(n, ast.ClassDef)
            for init in n.body if isinstance(init, ast.FunctionDef) and init.name == "__init__" and init.args.args}
    calls: dict[str, list[ast.Call]] = {}
    read: set[str] = set()
    callees: set[int] = set()

    def visit(node: ast.AST, inside: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            here = child.name if isinstance(child, ast.FunctionDef) and child.name in fns and node is tree else inside
            if isinstance(child, ast.Call) and isinstance(child.func, ast.Name) and child.func.id in fns \
                    and child.func.id != inside:
                calls.setdefault(child.func.id, []).append(child)
                callees.add(id(child.func))
            elif isinstance(child, ast.Call) and isinstance(child.func, ast.Name) and child.func.id == "super":
                callees.update(id(a) for a in child.args)  # `super(Net, self)` names the class, passes no value
            elif isinstance(child, ast.Name) and child.id in fns and id(child) not in callees:
                read.add(child.id)
            visit(child, here)

    visit(tree, None)
    found = []
    for name, fn_calls in sorted(calls.items()):
        fn = fns[name]
        if name in read or fn.args.vararg or any(isinstance(a, ast.Starred) for c in fn_calls for a in c.args) \
                or any(k.arg is None for c in fn_calls for k in c.keywords):
            continue
        params = [a.arg for a in fn.args.posonlyargs + fn.args.args]
        defaults = dict(zip(params[len(params) - len(fn.args.defaults):], fn.args.defaults))
        defaults.update({a.arg: d for a, d in zip(fn.args.kwonlyargs, fn.args.kw_defaults) if d is not None})
        values: dict[str, set] = {}
        for call in fn_calls:
            bound = {**defaults, **dict(zip(params, call.args)), **{k.arg: k.value for k in call.keywords}}
            for param in params + [a.arg for a in fn.args.kwonlyargs]:
                try:
                    value = repr(ast.literal_eval(bound[param])) if param in bound else None
                except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
                    value = None
                values.setdefault(param, set()).add(value)
        same = tuple((p, v.pop()) for p, v in values.items() if len(v) == 1 and None not in v)
        found.append((name, same))  # (none the same: still listed, as called)
    return tuple(found)


def _module_models(tree: ast.Module, ctx: Context, local: set[str]) -> tuple[str, ...]:
    """Top-level names bound to `nn.Sequential(...)` or to a call of a model class or function of the file."""
    found = []
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name) \
                and isinstance(stmt.value, ast.Call):
            dotted = ast_dotted(stmt.value.func) or ""
            if dotted in local or resolve_dotted(dotted, ctx) == "torch.nn.Sequential":
                found.append(stmt.targets[0].id)
    return tuple(sorted(set(found)))


def _keras_models(tree: ast.Module, ctx: Context) -> tuple[str, ...]:
    """Top-level names bound once to a functional `keras.Model(inputs, outputs)` or a `keras.Sequential([...])`
    of layers (a Siamese network's shared encoder, applied to two Inputs)."""
    found: dict[str, int] = {}
    builders = {fn.name for fn in tree.body if isinstance(fn, ast.FunctionDef) and _returns_keras_model(fn, ctx)}
    for stmt in tree.body:
        for target in stmt.targets if isinstance(stmt, ast.Assign) else ():
            for name in ast.walk(target):
                if isinstance(name, ast.Name):
                    found[name.id] = found.get(name.id, 0) + 1 + (
                        len(stmt.targets) == 1 and isinstance(stmt.value, ast.Call) and (bool(
                            stmt.value.args or stmt.value.keywords) and resolve_dotted(
                            ast_dotted(stmt.value.func), ctx) in ("keras.Model", "keras.Sequential")
                            or ast_dotted(stmt.value.func) in builders)) * 100
    return tuple(sorted(name for name, n in found.items() if n == 101))


def _returns_keras_model(fn: ast.FunctionDef, ctx: Context) -> bool:
    """A builder whose only return is `keras.Model(inputs, outputs)` (keras-team's mnist_siamese
    `create_base_network(input_shape)`), directly or through the one name it binds it to."""
    returns = [n.value for n in ast.walk(fn) if isinstance(n, ast.Return)]
    if len(returns) != 1 or returns[0] is None:
        return False
    value = returns[0]
    if isinstance(value, ast.Name):
        bound = [s.value for s in fn.body if isinstance(s, ast.Assign) and len(s.targets) == 1
                 and isinstance(s.targets[0], ast.Name) and s.targets[0].id == value.id]
        value = bound[0] if len(bound) == 1 else None
    if isinstance(value, ast.Call) and resolve_dotted(ast_dotted(value.func), ctx) == "keras.Sequential":
        return True  # eriklindernoren's Keras-GAN: `model = Sequential()`, `model.add(...)`, `return model`
    return isinstance(value, ast.Call) and bool(value.args or value.keywords) and \
        resolve_dotted(ast_dotted(value.func), ctx) == "keras.Model"


def is_keras_support(cls: ast.ClassDef, classes: dict[str, str]) -> bool:
    """A Keras class Pivot wrote into a migrated file for a PyTorch module (its name is a catalog entry's support
    class, its docstring says so): not a model of the file."""
    return classes.get(cls.name) == "keras" and cls.name in lookups().keras_support \
        and _written_by_pivot(cls)


def _written_by_pivot(cls: ast.ClassDef | ast.FunctionDef) -> bool:
    # (words, not lines: a docstring rewrapped across "(written by / Pivot)" was read back as the user's class)
    return "(written by Pivot)" in " ".join((ast.get_docstring(cls) or "").split())


def is_torch_support_module(cls: ast.ClassDef, classes: dict[str, str], ctx: Context | None = None) -> bool:
    """A PyTorch module Pivot wrote into a migrated file for a Keras layer (its name is a catalog entry's
    `torch_module`, its docstring says so): that entry wherever it is called, not a model of the file. It derives
    from nn.Module or from any other torch.nn module (`LazyLayerNorm(LazyModuleMixin, nn.LayerNorm)`)."""
    torch_based = classes.get(cls.name) == "torch" or ctx is not None and any(
        (resolve_dotted(ast_dotted(base), ctx) or "").startswith("torch.nn.") for base in cls.bases)
    return torch_based and "." not in cls.name and cls.name in lookups().torch_module and _written_by_pivot(cls)


# PyTorch calls that touch no tensor: left as written, they still run beside TensorFlow code (a script's
# `device = torch.device(...)`, a model's `self.device = torch.device(...)` read by `x.to(self.device)`)
HARMLESS = {"torch.device", "torch.cuda.is_available", "torch.manual_seed", "torch.cuda.device_count"}
TORCH_SUPPORT_FUNCTIONS = (FIXED_AFFINE,)
# support modules that wrap a layer (read where they are called: `ChannelsLast(nn.Linear(8, 4))`)
TORCH_SUPPORT_WRAPPERS = ("ChannelsLast",)


def is_torch_support(node: ast.AST) -> bool:
    """A PyTorch function Pivot wrote into a migrated file (`fixed_affine`, its docstring says so): not a helper of
    the file."""
    return isinstance(node, ast.FunctionDef) and node.name in TORCH_SUPPORT_FUNCTIONS \
        and _written_by_pivot(node) or \
        isinstance(node, ast.ClassDef) and node.name in TORCH_SUPPORT_WRAPPERS and _written_by_pivot(node)


def _module_constants(tree: ast.Module) -> tuple[tuple[str, str], ...]:
    """Top-level `NAME = value` bound once in the file, never indexed into nor given to a method, whose value
    computes nothing but literals and other names (no call, no attribute): a dict of keyword arguments has
    identifier keys."""
    found, bound = {}, [t.id for s in tree.body if isinstance(s, ast.Assign) for t in s.targets
                        if isinstance(t, ast.Name)]
    for stmt in tree.body:
        if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)
                and bound.count(stmt.targets[0].id) == 1):
            continue
        if any(isinstance(n, (ast.Call, ast.Attribute, ast.Lambda, ast.comprehension, ast.NamedExpr, ast.Starred))
               for n in ast.walk(stmt.value)):
            continue
        if isinstance(stmt.value, ast.Dict) and not all(isinstance(k, ast.Constant) and isinstance(k.value, str)
                                                        and k.value.isidentifier() for k in stmt.value.keys):
            continue
        found[stmt.targets[0].id] = ast.unparse(stmt.value)
    for node in ast.walk(tree):  # rebound or changed anywhere: not a constant
        target = node.value if isinstance(node, (ast.Attribute, ast.Subscript)) else node
        changed = isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)) and \
            not any(node is s.targets[0] for s in tree.body if isinstance(s, ast.Assign))
        if isinstance(target, ast.Name) and (changed or isinstance(node, ast.Attribute) or isinstance(
                node, ast.Subscript) and not isinstance(node.ctx, ast.Load)):
            found.pop(target.id, None)
    return tuple(sorted(found.items()))


def _class_tables(tree: ast.Module, ctx: "Context") -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
    """Top-level `NAME = {"key": dotted.name, ...}` (string keys, each value a name the imports qualify; or annotated,
    `NAME: Dict[str, Type[nn.Module]] = {...}`) bound once in the file and never changed (no item assigned or
    deleted, no method called on it): `Context.class_tables`."""
    bindings = [(s.targets[0] if isinstance(s, ast.Assign) else s.target, s) for s in tree.body
                if isinstance(s, ast.Assign) and len(s.targets) == 1 or isinstance(s, ast.AnnAssign) and s.value]
    bound = [t.id for s in tree.body if isinstance(s, ast.Assign) for t in s.targets if isinstance(t, ast.Name)] + \
        [s.target.id for s in tree.body if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)]
    found = {}
    for target, stmt in bindings:
        if not (isinstance(target, ast.Name) and bound.count(target.id) == 1 and isinstance(stmt.value, ast.Dict)
                and stmt.value.keys):
            continue
        keys = [k.value if isinstance(k, ast.Constant) and isinstance(k.value, str) else None for k in stmt.value.keys]
        quals = [resolve_dotted(ast_dotted(v), ctx) if isinstance(v, (ast.Name, ast.Attribute)) else None
                 for v in stmt.value.values]
        if None not in keys and None not in quals and len(set(keys)) == len(keys):
            found[target.id] = tuple(zip(keys, quals))
    for node in ast.walk(tree):  # changed anywhere: not a table
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and not isinstance(node.ctx, ast.Load):
            found.pop(node.value.id, None)
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            found.pop(node.value.id, None)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)) and \
                not any(node is target for target, _ in bindings):
            found.pop(node.id, None)
    return tuple(sorted(found.items()))


def _top_level_names(tree: ast.Module) -> tuple[str, ...]:
    names = {n.id for stmt in _module_level(tree.body) if not isinstance(stmt, (ast.FunctionDef, ast.ClassDef))
             for n in ast.walk(stmt) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    names |= {n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))}
    return tuple(sorted(names))


def _permute_module(cls: ast.ClassDef) -> tuple[str, str, int] | None:
    """(class, argument, position) when `forward(self, x)` is `return x.permute(*self.dims)` (or without the
    star, or torchvision's `torch.permute(x, self.dims)`) and `__init__` stores that argument as `self.dims`."""
    methods = {n.name: n for n in cls.body if isinstance(n, ast.FunctionDef)}
    init, forward = methods.get("__init__"), methods.get("forward")
    if init is None or forward is None or set(methods) != {"__init__", "forward"}:
        return None
    body = [n for n in forward.body if not (isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant))]
    call = body[0].value if len(body) == 1 and isinstance(body[0], ast.Return) else None
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "permute"
            and not call.keywords):
        return None
    inputs = [a.arg for a in forward.args.args[1:2]]
    if ast_dotted(call.func) == "torch.permute" and len(call.args) == 2 and ast_dotted(call.args[0]) in inputs:
        dims = call.args[1]  # the function form
    elif len(call.args) == 1:
        dims = call.args[0]
    else:
        return None
    arg = dims.value if isinstance(dims, ast.Starred) else dims
    stored = ast_dotted(arg)
    params = [a.arg for a in init.args.args[1:]]
    for n in init.body:
        if isinstance(n, ast.Assign) and len(n.targets) == 1 and ast_dotted(n.targets[0]) == stored \
                and isinstance(n.value, ast.Name) and n.value.id in params:
            return cls.name, n.value.id, params.index(n.value.id)
    return None


_CHANNEL_NORM = ("{x} = {x}.permute(0, 2, 3, 1)",
                 "{x} = F.layer_norm({x}, self.normalized_shape, self.weight, self.bias, self.eps)",
                 "{x} = {x}.permute(0, 3, 1, 2)", "return {x}")


def _channel_norm(cls: ast.ClassDef, ctx: Context) -> bool:
    """torchvision's `LayerNorm2d(nn.LayerNorm)`: its only method `forward(self, x)` permutes the image
    channels-last, applies `F.layer_norm` with the module's own attributes and permutes back, one statement each:
    a LayerNorm over the channels of an image."""
    methods = [n for n in cls.body if isinstance(n, ast.FunctionDef)]
    if len(cls.bases) != 1 or resolve_dotted(ast_dotted(cls.bases[0]), ctx) != "torch.nn.LayerNorm" or \
            len(methods) != 1 or methods[0].name != "forward" or len(methods[0].args.args) != 2:
        return False
    x = methods[0].args.args[1].arg
    body = [ast.unparse(n) for n in methods[0].body if not (isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant))]
    layer_norm = next((a for a, q in ctx.aliases if q == "torch.nn.functional"), "F")
    steps = [step.format(x=x).replace("F.layer_norm", f"{layer_norm}.layer_norm") for step in _CHANNEL_NORM]
    return body == steps


def _model_factories(tree: ast.Module, classes: dict[str, str]) -> dict[str, str]:
    """Functions whose return value is a model class's instance (`return VGG(...)`, `model = VGG(...)` then
    `return model`) or another such function's result (torchvision's `vgg11_bn` returns `_vgg(...)`)."""
    returned: dict[str, list[str]] = {}
    for fn in tree.body:
        if isinstance(fn, ast.FunctionDef):
            built = {n.targets[0].id: n.value for n in fn.body if isinstance(n, ast.Assign) and len(n.targets) == 1
                     and isinstance(n.targets[0], ast.Name)}
            values = [built.get(n.value.id) if isinstance(n.value, ast.Name) else n.value
                      for n in fn.body if isinstance(n, ast.Return)]
            returned[fn.name] = [v.func.id for v in values if isinstance(v, ast.Call) and isinstance(v.func, ast.Name)]
    found: dict[str, str] = {}
    for _ in range(4):  # a few levels of functions returning functions' results
        for name, calls in returned.items():
            model = next((classes.get(c) and c or found.get(c) for c in calls if c in classes or c in found), None)
            if model and name not in found:
                found[name] = model
    return found


def _module_level(body):
    """Top-level statements, including those under module-level if/try (guarded imports)."""
    for node in body:
        yield node
        if isinstance(node, (ast.If, ast.Try)):
            yield from _module_level(node.body)
            yield from _module_level(node.orelse)
            for handler in getattr(node, "handlers", ()):
                yield from _module_level(handler.body)


def ast_dotted(node: ast.AST) -> str | None:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return None


def resolve_dotted(dotted: str | None, ctx: Context) -> str | None:
    if not dotted:
        return None
    head, _, rest = dotted.partition(".")
    base = ctx.alias(head)
    if base is None:
        return None
    return normalise(f"{base}.{rest}" if rest else base)


# a Sequential subclass is a model too; so is a PyTorch Lightning module (an nn.Module with training hooks, which
# are migrated as any method is, or reported)
LIGHTNING_MODULES = {"pytorch_lightning.LightningModule", "pytorch_lightning.core.LightningModule",
                     "lightning.LightningModule", "lightning.pytorch.LightningModule",
                     "lightning.pytorch.core.LightningModule"}
TORCH_MODULE_BASES = {"torch.nn.Module", "torch.nn.Sequential", *LIGHTNING_MODULES}
KERAS_MODEL_BASES = {"keras.Model", "keras.Layer", "keras.Sequential"}


def _base_framework(dotted: str | None, ctx: Context, classes: dict[str, str]) -> str | None:
    if dotted in classes:
        return classes[dotted]
    qual = resolve_dotted(dotted, ctx)
    if qual in TORCH_MODULE_BASES:
        return "torch"
    if qual in KERAS_MODEL_BASES:
        return "keras"
    return None


def dotted_name(node: cst.BaseExpression) -> str | None:
    parts = []
    while isinstance(node, cst.Attribute):
        parts.append(node.attr.value)
        node = node.value
    if isinstance(node, cst.Name):
        parts.append(node.value)
        return ".".join(reversed(parts))
    return None


_PARSED: dict[str, tuple[cst.Module, dict]] = {}
_PARSED_LIMIT = 256
_PARSED_LOCK = threading.Lock()


def _parse(code: str) -> tuple[cst.Module, dict]:
    """libcst parse plus positions, shared by analysis and migration of the same text (read-only)."""
    found = _PARSED.get(code)
    if found is None:
        module = cst.parse_module(code)
        found = (module, _positions(module))
        with _PARSED_LOCK:
            if len(_PARSED) >= _PARSED_LIMIT:
                _PARSED.pop(next(iter(_PARSED)), None)
            _PARSED[code] = found
    return found


def _positions(module: cst.Module):
    """PositionProvider's mapping, as `MetadataWrapper.resolve(PositionProvider)` returns it.

    Generated directly: `resolve` also runs an empty batched visit of the whole tree (it rebuilds every node),
    which cost as much as the positions themselves.
    """
    wrapper = MetadataWrapper(module, unsafe_skip_copy=True)
    try:
        return PositionProvider()._gen(wrapper)  # libcst-internal; the public route below if it ever goes
    except AttributeError:
        return wrapper.resolve(PositionProvider)


@dataclass
class Chunk:
    """A run of top-level statements, parsed on its own; spans are file-relative."""

    code: str
    first_line: int
    ctx: Context
    module: cst.Module = field(init=False)
    positions: dict = field(init=False, repr=False)
    # spans at the file's lines whatever chunk reads it (a functional block inlined into its caller's piece)
    fixed: bool = False

    def __post_init__(self) -> None:
        try:
            self.module, self.positions = _parse(self.code)
        except cst.ParserSyntaxError as err:
            if not (re.search(r"^ *\t", self.code, re.M) and re.search(r"^\t* ", self.code, re.M)):
                raise
            # Python accepts some mixes of tabs and spaces that libcst's tokenizer does not: the same blocks
            # with the indents' tabs expanded (Python's tab stops of 8); the definition is rewritten anyway
            self.code = re.sub(r"^[ \t]+", lambda m: m.group(0).expandtabs(8), self.code, flags=re.M)
            try:
                self.module, self.positions = _parse(self.code)
            except cst.ParserSyntaxError:
                raise ValueError("libcst cannot read this mix of tabs and spaces in indentation: indent this "
                                 "definition with tabs only or spaces only") from err
        self.lines = io.StringIO(self.code, newline="").readlines()

    def span(self, node: cst.CSTNode) -> Span:
        r = self.positions.get(node)
        if r is None:  # a node made during analysis (not in the source): the chunk's first line
            return Span(self.first_line, 0, self.first_line, 0, self.fixed)
        off = self.first_line - 1
        return Span(r.start.line + off, r.start.column, r.end.line + off, r.end.column, self.fixed)

    def text(self, node: cst.CSTNode) -> str:
        """The node's source, sliced from the chunk by position (no code generation)."""
        r = self.positions.get(node)
        if r is None:
            return self.module.code_for_node(node)
        lines = self.lines
        if r.start.line == r.end.line:
            return lines[r.start.line - 1][r.start.column:r.end.column]
        parts = [lines[r.start.line - 1][r.start.column:]] + lines[r.start.line:r.end.line - 1] + \
            [lines[r.end.line - 1][:r.end.column]]
        return "".join(parts)

    def mentions(self, node: cst.CSTNode, names) -> bool:
        """Whether any of `names` occurs as a word in the node's source (a fast, textual test)."""
        names = [n for n in names if n]
        if not names:
            return False
        pattern = r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b"
        return re.search(pattern, self.text(node)) is not None

    def qualify(self, node: cst.BaseExpression) -> str | None:
        head = node
        while isinstance(head, cst.Attribute):
            head = head.value
        if isinstance(head, cst.Name) and id(head) in self.shadowed:
            return None  # a function's own variable named like an import (`layers = []`), not the module
        return resolve_dotted(dotted_name(node), self.ctx)

    @functools.cached_property
    def shadowed(self) -> frozenset[int]:
        """The name nodes inside a function that read or bind a variable of that function which has the name of a
        module-level import: Python's scoping makes every use of the name in that function the variable."""
        found: set[int] = set()

        def enter(node: cst.CSTNode) -> bool:
            if isinstance(node, cst.FunctionDef):
                local = _assigned(node) & {name for name, _ in self.ctx.aliases}
                if local:
                    walk(node.body, lambda n: found.add(id(n)) if isinstance(n, cst.Name) and n.value in local
                         else None)
            return True

        walk(self.module, enter)
        return frozenset(found)

    def local_class(self, node: cst.BaseExpression) -> str | None:
        name = dotted_name(node)
        return name if self.ctx.framework_of(name) is not None else None


def _assigned(fn: cst.FunctionDef) -> set[str]:
    """The names a function binds: its parameters and its assignments (also annotated or augmented), not those
    of nested functions or classes."""
    params = fn.params
    names = {p.name.value for p in (*params.posonly_params, *params.params, *params.kwonly_params)}

    def enter(node: cst.CSTNode) -> bool:
        if isinstance(node, (cst.FunctionDef, cst.ClassDef)) and node is not fn:
            return False
        targets = [t.target for t in node.targets] if isinstance(node, cst.Assign) else \
            [node.target] if isinstance(node, (cst.AnnAssign, cst.AugAssign)) else []
        names.update(t.value for t in targets if isinstance(t, cst.Name))
        return True

    walk(fn, enter)
    return names


class _FieldOrder(cst.CSTVisitor):
    """Records the fields libcst's own traversal visits, in its (source) order, without going deeper."""

    def __init__(self) -> None:
        super().__init__()
        self.fields: list[str] = []

    def on_visit(self, node: cst.CSTNode) -> bool:
        return False

    def on_visit_attribute(self, node: cst.CSTNode, attribute: str) -> None:
        self.fields.append(attribute)


_FIELDS: dict[type, tuple[str, ...]] = {}
# Fields holding only whitespace or punctuation: `walk` does not enter them (nothing reads them).
_LAYOUT = {"lpar", "rpar", "lbracket", "rbracket", "lbrace", "rbrace", "leading_lines", "lines_after_decorators",
           "trailing_whitespace", "header", "footer", "comma", "semicolon", "dot", "equal", "colon", "first_colon",
           "second_colon"}


def _fields(node: cst.CSTNode) -> tuple[str, ...]:
    """The node type's fields in libcst's visiting order, learnt once per type from libcst itself (the
    dataclass order differs: a call's `lpar` comes first, a class's `bases` after its body); fields libcst
    visits only sometimes (an f-string's format spec, last) are appended. Layout fields are left out."""
    found = _FIELDS.get(type(node))
    if found is None:
        order = _FieldOrder()
        node._visit_and_replace_children(order)
        found = tuple(name for name in dict.fromkeys(order.fields + [f.name for f in dataclasses.fields(node)])
                      if name not in _LAYOUT and not name.startswith("whitespace"))
        _FIELDS[type(node)] = found
    return found


def touches_no_tensor(node: cst.CSTNode, chunk: Chunk) -> bool:
    """`torch.device("cuda" if torch.cuda.is_available() else "cpu")`: every call in it is a PyTorch call on no
    tensor (HARMLESS): a value such as a model's `self.device`, not a layer."""
    calls: list[cst.Call] = []
    walk(node, lambda n: calls.append(n) if isinstance(n, cst.Call) else None)
    return bool(calls) and all(chunk.qualify(c.func) in HARMLESS for c in calls)


def walk(node: cst.CSTNode, enter) -> None:
    """Call `enter` on `node` and every node under it, parents first and in libcst's visiting order; the
    nodes under one for which `enter` returns False are skipped (as a visitor's `visit_X` returning False).
    Whitespace and punctuation are not visited.

    Read-only: libcst's `node.visit` rebuilds every node it passes, which made analysis slow.
    """
    stack = [node]
    while stack:
        node = stack.pop()
        if enter(node) is False:
            continue
        children = []
        for name in _fields(node):
            value = getattr(node, name)
            if isinstance(value, (tuple, list)):  # only nodes, in the fields libcst visits
                children.extend(value)
            elif isinstance(value, cst.CSTNode):
                children.append(value)
        stack.extend(reversed(children))


def any_call(node: cst.CSTNode, test) -> bool:
    """Whether `test` holds for some call under `node`."""
    found = False

    def enter(child: cst.CSTNode) -> bool:
        nonlocal found
        found = found or isinstance(child, cst.Call) and test(child)
        return not found

    walk(node, enter)
    return found


_CONSTANTS = {"True": True, "False": False, "None": None}


def _simple_literal(node: cst.BaseExpression):
    """Common literals without generating code (the slow path); raises ValueError otherwise."""
    if isinstance(node, cst.Integer):
        return node.evaluated_value
    if isinstance(node, cst.Float):
        return node.evaluated_value
    if isinstance(node, cst.SimpleString):
        return node.evaluated_value
    if isinstance(node, cst.Name) and node.value in _CONSTANTS:
        return _CONSTANTS[node.value]
    if isinstance(node, cst.UnaryOperation) and isinstance(node.operator, cst.Minus) \
            and isinstance(node.expression, (cst.Integer, cst.Float)):
        return -node.expression.evaluated_value
    if isinstance(node, cst.Tuple):
        return tuple(_simple_literal(el.value) for el in node.elements)
    raise ValueError(node)


def small_statements(stmt: cst.CSTNode) -> tuple:
    """The simple statements of a statement line (none for compound statements)."""
    return tuple(stmt.body) if isinstance(stmt, cst.SimpleStatementLine) else ()


def names_used(node: cst.CSTNode, ctx: Context, chunk: "Chunk | None" = None) -> tuple[str, ...]:
    """Top-level classes and functions of the file that `node` refers to (its names: not the words of its
    comments and strings, where a link to `Pytorch-UNet` made a block use the model `UNet`)."""
    words: set[str] = set()
    walk(node, lambda n: words.add(n.value) if isinstance(n, cst.Name) else None)
    own = getattr(getattr(node, "name", None), "value", None)
    return tuple(sorted(n for n in words if n != own and (ctx.is_local_name(n) or ctx.is_keras_model(n))))


def literal(node: cst.BaseExpression, chunk: Chunk) -> Value:
    """A Python literal value, or the expression kept symbolically."""
    try:
        return _simple_literal(node)
    except (ValueError, AttributeError):
        pass
    try:
        return _frozen(ast.literal_eval(chunk.text(node).strip()))
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        text = chunk.text(node).strip()
        # a tuple's span leaves out its parentheses: `(s, s)` kept as `s, s` is two arguments where it is written
        return Expr(f"({text})" if isinstance(node, cst.Tuple) and not _parenthesized(text) else text)


def flattened(data) -> tuple[list | None, tuple | None]:
    """Nested literal sequences of numbers: (the numbers in order, the sizes); (None, None) for anything else."""
    if isinstance(data, bool) or not isinstance(data, (int, float, tuple, list)):
        return None, None
    if not isinstance(data, (tuple, list)):
        return [data], ()
    parts = [flattened(item) for item in data]
    if not parts or any(flat is None for flat, _ in parts) or len({shape for _, shape in parts}) != 1:
        return None, None
    return [v for flat, _ in parts for v in flat], (len(parts),) + parts[0][1]


def _parenthesized(text: str) -> bool:
    """The whole text is one parenthesized group (`(a, b)`, not `(a), b`)."""
    depth = 0
    for i, ch in enumerate(text):
        depth += (ch in "([{") - (ch in ")]}")
        if depth == 0:
            return text[0] == "(" and i == len(text) - 1
    return False


def _frozen(value):
    """Lists as tuples: pivot values are immutable and hashable (`x.mean(dim=[2, 3])`)."""
    return tuple(_frozen(v) for v in value) if isinstance(value, (list, tuple)) else value


def docstring_of(body: cst.BaseSuite) -> str | None:
    if isinstance(body, cst.IndentedBlock) and body.body:
        first = body.body[0]
        if isinstance(first, cst.SimpleStatementLine) and isinstance(first.body[0], cst.Expr):
            value = first.body[0].value
            if isinstance(value, (cst.SimpleString, cst.ConcatenatedString)):
                return value.evaluated_value if isinstance(value, cst.SimpleString) else None
    return None


def written_width_tree(source: str) -> ast.expr | None:
    """The width of a `x.view(-1, n)` / `x.reshape(-1, n)` / `torch.reshape(x, (-1, n))` flatten as written, whatever
    it is (`self.ntoken`), as a tree; Keras's function forms too (`keras.ops.reshape(x, (-1, n))`,
    `tf.reshape(x, [-1, n])`: the tensor first, then the sizes as one tuple or list)."""
    try:
        call = ast.parse((source or "").strip(), mode="eval").body
    except SyntaxError:
        return None
    if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Attribute) or call.keywords:
        return None
    function_form = len(call.args) == 2 and isinstance(call.args[1], (ast.Tuple, ast.List))
    args = call.args[1:] if call.func.attr == "reshape" and function_form else call.args
    if len(args) == 1 and isinstance(args[0], (ast.Tuple, ast.List)):
        args = args[0].elts
    if len(args) == 2 and ast.unparse(args[0]) == "-1" and call.func.attr in ("view", "reshape"):
        return args[1]
    return None
