"""Keras resampling and reshaping layers (issue 12): UpSampling, Cropping, RepeatVector, Permute, Reshape.

Cropping is canonical padding with negative sizes (PyTorch's pad modules crop with them); RepeatVector and
Permute become small support modules written into the PyTorch file; Reshape of a (batch, features) value is
nn.Unflatten, of any other a `Reshape` support module (a channels-first input's channels moved last first). Shapes are canonical: image-like values are channels-first.
"""
from __future__ import annotations

import ast
import math

from pivot.catalog import padding  # noqa: F401  (registered first: it owns the shared spelling)
from pivot.catalog.domains import Choice, Draw, Ints, Sides
from pivot.catalog.shape_rules import Call, ShapeRule, image_input, known
from pivot.catalog.spec import REQUIRED, Arg, OpSpec, Seen, Unsupported, register
from pivot.catalog.spelling import (
    interpolate_call,
    interpolate_unsupported,
    keras_zero_padding3d_in,
    keras_zero_padding_in,
)
from pivot.model import Expr, Value, value_code

K = "keras.layers."


def _negative(value: Value) -> Value:
    if isinstance(value, tuple):
        return tuple(_negative(v) for v in value)
    return -value if isinstance(value, int) else value


def _keras_cropping_2d(value: Value) -> Value:
    """Keras Cropping2D (int, (h, w) or ((top, bottom), (left, right))) as negative (left, right, top, bottom)."""
    return _negative(keras_zero_padding_in(value))


def _keras_cropping_3d(value: Value) -> Value:
    """Keras Cropping3D (int, (d, h, w) or ((front, back), (top, bottom), (left, right))) as negative
    (left, right, top, bottom, front, back)."""
    return _negative(keras_zero_padding3d_in(value))


def _keras_cropping_1d(value: Value) -> Value:
    """Keras Cropping1D (int or (start, end)) as negative (start, end)."""
    return _negative((value, value) if isinstance(value, int) else value)


def _upsample_to_keras(attrs: dict, seen: Seen, n: int = 2) -> str | None:
    """nn.Upsample with a `size` or `align_corners`, which Keras's UpSampling lacks, or a mode it lacks for its rank
    (linear in 1-D, trilinear in 3-D): Pivot's `TorchInterpolate` (F.interpolate's), which samples PyTorch's
    positions; otherwise the generic UpSampling layer (None)."""
    if attrs.get("size") is None and attrs.get("align_corners") is None and attrs.get("scale_factor") is not None \
            and attrs.get("mode", "nearest") in ("nearest", "bilinear" if n == 2 else "nearest"):
        return None
    if seen.shape is not None and not seen.image:
        return Unsupported("its input is not image-like here (its axes keep PyTorch's order in Keras)")
    why = interpolate_unsupported(attrs)
    return Unsupported(why) if why else interpolate_call("TorchInterpolate", attrs)


def _upsampling(n: int) -> None:
    register(OpSpec(
        name=f"UpSampling{n}D", kind="layer", doc=f"{n}-D upsampling by repetition (nearest) or interpolation",
        torch_module="torch.nn.Upsample", keras_layer=f"{K}UpSampling{n}D",
        args=(Arg("scale_factor", torch="scale_factor", keras="size", torch_pos=1, keras_pos=0, torch_default=None,
                  keras_default=2 if n == 1 else (2,) * n, domain=Ints(values=(2, 3))),
              Arg("mode", torch="mode", keras="interpolation", torch_pos=2, torch_default="nearest",
                  keras_default="nearest"),
              # nn.Upsample's own (F.interpolate's): Keras gets Pivot's `TorchInterpolate` when they are given
              Arg("size", torch="size", torch_pos=0, torch_default=None),
              Arg("align_corners", torch="align_corners", torch_pos=3, torch_default=None)),
        spatial=n, shape="upsample", layout_sensitive=True, shape_rule=UpsampleShape(),
        emit_keras_layer=lambda attrs, seen: _upsample_to_keras(attrs, seen, n),
        draw=Draw(("img",)) if n < 3 else None,
        keras_entry_by_rank=((3, "UpSampling1D"), (4, "UpSampling2D"), (5, "UpSampling3D")),
        unsupported=lambda a: None if a.get("mode") in ("nearest", "linear", "bilinear", "trilinear")
        else f"interpolation={a.get('mode')!r} is not migrated (nearest, linear, bilinear, trilinear)",
        notes=("Bilinear upsampling is PyTorch's align_corners=False (half-pixel centres, as Keras); linear in 1-D "
               "and trilinear in 3-D get Pivot's `TorchInterpolate`.",),
    ))


