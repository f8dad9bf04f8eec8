"""The static model slice: from a script, the module that builds one model and runs nothing else.

`model_slice(source, name)` keeps the model's class or builder, the helpers it uses (transitively), and the
module-level constants and imports those read, in the file's order, with the file's `from __future__` lines.
Statements that do work when the script runs (downloads, datasets, training, plots, file writes) are never
kept: a module-level value is static only when every call in it builds something (a class or function of the
file, a framework layer, a builtin on static values). A value the model needs that is only known at run time
(`num_classes = len(train_ds.class_names)`) is reported with its line; `settings` (`--set NAME=VALUE`)
supply it. The instance built is the file's own: the call site's arguments (`make_model(input_shape=...)`),
else parameter defaults, else the missing parameters are reported by name.

Framework-free: only Python's `ast`.
"""
from __future__ import annotations

import ast
import builtins
from dataclasses import dataclass, field, replace

from pivot.errors import PivotError
from pivot.model import Attrs, Expr
from pivot.frontends.source import ast_dotted, collect_context, resolve_dotted

BUILD = "__pivot_model__"  # the variable of a slice that holds the built instance
# Module roots whose calls build things; a call into anything else (os, pandas, requests...) runs the script.
STATIC_ROOTS = ("torch", "keras", "tensorflow", "numpy", "math", "functools", "collections", "typing",
                "dataclasses", "enum", "itertools", "operator", "torchvision.ops", "torchvision.models")
# ... except these parts of them: data, files, downloads, training
RUNTIME_PARTS = {"datasets", "data", "utils", "io", "hub", "applications", "load", "load_data", "load_model",
                 "load_weights", "load_state_dict", "save", "save_weights", "download", "fit", "predict",
                 "evaluate", "train", "compile", "read_csv", "get_file", "loadtxt", "genfromtxt", "fromfile",
                 "memmap", "adapt", "from_tensor_slices", "image_dataset_from_directory", "summary", "backward",
                 "step", "savefig", "show"}
STATIC_BUILTINS = {"len", "tuple", "list", "dict", "set", "int", "float", "bool", "str", "range", "min", "max",
                   "sum", "abs", "round", "zip", "enumerate", "sorted", "reversed", "isinstance", "getattr",
                   "hasattr", "super", "type", "object", "property", "staticmethod", "classmethod", "map",
                   "filter", "any", "all", "pow", "divmod", "frozenset", "slice", "repr", "callable"}
BUILD_METHODS = {"__init__", "__post_init__", "forward", "call", "build", "__call__", "__new__"}
BUILTIN_NAMES = set(dir(builtins))


class SliceError(PivotError):
    """The model needs something the file does not state statically."""


@dataclass
class Statement:
    node: ast.stmt
    binds: set[str]
    reads: set[str]  # read when the model is built
    soft_reads: set[str]  # read only inside methods a build does not call (train_step, predict...)
    static: bool
    compound: bool = False  # an if/try of imports and constants


@dataclass
class Slice:
    name: str  # the model asked for
    code: str  # the module; ends with `__pivot_model__ = <build>` when the instance comes from a call
    build: str  # the expression that builds the file's instance: a call, or the model variable
    lines: list[int]  # first lines of the kept statements
    unresolved: dict[str, int] = field(default_factory=dict)  # run-time values left out: name -> line
    env: dict = field(default_factory=dict)  # statically known values: module constants, build arguments
    declared: dict = field(default_factory=dict)  # input variable (or "") -> (shape, dtype) as the file states
    declared_order: list = field(default_factory=list)
    callees: list = field(default_factory=list)  # the file's classes/functions the build calls, outermost first
    origin: list = field(default_factory=list)  # the file's line of each line of `code` (0: added by Pivot)
    root: str = ""  # the class or function whose parameters the build binds
    instance: dict = field(default_factory=dict)  # those parameters' values (the build's arguments, else defaults)

    def file_line(self, line: int) -> int:
        return self.origin[line - 1] if 0 < line <= len(self.origin) else 0

    def unresolved_message(self, name: str) -> str:
        return (f"`{name}` (line {self.unresolved[name]}) is only known when the script runs: "
                f"pass --set {name}=VALUE")


# -- the file's statements -------------------------------------------------------------------------------------
def _bound(node: ast.stmt) -> set[str]:
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return {node.name}
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        return {(a.asname or a.name).split(".")[0] for a in node.names if a.name != "*"}
    targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
        node, (ast.AnnAssign, ast.AugAssign)) else []
    return {n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)}


def _names(nodes) -> set[str]:
    return {n.id for node in nodes if node is not None for n in ast.walk(node)
            if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}


