"""Weight rules: how an op's PyTorch parameters become its Keras weights and back.

PyTorch arrays (by parameter name) are canonical. `to_keras(arrays, flat)` gives the Keras layer's weights
in `get_weights()` order; `from_keras(weights, has_bias, flat)` gives them back by name. `flat` is the
flattened image a layer reads, `(C, *S)` or a join of such parts (`shapes.FlatParts`): PyTorch flattens C
first, Keras last, so the columns reading it are reordered.

The rules import no numpy: the catalog is loaded by the language server, which never needs numpy (0.3 s to
import); they use the namespace of the arrays they are given (`__array_namespace__`, the array API).
"""
from __future__ import annotations

import math
from itertools import accumulate


class WeightError(Exception):
    pass


# -- flatten order -------------------------------------------------------------------------------------------
def _part_widths(flat, total: int) -> list[int]:
    """The width of each joined part; one unknown width is what the others leave."""
    known = [width for width, _ in flat.parts if width is not None]
    unknown = len(flat.parts) - len(known)
    if unknown > 1:  # parts sized by one symbolic channel count (`h` * 12, `h` * 10): what the others leave tells it
        solved = _one_channel_count([part for width, part in flat.parts if width is None], total - sum(known))
        if solved is not None:
            widths = iter(solved)
            return [next(widths) if width is None else width for width, _ in flat.parts]
    if unknown > 1 or (unknown == 0 and sum(known) != total):
        raise WeightError(f"the widths of the joined features that include a flattened image are not known "
                          f"(or do not add up to {total}): give the input shape")
    return [total - sum(known) if width is None else width for width, _ in flat.parts]