def _cropping() -> None:
    register(OpSpec(
        name="Cropping2D", kind="layer", doc="cropping of the two spatial axes (negative zero padding)",
        torch_module="torch.nn.ZeroPad2d", keras_layer=f"{K}Cropping2D",
        args=(Arg("cropping", torch="padding", keras="cropping", torch_pos=0, keras_pos=0,
                  keras_default=((0, 0), (0, 0)), from_keras=_keras_cropping_2d,
                  domain=Sides(keras=Choice((1, (1, 2), ((0, 1), (2, 0)))))),),
        spatial=2, shape="crop", layout_sensitive=True, shape_rule=CropShape(), draw=Draw(("img",)),
    ))
    register(OpSpec(
        name="Cropping3D", kind="layer", doc="cropping of the three spatial axes (negative zero padding)",
        torch_module="torch.nn.ZeroPad3d", keras_layer=f"{K}Cropping3D",
        args=(Arg("cropping", torch="padding", keras="cropping", torch_pos=0, keras_pos=0,
                  keras_default=((1, 1), (1, 1), (1, 1)), from_keras=_keras_cropping_3d),),
        # not drawn by the fuzzer (its plans crop 1-D and 2-D images): tests/regressions/keras/cropping_read_back.py
        spatial=3, shape="crop", layout_sensitive=True, shape_rule=CropShape(),
    ))
    register(OpSpec(
        name="Cropping1D", kind="layer", doc="cropping of the steps axis (negative zero padding)",
        torch_module="torch.nn.ZeroPad1d", keras_layer=f"{K}Cropping1D",
        args=(Arg("cropping", torch="padding", keras="cropping", torch_pos=0, keras_pos=0, keras_default=(1, 1),
                  from_keras=_keras_cropping_1d, domain=Sides(keras=Choice((1, (0, 2), (2, 1))))),),
        spatial=1, shape="crop", layout_sensitive=True, shape_rule=CropShape(), draw=Draw(("img",)),
    ))


def _permute_to_torch(attrs: dict, seen: Seen, code: str) -> str | None:
    """Keras's Permute of a channels-first input: Keras's axes renumbered."""
    dims = attrs.get("dims")
    if seen.image and seen.shape is not None and isinstance(dims, tuple):
        return f"Permute({value_code(channels_first_dims(dims, len(seen.shape) + 1))})"
    if seen.shape is None:  # an image's axes differ between the layouts: copied as they are only where not one
        return Unsupported("the rank and layout of its input are not known statically, and the axes of an image "
                           "differ between the layouts (declare the input shape)")
    return None


def _reshape_to_torch(attrs: dict, seen: Seen, code: str) -> str | None:
    """Keras's Reshape of anything but (batch, features): Pivot's Reshape module, in Keras's order, a
    channels-first input's channels moved last first."""
    if len(seen.shape) != 1 or seen.image:
        image = ", channels_first=True" if seen.image else ""
        shape = attrs.get("shape")
        return f"Reshape({value_code(shape)}{image})"
    return None


def channels_last_order(rank: int) -> tuple:
    """The batch-inclusive permutation moving a channels-first value of `rank` channels-last: (0, 2, 3, 1)."""
    return (0, *range(2, rank), 1)


def _unflatten_to_keras(attrs: dict, seen: Seen) -> str | Unsupported:
    """nn.Unflatten as Keras's Reshape of every axis after the batch; into an image a conv reads (its input
    features are not one), PyTorch's channels-first image moved channels-last by a Permute after it."""
    sizes = target_sizes(attrs.get("shape"))
    if seen.image:
        return Unsupported("its input is image-like (its axes are in another order in Keras)")
    if seen.shape is None or sizes is None:
        return Unsupported("the rank of its input or its sizes are not known statically")
    dim = attrs.get("dim")
    rank = len(seen.shape) + 1
    if not isinstance(dim, int) or not -rank <= dim < rank or dim % rank == 0:
        return Unsupported(f"dim={dim!r} is not an axis after the batch")
    axis = dim % rank - 1
    rest = seen.shape[:axis] + seen.shape[axis + 1:]
    if not all(isinstance(size, int) for size in rest):
        return Unsupported("the sizes of its other axes are not known statically")
    target = seen.shape[:axis] + sizes + seen.shape[axis + 1:]
    code = f"{K}Reshape({value_code(tuple(target))})".replace("keras.layers.", "layers.")
    if seen.image_result:
        return f"keras.Sequential([{code}, layers.Permute({value_code(channels_last_order(len(target) + 1)[1:])})])"
    return code


