"""What both training translators share: source positions, edits, and reading/writing catalog calls.

Training code is read with Python's `ast` (it is rewritten statement by statement, never re-laid out), and
every change is an `Edit` of the original text, so the user's other lines, comments and spacing stay.
"""
from __future__ import annotations

import ast
import io
from dataclasses import dataclass, field

from pivot import diagnostics as D
from pivot.catalog import REQUIRED
from pivot.catalog.training import Form, TrainSpec
from pivot.frontends.source import Context, ast_dotted, in_layout, indents_with_tabs, newline_of, resolve_dotted
from pivot.model import Diagnostic, Expr, Span, Value, value_code
from pivot.slice import is_main_guard


@dataclass(frozen=True)
class Edit:
    start: int  # offsets into the source
    end: int
    text: str


@dataclass
class TrainOp:
    """An optimizer, loss or schedule read from source: its catalog entry and canonical attributes."""

    spec: TrainSpec
    attrs: dict[str, Value]
    problems: list[str] = field(default_factory=list)


class Text:
    """The source with line/column <-> offset conversion and ast-node segments."""

    def __init__(self, source: str):
        self.source = source
        self.starts = [0]
        for line in io.StringIO(source, newline="").readlines():  # Python's lines (not split at form feeds)
            self.starts.append(self.starts[-1] + len(line))

    def offset(self, line: int, col: int) -> int:
        # ast columns are UTF-8 byte offsets; convert on the line itself
        begin = self.starts[line - 1]
        raw = self.source[begin:self.starts[line] if line < len(self.starts) else len(self.source)]
        return begin + len(raw.encode("utf-8")[:col].decode("utf-8", "ignore"))

    def bounds(self, node: ast.AST) -> tuple[int, int]:
        return self.offset(node.lineno, node.col_offset), self.offset(node.end_lineno, node.end_col_offset)

    def of(self, node: ast.AST) -> str:
        start, end = self.bounds(node)
        return self.source[start:end]

    def lines(self, node: ast.stmt) -> tuple[int, int]:
        """Offsets of the statement's whole lines (indentation to newline)."""
        return self.starts[node.lineno - 1], self.starts[node.end_lineno] if node.end_lineno < len(self.starts) \
            else len(self.source)

    def indent(self, node: ast.stmt) -> str:
        line = self.source[self.starts[node.lineno - 1]:self.offset(node.lineno, node.col_offset)]
        return line if not line.strip() else " " * node.col_offset

    def span(self, node: ast.AST) -> Span:
        return Span(node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)


class Translator:
    """What both training translators share: the file, the edits and diagnostics they build, the ops they
    read (for the pivot model). Subclasses read one scope (a statement list) in `_scope`."""

    target = ""  # the framework written: "torch" | "keras"

    def __init__(self, source: str, tree: ast.Module, ctx: Context, in_model, models: set[str]):
        self.text, self.tree, self.ctx, self.in_model, self.models = Text(source), tree, ctx, in_model, models
        self.edits: list[Edit] = []
        self.diagnostics: list[Diagnostic] = []
        self.ops: list[tuple] = []  # (span, TrainOp)
        self.support = False  # the PyTorch loops of torch_support are used
        self.images: bool | None = False  # the models take image-like inputs (None: not known; set by the caller)

    def run(self) -> "Translator":
        for body in scopes(self.tree, self.in_model):
            self._scope(body)
        return self

    def _scope(self, body: list[ast.stmt]) -> None:
        raise NotImplementedError

    def _replace(self, stmt: ast.stmt, code: str) -> None:
        """The statement (from its first character) replaced by `code`."""
        self.edits.append(Edit(*self.text.bounds(stmt), code))

    def _replace_lines(self, stmt: ast.stmt, code: str) -> None:
        """The statement's whole lines replaced by `code` (which brings its own indentation)."""
        self.edits.append(Edit(*self.text.lines(stmt), code))

    def _keep(self, stmt: ast.stmt, why: str) -> None:
        """Leave the statement as written under a TODO, and report it."""
        start, _ = self.text.lines(stmt)
        self.edits.append(Edit(start, start, todo(self.text.indent(stmt), "", why)))
        self.diagnostics.append(problem("PIV301", stmt, why, self.target))


