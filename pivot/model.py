"""The pivot model: framework-neutral, immutable descriptions of neural networks.

Plain data only (no torch, no tensorflow, no libcst nodes), so the language server, the CLI and the
tests can all hold it. Every element carries the `Span` of the source it came from.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator, Union

FRAMEWORKS = ("torch", "keras")
TARGETS = {"tensorflow": "keras", "pytorch": "torch", "keras": "keras", "torch": "torch"}


@dataclass(frozen=True, order=True)
class Span:
    """A source range: lines are 1-based, columns 0-based (libcst's convention)."""

    line: int
    col: int
    end_line: int
    end_col: int
    # at the file's own lines already (an inlined functional block's): never shifted; not part of its identity
    fixed: bool = field(default=False, compare=False)

    def contains(self, line: int, col: int) -> bool:
        return (self.line, self.col) <= (line, col) <= (self.end_line, self.end_col)

    def shifted(self, lines: int) -> "Span":
        return self if self.fixed else Span(self.line + lines, self.col, self.end_line + lines, self.end_col)


NO_SPAN = Span(0, 0, 0, 0)
# a layer attribute: ((name, dataflow value), ...) for the tensors whose sizes its arguments read
# (`Conv1D(filters=inputs.shape[-1])` in a functional block); shape inference reads them
TENSOR_SHAPES = "tensor_shapes"
# a node attribute: the op stands for a Keras layer the source constructs (`GlobalAveragePooling1D(data_format=
# "channels_first")(x)` read as a mean), which has no PyTorch module; the value is the number of the model's
# layers constructed before it, so verify matches the recorded Keras layers to the others by creation order
BUILT_AT = "built_at"
# a layer attribute: the rank of its input where the sequence it runs in fixes it (a BatchNormalization after a
# Conv2D in a block built by code, which has no dataflow of its own); set by the Keras frontend
INPUT_RANK = "input_rank"
# a Sequential layer's attribute: the model class of the file its list starts with (`keras.Sequential([*features])`
# after `features = [Conv2dNormActivation(...)]`), whose input is the Sequential's
FIRST_BLOCK = "first_block"
# a layer attribute: the module-level function of the file that builds it (`self.conv = make_conv3()`, a function
# whose body is one `return nn.Conv2d(...)`), read as that layer; the backends keep the call when the function's own
# migration is what this call site needs, else write the layer in its place
FACTORY = "factory"
# a Sequential layer's attribute: the nn.Sequential a helper of the file returns, read in place of the call with its
# arguments bound (`conv_bn_act(16, 32, act=nn.SiLU)`, model.FACTORY); the backends write its layers in place
INLINED = "inlined"
# an INLINED Sequential's attribute: the call passes no PyTorch object (`conv_bn_act(16, 32)`), so the helper's own
# migration builds what it needs unless the call site's layout changes its layers' code: the call is then kept
INLINED_CALL = "inlined_call"
# a layer attribute: a layer over the last axis that reads the channel axis of a channels-first image, its result an
# image again (a PyTorch module in Pivot's `ChannelsLast` support module, written for a Keras Dense or
# LayerNormalization over an image's channels inside a Sequential; the nn.LayerNorm of a class of the file that permutes
# the image channels-last around it, torchvision's LayerNorm2d); in Keras it is the layer itself. An nn.LayerNorm
# without it reads the last axis: the width of a channels-first image
OVER_CHANNELS = "over_channels"
# a layer attribute: the constructor parameter and its value that chose the layer's class (`getattr(nn, rnn_type)(...)`
# with rnn_type "LSTM" where the file builds the model): the backends write the layer for that value only
CHOSEN_BY = "chosen_by"
# a Flatten node's attribute: it reads an image moved channels-first (`keras.ops.moveaxis(x, -1, 1)`, as Pivot writes
# a flatten in PyTorch's order), so its features come in PyTorch's order: no weight permutation after it
TORCH_ORDER = "torch_order"
# a Flatten node's attribute: the literal number of features per sample its reshape names (`x.view(-1, 1)`,
# `x.reshape(-1, 512)`): as a flatten, the image's sizes multiply to it, so sizes the analysis does not know are
# 1 where the known ones already make that number (DCGAN's `output.view(-1, 1)` of a one-channel conv output)
FLAT_WIDTH = "flat_width"


@dataclass(frozen=True)
class Expr:
    """A value that is not a literal, kept as the source expression (e.g. a constructor parameter)."""

    code: str

    def __str__(self) -> str:
        return self.code


# Attribute values: Python literals (int, float, bool, str, None, tuples of them) or symbolic `Expr`s.
Value = Union[int, float, bool, str, None, tuple, Expr]


def is_literal(value: Value) -> bool:
    if isinstance(value, tuple):
        return all(is_literal(v) for v in value)
    return not isinstance(value, Expr)


def value_code(value: Value) -> str:
    """Python source for a value."""
    if isinstance(value, Expr):
        return value.code
    if isinstance(value, (tuple, list)) and any(isinstance(v, (Expr, tuple, list)) for v in value):
        inner = ", ".join(value_code(v) for v in value)  # a tuple of parameters: `(strides, strides)`
        return f"[{inner}]" if isinstance(value, list) else f"({inner}{',' if len(value) == 1 else ''})"
    if isinstance(value, float) and value != value:  # nan
        return "float('nan')"
    if isinstance(value, float) and value in (float("inf"), float("-inf")):
        return "float('inf')" if value > 0 else "-float('inf')"
    return repr(value)


@dataclass(frozen=True)
class Diagnostic:
    """A finding about the source, with a stable code (see `pivot.diagnostics`)."""

    code: str
    severity: str  # "error" | "warning" | "information" | "hint"
    message: str
    span: Span = NO_SPAN
    target: str | None = None  # the framework it concerns ("torch" | "keras"), None for both

    def format(self, path: str) -> str:
        return f"{path}:{self.span.line}:{self.span.col + 1}: {self.severity}: {self.code} {self.message}"


@dataclass(frozen=True)
class Attrs:
    """An immutable, ordered mapping of canonical attribute names to values."""

    items: tuple[tuple[str, Value], ...] = ()

    @staticmethod
    def of(mapping: dict[str, Value]) -> "Attrs":
        return Attrs(tuple(mapping.items()))

    def get(self, key: str, default: Value = None) -> Value:
        for k, v in self.items:
            if k == key:
                return v
        return default

    def __contains__(self, key: str) -> bool:
        return any(k == key for k, _ in self.items)

    def __iter__(self) -> Iterator[tuple[str, Value]]:
        return iter(self.items)

    def as_dict(self) -> dict[str, Value]:
        return dict(self.items)


@dataclass(frozen=True)
class Layer:
    """A submodule declaration: a catalog op with canonical attributes.

    `name` is the layer's path in the model (``conv1``, ``features.0``, or the attribute name chosen for a
    functional Keras layer); `explicit` lists the attributes the user wrote (the rest are defaults).
    `children` holds the elements of a container (a Sequential). `activation` is a fused Keras
    ``activation=`` argument, kept as a pivot activation op name.
    """

    name: str
    op: str
    attrs: Attrs = Attrs()
    explicit: tuple[str, ...] = ()
    span: Span = NO_SPAN
    source: str = ""
    activation: str | None = None
    children: tuple["Layer", ...] = ()


@dataclass(frozen=True)
class Node:
    """One step of the forward dataflow.

    `op` is ``"layer"`` (a call of the declared layer `layer`), a catalog op name for a functional op or a
    tensor method (``relu``, ``flatten``, ``add``, ``concat``...), or ``"opaque"`` for code Pivot does not
    understand (kept verbatim in `source`). `inputs` name values (variables, or ``%n`` for the result of
    an unnamed nested node); `outputs` are the names bound to its result.
    """

    op: str
    inputs: tuple[str, ...] = ()
    outputs: tuple[str, ...] = ()
    layer: str | None = None
    attrs: Attrs = Attrs()
    span: Span = NO_SPAN
    source: str = ""
    form: str = ""  # how the source spelled it: "call" | "function" | "method" | "operator" | "apply"
    tensor_args: tuple[int, ...] = ()  # positions of the tensor arguments in a "function" call


@dataclass(frozen=True)
class Param:
    """A constructor (or builder-function) parameter, kept symbolic."""

    name: str
    default: Value = None
    has_default: bool = False


@dataclass(frozen=True)
class Network:
    """A model found in the source.

    `style` is ``"subclass"`` (nn.Module / keras.Model subclass), ``"sequential"`` or ``"functional"``.
    `inputs` are the forward/call parameters or the functional `Input` names; `input_shapes` are declared
    per-sample shapes in the *source* layout (Keras: channels-last), where known.
    """

    name: str
    framework: str
    style: str
    span: Span
    params: tuple[Param, ...] = ()
    layers: tuple[Layer, ...] = ()
    inputs: tuple[str, ...] = ()
    input_shapes: tuple[tuple | None, ...] = ()
    nodes: tuple[Node, ...] = ()
    outputs: tuple[str, ...] = ()
    docstring: str | None = None
    diagnostics: tuple[Diagnostic, ...] = ()
    binding: str | None = None  # variable/function that holds a Sequential or functional model
    # layer constructors not bound to a fixed attribute (in helpers, loops, comprehensions): rewritten in
    # place; their weights are matched by walking the built models
    templates: tuple[Layer, ...] = ()
    uses: tuple[str, ...] = ()  # other top-level definitions of the file this one refers to
    bases: tuple[str, ...] = ()  # model classes of the same file this class inherits from
    # a model built by module-level statements: the spans of its own statements (others may lie between)
    parts: tuple[Span, ...] = ()
    image_rank: int = 0  # per-sample rank of the images the models of the file it uses take (a block of blocks)
    # (class, input rank) of the module classes of the file its list-built chains give images (`modules += [nn.Conv1d(
    # ...), SE1d(c)]`): the rank the chain fixes there (frontends.chains), read by shapes.with_images_from_callers
    chained_ranks: tuple[tuple[str, int], ...] = ()
    # builder parameters a loop was unrolled for at their default: (name, value); other values are refused
    pinned: tuple[tuple[str, Value], ...] = ()
    # custom layers of the file it uses whose input is a sequence (N, T, F): what they read stays features-last
    sequence_blocks: tuple[str, ...] = ()
    # custom Keras layers of the file it uses that return a sequence of another rank than they take (token ids to
    # embeddings: +1): (class, rank change)
    block_ranks: tuple[tuple[str, int], ...] = ()
    # models of the file it uses whose output their own analysis tells (d2l's `b5` ending in nn.Flatten): (name,
    # rank change (None: absolute), output rank, image?) (`pivot.shapes.with_block_outputs`)
    block_outputs: tuple[tuple[str, bool, int, bool], ...] = ()
    # models and helpers of the file it uses that work on images (a conv or pool of their own, also one built in a
    # loop): what such a block returns, where its analysis does not tell, may be an image of unknown rank and layout
    # (`pivot.shapes.with_block_outputs`)
    image_blocks: tuple[str, ...] = ()
    # layer factories of its constructor (`norm_layer`: a parameter, or a local lambda) whose calls run in chains:
    # (name, index of the template its lambda builds or -1, the chain ranks of its calls (None: untold), the
    # (model class of the file, parameter name or position) it is passed to, whether it is used any other way,
    # the attributes it is kept in whose reads in the class's methods were followed)
    factories: tuple[tuple[str, int, tuple, tuple, bool, tuple], ...] = ()
    # the `self.<name>` attributes its class body mentions (a subclass's reads of a factory its base keeps in one,
    # `self._norm_layer`, that the base's own methods were followed for: the last field of `factories`)
    attribute_reads: tuple[str, ...] = ()
    # the chains of layers its constructor builds (frontends.chains.block_chains): (its own list?, elements)
    block_chains: tuple[tuple[bool, tuple], ...] = ()
    # attributes its constructor assigns a layer built by code (`self.bn1 = norm_layer(planes)`, `setattr(self,
    # f"bn{i}", ...)`): (the attribute as `call()` names it, the index of the template building it or -1, the
    # factory called or ""); their input ranks are read from the dataflow (`pivot.shapes.with_factory_ranks`)
    attribute_templates: tuple[tuple[str, int, str], ...] = ()
    # containers its constructor fills in a loop (`self.convs.append(nn.Conv2d(...))`): (attribute, the span of
    # the first layer built into it), which is a template
    grown: tuple[tuple[str, Span], ...] = ()
    used: bool = False  # another model of the file uses it (a Keras Sequential built by a helper: sized where used)
    # the keys of a dict of named outputs (`keras.Model(inputs, {"priority": p, ...})`), one per output, in order
    output_keys: tuple[str, ...] = ()
    # a custom Keras layer with a build(self, input_shape), which its PyTorch forward() calls on the first call
    builds: bool = False
    # the tensor parameters of the methods forward calls (`self.forward_once(input1)`): (method, parameters),
    # which take the shapes of what every call passes (pivot.shapes)
    method_params: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # where each of those methods' dataflow lies in `nodes` and what it returns: (method, first node index, end
    # index, returned values), "" for a method forward does not call; a method forward calls once is followed at
    # its call (pivot.shapes)
    method_nodes: tuple[tuple[str, int, int, tuple[str, ...]], ...] = ()

    def producer(self, value: str) -> Layer | None:
        """The layer whose call produced dataflow value `value`, if a layer call did."""
        node = next((n for n in self.nodes if value in n.outputs), None)
        return self.layer(node.layer) if node is not None and node.op == "layer" and node.layer else None

    def layer(self, name: str) -> Layer | None:
        for layer in iter_layers(self.layers):
            if layer.name == name:
                return layer
        return None

    @property
    def blocking(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.severity == "error")


def iter_layers(layers: tuple[Layer, ...]) -> Iterator[Layer]:
    """Depth-first over layers and the elements of containers."""
    for layer in layers:
        yield layer
        yield from iter_layers(layer.children)


@dataclass(frozen=True)
class TrainingOp:
    """An optimizer, loss or learning-rate schedule of the file's training code, in canonical attributes
    (PyTorch's names, every default filled in) so either framework's spelling can be written from it."""

    kind: str  # "optimizer" | "loss" | "schedule" | "loop" (epochs, batch size, shuffling, metrics)
    op: str  # its entry in the training catalog: "Adam", "CrossEntropy", "ExponentialDecay", "Fit"
    framework: str  # "torch" | "keras": how the source spells it
    attrs: Attrs = Attrs()
    span: Span = NO_SPAN


@dataclass(frozen=True)
class Analysis:
    """The pivot analysis of one file."""

    networks: tuple[Network, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = field(default=())  # file-level (syntax, imports)
    training: tuple[TrainingOp, ...] = ()
    training_diagnostics: tuple[Diagnostic, ...] = ()  # training code Pivot cannot migrate, and caveats

    def network(self, name: str) -> Network | None:
        return next((n for n in self.networks if n.name == name), None)

    def all_diagnostics(self) -> tuple[Diagnostic, ...]:
        found = list(self.diagnostics) + list(self.training_diagnostics)
        for net in self.networks:
            found.extend(net.diagnostics)
        return tuple(found)


def to_jsonable(obj: Any) -> Any:
    """The JSON form of any pivot element."""
    if isinstance(obj, Expr):
        return {"expr": obj.code}
    if isinstance(obj, Attrs):
        return {k: to_jsonable(v) for k, v in obj.items}
    if isinstance(obj, Span):
        return [obj.line, obj.col, obj.end_line, obj.end_col]
    if hasattr(obj, "__dataclass_fields__"):
        return {k: to_jsonable(getattr(obj, k)) for k in obj.__dataclass_fields__}
    if isinstance(obj, (tuple, list)):
        return [to_jsonable(v) for v in obj]
    if isinstance(obj, float) and (obj != obj or obj in (float("inf"), float("-inf"))):
        return str(obj)
    return obj