def _free(fn: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> set[str]:
    """Names a function reads from outside it: not its parameters, not the names it assigns."""
    args = fn.args
    params = {a.arg for a in args.posonlyargs + args.args + args.kwonlyargs + [args.vararg, args.kwarg] if a}
    outside = _names(args.defaults + [d for d in args.kw_defaults if d is not None])
    if not isinstance(fn, ast.Lambda):
        outside |= _names(fn.decorator_list + [fn.returns] + [a.annotation for a in args.args + args.kwonlyargs])
    body = fn.body if isinstance(fn.body, list) else [fn.body]
    declared_global = {n for node in body for g in ast.walk(node) if isinstance(g, ast.Global) for n in g.names}
    stored = {n.id for node in body for n in ast.walk(node) if isinstance(n, ast.Name)
              and isinstance(n.ctx, (ast.Store, ast.Del))} - declared_global
    return outside | (_names(body) - params - stored)


def _reads(node: ast.stmt) -> tuple[set[str], set[str]]:
    """(names read when building, names read only in methods a build does not call)."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return _free(node) - {node.name}, set()
    if isinstance(node, ast.ClassDef):
        hard = _names(node.bases + [k.value for k in node.keywords] + node.decorator_list)
        soft: set[str] = set()
        for item in node.body:
            if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                (hard if item.name in BUILD_METHODS else soft).update(_free(item))
            else:
                hard |= _names([item])
        return hard - {node.name}, soft - hard - {node.name}
    return _names([node]), set()


def _static_defs(tree: ast.Module, ctx) -> set[str]:
    """The file's classes and functions that only build things when called: none of the calls their
    construction runs reaches a download, a file, a dataset or training (a Dataset class reading a CSV in its
    __init__ is not one). Calls on parameters, locals and `self` are the objects' own business."""
    defs = {n.name: n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))}
    module_vars = {n for stmt in tree.body if not isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef,
                   ast.ClassDef, ast.Import, ast.ImportFrom)) for n in _bound(stmt)}
    static = set(defs)
    changed = True
    while changed:
        changed = False
        for name in sorted(static):
            calls = [c for body in _construction(defs[name]) for c in ast.walk(body) if isinstance(c, ast.Call)]
            roots = {(ast_dotted(c.func) or "").split(".")[0] for c in calls} - {""}
            own = _owned_names(defs[name])
            bad = any(r not in own and (r in module_vars or (r in defs and r not in static)) for r in roots)
            outside = [c for c in calls if (ast_dotted(c.func) or ".").split(".")[0] not in own | set(defs)
                       | module_vars]
            if bad or not _is_static_value(ast.Tuple(outside, ast.Load()), ctx, set(defs), body=True):
                static.discard(name)
                changed = True
    return static


def _construction(node: ast.AST) -> list[ast.AST]:
    """What runs when a class is instantiated (its __init__ and class body) or a function is called."""
    if isinstance(node, ast.ClassDef):
        return node.bases + [n for n in node.body if not isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))
                             or n.name in ("__init__", "__post_init__", "__new__")]
    return [node]


def _owned_names(node: ast.AST) -> set[str]:
    """Parameters and locals of a def (and of the methods of a class), `self` included."""
    own = set()
    for fn in (n for n in ast.walk(node) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))):
        a = fn.args
        own |= {x.arg for x in a.posonlyargs + a.args + a.kwonlyargs + [a.vararg, a.kwarg] if x}
    return own | {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}


def _is_static_value(value: ast.AST, ctx, local: set[str], body: bool = False) -> bool:
    """Every call in `value` builds something: a local class/function, a framework API, a static builtin.
    (`body`: the calls come from a def's body, where `print` is harmless too.)"""
    for call in (n for n in ast.walk(value) if isinstance(n, ast.Call)):
        func = call.func
        if isinstance(func, ast.Attribute) and func.attr in RUNTIME_PARTS | {"cuda"}:
            return False
        dotted = ast_dotted(func)
        if dotted is None:  # a method of a call's result (Net().to(device)): the inner call is checked too
            continue
        root = dotted.split(".")[0]
        if root in local:
            continue
        if "." not in dotted and (root in STATIC_BUILTINS or body and root == "print") and not ctx.alias(root):
            continue
        qualified = resolve_dotted(dotted, ctx) or dotted
        parts = qualified.split(".")
        if not qualified.startswith(STATIC_ROOTS) or RUNTIME_PARTS & set(parts):
            return False
    return True


