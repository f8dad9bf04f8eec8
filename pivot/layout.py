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


def expand_ellipsis(items, rank: int | None):
    """`x[..., -1]`: the ellipsis as the whole axes (`:`) it stands for where the rank (with the batch) is known;
    the items as they are otherwise."""
    if not items or "..." not in items or rank is None or list(items).count("...") > 1:
        return items
    whole = rank - sum(item not in ("...", "new") for item in items)
    at = list(items).index("...")
    return items if whole < 0 else tuple(items[:at]) + (":",) * whole + tuple(items[at + 1:])


def index_order(items, rank: int | None, to_keras: bool) -> list[int] | None:
    """`x[...]` of an image-like tensor of `rank` (with the batch) across the layout change: for each axis of the
    target, the position of the item indexing it in the source's subscript (items past the written ones are
    whole, `:`); None when an item adds an axis or is not known (`None`, an ellipsis, a tensor index), the batch
    is not kept whole, or the rank is unknown. An ellipsis counts as the whole axes it stands for."""
    items = expand_ellipsis(items, rank)
    if rank is None or not items or len(items) > rank or items[0] != ":" or \
            any(item is None or item in ("new", "list", "...") for item in items):
        return None
    source = [remap_axis(a, rank, True, not to_keras) % rank for a in range(rank)]  # target axis -> source axis
    return source


def index_result(items, rank: int, framework: str) -> tuple[tuple, bool] | None:
    """(the items in canonical, channels-first order, whether the result is still image-like) of `x[...]` of an
    image-like tensor in `framework`'s layout: image-like while it keeps its channels and a spatial axis."""
    order = index_order(items, rank, to_keras=False) if framework == "keras" else list(range(rank))
    items = expand_ellipsis(items, rank)
    if order is None or "..." in items:
        return None
    full = tuple(items) + (":",) * (rank - len(items))
    canonical = tuple(full[order[a]] for a in range(rank))
    kept = [not isinstance(item, int) and item != "int" for item in canonical]
    return canonical, kept[1] and any(kept[2:])
