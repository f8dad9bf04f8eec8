"""Dense layers, dropout, flatten, identity and embeddings."""
from __future__ import annotations

import math

from pivot.catalog.domains import FLAGS, RATE, UNITS, Draw, Floats, Ints
from pivot.catalog.shape_rules import Call, ShapeRule, dim
from pivot.catalog.spec import Arg, OpSpec, Seen, SupportCall, Unsupported, register
from pivot.catalog.spelling import BIAS, PER_STEP, PER_STEP_IMAGE, F, K, T
from pivot.catalog.weight_rules import Bilinear, Dense, Table, TiedDense


TIED_LINEAR = "TiedLinear"  # the entry the torch frontend makes of a weight tie (it reads no module of its own)
# a nn.Linear tied under a condition (`if tie_weights:`): the condition as code; the layer is a TIED_LINEAR where the
# file's values run the tie, else a Linear, and Keras builds `TorchTiedLinear(...) if tie_weights else layers.Dense(...)`
TIED_IF = "tied_if"


def _tied_linear(attrs: dict, seen: Seen) -> str | Unsupported:
    """`self.decoder.weight = self.encoder.weight`: `TorchTiedLinear(self.encoder, units)` (the tied layer is
    made first: the frontend checks it)."""
    bias = attrs.get("bias", True)
    bias = "" if bias is True else f", use_bias={bias.code if hasattr(bias, 'code') else bias}"  # (a parameter)
    units = attrs.get("out_features")
    return f"TorchTiedLinear(self.{attrs.get('tied')}, {units.code if hasattr(units, 'code') else units}{bias})"


class LinearShape(ShapeRule):
    """A dense layer: the last axis becomes `out_features`."""

    any_rank = True

    def shape(self, x: tuple, call: Call):
        return x[:-1] + (dim(call.attrs.get("out_features")),), False

    def first_input(self, spec: OpSpec, attrs):
        return (dim(attrs.get("in_features")),), False

    def order_free(self, attrs: dict) -> bool:
        return True


class BilinearShape(LinearShape):
    """nn.Bilinear(x1, x2): the first input's shape with the last axis `out_features` (x2 matches it but for its last
    axis); a model input it reads first is (in1_features,), or (in2_features,) as its second tensor."""

    def first_input(self, spec: OpSpec, attrs):
        return (dim(attrs.get("in1_features")),), False

    def input_at(self, spec: OpSpec, attrs, position: int):
        return ((dim(attrs.get("in2_features")),), False) if position == 1 else self.first_input(spec, attrs)


class FlattenShape(ShapeRule):
    """All axes after the batch into one."""

    flattens = True

    def shape(self, x: tuple, call: Call):
        attrs = flatten_axes_from_front(call.attrs, len(x))
        if not self.flattens_at(attrs):
            return _trailing_flatten(x, attrs["start_dim"], call.sp)
        return (math.prod(x) if all(isinstance(d, int) for d in x) else None,), False

    def flattens_at(self, attrs: dict) -> bool:
        """`x.flatten(2)` merges the axes from a later start to the last (1 is the usual, whole flatten)."""
        start = attrs.get("start_dim", 1)
        return not (isinstance(start, int) and start > 1 and attrs.get("end_dim", -1) == -1)


def flatten_axes_from_front(attrs: dict, sample_rank: int) -> dict:
    """`torch.flatten(x, -3)` of an (N, C, H, W) tensor is `torch.flatten(x, 1)` (and `end_dim=3` is -1): a flatten's
    axes counted one way, from the front for the start and from the back for the end, its input's rank known."""
    rank, start, end = sample_rank + 1, attrs.get("start_dim", 1), attrs.get("end_dim", -1)
    return attrs | ({"start_dim": start + rank} if isinstance(start, int) and -rank <= start < 0 else {}) | \
        ({"end_dim": -1} if end == rank - 1 and "end_dim" in attrs else {})