def _statement(node: ast.stmt, ctx, local: set[str]) -> Statement | None:
    if isinstance(node, (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return Statement(node, _bound(node), *_reads(node), static=True)
    if isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
        value = node.value
        static = value is None or _is_static_value(value, ctx, local)
        return Statement(node, _bound(node), *_reads(node), static=static)
    if isinstance(node, (ast.If, ast.Try)) and not is_main_guard(node):
        inner = [n for n in ast.walk(node) if isinstance(n, ast.stmt) and n is not node]
        if all(isinstance(n, (ast.Import, ast.ImportFrom, ast.Assign, ast.Pass)) for n in inner):
            binds = set().union(*(_bound(n) for n in inner)) if inner else set()
            static = all(_is_static_value(n.value, ctx, local) for n in inner if isinstance(n, ast.Assign))
            return Statement(node, binds, _names([node]), set(), static=static, compound=True)
    if isinstance(node, ast.Expr):  # only `model.add(...)` of a module-level Sequential is ever kept
        return Statement(node, set(), _names([node]), set(), static=False)
    if isinstance(node, ast.For) and _builds_only(node, ctx, local):  # blks = []; for ...: blks.append(Block(..))
        binds = {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
        return Statement(node, binds | _mutated(node), _names([node]), set(), static=True)
    if isinstance(node, (ast.For, ast.With, ast.While, ast.If, ast.Try)):  # run-time bindings: reported if needed
        binds = {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
        return Statement(node, binds | _mutated(node), set(), set(), static=False)
    return None


_MUTATORS = ("append", "extend", "insert")


def _mutation(stmt: ast.stmt) -> ast.Call | None:
    """`name.append(...)` (extend, insert) as a statement."""
    call = stmt.value if isinstance(stmt, ast.Expr) else None
    if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr in _MUTATORS \
            and isinstance(call.func.value, ast.Name):
        return call
    return None


def _mutated(node: ast.stmt) -> set[str]:
    return {call.func.value.id for stmt in ast.walk(node) if isinstance(stmt, ast.stmt)
            for call in [_mutation(stmt)] if call is not None}


def _builds_only(loop: ast.For, ctx, local: set[str]) -> bool:
    """A module-level loop that only computes and collects blocks (d2l's DenseNet: `for ...:
    blks.append(DenseBlock(...)); num_channels += ...`): assignments, conditions and list appends whose calls
    all build things. It binds what it assigns and the lists it appends to."""
    inner = [n for n in ast.walk(loop) if isinstance(n, ast.stmt) and n is not loop]
    if loop.orelse or not all(isinstance(n, (ast.Assign, ast.AugAssign, ast.If, ast.For, ast.Pass))
                              or _mutation(n) is not None for n in inner):
        return False
    values = [loop.iter] + [a for n in inner for a in (_mutation(n).args if _mutation(n) else [])] + \
        [n.value for n in inner if isinstance(n, (ast.Assign, ast.AugAssign))] + \
        [n.iter if isinstance(n, ast.For) else n.test for n in inner if isinstance(n, (ast.For, ast.If))]
    return _is_static_value(ast.Tuple(values, ast.Load()), ctx, local)


def _module_body(tree: ast.Module) -> list[ast.stmt]:
    """The module's statements, those of an `if __name__ == "__main__":` block in its place."""
    return [s for stmt in tree.body for s in (stmt.body if is_main_guard(stmt) else [stmt])]


def is_main_guard(node: ast.stmt) -> bool:
    return isinstance(node, ast.If) and "__name__" in _names([node.test])


def _is_future(node: ast.stmt) -> bool:
    return isinstance(node, ast.ImportFrom) and node.module == "__future__"


# -- the slice -------------------------------------------------------------------------------------------------
def model_slice(source: str, name: str, settings: dict[str, str] | None = None) -> Slice:
    """The module that builds `name` (a class, a builder function or a module-level model variable)."""
    settings = dict(settings or {})
    try:
        tree = ast.parse(source)
    except SyntaxError as err:
        raise PivotError(f"line {err.lineno}: syntax error: {err.msg}") from err
    for key, text in settings.items():
        try:
            ast.parse(text, mode="eval")
        except SyntaxError as err:
            raise PivotError(f"--set {key}={text}: the value is not a Python expression") from err
    ctx = collect_context(tree)
    local = {n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))}
    builders = _static_defs(tree, ctx)
    # the statements of an `if __name__ == "__main__":` block count as the module's (`cfg = Config()` there,
    # then `Net(cfg)`: the file's own call reads it)
    statements = [s for s in (_statement(n, ctx, builders) for n in _module_body(tree)) if s is not None]
    _calls_of_built_objects(statements, ctx, builders)
    _propagate_runtime(statements)
    if not any(name in s.binds for s in statements):
        raise PivotError(f"no class, function or variable named `{name}` at the top level of the file")
    build, build_node, root_def = _instance(tree, name, local, settings, statements)
    wanted = {name} | (_names([build_node]) if build_node is not None else set())
    kept, unresolved = _close(statements, wanted, settings)
    _check_resolved(name, unresolved)
    code, origin = _render(source, tree, kept, settings, build)
    env = constants(kept, settings)
    result = Slice(name, code, build, [s.node.lineno for s in kept],
                   {n: line for n, (line, _) in unresolved.items()}, env, origin=origin)
    if root_def is not None:
        result.root, result.instance = root_def.name, _bind_parameters(root_def, build_node, env, settings)
        result.env = env | result.instance
    _declared_inputs(result, root_def, kept, ctx)
    _built_with(result, tree, build_node, constants([s for s in statements if s.static], settings))
    if root_def is not None:
        inner = [_callee(c) for c in ast.walk(root_def) if isinstance(c, ast.Call) and _callee(c) in local]
        result.callees = [root_def.name] + [c for c in inner if c != root_def.name]
    return result


def _check_resolved(name: str, unresolved: dict) -> None:
    """Values the build reads that only exist when the script runs: named with their lines."""
    needed = sorted((line, n) for n, (line, hard) in unresolved.items() if hard)
    if needed:
        values = ", ".join(f"`{n}` (line {line})" for line, n in needed)
        raise SliceError(f"`{name}` needs {values}, only known when the script runs: pass "
                         + " ".join(f"--set {n}=VALUE" for _, n in needed))


def _calls_of_built_objects(statements: list[Statement], ctx, builders: set[str]) -> None:
    """Calling an object the file built statically (`x = embedding_layer(inputs)`, keras.io's layer instances
    applied in a functional model) builds too: such an assignment is static (it was left out of the slice,
    which then built another model)."""
    changed = True
    while changed:
        changed = False
        runtime = {n for s in statements if not s.static for n in s.binds}
        built = {n for s in statements if s.static and isinstance(s.node, ast.Assign) for n in s.binds} - runtime
        for s in statements:
            if not s.static and isinstance(s.node, ast.Assign) and \
                    _is_static_value(s.node.value, ctx, builders | built):
                s.static, changed = True, True


def _propagate_runtime(statements: list[Statement]) -> None:
    """A value computed from run-time values is one too (`num_classes = len(class_names)`)."""
    changed = True
    while changed:
        changed = False
        static_names = {n for s in statements if s.static for n in s.binds}
        runtime = {n for s in statements if not s.static for n in s.binds} - static_names
        for s in statements:
            if s.static and isinstance(s.node, (ast.Assign, ast.AnnAssign, ast.AugAssign)) and s.reads & runtime:
                s.static, changed = False, True


def _close(statements: list[Statement], wanted: set[str], settings) -> tuple[list[Statement], dict]:
    """The statements that bind the wanted names, transitively; run-time names left out: name -> (line, hard).
    A name a statement reads is bound by the statements before it (keras.io's autoencoder: the encoder reads the
    `x` of its own layers, not the decoder's `x = ...` after `encoder = keras.Model(...)`)."""
    kept: list[Statement] = []
    unresolved: dict[str, tuple[int, bool]] = {}
    end = len(statements)
    todo = [(n, True, end) for n in wanted]
    seen: dict[str, int] = {}  # name -> the latest position its binders were taken up to
    while todo:
        name, hard, upto = todo.pop()
        if name in settings:
            continue
        if seen.get(name, -1) >= upto:
            if hard and name in unresolved:
                unresolved[name] = (unresolved[name][0], True)
            continue
        seen[name] = upto
        binders = [s for s in statements[:upto] if name in s.binds]
        static = [s for s in binders if s.static]
        # a loop that changes it at run time (trains, reads data), an assignment that is not kept (`x = loaded(x)`)
        # between the kept ones, or a last binding known only at run time (`hidden = cfg["hidden"]` after
        # `hidden = 64`): its static value alone would be another model
        if binders and (not static or not binders[-1].static or any(
                isinstance(s.node, (ast.For, ast.While, ast.Assign)) and not s.static for s in binders)):
            unresolved[name] = (next((s.node.lineno for s in binders if not s.static), binders[0].node.lineno), hard)
            continue
        for s in static:
            if s not in kept:
                kept.append(s)
                # (a function or class reads its names when it is called: any binding of the file may be the one)
                at = end - 1 if isinstance(s.node, _DEFS) else _position(statements, s)
                todo += [(n, True, at + 1) for n in s.reads] + [(n, False, at + 1) for n in s.soft_reads]
        for i, s in enumerate(statements):
            if _adds_to(s, name) and s not in kept:
                kept.append(s)
                todo += [(n, True, i + 1) for n in s.reads]
    order = {id(s): i for i, s in enumerate(statements)}
    return sorted(kept, key=lambda s: order[id(s)]), unresolved


_DEFS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)


def _position(statements: list[Statement], stmt: Statement) -> int:
    return next(i for i, s in enumerate(statements) if s is stmt)


def _adds_to(s: Statement, name: str) -> bool:
    """`model.add(layer)` at module level: part of building a Sequential `model`."""
    node = s.node
    return (isinstance(node, ast.Expr) and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Attribute) and node.value.func.attr == "add"
            and isinstance(node.value.func.value, ast.Name) and node.value.func.value.id == name)


