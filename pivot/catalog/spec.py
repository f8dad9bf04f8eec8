"""The catalog's vocabulary: `Arg`, `OpSpec` and the registry the family modules fill (`register`)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

from pivot.catalog.domains import Domain, Draw
from pivot.catalog.shape_rules import SAME, ShapeRule
from pivot.model import Value

if TYPE_CHECKING:
    from pivot.catalog.weight_rules import WeightRule

REQUIRED = "<required>"  # marks an argument with no default
# the layer attribute marking a layer read from Pivot's Keras support class (`TorchRNN`): it is called with
# PyTorch's signature and returns PyTorch's outputs, so its call sites are PyTorch's already
TORCH_CALL = "torch_call"


@dataclass(frozen=True)
class Arg:
    """One constructor argument, as each framework spells it.

    `torch`/`keras` are keyword names (None: the framework has no such argument); `*_pos` are positional
    indices. `inferred` marks PyTorch arguments filled by shape inference (in_features, in_channels...).
    """

    name: str
    torch: str | None = None
    keras: str | None = None
    torch_pos: int | None = None
    keras_pos: int | None = None
    torch_default: Value = REQUIRED
    keras_default: Value = REQUIRED
    inferred: bool = False
    to_keras: Callable[[Value], Value] | None = None
    from_keras: Callable[[Value], Value] | None = None
    # What a value that only one side accepts means: the op is unsupported on the other side unless default.
    torch_only_default_ok: bool = True
    # The string values each side's spelling may take that Pivot migrates (empty: not checked); any other
    # string value is an error, never passed through
    torch_values: tuple[str, ...] = ()
    keras_values: tuple[str, ...] = ()
    # the values the argument accepts (per side where spelled differently): checks sizes, feeds the fuzzer
    domain: Domain | None = None
    # a value meaning "one per channel" (Keras GroupNormalization groups=-1): the inferred channel count in PyTorch
    per_channel: Value = None
    # the inferred PyTorch value is multiplied by this argument (depthwise out_channels by depth_multiplier)
    scaled_by: str | None = None
    # (code, message) reported when a truthy value of this argument is migrated: what the target side loses
    caveat: tuple[str, str] = ()
    # False here means these Keras arguments are False (affine=False: center=False, scale=False)
    keras_when_false: tuple[str, ...] = ()
    # (the one value PyTorch can express, why another is not migrated): Keras's go_backwards=True...
    torch_requires: tuple = ()
    # (the one value Keras can express, why another is not migrated; `{value!r}` is the value given)
    keras_requires: tuple = ()
    # an inferred size read from the input's last axis (the features), not from its channels (the first axis)
    inferred_from_last: bool = False
    # older Keras keywords read as this argument (Keras 2's `LeakyReLU(alpha=0.2)`, `tf.nn.leaky_relu(alpha=)`)
    keras_aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Variant:
    """Another Keras spelling of an entry, whose arguments select it (the training catalog's `Form(fixed=...)` for
    ops): `layers.ReLU(max_value=6)` is ReLU6, `layers.Bidirectional(LSTM(...))` an LSTM, bidirectional."""

    keras: str  # the qualified Keras class: "keras.layers.ReLU"
    args: tuple[str, ...] = ()  # its arguments, in positional order; those not fixed or carried must be unset
    fixed: tuple[tuple[str, Value], ...] = ()  # the values that select this entry
    carried: tuple[str, ...] = ()  # arguments that must be set and become this entry's attributes of that name
    wraps: bool = False  # a wrapper: its first argument is this entry's own layer call
    sets: tuple[tuple[str, Value], ...] = ()  # the attributes it implies
    optional: tuple[str, ...] = ()  # (wrappers) arguments passed on to this entry's attributes when given

    def matches(self, given: dict[str, Value]) -> bool:
        fixed = dict(self.fixed)
        return all(given.get(k) == fixed[k] if k in fixed else bool(given.get(k)) if k in self.carried
                   else not given.get(k) for k in self.args)


@dataclass(frozen=True)
class Seen:
    """What a layer emit hook knows of the layer's input: its shape after the batch axis (None: not known
    statically), whether it is image-like, whether the layer is itself the layout change (a channels-last ->
    channels-first permute), and `axis`, a source-side axis in the target's layout."""

    shape: tuple | None = None
    image: bool = False
    layout_change: bool = False
    axis: Callable[[Value], Value] = lambda axis: axis
    # the rank is a guess from the first layer reading a model input (a first nn.Linear: (N, F) or (N, T, F))
    rank_guessed: bool = False
    # its result is an image where its input is not (a reshape into the image a conv reads: `image_reshapes`)
    image_result: bool = False


