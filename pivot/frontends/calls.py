"""Reading a constructor or function call against a catalog entry: arguments to canonical attributes."""
from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field, replace

import libcst as cst

from pivot import diagnostics as D
from pivot.catalog import REQUIRED, TORCH_CALL, OpSpec, SupportCall, lookups
from pivot.catalog.torch_defaults import TORCH_DEFAULTS
from pivot.frontends.source import Chunk, dotted_name, literal
from pivot.model import Attrs, Diagnostic, Expr, Value, value_code
from pivot.shapes import invalid_sizes

# Keras keyword arguments every layer takes that carry no computation.
KERAS_COMMON = {"name", "dtype", "trainable", "input_shape", "input_dim", "batch_input_shape", "activation",
                "autocast", "data_format", "input_length"}
# Keras keyword arguments that only change how weights start or are trained: reported, not blocking.
KERAS_TRAINING_ONLY_SUFFIXES = ("_initializer", "_regularizer", "_constraint")


def is_initializer(qual: str) -> bool:
    """A Keras/TensorFlow weight initializer's constructor (`tf.random_normal_initializer`, `keras.initializers.
    HeNormal`): it makes no tensor, only says how weights start, which a migration does not carry."""
    parts = qual.split(".")
    return parts[0] in ("keras", "tensorflow") and ("initializers" in parts[:-1] or parts[-1].endswith("_initializer"))


@dataclass
class Bound:
    attrs: dict[str, Value] = field(default_factory=dict)
    explicit: list[str] = field(default_factory=list)
    extra: dict[str, Value] = field(default_factory=dict)  # common Keras kwargs (name, activation...)
    diagnostics: list[Diagnostic] = field(default_factory=list)


def _is_lazy(spec: OpSpec, qual: str | None) -> bool:
    return qual is not None and qual in (spec.torch_lazy, *(q for _, q in spec.torch_lazy_by_rank))


def _positional(spec: OpSpec, side: str, lazy: bool) -> list:
    """The entry's arguments by position; a lazy module (nn.LazyConv2d(6, kernel_size=5)) takes no input size,
    so the others move up one place."""
    taken = sorted((a for a in spec.args if getattr(a, f"{side}_pos") is not None), key=lambda a: getattr(
        a, f"{side}_pos"))
    if not lazy:
        return [next((a for a in taken if getattr(a, f"{side}_pos") == i), None)
                for i in range(max((getattr(a, f"{side}_pos") for a in taken), default=-1) + 1)]
    return [a for a in taken if not a.inferred]


def _forwarded_args(call: cst.Call, chunk: Chunk) -> list[cst.Arg]:
    """The call's arguments, a block constructor's `**kwargs` passed to this layer as the keywords the block's
    callers give it (`kernel_size=kernel_size`: see `Context.forwarded`)."""
    args = []
    for arg in call.args:
        keys = chunk.ctx.forwarded_keywords(chunk.span(call).line, arg.value.value) \
            if arg.star == "**" and isinstance(arg.value, cst.Name) else None
        args.extend([cst.Arg(keyword=cst.Name(k), value=cst.Name(k)) for k, _ in keys] if keys else [arg])
    return args