def _render(source: str, tree: ast.Module, kept: list[Statement], settings: dict, build: str) -> tuple[str, list]:
    """The slice's text, and the file's line of each of its lines."""
    lines = source.splitlines(keepends=True)
    out: list[tuple[str, int]] = []

    def add(first: int, last: int, text: str | None = None) -> None:
        chunk = (text if text is not None else "".join(lines[first - 1:last])).splitlines() or [""]
        out.extend((line, first + i if first else 0) for i, line in enumerate(chunk))

    for node in tree.body:
        if _is_future(node):
            add(node.lineno, node.end_lineno)
    for key, value in settings.items():  # values the user supplies come first: the kept code may read them
        add(0, 0, f"{key} = {value}  # --set")
    for s in kept:
        if s.binds and s.binds <= set(settings):
            continue
        first = s.node.lineno
        if isinstance(s.node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            first = min([first] + [d.lineno for d in s.node.decorator_list])
            if out:
                add(0, 0, "")
        if s.node.col_offset:  # a statement after `;`: only its own text
            add(first, first, ast.get_source_segment(source, s.node))
        else:
            add(first, s.node.end_lineno)
    add(0, 0, f"{BUILD} = {build}")
    return "".join(text + "\n" for text, _ in out), [line for _, line in out]


# -- the instance ----------------------------------------------------------------------------------------------
def _instance(tree, name, local, settings, statements) -> tuple[str, ast.AST | None, ast.AST | None]:
    """(the build expression, the call node whose arguments it passes, the class/function they bind)."""
    defs = {n.name: n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))}
    static_names = {n for s in statements if s.static for n in s.binds} | BUILTIN_NAMES | set(settings)
    module_names = {n for s in statements for n in s.binds} | BUILTIN_NAMES | set(settings)
    if name not in defs:  # a variable: the file's own statement builds it; its builder's parameters are bound
        call = _value_call(tree, name)
        callee = defs.get(_callee(call)) if call is not None else None
        return name, call, callee
    sites = [_spread_returned_list(c, defs) for c in _call_sites(tree, name, defs)]
    # a call whose arguments are all static, else one that needs a run-time value (reported by name)
    for call in [c for c in sites if _usable(c, static_names)] + [c for c in sites if _usable(c, module_names)]:
        return ast.unparse(call), call, defs[_callee(call)]
    required = [p for p in _required(defs[name])]
    init = _init_inputs_call(tree, name, required, settings)
    if init is not None:
        return ast.unparse(init), init, defs[name]
    missing = [p for p in required if p not in settings]
    if missing:
        raise SliceError(f"`{name}` needs {', '.join(f'`{p}`' for p in missing)}: the file never builds it with "
                         f"{'this argument' if len(missing) == 1 else 'these arguments'}; pass "
                         + " ".join(f"--set {p}=VALUE" for p in missing))
    args = ", ".join(f"{p}={settings[p]}" for p in required)
    call = ast.parse(f"{name}({args})", mode="eval").body
    return ast.unparse(call), call, defs[name]


def _init_inputs_call(tree: ast.Module, name: str, required: list[str], settings: dict) -> ast.Call | None:
    """KernelBench's convention: `def get_init_inputs(): return [in_channels, out_channels, ...]` lists the
    constructor's arguments (module-level values); the model is `Name(in_channels, out_channels, ...)`."""
    if not required or all(p in settings for p in required):
        return None
    fn = next((n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "get_init_inputs"
               and not n.args.args and len(n.body) == 1 and isinstance(n.body[0], ast.Return)), None)
    value = fn.body[0].value if fn is not None else None
    if not isinstance(value, (ast.List, ast.Tuple)) or any(isinstance(e, ast.Starred) for e in value.elts):
        return None
    return ast.Call(ast.Name(name, ast.Load()), list(value.elts), [])


def _callee(call: ast.Call) -> str | None:
    return call.func.id if isinstance(call.func, ast.Name) else None