@dataclass(frozen=True)
class SupportCall:
    """How a migrated Keras file calls Pivot's support class `cls` for an entry, so the Keras reader reads it back
    as that entry: PyTorch's arguments after `leading` positional values that select the entry
    (`TorchRNN("lstm", 32)`), the first `skipped` PyTorch positions not passed (an inferred input size);
    `selects` keywords (keyword, value selecting the entry, value when not given) and `rank` (the `rank=` keyword,
    else the length of a literal first argument, else 2) select it too and are not PyTorch arguments."""

    cls: str
    leading: tuple[Value, ...] = ()
    skipped: int = 0
    selects: tuple[tuple[str, Value, Value], ...] = ()
    rank: int = 0


class Unsupported(str):
    """An emit hook's answer that the construct is not migrated: why (reported beside the layer's source)."""


@dataclass(frozen=True)
class OpSpec:
    name: str
    kind: str  # "layer" | "activation" | "merge" | "reshape" | "container"
    doc: str = ""
    torch_module: str | None = None  # qualified: "torch.nn.Conv2d"
    torch_modules_by_rank: tuple[tuple[int, str], ...] = ()  # BatchNorm1d/2d/3d by input rank
    # the input ranks whose PyTorch module (of `torch_modules_by_rank`) refuses any other rank when called
    # (BatchNorm2d/3d: a ValueError): a layer factory may get one when some calls tell it and none contradict it
    torch_rank_checked: tuple[int, ...] = ()
    torch_lazy: str | None = None  # lazy twin used when an inferred argument is unknown
    keras_layer: str | None = None  # qualified: "keras.layers.Conv2D"
    keras_layer_aliases: tuple[str, ...] = ()
    args: tuple[Arg, ...] = ()
    torch_functions: tuple[str, ...] = ()  # "torch.nn.functional.relu", "torch.relu"
    torch_methods: tuple[str, ...] = ()  # tensor methods: x.relu()
    tensor_attributes: tuple[str, ...] = ()  # tensor attributes: x.ndim
    keras_functions: tuple[str, ...] = ()  # "keras.ops.relu", "tensorflow.nn.relu"
    keras_activation: str | None = None  # the string of keras `activation=`
    keras_activation_aliases: tuple[str, ...] = ()
    spatial: int = 0  # 1, 2, 3 for conv/pool ops; 0 otherwise
    shape: str = "same"  # shape rule in pivot.shapes
    weights: str | None = None  # weight rule in pivot.weights
    axis_args: tuple[str, ...] = ()  # canonical args that name an axis (remapped under layout change)
    layout_sensitive: bool = False  # input/output are image-like (channels-first in torch, last in keras)
    list_input: bool = False  # the tensors come as one list argument (cat, stack)
    varargs: str | None = None  # tensor-method form collects all positional arguments here (x.permute(0, 2, 1))
    layout_fixed: bool = False  # changes axes in a way Pivot does not remap for image-like values
    # the axis argument numbers the output, which has one more axis than the input (unsqueeze, stack)
    new_axis: bool = False
    # an op returning (values, indices) (`x.max(dim=1)`): the entries giving each; `elementwise` is the entry
    # for its two-tensor form (`torch.max(a, b)`)
    pair: tuple[str, str] = ()
    elementwise: str | None = None
    # why given attributes cannot be migrated (None: they can); reported as PIV103 by the backends
    unsupported: Callable[[dict], str | None] | None = None
    # the op as (entry name, attributes) the other side can write once the length of the axis it reads is known
    # statically (a Keras split at indices as torch.split's part sizes); None: as it is (`unsupported` decides)
    by_axis_length: Callable[[dict, int], tuple[str, dict] | None] | None = None
    # changes nothing on a value of this per-sample shape, given whether its rank is only guessed (PyTorch's
    # squeeze of an axis whose size is not 1): written as the value itself, where the target's op would raise
    no_op_at: Callable[[dict, tuple, bool], bool] | None = None
    notes: tuple[str, ...] = field(default=())  # semantic caveats shown in hovers
    weight_rule: WeightRule | None = None  # how its parameters map (pivot.catalog.weight_rules); weights asks it
    identity_at_inference: bool = False  # passes its input on unchanged at inference (dropout, identity)
    casts: bool = False  # changes the values' type only, never their layout (`x.float()`): readers see its input
    # how a model generator (the fuzzer) uses the op: input kinds, weight, states, partners (None: not drawn)
    draw: Draw | None = None
    shape_rule: ShapeRule = SAME  # how its output's shape follows from its inputs' (read by pivot.shapes)
    # the axis it reads features on where the layouts differ: 1 the channels, -1 the last (a Keras input is moved)
    feature_axis: int | None = None
    keeps_features: bool = False  # an elementwise merge: flattened image features keep their order through it
    feature_norm: bool = False  # a 1-D norm over features: keeps their order, its per-feature parameters follow it
    feature_weights: bool = False  # reads features through weight columns (dense): transfer permutes them
    # the stem of the PyTorch attribute a Keras layer without a name becomes (`fc` for Dense, `conv`)
    name_prefix: str = ""
    # other Keras spellings of this entry (`layers.ReLU(max_value=6)` is ReLU6; Bidirectional(LSTM(...)))
    variants: tuple[Variant, ...] = ()
    # the PyTorch switches for Keras's center/scale: (both off, the shift alone off); a norm's affine
    affine_switches: tuple[str, ...] = ()
    # the Keras `axis` values migrated (a norm over the channels: the last axis, or 3 of an image)
    keras_axes: tuple[int, ...] = (-1,)
    # attributes that must be literal integers when read from Keras (the PyTorch layer's sizes)
    keras_literal_ints: tuple[str, ...] = ()
    # its input is a sequence (N, L, F) (attention, transformers): features alone need a time axis
    sequence_input: bool = False
    # the attribute bounding its integer input (an embedding's vocabulary size)
    vocabulary_arg: str = ""
    # the attribute that gives the size of its flat (N, F) input (a dense layer's in_features)
    flat_features_arg: str = ""
    # it follows training/eval mode; its functional form must be told (F.dropout(training=self.training))
    mode_dependent: bool = False
    # its function form takes this many tensors before its attributes (matmul: 2)
    function_tensors: int = 1
    # which of those tensors its method form is called on (`x.where(cond, y)`: torch.where(cond, x, y), 1)
    method_receiver: int = 0
    # the reduction over the last axis its Keras layer computes with data_format="channels_first" (a global 1-D
    # pool reading (N, C, L): keras.io's timeseries transformer), read as that tensor op's entry name
    channels_first_reduce: str | None = None
    # the Python operators that spell it (`a + b`, `a += b`): libcst operator class names
    python_operators: tuple[str, ...] = ()
    # defaults of its Keras activation function where they differ from its layer's (keras.activations.leaky_relu,
    # `Activation("leaky_relu")`, activation="leaky_relu": slope 0.2; layers.LeakyReLU: 0.3)
    keras_function_defaults: tuple[tuple[str, Value], ...] = ()
    # a recurrent layer: how many state tensors it carries (LSTM: h and c); 0 for any other op
    recurrent_states: int = 0
    # called as (query, value[, key]) in Keras and (query, key, value) in PyTorch
    attention: bool = False
    # the names of the Keras layer's tensor call parameters in positional order (MultiHeadAttention's query, value,
    # key): a call passing them by keyword (`attention(query=x, value=x, key=x)`) is read as the positional one
    keras_call_inputs: tuple[str, ...] = ()
    # its Keras layer takes its tensors as one list (`layers.AdditiveAttention()([q, v])`), where the PyTorch
    # module Pivot writes for it also takes them one by one (`attention(q, v)`): the way back writes the list
    keras_list_call: bool = False
    # why a call of its module given more than its one tensor is not migrated (nn.EmbeddingBag's `offsets`,
    # `per_sample_weights`); empty: such calls are not checked
    one_tensor_only: str = ""
    # lazy PyTorch modules by input rank (BatchNorm: LazyBatchNorm1d/2d/3d), the first one for other ranks
    torch_lazy_by_rank: tuple[tuple[int, str], ...] = ()
    # Pivot's Keras support class standing for the PyTorch module (called with PyTorch's arguments)
    keras_support_class: str | None = None
    # emit hooks for what is genuinely op-specific (None: the backend's generic driver): attributes -> code
    emit_torch: Callable[[dict], str | None] | None = None  # the nn module for a Keras layer or activation
    emit_torch_call: Callable[[dict, str], str | None] | None = None  # the functional call on a tensor's code
    emit_keras: Callable[[dict], str | None] | None = None  # the Keras layer for a PyTorch module
    # the Keras code of its function form over every tensor's code (F.linear's optional bias)
    emit_keras_call: Callable[[dict, list], str | None] | None = None
    # the Python operator PyTorch writes this merge with ("+" for Add)
    operator: str | None = None
    # the Keras layer follows the input's rank: input rank -> entry name (nn.Upsample: UpSampling1D/2D)
    keras_entry_by_rank: tuple[tuple[int, str], ...] = ()
    # why the PyTorch module is not migrated to Keras (None: it is)
    keras_missing: str | None = None
    # the PyTorch code of this Keras layer depends on its input's rank and layout, which must be known statically
    needs_input_shape: bool = False
    # layer hooks that depend on the input (see `Seen`): the PyTorch module refining the generic code, the Keras
    # layer; each returns None for the generic code, or an `Unsupported` reason
    emit_torch_layer: Callable[[dict, Seen, str], str | None] | None = None
    emit_keras_layer: Callable[[dict, Seen], str | None] | None = None
    # pooling's reduction: "max" (its padding is -inf, which never wins) or "avg"; None for other ops
    reduction: str | None = None
    # its arguments are sizes that may be read from tensors (`x.view(x.size(0), -1)`): rewritten for the layout
    sized_by_tensors: bool = False
    parts: bool = False  # returns a tuple of like tensors (`x.chunk(2, 1)`): each unpacked one has its shape
    idiom: str | None = None  # a PyTorch function recognised whole as this op (frontends.patterns.IDIOMS)
    torch_code: str | None = None  # PyTorch code over the tensors {0}, {1}, ... where no function computes it
    keras_code: str | None = None  # Keras code over {x} and the args when its function orders them otherwise
    torch_support_code: str = ""  # the class Pivot writes into a PyTorch file when `torch_module` names it
    keras_ops_defaults: tuple[tuple[str, Value], ...] = ()  # its keras.ops function's own defaults (ops.gelu: tanh)
    # its torch function's and method's own defaults where its module's differ (torch.flatten: start_dim=0)
    torch_call_defaults: tuple[tuple[str, Value], ...] = ()
    # how Pivot's Keras support class for it is called (read back as this entry); default: `keras_support_class`
    keras_support_call: SupportCall | None = None
    # where its Keras function takes the tensor, when not first (`keras.ops.where(mask, value, x)`: 2)
    keras_tensor_position: int = 0
    # the argument listing one size per axis, batch first (`x.expand(n, c, h, w)`): reordered for an image's layout
    per_axis_sizes: str = ""
    # an elementwise merge that, of a tensor and a number (`keras.ops.maximum(x, 1e-7)`), clamps the tensor: the
    # bound it is to `torch.clamp` ("min" for maximum, "max" for minimum)
    clamp_bound: str = ""
    # the attribute its function takes before its tensors, which follow as positional arguments or one list
    # (einsum's equation: `torch.einsum("bqd,bkd->bqk", q, k)`, `torch.einsum(eq, [q, k])`)
    leading_attr: str = ""

    @property
    def recurrent(self) -> bool:
        """A recurrent layer (LSTM, GRU, RNN): reads (N, L, F) sequences, returns (output, states)."""
        return self.recurrent_states > 0

    @property
    def support_call(self) -> SupportCall | None:
        """The call of Pivot's Keras support class that stands for this entry in a migrated Keras file."""
        if self.keras_support_call is None and self.keras_support_class:
            return SupportCall(self.keras_support_class)
        return self.keras_support_call

    def arg(self, name: str) -> Arg | None:
        return next((a for a in self.args if a.name == name), None)

    def torch_defaults(self) -> dict[str, Value]:
        return {a.name: a.torch_default for a in self.args if a.torch and a.torch_default != REQUIRED}

    def keras_defaults(self) -> dict[str, Value]:
        out = {}
        for a in self.args:
            if a.keras and a.keras_default != REQUIRED:
                out[a.name] = a.from_keras(a.keras_default) if a.from_keras else a.keras_default
        return out


CATALOG: dict[str, OpSpec] = {}


def register(spec: OpSpec) -> OpSpec:
    assert spec.name not in CATALOG, spec.name
    CATALOG[spec.name] = spec
    return spec


def op(name: str) -> OpSpec:
    return CATALOG[name]
