"""Keras resampling ops PyTorch has no module for (issue 12): depth_to_space (sub-pixel upscaling), Resizing
and keras.ops.image.extract_patches; PyTorch gets Pivot's support modules (`torch_support_code`).

`tf.nn.depth_to_space` reads an output pixel's channels from input channel (i * block + j) * C + c, while
nn.PixelShuffle reads c * block**2 + i * block + j: the two differ, so PyTorch gets Pivot's `DepthToSpace`
module, which keeps TensorFlow's channel order on a channels-first value (exact, no weight permutation); the
other direction is nn.PixelShuffle's entry (rearrange.py).
"""
from __future__ import annotations

import ast

from pivot.catalog.shape_rules import Call, ShapeRule, known
from pivot.catalog.spec import Arg, OpSpec, Seen, SupportCall, Unsupported, register
from pivot.catalog.spelling import interpolate_call, interpolate_unsupported
from pivot.model import Expr, value_code


DEPTH_TO_SPACE_CLASS = '''

class DepthToSpace(nn.Module):
    """tf.nn.depth_to_space in PyTorch (written by Pivot) on a channels-first value, in TensorFlow's channel
    order (output channel c of block offset (i, j) is input channel (i * r + j) * C + c; nn.PixelShuffle
    reads c * r * r + i * r + j instead)."""

    def __init__(self, block_size):
        super().__init__()
        self.block_size = block_size

    def forward(self, x):
        n, c, h, w = x.shape
        r = self.block_size
        x = x.reshape(n, r, r, c // (r * r), h, w).permute(0, 3, 4, 1, 5, 2)
        return x.reshape(n, c // (r * r), h * r, w * r)
'''


class DepthToSpaceShape(ShapeRule):
    def shape(self, x: tuple, call: Call):
        return _depth_to_space_shape(x, call.attrs), True


def _depth_to_space_shape(x: tuple, attrs: dict) -> tuple:
    """Canonical (C, H, W) -> (C / block**2, H * block, W * block)."""
    block = attrs.get("block_size")
    if len(x) != 3 or not known(block):
        return (None,) * max(len(x), 3)
    channels = x[0] // (block * block) if known(x[0]) and x[0] % (block * block) == 0 else None
    return (channels,) + tuple(s * block if known(s) else None for s in x[1:])


register(OpSpec(
    name="DepthToSpace", kind="layer", doc="rearrange blocks of channels into spatial blocks (sub-pixel upscaling)",
    torch_module="DepthToSpace", keras_functions=("tensorflow.nn.depth_to_space",),
    args=(Arg("block_size", torch="block_size", keras="block_size", torch_pos=0, keras_pos=0),),
    shape="depth_to_space", shape_rule=DepthToSpaceShape(), layout_sensitive=True,
    torch_support_code=DEPTH_TO_SPACE_CLASS,
    notes=("PyTorch gets a `DepthToSpace` module written by Pivot: nn.PixelShuffle orders the channels "
           "differently (c * r * r + i * r + j, TensorFlow (i * r + j) * C + c).",),
))



RESIZING_CLASS = '''

class Resizing(nn.Module):
    """keras.layers.Resizing in PyTorch (written by Pivot): bilinear resizing of a channels-first image to
    (height, width), half-pixel centres and no antialiasing, as Keras."""

    def __init__(self, height, width, interpolation="bilinear"):
        super().__init__()
        self.size, self.interpolation = (height, width), interpolation

    def forward(self, x):
        return F.interpolate(x, size=self.size, mode=self.interpolation, align_corners=False)
'''


class ResizeShape(ShapeRule):
    def shape(self, x: tuple, call: Call):
        height, width = call.attrs.get("height"), call.attrs.get("width")
        sizes = (height if known(height) else None, width if known(width) else None)
        return ((x[0],) + sizes if len(x) == 3 else (None,) * 3), True