def _sequence_layers() -> None:
    register(OpSpec(
        name="RepeatVector", kind="layer", doc="repeat a (batch, features) vector n times: (batch, n, features)",
        torch_module="RepeatVector", keras_layer=f"{K}RepeatVector",
        args=(Arg("n", torch="n", keras="n", torch_pos=0, keras_pos=0, domain=Ints(values=(3, 5))),),
        shape="repeat", shape_rule=RepeatShape(), draw=Draw(("vec",)),
        notes=("PyTorch gets a `RepeatVector` module written by Pivot (x.unsqueeze(1).expand).",),
    ))
    register(OpSpec(
        name="PermuteLayer", kind="layer", doc="permute the axes after the batch (1-based, as Keras)",
        torch_module="Permute", keras_layer=f"{K}Permute",
        args=(Arg("dims", torch="dims", keras="dims", torch_pos=0, keras_pos=0),), shape="permute_layer",
        shape_rule=PermuteLayerShape(),
        emit_torch_layer=_permute_to_torch,
        notes=("PyTorch gets a `Permute` module written by Pivot; an image-like input is an error (its axes "
               "differ between the layouts).",),
    ))
    register(OpSpec(
        name="KerasReshape", kind="layer", doc="Keras's Reshape of the axes after the batch (Pivot's PyTorch module)",
        torch_module="Reshape",
        args=(Arg("target_shape", torch="target_shape", torch_pos=0),
              Arg("channels_first", torch="channels_first", torch_pos=1, torch_default=False)),
        shape="keras_reshape", shape_rule=KerasReshapeShape(), emit_keras_layer=_reshape_module_to_keras,
        notes=("Keras gets keras.layers.Reshape: the module is Pivot's, reshaping in Keras's order.",),
    ))
    register(OpSpec(
        name="Unflatten", kind="layer", doc="reshape the axes after the batch",
        torch_module="torch.nn.Unflatten", keras_layer=f"{K}Reshape",
        args=(Arg("dim", torch="dim", torch_pos=0, torch_default=REQUIRED, keras_default=1),
              Arg("shape", torch="unflattened_size", keras="target_shape", torch_pos=1, keras_pos=0)),
        shape="unflatten", shape_rule=UnflattenShape(),
        needs_input_shape=True, emit_torch_layer=_reshape_to_torch, emit_keras_layer=_unflatten_to_keras,
        notes=("nn.Unflatten for a (batch, features) input, else Pivot's `Reshape` module, which reshapes in "
               "Keras's (channels-last) order; an image-like result is channels-last, and the layer reading it gets "
               "the transpose.",),
    ))


def _upsample_shape(x: tuple, attrs: dict) -> tuple:
    factor = attrs.get("scale_factor")
    factors = factor if isinstance(factor, tuple) else (factor,) * (len(x) - 1)
    return (x[0],) + tuple(s * f if known(s, f) else None for s, f in zip(x[1:], factors))


def _crop_shape(x: tuple, attrs: dict) -> tuple:
    pad = attrs.get("cropping")
    n = len(x) - 1
    flat = (pad,) * (2 * n) if isinstance(pad, int) else pad
    if not isinstance(flat, tuple) or len(flat) != 2 * n:
        return (x[0],) + (None,) * n
    # torch order: last axis first
    pairs = [flat[2 * i: 2 * i + 2] for i in range(n)][::-1]
    return (x[0],) + tuple(s + a + b if known(s, a, b) else None for s, (a, b) in zip(x[1:], pairs))


def channels_first_dims(dims: tuple, rank: int) -> tuple:
    """Keras Permute dims (1-based, channels-last) for the same value held channels-first: Keras axis d is
    PyTorch axis d + 1 for the spatial axes, 1 for the channels (the last)."""
    return tuple(d + 1 if d < rank - 1 else 1 for d in dims)


def _permute_shape(x: tuple, attrs: dict, image: bool) -> tuple | None:
    dims = attrs.get("dims")
    if not isinstance(dims, tuple) or sorted(dims) != list(range(1, len(x) + 1)):
        return None
    if image:
        dims = channels_first_dims(dims, len(x) + 1)
    return tuple(x[d - 1] for d in dims)


# integer arithmetic that cannot blow up (no powers, no strings)
_ARITHMETIC = (ast.Expression, ast.BinOp, ast.UnaryOp, ast.Add, ast.Sub, ast.Mult, ast.FloorDiv, ast.USub)


