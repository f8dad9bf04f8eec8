"""How verify and convert-weights decide a model's input, from what the file states. Framework-free.

In order:
1. the shape the user gives (`--input-shape [NAME=]2,28,28,1`);
2. the input the file declares: `keras.Input(shape=...)` or a first layer's `input_shape=`, evaluated through
   module constants, builder parameter defaults and the call site's arguments (see `pivot.slice`);
3. the first layer's channels or features, with a default size for the other dimensions; a literal
   `in_features` of the first Linear after a conv/flatten stack fixes that size (`Linear(9216, 128)` after
   64 channels and a 2x2 pool: 12x12, so a 28x28 input), found by running the static shape pass over sizes.
A `None` dimension gets the default length below. Inputs that feed an embedding are int64 token ids below the
smallest vocabulary. Where none of this settles a shape, the error names the dimension and the flag.
"""
from __future__ import annotations

from pivot.errors import PivotError

# the default length of a dimension the file leaves open, by the number of such (spatial/time) dimensions
DEFAULT_SPATIAL = {1: 64, 2: 32, 3: 16}
BATCH = 2
SEARCH = range(1, 1025)  # input sizes tried when a Linear's in_features fixes the spatial size


def choose_input(net, sl, given: list | None, dtype: str | None) -> tuple[list, str]:
    """(the batch shape in the source layout, one list per input, and the input dtype)."""
    from pivot.verify import input_dtype

    declared = declared_inputs(net, sl) if sl is not None else None
    if given:
        shape = given
    elif declared and all(d[0] is not None for d in declared):
        shapes = [[BATCH] + [d if d is not None else _default(len(s)) for d in s] for s, _, _, _ in declared]
        shape = shapes[0] if len(shapes) == 1 else shapes
    else:
        shape = inferred_shape(net, declared)
    if dtype is None and declared and any(str(d[1]).startswith("int") for d in declared):
        dtype = "int64"
    return shape, dtype or input_dtype(net)


def _default(rank: int) -> int:
    return DEFAULT_SPATIAL.get(max(1, rank - 1), 16)


def declared_inputs(net, sl) -> list | None:
    """The file's declaration of each input of `net`: (shape or None, dtype, line, source text)."""
    found = sl.declared
    if net.inputs and all(name in found for name in net.inputs):
        return [found[name] for name in net.inputs]
    if "" in found and len(net.inputs) <= 1:
        return [found[""]]
    ordered = [found[k] for k in sl.declared_order if k != ""]
    if ordered and len(ordered) == max(1, len(net.inputs)):
        return ordered
    return None


def inferred_shape(net, declared=None) -> list:
    """The first layer's channels/features, a default size, fixed by a Linear's literal in_features."""
    from pivot.shapes import infer
    from pivot.verify import default_input_shape

    shape = default_input_shape(net, infer(net))
    if shape is None:
        raise PivotError(missing_message(net, declared))
    if net.framework == "torch" and not isinstance(shape[0], list):
        shape = sized_by_linear(net, shape)
    return shape


def missing_message(net, declared) -> str:
    from pivot.shapes import infer

    info = infer(net)
    parts = []
    for name, shape in zip(net.inputs or ("input",), info.input_shapes or (None,)):
        if shape is None:
            parts.append(f"the rank and sizes of input `{name}`")
        else:
            dims = [i + 1 for i, d in enumerate(shape) if not isinstance(d, int)]
            parts.append(f"dimension{'s' if len(dims) > 1 else ''} {', '.join(map(str, dims))} (after the batch) "
                         f"of input `{name}`")
    stated = ""
    if declared:
        stated = "; the file declares " + ", ".join(f"`{text}` (line {line})" for _, _, line, text in declared) + \
            ", which Pivot cannot evaluate statically"
    return (f"the file does not state {' and '.join(parts)} of `{net.name}`{stated}: pass "
            f"--input-shape {net.name}=BATCH,... (';' between the shapes of several inputs)")


def sized_by_linear(net, shape: list) -> list:
    """The spatial size at which the first Linear with a literal in_features receives exactly that many features
    (the default size if it does; else the size with the most factors of two, the usual image sizes)."""
    from pivot.model import iter_layers
    from pivot.shapes import infer

    linear = next((l for l in iter_layers(net.layers) if l.op == "Linear"), None)
    width = linear.attrs.get("in_features") if linear is not None else None
    if not isinstance(width, int) or len(shape) < 3:
        return shape
    channels, spatial = shape[1], len(shape) - 2

    def fits(size: int) -> bool:
        try:
            info = infer(net, ((channels,) + (size,) * spatial,))
        except Exception:  # a size the layers cannot take
            return False
        return info.layer_in.get(linear.name) == (width,)

    if fits(shape[2]) and len(set(shape[2:])) == 1:
        return shape
    sizes = [s for s in SEARCH if fits(s)]
    if not sizes:
        return shape
    if len(sizes) > 16:  # the size hardly matters (adaptive pooling): the smallest usual one
        best = next((s for s in sizes if s % 32 == 0), sizes[0])
    else:
        best = max(sizes, key=lambda s: ((s & -s), -s))
    return shape[:2] + [best] * spatial


def token_bound(net) -> int:
    """Token ids are drawn below this: the smallest vocabulary of the model's embeddings (10 without one)."""
    from pivot.model import iter_layers

    sizes = [l.attrs.get("num_embeddings") for l in iter_layers(net.layers) if l.op == "Embedding"]
    sizes = [s for s in sizes if isinstance(s, int) and s > 0]
    return min(sizes) if sizes else 10