def bind(call: cst.Call, spec: OpSpec, side: str, chunk: Chunk, *, skip: int = 0, what: str = "",
         given: dict[str, Value] | None = None) -> Bound:
    """Map the call's arguments to the entry's canonical attributes, filling the side's defaults.

    `skip` positional arguments are tensors (a functional call's inputs), not attributes.
    """
    out = Bound()
    what = what or spec.name
    templated = keras_code_args(call, spec, chunk) if side == "keras" else {}
    given = {**templated, **(given or {})}
    for key, value in (given or {}).items():
        out.attrs[key] = value
        out.explicit.append(key)
    pos = 0
    spans = {}  # attribute -> the argument that set it
    positional = _positional(spec, side, lazy=side == "torch" and _is_lazy(spec, chunk.qualify(call.func)))
    for arg in _forwarded_args(call, chunk) if side == "torch" else call.args:
        span = chunk.span(arg)
        if arg.star:
            out.diagnostics.append(D.make("PIV104", span, f"`{chunk.text(arg).strip()}` in {what}: Pivot cannot "
                                          "follow argument unpacking; write the arguments out"))
            continue
        if arg.keyword is None:
            if pos < skip:
                pos += 1
                continue
            index = pos - skip
            pos += 1
            match = positional[index] if index < len(positional) else None
            if match is None:
                out.diagnostics.append(D.make("PIV103", span, f"{what}: unexpected positional argument "
                                              f"`{chunk.text(arg.value)}`"))
                continue
        else:
            key = arg.keyword.value
            match = next((a for a in spec.args if getattr(a, side) == key), None) or next(
                (a for a in spec.args if side == "keras" and key in a.keras_aliases), None)
            if match is None:
                value = literal(arg.value, chunk)
                if side == "keras" and key == "data_format" and value not in ("channels_last", None):
                    out.diagnostics.append(D.make("PIV105", span, f"{what}: data_format={value!r} is not migrated "
                                                  "(Pivot migrates Keras's channels-last layout)"))
                elif side == "keras" and key in KERAS_COMMON:
                    out.extra[key] = value
                elif side == "keras" and key.endswith(KERAS_TRAINING_ONLY_SUFFIXES):
                    out.extra[key] = value
                    out.diagnostics.append(D.make("PIV203", span, f"{what}: `{key}` changes only how weights "
                                                  "start or are trained; it is not migrated"))
                elif side == "torch" and key in ("device", "dtype"):
                    out.extra[key] = value
                elif side == "torch" and _at_torch_default(chunk.qualify(call.func), key, value):
                    continue  # PyTorch's own default, written out (`norm_type=2.0`): nothing to migrate
                else:
                    out.diagnostics.append(D.make("PIV103", span, f"{what}: argument `{key}` is not supported"))
                continue
        if match.name in templated:  # read from the entry's own Keras spelling
            continue
        value = literal(arg.value, chunk)
        accepted = getattr(match, f"{side}_values")
        if accepted and isinstance(value, str) and value.lower() not in accepted:
            out.diagnostics.append(D.make("PIV105", span, f"{what}: `{key if arg.keyword else match.name}="
                                          f"{value!r}` is not a value Pivot migrates (it knows "
                                          f"{', '.join(map(repr, accepted))})"))
            continue
        if side == "keras" and match.from_keras:
            value = match.from_keras(value)
        out.attrs[match.name] = value
        out.explicit.append(match.name)
        spans[match.name] = span
    for a in spec.args:
        if a.name in out.attrs or not getattr(a, side):
            continue
        default = getattr(a, f"{side}_default")
        if default == REQUIRED:
            if not a.inferred or side == "torch":
                if not a.inferred:
                    out.diagnostics.append(D.make("PIV103", chunk.span(call), f"{what}: missing argument "
                                                  f"`{getattr(a, side)}`"))
            continue
        out.attrs[a.name] = a.from_keras(default) if side == "keras" and a.from_keras else default
    # Attributes only the other framework has take their neutral (other-side) default.
    other = "keras" if side == "torch" else "torch"
    for a in spec.args:
        own = getattr(a, f"{side}_default")
        if a.name not in out.attrs and own != REQUIRED:
            out.attrs[a.name] = a.from_keras(own) if side == "keras" and a.from_keras else own
        elif a.name not in out.attrs and getattr(a, other) and getattr(a, f"{other}_default") != REQUIRED:
            default = getattr(a, f"{other}_default")
            out.attrs[a.name] = a.from_keras(default) if other == "keras" and a.from_keras else default
    for name in invalid_sizes(spec, out.attrs, side):
        if out.attrs[name] == getattr(spec.arg(name), "torch_default", None):
            continue  # the entry's own default (InstanceNorm's groups=-1: a group per channel)
        out.diagnostics.append(D.make("PIV103", spans.get(name, chunk.span(call)), f"{what}: "
                                      f"`{getattr(spec.arg(name), side) or name}={value_code(out.attrs[name])}` "
                                      "must be at least 1"))
    return out


def keras_code_args(call: cst.Call, spec: OpSpec, chunk: Chunk) -> dict[str, Value]:
    """The entry's arguments in a call written in its own `keras_code` spelling (what Pivot writes for it:
    `keras.ops.broadcast_to(t, tuple(d if s == -1 else s for s, d in zip((n, -1, -1), keras.ops.shape(t))))` is
    `t.expand(n, -1, -1)`), matched as syntax trees; {} for any other call."""
    if not spec.keras_code:
        return {}
    names = {a.name for a in spec.args}
    try:
        template = ast.parse(re.sub(r"\{(\w+)\}", r"__pivot_\1__", spec.keras_code), mode="eval").body
        written = ast.parse(chunk.text(call).strip(), mode="eval").body
    except SyntaxError:
        return {}
    if isinstance(template, ast.Call) and all(isinstance(a, ast.Name) for a in template.args) and \
            not template.keywords:
        return {}  # `keras.ops.where({mask}, {value}, {x})`: its arguments as they are, bound by position
    found: dict[str, ast.AST] = {}
    if not _matches(template, written, found):
        return {}
    out: dict[str, Value] = {}
    for name, node in found.items():
        if name in names:
            value = cst.parse_expression(ast.unparse(node))
            out[name] = tuple(literal(el.value, chunk) for el in value.elements) if isinstance(value, cst.Tuple) \
                else literal(value, chunk)
    return out