def _one_channel_count(parts: list, left: int) -> list[int] | None:
    """The widths of flattened images `(C, *S)` that share one channel count C not known statically (the same
    expression) and have known spatial sizes, when together they are `left` wide; None otherwise."""
    if not parts or any(not part or len(part) < 2 or isinstance(part[0], int) or part[0] != parts[0][0]
                        or not all(isinstance(d, int) for d in part[1:]) for part in parts):
        return None
    positions = [math.prod(part[1:]) for part in parts]
    if not sum(positions) or left % sum(positions):
        return None
    return [left // sum(positions) * n for n in positions]


def flat_perm(w, flat, to_keras: bool):
    """Reorder a dense layer's input columns (w is (out, in)) between (C, *S) and (*S, C) flatten orders
    (part by part for a concatenation)."""
    if hasattr(flat, "parts"):
        if all(_one_position(part) for _, part in flat.parts):
            return w  # no part is reordered (global pools flattened): their widths need not be known
        bounds = [0, *accumulate(_part_widths(flat, w.shape[1]))]
        cols = [flat_perm(w[:, a:b], part, to_keras) for a, b, (_, part) in zip(bounds, bounds[1:], flat.parts)]
        return w.__array_namespace__().concat(cols, axis=1)
    if not flat or len(flat) < 2:
        return w
    out = w.shape[0]
    c, spatial = flat[0], _spatial_sizes(flat, w.shape[1])
    if spatial is None:
        return w  # one position: the orders agree
    if not isinstance(c, int):  # a symbolic channel count: the layer's real width tells it
        c = w.shape[1] // max(1, math.prod(spatial))
    n = len(spatial)
    if to_keras:  # torch (out, C*S) -> (out, S*C)
        return w.reshape(out, c, *spatial).transpose(0, *range(2, 2 + n), 1).reshape(out, -1)
    return w.reshape(out, *spatial, c).transpose(0, n + 1, *range(1, n + 1)).reshape(out, -1)


def _one_position(flat) -> bool:
    """A joined part whose order is the same in both frameworks: features not flattened from an image, or an
    image flattened from one position (every spatial size statically 1, as after a global pool)."""
    return not flat or len(flat) < 2 or all(d == 1 for d in flat[1:])


def _spatial_sizes(flat: tuple, width: int) -> tuple | None:
    """The spatial sizes of a flattened (C, *S) image whose layer reads `width` features: one size the shape pass
    left open follows from the width; None where every size is 1. More left open: a WeightError, as the columns
    cannot be permuted (skipping the permutation would be silently wrong)."""
    c, spatial = flat[0], list(flat[1:])
    unknown = [i for i, d in enumerate(spatial) if not isinstance(d, int)]
    if unknown and isinstance(c, int) and c > 0 and width % c == 0:
        positions = width // c
        if positions == 1:
            return None
        known = math.prod(d for d in spatial if isinstance(d, int))
        if len(unknown) == 1 and known and positions % known == 0:
            spatial[unknown[0]] = positions // known
            unknown = []
    if unknown:
        raise WeightError(f"a flattened image of {c} channels and spatial sizes {tuple(flat[1:])} not known "
                          "statically reaches a dense layer: Pivot cannot permute its columns between the "
                          "frameworks' flatten orders (declare the input shape)")
    return None if all(d == 1 for d in spatial) else tuple(spatial)


def features_perm(arrays: dict, flat, to_keras: bool) -> dict:
    """A 1-D norm's per-feature parameters, reordered like a dense layer's input columns."""
    return {k: flat_perm(v[None, :], flat, to_keras)[0] for k, v in arrays.items()} if flat else arrays


def _with_bias(out: dict, weights: list, has_bias: bool) -> dict:
    return out | ({"bias": weights[1]} if has_bias else {})


# -- rules ---------------------------------------------------------------------------------------------------
class WeightRule:
    """A rule of one op family; subclasses convert, the fields tell the weight walk what the op does."""

    # attributes of the PyTorch module the rule needs besides its arrays (passed to to_keras by keyword)
    sizes: tuple[str, ...] = ()
    # the PyTorch tensors it reads, those the module has (a dotted name is a submodule's)
    arrays: tuple[str, ...] = ("weight", "bias", "running_mean", "running_var")

    def to_keras(self, arrays: dict, flat=None, **sizes) -> list:
        raise WeightError(f"{type(self).__name__} weights are migrated from Keras only")

    def from_keras(self, weights: list, has_bias: bool, flat=None, affine: bool = True) -> dict:
        raise NotImplementedError

    def __eq__(self, other) -> bool:  # rules are values: entries compare and hash by them
        return type(self) is type(other) and vars(self) == vars(other)

    def __hash__(self) -> int:
        return hash((type(self).__name__, *sorted(vars(self).items())))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"


class Dense(WeightRule):
    """Linear weight (out, in) is Dense's kernel (in, out) transposed."""

    def to_keras(self, arrays, flat=None, **sizes):
        return [flat_perm(arrays["weight"], flat, True).T] + ([arrays["bias"]] if "bias" in arrays else [])

    def from_keras(self, weights, has_bias, flat=None, affine=True):
        return _with_bias({"weight": flat_perm(weights[0].T, flat, False)}, weights, has_bias)


class TiedDense(WeightRule):
    """A linear layer whose weight is another layer's (weight tying): only its bias is its own; the weight is
    copied with the layer that owns it (PyTorch's `decoder.weight` is `encoder.weight`)."""

    arrays = ("bias",)

    def to_keras(self, arrays, flat=None, **sizes):
        return [arrays["bias"]] if "bias" in arrays else []

    def from_keras(self, weights, has_bias, flat=None, affine=True):
        return {"bias": weights[0]} if has_bias and weights else {}


class Conv(WeightRule):
    """Kernel (out, in/groups, *k) (transposed conv: (in, out/groups, *k)) is Keras's (*k, in, out) (HWIO)."""

    def to_keras(self, arrays, flat=None, **sizes):
        w = arrays["weight"]
        return [w.transpose(*range(2, w.ndim), 1, 0)] + ([arrays["bias"]] if "bias" in arrays else [])

    def from_keras(self, weights, has_bias, flat=None, affine=True):
        n = weights[0].ndim - 2
        return _with_bias({"weight": weights[0].transpose(n + 1, n, *range(n))}, weights, has_bias)


def _depthwise_kernel(k):
    """Keras (*kernel, in, multiplier) as PyTorch's grouped (in * multiplier, 1, *kernel): output c * m + j."""
    n = k.ndim - 2
    flat = k.reshape(*k.shape[:n], -1)
    return flat.transpose(n, *range(n))[:, None]


def _depthwise_kernel_to_keras(w, groups: int):
    """PyTorch's grouped (in * multiplier, 1, *kernel) as Keras's (*kernel, in, multiplier): the inverse."""
    n = w.ndim - 2
    k = w[:, 0].reshape(groups, w.shape[0] // groups, *w.shape[2:])
    return k.transpose(*range(2, n + 2), 0, 1)


class Depthwise(WeightRule):
    """Keras DepthwiseConv (*k, in, multiplier) as a grouped nn.Conv (in * multiplier, 1, *k)."""

    sizes = ("groups",)

    def to_keras(self, arrays, flat=None, **sizes):
        return [_depthwise_kernel_to_keras(arrays["weight"], sizes["groups"])] + \
            ([arrays["bias"]] if "bias" in arrays else [])

    def from_keras(self, weights, has_bias, flat=None, affine=True):
        return _with_bias({"weight": _depthwise_kernel(weights[0])}, weights, has_bias)


class Separable(WeightRule):
    """Pivot's SeparableConv module: a depthwise convolution, then a 1x1 pointwise one (with the bias)."""

    sizes = ("depthwise.groups",)
    arrays = ("depthwise.weight", "pointwise.weight", "pointwise.bias")

    def to_keras(self, arrays, flat=None, **sizes):
        return [_depthwise_kernel_to_keras(arrays["depthwise.weight"], sizes["depthwise.groups"]),
                Conv().to_keras({"weight": arrays["pointwise.weight"]})[0]] + \
            ([arrays["pointwise.bias"]] if "pointwise.bias" in arrays else [])

    def from_keras(self, weights, has_bias, flat=None, affine=True):
        out = {"depthwise.weight": _depthwise_kernel(weights[0]),
               "pointwise.weight": Conv().from_keras(weights[1:2], False)["weight"]}
        return out | ({"pointwise.bias": weights[2]} if has_bias else {})


class Affine(WeightRule):
    """LayerNorm / GroupNorm / InstanceNorm: weight, bias are Keras's gamma, beta."""

    def to_keras(self, arrays, flat=None, **sizes):
        arrays = features_perm(arrays, flat, True)
        return [arrays[k] for k in ("weight", "bias") if k in arrays]

    def from_keras(self, weights, has_bias, flat=None, affine=True):
        return features_perm(dict(zip(("weight", "bias")[:len(weights)], weights)), flat, False)


class BatchNorm(WeightRule):
    """weight, bias, running_mean, running_var are gamma, beta, moving_mean, moving_variance (the first two
    only when affine)."""

    STATS = ("running_mean", "running_var")

    def to_keras(self, arrays, flat=None, **sizes):
        arrays = features_perm(arrays, flat, True)
        stats = [arrays[k] for k in self.STATS]
        return ([arrays["weight"], arrays["bias"]] if "weight" in arrays else []) + stats

    def from_keras(self, weights, has_bias, flat=None, affine=True):
        names = ("weight", "bias", *self.STATS) if affine else self.STATS
        return features_perm(dict(zip(names, weights)), flat, False)


class Table(WeightRule):
    """One array the same in both (an embedding's table)."""

    def to_keras(self, arrays, flat=None, **sizes):
        return [arrays["weight"]]

    def from_keras(self, weights, has_bias, flat=None, affine=True):
        return {"weight": weights[0]}


class Bilinear(WeightRule):
    """nn.Bilinear's weight (out, in1, in2) and bias, held as they are by Pivot's Keras `TorchBilinear`."""

    def to_keras(self, arrays, flat=None, **sizes):
        return [arrays[k] for k in ("weight", "bias") if k in arrays]

    def from_keras(self, weights, has_bias, flat=None, affine=True):
        return _with_bias({"weight": weights[0]}, weights, has_bias)


class Slopes(Table):
    """PReLU: Keras's alpha keeps the shared axes as 1s; PyTorch's weight is a vector."""

    def from_keras(self, weights, has_bias, flat=None, affine=True):
        return {"weight": weights[0].reshape(-1)}


class Recurrent(WeightRule):
    """One cell of a recurrent layer: weight_ih (G*H, I), weight_hh (G*H, H) are Keras's kernel (I, G*H) and
    recurrent_kernel (H, G*H), gates reordered. `gates` names PyTorch's gate blocks in order, `keras_order`
    Keras's in PyTorch's names. Keras keeps both biases as (2, G*H) when `two_biases`, else one: their sum."""

    arrays = ("weight_ih", "weight_hh", "bias_ih", "bias_hh")  # of each cell: `weight_ih_l0_reverse`...

    def __init__(self, gates: str, keras_order: str, two_biases: bool = False):
        assert sorted(gates) == sorted(keras_order), (gates, keras_order)
        self.gates, self.keras_order, self.two_biases = gates, keras_order, two_biases

    def perm(self, rows: int) -> list[int]:
        """Row indices of PyTorch's (G*H) axis in Keras's gate order."""
        h = rows // len(self.gates)
        return [self.gates.index(g) * h + j for g in self.keras_order for j in range(h)]

    def inverse(self, rows: int) -> list[int]:
        perm = self.perm(rows)
        out = [0] * rows
        for i, p in enumerate(perm):
            out[p] = i
        return out

    def to_keras(self, arrays, flat=None, **sizes):
        perm = self.perm(arrays["weight_ih"].shape[0])
        values = [arrays["weight_ih"][perm].T, arrays["weight_hh"][perm].T]
        if "bias_ih" in arrays:
            b_ih, b_hh = arrays["bias_ih"][perm], arrays["bias_hh"][perm]
            values.append(b_ih.__array_namespace__().stack([b_ih, b_hh]) if self.two_biases else b_ih + b_hh)
        return values

    def from_keras(self, weights, has_bias, flat=None, affine=True):
        inverse = self.inverse(weights[0].shape[1])
        out = {"weight_ih": weights[0].T[inverse], "weight_hh": weights[1].T[inverse]}
        if len(weights) > 2:
            bias = weights[2]
            if self.two_biases:
                out["bias_ih"], out["bias_hh"] = bias[0][inverse], bias[1][inverse]
            else:  # one Keras bias: all of it in b_ih
                out["bias_ih"], out["bias_hh"] = bias[inverse], bias.__array_namespace__().zeros_like(bias)
        return out


class RecurrentCell(Recurrent):
    """One recurrent cell module (nn.LSTMCell): a recurrent layer's arrays without the layer/direction suffix,
    copied to the Keras cell inside Pivot's `TorchRNNCell` as a plain layer's (not cell by cell)."""


class Attention(WeightRule):
    """nn.MultiheadAttention's packed in_proj (3E, E) and out_proj are keras MultiHeadAttention's query, key,
    value kernels (E, heads, E/heads) and output kernel (heads, E/heads, E), each with its bias when biased.
    Keras's side is the layer `keras_wrapped` of Pivot's support class, its parts the dense sublayers."""

    sizes = ("num_heads",)
    bias_array = "in_proj_bias"  # present when biased
    arrays = ("in_proj_weight", "in_proj_bias", "out_proj.weight", "out_proj.bias")
    keras_wrapped = "attention"
    keras_parts = ("_query_dense", "_key_dense", "_value_dense", "_output_dense")

    def to_keras(self, arrays, flat=None, num_heads: int = 1, **sizes):
        w, b = arrays["in_proj_weight"], arrays.get("in_proj_bias")
        e = w.shape[1]
        h, d = num_heads, e // num_heads
        values = []
        for i in range(3):
            values += [w[i * e:(i + 1) * e].T.reshape(e, h, d)] + ([b[i * e:(i + 1) * e].reshape(h, d)]
                                                                    if b is not None else [])
        values.append(arrays["out_proj.weight"].T.reshape(h, d, e))
        return values + ([arrays["out_proj.bias"]] if b is not None else [])

    def from_keras(self, weights, has_bias, flat=None, affine=True):
        step = 2 if has_bias else 1
        q, k, v, o = (weights[i:i + step] for i in range(0, 4 * step, step))
        e = o[0].shape[-1]
        xp = o[0].__array_namespace__()
        out = {"in_proj_weight": xp.concat([p[0].reshape(e, e).T for p in (q, k, v)]),
               "out_proj.weight": o[0].reshape(e, e).T}
        if has_bias:
            out |= {"in_proj_bias": xp.concat([p[1].reshape(e) for p in (q, k, v)]), "out_proj.bias": o[1]}
        return out


class KerasLayout(WeightRule):
    """A PyTorch support module that holds the Keras layer's weights as they are (ConvLSTM2d): one to one, in
    order (pivot.weights copies any module marked `KERAS_LAYOUT` so)."""

    arrays = ()

    def from_keras(self, weights: list, has_bias: bool, flat=None, affine: bool = True) -> dict:
        return {str(i): w for i, w in enumerate(weights)}  # by position: the module's parameters in order
