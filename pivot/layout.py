"""Layout helpers: how axes move between PyTorch's channels-first and Keras's channels-last layouts.

Below the shape inference and the backends (model <- catalog <- shapes / layout <- weights <- backends): both
number axes across the layout change with these.
"""
from __future__ import annotations

from pivot.model import Value


def remap_axis(axis: Value, rank: int | None, spatial: bool, to_keras: bool) -> Value:
    """An axis index (or a tuple of them) across the layout change (channels-first <-> channels-last) of
    image-like values."""
    if spatial and isinstance(axis, tuple) and all(isinstance(a, int) for a in axis):
        return tuple(remap_axis(a, rank, spatial, to_keras) for a in axis)
    if not spatial or not isinstance(axis, int):
        return axis
    if rank is None:
        if to_keras and axis == 1:
            return -1
        if not to_keras and axis == -1:
            return 1
        return axis
    a = axis % rank
    if to_keras:
        new = 0 if a == 0 else (rank - 1 if a == 1 else a - 1)
        return -1 if new == rank - 1 else new
    new = 0 if a == 0 else (1 if a == rank - 1 else a + 1)
    return new


def new_axis_position(axis: Value, rank: int | None, to_keras: bool) -> int | None:
    """Where an op that adds an axis (unsqueeze, stack) to an image-like value of `rank` puts it in the target
    layout; None when the rank is unknown or the new axis is not a spatial one (it would turn the channels
    into a spatial axis, which no axis of the other layout is)."""
    if not isinstance(axis, int) or isinstance(axis, bool) or rank is None:
        return None
    a = axis % (rank + 1)
    if to_keras:
        return a - 1 if a >= 2 else None
    return a + 1 if 1 <= a <= rank - 1 else None
