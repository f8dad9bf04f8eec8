"""Random model plans drawn from the catalog: which ops, in which order, with which argument values.

A plan is framework-specific (its argument values are the source framework's spelling) but not yet text:
`pivot.fuzz.render` writes it in a style. Every plan is valid by construction: `walk` follows the tensor's
shape through each item and raises `Invalid` where the source framework would reject the model, which both
the generator (to retry a draw) and the reducer (to skip a candidate) rely on.
"""
from __future__ import annotations

import math
import random
from dataclasses import dataclass, field, replace

from pivot.catalog import REQUIRED, OpSpec, all_ops
from pivot.fuzz.domains import default, domain

P_NONDEFAULT = 0.35  # chance of writing an optional argument (a value drawn from its domain)
MAX_FEATURES = 2048


class Invalid(Exception):
    """The source framework would reject this item at this point (shapes, divisibility, value combination)."""


@dataclass(frozen=True)
class State:
    """The tensor between two items, in the source framework's own layout."""

    kind: str  # "img" (N, C, *S) in torch, (N, *S, C) in keras | "vec" (N, F) | "seq" (N, T, F) | "tok" (N, T)
    n: int = 0  # spatial rank of an image
    ch: int = 0  # channels of an image, features of vec/seq
    size: tuple[int, ...] = ()  # spatial sizes, or (T,) for seq/tok

    def sequence_like(self, framework: str) -> bool:
        """(N, T, F): a sequence, or, in Keras, a 1-D image (same layout, same ops)."""
        return self.kind == "seq" or (framework == "keras" and self.kind == "img" and self.n == 1)

    def features(self) -> int:
        return self.ch * math.prod(self.size) if self.kind == "img" else self.ch * (
            self.size[0] if self.kind == "seq" else 1)


@dataclass
class Step:
    op: str  # a catalog entry, or a pseudo op of this module ("LastStep", "MeanTime", "SpatialMean")
    args: dict = field(default_factory=dict)  # canonical argument name -> value in the source's spelling
    form: str = "module"  # how it is written: "module"/"layer", "function", "method", "activation" (Keras string)
    extra: dict = field(default_factory=dict)  # e.g. {"activation": "relu"} of a Keras Dense, RNN states used


@dataclass
class Merge:
    op: str  # a merge entry of the catalog (kind "merge" with a draw)
    branches: list  # two lists of Steps; an empty one is the skip connection
    form: str = "operator"


@dataclass
class Repeat:
    """A loop in a builder: `body` once per width, its first step's width set by the loop variable."""

    body: list
    widths: tuple[int, ...]


@dataclass
class Seq2Seq:
    """Encoder-decoder RNNs: the decoder reads the same input, starting from the encoder's final states."""

    encoder: Step
    decoder: Step


@dataclass
class Plan:
    framework: str
    style: str  # "sequential" | "subclassed" | "builder" | "functional"
    input: State
    items: list
    seed: int = 0

    def input_shape(self) -> list[int]:
        s = self.input
        if s.kind == "img":
            return [2, s.ch, *s.size] if self.framework == "torch" else [2, *s.size, s.ch]
        if s.kind == "vec":
            return [2, s.ch]
        if s.kind == "seq":
            return [2, s.size[0], s.ch]
        return [2, s.size[0]]

    def dtype(self) -> str:
        return "int64" if self.input.kind == "tok" else "float32"

    def constructs(self) -> set[str]:
        """What the model is made of, for the campaign's table: ops, forms, structures, the style."""
        found = {f"style:{self.style}", f"input:{self.input.kind}{self.input.n or ''}"}
        for item in flatten(self.items):
            if isinstance(item, Merge):
                found.add(f"merge:{item.op}")
            elif isinstance(item, Repeat):
                found.add("loop")
            elif isinstance(item, Seq2Seq):
                found.add(f"initial_state:{item.encoder.op}")
            else:
                found.add(item.op)
        return found


def flatten(items):
    for item in items:
        yield item
        if isinstance(item, Merge):
            for branch in item.branches:
                yield from flatten(branch)
        elif isinstance(item, Repeat):
            yield from flatten(item.body)


# -- shapes ------------------------------------------------------------------------------------------------------
def _per_dim(value, n: int) -> tuple:
    return tuple(value) if isinstance(value, tuple) else (value,) * n