def _resizing_unsupported(attrs: dict) -> str | None:
    if attrs.get("interpolation") != "bilinear":
        return (f"interpolation={attrs.get('interpolation')!r} is not migrated (bilinear only: TensorFlow's "
                "other kernels sample differently from PyTorch's)")
    if any(attrs.get(k) for k in ("crop_to_aspect_ratio", "pad_to_aspect_ratio", "antialias")):
        return "crop_to_aspect_ratio, pad_to_aspect_ratio and antialias are not migrated"
    return None


register(OpSpec(
    name="Resizing", kind="layer", doc="resize an image to a given height and width",
    torch_module="Resizing", keras_layer="keras.layers.Resizing",
    args=(Arg("height", torch="height", keras="height", torch_pos=0, keras_pos=0),
          Arg("width", torch="width", keras="width", torch_pos=1, keras_pos=1),
          Arg("interpolation", torch="interpolation", keras="interpolation", torch_pos=2,
              torch_default="bilinear", keras_default="bilinear"),
          Arg("crop_to_aspect_ratio", keras="crop_to_aspect_ratio", keras_default=False),
          Arg("pad_to_aspect_ratio", keras="pad_to_aspect_ratio", keras_default=False),
          Arg("antialias", keras="antialias", keras_default=False)),
    spatial=2, shape="resize", shape_rule=ResizeShape(), layout_sensitive=True, unsupported=_resizing_unsupported,
    torch_support_code=RESIZING_CLASS,
    notes=("PyTorch gets a `Resizing` module written by Pivot (F.interpolate, bilinear, align_corners=False).",),
))


CENTER_CROP_CLASS = '''

class CenterCrop(nn.Module):
    """keras.layers.CenterCrop in PyTorch (written by Pivot): the central (height, width) window of a
    channels-first image, its top (left) margin the smaller half of an odd one, as Keras's `(size - height) // 2`.
    Keras resizes an image smaller than the window instead; that is refused here."""

    def __init__(self, height, width):
        super().__init__()
        self.height, self.width = height, width

    def forward(self, x):
        h, w = x.shape[-2:]
        if h < self.height or w < self.width:
            raise ValueError(f"CenterCrop: a {h}x{w} image is smaller than {self.height}x{self.width} (Keras "
                             "resizes it; Pivot does not migrate that)")
        top, left = (h - self.height) // 2, (w - self.width) // 2
        return x[..., top:top + self.height, left:left + self.width]
'''


def _center_crop_to_torch(attrs: dict, seen: Seen, code: str) -> str | Unsupported | None:
    """An image known smaller than the window: Keras resizes it (smart_resize), which is not migrated."""
    sizes = (attrs.get("height"), attrs.get("width"))
    if seen.shape is not None and len(seen.shape) == 3 and any(
            known(s) and known(t) and s < t for s, t in zip(seen.shape[1:], sizes)):
        return Unsupported(f"its input ({seen.shape[1]}x{seen.shape[2]}) is smaller than the window: Keras resizes "
                           "it instead of cropping, which is not migrated")
    return None


register(OpSpec(
    name="CenterCrop", kind="layer", doc="crop the central height x width window of an image",
    torch_module="CenterCrop", keras_layer="keras.layers.CenterCrop",
    args=(Arg("height", torch="height", keras="height", torch_pos=0, keras_pos=0),
          Arg("width", torch="width", keras="width", torch_pos=1, keras_pos=1)),
    spatial=2, shape="resize", shape_rule=ResizeShape(), layout_sensitive=True,
    emit_torch_layer=_center_crop_to_torch, torch_support_code=CENTER_CROP_CLASS,
    notes=("PyTorch gets a `CenterCrop` module written by Pivot (slicing; an odd margin's smaller half on the "
           "top/left, as Keras; torchvision's CenterCrop rounds it the other way).",),
))