def _call_sites(tree: ast.Module, name: str, defs: dict) -> list[ast.Call]:
    """Calls that build `name`, best first: at module level, through a builder of the file at module level
    (`model = resnet18(num_classes=10)` where resnet18 returns ResNet(...)), then inside functions."""
    top, through, inner = [], [], []
    builders = {f for f, node in defs.items() if f != name and isinstance(node, (ast.FunctionDef,
                ast.AsyncFunctionDef)) and any(_callee(c) == name for c in ast.walk(node) if isinstance(c, ast.Call))}
    for stmt in tree.body:
        in_def = isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
        for call in (c for c in ast.walk(stmt) if isinstance(c, ast.Call)):
            callee = _callee(call)
            if in_def and (stmt.name == name or callee != name):
                continue
            if callee == name:
                (inner if in_def else top).append(call)
            elif callee in builders and not in_def:
                through.append(call)
    return top + through + inner


def _spread_returned_list(call: ast.Call, defs: dict) -> ast.Call:
    """`Model(*get_init_inputs())` (the benchmark-task style: `def get_init_inputs(): return [input_size, hidden_size,
    ...]` of module-level constants): the call with the list's items as its positional arguments, which the slice can
    evaluate; any other call as it is."""
    if len(call.args) != 1 or call.keywords or not isinstance(call.args[0], ast.Starred):
        return call
    inner = call.args[0].value
    fn = defs.get(inner.func.id) if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name) and \
        not inner.args and not inner.keywords else None
    body = [s for s in fn.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))] \
        if isinstance(fn, ast.FunctionDef) and not (fn.args.args or fn.args.vararg or fn.args.kwonlyargs) else []
    if len(body) != 1 or not isinstance(body[0], ast.Return) or not isinstance(body[0].value, (ast.List, ast.Tuple)) \
            or any(isinstance(e, ast.Starred) for e in body[0].value.elts):
        return call
    spread = ast.Call(func=call.func, args=list(body[0].value.elts), keywords=[])
    return ast.copy_location(spread, call)


def _usable(call: ast.Call, static_names: set[str]) -> bool:
    """A call whose arguments the slice can evaluate (no locals of a function, no **kwargs)."""
    if any(k.arg is None for k in call.keywords) or any(isinstance(a, ast.Starred) for a in call.args):
        return False
    return _names(call.args + [k.value for k in call.keywords]) <= static_names


def _value_call(tree: ast.Module, name: str) -> ast.Call | None:
    """The call at the root of `name = F(...).to(device)`."""
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in stmt.targets):
            node = stmt.value
            while isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                node = node.func.value
            if isinstance(node, ast.Call):
                return node
    return None


def _signature(node: ast.AST) -> ast.arguments | None:
    if isinstance(node, ast.ClassDef):
        init = next((n for n in node.body if isinstance(n, ast.FunctionDef) and n.name == "__init__"), None)
        return init.args if init is not None else None
    return node.args if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) else None


def _required(node: ast.AST) -> list[str]:
    args = _signature(node)
    if args is None:
        return []
    positional = args.posonlyargs + args.args
    if isinstance(node, ast.ClassDef) and positional:
        positional = positional[1:]  # self
    firsts = positional[:len(positional) - len(args.defaults)]
    return [a.arg for a in firsts] + [a.arg for a, d in zip(args.kwonlyargs, args.kw_defaults) if d is None]


def _bind_parameters(node: ast.AST, call: ast.Call | None, env: dict, settings: dict) -> dict:
    """Parameter values of the built instance: the call's arguments, else defaults (statically known ones)."""
    args = _signature(node)
    if args is None:
        return {}
    positional = args.posonlyargs + args.args
    if isinstance(node, ast.ClassDef) and positional:
        positional = positional[1:]
    values: dict = {}
    defaults = dict(zip([a.arg for a in positional[len(positional) - len(args.defaults):]], args.defaults))
    defaults |= {a.arg: d for a, d in zip(args.kwonlyargs, args.kw_defaults) if d is not None}
    given: dict[str, ast.AST] = {}
    if call is not None:
        given |= {a.arg: v for a, v in zip(positional, call.args)}
        given |= {k.arg: k.value for k in call.keywords if k.arg}
    for param in [a.arg for a in positional + args.kwonlyargs]:
        expr = given.get(param, defaults.get(param))
        if param in settings and param not in given:
            expr = ast.parse(settings[param], mode="eval").body
        try:
            if expr is not None:
                values[param] = evaluate(expr, env)
        except Unknown:
            pass
    return values


def instance_network(sl: Slice, net):
    """`net` (analysed from `sl.code`) with the constructor-parameter expressions of the layers its constructor
    builds evaluated for the instance the slice builds (`nn.Conv2d(F1, F1 * D, (n_channels, 1))` of
    `EEGNet()`: its defaults), so the sized analysis of verify knows the sizes of the model built."""
    body = _constructor(sl.code, net.name)
    if body is None:
        return net
    params = {a.arg for a in body.args.posonlyargs + body.args.args + body.args.kwonlyargs}
    bound = sl.instance if sl.root == net.name else {}
    # a parameter the build gives no stated value must not read a module constant of its name
    envs = _statement_envs(body, {k: v for k, v in sl.env.items() if k not in params or k in bound})

    def bind(layer):
        env = next((e for first, last, e in envs if first <= layer.span.line <= last), None)
        if env is None:
            return layer
        attrs = Attrs(tuple((k, _evaluated(v, env)) for k, v in layer.attrs))
        return replace(layer, attrs=attrs, children=tuple(bind(c) for c in layer.children))

    return replace(net, layers=tuple(bind(l) for l in net.layers), templates=tuple(bind(t) for t in net.templates))