def _trailing_flatten(x: tuple, start: int, image: bool):
    """The per-sample shape after merging the axes from `start`; an image flattened from its first spatial
    axis (`x.flatten(2)`: (C, H * W)) is a 1-D image, channels-first in PyTorch and last in Keras."""
    k = start - 1
    if k >= len(x):
        return None, False
    rest = x[k:]
    merged = math.prod(rest) if all(isinstance(d, int) for d in rest) else None
    return x[:k] + (merged,), image and start == 2


class EmbeddingShape(ShapeRule):
    """Token ids (N, L) to vectors (N, L, embedding_dim)."""

    def shape(self, x: tuple, call: Call):
        return x + (dim(call.attrs.get("embedding_dim")),), False

    def first_input(self, spec: OpSpec, attrs):
        return (None,), False


class BagShape(EmbeddingShape):
    """Fixed-length bags of token ids (N, L) to one vector each (N, embedding_dim)."""

    def shape(self, x: tuple, call: Call):
        return (x[:-1] + (dim(call.attrs.get("embedding_dim")),), False) if len(x) == 1 else (None, False)


def _bag_unsupported(attrs: dict) -> str | None:
    """What Pivot's `TorchEmbeddingBag` does not compute: a padding index left out of each bag's reduction, a
    renormalized row, weights per sample, the last offset as the end."""
    # (`is`: padding_idx=0 is given, though 0 == False)
    given = [k for k in ("padding_idx", "max_norm", "include_last_offset") if attrs.get(k) is not None
             and attrs.get(k) is not False]
    if given:
        return f"{', '.join(given)} of nn.EmbeddingBag is not migrated (only bags reduced by mode)"
    return None