def _matches(template: ast.AST, node: ast.AST, found: dict) -> bool:
    """`node` is `template` with each `__pivot_<name>__` standing for one expression (the same wherever it is)."""
    hole = re.fullmatch(r"__pivot_(\w+)__", template.id) if isinstance(template, ast.Name) else None
    if hole:
        name = hole.group(1)
        if name in found:
            return ast.dump(found[name]) == ast.dump(node)
        found[name] = node
        return True
    if type(template) is not type(node):
        return False
    for field, value in ast.iter_fields(template):
        other = getattr(node, field, None)
        if field == "ctx":
            continue
        if isinstance(value, list):
            if not isinstance(other, list) or len(value) != len(other) or \
                    not all(_matches(a, b, found) if isinstance(a, ast.AST) else a == b for a, b in zip(value, other)):
                return False
        elif isinstance(value, ast.AST):
            if not isinstance(other, ast.AST) or not _matches(value, other, found):
                return False
        elif value != other:
            return False
    return True


def bind_support(call: cst.Call, chunk: Chunk) -> tuple[OpSpec, Bound] | None:
    """A call of Pivot's own Keras support class (`TorchRNN("lstm", 32, batch_first=True)`) as the entry it stands
    for, its arguments bound on PyTorch's side (the class takes PyTorch's) and marked `TORCH_CALL`; None when the
    arguments select none of its entries."""
    cls = dotted_name(call.func)
    positional = [a for a in call.args if a.keyword is None and not a.star]
    keywords = {a.keyword.value: a for a in call.args if a.keyword is not None}
    for spec, form in lookups().keras_support.get(cls, ()):
        if not _selects(form, positional, keywords, chunk):
            continue
        chosen = {k for k, *_ in form.selects} | ({"rank"} if form.rank else set())
        # the PyTorch positions not passed, unless given by keyword (TorchRNN's `input_size=`, for the way back)
        by_pos = {a.torch_pos: a for a in spec.args if a.torch_pos is not None and a.torch_pos < form.skipped}
        given = {pos: keywords[a.torch] for pos, a in by_pos.items() if a.torch in keywords}
        placeholder = [cst.Arg(given[pos].value) if pos in given else cst.Arg(cst.Name("None"))
                       for pos in range(form.skipped)]
        chosen |= {by_pos[pos].torch for pos in given}
        args = placeholder + positional[len(form.leading):] + [a for k, a in keywords.items() if k not in chosen]
        bound = bind(call.with_changes(args=args), spec, "torch", chunk, what=cls)
        nowhere, span = chunk.span(cst.Name("_")), chunk.span(call)  # what the rebuilt call reports lies at the call
        bound.diagnostics = [replace(d, span=span) if d.span == nowhere else d for d in bound.diagnostics]
        skipped = {a.name for pos, a in by_pos.items() if pos not in given}
        bound.attrs = {k: v for k, v in bound.attrs.items() if k not in skipped} | {TORCH_CALL: True}
        bound.explicit = [k for k in bound.explicit if k not in skipped]
        return spec, bound
    return None


def _selects(form: SupportCall, positional: list[cst.Arg], keywords: dict[str, cst.Arg], chunk: Chunk) -> bool:
    """Whether a support class call has the leading values, keywords and rank that select `form`'s entry."""
    if [literal(a.value, chunk) for a in positional[:len(form.leading)]] != list(form.leading):
        return False
    for key, value, default in form.selects:
        if (literal(keywords[key].value, chunk) if key in keywords else default) != value:
            return False
    if form.rank:
        first = literal(positional[0].value, chunk) if positional else None
        rank = literal(keywords["rank"].value, chunk) if "rank" in keywords else \
            len(first) if isinstance(first, tuple) else 2
        return rank == form.rank
    return True


def attrs_of(bound: Bound) -> Attrs:
    return Attrs.of(bound.attrs)


def is_symbolic(value: Value) -> bool:
    if isinstance(value, tuple):
        return any(is_symbolic(v) for v in value)
    return isinstance(value, Expr)


def _at_torch_default(qual: str | None, key: str, value) -> bool:
    """`key=value` is what PyTorch's `qual` takes by default (`pivot.catalog.torch_defaults`)."""
    defaults = TORCH_DEFAULTS.get(qual or "", {})
    return key in defaults and type(value) in (bool, int, float, str, type(None)) and value == defaults[key] \
        and isinstance(value, bool) == isinstance(defaults[key], bool)