def target_sizes(shape: Value) -> tuple | None:
    """A target shape kept as code (`(28 * 28, 4)`, `n, dim * 3`) as one size per axis: literal arithmetic
    evaluated, anything else symbolic; None when the code is not a tuple display (a variable)."""
    if not isinstance(shape, Expr):
        return shape if isinstance(shape, tuple) else None
    try:
        tree = ast.parse(shape.code.strip(), mode="eval").body
    except SyntaxError:
        return None
    if not isinstance(tree, ast.Tuple) or any(isinstance(e, ast.Starred) for e in tree.elts):
        return None
    return tuple(_size(e) for e in tree.elts)


def _size(node: ast.expr) -> Value:
    expression = ast.Expression(body=node)
    if all(isinstance(n, _ARITHMETIC) or isinstance(n, ast.Constant) and type(n.value) is int
           for n in ast.walk(expression)):
        try:
            value = eval(compile(expression, "<size>", "eval"), {"__builtins__": {}})
        except ArithmeticError:
            value = None
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    return Expr(ast.unparse(node))


def _unflatten_shape(x: tuple, attrs: dict) -> tuple | None:
    shape = target_sizes(attrs.get("shape"))
    if shape is None:
        return None
    if -1 in shape and known(*x, *(s for s in shape if s != -1)):
        rest = math.prod(s for s in shape if s != -1)
        return tuple(math.prod(x) // rest if s == -1 else s for s in shape)
    return tuple(s if known(s) and s > 0 else None for s in shape)


class UpsampleShape(ShapeRule):
    keeps_channels = True  # (not the sizes): `nn.Upsample(scale_factor=2)` first, the next layer tells the rank

    def shape(self, x: tuple, call: Call):
        return _upsample_shape(x, call.attrs), True

    def first_input(self, spec: OpSpec, attrs):
        """A model input it reads first is an image of its rank (UpSampling1D/2D/3D name it; nn.Upsample, one
        module for every rank, does not: `shapes` asks only the Keras spelling)."""
        return image_input(spec, attrs)


class CropShape(ShapeRule):
    def shape(self, x: tuple, call: Call):
        return _crop_shape(x, call.attrs), True

    def first_input(self, spec: OpSpec, attrs):
        """A model input it reads first is an image of its rank (Keras-only: Cropping1D/2D name the rank)."""
        return image_input(spec, attrs)


class RepeatShape(ShapeRule):
    def shape(self, x: tuple, call: Call):
        n = call.attrs.get("n")
        return ((n if known(n) else None),) + tuple(x), False


class PermuteLayerShape(ShapeRule):
    def shape(self, x: tuple, call: Call):
        return _permute_shape(x, call.attrs, call.sp), False


class UnflattenShape(ShapeRule):
    def shape(self, x: tuple, call: Call):
        return _unflatten_shape(x, call.attrs), False


class KerasReshapeShape(ShapeRule):
    """Pivot's PyTorch Reshape: every axis after the batch reshaped to `target_shape` (a -1 from the input's size)."""

    def shape(self, x: tuple, call: Call):
        return _unflatten_shape(x if known(*x) else (None,), {"shape": call.attrs.get("target_shape")}), False


def _reshape_module_to_keras(attrs: dict, seen: Seen) -> str | Unsupported:
    """Pivot's PyTorch `Reshape(target_shape, channels_first=...)` read back: Keras's Reshape of the same target,
    which reshapes in Keras's order. The module moves a channels-first input's channels last first: where the way
    back holds its input in the other order (an image in Keras is channels-last), a Permute puts it in the order the
    module reshapes."""
    target = attrs.get("target_shape")
    if target_sizes(target) is None:
        return Unsupported("its target shape is not a tuple written in the call")
    if seen.image_result:
        return Unsupported("its result is read as a channels-first image by the next layer, in an order Keras's "
                           "channels-last image does not have")
    code = f"layers.Reshape({value_code(target)})"
    channels_first = bool(attrs.get("channels_first"))
    if channels_first == seen.image:
        return code
    if seen.shape is None:
        return Unsupported("the rank of its input is not known statically, and its axes are in another order in "
                           "Keras (declare the input shape)")
    rank = len(seen.shape) + 1
    order = channels_last_order(rank) if channels_first else (0, rank - 1, *range(1, rank - 1))
    return f"keras.Sequential([layers.Permute({value_code(order[1:])}), {code}])"

for _n in (2, 1, 3):  # nn.Upsample reads back as UpSampling2D
    _upsampling(_n)
_cropping()
_sequence_layers()