def defaults_network(net):
    """`net` with the constructor-parameter expressions of its layers evaluated at the parameters' defaults (a
    kernel `(n_channels, 1)` of `n_channels: int = 8`): the sizes of the instance built without arguments, which
    verify and weight conversion build as `instance_network` does. A parameter without a default stays symbolic."""
    env = {p.name: p.default for p in net.params if p.has_default and _plain(p.default)}

    def bind(layer):
        attrs = Attrs(tuple((k, _evaluated(v, env)) for k, v in layer.attrs))
        return replace(layer, attrs=attrs, children=tuple(bind(c) for c in layer.children))

    return replace(net, layers=tuple(bind(l) for l in net.layers), templates=tuple(bind(t) for t in net.templates))


def _statement_envs(body: ast.FunctionDef, env: dict) -> list[tuple[int, int, dict]]:
    """The known values each top-level statement of a constructor reads: `env`, then each plain assignment
    (`k = k + 2`, `out_time = (out_time + 1) // 8`) in order. A name a statement binds in any other way (a loop
    variable, an `if` branch, a comprehension's or a lambda's) is unknown in that statement and after it."""
    env, found = dict(env), []
    for stmt in body.body:
        inner, stored = _bound_names(stmt)
        found.append((stmt.lineno, stmt.end_lineno or stmt.lineno,
                      {k: v for k, v in env.items() if k not in stored | inner}))
        before, value = dict(env), _assigned(stmt)
        for name in stored:
            env.pop(name, None)
        if value is not None:  # (`evaluate` reads no expression that makes a scope: a comprehension is Unknown)
            try:
                env[value[0]] = evaluate(value[1], before)
            except Unknown:
                pass
    return found


def _bound_names(stmt: ast.stmt) -> tuple[set, set]:
    """(names a statement binds only in its own scopes: comprehension variables, lambda and function parameters;
    the names it binds in the constructor's scope)."""
    targets = [t for c in ast.walk(stmt) if isinstance(c, ast.comprehension) for t in ast.walk(c.target)]
    inner = {n.id for n in targets if isinstance(n, ast.Name)} | {a.arg for a in ast.walk(stmt) if isinstance(a, ast.arg)}
    stored = {n.id for n in ast.walk(stmt) if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load)
              and not any(n is t for t in targets)}
    return inner, stored | {n.name for n in ast.walk(stmt) if isinstance(n, (ast.FunctionDef, ast.ClassDef))}


def _assigned(stmt: ast.stmt) -> tuple[str, ast.expr] | None:
    """(name, the expression of its new value) of `name = expr`, `name: T = expr` or `name += expr`."""
    if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
        return stmt.targets[0].id, stmt.value
    if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and stmt.value is not None:
        return stmt.target.id, stmt.value
    if isinstance(stmt, ast.AugAssign) and isinstance(stmt.target, ast.Name):
        return stmt.target.id, ast.BinOp(ast.Name(stmt.target.id, ast.Load()), stmt.op, stmt.value)
    return None


def _constructor(code: str, name: str) -> ast.FunctionDef | None:
    """The `__init__` of class `name` at the top of `code`, or function `name` itself (a builder)."""
    found = next((n for n in ast.parse(code).body if isinstance(n, (ast.ClassDef, ast.FunctionDef))
                  and n.name == name), None)
    if isinstance(found, ast.ClassDef):
        return next((n for n in found.body if isinstance(n, ast.FunctionDef) and n.name == "__init__"), None)
    return found


def _evaluated(value, env: dict):
    """An attribute value with its symbolic parts evaluated where `env` tells them (a plain value results)."""
    if isinstance(value, tuple):
        return tuple(_evaluated(v, env) for v in value)
    if not isinstance(value, Expr):
        return value
    try:
        result = evaluate(ast.parse(value.code, mode="eval").body, env)
    except (Unknown, SyntaxError):
        return value
    return result if _plain(result) else value


def _plain(value) -> bool:
    """A value an attribute holds: a number, string, bool or None, or a tuple of them."""
    if isinstance(value, tuple):
        return all(_plain(v) for v in value)
    return value is None or isinstance(value, (int, float, str))


# -- static values ---------------------------------------------------------------------------------------------
class Unknown(Exception):
    """An expression whose value the file does not state statically."""


_BINOPS = {ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b, ast.Mult: lambda a, b: a * b,
           ast.FloorDiv: lambda a, b: a // b, ast.Div: lambda a, b: a / b, ast.Mod: lambda a, b: a % b,
           ast.Pow: lambda a, b: a ** b}


def evaluate(node: ast.AST, env: dict):
    """Literals, names of known values, arithmetic, indexing, tuple()/list()/int()/len(); else `Unknown`."""
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, (ast.Tuple, ast.List)):
        return tuple(evaluate(e, env) for e in node.elts)
    if isinstance(node, ast.Name):
        if node.id in env:
            return env[node.id]
        raise Unknown(node.id)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -evaluate(node.operand, env)
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        try:
            return _BINOPS[type(node.op)](evaluate(node.left, env), evaluate(node.right, env))
        except (TypeError, ZeroDivisionError, OverflowError) as err:
            raise Unknown(ast.unparse(node)) from err
    if isinstance(node, ast.Subscript):
        base, index = evaluate(node.value, env), node.slice
        try:
            if isinstance(index, ast.Slice):
                return base[slice(*(evaluate(p, env) if p is not None else None
                                     for p in (index.lower, index.upper, index.step)))]
            return base[evaluate(index, env)]
        except (TypeError, IndexError, KeyError) as err:
            raise Unknown(ast.unparse(node)) from err
    if isinstance(node, ast.Attribute) and isinstance(evaluate(node.value, env), Record):
        record = evaluate(node.value, env)
        if node.attr in record.fields:
            return record.fields[node.attr]
        raise Unknown(ast.unparse(node))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and isinstance(env.get(node.func.id), Record):
        return env[node.func.id].instance(node, env)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and len(node.args) == 1 and not node.keywords \
            and node.func.id in ("tuple", "list", "int", "len"):
        value = evaluate(node.args[0], env)
        return {"tuple": tuple, "list": tuple, "int": int, "len": len}[node.func.id](value)
    raise Unknown(ast.unparse(node))


