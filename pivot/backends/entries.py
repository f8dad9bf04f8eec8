"""Generic drivers of catalog entry data that both backends share (the entries say what; these say how)."""
from __future__ import annotations

from pivot import diagnostics as D
from pivot.backends.common import Emitted, remap_axis, same_value
from pivot.catalog import REQUIRED, Arg, OpSpec, Seen
from pivot.model import INPUT_RANK, Layer, Node, Value, value_code
from pivot.shapes import ShapeInfo


def caveats(spec: OpSpec, attrs: dict, where: Layer | Node, out: Emitted, side: str) -> None:
    """The entry's caveats for arguments of the source side given a value other than its default: what the
    target side loses."""
    source = "keras" if side == "torch" else "torch"
    for a in spec.args:
        if a.caveat and getattr(a, source) and a.name in attrs and not _is_default(a, attrs[a.name], source):
            out.diagnostics.append(D.make(a.caveat[0], where.span, f"`{where.source}`: {a.caveat[1]}", target=side))


def _is_default(a: Arg, value: Value, side: str) -> bool:
    default = getattr(a, f"{side}_default")
    if side == "keras" and a.from_keras and default != REQUIRED:
        default = a.from_keras(default)
    return same_value(value, default)


def _both(spec: OpSpec) -> list[Arg]:
    """Arguments both frameworks spell (axes aside: they are remapped, not copied)."""
    return [a for a in spec.args if a.torch and a.keras and a.name not in spec.axis_args]


def _source_default(spec: OpSpec, a: Arg, target: str, function: bool) -> Value:
    """An argument's default where the code comes from (Keras' activation functions have their own)."""
    if target == "keras":
        return a.torch_default
    if function and a.name in dict(spec.keras_function_defaults):
        return dict(spec.keras_function_defaults)[a.name]
    return a.from_keras(a.keras_default) if a.from_keras else a.keras_default


def differing_defaults(spec: OpSpec, attrs: dict, target: str) -> dict[str, Value]:
    """Arguments whose defaults differ between the frameworks, with the source's default where not given: a
    module writes them out (LeakyReLU's slope: PyTorch 0.01, Keras 0.3)."""
    written = {}
    for a in _both(spec):
        if REQUIRED in (a.torch_default, a.keras_default):
            continue
        keras = a.from_keras(a.keras_default) if a.from_keras else a.keras_default
        if not same_value(a.torch_default, keras):
            written[a.name] = attrs.get(a.name, _source_default(spec, a, target, False))
    return written


def call_keywords(spec: OpSpec, attrs: dict, target: str) -> str:
    """A functional call's arguments both frameworks spell, all written out (the source's default where not
    given): `, alpha=1.0`."""
    parts = []
    for a in _both(spec):
        value = attrs.get(a.name, _source_default(spec, a, target, True))
        if target == "keras" and a.to_keras:
            value = a.to_keras(value)
        parts.append(f", {getattr(a, target)}={value_code(value)}")
    return "".join(parts)


def seen(layer: Layer, info: ShapeInfo, to_keras: bool) -> Seen:
    """What a layer emit hook knows of the layer's input, from shape inference."""
    x = info.layer_in.get(layer.name)
    image = info.layer_in_spatial.get(layer.name, False)
    told = layer.attrs.get(INPUT_RANK)
    if x is None and isinstance(told, int) and told >= 2:
        # a layer of a chain built by code: the rank its neighbours fix (frontends.chains); a chain tells rank 3 only
        # after a 1-D conv or pool, so any rank above 2 is channels-first in PyTorch (an image)
        x, image = (None,) * (told - 1), told >= 3
    rank = None if x is None else len(x) + 1
    return Seen(x, bool(image), layer.span in info.adapters,
                lambda axis: remap_axis(axis, rank, image, to_keras=to_keras), layer.name in info.rank_guessed_layers,
                layer.span in info.image_reshapes)