def _core() -> None:
    """The layers every model has."""
    register(OpSpec(
        name="Linear", kind="layer", doc="fully connected layer",
        torch_module=f"{T}Linear", torch_lazy=f"{T}LazyLinear", keras_layer=f"{K}Dense",
        args=(
            Arg("in_features", torch="in_features", torch_pos=0, inferred=True, inferred_from_last=True),
            Arg("out_features", torch="out_features", keras="units", torch_pos=1, keras_pos=0, domain=UNITS),
            BIAS,
        ),
        shape="linear", weights="dense", shape_rule=LinearShape(), feature_axis=-1, feature_weights=True,
        draw=Draw(("vec", "seq"), weight=2, fused_activation=True),
        weight_rule=Dense(), name_prefix="fc", flat_features_arg="in_features", variants=(PER_STEP,),
    ))
    register(OpSpec(  # the torch frontend reads `self.decoder.weight = self.encoder.weight` as this entry
        name=TIED_LINEAR, kind="layer", doc="fully connected layer whose weight is another layer's (weight tying)",
        torch_module="TiedLinear", keras_layer="TorchTiedLinear",
        args=(
            Arg("in_features", torch="in_features", torch_pos=0, inferred=True, inferred_from_last=True),
            Arg("out_features", torch="out_features", keras="units", torch_pos=1, keras_pos=0, domain=UNITS),
            BIAS,
            Arg("tied", torch="tied", keras="tied"),  # the attribute holding the layer whose weight it uses
        ),
        shape="linear", shape_rule=LinearShape(), feature_axis=-1, weights="tied_dense",
        weight_rule=TiedDense(), name_prefix="fc", emit_keras_layer=_tied_linear,
        notes=("Keras gets Pivot's `TorchTiedLinear`, which reads the tied Embedding's matrix (or Dense's kernel) "
               "at each call and owns only its bias.",),
    ))
    register(OpSpec(  # Keras has no bilinear layer: Pivot's support layer, read back as nn.Bilinear
        name="Bilinear", kind="layer", doc="bilinear form of two inputs, x1^T W x2 + b",
        torch_module=f"{T}Bilinear", keras_layer="TorchBilinear",
        args=tuple(Arg(n, torch=n, keras=n, torch_pos=i, keras_pos=i, domain=UNITS)
                   for i, n in enumerate(("in1_features", "in2_features", "out_features")))
        + (Arg("bias", torch="bias", keras="bias", torch_pos=3, keras_pos=3, torch_default=True, keras_default=True,
               domain=FLAGS),),
        shape="linear", shape_rule=BilinearShape(), feature_axis=-1, weights="bilinear", weight_rule=Bilinear(),
        name_prefix="bilinear", keras_support_call=SupportCall("TorchBilinear"),
        notes=("Keras gets Pivot's `TorchBilinear` (keras.ops.einsum over PyTorch's (out, in1, in2) weight).",),
    ))
    register(OpSpec(  # Keras has no bag of embeddings: Pivot's support layer, read back as nn.EmbeddingBag
        name="EmbeddingBag", kind="layer", doc="the embeddings of each bag of token ids, reduced (mean, sum, max)",
        torch_module=f"{T}EmbeddingBag", keras_layer="TorchEmbeddingBag",
        args=(Arg("num_embeddings", torch="num_embeddings", keras="num_embeddings", torch_pos=0, keras_pos=0,
                  domain=Ints(values=(10, 20, 50))),
              Arg("embedding_dim", torch="embedding_dim", keras="embedding_dim", torch_pos=1, keras_pos=1,
                  domain=Ints(values=(4, 8, 16))),
              Arg("max_norm", torch="max_norm", torch_pos=2, torch_default=None),
              Arg("norm_type", torch="norm_type", torch_pos=3, torch_default=2.0),
              Arg("scale_grad_by_freq", torch="scale_grad_by_freq", torch_pos=4, torch_default=False),
              Arg("mode", torch="mode", keras="mode", torch_pos=5, keras_pos=2, torch_default="mean",
                  keras_default="mean", torch_values=("mean", "sum", "max"), keras_values=("mean", "sum", "max")),
              Arg("sparse", torch="sparse", torch_pos=6, torch_default=False),
              Arg("include_last_offset", torch="include_last_offset", torch_pos=8, torch_default=False),
              Arg("padding_idx", torch="padding_idx", torch_pos=9, torch_default=None)),
        shape="embedding", weights="embedding", shape_rule=BagShape(), weight_rule=Table(), name_prefix="embedding",
        vocabulary_arg="num_embeddings", unsupported=_bag_unsupported,
        one_tensor_only="bags given by `offsets` (a 1-D input of bags of any lengths) or weighted by "
                        "`per_sample_weights` are not migrated; fixed-length bags (a 2-D input) are",
        keras_support_call=SupportCall("TorchEmbeddingBag"),
        notes=("Keras gets Pivot's `TorchEmbeddingBag` for fixed-length bags (N, L); the offsets form (a 1-D input "
               "and `offsets`) is not migrated.",),
    ))
    register(OpSpec(
        name="Dropout", kind="layer", doc="dropout (identity at inference)",
        torch_module=f"{T}Dropout", keras_layer=f"{K}Dropout", torch_functions=(f"{F}dropout",),
        args=(Arg("p", torch="p", keras="rate", torch_pos=0, keras_pos=0, torch_default=0.5, domain=RATE),
              Arg("inplace", torch="inplace", torch_pos=1, torch_default=False, domain=FLAGS),
              # keras.applications' EfficientNet `Dropout(rate, noise_shape=(None, 1, 1, 1))`: whole samples dropped
              # in training (stochastic depth); the identity at inference, as nn.Dropout is
              Arg("noise_shape", keras="noise_shape", keras_pos=1, keras_default=None,
                  caveat=("PIV203", "noise_shape drops whole slices of the input in training (a shared mask); "
                          "nn.Dropout drops single values: the same at inference (the identity), training differs")),
              Arg("seed", keras="seed", keras_pos=2, keras_default=None)),
        draw=Draw(("img", "vec", "seq")),
        identity_at_inference=True,
        name_prefix="dropout", mode_dependent=True, variants=(PER_STEP,),
    ))
    for n in (1, 2, 3):  # whole channels dropped: the same at inference (identity), the same in training
        register(OpSpec(
            name=f"Dropout{n}d", kind="layer", doc=f"channel-wise dropout of {n}-D feature maps (identity at "
            "inference)",
            torch_module=f"{T}Dropout{n}d", keras_layer=f"{K}SpatialDropout{n}D",
            torch_functions=(f"{F}dropout{n}d",),  # EfficientNet's `F.dropout2d(out, self.drop_rate)`
            args=(Arg("p", torch="p", keras="rate", torch_pos=0, keras_pos=0, torch_default=0.5,
                      domain=RATE),
                  Arg("inplace", torch="inplace", torch_pos=1, torch_default=False, domain=FLAGS)),
            identity_at_inference=True, name_prefix="dropout", mode_dependent=True, spatial=n, draw=Draw(("img",)),
            # another rank (PyTorch's deprecated 2-D input) drops single values, as Keras's Dropout does
            keras_entry_by_rank=tuple((r, "Dropout" if r != n + 2 else f"Dropout{n}d") for r in range(2, 6)),
        ))
    register(OpSpec(
        name="Flatten", kind="reshape", doc="flatten all but the batch axis",
        torch_module=f"{T}Flatten", keras_layer=f"{K}Flatten",
        torch_functions=("torch.flatten",), torch_methods=("flatten",),
        args=(Arg("start_dim", torch="start_dim", torch_pos=0, torch_default=1),
              Arg("end_dim", torch="end_dim", torch_pos=1, torch_default=-1)),
        shape="flatten", shape_rule=FlattenShape(), draw=Draw(("img", "seq"), to_vec=True), name_prefix="flatten",
        variants=(PER_STEP_IMAGE,), torch_call_defaults=(("start_dim", 0),),  # `x.flatten()`: the batch axis too
        unsupported=lambda a: "only flattening from axis 1 to the end is migrated"
        if a.get("start_dim", 1) != 1 or a.get("end_dim", -1) != -1 else None,
        notes=("PyTorch flattens (C, H, W), Keras (H, W, C): the next dense layer's rows are permuted when "
               "weights are transferred.",),
    ))
    register(OpSpec(
        name="Identity", kind="layer", doc="identity",
        torch_module=f"{T}Identity", keras_layer=f"{K}Identity", shape="same", identity_at_inference=True,
        draw=Draw(("img", "vec", "seq")), name_prefix="identity",
        variants=(PER_STEP,),
    ))
    register(OpSpec(
        name="Embedding", kind="layer", doc="lookup table of token vectors",
        torch_module=f"{T}Embedding", keras_layer=f"{K}Embedding",
        args=(
            Arg("num_embeddings", torch="num_embeddings", keras="input_dim", torch_pos=0, keras_pos=0,
                domain=Ints(values=(10, 20, 50))),
            Arg("embedding_dim", torch="embedding_dim", keras="output_dim", torch_pos=1, keras_pos=1,
                domain=Ints(values=(4, 8, 16))),
            Arg("padding_idx", torch="padding_idx", torch_pos=2, torch_default=None,
                domain=Ints(min=-50, optional=True, values=(None, 0)),
                caveat=("PIV202", "padding_idx zeroes that row's gradient in PyTorch; Keras trains it (inference "
                                  "is identical)")),
            Arg("max_norm", torch="max_norm", torch_pos=3, torch_default=None,
                domain=Floats(0.0, optional=True, values=(None, 1.0)),
                keras_requires=(None, "max_norm has no Keras equivalent")),
            Arg("mask_zero", keras="mask_zero", keras_default=False, domain=FLAGS),
        ),
        shape="embedding", weights="embedding", shape_rule=EmbeddingShape(), draw=Draw(("tok",)),
        weight_rule=Table(), name_prefix="embedding", vocabulary_arg="num_embeddings",
        unsupported=lambda a: ("mask_zero=True makes the Keras layers downstream (RNNs, attention, pooling) skip "
                               "the steps of index 0; PyTorch has no masks" if a.get("mask_zero") else None),
        notes=("`padding_idx` (PyTorch) zeroes that row's gradient; `mask_zero` (Keras) masks index 0 for the "
               "layers downstream. They are not the same thing.",),
    ))


_core()