def _conv_size(s: int, k: int, st: int, p, d: int, framework: str) -> int:
    if framework == "torch":
        if p == "same":
            return s
        p = 0 if p == "valid" else p
        return (s + 2 * p - d * (k - 1) - 1) // st + 1
    if p in ("same", "causal"):
        return -(-s // st)
    return (s - d * (k - 1) - 1) // st + 1


def _pool_size(s: int, k: int, st: int, p, d: int, ceil: bool, framework: str) -> int:
    if framework == "keras":
        return -(-s // st) if p == "same" else (s - k) // st + 1
    span = s + 2 * p - d * (k - 1) - 1
    out = (-(-span // st) if ceil else span // st) + 1
    if ceil and (out - 1) * st >= s + p:
        out -= 1
    return out


def _spec(name: str) -> OpSpec | None:
    return all_ops().get(name)


def walk(items, state: State, framework: str) -> State:
    for item in items:
        state = advance(item, state, framework)
    return state


def advance(item, state: State, framework: str) -> State:
    """The state after `item`, or Invalid."""
    if isinstance(item, Seq2Seq):
        advance(item.encoder, state, framework)
        return advance(item.decoder, state, framework)
    if isinstance(item, Repeat):
        for width in item.widths:
            state = walk(with_width(item.body, width), state, framework)
        return state
    if isinstance(item, Merge):
        outs = [walk(b, state, framework) for b in item.branches]
        a, b = outs
        if a.kind != b.kind or a.size != b.size or a.kind == "tok":
            raise Invalid("branches differ")
        if _spec(item.op).shape in PRODUCTS:
            return _product_state(a, b, framework)
        if _spec(item.op).list_input:  # a concatenation
            return replace(a, ch=a.ch + b.ch)
        if a.ch != b.ch:
            raise Invalid("branch widths differ")
        return a
    out = _advance_step(item, state, framework)
    if out.kind in ("img", "seq") and min(out.size) < 1 or out.features() > MAX_FEATURES * 4:
        raise Invalid("too small or too large")
    return out


# shape rules of merges multiplying two branches: Keras Dot, torch.bmm(a, b.transpose(1, 2))
PRODUCTS = ("dot", "matmul")


def _product_state(a: State, b: State, fw: str) -> State:
    """(N, F) . (N, F) -> (N, 1); (N, T, F) x (N, T, F)^T -> (N, T, T), a sequence of T features."""
    if a.ch != b.ch:
        raise Invalid("branch widths differ")
    if a.kind == "vec":
        return State("vec", ch=1)
    if not a.sequence_like(fw) or a.kind == "img" and a.n != 1:
        raise Invalid("product of images")
    return replace(a, ch=a.size[0])


def fits(spec: OpSpec, state: State, fw: str) -> bool:
    """Whether the entry takes this tensor (its `draw.takes`; activations take any float tensor)."""
    if spec.kind == "activation":
        return state.kind != "tok"
    takes = spec.draw.takes if spec.draw else ()
    if state.kind == "img" and "img" in takes and spec.spatial in (0, state.n):
        return True
    if state.sequence_like(fw) and ("seq" in takes or _keras_image(state, fw) and "img" in takes
                                    and spec.spatial in (0, 1)):
        return True
    return state.kind in takes and state.kind in ("vec", "tok")


def _keras_image(state: State, fw: str) -> bool:
    """Keras reads (N, T, F) as a 1-D image: the same layout, the same layers."""
    return fw == "keras" and state.kind in ("seq", "img")


def _advance_step(step: Step, state: State, fw: str) -> State:
    spec = _spec(step.op)
    if spec is None:
        return _pseudo_state(step.op, state, fw, step.extra)
    if spec.kind == "tensor":
        return _tensor_state(step, state, fw)
    if not fits(spec, state, fw):
        raise Invalid(f"{step.op} does not take {state.kind}{state.n or ''}")
    if spec.kind == "activation" or spec.shape == "same":
        return _same_state(spec, {**_defaults(spec, fw), **step.args}, state)
    if spec.shape in IMAGE_RULES and state.kind == "seq":
        state = State("img", 1, state.ch, state.size)  # Keras: a sequence is a 1-D image
    rule = RULES.get(spec.shape)
    if rule is None:
        raise Invalid(f"no shape rule for {step.op}")
    return rule(spec, step, state, fw)


def _pseudo_state(op: str, state: State, fw: str, extra: dict | None = None) -> State:
    """The fuzzer's own tensor expressions: the last step, the mean over time or over the image; the everyday
    idioms of `IDIOMS` (squeeze-excitation, a range added, a slice or reshape by sizes read from the tensor,
    torch.split/keras.ops.split by sizes)."""
    extra = extra or {}
    if op in ("LastStep", "MeanTime"):
        if not state.sequence_like(fw):
            raise Invalid("not a sequence")
        return State("vec", ch=state.ch)
    if op == "SpatialMean" and state.kind == "img":
        return State("vec", ch=state.ch)
    if state.kind == "tok":
        raise Invalid(f"{op} of token ids")
    if op == "ViewFlatten" and state.kind in ("img", "seq"):
        if state.features() > MAX_FEATURES:
            raise Invalid("flatten too wide")
        return State("vec", ch=state.features())
    if op == "SqueezeExcite" and state.kind == "img":
        return state
    if op == "AddRange":
        return state
    if op in ("SliceHalf", "SplitSizes"):
        part = _axis_part(state, fw, extra.get("axis", -1))
        if part is None:
            raise Invalid("no such axis")
        size = state.ch if part == "ch" else state.size[part]
        if size < 2:
            raise Invalid("axis too short")
        if op == "SplitSizes":
            if not 0 < extra.get("first", 1) < size or extra.get("join") == "add" and 2 * extra["first"] != size:
                raise Invalid("split sizes")
            if extra.get("join") != "add":
                return state  # the parts concatenated again: the size stays
        if part == "ch":  # halves (or two equal parts added): the axis halves
            return replace(state, ch=size // 2)
        return replace(state, size=tuple(s // 2 if i == part else s for i, s in enumerate(state.size)))
    raise Invalid(f"{op} of {state.kind}")


# the fuzzer's idioms of everyday code (`_pseudo_state`); each is drawn for both source frameworks
IDIOMS = ("SqueezeExcite", "AddRange", "SliceHalf", "SplitSizes")


def axes(state: State, fw: str) -> list:
    """The axes of a float tensor in the source's layout (batch excluded): (axis, "ch" or the index of a size)."""
    if state.kind == "vec":
        return [(1, "ch")]
    if state.kind == "seq":
        return [(1, 0), (2, "ch")]
    if fw == "torch":
        return [(1, "ch")] + [(2 + i, i) for i in range(state.n)]
    return [(1 + i, i) for i in range(state.n)] + [(state.n + 1, "ch")]


def _axis_part(state: State, fw: str, axis: int):
    found = dict(axes(state, fw))
    rank = len(found) + 1
    return found.get(axis if axis > 0 else axis + rank)


def _tensor_state(step: Step, state: State, fw: str) -> State:
    """The tensor ops drawn in code: one keeping the shape (torch.roll) or, returning parts (`x.chunk(2, dim)`),
    two halves along an axis joined again (added, multiplied, or concatenated in swapped order)."""
    spec = _spec(step.op)
    if state.kind == "tok":
        raise Invalid("tensor op of token ids")
    part = _axis_part(state, fw, step.args.get(spec.axis_args[0]))
    if part is None:
        raise Invalid("no such axis")
    if not spec.parts:
        return state
    size = state.ch if part == "ch" else state.size[part]
    if size % step.args["chunks"]:
        raise Invalid("axis not divisible")
    if step.extra.get("combine") == "cat":
        return state
    if part == "ch":
        return replace(state, ch=size // 2)
    return replace(state, size=tuple(s // 2 if i == part else s for i, s in enumerate(state.size)))


def _defaults(spec: OpSpec, fw: str) -> dict:
    """The values the source framework takes for unwritten arguments (Keras GroupNormalization: 32 groups)."""
    return {a.name: default(a, fw) for a in spec.args if default(a, fw) != REQUIRED}


def _same_state(spec: OpSpec, a: dict, state: State) -> State:
    """Shape-keeping entries: their values must still divide or address the tensor."""
    groups = a.get("num_groups", 1)
    if groups != -1 and (groups == 0 or state.ch % groups):
        raise Invalid("groups")
    if a.get("groups", 1) > 0 and state.ch % a.get("groups", 1):  # ChannelShuffle
        raise Invalid("channel groups")
    if state.ch % a.get("num_heads", 1):
        raise Invalid("attention heads")
    if state.kind == "img" and any(a.get(name) not in (1, -1, None) for name in spec.axis_args):
        raise Invalid("axis of an image other than the channels")
    if spec.draw and state.kind == "img" and math.prod(state.size) < spec.draw.min_positions:
        raise Invalid("too few positions per channel")
    return state


def _linear_state(spec, step, state, fw):
    return replace(state, ch=step.args["out_features"])


def _embedding_state(spec, step, state, fw):
    return State("seq", ch=step.args["embedding_dim"], size=state.size)


def _rnn_state(spec, step, state, fw):
    a = step.args
    width = a["hidden_size"] * (2 if a.get("bidirectional") or step.extra.get("bidirectional") else 1)
    if fw == "keras" and not a.get("return_sequences", False):
        return State("vec", ch=width)
    return State("seq", ch=width, size=state.size)


def _flatten_state(spec, step, state, fw):
    if state.features() > MAX_FEATURES:
        raise Invalid("flatten too wide")
    return State("vec", ch=state.features())


def _global_pool_state(spec, step, state, fw):
    out = step.args.get("output_size", 1) if fw == "torch" else 1
    return State("vec", ch=state.ch * math.prod(_per_dim(out, state.n)))


def _pad_state(spec, step, state, fw):
    p = step.args.get("padding", 1)
    if state.n == 1:
        left, right = p if isinstance(p, tuple) else (p, p)
        return replace(state, size=(state.size[0] + left + right,))
    if fw == "torch":
        l, r, t, b = p if isinstance(p, tuple) else (p,) * 4
    else:
        (t, b), (l, r) = ((p, p), (p, p)) if isinstance(p, int) else (
            p if isinstance(p[0], tuple) else ((p[0], p[0]), (p[1], p[1])))
    return replace(state, size=(state.size[0] + t + b, state.size[1] + l + r))


def _upsample_state(spec, step, state, fw):
    factor = _per_dim(step.args.get("scale_factor", 2), state.n)
    return replace(state, size=tuple(s * f for s, f in zip(state.size, factor)))


def _crop_state(spec, step, state, fw):
    c = step.args.get("cropping", 1 if state.n == 1 else 0)  # Keras's defaults
    if state.n == 1:
        cuts = [c if isinstance(c, tuple) else (c, c)]
    else:
        cuts = [p if isinstance(p, tuple) else (p, p) for p in (c if isinstance(c, tuple) else (c, c))]
    return replace(state, size=tuple(s - sum(cut) for s, cut in zip(state.size, cuts)))


def _repeat_state(spec, step, state, fw):
    """(N, F) -> (N, n, F): a sequence (Keras: a 1-D image, the same layout)."""
    n = step.args["n"]
    return State("img", 1, state.ch, (n,)) if fw == "keras" else State("seq", ch=state.ch, size=(n,))


def _pixel_shuffle_state(spec, step, state, fw):
    r = step.args["upscale_factor"]
    if state.ch % (r * r):
        raise Invalid("channels not divisible by the square of the factor")
    return replace(state, ch=state.ch // (r * r), size=tuple(s * r for s in state.size))


def _conv_state(spec: OpSpec, step: Step, state: State, fw: str) -> State:
    n, a = state.n, step.args
    out, groups = a["out_channels"], a.get("groups", 1)
    if state.ch % groups or out % groups:
        raise Invalid("groups")
    ks = _per_dim(a["kernel_size"], n)
    st = _per_dim(a.get("stride", 1), n)
    d = _per_dim(a.get("dilation", 1), n)
    p = a.get("padding", 0 if fw == "torch" else "valid")
    if fw == "keras" and max(st) > 1 and max(d) > 1:
        raise Invalid("keras: strides and dilation both > 1")
    if spec.shape == "conv_transpose":
        op_ = a.get("output_padding", 0 if fw == "torch" else None)
        if fw == "torch" and op_ >= max(max(st), max(d)):
            raise Invalid("output_padding")
        if fw == "keras" and op_ is not None and op_ >= min(st):
            raise Invalid("keras: output_padding must be below the stride")
        if fw == "torch":
            size = tuple((s - 1) * t - 2 * p + dd * (k - 1) + op_ + 1 for s, k, t, dd in zip(state.size, ks, st, d))
        elif op_ is not None:  # Keras's deconv_output_length with an explicit output_padding
            size = tuple((s - 1) * t + k - 2 * (k // 2 if p == "same" else 0) + op_
                         for s, k, t in zip(state.size, ks, st))
            if p == "same" and any(-(-o // t) != s for o, s, t in zip(size, state.size, st)):
                raise Invalid("keras: TensorFlow's 'same' cannot give this output_padding's size")
        else:
            size = tuple(s * t if p == "same" else s * t + max(k - t, 0) for s, k, t in zip(state.size, ks, st))
        if max(size) > 64:
            raise Invalid("too large")
        return replace(state, ch=out, size=size)
    if fw == "torch" and p == "same" and max(st) > 1:
        raise Invalid("torch: padding='same' with stride > 1")
    if p == "causal" and max(st) > 1:
        raise Invalid("causal with stride")
    mode = a.get("padding_mode", "zeros")
    if mode != "zeros" and isinstance(p, int) and p >= min(state.size):
        raise Invalid("padding mode wider than the input")
    size = tuple(_conv_size(s, k, t, p, dd, fw) for s, k, t, dd in zip(state.size, ks, st, d))
    return replace(state, ch=out, size=size)


def _depthwise_state(spec: OpSpec, step: Step, state: State, fw: str) -> State:
    """A group per input channel, depth_multiplier outputs each (PyTorch: nn.Conv2d with groups=in_channels)."""
    out = state.ch * step.args.get("depth_multiplier", 1)
    return _conv_state(spec, replace(step, args={**step.args, "out_channels": out}), state, fw)


def _pool_state(spec: OpSpec, step: Step, state: State, fw: str) -> State:
    n, a = state.n, step.args
    k = a.get("kernel_size", 2)
    st = a.get("stride") or k
    p = a.get("padding", 0 if fw == "torch" else "valid")
    d = a.get("dilation", 1)
    if fw == "torch" and p > (d * (k - 1) + 1) // 2:
        raise Invalid("pad should be at most half of the effective kernel size")
    if fw == "torch" and spec.reduction == "avg" and n == 3 and any(s < k for s in state.size[:n]):
        raise Invalid("nn.AvgPool3d refuses an input smaller than its kernel, padded or not")
    size = tuple(_pool_size(s, k, st, p, d, a.get("ceil_mode", False), fw) for s in state.size[:n])
    return replace(state, size=size)


# shape rule of an entry (`OpSpec.shape`) -> the state after it; these rules read an image (Keras: or a sequence)
IMAGE_RULES = ("conv", "depthwise", "conv_transpose", "pool", "pad", "global_pool", "upsample", "crop", "pixel_shuffle")
RULES = {"linear": _linear_state, "embedding": _embedding_state, "rnn": _rnn_state, "flatten": _flatten_state,
         "global_pool": _global_pool_state, "pad": _pad_state, "conv": _conv_state, "conv_transpose": _conv_state,
         "pool": _pool_state, "upsample": _upsample_state, "crop": _crop_state, "repeat": _repeat_state,
         "pixel_shuffle": _pixel_shuffle_state, "depthwise": _depthwise_state}


def with_width(body: list, width: int) -> list:
    """The loop body for one iteration: the first step's width set."""
    first = body[0]
    key = "out_channels" if "out_channels" in first.args else "out_features"
    return [replace(first, args={**first.args, key: width}), *body[1:]]


def functions(spec: OpSpec, fw: str, style: str) -> list[str]:
    """The function spellings of an activation a model may call: the framework's own namespaces; on Keras's
    symbolic tensors (functional models, builders) only keras.ops (keras.activations.mish calls TensorFlow)."""
    names = spec.torch_functions if fw == "torch" else spec.keras_functions
    symbolic = fw == "keras" and style in ("functional", "builder")
    return [n for n in names if n.startswith(("keras.ops.",) if symbolic else ("torch.", "keras."))]


# -- drawing -----------------------------------------------------------------------------------------------------
STYLES = {"torch": ("sequential", "subclassed", "builder"),
          "keras": ("sequential", "functional", "subclassed", "builder")}
INPUTS = (("img", 2, 0.4), ("img", 1, 0.12), ("img", 3, 0.06), ("vec", 0, 0.18), ("seq", 0, 0.14),
          ("tok", 0, 0.10))


class Drawer:
    """Draws one random plan; every choice comes from `rng`, so a seed gives the same model. The ops are the
    catalog entries with a `draw` (how a model uses them) that the source framework spells."""

    def __init__(self, rng: random.Random, framework: str, style: str) -> None:
        self.rng, self.fw, self.style = rng, framework, style
        self.ops = all_ops()
        # by name: the catalog's order depends on which module imported the families first
        self.specs = sorted(self.ops.values(), key=lambda s: s.name)

    # which entries the source framework can spell as a layer/module, and how
    def spelled(self, spec: OpSpec) -> bool:
        """PyTorch: a torch.nn module (not a support module Pivot writes); Keras: a layer or activation string."""
        if self.fw == "torch":
            spelled = (spec.torch_module or "").startswith("torch.") or bool(spec.torch_modules_by_rank)
        else:  # not a support layer Pivot writes (TorchPixelShuffle)
            spelled = (spec.keras_layer or "").startswith("keras.") or bool(spec.keras_activation)
        return spelled and self.has_values(spec)

    def has_values(self, spec: OpSpec) -> bool:
        """Every argument the source framework requires has values to draw (Cropping: Keras only)."""
        return all(domain(spec, a, self.fw) or a.inferred for a in spec.args
                   if (a.torch if self.fw == "torch" else a.keras) and default(a, self.fw) == REQUIRED)

    def in_style(self, spec: OpSpec) -> bool:
        """A Sequential holds one-input layers; PyTorch's recurrent layers return tuples (a model needs code)."""
        if self.style != "sequential":
            return True
        return spec.draw.inputs == 1 and not (self.fw == "torch" and spec.draw.states)

    def entries(self, state: State, *, to_vec: bool = False, shapes: tuple[str, ...] = ()) -> list[OpSpec]:
        """Layers (not activations or merges) that take `state`, in this style (only `shapes` rules if given)."""
        return [s for s in self.specs if s.draw and s.kind not in ("activation", "merge")
                and s.draw.to_vec == to_vec and self.spelled(s) and self.in_style(s) and fits(s, state, self.fw)
                and (not shapes or s.shape in shapes)]

    def draw_args(self, spec: OpSpec, fixed: dict | None = None) -> dict:
        args = {}
        for arg in spec.args:
            values = domain(spec, arg, self.fw)
            if arg.inferred or not values:
                continue
            required = (arg.torch_default if self.fw == "torch" else arg.keras_default) == REQUIRED
            if required or self.rng.random() < P_NONDEFAULT:
                args[arg.name] = self.rng.choice(values)
            elif spec.draw and arg.name in spec.draw.always:
                args[arg.name] = values[0]
        args.update(fixed or {})
        return args

    def activation(self, layer_only: bool = False) -> Step:
        names = [s for s in self.specs if s.kind == "activation" and self.spelled(s)]
        spec = self.rng.choice(names)
        forms = ["module"] if self.fw == "torch" else []
        if self.fw == "keras" and spec.keras_layer:
            forms.append("module")
        if self.fw == "keras" and spec.keras_activation:
            forms.append("activation")
        if layer_only:
            pass
        elif self.style != "sequential" and functions(spec, self.fw, self.style):
            forms.append("function")
        if not layer_only and self.style != "sequential" and self.fw == "torch" and spec.torch_methods:
            forms.append("method")
        form = self.rng.choice(forms)
        args = self.draw_args(spec) if form == "module" else {}
        if self.fw == "torch" or form == "function":  # an axis is always written (PyTorch's implicit dim is deprecated)
            for name in spec.axis_args:
                args[name] = self.rng.choice(domain(spec, spec.arg(name), self.fw))
        return Step(spec.name, args, form)

    def layer(self, state: State) -> Step:
        """One step that fits `state` (may still be Invalid on its values; the caller retries)."""
        rng, fw = self.rng, self.fw
        if state.kind == "tok":
            spec = rng.choice(self.entries(state))
            return Step(spec.name, self.draw_args(spec))
        choices = ["act", "act"] + [s.name for s in self.entries(state) for _ in range(s.draw.weight)]
        if state.kind == "img" or state.sequence_like(fw):
            choices.append("to_vec")
        if state.sequence_like(fw) and self.style != "sequential" and self.recurrent_entries(state):
            choices.append("seq2seq")
        if self.style != "sequential":
            choices += [s.name for s in self.tensor_ops(state)]
            choices += [name for name in IDIOMS if name != "SqueezeExcite" or state.kind == "img"]
        pick = rng.choice(choices)
        if pick in IDIOMS:
            return self.idiom(pick, state)
        if pick in self.ops and self.ops[pick].kind == "tensor":
            return self.tensor_step(self.ops[pick], state)
        if pick == "act":
            return self.activation()
        if pick == "to_vec":
            return self.to_vec(state)
        if pick == "seq2seq":
            return self.seq2seq(state)
        spec = self.ops[pick]
        step = Step(pick, self.draw_args(spec))
        if spec.draw.states:
            self.recurrent(step)
        if fw == "torch" and spec.arg("batch_first"):
            step.args["batch_first"] = True
        if fw == "keras" and spec.arg("key_dim") and "num_heads" in step.args:
            step.args["key_dim"] = max(state.ch // step.args["num_heads"], 1)
        if fw == "keras" and spec.draw.fused_activation and rng.random() < 0.3:
            act = rng.choice([s for s in self.specs if s.keras_activation])
            step.extra["activation"] = act.keras_activation
        return step

    def tensor_ops(self, state: State) -> list[OpSpec]:
        """Tensor functions of one tensor drawn in code (torch.roll, x.chunk), spelled by the source framework."""
        return [s for s in self.specs if s.kind == "tensor" and s.draw and s.function_tensors == 1 and s.axis_args
                and (s.torch_functions if self.fw == "torch" else s.keras_functions) and fits(s, state, self.fw)]

    def tensor_step(self, spec: OpSpec, state: State) -> Step:
        """`torch.roll` / `keras.ops.roll` along one axis; or `x.chunk(2, dim)` (`torch.split`,
        `keras.ops.split`) whose halves are joined again. Axes in the source's layout, either sign."""
        axis, _ = self.rng.choice(axes(state, self.fw))
        rank = len(axes(state, self.fw)) + 1
        args = {**self.draw_args(spec), spec.axis_args[0]: axis - rank if self.rng.random() < 0.3 else axis}
        forms = ("function", "method") if self.fw == "torch" else ("function",)
        if not spec.parts:
            return Step(spec.name, args, self.rng.choice(forms))
        forms += ("split",) if self.fw == "torch" else ()
        return Step(spec.name, args, self.rng.choice(forms), {"combine": self.rng.choice(("add", "mul", "cat"))})

    def idiom(self, name: str, state: State) -> Step:
        """One of `IDIOMS`, its spelling choices in `extra` (the reducer leaves them): the axis (source layout,
        either sign), how a size is written (a literal, or read from the tensor: `x.size(1)`, `x.shape[-1]`)."""
        rng = self.rng
        extra = {"size": rng.choice(("literal", "read", "read"))}
        if name == "SqueezeExcite":
            extra.update(hidden=rng.choice((2, 4, 8)), form=rng.choice(("view", "index", "unsqueeze", "keepdims")),
                         merge=rng.choice(("operator", "layer")))
        elif name == "AddRange":
            channel = self.fw == "torch" and state.kind == "img" and rng.random() < 0.5
            extra.update(axis=1 if channel else -1, dtype=rng.random() < 0.5)
        else:
            axis, part = rng.choice(axes(state, self.fw))
            rank = len(axes(state, self.fw)) + 1
            extra["axis"] = axis - rank if rng.random() < 0.3 else axis
            if name == "SplitSizes":
                size = state.ch if part == "ch" else state.size[part]
                extra["first"] = rng.randint(1, max(size - 1, 1))
                extra["join"] = rng.choice(("cat", "cat", "add")) if size % 2 == 0 else "cat"
                if extra["join"] == "add":
                    extra["first"] = size // 2
        return Step(name, {}, "idiom", extra)

    def recurrent_entries(self, state: State) -> list[OpSpec]:
        return [s for s in self.entries(state) if s.draw.states]

    def recurrent(self, step: Step) -> None:
        if self.fw == "torch":
            step.args["batch_first"] = True
            step.form = self.rng.choice(["tuple", "states"])
            return
        step.args["return_sequences"] = self.rng.random() < 0.6
        if self.rng.random() < 0.2:
            step.extra["bidirectional"] = True
        if self.style != "sequential" and not step.args["return_sequences"] and self.rng.random() < 0.3:
            step.args["return_state"] = True

    def seq2seq(self, state: State) -> Seq2Seq:
        spec = self.rng.choice(self.recurrent_entries(state))
        units = self.rng.choice(domain(spec, spec.arg("hidden_size"), self.fw))
        first = {"hidden_size": units}
        if self.fw == "torch":
            first["batch_first"] = True
            return Seq2Seq(Step(spec.name, dict(first)), Step(spec.name, dict(first)))
        encoder = Step(spec.name, {**first, "return_state": True})
        decoder = Step(spec.name, {**first, "return_sequences": self.rng.random() < 0.5})
        return Seq2Seq(encoder, decoder)

    def to_vec(self, state: State) -> Step:
        """An entry ending the image or sequence, or (in code) the fuzzer's own last step / mean."""
        rng = self.rng
        options = [s.name for s in self.entries(state, to_vec=True)]
        if self.style != "sequential":
            options += ["LastStep", "MeanTime"] if state.sequence_like(self.fw) else []
            options += ["SpatialMean"] if state.kind == "img" else []
            options += ["ViewFlatten"] if state.kind in ("img", "seq") else []
        pick = rng.choice(options)
        spec = self.ops.get(pick)
        step = Step(pick, self.draw_args(spec) if spec else {})
        if pick == "ViewFlatten":
            step.extra["size"] = rng.choice(("literal", "read", "minus_one"))
        if self.style != "sequential" and spec is not None and spec.shape == "flatten" and self.fw == "torch":
            step.form = rng.choice(["module"] + ["function"] * bool(spec.torch_functions)
                                   + ["method"] * bool(spec.torch_methods))
        return step

    def fitting(self, state: State, make) -> tuple[object, State] | None:
        for _ in range(30):
            item = make(state)
            try:
                return item, advance(item, state, self.fw)
            except Invalid:
                continue
        return None

    def merge(self, state: State):
        rng = self.rng
        merges = [s for s in self.specs if s.kind == "merge" and s.draw and fits(s, state, self.fw)]
        merges = [s for s in merges if s.shape not in PRODUCTS or self.fw == "keras" or s.torch_functions]
        products = [s for s in self.specs if s.kind == "tensor" and s.draw and s.function_tensors == 2
                    and fits(s, state, self.fw)]
        spec = rng.choice([s for s in merges + products for _ in range(s.draw.weight)])
        width = state.ch if rng.random() < 0.5 else rng.choice((4, 8, 12))
        branches = []
        for i in range(2):
            if i == 1 and not spec.list_input and width == state.ch and rng.random() < 0.5:
                branches.append([])  # the skip connection
                continue
            branches.append(self.branch(state, width))
        if spec.shape in PRODUCTS:
            forms = ["operator", "function"] if self.fw == "torch" else ["layer"] * bool(spec.keras_layer) + ["function"]
        elif self.fw == "torch":
            forms = (["operator"] * bool(spec.draw.operator) + ["function"]) if not spec.list_input else ["function"]
        else:
            forms = ["layer"] * bool(spec.keras_layer) + ["function"]
        return Merge(spec.name, branches, rng.choice(forms))

    def widening(self, state: State, width) -> Step:
        """A layer setting the width, keeping the size (a branch's first layer, a loop's body)."""
        spec = self.rng.choice(self.entries(state, shapes=("conv", "linear")))
        if spec.shape == "linear":
            return Step(spec.name, {"out_features": width})
        k = self.rng.choice((1, 3))
        pad = {"padding": k // 2} if self.fw == "torch" else {"padding": "same"}
        return Step(spec.name, {"out_channels": width, "kernel_size": k, **pad})

    def keeping(self, state: State, *, bare: bool = False) -> Step:
        """A shape-keeping layer (a norm, dropout...); `bare`: one needing no argument."""
        options = [s for s in self.entries(state, shapes=("same",)) if s.draw.inputs == 1 and not (
            bare and any(default(a, self.fw) == REQUIRED for a in s.args
                         if (a.torch if self.fw == "torch" else a.keras) and not a.inferred))]
        spec = self.rng.choice(options)
        return Step(spec.name, self.always_args(spec) if bare else self.draw_args(spec))

    def always_args(self, spec: OpSpec) -> dict:
        """The arguments an entry always writes (Keras instance norm: groups=-1; else GroupNormalization's 32)."""
        values = {a.name: domain(spec, a, self.fw) for a in spec.args if spec.draw and a.name in spec.draw.always}
        return {name: v[0] for name, v in values.items() if v}

    def branch(self, state: State, width: int) -> list:
        rng = self.rng
        first = self.widening(state, width)
        if first.args.get("kernel_size") and rng.random() < 0.3:
            first.args["bias"] = False
        steps = [first]
        for _ in range(rng.randint(0, 2)):
            steps.append(self.activation() if rng.random() < 0.34 else self.keeping(state))
        return steps

    def repeat(self, state: State):
        rng = self.rng
        if state.kind not in ("img", "vec"):
            return None
        body = [self.widening(state, 0)]
        if rng.random() < 0.7:
            body.append(self.activation(layer_only=True))
        if state.kind == "img" and rng.random() < 0.4:
            body.append(self.keeping(state, bare=True))
        return Repeat(body, tuple(rng.choice((4, 8, 12)) for _ in range(rng.randint(2, 3))))

    def plan(self) -> Plan:
        rng = self.rng
        kinds = [k for k in INPUTS if not (self.style == "sequential" and self.fw == "torch" and k[0] == "seq")]
        kind, n, _ = rng.choices(kinds, weights=[w for *_, w in kinds])[0]
        if kind == "img":
            side = {1: rng.choice((16, 24, 32)), 2: rng.choice((8, 12, 16)), 3: rng.choice((6, 8))}[n]
            state = State("img", n, rng.choice((1, 3, 4)), (side,) * n)
        elif kind == "vec":
            state = State("vec", ch=rng.choice((6, 10, 16)))
        else:
            state = State(kind, ch=rng.choice((4, 8)) if kind == "seq" else 1, size=(rng.choice((5, 8)),))
            if kind == "seq" and self.fw == "keras":
                state = State("img", 1, state.ch, state.size)
        start, items = state, []
        structured = self.style in ("subclassed", "functional", "builder")
        if self.style == "builder":
            rep = self.fitting(state, lambda s: self.repeat(s) or self.layer(s))
            if rep:
                items.append(rep[0])
                state = rep[1]
        for _ in range(rng.randint(1, 6)):
            make = self.layer
            if structured and state.kind != "tok" and rng.random() < 0.2:
                make = self.merge
            got = self.fitting(state, make)
            if got:
                items.append(got[0])
                state = got[1]
        if (state.kind == "img" or state.sequence_like(self.fw)) and rng.random() < 0.8:
            got = self.fitting(state, self.to_vec)
            if got:
                items.append(got[0])
                state = got[1]
        if state.kind == "vec" and rng.random() < 0.7:
            head = self.rng.choice(self.entries(state, shapes=("linear",)))
            items.append(Step(head.name, self.draw_args(head)))
        if not items:
            items.append(self.keeping(state, bare=True))
        return Plan(self.fw, self.style, start, items)


def draw(seed: int, framework: str, style: str | None = None) -> Plan:
    rng = random.Random(seed)
    style = style or rng.choice(STYLES[framework])
    plan = Drawer(rng, framework, style).plan()
    plan.seed = seed
    walk(plan.items, plan.input, framework)  # valid by construction
    return plan