@dataclass
class Record:
    """A @dataclass of the file (its fields' defaults), or an instance of it (`cfg = Config(hidden=64)`)."""

    fields: dict
    order: tuple = ()

    def instance(self, call: ast.Call, env: dict) -> "Record":
        values = dict(self.fields) | dict(zip(self.order, (evaluate(a, env) for a in call.args)))
        return Record(values | {k.arg: evaluate(k.value, env) for k in call.keywords if k.arg}, self.order)


def _dataclass(node: ast.ClassDef, env: dict) -> Record | None:
    if not any("dataclass" in ast.unparse(d) for d in node.decorator_list):
        return None
    fields, order = {}, []
    for item in node.body:
        if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
            order.append(item.target.id)
            try:
                if item.value is not None:
                    fields[item.target.id] = evaluate(item.value, env)
            except Unknown:
                pass
    return Record(fields, tuple(order))


def constants(kept: list[Statement], settings: dict) -> dict:
    """The module-level values the slice states: `IMG = 28`, `input_shape = (IMG, IMG, 1)`, `--set` values,
    @dataclass configurations."""
    env: dict = {}
    for key, text in settings.items():
        try:
            env[key] = evaluate(ast.parse(text, mode="eval").body, env)
        except Unknown:
            pass
    for s in kept:
        node = s.node
        if isinstance(node, ast.ClassDef) and _dataclass(node, env) is not None:
            env[node.name] = _dataclass(node, env)
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None and not s.binds & set(settings):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            try:
                value = evaluate(node.value, env)
            except Unknown:
                continue
            for t in targets:
                if isinstance(t, ast.Name):
                    env[t.id] = value
                elif isinstance(t, ast.Tuple) and isinstance(value, tuple) and len(t.elts) == len(value):
                    env.update({e.id: v for e, v in zip(t.elts, value) if isinstance(e, ast.Name)})
    return env


# -- declared inputs -------------------------------------------------------------------------------------------
INPUT_CALLS = ("keras.Input", "keras.layers.InputLayer", "keras.InputLayer")


def _declared_inputs(sl: Slice, root_def, kept: list[Statement], ctx) -> None:
    """`keras.Input(shape=...)` and `input_shape=` as the model's code states them, evaluated statically."""
    scopes = [root_def] if root_def is not None else []
    scopes += [s.node for s in kept if not isinstance(s.node, (ast.FunctionDef, ast.AsyncFunctionDef,
                                                              ast.ClassDef, ast.Import, ast.ImportFrom))]
    for scope in scopes:
        for stmt in [scope] if not isinstance(scope, (ast.FunctionDef, ast.ClassDef)) else scope.body:
            for node in ast.walk(stmt):
                if isinstance(node, ast.Call):
                    _read_input(sl, node, _target_of(stmt, node), ctx)


def _built_with(sl: Slice, tree: ast.Module, call: ast.AST | None, env: dict) -> None:
    """`model.build((None, 20))` after the file builds `model`: a subclassed Keras model's declared input."""
    if call is None or "" in sl.declared:
        return
    names = {t.id for stmt in tree.body if isinstance(stmt, ast.Assign) and any(n is call for n in ast.walk(stmt))
             for t in stmt.targets if isinstance(t, ast.Name)}
    for stmt in tree.body:
        node = stmt.value if isinstance(stmt, ast.Expr) else None
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "build" \
                and isinstance(node.func.value, ast.Name) and node.func.value.id in names:
            arg = node.args[0] if node.args else next((k.value for k in node.keywords if k.arg == "input_shape"), None)
            try:
                shape = tuple(evaluate(arg, env | sl.env))[1:] if arg is not None else None
            except (Unknown, TypeError):
                shape = None
            sl.declared[""] = (shape, None, node.lineno, ast.unparse(arg) if arg is not None else "")
            sl.declared_order.append("")
            return
    _run_on(sl, tree, call, env | sl.env)


_TENSOR_MAKERS = {"torch.randn": "float32", "torch.rand": "float32", "torch.zeros": "float32",
                  "torch.ones": "float32", "torch.randint": "int64"}


def _run_on(sl: Slice, tree: ast.Module, call: ast.AST, env: dict) -> None:
    """A PyTorch model the file itself runs on a tensor it makes (a smoke test at module level or under
    `if __name__ == "__main__":`): `model(torch.randn(4, 8, 128))`, or `x = torch.randn(...)` then `model(x)`,
    `model` bound to the very call that builds it (its arguments too): each argument's per-sample shape and dtype
    is the input it declares. Only sizes evaluated statically count; the first such run is taken, else the tensors
    a `get_inputs()` function returns."""
    body = _module_body(tree)
    built = ast.dump(call)
    names, made = set(), {}
    for stmt in body:
        for node in ast.walk(stmt):
            if not isinstance(node, ast.Call):
                continue
            model = node.func.id in names if isinstance(node.func, ast.Name) else ast.dump(node.func) == built
            model = model or _forwarding_call(tree, call, node, names)
            if model and node.args and not node.keywords:
                shapes = [made.get(a.id) if isinstance(a, ast.Name) else made_tensor(a, env) for a in node.args]
                if all(shapes):
                    for i, (shape, dtype) in enumerate(shapes):
                        sl.declared[f"#run{i}"] = (shape, dtype, node.lineno, ast.unparse(node.args[i]))
                        sl.declared_order.append(f"#run{i}")
                    return
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            name = stmt.targets[0].id
            names.discard(name)
            made.pop(name, None)
            if ast.dump(stmt.value) == built:
                names.add(name)
            elif made_tensor(stmt.value, env):
                made[name] = made_tensor(stmt.value, env)
    # KernelBench's convention: `def get_inputs(): return [torch.randn(batch_size, in_channels, h, w)]`
    fn = next((n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "get_inputs"
               and not n.args.args and isinstance(n.body[-1], ast.Return)), None)
    value = fn.body[-1].value if fn is not None else None
    if isinstance(value, (ast.List, ast.Tuple)) and value.elts:
        shapes = [made_tensor(e, env) for e in value.elts]
        if all(shapes):
            for i, (shape, dtype) in enumerate(shapes):
                sl.declared[f"#run{i}"] = (shape, dtype, value.lineno, ast.unparse(value.elts[i]))
                sl.declared_order.append(f"#run{i}")