def apply(source: str, edits: list[Edit]) -> str:
    """The edits made, each text in the file's line ending and (where the line it lands on is indented with
    tabs) tab indentation."""
    newline, tabs = newline_of(source), indents_with_tabs(source)
    for edit in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
        text = in_layout(edit.text, newline, _tab_indented(source, edit.start, tabs))
        source = source[:edit.start] + text + source[edit.end:]
    return source


def _tab_indented(source: str, offset: int, default: bool) -> bool:
    """Whether the line holding `offset` is indented with a tab (the file's habit for an unindented line)."""
    begin = max(source.rfind("\n", 0, offset), source.rfind("\r", 0, offset)) + 1
    line = source[begin:begin + 80]
    indent = line[:len(line) - len(line.lstrip(" \t"))]
    return "\t" in indent if indent else default


def qualified(node: ast.AST, ctx: Context) -> str | None:
    return resolve_dotted(ast_dotted(node), ctx)


def value(node: ast.AST, text: Text) -> Value:
    try:
        got = ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return Expr(text.of(node))
    return tuple(got) if isinstance(got, list) else got


def method_call(node: ast.AST, method: str | tuple[str, ...]) -> str | None:
    """`name` when node is `name.method(...)`."""
    names = (method,) if isinstance(method, str) else method
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in names \
            and isinstance(node.func.value, ast.Name):
        return node.func.value.id
    return None


def bind(call: ast.Call, spec: TrainSpec, form: Form, side: str, text: Text, skip: int = 0) -> TrainOp:
    """The call's arguments as canonical attributes, with the side's defaults filled in."""
    op = TrainOp(spec, dict(form.fixed))
    split = dict(spec.keras_split)
    parts: dict[str, dict[str, Value]] = {}
    for index, arg in enumerate(call.args[skip:], start=skip):
        match = spec.arg(form.positional[index]) if index < len(form.positional) else \
            None if form.positional else next((a for a in spec.args if getattr(a, f"{side}_pos") == index), None)
        if match is None or isinstance(arg, ast.Starred):
            op.problems.append(f"positional argument `{text.of(arg)}`")
            continue
        _set(op, match, value(arg, text), side)
    for kw in call.keywords:
        whole = next((name for name, keys in split.items() if side == "keras" and kw.arg in keys), None)
        if whole:
            parts.setdefault(whole, {})[kw.arg] = value(kw.value, text)
            continue
        match = next((a for a in spec.args if kw.arg and getattr(a, side) == kw.arg), None)
        if match is None:
            if kw.arg != "name":
                op.problems.append(f"argument `{kw.arg or '**'}`")
            continue
        _set(op, match, value(kw.value, text), side)
    for whole, got in parts.items():
        default = spec.arg(whole).keras_default
        op.attrs[whole] = tuple(got.get(k, d) for k, d in zip(split[whole], default))
    for a in spec.args:
        if a.name not in op.attrs:
            default = _default(a, side)
            if default is not REQUIRED:
                op.attrs[a.name] = default
            elif getattr(a, side):
                op.problems.append(f"missing argument `{getattr(a, side)}`")
    if spec.eps_bias_corrected and side == "keras":
        op.attrs["eps"] = _scale_eps(op.attrs["eps"], op.attrs["betas"][1], "/")
    return op


def _scale_eps(eps: Value, beta_2: Value, how: str) -> Value:
    """Epsilon moved across Adam's bias correction: `*` into Keras's units, `/` back into PyTorch's."""
    factor = f"(1 - {value_code(beta_2)}) ** 0.5"
    undo = f" {'/' if how == '*' else '*'} {factor}"
    if isinstance(eps, Expr) and eps.code.endswith(undo):  # a value this conversion wrote: undo it
        return literal_or_expr(eps.code[:-len(undo)])
    return Expr(f"{value_code(eps)} {how} {factor}")


def literal_or_expr(code: str) -> Value:
    try:
        return ast.literal_eval(code)
    except (ValueError, SyntaxError):
        return Expr(code)


def _set(op: TrainOp, arg, val: Value, side: str) -> None:
    op.attrs[arg.name] = arg.from_keras(val) if side == "keras" and arg.from_keras else val


def _default(arg, side: str) -> Value:
    """The side's default, or (for an argument only the other side has) the other side's."""
    for s in (side, "keras" if side == "torch" else "torch"):
        default = getattr(arg, f"{s}_default")
        if default != REQUIRED and (getattr(arg, s) or s == side):
            return arg.from_keras(default) if s == "keras" and arg.from_keras else default
    return REQUIRED


