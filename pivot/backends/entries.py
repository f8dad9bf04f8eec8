"""Generic drivers of catalog entry data that both backends share (the entries say what; these say how)."""
from __future__ import annotations

from pivot import diagnostics as D
from pivot.backends.common import Emitted
from pivot.catalog import OpSpec
from pivot.model import Layer


def caveats(spec: OpSpec, attrs: dict, layer: Layer, out: Emitted, side: str) -> None:
    """The entry's caveats for arguments of the source side given a value: what the target side loses."""
    source = "keras" if side == "torch" else "torch"
    for a in spec.args:
        value = attrs.get(a.name)
        if a.caveat and getattr(a, source) and value is not None and value is not False:
            out.diagnostics.append(D.make(a.caveat[0], layer.span, f"`{layer.source}`: {a.caveat[1]}", target=side))