def _forwarding_call(tree: ast.Module, call: ast.AST, node: ast.Call, names: set) -> bool:
    """`model.predict_proba(torch.randn(2, 1, 48, 48))` (also `Net().predict(...)`): a method of the model's class
    that gives its parameters, unchanged and in order, to `self.forward(...)` or `self(...)`: a run of the model on
    those tensors (the smoke test of a `@torch.no_grad()` predict helper)."""
    func = node.func
    if not (isinstance(func, ast.Attribute) and (isinstance(func.value, ast.Name) and func.value.id in names
                                                 or ast.dump(func.value) == ast.dump(call))):
        return False
    cls_name = call.func.id if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) else None
    cls = next((n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == cls_name), None)
    method = next((n for n in (cls.body if cls else ()) if isinstance(n, ast.FunctionDef) and n.name == func.attr),
                  None)
    if method is None or method.args.vararg or method.args.kwarg or method.args.kwonlyargs:
        return False
    params = [a.arg for a in method.args.args[1:]]
    return bool(params) and any(
        isinstance(c, ast.Call) and (ast.unparse(c.func) in ("self.forward", "self")) and not c.keywords
        and [a.id if isinstance(a, ast.Name) else None for a in c.args] == params for c in ast.walk(method))


def made_tensor(node: ast.AST, env: dict) -> tuple | None:
    """(per-sample shape, dtype) of `torch.randn(4, 8, 128)` / `torch.zeros((4, 8))` / `torch.randint(0, 10,
    (4, 12))` with sizes known statically; None otherwise."""
    if not isinstance(node, ast.Call) or (ast_dotted(node.func) or "") not in _TENSOR_MAKERS:
        return None
    dtype = _TENSOR_MAKERS[ast_dotted(node.func)]
    kwargs = {k.arg: k.value for k in node.keywords if k.arg}
    if set(kwargs) - {"size", "device", "dtype", "requires_grad"} or "dtype" in kwargs:
        return None
    args = node.args[2:] if dtype == "int64" else node.args
    args = [kwargs["size"]] if "size" in kwargs else args
    try:
        sizes = [evaluate(a, env) for a in args]
    except Unknown:
        return None
    sizes = list(sizes[0]) if len(sizes) == 1 and isinstance(sizes[0], tuple) else sizes
    if len(sizes) < 2 or not all(isinstance(d, int) and not isinstance(d, bool) and d > 0 for d in sizes):
        return None
    return tuple(sizes[1:]), (dtype if dtype == "int64" else None)


def _target_of(stmt: ast.AST, call: ast.Call) -> str:
    if isinstance(stmt, ast.Assign) and stmt.value is call and isinstance(stmt.targets[0], ast.Name):
        return stmt.targets[0].id
    return ""


def _read_input(sl: Slice, call: ast.Call, var: str, ctx) -> None:
    """Record an input the call declares: by its variable (`inputs = keras.Input(...)`), or "" for the first
    layer's `input_shape=` (a Sequential's input)."""
    kwargs = {k.arg: k.value for k in call.keywords if k.arg}
    dotted = ast_dotted(call.func) or ""
    qualified = resolve_dotted(dotted, ctx) or dotted
    if qualified.startswith(INPUT_CALLS) or dotted in ("Input", "InputLayer"):
        key = var or f"#{len(sl.declared)}"
        shape_expr = kwargs.get("shape") or kwargs.get("input_shape") or (call.args[0] if call.args else None)
        drop_batch = shape_expr is None and "batch_shape" in kwargs
        shape_expr = kwargs.get("batch_shape") if drop_batch else shape_expr
    elif "" not in sl.declared and qualified.startswith("keras.") and \
            {"input_shape", "batch_input_shape", "input_dim"} & set(kwargs):
        key = ""
        shape_expr = kwargs.get("input_shape") or kwargs.get("batch_input_shape")
        drop_batch = "input_shape" not in kwargs and shape_expr is not None
        shape_expr = shape_expr if shape_expr is not None else ast.Tuple([kwargs["input_dim"]], ast.Load())
    else:
        return
    if shape_expr is None:
        return
    try:
        shape = evaluate(shape_expr, sl.env)
        shape = (tuple(shape) if isinstance(shape, tuple) else (shape,))[1 if drop_batch else 0:]
        if not all(d is None or isinstance(d, int) for d in shape):
            shape = None
    except Unknown:
        shape = None
    dtype = None
    if "dtype" in kwargs:
        try:
            dtype = str(evaluate(kwargs["dtype"], sl.env))
        except Unknown:
            dtype = ast.unparse(kwargs["dtype"]).split(".")[-1]
    sl.declared[key] = (shape, dtype, getattr(shape_expr, "lineno", 0), ast.unparse(shape_expr))
    sl.declared_order.append(key)