def construct(spec: TrainSpec, attrs: dict[str, Value], side: str, spell: dict[str, str],
              leading: tuple[str, ...] = ()) -> tuple[str, list[str]]:
    """Source that builds the op in `side`'s framework, and the attributes it could not express.

    Every attribute whose value differs from the target's default is written out. `spell` maps a
    qualified prefix to how this file spells it ({"torch.nn": "nn"}).
    """
    form = next((f for f in getattr(spec, side) if f.matches(attrs)), None)
    if form is None:
        return "", [f"{spec.name} with " + ", ".join(f"{k}={value_code(v)}" for k, v in sorted(attrs.items()))]
    if form.template:
        return form.template.format(**{k: value_code(v) for k, v in attrs.items()}), []
    fixed = dict(form.fixed)
    args = list(leading)
    if spec.eps_bias_corrected and side == "keras":
        attrs = dict(attrs, eps=_scale_eps(attrs["eps"], attrs["betas"][1], "*"))
    lost = []
    split = dict(spec.keras_split)
    for a in spec.args:
        val = attrs.get(a.name)
        if a.name in fixed or a.name not in attrs:
            continue
        name = getattr(a, side)
        if side == "keras" and a.name in split:
            defaults = a.keras_default
            args += [f"{k}={value_code(v)}" for k, v, d in zip(split[a.name], val, defaults) if v != d]
            continue
        default = _default(a, side)
        if name is None or a.name in form.without:
            if val != default and (a.torch or a.keras):  # an argument neither has only selects the form
                lost.append(f"{a.name}={value_code(val)}")
            continue
        if val != default or default is REQUIRED or a.name in form.required:
            shown = a.to_keras(val) if side == "keras" and a.to_keras else val
            args.append(f"{name}={value_code(shown)}")
    return f"{spelled(form.qualified, spell)}({', '.join(args)})", lost


def spelled(qualified_name: str, spell: dict[str, str]) -> str:
    for prefix, local in sorted(spell.items(), key=lambda kv: -len(kv[0])):
        if qualified_name == prefix or qualified_name.startswith(prefix + "."):
            return local + qualified_name[len(prefix):]
    return qualified_name


def wrapped(indent: str, head: str, args: list[str], width: int = 100) -> str:
    """`head(args)` on one line, or with the arguments on a continuation line when it would be too long."""
    line = f"{indent}{head}({', '.join(args)})"
    return line if len(line) <= width else f"{indent}{head}(\n{indent}    {', '.join(args)})"


def todo(indent: str, original: str, why: str) -> str:
    """The original code kept, commented, under a TODO naming what Pivot could not migrate."""
    lines = [f"{indent}# TODO(pivot): {why}; migrate by hand:\n"]
    lines += [f"{indent}# {line.strip()}\n" for line in original.splitlines() if line.strip()]
    return "".join(lines)


def problem(code: str, node: ast.AST, message: str, target: str, severity: str | None = None) -> Diagnostic:
    return D.make(code, Span(node.lineno, node.col_offset, node.end_lineno, node.end_col_offset), message,
                  target=target, severity=severity)


def caveat(op: TrainOp, node: ast.AST, target: str) -> list[Diagnostic]:
    """The documented numeric difference of a migrated op, as information on its line."""
    return [problem("PIV302", node, f"{op.spec.name}: {op.spec.caveat}", target, "information")] \
        if op.spec.caveat else []


def scopes(tree: ast.Module, in_model):
    """Statement lists training code can live in: the module and every function body outside model code."""
    yield tree.body
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and not in_model(node.lineno):
            yield node.body


def main_blocks(tree: ast.Module) -> list[ast.If]:
    """The module's `if __name__ == "__main__":` blocks (their assignments bind the module's names)."""
    return [s for s in tree.body if is_main_guard(s)]


def assignments(body: list[ast.stmt]) -> dict[str, ast.Assign]:
    """Single-name assignments of a scope (the last one wins)."""
    out = {}
    for stmt in body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            out[stmt.targets[0].id] = stmt
    return out


def walk_local(node: ast.AST):
    """`ast.walk` that does not enter nested functions or classes (they are scopes of their own)."""
    yield node
    for child in ast.iter_child_nodes(node):
        if not isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            yield from walk_local(child)