EXTRACT_PATCHES_CLASS = '''

class ExtractPatches(nn.Module):
    """keras.ops.image.extract_patches in PyTorch (written by Pivot): non-overlapping size x size patches of a
    channels-first image, as Keras lays them out: (batch, rows, cols, size * size * channels), each patch's
    values in (row, column, channel) order."""

    def __init__(self, size):
        super().__init__()
        self.size = size

    def forward(self, x):
        n, c, h, w = x.shape
        p = self.size
        x = x[:, :, :h // p * p, :w // p * p].reshape(n, c, h // p, p, w // p, p)
        return x.permute(0, 2, 4, 3, 5, 1).reshape(n, h // p, w // p, p * p * c)
'''


def _patches_shape(x: tuple, attrs: dict) -> tuple:
    """Canonical (C, H, W) -> (H // size, W // size, size * size * C), no longer image-like."""
    p = attrs.get("size")
    if len(x) != 3 or not known(p):
        return (None,) * 3
    return tuple(s // p if known(s) else None for s in x[1:]) + (p * p * x[0] if known(x[0]) else None,)


class PatchesShape(ShapeRule):
    def shape(self, x: tuple, call: Call):
        return _patches_shape(x, call.attrs), False


def _patches_unsupported(attrs: dict) -> str | None:
    if not isinstance(attrs.get("size"), int) or attrs.get("strides") not in (None, attrs.get("size")):
        return "only square, non-overlapping patches (an int size, strides equal to it or unset) are migrated"
    if attrs.get("dilation_rate") != 1 or str(attrs.get("padding")).lower() != "valid":
        return "dilation_rate and padding='same' are not migrated"
    return None


register(OpSpec(
    name="ExtractPatches", kind="layer", doc="split an image into non-overlapping square patches (ViT)",
    torch_module="ExtractPatches", keras_functions=("keras.ops.image.extract_patches",),
    args=(Arg("size", torch="size", keras="size", torch_pos=0, keras_pos=0),
          Arg("strides", keras="strides", keras_pos=1, keras_default=None),
          Arg("dilation_rate", keras="dilation_rate", keras_pos=2, keras_default=1),
          Arg("padding", keras="padding", keras_pos=3, keras_default="valid")),
    spatial=2, shape="patches", shape_rule=PatchesShape(), layout_sensitive=True, unsupported=_patches_unsupported,
    torch_support_code=EXTRACT_PATCHES_CLASS,
    notes=("PyTorch gets an `ExtractPatches` module written by Pivot; the patches come in Keras's layout and "
           "order, so the layers after it take Keras's weights as they are.",),
))


SUBSAMPLE_CLASS = '''

class Subsample(nn.Module):
    """Every s-th position of each spatial axis from the first, channels-first (written by Pivot): with the
    stride-1 convolution before it, PyTorch's strided dilated convolution as Keras writes it."""

    def __init__(self, strides):
        super().__init__()
        self.strides = tuple(strides) if isinstance(strides, (tuple, list)) else (strides,)

    def forward(self, x):
        return x[(...,) + tuple(slice(None, None, s) for s in self.strides)]
'''


class SubsampleShape(ShapeRule):
    def shape(self, x: tuple, call: Call):
        strides = call.attrs.get("strides")
        spatial = x[1:]
        steps = tuple(strides) if isinstance(strides, tuple) else (strides,) * len(spatial)
        if len(steps) != len(spatial):
            return (None,) * len(x), True
        return (x[0],) + tuple(-(-s // st) if known(s, st) else None for s, st in zip(spatial, steps)), True


# Keras rejects strides > 1 with dilation_rate > 1: PyTorch's strided dilated convolution becomes a stride-1
# convolution followed by this subsampling (backends/keras.py), which the way back reads as this entry
register(OpSpec(
    name="Subsample", kind="layer", doc="keep every s-th position of each spatial axis (a strided dilated conv)",
    torch_module="Subsample", keras_layer="TorchSubsample",
    args=(Arg("strides", torch="strides", keras="strides", torch_pos=0, keras_pos=0),),
    shape="subsample", shape_rule=SubsampleShape(), layout_sensitive=True,
    torch_support_code=SUBSAMPLE_CLASS, keras_support_call=SupportCall("TorchSubsample"),
    notes=("Pivot's support layer on both sides (`TorchSubsample`, `Subsample`): a slice with steps.",),
))


def _tf_patch_size(attrs: dict, name: str = "sizes"):
    """TensorFlow's `sizes=[1, p, p, 1]` as the square patch size p (None: another shape); p may be an
    expression (`[1, self.patch_size, self.patch_size, 1]`)."""
    sizes = _items(attrs.get(name))
    if sizes is not None and len(sizes) == 4 and sizes[0] == sizes[3] == 1 and sizes[1] == sizes[2]:
        return sizes[1]
    return None


def _items(value) -> tuple | None:
    """A list attribute's items, those that are not literals as expressions."""
    if isinstance(value, (tuple, list)):
        return tuple(value)
    try:
        node = ast.parse(value.code, mode="eval").body if isinstance(value, Expr) else None
    except SyntaxError:
        return None
    if not isinstance(node, (ast.List, ast.Tuple)):
        return None
    return tuple(e.value if isinstance(e, ast.Constant) else Expr(ast.unparse(e)) for e in node.elts)


def _tf_patches_unsupported(attrs: dict) -> str | None:
    size = _tf_patch_size(attrs)
    if size is None or _tf_patch_size(attrs, "strides") != size:
        return "only square, non-overlapping patches (sizes=[1, p, p, 1], strides equal to sizes) are migrated"
    if _items(attrs.get("rates")) != (1, 1, 1, 1) or str(attrs.get("padding")).upper() != "VALID":
        return "rates other than [1, 1, 1, 1] and padding='SAME' are not migrated"
    return None


class TfPatchesShape(ShapeRule):
    def shape(self, x: tuple, call: Call):
        return _patches_shape(x, {"size": _tf_patch_size(call.attrs)}), False


register(OpSpec(
    name="ImagePatches", kind="layer", doc="tf.image.extract_patches: keras.ops.image.extract_patches's TensorFlow "
    "spelling (sizes/strides/rates as [1, p, p, 1])",
    keras_functions=("tensorflow.image.extract_patches",),
    args=(Arg("sizes", keras="sizes", keras_pos=0), Arg("strides", keras="strides", keras_pos=1),
          Arg("rates", keras="rates", keras_pos=2), Arg("padding", keras="padding", keras_pos=3)),
    spatial=2, shape="patches", shape_rule=TfPatchesShape(), layout_sensitive=True,
    unsupported=_tf_patches_unsupported,
    emit_torch_call=lambda attrs, x: f"ExtractPatches({value_code(_tf_patch_size(attrs))})({x})",
    notes=("PyTorch gets the `ExtractPatches` module of keras.ops.image.extract_patches (the same patches).",),
))


def _interpolate_shape(x: tuple, attrs: dict) -> tuple:
    """Canonical (C, *spatial) -> (C, *sizes): `size`, else floor(length * scale_factor) per axis."""
    n = len(x) - 1
    size, scale = attrs.get("size"), attrs.get("scale_factor")
    sizes = size if isinstance(size, tuple) else (size,) * n
    scales = scale if isinstance(scale, tuple) else (scale,) * n
    if n < 1 or len(sizes) != n or len(scales) != n:
        return (None,) * max(len(x), 1)
    out = tuple(s if isinstance(s, int) else int(length * f) if known(length) and isinstance(f, (int, float))
                else None for length, s, f in zip(x[1:], sizes, scales))
    return (x[0],) + out


class InterpolateShape(ShapeRule):
    def shape(self, x: tuple, call: Call):
        return _interpolate_shape(x, call.attrs), True


def _interpolate_to_keras(attrs: dict, seen: Seen) -> str | None:
    """Pivot's `TorchInterpolate`, given PyTorch's arguments (those set); it reads channels-last images."""
    if seen.shape is not None and not seen.image:
        return Unsupported("its input is not image-like here (its axes keep PyTorch's order in Keras)")
    if isinstance(attrs.get("size"), Expr):  # `size=input_shape`, a slice of a TensorFlow tensor's TensorShape
        attrs = dict(attrs, size=Expr(f"tuple({attrs['size'].code})"))
    return interpolate_call("TorchInterpolate", attrs)


# F.interpolate (nn.Upsample's function): Keras's UpSampling and image.resize sample differently for sizes that
# are not a whole multiple and lack align_corners=True, so Keras gets Pivot's `TorchInterpolate`, which samples
# PyTorch's source positions; read back as F.interpolate
register(OpSpec(
    name="Interpolate", kind="layer", doc="resize an image or sequence: nearest, (bi)linear with align_corners",
    # nn.Upsample is F.interpolate as a module: Pivot's in-place `TorchInterpolate(...)(x)` reads back as it
    # (PyTorch's nn.Upsample itself reads as UpSampling2D, registered first)
    torch_module="torch.nn.Upsample", torch_functions=("torch.nn.functional.interpolate",),
    args=(Arg("size", torch="size", torch_pos=0, torch_default=None),
          Arg("scale_factor", torch="scale_factor", torch_pos=1, torch_default=None),
          Arg("mode", torch="mode", torch_pos=2, torch_default="nearest"),
          Arg("align_corners", torch="align_corners", torch_pos=3, torch_default=None),
          Arg("recompute_scale_factor", torch="recompute_scale_factor", torch_pos=4, torch_default=None),
          Arg("antialias", torch="antialias", torch_pos=5, torch_default=False)),
    shape="interpolate", shape_rule=InterpolateShape(), layout_sensitive=True,
    unsupported=interpolate_unsupported, emit_keras_layer=_interpolate_to_keras,
    emit_torch_call=lambda attrs, x: interpolate_call("F.interpolate", attrs, x),
    keras_support_call=SupportCall("TorchInterpolate"),
    notes=("Keras gets Pivot's `TorchInterpolate`, which samples at PyTorch's source positions (align_corners "
           "either way).",),
))


def _fixed_mode_upsampling(name: str, mode: str, align_corners: bool | None) -> None:
    """nn.UpsamplingNearest2d / nn.UpsamplingBilinear2d: nn.Upsample of a fixed mode (bilinear with
    align_corners=True); Keras gets Pivot's `TorchInterpolate` with it (read back as F.interpolate)."""
    fixed = {"mode": mode} | ({"align_corners": align_corners} if align_corners is not None else {})
    register(OpSpec(
        name=name, kind="layer", doc=f"2-D upsampling, nn.Upsample with mode={mode!r}"
        + (" and align_corners=True" if align_corners else ""),
        torch_module=f"torch.nn.{name}",
        args=(Arg("size", torch="size", torch_pos=0, torch_default=None),
              Arg("scale_factor", torch="scale_factor", torch_pos=1, torch_default=None)),
        spatial=2, shape="interpolate", shape_rule=InterpolateShape(), layout_sensitive=True,
        unsupported=lambda a: interpolate_unsupported(a | fixed),
        emit_keras_layer=lambda a, seen: Unsupported(interpolate_unsupported(a | fixed))
        if interpolate_unsupported(a | fixed) else _interpolate_to_keras(a | fixed, seen),
        notes=(f"Keras gets Pivot's `TorchInterpolate(mode={mode!r}...)`.",),
    ))


_fixed_mode_upsampling("UpsamplingNearest2d", "nearest", None)
_fixed_mode_upsampling("UpsamplingBilinear2d", "bilinear", True)
