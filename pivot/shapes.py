"""Static shape inference over a pivot network.

Shapes are per sample (no batch axis) in the canonical, channels-first layout; a dimension that cannot be
known statically is None, and a value whose rank is unknown has shape None. `spatial` marks image-like
values (channels-first in PyTorch, channels-last in Keras): the ones whose axes move under migration.
"""
from __future__ import annotations

import ast
import math
import re
from dataclasses import dataclass, field, replace

from pivot.catalog import CATALOG, OpSpec, lookups
from pivot.catalog.domains import Ints
from pivot.catalog.reshaping import target_sizes
from pivot.catalog.shape_rules import OUTPUT_PADDING_GIVEN, Call, ShapeRule, dim, int_or_none, sample_axis
from pivot.catalog.spelling import PER_STEP_IMAGES
from pivot.layout import expand_ellipsis, index_result, new_axis_position, remap_axis
from pivot.model import FACTORY, FIRST_BLOCK, FLAT_WIDTH, INPUT_RANK, OVER_CHANNELS, TENSOR_SHAPES, TORCH_ORDER, Attrs, Expr, Layer, Network, Node, iter_layers

Shape = tuple | None


@dataclass(frozen=True)
class FlatParts:
    """A feature vector joined from parts (a concatenation): per part, its width and the (C, *S) image
    flattened into it (None: features whose order does not change in migration)."""

    parts: tuple[tuple[int | None, tuple | None], ...]


@dataclass
class ShapeInfo:
    values: dict[str, Shape] = field(default_factory=dict)
    spatial: dict[str, bool] = field(default_factory=dict)
    layer_in: dict[str, Shape] = field(default_factory=dict)
    layer_in_spatial: dict[str, bool] = field(default_factory=dict)
    layer_out: dict[str, Shape] = field(default_factory=dict)
    # layer -> the shapes of all its inputs at its first call (attention's query, value and key)
    layer_ins: dict[str, tuple] = field(default_factory=dict)
    # layer -> the (C, *S) image (or FlatParts) flattened into its input features, whose order differs between
    # the frameworks: dense layers (their input columns) and 1-D norms (their per-feature parameters)
    flat_from: dict[str, tuple | FlatParts] = field(default_factory=dict)
    # nodes through which such an order cannot be carried (the result would be silently wrong): node -> why
    layout_lost: dict = field(default_factory=dict)
    input_shapes: tuple[Shape, ...] = ()
    input_spatial: tuple[bool, ...] = ()
    # inputs the model reads as images (a conv, pool or norm of an image rank later on), also where their rank is
    # not known statically: a value of unknown shape may then be an image whose axes change order
    image_inputs: tuple[bool, ...] = ()
    from_sizes: dict = field(default_factory=dict)  # node -> which inputs are made from sizes (`values_from_sizes`)
    range_ranks: dict = field(default_factory=dict)  # node -> the rank of each input made from sizes (`range_ranks`)
    open_images: set = field(default_factory=set)  # nodes reading what may be an image of unknown rank (`open_images`)
    # inputs of a PyTorch model with image layers whose rank and layout nothing tells (a block migrated without
    # its callers): an axis read from them cannot be remapped
    untold_images: set = field(default_factory=set)
    # nodes reading what a block of the file that works on images (Network.image_blocks) returns, the rank and
    # layout of which its analysis does not tell (maybe through layers keeping the value): node -> the block's call
    unseen_blocks: dict = field(default_factory=dict)
    framework: str = "torch"
    # transposes that only move channels between last (sequence/NHWC) and second (NCHW) place: in the
    # target layout they are no-ops
    adapters: set = field(default_factory=set)
    # PyTorch permutes of a plain input into a conv's channels-first image other than channels-last -> first
    # (`x.permute(0, 2, 1, 3, 4)` of a (N, T, C, H, W) clip): span -> the Keras transpose's axes (to channels-last)
    adapter_axes: dict = field(default_factory=dict)
    # Keras layers whose PyTorch twin needs its input transposed: name -> ("to_first" | "to_last", rank)
    adapted: dict = field(default_factory=dict)
    # Keras layers over the channel axis of an image inside a Sequential (a Dense, a LayerNormalization, a factory
    # building one): nn.Sequential cannot transpose around them, so their PyTorch module is wrapped in
    # `ChannelsLast` (the channels moved last for it and back) and the image stays channels-first: span -> rank
    around: dict = field(default_factory=dict)
    # a Keras model's layer factories (`norm_layer = lambda c: layers.LayerNormalization()`): name -> the op built
    factory_ops: dict = field(default_factory=dict)
    steps: list = field(default_factory=list)  # the output shape of each dataflow node, in order
    lists: set = field(default_factory=set)  # values that are Python lists of tensors (shape: one element's)
    # values whose sizes no input shape tells (they come out of a block Pivot does not see into)
    unsized: set = field(default_factory=set)
    # flattens of such images (by span): they keep the source framework's order (PyTorch's channels-first, or
    # Keras's channels-last), as the following dense layer's weights cannot be permuted for an unknown size
    flatten_channels_first: set = field(default_factory=set)
    unread_flattens: set = field(default_factory=set)  # of those, the flattens no weighted layer reads
    returned_flattens: set = field(default_factory=set)  # and those the model returns besides a dense layer reading
    # what each dataflow node saw: node -> ((shape, spatial) per input, (shape, spatial) per output); a
    # variable can be rebound later (x = conv(x) ... x = flatten(x)), so `values` alone holds only its last
    at: dict = field(default_factory=dict)
    # `x.unsqueeze(1)` giving a value that is not image-like the channel axis a conv reads (by span): Keras's
    # channel axis is the last one
    channel_inserts: set = field(default_factory=set)
    # a Keras model's undeclared input whose rank was guessed from a first dense layer (any rank): the values
    # of that guessed rank, and the layers reading them (a PyTorch twin chosen by rank would be a guess)
    rank_guessed: set = field(default_factory=set)
    rank_guessed_layers: set = field(default_factory=set)
    # Keras BatchNormalization layers over the last axis whose input's rank the model does not declare (a dense
    # layer before them reads any rank): written rank-free and features-last in PyTorch (FeaturesLastBatchNorm),
    # never moved channels-first, whatever input shape an inference is given
    features_last_norms: set = field(default_factory=set)
    # layer -> its arguments that read a tensor's size (`filters=inputs.shape[-1]`), as the size read
    sized_by_tensors: dict = field(default_factory=dict)
    rank_guessed_nodes: set = field(default_factory=set)  # the dataflow nodes reading a value of guessed rank
    # input -> the layer whose reading left its rank open (a dense layer reads any rank): named by the refusals
    rank_guessed_by: dict = field(default_factory=dict)
    # reshapes (`x.view(-1, 16, 7, 7)`, nn.Unflatten; by span) of a value that is not image-like into an image a
    # conv/pool/norm reads next (`image_reshapes`): PyTorch's channels-first image, moved channels-last in Keras
    image_reshapes: set = field(default_factory=set)
    # ops giving sizes per axis (`z.unsqueeze(1).expand(-1, t, -1)`, `repeat`; by span) whose result a recurrent
    # layer reads next (`sequence_expands`): a (N, T, F) sequence, in the same order in both frameworks
    sequence_expands: set = field(default_factory=set)
    # block of the file -> (relative?, rank or rank change, image?) of its output (`Network.block_outputs`)
    block_outputs: dict = field(default_factory=dict)
    # the model's learned tensors (nn.Parameter, add_weight, buffers), read as `self.NAME`: the value NAME
    parameters: frozenset = frozenset()
    # layer span -> (input shape, image?) at its first call: `layer_in` by name mixes unnamed layers (a list a
    # function fills for `nn.Sequential(*layers)`), whose names are all ""
    layer_in_at: dict = field(default_factory=dict)
    # a PyTorch RNN's final states of an input of known rank (`_, h_n = self.gru(x)`): value -> "stacked" (h_n or
    # c_n, (num_layers * directions, N, H): `h_n[-1]` is one layer's (N, H)) or "pair" (an LSTM's (h_n, c_n))
    rnn_states: dict = field(default_factory=dict)

    def seen(self, node, value: str | None, output: bool = False) -> tuple:
        """The shape and layout of `value` where `node` used it (or, with `output`, produced it); by name if
        not recorded. `x = f(x)` has the same name on both sides."""
        record = self.at.get(node)
        if record is not None and value is not None:
            names, pairs = (node.outputs, record[1]) if output else (node.inputs, record[0])
            if value in names:
                return pairs[names.index(value)]
        return self.values.get(value or ""), self.spatial.get(value or "", False)

    def rank(self, value: str) -> int | None:
        shape = self.values.get(value)
        return None if shape is None else len(shape) + 1


def invalid_sizes(spec: OpSpec, attrs: dict, side: str) -> list[str]:
    """The arguments holding an integer (or an integer in a tuple) below the least size their `side`'s domain
    accepts (sizes: `Ints(min=1)` on the Arg, with special values such as GroupNormalization's groups=-1).

    The shape rules divide and count by these sizes: they are reported (PIV103) where the call is read, and give
    an unknown size here rather than a ZeroDivisionError."""
    out = []
    for arg in spec.args:
        domain = arg.domain.side(side) if arg.domain is not None else None
        if isinstance(domain, Ints) and domain.min >= 1 and _below(attrs.get(arg.name), domain):
            out.append(arg.name)
    return out


def _below(value, sizes: Ints) -> bool:
    if isinstance(value, tuple):
        return any(_below(v, sizes) for v in value)
    return int_or_none(value) is not None and value < sizes.min and value not in sizes.special


def tf_same_padding(size: int, k: int, s: int, d: int = 1) -> tuple[int, int]:
    """TensorFlow's 'same' padding for one axis: (before, after); the extra pixel goes after."""
    out = -(-size // s)
    total = max((out - 1) * s + (k - 1) * d + 1 - size, 0)
    return total // 2, total - total // 2


# graph-level ops (not catalog entries) that keep each feature where it was, and that read features in any order
_GRAPH_ORDER_KEEPING = ("Alias", "Arith")
_GRAPH_ORDER_FREE = ("Size", "Shape")


def first_reader(net: Network, value: str, passes=lambda node: False, skips=lambda node: False,
                 after: Node | None = None) -> Node | None:
    """The first node (after node `after`, not one `skips` names) that reads `value` or what the nodes `passes` names
    made of it: the one walk every "who reads this first" question asks, each with its own pass-through rule."""
    values = {value}
    start = next((i + 1 for i, n in enumerate(net.nodes) if n is after), 0)
    for node in net.nodes[start:]:
        if not values & set(node.inputs) or skips(node):
            continue
        if passes(node):
            values.update(node.outputs)
            continue
        return node
    return None


def first_use(net: Network, value: str, skipped: tuple[str, ...] = ()) -> Node | None:
    """The first node (not of an op in `skipped`) that reads `value`, or a cast of it: `x = x.float()` first in
    forward keeps the layout and rank its next reader tells (a permute, an unsqueeze, a conv). The cast's reader
    reads the same tensor: every question about how the input is laid out is asked of it."""
    return first_reader(net, value, skips=lambda node: node.op in skipped,
                        passes=lambda node: getattr(CATALOG.get(node.op), "casts", False) and len(node.outputs) == 1)


def _rule(op: str) -> ShapeRule | None:
    spec = CATALOG.get(op)
    return spec.shape_rule if spec is not None else None


def keras_adapter(layer: Layer, x: Shape, spatial: bool) -> str | None:
    """Where a Keras layer reads channels-last data that PyTorch wants channels-first, or the reverse.

    "to_first": a conv/pool/norm over a sequence (N, L, C); "to_last": a dense/RNN/LayerNorm over an
    image-like value. The PyTorch code transposes there.
    """
    spec = CATALOG.get(layer.op)
    if spec is None or x is None or len(x) < 2:
        return None
    wants_first = (spec.layout_sensitive and spec.spatial and len(x) == spec.spatial + 1) or \
        spec.feature_axis == 1
    if wants_first and not spatial:
        return "to_first"
    if spec.feature_axis == -1 and spatial:
        return "to_last"
    return None


def _keras_moved(layer: Layer, reader: Layer, x: Shape, spatial: bool, info: ShapeInfo) -> tuple[Shape, bool]:
    """The input `reader` (the layer, or a Sequential's first) takes in PyTorch, transposed where `layer` is
    called (recorded in `info.adapted`) when its layout differs."""
    move = keras_adapter(reader, x, spatial) if reader.name not in info.features_last_norms else None
    if move == "to_first":
        x, spatial = (x[-1],) + tuple(x[:-1]), True
        info.adapted[layer.name] = (move, len(x) + 1)
    elif move == "to_last":
        x, spatial = tuple(x[1:]) + (x[0],), False
        info.adapted[layer.name] = (move, len(x) + 1)
    return x, spatial


def first_leaf(layer: Layer) -> Layer:
    """The layer a (possibly nested) Sequential applies first; any other layer itself."""
    while layer.op == "Sequential" and layer.children:
        layer = layer.children[0]
    return layer


def layer_output(layer: Layer, x: Shape, info: ShapeInfo, x_spatial: bool) -> tuple[Shape, bool]:
    """Apply one layer (or a container) to an input shape; records what weight transfer needs."""
    if layer.attrs.get(PER_STEP_IMAGES):
        return _per_step_output(layer, x, info, x_spatial)
    if info.framework == "keras" and layer.op != "Sequential":
        x, x_spatial = _keras_moved(layer, layer, x, x_spatial, info)
    if layer.attrs.get(OVER_CHANNELS) and x_spatial and x is not None:  # Pivot's ChannelsLast: over the channels
        out, sp = layer_output(replace(layer, attrs=Attrs(tuple(i for i in layer.attrs.items if i[0] != OVER_CHANNELS))),
                               tuple(x[1:]) + (x[0],), info, False)
        return ((out[-1],) + tuple(out[:-1]), True) if out is not None and len(out) == len(x) and not sp else (out, sp)
    if layer.name not in info.layer_in:
        info.layer_in[layer.name] = x
        info.layer_in_spatial[layer.name] = x_spatial
    info.layer_in_at.setdefault(layer.span, (x, x_spatial))
    if layer.op == "Sequential":
        for child in layer.children:
            x, x_spatial = layer_output(child, x, info, x_spatial)
        out = (x, x_spatial)
    else:
        attrs = layer.attrs.as_dict() | _tensor_sizes(layer, info)
        if "output_padding" in layer.explicit:
            attrs[OUTPUT_PADDING_GIVEN] = True
        out = apply_op(layer.op, attrs, [x], [x_spatial], info, layer.name)
        if layer.span in info.image_reshapes and not x_spatial and x is not None and len(x) == 1 and \
                out[0] is not None and len(out[0]) >= 2:
            out = (out[0], True)  # nn.Unflatten(1, (16, 7, 7)) before a conv: a channels-first image
    info.layer_out.setdefault(layer.name, out[0])
    return out


def _per_step_output(layer: Layer, x: Shape, info: ShapeInfo, x_spatial: bool) -> tuple[Shape, bool]:
    """`TimeDistributed(Conv2D(...))`: the layer on each step's image. The steps of images stay channels-last
    (as in Keras) and are no image themselves; `layer_in` holds one step's image, channels-first."""
    step = to_canonical(tuple(x[1:]), True) if x is not None and not x_spatial and len(x) >= 3 else None
    info.layer_in.setdefault(layer.name, step)
    info.layer_in_spatial.setdefault(layer.name, True)
    out, out_spatial = apply_op(layer.op, layer.attrs.as_dict(), [step], [True], info, layer.name)
    out = (x[0],) + from_canonical(out, out_spatial) if step is not None and out is not None else None
    info.layer_out.setdefault(layer.name, out)
    return out, False


_SIZE_OF = re.compile(r"^\(?(\w+)\)?\.shape\[(-?\d+)\]$")


def _tensor_sizes(layer: Layer, info: ShapeInfo) -> dict:
    """A layer's arguments that read a tensor's size (`filters=inputs.shape[-1]`, in the source's layout), as
    the sizes shape inference knows for that tensor where the layer is made; recorded for the backends."""
    tensors = dict(layer.attrs.get(TENSOR_SHAPES) or ())
    sizes = {}
    for name, value in layer.attrs.items:
        found = _SIZE_OF.match(value.code) if isinstance(value, Expr) else None
        shape = info.values.get(tensors.get(found.group(1), "")) if found else None
        if shape is not None:
            source = from_canonical(shape, info.spatial.get(tensors[found.group(1)], False))
            axis = int(found.group(2))
            if -len(source) - 1 <= axis < len(source) + 1 and axis != 0:
                size = source[axis - 1 if axis > 0 else axis]
                if size is not None:
                    sizes[name] = size
    if sizes:
        info.sized_by_tensors[layer.name] = sizes
    return sizes


def _indexed(x: Shape, items) -> Shape:
    """The per-sample shape of `x[...]` when every item is known and the batch axis is kept whole."""
    items = expand_ellipsis(items, None if x is None else len(x) + 1)
    if x is None or not items or items[0] != ":" or None in items or "..." in items:
        return None
    rest, out = list(x), []
    for item in items[1:]:
        if item == "new":
            out.append(1)
            continue
        if not rest:
            return None
        size = rest.pop(0)
        if not isinstance(item, int) and item != "int":
            out.append(size if item == ":" else None)
    return tuple(out + rest)


def apply_op(op: str, attrs: dict, xs: list[Shape], spatial: list[bool], info: ShapeInfo,
             layer_name: str | None = None) -> tuple[Shape, bool]:
    """The (shape, image-like) of an op's result: the entry's shape rule, given axes in canonical numbering."""
    spec = CATALOG.get(op)
    x = xs[0] if xs else None
    sp = spatial[0] if spatial else False
    if spec is None and op == "Index" and sp and x is not None:  # an image: its items in canonical order
        moved = index_result(attrs.get("items"), len(x) + 1, info.framework)
        return (_indexed(x, moved[0]), moved[1]) if moved is not None else (None, False)
    if spec is None and op == "Index":
        return _indexed(x, attrs.get("items")), False
    if spec is None:
        return (x if op in _GRAPH_ORDER_KEEPING else None), (sp if op in _GRAPH_ORDER_KEEPING else False)
    if info.framework == "keras" and any(spatial) and x is not None:
        attrs = _canonical_axes(spec, attrs, len(x) + 1)
    return spec.shape_rule(Call(spec, attrs, xs, spatial, info.framework))


def _canonical_axes(spec: OpSpec, attrs: dict, rank: int) -> dict:
    """A Keras op's axis arguments on an image-like (channels-last) value, in canonical numbering."""
    if not spec.axis_args:
        return attrs
    out = dict(attrs)
    for name in spec.axis_args:
        axis = attrs.get(name, spec.shape_rule.axis_default)
        out[name] = new_axis_position(axis, rank, to_keras=False) if spec.new_axis else \
            remap_axis(axis, rank, True, to_keras=False)
    return out


def guess_input(net: Network, value: str) -> tuple[Shape, bool]:
    """An undeclared input's rank and channels, from the first layer that consumes it (also through ops that
    keep its rank and channels: an activation, `F.pad`); an image that the model first permutes channels-first
    (`x.permute(0, 3, 1, 2)`) is taken channels-last, as the source takes it."""
    shape, image, _ = _guess(net, value)
    return shape, image


def _guess(net: Network, value: str) -> tuple[Shape, bool, Layer | None]:
    """`guess_input`, and the layer whose arguments told it (None: no layer, or the rank is certain)."""
    moved = channels_first_rank(net, value) or inserted_channels_rank(net, value)
    if moved:
        return (None,) * (moved - 1), False, None
    moved = permuted_into_image_rank(net, value)
    if moved:  # `x.permute(0, 2, 1, 3, 4)` into a Conv3d: the input is not an image, its permute makes one
        return (None,) * (moved - 1), False, None
    if _columns_embedded(net, value):
        return (None,), False, None
    values = {value}
    resized = set()  # values of its rank whose channels may differ (`x.chunk(2, 1)`'s parts, their products)
    uncertain = None  # a first BatchNorm1d's guess: a conv reading the same tensor later tells its rank for sure
    flatten = None  # a first `x = self.flatten(x)`: what reads its result counts the features of any input rank
    first_layer = True
    for node in net.nodes:
        spec = CATALOG.get(node.op)
        reads = bool(values & set(node.inputs))
        part = not reads and bool(resized & set(node.inputs))  # it reads one of those values only
        if reads and spec is not None and spec.kind != "merge" and spec.shape_rule.keeps_channels or \
                reads and node.form == "operator" and node.op == "Arith" and len(node.inputs) == 1:
            # (`(x - self.mean) / self.std`: arithmetic with the model's constants and learned tensors keeps it)
            values.update(node.outputs)
        elif node.op != "layer":
            values.difference_update(node.outputs)  # `x = x.unsqueeze(1)`: another value from here on
            if _keeps_rank_of(net, node, spec, values | resized):
                resized.update(node.outputs)
            else:
                resized.difference_update(node.outputs)
        past = _rank_past_guess(net, node, uncertain) if reads and node.op != "layer" else None
        if past is not None:  # BatchNorm1d(C), then `x.mean(2)`: not (N, C) but (N, C, L)
            return past
        if reads and node.op != "layer" and spec is not None and spec.layout_sensitive and spec.spatial and \
                first_layer and flatten is None:  # F.adaptive_avg_pool2d(x, 1) first: an image of its rank
            return (None,) * (spec.spatial + 1), True, None
        if node.op == "layer":  # a layer's result keeps the rank of what it read only if the layer keeps its shape
            read = net.layer(node.layer or "")
            keeps = read is not None and CATALOG.get(read.op) is not None and CATALOG[read.op].shape_rule.keeps_channels
            (resized.update if part and keeps else resized.difference_update)(node.outputs)
        if not reads and node.op == "layer" and net.framework == "torch":  # `x = self.up(x3)`: the name rebound
            values.difference_update(node.outputs)
        if (reads or part) and node.op == "layer":
            layer = net.layer(node.layer or "")
            inner_flatten = None  # `nn.Sequential(nn.Flatten(), nn.Linear(784, 128), ...)`: the Linear tells
            while layer is not None and layer.op == "Sequential" and layer.children:
                if _plain_flatten(layer.children[0]) and len(layer.children) > 1 and first_layer:
                    inner_flatten = layer.children[0]
                    layer = layer.children[1]
                else:
                    layer = layer.children[0]
            if inner_flatten is not None and flatten is None and tuple(node.inputs) == (value,):
                flatten = inner_flatten  # (the block's result is another value: its flatten is inside)
            if layer is not None:
                dynamic = layer.op == "Sequential" and layer.attrs.get("dynamic") and net.templates
                # `self.block1 = self._conv_block(3, 16)`: a block a method of the class builds, from its templates
                built = _method_built(net, layer)
                grown = grown_list_template(net, layer)
                # `nn.ModuleDict({f"k{k}": nn.Sequential(...) for k in ...})`: the one block its comprehension builds
                built = built or layer.op in ("ModuleList", "ModuleDict") and not layer.children and grown is None \
                    and len(net.templates) == 1
                guess = _built_block_input(first_leaf(net.templates[0]) if built else net.templates[0]) \
                    if dynamic or built else _built_block_input(first_leaf(grown)) if grown is not None else \
                    _first_layer_input(layer, net.framework, _position(node, values | resized))
                if part and guess[0] is not None:  # its rank, not its channels
                    guess = (None,) * len(guess[0]), guess[1]
                told = _told(guess, layer, net.framework, uncertain)
                if told is not None:  # after a first flatten, the rank told is the flattened value's: a guess
                    return told if flatten is None else told[:2] + (told[2] or flatten,)
                if guess[0] is not None:
                    uncertain = uncertain or guess + (layer,)
                if CATALOG.get(layer.op) is not None and CATALOG[layer.op].shape_rule.keeps_channels:
                    values.update(node.outputs)  # a Keras BatchNormalization, nn.Upsample: the next layer tells the rank
                elif _plain_flatten(layer) and first_layer and tuple(node.inputs) == (value,):
                    flatten = layer
                    values.update(node.outputs)
                elif CATALOG.get(layer.op) is not None:  # `x = self.flatten(x)`: another value, the same name
                    values.difference_update(node.outputs)
                elif layer.op in _BLOCKS and net.framework == "torch":  # `x = self.blocks(x)`: a block of the file
                    # or a run-time Sequential: what reads its result may tell the rank, never the channels
                    values.difference_update(node.outputs)
                    resized.update(node.outputs)
                first_layer = False
            elif reads:  # `x = self.features(x)` (a method, a block passed in): a flatten after it is not the first
                first_layer = False
    if net.style == "sequential" and net.layers:
        for layer in iter_layers(net.layers):  # past layers that keep any rank (a Keras BatchNormalization)
            if layer.op == "Sequential":
                continue
            guess = _first_layer_input(layer, net.framework)
            told = _told(guess, layer, net.framework, uncertain)
            if told is not None:
                return told
            if guess[0] is not None:
                uncertain = uncertain or guess + (layer,)
            spec = CATALOG.get(layer.op)
            if spec is None or not spec.shape_rule.keeps_channels:
                break
    return uncertain or (None, False, None)


def _columns_embedded(net: Network, value: str) -> bool:
    """`emb(x_cat[:, i]) for i, emb in enumerate(self.embeddings)`: the input is read first as one column at a time
    (a loop counter's index) by an embedding, one per column: a table (N, columns) of category ids."""
    first = first_use(net, value)
    if first is None or first.op != "Index" or first.inputs != (value,) or \
            tuple(first.attrs.get("items") or ()) != (":", "int"):
        return False
    reader = next((n for n in net.nodes if first.outputs[0] in n.inputs), None)
    layer = net.layer(reader.layer or "") if reader is not None and reader.op == "layer" else None
    layer = grown_list_template(net, layer) or layer if layer is not None else None
    spec = CATALOG.get(layer.op) if layer is not None else None
    return spec is not None and bool(spec.vocabulary_arg)


def _rank_past_guess(net: Network, node: Node, uncertain: tuple | None) -> tuple | None:
    """A guess of `_guess` that `node`, reading the value a first rank-keeping layer of several ranks
    (BatchNorm1d: (N, C) or (N, C, L)) gave, settles: it reads an axis (`dim`/`axis`) past the guessed rank, so
    the value has the higher rank the layer takes (an image); None when it does not tell."""
    if uncertain is None or uncertain[2] is None or uncertain[0] is None:
        return None
    layer, reader = uncertain[2], CATALOG.get(node.op)
    spec = CATALOG.get(layer.op)
    if spec is None or spec.shape != "same" or reader is not None and (reader.new_axis or reader.shape_rule.expands):
        return None  # (`x.unsqueeze(2)`, `torch.stack(.., 2)` number the axes of a value of one more)
    axes = [node.attrs.get(a) for a in ("dim", "axis")]
    axes = [a for v in axes for a in (v if isinstance(v, tuple) else (v,))
            if isinstance(a, int) and not isinstance(a, bool) and a >= 0]
    rank = max(axes, default=-1) + 1  # with the batch
    if rank <= len(uncertain[0]) + 1 or rank not in _ranks_named(spec, layer):
        return None
    return (uncertain[0][0],) + (None,) * (rank - 2), True, None


def grown_list_template(net: Network, layer: Layer) -> Layer | None:
    """`self.convs = nn.ModuleList()` filled by a constructor loop (`self.convs.append(nn.Conv2d(in_ch, ...))`):
    the first layer built into it (`Network.grown`)."""
    span = dict(net.grown).get(layer.name) if layer.op == "ModuleList" and not layer.children else None
    return next((t for t in net.templates if t.span == span), None) if span is not None else None


def _comprehended_rank_change(net: Network, layer: Layer, x: Shape, sp: bool, info: ShapeInfo) -> int | None:
    """The axes one layer of `nn.ModuleList([nn.Embedding(c, d) for c in sizes])` adds to its input: every layer of
    a ModuleList built by one comprehension of one call is that call's op, whatever its sizes (None: not such a
    list, or the op's rule does not tell)."""
    template = grown_list_template(net, layer)
    if template is None or x is None or template.children or not (
            layer.span.contains(template.span.line, template.span.col)
            and layer.span.contains(template.span.end_line, template.span.end_col)):
        return None
    out, _ = apply_op(template.op, template.attrs.as_dict(), [x], [sp], info)
    return len(out) - len(x) if out is not None and len(out) > len(x) else None


def _keeps_rank_of(net: Network, node: Node, spec: OpSpec | None, ranked: set) -> bool:
    """`node` makes a value of the rank of those in `ranked`, maybe not their channels: parts of one of them
    (`x.chunk(2, 1)`, unpacked), an elementwise merge or a concatenation of them only (`a * b`), a shape-keeping
    op of one."""
    inputs = set(node.inputs)
    if not inputs or not inputs <= ranked and not (spec is not None and spec.parts and inputs & ranked):
        return False
    if spec is not None and (spec.parts or spec.kind == "merge" and (spec.shape == "broadcast" or spec.list_input)
                             or spec.kind != "merge" and spec.shape_rule.keeps_channels):  # then `torch.roll`
        return True
    return spec is None and _of_pair(net, node) and node.op not in _GRAPH_ORDER_FREE  # an unpacked part


def plain_flatten(layer: Layer) -> bool:
    return _plain_flatten(layer)


def _plain_flatten(layer: Layer) -> bool:
    """A Flatten module of everything but the batch axis (nn.Flatten(), layers.Flatten())."""
    spec = CATALOG.get(layer.op)
    return spec is not None and spec.shape == "flatten" and layer.attrs.get("start_dim", 1) == 1 \
        and layer.attrs.get("end_dim", -1) == -1


def _told(guess: tuple, layer: Layer, framework: str, uncertain: tuple | None) -> tuple | None:
    """The guess to return at this layer: a certain one (an image after a first BatchNorm1d replaces it), or an
    uncertain one that a later layer cannot settle (it does not keep the shape); None: look further."""
    if guess[0] is None:
        return None
    if not _rank_uncertain(layer, framework):
        return guess + (None,) if uncertain is None or guess[1] else uncertain
    spec = CATALOG.get(layer.op)
    if spec is not None and spec.shape == "same":
        return None  # a BatchNorm1d: (N, C) or (N, C, L); what reads its output may tell
    return uncertain or guess + (layer,)


def _rank_uncertain(layer: Layer, framework: str) -> bool:
    """The input rank a layer's arguments tell is a guess: a dense layer reads any rank, and PyTorch's
    BatchNorm1d both (N, C) and (N, C, L)."""
    spec = CATALOG.get(layer.op)
    if spec is None or spec.shape_rule.first_input(spec, layer.attrs)[1]:
        return False
    return spec.shape_rule.any_rank or (framework == "torch" and len(_ranks_named(spec, layer)) > 1) or \
        _channel_op(spec)


def permuted_channels_first(net: Network, value: str) -> bool:
    """The model's first op on this input moves its channels first (`x.permute(0, 3, 1, 2)`, or
    `x.permute(0, 2, 1)` read by a Conv1d): the source takes channels-last images (or sequences) there, and so
    does its migration (the permute is the layout change)."""
    return bool(channels_first_rank(net, value))


def channels_first_rank(net: Network, value: str) -> int:
    """The rank of the input that `permuted_channels_first` moves channels-first (with the batch), else 0."""
    first = first_use(net, value)
    if first is not None and first.op == "layer":  # a Permute module, maybe first in a Sequential
        first = net.layer(first.layer or "")
    elif first is None and net.style == "sequential" and net.layers:
        first = net.layers[0]
    while first is not None and first.op == "Sequential" and first.children:
        first = first.children[0]
    if isinstance(first, Node) and _permutation(first, 3) == (0, 2, 1):
        reader = _image_reader(net, first)
        return 3 if reader is not None and reader.spatial == 1 else 0
    return 4 if first is not None and _permutation(first, 4) == (0, 3, 1, 2) else 0


def permuted_into_image_rank(net: Network, value: str) -> int:
    """PyTorch: the model's first op on this input is a permute of literal axes, batch kept first, that a conv/pool
    of its rank reads next, other than the channels-last -> first one (`x.permute(0, 2, 1, 3, 4)` of a (N, T, C,
    H, W) clip into a Conv3d): the input is a plain tensor in both frameworks, and the permute makes the image
    (in Keras, channels-last: `_permute_into_image`); its rank (with the batch), else 0."""
    first = first_use(net, value)
    if net.framework != "torch" or first is None or first.op == "layer" or channels_first_rank(net, value):
        return 0
    reader = _image_reader(net, first)
    rank = reader.spatial + 2 if reader is not None else 0
    perm = _permutation(first, rank) if rank else None
    return rank if perm is not None and perm[0] == 0 and perm != tuple(range(rank)) else 0


def _permute_into_image(node: Node, xs, sps, net: Network | None) -> tuple | None:
    """(shape, spatial, Keras axes) of a `permuted_into_image_rank` permute: PyTorch's channels-first image, and
    the axes that take the plain tensor straight to Keras's channels-last one (the permute, then channels last)."""
    reader = _image_reader(net, node) if net is not None and net.framework == "torch" and not (sps and sps[0]) \
        else None
    rank = reader.spatial + 2 if reader is not None else 0
    perm = _permutation(node, rank) if rank else None
    if perm is None or perm[0] != 0 or perm == tuple(range(rank)):
        return None
    x = xs[0] if xs and xs[0] is not None and len(xs[0]) == rank - 1 else (None,) * (rank - 1)
    last = (0,) + tuple(range(2, rank)) + (1,)
    return tuple(x[d - 1] for d in perm[1:]), True, tuple(perm[a] for a in last)


def inserted_channels_rank(net: Network, value: str) -> int:
    """The model's first op on this input adds the channel axis a conv/pool reads (`x.unsqueeze(1)` of
    (N, H, W) before a Conv2d): the input has no channels, in both frameworks; its rank (with the batch), else 0."""
    first = first_use(net, value)
    if first is None or not adds_channel_axis(first, net.framework):
        return 0
    reader = _image_reader(net, first)
    return reader.spatial + 1 if reader is not None else 0


def adds_channel_axis(node: Node, framework: str) -> bool:
    """`x.unsqueeze(1)` (Keras: `expand_dims(x, -1)`), or PyTorch's `x[:, None]` / `x[:, None, :]` (a new axis
    after the batch, every other axis whole): a new axis where the framework's images have their channels."""
    if getattr(_rule(node.op), "expands", False):
        return node.attrs.get("dim") == (1 if framework == "torch" else -1)
    items = node.attrs.get("items") if node.op == "Index" and framework == "torch" else None
    return bool(items) and len(items) >= 2 and items[1] == "new" and \
        all(item == ":" for i, item in enumerate(items) if i != 1)


def _built_block_input(first: Layer) -> tuple[Shape, bool]:
    """The input of a block built at run time (`nn.Sequential(*blocks)`), from the first layer the constructor
    builds: an image of that rank when it is a conv/pool (its channels may be a loop variable), else unknown."""
    shape, image = _first_layer_input(first)
    return ((None,) * len(shape), True) if image and shape is not None else (None, False)


def _position(node: Node, values: set) -> int:
    """Which of a layer call's tensors is the first of `values` (`self.bilinear(u, x)`: 1 for x)."""
    return next((i for i, name in enumerate(node.inputs) if name in values), 0)


def _first_layer_input(layer: Layer, framework: str = "torch", position: int = 0) -> tuple[Shape, bool]:
    spec = CATALOG.get(layer.op)
    if spec is None:
        return None, False
    if spec.torch_modules_by_rank and framework == "keras" or spec.keras_entry_by_rank and framework == "torch":
        return None, False  # one layer of the source for every rank (Keras Dense, nn.Upsample): the rank is unknown
    shape, image = spec.shape_rule.input_at(spec, layer.attrs, position)
    if shape is None and spec.layout_sensitive and spec.spatial:  # nn.PixelShuffle, nn.ChannelShuffle (a guess)
        return (None,) * (spec.spatial + 1), True
    ranks = _ranks_named(spec, layer)
    if len(ranks) == 1 and ranks[0] >= 3:  # BatchNorm2d/3d, InstanceNorm1d/2d/3d: an image (N, C, *S) of that rank
        channels = shape[0] if shape else dim(next((layer.attrs.get(a.name) for a in spec.args if a.inferred),
                                                    None))
        return (channels,) + (None,) * (ranks[0] - 2), True
    return shape, image


def first_layer_input(layer: Layer) -> tuple[Shape, bool]:
    """The input (per-sample shape or None, image?) a PyTorch layer's own arguments tell (`nn.Conv2d(3, ...)`:
    (3, None, None), an image)."""
    return _first_layer_input(layer)


def _channel_op(spec: OpSpec) -> bool:
    """A layout-sensitive op keeping the shape (nn.ChannelShuffle): it reads images (N, C, *S) of any rank >= 3."""
    return spec.layout_sensitive and bool(spec.spatial) and spec.shape == "same"


def _ranks_named(spec: OpSpec, layer: Layer) -> list[int]:
    """The input ranks the PyTorch module of a rank-dependent entry names (BatchNorm1d: 2 and 3, BatchNorm2d: 4)."""
    return [r for r, qual in spec.torch_modules_by_rank
            if layer.source.startswith((qual, qual.replace("torch.nn.", "nn."), qual.rsplit(".", 1)[1]))]


def _any_rank_reader(net: Network, value: str, past_norms: bool = True) -> Layer | None:
    """The layer of any rank (a Keras Dense) that first reads an input, maybe (`past_norms`) after layers keeping
    any rank (a BatchNormalization, dropout): the rank guessed from it is not known. None when another layer
    tells it."""
    keepers = list(_rank_keeping_reads(net, value))
    first = keepers[0] if keepers else (None, None)
    spec, layer = next(((s, l) for s, l in keepers if s.shape != "same"), first) if past_norms else first
    return layer if spec is not None and getattr(spec.shape_rule, "any_rank", False) else None


def _fixed_rank(spec: OpSpec) -> int | None:
    """The one input rank an entry reads (a 1-D pooling: 3, an RNN: 3), None when it reads any."""
    if spec.layout_sensitive and spec.spatial:
        return spec.spatial + 2
    return 3 if spec.recurrent_states or spec.attention else None


def _rank_keepers(net: Network, value: str):
    """The entries that read `value` one after the other while each keeps its rank (dense layers, norms,
    dropout, activations), then the first that does not (or reads another rank): a sequence's chain."""
    for spec, _ in _rank_keeping_reads(net, value):
        yield spec


def _rank_keeping_reads(net: Network, value: str):
    """`_rank_keepers`, each with its layer (None: a functional op)."""
    for spec, layer in _readers(net, value):
        if spec is None:
            return
        yield spec, layer
        if not _keeps_rank(spec):
            return


def _readers(net: Network, value: str):
    """The entries (None: a layer no entry describes) of the layers and ops that read `value` and what they made
    of it, in order (a Sequential's children one by one), each with its layer (None: a functional op)."""
    if net.style == "sequential":
        yield from _entries_in(net.layers)
        return
    values = {value}
    for node in net.nodes:
        if values & set(node.inputs) and (node.op in _GRAPH_ORDER_KEEPING or _joins_alike(net, node, values)):
            values.update(node.outputs)  # `x = inputs`, `x * 2`, `layers.add([dense(x), x])`
        elif values & set(node.inputs) and node.op not in _GRAPH_ORDER_FREE:  # not `x.shape[-1]`
            layer = net.layer(node.layer or "") if node.op == "layer" else None
            yield from _entries_in([layer]) if layer is not None else [(CATALOG.get(node.op), None)]
            values.update(node.outputs)


def _joins_alike(net: Network, node: Node, values: set) -> bool:
    """An elementwise merge (add, multiply) of values that all come from the same one through layers keeping its
    rank: the result has that rank too, so what reads it later tells the rank."""
    layer = net.layer(node.layer or "") if node.op == "layer" else None
    spec = CATALOG.get(layer.op if layer is not None else node.op)
    return spec is not None and spec.kind == "merge" and spec.shape == "broadcast" and len(node.inputs) > 1 \
        and set(node.inputs) <= values


def _entries_in(layers):
    for layer in iter_layers(layers):
        if layer.op != "Sequential":
            yield CATALOG.get(layer.op), layer


def _keeps_rank(spec: OpSpec) -> bool:
    # (a concatenation joins tensors of one rank only, in both frameworks: `tf.concat([dense(x), dense2(x)], -1)`)
    return spec.shape == "same" and _fixed_rank(spec) is None or getattr(spec.shape_rule, "any_rank", False) \
        or spec.shape == "concat"


def _rank_fixed_later(net: Network, value: str) -> int | None:
    """The rank of a Keras input whose first layers read any rank (Dense, LayerNormalization), told by the first
    later layer that reads one rank only: Dense -> GlobalAveragePooling1D reads a (N, T, F) sequence."""
    last = None
    for spec in _rank_keepers(net, value):
        last = spec
    return _fixed_rank(last) if last is not None else None


def _still_guessed(layer: Layer, guessed: bool, info: ShapeInfo) -> bool:
    """Record the layers that read a value of guessed rank; a flatten fixes the rank."""
    if not guessed:
        return False
    info.rank_guessed_layers.update(l.name for l in iter_layers([layer]))
    return not any(getattr(_rule(l.op), "flattens", False) for l in iter_layers([layer]))


def _read_per_step(net: Network, value: str) -> int:
    """A value first read by a TimeDistributed image layer: steps of images, which stay channels-last; how many
    axes follow the batch (steps, the image's axes and channels), else 0."""
    node = next((n for n in net.nodes if value in n.inputs), None)
    layer = net.layer(node.layer or "") if node is not None and node.op == "layer" else None
    if node is None and net.style == "sequential":
        layer = next((l for l in iter_layers(net.layers) if not l.children), None)
    per_step = layer is not None and bool(layer.attrs.get(PER_STEP_IMAGES)) and layer.op in CATALOG
    return CATALOG[layer.op].spatial + 2 if per_step else 0


def _sequence_input(net: Network, value: str) -> bool:
    """A Keras input read first (maybe after dropout or activations) by a layer over its last axis (attention,
    RNN, dense): a (steps, features) sequence, kept so in PyTorch; a conv/pool later in the model gets it transposed."""
    if _into_sequence_block(net, value):
        return True
    spec = next((s for s in _rank_keepers(net, value) if s.shape != "same" or s.feature_axis), None)
    return spec is not None and spec.feature_axis == -1


def _into_sequence_block(net: Network, value: str) -> bool:
    """A value read first by a block of the file that reads a sequence (N, T, F) first (see with_sequence_blocks)."""
    first = first_use(net, value)
    layer = net.layer(first.layer or "") if first is not None and first.op == "layer" else None
    return layer is not None and layer.op == "Submodel" and layer.attrs.get("class") in net.sequence_blocks


def _reads_sequence(net: Network, value: str) -> bool:
    """A PyTorch input read first by a module of the file that reads a sequence, or (maybe after dropout, norms...)
    by a layer that only reads sequences (attention, RNN: `sequence_input`): (N, T, F), not channels-first; also
    by a dense layer (nn.Linear over its last axis: features last, as the unsized analysis guesses from its
    `in_features`; the model's own transposes and reshapes make its images)."""
    if _into_sequence_block(net, value):
        return True
    for spec in _rank_keepers(net, value):  # past shape-keeping layers (dropout, LayerNorm before attention)
        if (spec.sequence_input or spec.recurrent or spec.feature_weights) and spec.feature_axis == -1:
            return True
        if spec.shape != "same":
            return False
    return False


def with_sequence_blocks(networks: list[Network]) -> list[Network]:
    """The networks, each told which custom Keras layers of the file it uses read a sequence (N, T, F) first
    (a feed-forward block starting with Dense): the values it passes them stay features-last in PyTorch."""
    blocks = [n for n in networks if n.framework == "keras" and n.style == "subclass" and n.inputs]
    takes = {n.name for n in blocks if _sequence_input(n, n.inputs[0]) or _read_per_step(n, n.inputs[0])}
    # a PyTorch module of the file whose input is first read by a layer over its last axis (nn.Linear: the way back
    # of a Keras custom attention layer): its caller's input is a sequence, not a channels-first one
    takes |= {n.name for n in networks if n.framework == "torch" and n.style == "subclass" and n.inputs
              and _sequence_input(n, n.inputs[0])}
    changes = {n.name: change for n in blocks for change in [_rank_change(n)] if change}
    # a functional model applied as a layer by another (keras.io's siamese `embedding_network(input_1)`): images in,
    # an embedding out
    models = {l.attrs.get("class") for n in networks if n.framework == "keras" for l in iter_layers(n.layers)
              if l.op == "Submodel"}
    changes |= {n.name: change for n in networks if n.framework == "keras" and n.style == "functional" and
                n.inputs and n.name in models and n.binding == n.name for change in [_rank_change(n)] if change}
    return [replace(n, sequence_blocks=tuple(u for u in n.uses if u in takes),
                    block_ranks=tuple((u, changes[u]) for u in n.uses if u in changes))
            if (takes | set(changes)) & set(n.uses) else n for n in networks]


def with_block_outputs(networks: list[Network]) -> list[Network]:
    """The networks, each told what the models of the file it uses return where their own analysis knows it
    (d2l's `b5 = nn.Sequential(..., nn.Flatten())` returns features, not an image like its input): a rank change
    when their input's rank is known, else the output's rank; and whether it is an image."""
    outputs = {}
    for n in networks:
        out = "output" if n.style == "sequential" else n.outputs[0] if len(n.outputs) == 1 else None
        if len(n.inputs) != 1 or out is None:
            continue
        info = infer(n)
        taken, given = info.input_shapes[0] if info.input_shapes else None, info.values.get(out)
        if given is None:
            continue
        relative = taken is not None
        rank = len(given) - len(taken) if relative else len(given)
        image = bool(info.spatial.get(out))
        if not relative or rank or image != bool(info.input_spatial[0]):  # else: it keeps rank and layout
            outputs[n.name] = (relative, rank, image)
    named = {n.name: sorted((set(n.uses) | {str(layer.attrs.get("class") if layer.op == "Submodel" else
                                               layer.attrs.get("by")) for layer in iter_layers(n.layers)
                                            if layer.op in ("Built", "Submodel")}) & set(outputs)) for n in networks}
    images = {n.name for n in networks if n.framework == "torch" and (has_layout_ops(n) or n.image_rank)}
    networks = [replace(n, image_blocks=tuple(u for u in n.uses if u in images and u != n.name))
                if n.framework == "torch" and images & (set(n.uses) - {n.name}) else n for n in networks]
    return [replace(n, block_outputs=tuple((u, *outputs[u]) for u in named[n.name])) if named[n.name] else n
            for n in networks]


def _block_output(layer: Layer, x: Shape, sp: bool, info: ShapeInfo, added: int | None = None) -> tuple[Shape, bool]:
    """What a block Pivot does not see into here returns: what its own analysis tells (`with_block_outputs`), else
    its input's rank (plus `added`) and layout, sizes unknown (conv blocks keep them; `pivot verify` checks)."""
    known = info.block_outputs.get(layer.attrs.get("class") if layer.op == "Submodel" else layer.attrs.get("by"))
    if known is not None and added is None:
        relative, rank, image = known
        if not relative:
            return (None,) * rank, image
        return ((None,) * (len(x) + rank) if x is not None else None), image
    return (tuple([None] * (len(x) + (added or 0))) if x is not None else None), sp and not added


def with_uses_marked(networks: list[Network]) -> list[Network]:
    """The networks, each marked `used` when another one of them uses it."""
    used = {u for n in networks for u in n.uses if u != n.name}
    return [replace(n, used=True) if n.name in used and not n.used else n for n in networks]


def ranks_from_callers(networks: list[Network], given: dict) -> dict[str, tuple]:
    """The input rank of each custom Keras layer that declares no input, from where the file's models call it:
    a shape of unknown sizes (`(None,)` for (N, F)) when every call with a known input agrees. A BatchNormalization
    inside then knows which of BatchNorm1d/2d/3d it is; its sizes stay lazy."""
    seen: dict[str, set] = {}
    for net in networks:
        if net.framework != "keras" or not (given.get(net.name) or any(net.input_shapes)):
            continue
        info = infer(net, (given[net.name],) if given.get(net.name) else None)
        for layer in iter_layers(net.layers):
            shape = info.layer_in.get(layer.name)
            if layer.op == "Submodel" and shape is not None and not info.layer_in_spatial.get(layer.name):
                seen.setdefault(layer.attrs.get("class"), set()).add(len(shape))
    blocks = {n.name for n in networks if n.framework == "keras" and n.style == "subclass" and not any(n.input_shapes)}
    return {name: (None,) * ranks.pop() for name, ranks in seen.items() if name in blocks and len(ranks) == 1}


def builds_on_images(networks: list[Network], given: dict) -> list[tuple[Network, Layer]]:
    """(model, layer) for each call a Keras model of the file makes of one of its custom layers with a
    build(self, input_shape) (`Network.builds`) on an image: PyTorch lists that shape channels-first, so what
    build() reads of it (`input_shape[-1]`) is another axis."""
    builds = {n.name for n in networks if n.framework == "keras" and n.builds}
    found = []
    for net in networks:
        if net.framework != "keras" or not builds & set(net.uses):
            continue
        info = infer(net, (given[net.name],) if given.get(net.name) else None)
        found += [(net, layer) for layer in iter_layers(net.layers) if layer.op == "Submodel" and
                  layer.attrs.get("class") in builds and info.layer_in_spatial.get(layer.name)]
    return found


def features_to_image_blocks(networks: list[Network], given: dict) -> list[tuple[Network, Node, str]]:
    """(model, call node, class) for each call a PyTorch model of the file makes of one of its modules that reads
    its input as a channels-first image (its first conv/pool reads it: Keras takes it channels-last) with a value
    that is no image (a dense layer's output keeping PyTorch's axes): the module's conv would read its channels
    from another axis in Keras (gMLP's `nn.Conv1d(seq_len, seq_len, 1)` over the tokens of a (N, S, F) value:
    exit 0, then a Keras shape error)."""
    takes_images = set()
    for net in networks:
        if net.framework != "torch" or len(net.inputs) != 1:
            continue
        info = infer(net, (given[net.name],) if given.get(net.name) else None)
        if info.spatial.get(net.inputs[0]) and info.input_shapes and info.input_shapes[0] is not None:
            takes_images.add(net.name)
    found = []
    for net in networks:
        if net.framework != "torch" or not takes_images & set(net.uses):
            continue
        info = infer(net, (given[net.name],) if given.get(net.name) else None)
        for node in net.nodes:
            called = net.layer(node.layer or "") if node.op == "layer" and node in info.at else None
            layer, listed = _first_block(called), _listed_block(net, called)
            if listed is not None and listed.attrs.get("class") in takes_images and len(node.inputs) == 1 and \
                    info.seen(node, node.inputs[0]) == (None, False) and _input_into_block_before_rnn(net, node):
                found.append((net, node, str(listed.attrs.get("class"))))  # (as below, of a loop's blocks)
                continue
            if layer is None or layer.op != "Submodel" or layer.attrs.get("class") not in takes_images or \
                    len(node.inputs) != 1:
                continue
            shape, image = info.seen(node, node.inputs[0])
            if shape is not None and any(d is not None for d in shape) and not image:  # (not a block's output
                found.append((net, node, str(layer.attrs.get("class"))))  # of unknown sizes: maybe an image)
            elif shape is not None and len(shape) >= 2 and not image and _from_plain_block(net, node, info):
                # a module of the file whose own analysis returns an image-rank value that is no image (CBAM's
                # ChannelPool: `torch.cat((torch.max(x, 1)[0].unsqueeze(1), ...), dim=1)`, channels-first in Keras)
                found.append((net, node, str(layer.attrs.get("class"))))
            elif shape is None and not image and _input_into_block_before_rnn(net, node):
                # the model's own input in a model that runs an RNN (LSTM-FCN: `x` to an LSTM and to a conv
                # block): the model keeps PyTorch's axes, the block's conv would read its channels from the last;
                # so does `x.permute(0, 2, 1)` of it, kept as written while the input's rank is not known (a
                # causal-conv block then a GRU: was exit 0, the Keras block reading channels-first data)
                found.append((net, node, str(layer.attrs.get("class"))))
    return found


def _first_block(layer: Layer | None) -> Layer | None:
    """The layer that reads a call's input first: the layer itself, or the first one of an nn.Sequential (nested:
    `nn.Sequential(Block(1, 4), Block(4, 4))` gives its input to the first Block as that Block's own call would)."""
    while layer is not None and layer.op == "Sequential" and layer.children:
        layer = layer.children[0]
    return layer


def _input_into_block_before_rnn(net: Network, node: Node) -> bool:
    """`node` reads the model's input as given or a permute/transpose of it, in a model that runs an RNN: without
    --input-shape its rank is not known and the model keeps PyTorch's axes, so a block reading channels-first
    images would read its channels from the last axis in Keras."""
    return (_raw_input(net, node) or _moved_raw_input(net, node)) and any(
        CATALOG.get(l.op) is not None and CATALOG[l.op].shape == "rnn" for l in net.layers)


def _listed_block(net: Network, layer: Layer | None) -> Layer | None:
    """The module of the file a container's loop runs first (`for layer in self.tcn: x = layer(x)` over an
    nn.ModuleList of CausalConv1d blocks, or an `nn.Sequential(*blocks)` built by code); None for any other layer."""
    if layer is None or not (layer.op == "ModuleList" and not layer.children or
                             layer.op == "Sequential" and layer.attrs.get("dynamic")):
        return None
    first = _built_first(net)
    return first if first is not None and first.op == "Submodel" else None


def _from_plain_block(net: Network, node: Node, info: ShapeInfo) -> bool:
    """`node`'s input is what a module of the file returned last that its own analysis says is no image
    (`with_block_outputs`: it keeps the source's axis order in the target)."""
    before = net.nodes[:net.nodes.index(node)] if node in net.nodes else []
    made = next((n for n in reversed(before) if node.inputs[0] in n.outputs), None)
    layer = net.layer(made.layer or "") if made is not None and made.op == "layer" else None
    known = info.block_outputs.get(layer.attrs.get("class")) if layer is not None and layer.op == "Submodel" else None
    return known is not None and not known[2]


def _raw_input(net: Network, node: Node) -> bool:
    """`node` reads the model's input as given (no node before it rebinds that name)."""
    name = node.inputs[0]
    if name not in net.inputs:
        return False
    for n in net.nodes:
        if n is node:
            return True
        if name in n.outputs:
            return False
    return False


def _moved_raw_input(net: Network, node: Node) -> bool:
    """`node` reads what a permute/transpose of the model's input as given made (`x = x.permute(0, 2, 1)`)."""
    before = net.nodes[:net.nodes.index(node)] if node in net.nodes else []
    made = next((n for n in reversed(before) if node.inputs and node.inputs[0] in n.outputs), None)
    spec = CATALOG.get(made.op) if made is not None else None
    return spec is not None and spec.shape in ("permute", "transpose") and _raw_input(net, made)


def _rank_change(net: Network) -> int:
    """How many axes a custom Keras layer adds to its input when it returns a sequence (an embedding: 1)."""
    if len(net.outputs) != 1:
        return 0
    steps = _read_per_step(net, net.inputs[0])  # steps of images: their rank is the layer's
    info = infer(net, ((None,) * steps,) if steps else None)
    taken, given = info.input_shapes[0] if info.input_shapes else None, info.values.get(net.outputs[0])
    if taken is None or given is None or info.spatial.get(net.outputs[0]):
        return 0
    return len(given) - len(taken)


def _symbolic_width(shape: tuple, spatial: bool) -> tuple:
    """`keras.Input(shape=(timesteps, features))` with builder parameters: the channel/feature size stays
    symbolic (it becomes `nn.LSTM(features, ...)`), the other sizes are unknown (no arithmetic on them)."""
    keep = 0 if spatial else len(shape) - 1
    return tuple(d if i == keep or not isinstance(d, Expr) else None for i, d in enumerate(shape))


def to_canonical(shape: tuple, spatial: bool) -> tuple:
    """A per-sample Keras (channels-last) shape in the canonical channels-first order."""
    return (shape[-1],) + tuple(shape[:-1]) if spatial and len(shape) >= 2 else tuple(shape)


def from_canonical(shape: tuple, spatial: bool) -> tuple:
    return tuple(shape[1:]) + (shape[0],) if spatial and len(shape) >= 2 else tuple(shape)


def has_layout_ops(net: Network) -> bool:
    """Whether the network works on images: a conv/pool layer, also one built in a helper or loop (a template),
    or a functional one in the forward (`F.adaptive_avg_pool2d` after blocks built at run time)."""
    ops = [l.op for l in iter_layers(net.layers + net.templates) if not l.attrs.get(PER_STEP_IMAGES)] + \
        [n.op for n in net.nodes]  # TimeDistributed image layers read steps of images, kept channels-last
    return any(CATALOG.get(op) and CATALOG[op].layout_sensitive and CATALOG[op].spatial for op in ops)


def with_image_blocks(networks: list[Network]) -> list[Network]:
    """The networks; one without layers of its own that uses models of the file taking images (DenseNet's
    `_DenseBlock` of `_DenseLayer`s in a ModuleList) takes images of their rank, so its axis ops are remapped.
    One that starts with such a model takes its images, in Keras also when its own layers name that rank (d2l's
    NiN: `Sequential([nin_block(...), MaxPool2D(...), ...])`, whose input's rank was unknown: PIV103)."""
    while True:
        ranks = {n.name: image_rank_of(n) for n in networks}
        marked = [replace(n, image_rank=next(r for r in (ranks.get(u) for u in n.uses) if r))
                  if not ranks[n.name] and (_only_containers(n) or _built_at_run_time(n))
                  and any(ranks.get(u) for u in n.uses) else
                  replace(n, image_rank=ranks[_first_model(n)])
                  if not n.image_rank and ranks.get(_first_model(n)) and (not ranks[n.name] or n.framework == "keras"
                                                                          and ranks[n.name] == ranks[_first_model(n)])
                  else n
                  for n in networks]
        if marked == networks:
            return networks
        networks = marked


def given_modules_first(networks: list[Network]) -> list[tuple[Network, Node]]:
    """(model, node) of the PyTorch models with no image layers of their own whose forward first hands an input to
    a module given to the constructor (`self.features = features` in a VGG built as `VGG(make_layers(cfg))`,
    `TripletNet(embedding_net)` of the file's `EmbeddingNet()`), in a file with image models: whether that input is
    an image (channels-first, moved in Keras) and the flatten orders of what the module returns are not known
    from the class. Was exit 0 and wrong (its input taken for a plain tensor, `x.view(-1, 64 * 2 * 2)` after the
    module flattening channels-last features for a Linear copied as it was)."""
    if not any(n.framework == "torch" and image_rank_of(n) for n in networks):
        return []
    found = []
    for net in networks:
        callers = [n for n in networks if net.name in n.uses and n.style != "factory"]
        if net.framework != "torch" or net.style != "subclass" or image_rank_of(net) or callers:
            continue  # (a block the file's models call: its callers tell what it takes, `Residual(fn)`)
        params = {p.name for p in net.params}
        for name in net.inputs:
            first = first_use(net, name)
            if first is not None and first.op == "layer" and first.layer in params and net.layer(first.layer) is None:
                found.append((net, first))
                break
    return found


def unresolved_image_block_calls(networks: list[Network]) -> list[tuple[Network, Node, str]]:
    """(model, node, class) of the Keras models taking no images themselves that call something Pivot cannot resolve
    to a layer (`for block in self.network: x = block(x)` over `list(blocks)`) while they use a model of the file
    that takes images (`CausalBlock` of Conv1D): whether that call's input is an image, moved channels-first in
    PyTorch, is not known. Was exit 0 and wrong (a TCN's blocks given channels-last data on the way back, its
    Linear then given the wrong axis: a WeightError)."""
    ranks = {n.name: image_rank_of(n) for n in networks}
    found = []
    for net in networks:
        takes = next((u for u in net.uses if ranks.get(u)), None)
        if net.framework != "keras" or net.style != "subclass" or ranks[net.name] or takes is None:
            continue
        node = next((n for n in net.nodes if n.op == "layer" and n.layer and net.layer(n.layer) is None
                     and n.layer not in {p.name for p in net.params}), None)
        if node is not None:
            found.append((net, node, takes))
    return found


def with_images_from_callers(networks: list[Network]) -> list[Network]:
    """The networks; a PyTorch module of the file with no image layers of its own that the file's models call on
    images of one rank (locuslab's Chomp1d after a Conv1d) takes images of that rank: its axis ops are then
    remapped or reported (its `x[:, :, :-n]` was written as it was: exit 0, another axis in Keras)."""
    seen, inputs, passed = _calls_of_blocks(networks)
    networks = [_inputs_from_callers(_pooled_from_callers(n, passed.get(n.name, set())), inputs) for n in networks]
    # (not a module that moves axes itself, as torchvision's Permute: its callers read it as the layout change;
    # a module with image layers of its own whose first ops do not tell its input's rank, CBAM's spatial
    # attention starting with `torch.mean(x, dim=1, keepdim=True)`, takes the images its callers give it: its
    # `dim=1` was left as it was, exit 0, another axis in Keras)
    return [replace(n, image_rank=next(iter(seen[n.name]))) if not n.image_rank
            and (not image_rank_of(n) or _rank_untold(n)) and len(seen.get(n.name, ())) == 1
            and not (_moves_axes if n.framework == "torch" else _permutes)(n, next(iter(seen[n.name])))
            else n for n in networks]


def _calls_of_blocks(networks: list[Network]) -> tuple[dict, dict, dict]:
    """What the file's models give the model classes of the file they call: per class, the per-sample ranks of the
    images its calls (or the chains holding it) pass; per (class, input index), the (rank, image?) of each call's
    value; per class, the (shape, image?) each call passes (one input)."""
    seen: dict[str, set] = {}
    inputs: dict[tuple[str, int], set] = {}  # (class, input index) -> the (rank, image?) its calls pass
    passed: dict[str, set] = {}  # class -> the (shape, image?) of what each call passes it (one input)
    for net in networks:
        info = infer(net)
        for layer in iter_layers(net.layers):
            shape = info.layer_in.get(layer.name)
            if layer.op == "Submodel":
                passed.setdefault(str(layer.attrs.get("class")), set()).add(
                    (shape, bool(info.layer_in_spatial.get(layer.name))))
            if layer.op in ("Submodel", "Built") and shape is not None and info.layer_in_spatial.get(layer.name):
                # (a Sequential a function of the file returns, `self.head = head()`, too)
                seen.setdefault(str(layer.attrs.get("class" if layer.op == "Submodel" else "by")), set()).add(len(shape))
        for cls, rank in net.chained_ranks:  # `modules += [nn.Conv1d(...), SE1d(c)]`: the images its chain gives
            seen.setdefault(cls, set()).add(rank - 1)  # (a chain's rank counts the batch axis)
        for node in net.nodes:
            layer = net.layer(node.layer or "") if node.op == "layer" and node in info.at else None
            for i, v in enumerate(node.inputs if layer is not None and layer.op == "Submodel" else ()):
                shape, image = info.seen(node, v)
                inputs.setdefault((str(layer.attrs.get("class")), i), set()).add(
                    None if shape is None else (len(shape), image))
                passed.setdefault(str(layer.attrs.get("class")), set()).add((shape, image) if i == 0 else (None, False))
    for elements in keras_chain_ranks(networks).values():  # `modules += [layers.Conv1D(...), SE1d(c)]` in Keras
        for kind, cls, rank in elements:  # (a chain fixes a rank of 3 or more only after or before a conv or pool)
            if kind == "class" and rank is not None and rank >= 3:
                seen.setdefault(str(cls), set()).add(rank - 1)
    return seen, inputs, passed


def untold_image_blocks(networks: list[Network]) -> list[tuple[Network, list[int]]]:
    """(layer, ranks) of each Keras layer class of the file with no image layers of its own that the file's models
    call on channels-last images (of those per-sample ranks) while Pivot could not tell it takes them (it permutes
    them itself, or is given images of several ranks), and that reads their axes (a mean over axes, an index, a
    dense layer): written for PyTorch, it would read channels-first images with Keras's axes. Was exit 0 and wrong
    (a gate transposing its input before `keras.ops.mean(t, axis=(2, 3))`: a RuntimeError in PyTorch)."""
    seen = _calls_of_blocks(networks)[0]
    return [(n, sorted(seen[n.name])) for n in networks if n.framework == "keras" and n.style == "subclass"
            and not image_rank_of(n) and seen.get(n.name) and len(n.inputs) == 1
            and any(_reads_axes(n, rank) for rank in seen[n.name])]


def _reads_axes(net: Network, rank: int) -> bool:
    """Whether `net`, given images of `rank`, reads an axis of what may be one: an op naming or moving axes, an
    index, a size, or a layer reading features on one axis."""
    info = infer(replace(net, image_rank=rank))
    for node in net.nodes:
        layer = net.layer(node.layer or "") if node.op == "layer" else None
        spec = CATALOG.get(layer.op if layer is not None else node.op)
        reads = node.op in ("Index", "Shape", "Size") or spec is not None and bool(
            spec.axis_args or spec.layout_fixed or spec.layout_sensitive or spec.feature_axis is not None
            or spec.feature_weights)
        if reads and any(info.seen(node, v)[1] for v in node.inputs[:1]):
            return True
    return False


def _pooled_from_callers(net: Network, passed: set) -> Network:
    """A PyTorch module of one input that every call of the file's models gives an image whose spatial sizes are all
    1 (a global pool's (C, 1, 1): a `Flatten` module `x.view(x.size(0), -1)` after `nn.AdaptiveMaxPool2d((1, 1))`)
    takes such images: a flatten or squeeze of them gives the same features in both frameworks. Its channels stay
    unknown (calls may differ there); any call of another image, or of a value of unknown shape, tells nothing."""
    if net.framework != "torch" or net.style != "subclass" or len(net.inputs) != 1 or any(net.input_shapes) \
            or not passed:
        return net
    if not all(image and shape is not None and len(shape) >= 2 and all(d == 1 for d in shape[1:])
               for shape, image in passed) or len({len(shape) for shape, _ in passed}) != 1:
        return net
    rank = len(next(iter(passed))[0])
    return replace(net, input_shapes=((None,) + (1,) * (rank - 1),))


def _inputs_from_callers(net: Network, inputs: dict) -> Network:
    """A PyTorch block of several inputs, one of whose rank nothing in it tells (U-Net's `Up.forward(x1, x2)`,
    x2 the skip, read first by `torch.cat([x2, x1], dim=1)`): the images of one rank every call passes there."""
    if net.framework != "torch" or len(net.inputs) < 2 or any(net.input_shapes):
        return net
    shapes: list = [None] * len(net.inputs)
    for i, name in enumerate(net.inputs):
        passed = inputs.get((net.name, i), set())
        if len(passed) == 1 and None not in passed and next(iter(passed))[1] and _guess(net, name)[0] is None:
            shapes[i] = (None,) * next(iter(passed))[0]
    return replace(net, input_shapes=tuple(shapes)) if any(shapes) else net


def _permutes(net: Network, rank: int) -> bool:
    """A Keras layer of the file that permutes axes (a transpose, moveaxis, Permute) of what may be the images of
    `rank` its callers pass: they may read it as a layout change, so it is not told those images (its reshapes of
    them are remapped or reported). Not one permuting only what its dense layers return: Pivot's own
    `keras.ops.moveaxis(w[:, :, None, None], 1, -1)` of a squeeze-excitation block's weights (its
    `keras.ops.mean(x, axis=(1, 2))` was read back as it was: exit 0, a RuntimeError at the product in PyTorch)."""
    fixed = [n for n in net.nodes if CATALOG.get(n.op) is not None and CATALOG[n.op].layout_fixed
             and CATALOG[n.op].shape != "reshape"]
    if not fixed:
        return False
    info = infer(replace(net, image_rank=rank))
    return any(info.seen(n, v)[1] or info.seen(n, v)[0] is None for n in fixed for v in n.inputs[:1])


def _rank_untold(net: Network) -> bool:
    """A module of one input whose rank nothing in it tells (no first layer reads it; no declared shape)."""
    return len(net.inputs) == 1 and not any(net.input_shapes) and _guess(net, net.inputs[0])[0] is None


def _moves_axes(net: Network, rank: int | None = None) -> bool:
    """A module that changes its input's axis order (torchvision's Permute, a flatten by `x.view(n, -1)`); not
    one that views its input in more axes, moves those and views it back (ShuffleNetV2's ShuffleBlock:
    `x.view(N, g, C // g, H, W).permute(0, 2, 1, 3, 4).reshape(N, C, H, W)`), which keeps its callers' layout
    (its view of an image is then reported, never written for another axis order). Given the `rank` its callers
    pass, only ops that read what may be an image count: a squeeze-excitation block's `y.view(b, c, 1, 1)` of its
    dense layers' output moves no image axes (its `x.mean((2, 3))` was left as it was: exit 0, a Keras error)."""
    fixed = [n for n in net.nodes if CATALOG.get(n.op) is not None and CATALOG[n.op].layout_fixed]
    views = [n for n in fixed if CATALOG[n.op].shape == "reshape"]
    shaped = [n for n in fixed if n not in views]
    regrouped = bool(shaped) and all(n.inputs and n.inputs[0] not in net.inputs for n in shaped) \
        and any(n.inputs and n.inputs[0] in net.inputs for n in views)
    if not fixed or regrouped:
        return False
    if not rank:
        return True
    info = infer(replace(net, image_rank=rank))
    return any(info.seen(n, v)[1] or info.seen(n, v)[0] is None for n in fixed for v in n.inputs[:1])


def _built_at_run_time(net: Network) -> bool:
    """`return nn.Sequential(*conv_blks, nn.Flatten(), ...)` (d2l's vgg()): no layers known before it runs, so
    the blocks of the file that fill the list tell what it takes."""
    return net.style == "sequential" and not net.layers and bool(net.templates)


def _head_after_blocks(net: Network) -> bool:
    """A Sequential built at run time from image blocks of the file, whose own layers start with a flatten:
    `nn.Sequential(*conv_blks, nn.Flatten(), nn.Linear(...), ...)`."""
    return _built_at_run_time(net) and bool(net.image_rank) and not image_rank_of(replace(net, image_rank=0)) \
        and getattr(_rule(net.templates[0].op), "flattens", False)


def _flattens_templates(net: Network) -> bool:
    """A Sequential built at run time from a list its code fills (`nn.Sequential(*layers)`) starting with an image
    layer and holding a flatten: the dense layer after it reads the image's features in each framework's order."""
    return _built_at_run_time(net) and net.framework == "torch" and bool(image_rank_of(net)) and \
        bool(getattr(CATALOG.get(net.templates[0].op), "spatial", 0)) and any(getattr(_rule(l.op), "flattens", False)
                                                               for l in net.templates)


def _first_model(net: Network) -> str:
    """The model of the file a Sequential starts with (d2l's `nn.Sequential(b1, b2, ..., nn.Linear(...))`): it
    takes that model's input."""
    first = net.layers[0] if net.style == "sequential" and net.layers else _first_called(net)
    if first is not None and first.attrs.get(FIRST_BLOCK):  # `keras.Sequential([*features])`: its first block
        return str(first.attrs.get(FIRST_BLOCK))
    if first is not None and net.style != "sequential" and (first.op == "Sequential" and first.attrs.get("dynamic")
                                                            or first.op == "ModuleList" and not first.children):
        first = _built_first(net)  # (`for block in self.blocks: x = block(x)`, `nn.ModuleList(blocks)` too)
    while first is not None and first.op == "Sequential" and first.children and not first.attrs.get("dynamic"):
        first = first.children[0]  # `nn.Sequential(conv_stack(4, [8, 16]), nn.Dropout(0.1))`: its first block
    if first is None or first.op not in ("Built", "Submodel"):
        return ""
    return str(first.attrs.get("by") or first.attrs.get("class") or "")


def _first_called(net: Network) -> Layer | None:
    """The layer a model (not a Sequential) first applies to its input (`x = self.features(x)`), or to each of its
    inputs alike (a siamese network's shared tower)."""
    if net.style == "sequential" or not net.inputs:
        return None
    firsts = set()
    for name in net.inputs:
        # (not `identity = x`, nor the header of a loop `for block in self.blocks: x = block(x)` carrying it, nor
        # `input_shape = x.shape[1:3]`, which reads its sizes only)
        node = next((n for n in net.nodes if name in n.inputs and n.op not in ("Alias", "Loop", "Size", "Shape")), None)
        firsts.add(node.layer if node is not None and node.op == "layer" else None)
    return net.layer(firsts.pop() or "") if len(firsts) == 1 and None not in firsts else None


def _built_first(net: Network) -> Layer | None:
    """The first block of an `nn.Sequential(*blocks)` built by code (locuslab's TCN: `self.network(x)` of
    TemporalBlocks): its one template, or the one model of the file it uses (`layers += [TemporalBlock(...)]`)."""
    if len(net.templates) == 1:
        return net.templates[0]
    return Layer("", "Submodel", Attrs.of({"class": net.uses[0]})) if len(net.uses) == 1 else None


def _only_containers(net: Network) -> bool:
    return all(l.op in ("ModuleList", "ModuleDict", "Sequential", "Submodel")
               for l in iter_layers(net.layers + net.templates)) and not has_layout_ops(net)


def image_rank_of(net: Network) -> int:
    """The per-sample rank of the images `net` works on (channels and its first conv/pool's spatial axes)."""
    if net.image_rank:
        return net.image_rank
    ops = [l.op for l in iter_layers(net.layers + net.templates)] + [n.op for n in net.nodes]
    spatial = next((CATALOG[op].spatial for op in ops if CATALOG.get(op) and CATALOG[op].layout_sensitive
                    and CATALOG[op].spatial), 0)
    return spatial + 1 if spatial else 0


def values_from_sizes(net: Network) -> dict:
    """Per node, which of its inputs are made from sizes alone (`torch.arange(n)`), also reshaped or indexed
    (`torch.arange(c)[:, None]`) at that point of the dataflow (a name can be bound again)."""
    found: set[str] = set()
    at = {}
    for node in net.nodes:
        at[node] = tuple(v in found for v in node.inputs)
        spec = CATALOG.get(node.op)
        made = spec is not None and spec.shape == "arange"
        kept = bool(node.inputs) and node.op != "layer" and all(at[node]) and (
            node.op == "Index" or spec is not None and spec.kind != "merge")
        if made or kept:
            found.update(node.outputs)
        else:  # a name bound again to something else (`x = torch.arange(n)` ... `x = conv(x)`)
            found.difference_update(node.outputs)
    return at


def range_ranks(net: Network) -> dict:
    """Per node, the rank of each input made from sizes alone where it is known (None otherwise): `torch.arange(n)`
    1, indexed (`torch.arange(c)[:, None, None]`: 3) or cast; a range has no batch axis, so the shape pass (whose
    shapes leave the batch out) does not tell it."""
    found: dict[str, int | None] = {}
    at = {}
    for node in net.nodes:
        at[node] = tuple(found.get(v) for v in node.inputs)
        spec = CATALOG.get(node.op)
        if spec is not None and spec.shape == "arange":
            rank = 1
        elif node.inputs and node.inputs[0] in found and len(node.inputs) == 1 and node.op == "Index":
            rank = _indexed_rank(found[node.inputs[0]], node.attrs.get("items"))
        elif node.inputs and node.inputs[0] in found and len(node.inputs) == 1 and spec is not None and \
                spec.kind != "merge" and spec.shape == "same":
            rank = found[node.inputs[0]]  # `.float()`, `.to(x.dtype)`
        else:
            for v in node.outputs:
                found.pop(v, None)
            continue
        found.update({v: rank for v in node.outputs})
    return at


def _indexed_rank(rank: int | None, items) -> int | None:
    """The rank of `t[items]` of a tensor of rank `rank` (items as `flow._index_items` reads them): "new" (`None`)
    adds an axis, an integer takes one away, a slice keeps one; an ellipsis, a tensor or list index, or more items
    than axes: None."""
    if rank is None or not isinstance(items, tuple) or any(i is None or i in ("...", "list") for i in items):
        return None
    taken = [i for i in items if i != "new"]
    if len(taken) > rank:
        return None
    dropped = sum(1 for i in taken if i == "int" or isinstance(i, int) and not isinstance(i, bool))
    return rank - dropped + items.count("new")


def open_images(net: Network, info: ShapeInfo) -> set:
    """The nodes an input of which may be an image input of unknown rank: an input read as an image (a conv or
    pool of an image rank later on) whose rank is not known statically, and the values shape-keeping ops
    (activations, `torch.roll`, dropout...) make of it before anything fixes their shape. Such an image's axes
    change order in migration, so an axis or index of it is not known to keep its meaning."""
    found = {name for name, image, shape in zip(net.inputs, info.image_inputs, info.input_shapes)
             if image and shape is None}
    return _follow(net, found, lambda node, layer, spec: _keeps_value(spec) or node.op == "Index")


# layers Pivot does not see into: blocks of the file or built by code, and containers filled by code
_UNSEEN_CONTAINERS = ("ModuleList", "ModuleDict")
_UNSEEN_BLOCKS = ("Built", "Submodel", "opaque", *_UNSEEN_CONTAINERS)
_BLOCKS = ("Built", "Submodel", "Sequential", *_UNSEEN_CONTAINERS)  # modules that make another value of their input


def _keeps_value(spec: OpSpec | None) -> bool:
    """An op that keeps the value it reads, as far as its layout goes: an activation, a shape-keeping op (dropout,
    a norm, `torch.roll`)."""
    return spec is not None and (spec.kind == "activation" or spec.shape == "same")


def _follow(net: Network, found: set, carries, kept=None, makes=None) -> set:
    """Walk the dataflow in order from the values `found` (updated): a node whose first input is found and that
    `carries(node, layer, spec)` adds its outputs (those `kept(node, output)` allows), any other node's outputs are
    forgotten (a variable rebound); a node that `makes(node, layer)` adds its outputs whatever it reads. The nodes
    that read a found value."""
    readers = set()
    for node in net.nodes:
        layer = net.layer(node.layer or "") if node.op == "layer" else None
        spec = CATALOG.get(layer.op if layer is not None else node.op)
        if any(v in found for v in node.inputs):
            readers.add(node)
        if makes is not None and makes(node, layer):
            found.update(node.outputs)
        elif node.inputs and node.inputs[0] in found and carries(node, layer, spec):
            found.update(o for o in node.outputs if kept is None or kept(node, o))
        else:
            found.difference_update(node.outputs)
    return readers


def infer(net: Network, input_shapes: tuple[Shape, ...] | None = None) -> ShapeInfo:
    """Shapes of every value; `input_shapes` (per sample, in the source layout) override declared ones."""
    lookups()
    info = ShapeInfo(framework=net.framework, block_outputs={name: rest for name, *rest in net.block_outputs},
                     parameters=frozenset(layer.name for layer in net.layers if layer.op == "Parameter"))
    if net.framework == "keras":
        info.factory_ops = {name: net.templates[index].op for name, index, *_ in net.factories
                            if 0 <= index < len(net.templates)}
        _templates_around(net, info)
    if input_shapes and net.framework == "keras":  # as the model's own declarations leave them (see below)
        info.features_last_norms = infer(net).features_last_norms
    declared = input_shapes or net.input_shapes
    shapes, spatial, images = [], [], []
    for i, name in enumerate(net.inputs):
        given = declared[i] if i < len(declared) else None
        # an image model, or a first layer that names an image rank (nn.BatchNorm2d): channels move in Keras
        image = (has_layout_ops(net) or bool(net.image_rank)
                 or net.framework == "torch" and guess_input(net, name)[1]) \
            and not (net.framework == "keras" and _sequence_input(net, name)) and not permuted_channels_first(net, name) \
            and not (net.framework == "torch" and _reads_sequence(net, name)) \
            and not _read_per_step(net, name) and not inserted_channels_rank(net, name) \
            and not permuted_into_image_rank(net, name) and not _reshaped_into_images(net, name)
        if given is not None and not any(isinstance(d, Expr) for d in given):
            sp = image and len(given) >= 2
            shape = to_canonical(tuple(given), sp) if net.framework == "keras" else tuple(given)
        elif given is not None and net.framework == "keras":
            sp = image and len(given) >= 2
            shape = _symbolic_width(to_canonical(tuple(given), sp), sp)
        else:
            shape, sp, told_by = _guess(net, name)
            if sp and net.framework == "keras" and _sequence_input(net, name) and shape is not None:
                shape, sp = from_canonical(shape, True), False  # as for a declared shape: a sequence
            if not sp and net.image_rank and len(net.inputs) == 1:
                shape, sp = (None,) * net.image_rank, True
            later = _rank_fixed_later(net, name) if net.framework == "keras" and not sp else None
            if later and image:  # a first BatchNormalization, then Dense, then a conv: as a declared shape of
                # that rank takes it (`_sequence_input` stops at the norm): an image, channels-first in PyTorch
                shape, sp = (None,) * (later - 1), True
            elif later:  # a sequence (features last, never channels-first) read over its steps later on
                shape = ((None,) * (later - 1 - len(shape or ())) + tuple(shape or ()))[-(later - 1):]
            else:
                # (a Keras Sequential built by a helper another model uses is sized where it is used: only a
                # first dense layer counts)
                any_rank = _any_rank_reader(net, name, not (net.style == "sequential" and net.used)) \
                    if net.framework == "keras" else None
                if told_by is not None and (net.framework == "torch" or net.style != "sequential") or any_rank:
                    info.rank_guessed.add(name)
                    info.rank_guessed_by[name] = any_rank or told_by
        info.values[name], info.spatial[name] = shape, sp
        if net.framework == "torch" and image and shape is None and not sp:
            info.untold_images.add(name)
        shapes.append(shape)
        spatial.append(sp)
        images.append(bool(sp or image and shape is None))
    info.input_shapes, info.input_spatial, info.image_inputs = tuple(shapes), tuple(spatial), tuple(images)
    info.from_sizes = values_from_sizes(net)
    info.range_ranks = range_ranks(net)
    info.open_images = open_images(net, info)
    info.image_reshapes = image_reshapes(net)
    info.sequence_expands = sequence_expands(net)
    if net.style == "sequential":
        x = shapes[0] if shapes else None
        sp = spatial[0] if spatial else False
        flat: tuple | None = None
        guessed = bool(set(net.inputs) & info.rank_guessed)
        # a Sequential other models of the file call (`self.head = head()`, a GAN's discriminator), told at most
        # its image rank by them: its sizes are unknown whatever input shape the caller is given, so a flatten in it
        # keeps the source's order, also where a shape is given here (the weight copy of a part sized where the whole
        # model runs: the code is written without it); a model merely migrated without its input shape is not such
        # a block (the weight copy, given the shape, permutes)
        ranked_only = bool(net.image_rank or net.used) and not any(net.input_shapes)
        for layer in net.layers:
            x, sp, flat = _sequential_step(layer, x, sp, flat, info, unsized=ranked_only)
            guessed = _still_guessed(layer, guessed, info)
        if _head_after_blocks(net) or _flattens_templates(net):  # blocks of unknown size, then the head: it
            # flattens in PyTorch's order (also a list of image layers and a flatten, in the order they are built)
            x, sp = (None,) * (net.image_rank or image_rank_of(net)), True
            for layer in net.templates:
                x, sp, flat = _sequential_step(layer, x, sp, flat, info, unsized=True)
        if _reorders(flat) and net.layers and not _returned_in_torch_order(net.layers, flat, info):
            info.layout_lost[net.layers[-1]] = _OUTPUT
        info.values["output"] = x
        info.spatial["output"] = sp
        return _with_features_last_norms(net, info, input_shapes)
    flat_src: dict[str, tuple] = {}
    followed = _followed_methods(net)
    inside = {i for _, first, end, *_ in followed.values() for i in range(first, end)}
    _steps(net, [i for i in range(len(net.nodes)) if i not in inside], info, flat_src, followed)
    _flat_outputs(net, info, flat_src)
    _untold_through_unseen_layers(net, info)
    return _with_features_last_norms(net, info, input_shapes)


def _followed_methods(net: Network) -> dict[str, tuple]:
    """The methods of a PyTorch module its forward (or a method it calls) calls exactly once, with tensor parameters and one returned value
    (`x = self._forward_features(x)`: the LeNet-style feature method of LLM-written CNNs): name -> (name, first
    node, end node, returned values, the nodes forward runs). Their nodes are followed at the call, so what forward does with the result
    knows its shape (it was unknown there, its flatten an error)."""
    if net.framework != "torch" or not net.method_nodes:
        return {}
    params = dict(net.method_params)
    # the nodes forward runs: its own and those of the methods it calls (not a size probe the constructor calls)
    ran = set(range(min(first for _, first, _, _ in net.method_nodes)))
    ran.update(i for name, first, end, _ in net.method_nodes if name for i in range(first, end))
    calls: dict[str, int] = {}
    for i, node in enumerate(net.nodes):
        if node.op == "layer" and node.layer in params and net.layer(node.layer) is None:
            calls[node.layer] = calls.get(node.layer, 0) + (i in ran)  # (a size probe's call: not followed)
    return {name: (name, first, end, outs, frozenset(ran)) for name, first, end, outs in net.method_nodes
            if name and calls.get(name) == 1 and len(outs) == 1 and params.get(name) and end > first}


def _steps(net: Network, indices, info: ShapeInfo, flat_src: dict, followed: dict) -> None:
    """`_node_step` over the nodes at `indices`; a call of a `followed` method goes through its nodes there, its
    result the shape of the value the method returns, and the caller's other names as they were."""
    for i in indices:
        node = net.nodes[i]
        _node_step(net, node, info, flat_src)
        method = followed.get(node.layer or "") if node.op == "layer" and net.layer(node.layer or "") is None else None
        if method is None or len(node.outputs) != 1 or i not in method[4]:
            continue
        values, spatial = dict(info.values), dict(info.spatial)
        _steps(net, range(method[1], method[2]), info, flat_src, {k: v for k, v in followed.items() if k != method[0]})
        result = info.values.get(method[3][0]), info.spatial.get(method[3][0], False)
        info.values, info.spatial = values, spatial
        out = node.outputs[0]
        info.values[out], info.spatial[out] = result
        if node in info.at:
            info.at[node] = (info.at[node][0], (result,))


def _untold_through_unseen_layers(net: Network, info: ShapeInfo) -> None:
    """Values of an input that may be an image (`untold_images`) made by layers Pivot cannot see into (a ModuleList
    or Sequential filled by code, a block built by a helper) and by the shape-keeping ops after them: as unknown as
    the input, so an axis of them is not remapped but reported (`torch.max(conv(x), dim=2)` in a loop over a
    ModuleList built by a method: exit 0 and the max over Keras's channels)."""
    def carries(node: Node, layer: Layer | None, spec: OpSpec | None) -> bool:
        unseen = node.op == "layer" and layer is None or layer is not None and (  # (None: a method of the class)
            spec is None or layer.op in ("Sequential", *_UNSEEN_CONTAINERS) and not layer.children)
        return unseen or _keeps_value(spec) or node.op == "Loop"

    found = set(info.untold_images)
    _follow(net, found, carries, lambda node, o: info.seen(node, o, output=True) == (None, False))
    info.untold_images |= found
    if net.image_blocks:  # what a block of the file working on images returns, its layout untold
        block: dict = {}  # value -> the call of the block that made it (as the walk reaches each node)
        carried = []

        def makes(node: Node, layer: Layer | None) -> bool:
            read = next((block[v] for v in node.inputs if v in block), None)
            if read is not None and info.seen(node, next(v for v in node.inputs if v in block)) == (None, False):
                info.unseen_blocks[node] = read
            carried[:] = [block.get(node.inputs[0]) if node.inputs else None]
            for o in node.outputs:
                block.pop(o, None)
            call = _unseen_image_block(layer, net, info) if layer is not None and node.outputs and all(
                info.seen(node, o, output=True) == (None, False) for o in node.outputs) else None
            block.update(dict.fromkeys(node.outputs, call) if call else {})
            return call is not None

        def kept(node: Node, o: str) -> bool:
            if carried[0] is None or info.seen(node, o, output=True) != (None, False):
                return False
            block[o] = carried[0]
            return True

        _follow(net, set(), lambda node, layer, spec: _keeps_value(spec), kept, makes)


def _unseen_image_block(layer: Layer, net: Network, info: ShapeInfo) -> str | None:
    """The call of a block of the file that works on images (Network.image_blocks: `conv_stack(4, [8, 16])`, a
    helper building its layers in a loop) whose output `layer` (the block, or a Sequential holding it, maybe with
    layers keeping the value after it) returns: an image of unknown rank and layout (its analysis does not tell),
    so an axis of it cannot be remapped. None when `layer` ends otherwise."""
    found = None
    for child in (layer.children if layer.op == "Sequential" else (layer,)):
        by = child.attrs.get("class") if child.op == "Submodel" else child.attrs.get("by") \
            if child.op == "Built" else None
        if child.op == "Sequential":
            found = _unseen_image_block(child, net, info) or (found if not child.children else None)
        elif by is not None and str(by) in net.image_blocks and str(by) not in info.block_outputs:
            found = child.source or str(by)
        elif not _keeps_value(CATALOG.get(child.op)):
            found = None
    return found


def _batch_norm_1d(op: str) -> bool:
    """A batch norm whose PyTorch module on (N, C) is BatchNorm1d (Keras's BatchNormalization)."""
    spec = CATALOG.get(op)
    return spec is not None and dict(spec.torch_modules_by_rank).get(2, "").endswith(".BatchNorm1d")


def _with_features_last_norms(net: Network, info: ShapeInfo, input_shapes) -> ShapeInfo:
    """Without given shapes: the BatchNormalization layers over the last axis reading a features-last value of
    guessed rank (`ShapeInfo.features_last_norms`)."""
    if not input_shapes and net.framework == "keras":
        info.features_last_norms = {l.name for l in iter_layers(net.layers) if l.name in info.rank_guessed_layers
                                    and _batch_norm_1d(l.op) and l.attrs.get("axis", -1) == -1
                                    and info.layer_in_spatial.get(l.name) is False}
    return info


_OUTPUT = "the model's output (the two models would return the same features in different orders)"


def _flat_outputs(net: Network, info: ShapeInfo, flat_src: dict) -> None:
    """A model returning flattened image features: an error (layout_lost), as its output order differs."""
    for name in net.outputs:
        node = next((n for n in reversed(net.nodes) if name in n.outputs), None)
        if _reorders(flat_src.get(name)) and node is not None:
            info.layout_lost[node] = _OUTPUT


def _reorders(flat) -> bool:
    """Flattened (C, *S) image features come in another order in the other framework, unless S is all ones."""
    if isinstance(flat, FlatParts):
        return any(_reorders(part) for _, part in flat.parts)
    return flat is not None and any(d != 1 for d in flat[1:])


def _sequential_step(layer: Layer, x, sp, flat, info: ShapeInfo, unsized: bool = False, nested: bool = False):
    """One layer of a Sequential; `unsized`: its input comes from a block or loop whose sizes are unknown; `nested`:
    the Sequential is a layer of a model (written as nn.Sequential, which cannot transpose between its layers)."""
    if layer.op == "Sequential":
        for child in layer.children:
            x, sp, flat = _sequential_step(child, x, sp, flat, info, unsized, nested=True)
            unsized = _still_unsized(child, unsized)
        return x, sp, flat
    if nested and info.framework == "keras" and sp and x is not None and _reads_channels_last(layer, info):
        return _around(layer, x, info)
    if layer.op in ("Built", "Submodel"):  # a block of the file: kept rank and layout, as when applied alone (_node_step)
        info.layer_in.setdefault(layer.name, x)
        info.layer_in_spatial.setdefault(layer.name, sp)
        if flat is not None:  # its first weighted module reads the flattened image (see weights.walk_transfer)
            info.flat_from[layer.name] = flat
        return (*_block_output(layer, x, sp, info), None)
    before, before_sp = x, sp
    moved = _adapter(layer, [x], [sp])
    if moved is not None:  # a Permute module moving channels between last and second place
        info.adapters.add(layer.span)
        return moved[0], moved[1], None
    x, sp = layer_output(layer, x, info, sp)
    spec = CATALOG.get(layer.op)
    flattens = spec is not None and spec.shape_rule.flattens
    if flattens and before_sp and before and unsized:
        # an image of unknown size: the next dense layer's weights cannot be permuted, so the flatten keeps
        # PyTorch's channels-first order (see the Keras backend)
        info.flatten_channels_first.add(layer.span)
        info.layer_in.setdefault(layer.name, before)
        flat = None
    elif flattens and before_sp and before:
        flat = before if _reorders(before) else None  # (C, 1, 1): the same features in both frameworks
        info.layer_in.setdefault(layer.name, before)
    elif spec is not None and spec.feature_weights:
        if flat is not None:
            info.flat_from[layer.name] = flat
        flat = None
    elif flat is not None:
        if spec is not None and spec.feature_norm:
            info.flat_from[layer.name] = flat
        flat = _flat_after(layer.op, layer.attrs.as_dict(), [before], [before_sp], [flat], info, layer)
    return x, sp, flat


def _still_unsized(layer: Layer, unsized: bool) -> bool:
    """Whether the sizes of what `layer` returns are unknown: after a block Pivot does not see into (`conv_stack(4,
    [8, 16])` in nn.Sequential: a flatten after it keeps PyTorch's order), until a pool to a fixed size."""
    spec = CATALOG.get(layer.op)
    return layer.op in _UNSEEN_BLOCKS or unsized and not (spec is not None and spec.shape_rule.fixed_size)


def _reads_channels_last(layer: Layer, info: ShapeInfo) -> bool:
    """A Keras layer (or a factory's call building one) that reads the last axis of its input: on an image, the
    channels (a Dense, a LayerNormalization), where PyTorch's image has them second."""
    op = info.factory_ops.get(layer.attrs.get("by")) if layer.op == "Built" else layer.op
    spec = CATALOG.get(op or "")
    return spec is not None and spec.feature_axis == -1 and layer.name not in info.features_last_norms


def _around(layer: Layer, x: tuple, info: ShapeInfo) -> tuple:
    """A layer over the channel axis of an image inside a nested Sequential: applied to the image moved
    channels-last, its result moved back (`info.around`), so the Sequential's next layer gets a channels-first
    image as before. A layer that changes the rank stays adapted (PIV105: nn.Sequential cannot follow it)."""
    rank = len(x) + 1
    last = tuple(x[1:]) + (x[0],)
    if layer.op == "Built":  # a factory's layer: it keeps the shape (its sizes are not known)
        info.layer_in.setdefault(layer.name, last)
        info.layer_in_spatial.setdefault(layer.name, False)
        info.around[layer.span] = rank
        return tuple([None] * len(x)), True, None
    out, sp = layer_output(layer, last, info, False)
    if out is None or len(out) != len(x) or sp:
        info.adapted[layer.name] = ("to_last", rank)
        return out, sp, None
    info.around[layer.span] = rank
    return (out[-1],) + tuple(out[:-1]), True, None


def _templates_around(net: Network, info: ShapeInfo) -> None:
    """`info.around` for the Sequentials a Keras model builds in loops or helpers (its templates), whose input
    shapes the walk does not see: where the chain of its layers fixes an image rank (a conv's, passed on by the
    layers that keep the shape), a layer over the last axis reads the channels of that image."""
    for template in net.templates:
        if template.op != "Sequential" or template.attrs.get("dynamic") or not template.children:
            continue
        reads_last = [_reads_channels_last(child, info) for child in template.children]
        chain = [((None, None, True) if last and _keeps_image(child, info) else _rank_effect(_made(child, info)), False)
                 for child, last in zip(template.children, reads_last)]
        for child, last, rank in zip(template.children, reads_last, chain_ranks(chain)):
            if last and rank is not None and rank >= 3 and _keeps_image(child, info):  # an image (see chain_ranks)
                info.around[child.span] = rank


def _made(layer: Layer, info: ShapeInfo) -> Layer:
    """The layer itself, or for a factory's call the layer the factory builds (its op, no arguments)."""
    op = info.factory_ops.get(layer.attrs.get("by")) if layer.op == "Built" else None
    return Layer(layer.name, op, Attrs(()), span=layer.span) if op else layer


def _keeps_image(layer: Layer, info: ShapeInfo) -> bool:
    spec = CATALOG.get(_made(layer, info).op)
    return spec is not None and spec.shape in ("same", "linear")


def _of_pair(net: Network, node: Node) -> bool:
    """`node` unpacks the result of a (values, indices) op (`x.max(dim=1)`)."""
    source = next((n for n in net.nodes if node.inputs and node.inputs[0] in n.outputs), None)
    if source is not None and source.op == "layer":  # a layer returning like tensors (an LSTM cell's h, c)
        source = net.layer(source.layer or "")
    spec = CATALOG.get(source.op) if source is not None else None
    return spec is not None and bool(spec.pair or spec.parts)


def _item(net: Network, node: Node, xs: list, sps: list) -> tuple:
    """`out, h, c = rnn(x)` (Keras's return_state): the output as the layer gives it, then its states."""
    layer = net.producer(node.inputs[0])
    if layer is None or not layer.attrs.get("return_state"):
        return None, False
    if node.attrs.get("index") == 0:
        return xs[0], sps[0]
    spec = CATALOG.get(layer.op)
    return (spec.shape_rule.state(layer.attrs) if spec is not None else None), False


def _into_method(net: Network, node: Node, xs: list, sps: list, info: ShapeInfo) -> None:
    """`self.forward_once(input1)`: the method's tensor parameters take the shapes every call passes (a Siamese
    network's two inputs through one encoder method); calls that disagree leave them unknown."""
    params = dict(net.method_params).get(node.layer or "") if net.layer(node.layer or "") is None else None
    if not params or len(params) != len(node.inputs):
        return
    for name, x, sp in zip(params, xs, sps):
        if name in info.values and (info.values[name], info.spatial.get(name, False)) != (x, sp):
            x, sp = None, False
        info.values[name], info.spatial[name] = x, sp


def _own_forward(net: Network, node: Node, info: ShapeInfo) -> bool:
    """A PyTorch model's method calling its own forward (`self.forward(x)`) once forward's one output is known."""
    return net.framework == "torch" and node.layer == "forward" and net.layer("forward") is None and \
        len(net.outputs) == 1 and info.values.get(net.outputs[0]) is not None


def _node_step(net: Network, node: Node, info: ShapeInfo, flat_src: dict[str, tuple]) -> None:
    xs = [info.values.get(v) for v in node.inputs]
    sps = [info.spatial.get(v, False) for v in node.inputs]
    flats = [flat_src.get(v) for v in node.inputs]
    flat = next((f for f in flats if f is not None), None)
    if node.op == "layer" and _own_forward(net, node, info):
        # `F.softmax(self.forward(x), dim=1)` in a `@torch.no_grad()` predict method: the model's output, as
        # forward computed it (it was an unknown rank: its axis an error)
        out, sp = info.values[net.outputs[0]], info.spatial.get(net.outputs[0], False)
    elif node.op == "layer":
        layer = net.layer(node.layer or "")
        _into_method(net, node, xs, sps, info)
        if layer is None or layer.op in _UNSEEN_BLOCKS or (
                layer.op == "Sequential" and layer.attrs.get("dynamic")):  # nn.Sequential(*blocks)
            # a block Pivot does not see into: assumed to keep the rank and layout (conv blocks do) unless it is
            # a custom layer of the file known to add axes (an embedding); sizes are unknown, and `pivot verify`
            # checks the assumption
            x = xs[0] if xs else None
            added = dict(net.block_ranks).get(layer.attrs.get("class")) if layer is not None else None
            if added is None and layer is not None:
                added = _comprehended_rank_change(net, layer, x, sps[0] if sps else False, info)
            if layer is not None and layer.op in ("Submodel", "Built"):  # what a custom layer is called with
                info.layer_in.setdefault(layer.name, x)
                info.layer_in_spatial.setdefault(layer.name, sps[0] if sps else False)
            out, sp = _block_output(layer, x, sps[0] if sps else False, info, added) if layer is not None else \
                ((tuple([None] * len(x)) if x is not None else None), sps[0] if sps else False)
            if flat is not None:  # its first weighted module reads the flattened image (see weights.walk_transfer)
                info.flat_from[layer.name if layer is not None else node.layer or ""] = flat
            flat = None
        else:
            if layer.op == "Sequential":
                x, s, f = xs[0] if xs else None, sps[0] if sps else False, flat
                if info.framework == "keras":  # transposed where it is called: nn.Sequential cannot inside
                    x, s = _keras_moved(layer, first_leaf(layer), x, s, info)
                unsized = bool(node.inputs) and node.inputs[0] in info.unsized
                for child in layer.children:
                    x, s, f = _sequential_step(child, x, s, f, info, unsized, nested=True)
                    unsized = _still_unsized(child, unsized)
                returned = not _weighted_reader(net, node) and _returned_in_torch_order([layer], f, info)
                out, sp, flat = x, s, None if returned else f
                info.layer_in.setdefault(layer.name, xs[0] if xs else None)
            else:
                if _reads_flat_features(CATALOG.get(layer.op)) and flat is not None:
                    info.flat_from[layer.name] = flat
                out, sp = (layer_output(layer, xs[0] if xs else None, info, sps[0] if sps else False)
                           if CATALOG.get(layer.op) is None or CATALOG[layer.op].kind != "merge"
                           else apply_op(layer.op, layer.attrs.as_dict(), xs, sps, info, layer.name))
                info.layer_in.setdefault(layer.name, xs[0] if xs else None)
                info.layer_ins.setdefault(layer.name, tuple(xs))
                info.layer_in_spatial.setdefault(layer.name, sps[0] if sps else False)
                moved = _source_order_flatten(node, layer.op, sps, info) or \
                    _flattened_for_output(net, node, layer.op, layer.attrs.as_dict(), xs, sps, info)
                flat = None if moved else _flat_after(layer.op, layer.attrs.as_dict(), xs, sps, flats, info, node)
    elif node.op == "Append":  # outs.append(t): the list holds tensors like t
        out, sp = xs[0] if xs else None, sps[0] if sps else False
        info.lists.update(node.outputs)
    elif node.op == "Item":  # `c` of `[... for c in outs]`: each tensor of a list built by a comprehension
        out, sp = xs[0] if xs else None, sps[0] if sps else False
    elif node.op == "Either":  # `a if cond else b` of two tensors: whichever runs; the sizes both agree on
        a, b = (xs + [None, None])[:2]
        same = a is not None and b is not None and len(a) == len(b) and sps[0] == sps[1]
        out, sp = (tuple(u if u == v else None for u, v in zip(a, b)) if same else None), (sps[0] if same else False)
        flat = None
    elif node.op == "Loop":
        out, sp = _after_loop(xs, sps)
        if flat is not None:
            info.layout_lost[node] = "a loop"
        flat = None
    elif node.op == "Getitem" and _of_pair(net, node):  # values, idx = x.max(1): both as reduced
        out, sp = xs[0], sps[0]
    elif node.op == "Getitem" and info.rnn_states.get(node.inputs[0], ("",))[0] == "stacked":  # `h1, h2 = h_n`
        out, sp = info.rnn_states[node.inputs[0]][1], False
    elif node.op == "Getitem":
        out, sp = _item(net, node, xs, sps)
    elif node.op == "Index" and _layer_of_states(node, info) is not None:
        out, sp = _layer_of_states(node, info), False
    elif adds_channel_axis(node, info.framework) and not (sps[0] if sps else False) and \
            _inserts_channels(net, node, info):
        out, sp = ((1,) + tuple(xs[0]) if xs and xs[0] is not None else None), True
        info.channel_inserts.add(node.span)
        flat = None
    elif _adapter(node, xs, sps, info.framework, net) is None and _permute_into_image(node, xs, sps, net):
        out, sp, axes = _permute_into_image(node, xs, sps, net)
        info.adapter_axes[node.span] = axes
        flat = None
    elif _adapter(node, xs, sps, info.framework, net) is not None and not _read_as_values(net, node):
        out, sp = _adapter(node, xs, sps, info.framework, net)
        info.adapters.add(node.span)
        flat = None
    else:
        if sps[:1] == [True] and xs[0] is not None:
            xs[0] = _sized_by_width(xs[0], node.attrs.get(FLAT_WIDTH))
        out, sp = apply_op(node.op, node.attrs.as_dict(), xs, sps, info)
        out = _own_sizes_read(node, xs[0] if xs else None, out, info.framework)
        if sp and out is not None and _whole_window(node, len(out) - 1, info.framework):
            out = (out[0],) + (1,) * (len(out) - 1)  # `F.avg_pool2d(x, x.size()[2:])`: one value per channel
        if node.span in info.image_reshapes and not any(sps) and out is not None and len(out) >= 2:
            sp = True  # `x.view(-1, 16, 7, 7)` before a conv: a channels-first image
        if out is not None and any(v in info.lists for v in node.inputs):
            out = _of_unknown_list(node, out, info)
        flat = None if node.attrs.get(TORCH_ORDER) or _source_order_flatten(node, node.op, sps, info) or \
            _source_order_reshape(node, xs, sps, sp, info) or \
            _flattened_for_output(net, node, node.op, node.attrs.as_dict(), xs, sps, info) else \
            _flat_after(node.op, node.attrs.as_dict(), xs, sps, flats, info, node)
    layer = net.layer(node.layer or "") if node.op == "layer" else None
    ops = [node.op] + [l.op for l in iter_layers([layer])] if layer is not None else [node.op]
    if set(node.inputs) & info.rank_guessed and out is not None and any(getattr(_rule(op), "flattens", False)
                                                                        for op in ops):
        out = (None,) * len(out)  # a flatten of a value of guessed rank: its width depends on that rank
    elif set(node.inputs) & info.rank_guessed and out is not None and _axis_from_front(node):
        out = (None,) * len(out)  # `split(x, 2, axis=1)` of (N, F) or (N, T, F): which sizes it cuts depends on that rank
    info.steps.append(out)
    if set(node.inputs) & info.rank_guessed:
        info.rank_guessed_nodes.add(node)
    guessed = bool(set(node.inputs) & info.rank_guessed) and \
        (_still_guessed(layer, True, info) if layer is not None else not getattr(_rule(node.op), "flattens", False))
    (info.rank_guessed.update if guessed else info.rank_guessed.difference_update)(node.outputs)
    _remember(info, node, tuple(zip(xs, sps)), tuple((out, sp) for _ in node.outputs))
    unsized = _unsized_after(net, node, info) or (node.op == "Loop" and out != (xs[0] if xs else None))
    states = _rnn_states(net, node, info)
    for name in node.outputs:
        (info.rnn_states.__setitem__(name, states) if states else info.rnn_states.pop(name, None))
        (info.unsized.add if unsized else info.unsized.discard)(name)
        info.values[name] = out
        info.spatial[name] = sp
        if flat is not None:
            flat_src[name] = flat
        else:
            flat_src.pop(name, None)


def _rnn_states(net: Network, node: Node, info: ShapeInfo) -> tuple | None:
    """What `node` gives of a PyTorch RNN's final states (`ShapeInfo.rnn_states`): ("pair" | "stacked", the
    state's per-sample shape) or None. Only where the RNN's input rank is known: an unbatched input (L, H_in)
    gives (num_layers * D, H) states, and `h_n[-1]` is then (H,)."""
    if info.framework != "torch" or not node.inputs or node.op not in ("Getitem", "Index"):
        return None
    held = info.rnn_states.get(node.inputs[0])
    if held is not None:  # `(h_n, c_n)` unpacked, `state[0]`
        return ("stacked", held[1]) if held[0] == "pair" and (node.op == "Getitem" or _first_item(node) is not None
                                                              and len(node.attrs.get("items")) == 1) else None
    if node.op != "Getitem" or node.attrs.get("index") in (0, None) or node.attrs.get("rest"):
        return None
    layer = net.producer(node.inputs[0])
    spec = CATALOG.get(layer.op) if layer is not None else None
    if spec is None or not spec.recurrent_states or info.layer_in.get(layer.name) is None:
        return None
    return ("pair" if spec.recurrent_states > 1 else "stacked"), spec.shape_rule.state(layer.attrs)


def _first_item(node: Node) -> int | None:
    """The int that `x[i]` / `x[i, :, :]` first indexes with, else None."""
    items = node.attrs.get("items")
    first = items[0] if items else None
    return first if isinstance(first, int) and not isinstance(first, bool) else None


def _layer_of_states(node: Node, info: ShapeInfo) -> Shape:
    """`h_n[-1]` (also `h_n[-1, :, :]`) of a PyTorch RNN's stacked final states: that layer's state (N, H); None
    when `node` is not such an index."""
    held = info.rnn_states.get(node.inputs[0]) if node.inputs else None
    if held is None or held[0] != "stacked" or _first_item(node) is None:
        return None
    rest = tuple(node.attrs.get("items"))[1:]
    return _indexed(held[1], rest) if rest else held[1]


def _remember(info: ShapeInfo, node: Node, ins: tuple, outs: tuple) -> None:
    """What `node` saw; a node read several times (an unrolled loop) keeps only what every pass agrees on."""
    before = info.at.get(node)
    if before is not None and before != (ins, outs):
        def agree(a, b):
            return tuple(x if x == y else (None, x[1] if x[1] == y[1] else False) for x, y in zip(a, b))
        ins, outs = agree(before[0], ins), agree(before[1], outs)
    info.at[node] = (ins, outs)


def _reshaped_into_images(net: Network, name: str) -> bool:
    """A PyTorch input read first (past its sizes) by the reshape into the images a conv reads (`image_reshapes`):
    per-frame images `x.view(b * t, c, h, w)` of (N, T, C, H, W). The input itself is no image: it has the same
    layout in both frameworks, the reshape makes Keras's channels-last images from it."""
    if net.framework != "torch":
        return False
    first = first_use(net, name, _GRAPH_ORDER_FREE)
    return first is not None and getattr(CATALOG.get(first.op), "shape", None) == "reshape" and \
        first.span in image_reshapes(net)


def _whole_window(node: Node, n: int, framework: str) -> bool:
    """A PyTorch pool whose window is the pooled tensor's own spatial sizes (`F.avg_pool2d(x, (x.size(2),
    x.size(3)), stride=(x.size(2), x.size(3)))`, `F.max_pool2d(x, x.size()[2:])`), unpadded: its output has one
    position per spatial axis, whatever the sizes (CBAM's channel gate)."""
    spec = CATALOG.get(node.op)
    if framework != "torch" or spec is None or spec.shape != "pool" or spec.spatial != n or len(node.inputs) != 1:
        return False
    kernel, stride = node.attrs.get("kernel_size"), node.attrs.get("stride")
    if node.attrs.get("padding", 0) not in (0, (0,) * n) or node.attrs.get("dilation", 1) not in (1, (1,) * n):
        return False
    axes = _size_reads(kernel, node.inputs[0], n)
    return axes == tuple(range(2, n + 2)) and (stride is None or _size_reads(stride, node.inputs[0], n) == axes)


def _size_reads(value, name: str, n: int) -> tuple | None:
    """The axes (batch-inclusive, counted from the front of a rank n + 2 tensor) whose sizes of the tensor `name`
    the expression `value` lists: `(x.size(2), x.size(3))`, `x.shape[2:]`, `x.size()[-2:]`, `x.size(-1)`."""
    if not isinstance(value, Expr):
        return None
    try:
        tree = ast.parse(value.code, mode="eval").body
    except SyntaxError:
        return None
    rank = n + 2

    def of_name(e) -> bool:  # `x.shape` or `x.size()`
        return isinstance(e, ast.Attribute) and e.attr == "shape" and isinstance(e.value, ast.Name) and \
            e.value.id == name or isinstance(e, ast.Call) and not e.args and not e.keywords and \
            isinstance(e.func, ast.Attribute) and e.func.attr == "size" and isinstance(e.func.value, ast.Name) \
            and e.func.value.id == name

    def axis(e) -> int | None:
        if isinstance(e, ast.Call) and len(e.args) == 1 and not e.keywords and isinstance(e.func, ast.Attribute) \
                and e.func.attr == "size" and isinstance(e.func.value, ast.Name) and e.func.value.id == name:
            index = e.args[0]
        elif isinstance(e, ast.Subscript) and of_name(e.value) and not isinstance(e.slice, ast.Slice):
            index = e.slice
        else:
            return None
        try:
            k = ast.literal_eval(index)
        except ValueError:
            return None
        return k % rank if isinstance(k, int) and not isinstance(k, bool) and -rank <= k < rank else None

    if isinstance(tree, ast.Tuple):
        return tuple(axis(e) for e in tree.elts) if len(tree.elts) == n else None
    if isinstance(tree, ast.Subscript) and of_name(tree.value) and isinstance(tree.slice, ast.Slice):
        try:
            lower, upper, step = (None if p is None else ast.literal_eval(p)
                                  for p in (tree.slice.lower, tree.slice.upper, tree.slice.step))
        except ValueError:
            return None
        if not all(v is None or isinstance(v, int) for v in (lower, upper, step)):
            return None
        return tuple(range(rank)[lower:upper:step])
    single = axis(tree)
    return (single,) if n == 1 and single is not None else None


def _sized_by_width(x: tuple, width) -> tuple:
    """The (C, *S) image a flatten to `width` features per sample reads (`FLAT_WIDTH`): where its known sizes
    multiply to `width` already, the unknown ones are 1 (`x.view(-1, 1)` of a one-channel conv output is (1, 1, 1))."""
    if not isinstance(width, int) or None not in x or not all(isinstance(d, int) or d is None for d in x):
        return x
    known = math.prod(d for d in x if d is not None)
    return tuple(1 if d is None else d for d in x) if known == width else x


def _source_order_reshape(node: Node, xs: list, sps: list, sp: bool, info: ShapeInfo) -> bool:
    """A PyTorch reshape of an image of known rank into a sequence (N, L, F), not the image a conv reads next
    (`image_reshapes`): per-frame features `feats.view(b, t, -1)` of (b * t, C, 1, 1), `x.view(n, c, -1)`. Recorded in `flatten_channels_first`: the Keras image is moved to
    PyTorch's channels-first order first, so the result is PyTorch's (and the weights after it are copied as they
    are)."""
    spec = CATALOG.get(node.op)
    if info.framework != "torch" or spec is None or spec.shape != "reshape" or sps[:1] != [True] or sp or \
            not xs or xs[0] is None or node.span in info.image_reshapes or len(node.inputs) != 1:
        return False
    sizes = node.attrs.get("shape")
    if not isinstance(sizes, tuple) or len(sizes) != 3:
        # a sequence only: an image regrouped into more axes may be viewed back into an image (ShuffleNet's
        # channel shuffle in a module), and (N, F) is a flatten's (`_source_order_flatten`)
        return False
    info.flatten_channels_first.add(node.span)
    return True


def _flattened_for_output(net: Network, node: Node, op: str, attrs: dict, xs: list, sps: list,
                          info: ShapeInfo) -> bool:
    """A PyTorch flatten of an image whose features no weighted layer reads (returned, maybe through elementwise
    ops, normalizations or views: an embedding network's `x.view(x.size(0), -1)`), or that the model returns as they
    are besides a dense layer reading them (`return self.fc(feats), feats`): recorded in `flatten_channels_first`,
    so the Keras model returns PyTorch's order, and the dense layer takes PyTorch's weights as they are (one order
    for both readers; permuted weights would leave the returned features in Keras's order)."""
    spec = CATALOG.get(op)
    if info.framework != "torch" or spec is None or not spec.shape_rule.flattens_at(attrs) or \
            sps[:1] != [True] or not xs or not _reorders(xs[0]):
        return False
    read = _weighted_reader(net, node)
    if read and not _returned_as_made(net, node):
        return False
    info.flatten_channels_first.add(node.span)
    (info.returned_flattens if read else info.unread_flattens).add(node.span)
    return True


def _returned_in_torch_order(layers, flat, info: ShapeInfo) -> bool:
    """Features a Sequential's last flatten makes of an image and nothing weighted reads after it (the model's
    or the block's output, `_flattened_for_output`): that flatten keeps PyTorch's order (`flatten_channels_first`)."""
    flatten = next((l for l in reversed(list(iter_layers(layers))) if getattr(_rule(l.op), "flattens", False)), None)
    if info.framework != "torch" or not _reorders(flat) or flatten is None or flatten.name not in info.layer_in:
        return False
    info.flatten_channels_first.add(flatten.span)
    info.unread_flattens.add(flatten.span)
    return True


def _returned_as_made(net: Network, node: Node) -> bool:
    """The model returns what `node` makes as it is: a name of its outputs is an output of the model and no later
    node binds it again (`x = torch.flatten(x, 1); x = self.fc(x); return x` returns the dense layer's result)."""
    later = {name for n in net.nodes[net.nodes.index(node) + 1:] for name in n.outputs}
    return any(name in net.outputs and name not in later for name in node.outputs)


def _weighted_reader(net: Network, node: Node) -> bool:
    """A layer or a weighted op reads what `node` makes, or a value made from it."""
    values = set(node.outputs)
    for later in net.nodes[net.nodes.index(node) + 1:]:
        if not values & set(later.inputs):
            continue
        spec = CATALOG.get(later.op)
        if later.op == "layer" or later.form == "loop" or spec is not None and spec.feature_weights:
            return True
        values.update(later.outputs)
    return False


def _source_order_flatten(node: Node, op: str, sps: list, info: ShapeInfo) -> bool:
    """A flatten of an image whose sizes are unknown: recorded in `flatten_channels_first`, it keeps the source
    framework's order (the following dense layer's weights cannot be permuted for an unknown size)."""
    if getattr(_rule(op), "flattens", False) and sps[:1] == [True] and node.inputs[0] in info.unsized:
        info.flatten_channels_first.add(node.span)
        return True
    return False


def _after_loop(xs: list, sps: list) -> tuple[Shape, bool]:
    """A value bound in a loop run an unknown number of times: `xs[0]` after one pass, then (before, after)
    pairs of the values the loop carries. Every pass sees the same shapes only if each carried value comes out
    as it went in; otherwise the sizes are unknown (the rank and layout are kept when one pass keeps them)."""
    x, pairs = xs[0], list(zip(xs[1::2], xs[2::2], sps[1::2], sps[2::2]))
    if all(a == b and a is not None and None not in a and sa == sb for a, b, sa, sb in pairs):
        return x, sps[0]
    same_rank = x is not None and all(a is not None and b is not None and len(a) == len(b) and sa == sb
                                      for a, b, sa, sb in pairs)
    return (tuple([None] * len(x)) if same_rank else None), sps[0]


def _unsized_after(net: Network, node: Node, info: ShapeInfo) -> bool:
    """A block Pivot does not see into, or an op on such a value, except pooling to a fixed size."""
    layer = net.layer(node.layer or "") if node.op == "layer" else None
    if node.op == "layer" and (layer is None or layer.op in _UNSEEN_BLOCKS):
        return True
    if layer is not None and layer.attrs.get("dynamic"):  # nn.Sequential(*blocks): built at run time
        return True
    if layer is not None and layer.op == "Sequential":  # nn.Sequential(conv_bn(3, 8, 2), conv_dw(8, 16, 1), ...):
        unsized = any(v in info.unsized for v in node.inputs)  # blocks whose sizes are not followed, until a pool
        for child in iter_layers(layer.children):  # to a fixed size
            unsized = _still_unsized(child, unsized)
        return unsized
    spec = CATALOG.get(layer.op if layer is not None else node.op)
    return any(v in info.unsized for v in node.inputs) and not (spec is not None and spec.shape_rule.fixed_size)


def _of_unknown_list(node: Node, out: tuple, info: ShapeInfo) -> Shape:
    """The result of an op over a list of unknown length: the joined (concat) or new (stack) axis is unknown."""
    spec = CATALOG.get(node.op)
    if spec is None or not spec.shape_rule.joins_list:
        return None  # an op over a whole list other than joining it: nothing is known
    rank = len(out) + 1
    axis = node.attrs.get("dim", spec.shape_rule.axis_default)
    if info.framework == "keras" and info.spatial.get(node.inputs[0], False):
        axis = remap_axis(axis, rank, True, to_keras=False)
    a = sample_axis(axis, rank) if isinstance(axis, int) else None
    return None if a is None else tuple(None if i == a else d for i, d in enumerate(out))


def _permutation(node, rank: int) -> tuple | None:
    """The axis permutation a permuting op or module applies (None for any other op)."""
    rule = _rule(node.op)
    return rule.permutation(node.attrs.as_dict(), rank) if rule is not None else None


def _inserts_channels(net: Network, node: Node, info: ShapeInfo) -> bool:
    """`adds_channel_axis` (`x.unsqueeze(1)`, `x[:, None, :]`) whose result a conv/pool layer reads next: a
    one-channel image."""
    if not node.outputs:
        return False
    spec = _image_reader(net, node)
    return spec is not None and spec.layout_sensitive and bool(spec.spatial)


def _layout_reader(net: Network, node: Node) -> bool:
    """A transpose of a sequence (N, L, C) into (N, C, L) is the change to PyTorch's channels-first layout (a no-op
    in Keras, the result an image) only where an op reading channels at axis 1 (a conv, pool or norm of images)
    reads its result next, past activations and inference identities; else it is a plain transpose, in both
    frameworks (the model's output, `x.transpose(1, 2)` read by a dense layer or a reduction). One rule with the
    unsized analysis, which without a rank knows a transpose only by its image reader (`_image_reader`); a block of
    the file or a method reading it is taken as an image reader (what it reads is not known here)."""
    def keeps(spec: OpSpec | None) -> bool:
        return spec is not None and (spec.kind == "activation" and not spec.axis_args or spec.identity_at_inference)

    value = node.outputs[0] if node.outputs else None
    later = net.nodes[net.nodes.index(node) + 1:] if node in net.nodes else []
    for reader in later:
        if value not in reader.inputs:
            continue
        layer = net.layer(reader.layer or "") if reader.op == "layer" else None
        specs = [CATALOG.get(l.op) for l in iter_layers([layer]) if l.op != "Sequential"] if layer is not None \
            else [CATALOG.get(reader.op)]
        first = next((i for i, s in enumerate(specs) if not keeps(s)), None)
        if first is None and specs and reader.outputs:  # activations, dropout: what they return decides
            value = reader.outputs[0]
            continue
        # (a block of the file, a method: what it reads is not known here, and an elementwise merge with another
        # value (`input + x`, ConvNeXt's residual) takes its layout: taken as before, an image)
        spec = specs[first] if first is not None else None
        return spec is None or spec.layout_sensitive or spec.kind == "merge" or reader.form == "operator"
    return False


def _image_reader(net: Network, node: Node) -> OpSpec | None:
    """The conv/pool layer that reads `node`'s result next (first in a Sequential), None for anything else."""
    if not node.outputs:
        return None
    later = net.nodes[net.nodes.index(node) + 1:] if node in net.nodes else []
    # (a loop's marker is no reader: `for conv, norm in zip(self.convs, self.norms)` reads it in its body; nor is
    # the name it is bound to: `x = x.permute(0, 2, 1).contiguous()` binds the permute's value through an Alias)
    value, reader = node.outputs[0], None
    for n in later:
        if value in n.inputs and n.op == "Alias":
            value = n.outputs[0]
        elif value in n.inputs and n.op != "Loop":
            reader = n
            break
    layer = net.layer(reader.layer or "") if reader is not None and reader.op == "layer" else None
    while layer is not None and layer.op == "Sequential" and layer.children:
        layer = layer.children[0]
    if layer is not None and (layer.op == "Sequential" and layer.attrs.get("dynamic") and _one_built_container(net)
                              or _method_built(net, layer)):
        # `nn.Sequential(*blocks)` of the one list the constructor fills; `self.block1 = self._conv_block(9, 64)`
        layer = first_leaf(net.templates[0])
    if layer is not None and layer.op == "ModuleList":
        # `[conv(x) for conv in self.convs]` (or a loop over them): each layer reads it, all of one kind
        kinds = {c.op for c in layer.children}
        layer = (layer.children[0] if len(kinds) == 1 else None) if layer.children else \
            grown_list_template(net, layer)
        while layer is not None and layer.op == "Sequential" and layer.children:  # a list of conv blocks
            layer = layer.children[0]
    # a layer, or a functional op reading it (`F.avg_pool1d(x.transpose(1, 2), 5)`)
    op = layer.op if layer is not None else reader.op if reader is not None and reader.op != "layer" else None
    spec = CATALOG.get(op) if op else None
    return spec if spec is not None and spec.layout_sensitive and spec.spatial else None


def _method_built(net: Network, layer: Layer) -> bool:
    """`self.block1 = self._conv_block(3, 16)`: a block a method of the class builds, from its templates."""
    return layer.op == "Built" and str(layer.attrs.get("by", "")).startswith("self.") and bool(net.templates)


def _one_built_container(net: Network) -> bool:
    """The model's templates (the layers its constructor builds by code) all go into its one container built at
    run time (`self.encoder = nn.Sequential(*blocks)` after `blocks += [nn.Conv1d(...), ...]` in a loop)."""
    built = [l for l in iter_layers(net.layers) if l.op == "Sequential" and l.attrs.get("dynamic")
             or l.op in ("ModuleList", "ModuleDict") and not l.children or l.op == "Built"]
    return len(built) == 1 and bool(net.templates)


def image_reshapes(net: Network) -> set:
    """The spans of the reshapes of a PyTorch model (`x.view(-1, 16, 7, 7)`, `x.reshape(n, c, h, w)`,
    nn.Unflatten) whose result an image layer (a conv, pool or norm of its rank) reads next, past activations and
    inference identities: the result is PyTorch's channels-first image (`ShapeInfo.image_reshapes`)."""
    if net.framework != "torch":
        return set()
    found = set()
    for node in net.nodes:
        layer = net.layer(node.layer or "") if node.op == "layer" else None
        reshape = layer if layer is not None and _reshapes(layer.op) else node if _reshapes(node.op) else None
        rank = _reshape_rank(reshape) if reshape is not None else None
        if rank and _image_next(rank, _graph_readers(net, node)):
            found.add(reshape.span)
    for container in iter_layers(net.layers):
        children = list(container.children) if container.op == "Sequential" else []
        for i, child in enumerate(children):
            rank = _reshape_rank(child) if _reshapes(child.op) else None
            if rank and _image_next(rank, ((first_leaf(c), c) for c in children[i + 1:])):
                found.add(child.span)
    return found


def sequence_expands(net: Network) -> set:
    """The spans of a PyTorch model's per-axis-size ops (`z.unsqueeze(1).expand(-1, seq_len, -1)`, `repeat`) with
    three sizes whose result a recurrent layer reads next, past activations and inference identities: a sequence
    (N, T, F), whose axes are in the same order in both frameworks, whatever the rank of its input is known to be."""
    if net.framework != "torch":
        return set()
    found = set()
    for node in net.nodes:
        spec = CATALOG.get(node.op)
        sizes = node.attrs.get(spec.per_axis_sizes) if spec is not None and spec.per_axis_sizes else None
        if isinstance(sizes, tuple) and len(sizes) == 3 and _recurrent_next(_graph_readers(net, node)):
            found.add(node.span)
    return found


def _recurrent_next(readers) -> bool:
    """The first of `readers` that is not an activation or an inference identity is a recurrent layer."""
    for leaf, _ in readers:
        spec = CATALOG.get(leaf.op)
        if spec is not None and (spec.identity_at_inference or spec.kind == "activation" and not spec.axis_args):
            continue
        return isinstance(leaf, Layer) and spec is not None and bool(spec.recurrent_states)
    return False


def _own_sizes_read(node: Node, x: Shape, out: Shape, framework: str) -> Shape:
    """A PyTorch reshape's sizes that read the reshaped tensor's own (`x.reshape(x.size(0), x.size(1), -1)`: axis 1
    is x's), and its one -1 where every other size is then known (the rest of x's elements): DeepConvLSTM's
    (N, T, C * W) before its LSTM. Other sizes stay as the rule gave them."""
    spec = CATALOG.get(node.op)
    sizes = node.attrs.get("shape")
    if framework != "torch" or spec is None or spec.shape != "reshape" or x is None or out is None or \
            not isinstance(sizes, tuple) or len(sizes) != len(out) + 1 or len(node.inputs) != 1:
        return out
    own = re.compile(rf"{re.escape(node.inputs[0])}\.(?:size\((\d+)\)|shape\[(\d+)\])")
    dims = list(out)
    for k, size in enumerate(sizes[1:]):
        m = own.fullmatch(re.sub(r"\s+", "", str(size)))
        axis = int(m.group(1) or m.group(2)) if m else 0
        if dims[k] is None and 0 < axis <= len(x) and isinstance(x[axis - 1], int):
            dims[k] = x[axis - 1]
    rest = [k for k, (d, size) in enumerate(zip(dims, sizes[1:])) if d is None and str(size).strip() == "-1"]
    known = [d for d in dims if d is not None]
    if len(rest) == 1 and len(known) == len(dims) - 1 and all(isinstance(d, int) and d > 0 for d in (*x, *known)) \
            and math.prod(x) % math.prod(known) == 0:
        dims[rest[0]] = math.prod(x) // math.prod(known)
    return tuple(dims)


def _reshapes(op: str) -> bool:
    spec = CATALOG.get(op)
    return spec is not None and spec.shape in ("reshape", "unflatten", "keras_reshape")


def _reshape_rank(where: Node | Layer) -> int | None:
    """The rank (with the batch) of a reshape's result where its target sizes say it: `view(-1, 16, 7, 7)`: 4;
    `nn.Unflatten(1, (16, 7, 7))` of (N, F): 4 (its input is taken as (N, F): a (N, T, F) input is not an image
    before a conv, and its rank is checked where it is migrated)."""
    if CATALOG[where.op].shape == "keras_reshape":  # Pivot's Reshape: every axis after the batch
        sizes = target_sizes(where.attrs.get("target_shape"))
        return len(sizes) + 1 if sizes is not None else None
    if CATALOG[where.op].shape == "unflatten":
        sizes = target_sizes(where.attrs.get("shape"))
        return len(sizes) + 1 if sizes is not None and where.attrs.get("dim") in (1, -1) else None
    shape = where.attrs.get("shape")
    return len(shape) if isinstance(shape, tuple) else None


def _graph_readers(net: Network, node: Node):
    """(entry's layer or node, what to follow) of the ops reading `node`'s result, in order, one value at a time:
    each reader's own result is the next value (a chain `fc -> view -> relu -> conv`)."""
    value = node.outputs[0] if node.outputs else None
    later = net.nodes[net.nodes.index(node) + 1:] if node in net.nodes else []
    for reader in later:
        if value is None:
            return
        if value in reader.inputs:
            layer = net.layer(reader.layer or "") if reader.op == "layer" else None
            yield (first_leaf(layer) if layer is not None else reader), reader
            value = reader.outputs[0] if reader.outputs else None


def _image_next(rank: int, readers) -> bool:
    """The first of `readers` that is not an activation or an inference identity reads an image of `rank`."""
    for leaf, _ in readers:
        spec = CATALOG.get(leaf.op)
        if spec is None and isinstance(leaf, Node) and leaf.op in _GRAPH_ORDER_KEEPING and len(leaf.inputs) == 1:
            continue  # `x * 2`
        if spec is None:
            return False
        if spec.identity_at_inference or spec.kind == "activation" and not spec.axis_args:
            continue
        if not spec.layout_sensitive:
            return False
        named = _ranks_named(spec, leaf) if isinstance(leaf, Layer) else []
        return spec.spatial == rank - 2 or bool(spec.spatial and spec.keras_entry_by_rank) or named == [rank]
    return False


def _adapter(node: Node, xs, sps, framework: str = "torch", net: Network | None = None):
    """(shape, spatial) after a channels-last <-> channels-first transpose, or None for another transpose; in
    Keras an image (channels-last) moved channels-first is a plain tensor laid out as PyTorch's image (the same
    canonical shape), and the reverse makes one an image. Of a value whose rank is unknown (a model input), a
    transpose that a conv/pool reads next is the change to channels-first when it permutes that conv's rank so
    (`x.permute(0, 2, 1)` before a Conv1d)."""
    x = xs[0] if xs else None
    reader = _image_reader(net, node) if x is None and net is not None else None
    if x is None and reader is not None and reader.spatial in (1, 2):
        x = (None,) * (reader.spatial + 1)
    if x is None or len(x) not in (2, 3):
        return None
    rank = len(x) + 1
    perm = _permutation(node, rank)
    spatial = sps[0] if sps else False
    to_first = {3: (0, 2, 1), 4: (0, 3, 1, 2)}[rank]
    to_last = {3: (0, 2, 1), 4: (0, 2, 3, 1)}[rank]
    if framework == "keras":
        return (x, not spatial) if perm == (to_first if spatial else to_last) else None
    if not spatial and perm == to_first and (net is None or _layout_reader(net, node)):
        return (x[-1],) + tuple(x[:-1]), True
    if spatial and perm == to_last:
        return tuple(x[1:]) + (x[0],), False
    return None


def _read_as_values(net: Network, node: Node) -> bool:
    """Every op reading the transpose's result is a tensor op that does not follow the image layout (the
    attention scores' `q @ k.transpose(1, 2)`): the transpose is computation, not a change to channels-first for
    a layer, and stays in the target."""
    readers = [n for n in net.nodes if node.outputs and node.outputs[0] in n.inputs and n is not node]
    specs = [CATALOG.get(n.op) for n in readers]
    return bool(readers) and all(s is not None and s.kind == "tensor" and not s.layout_sensitive
                                 and not s.axis_args for s in specs)


def _reads_flat_features(spec: OpSpec | None) -> bool:
    """A dense layer or a 1-D norm: its weights follow the order of the flattened features it reads."""
    return spec is not None and (spec.feature_weights or spec.feature_norm)


def _keeps_order(op: str, spec: OpSpec | None, rank1: bool) -> bool:
    """Each feature stays where it was (the flatten order passes through unchanged): identities at inference,
    elementwise merges, 1-D norms over features, activations over no particular axis."""
    if spec is None:
        return op in _GRAPH_ORDER_KEEPING
    return spec.identity_at_inference or spec.keeps_features or (spec.feature_norm and rank1) or \
        (spec.kind == "activation" and not spec.axis_args)


def _flat_after(op: str, attrs: dict, xs, sps, flats: list, info: ShapeInfo, where) -> tuple | FlatParts | None:
    """The flatten order of an op's result: set by a flatten of an image, carried by ops that keep features in
    place and by concatenations; any other op reading such features is recorded in `layout_lost`."""
    spec = CATALOG.get(op)
    if spec is not None and spec.shape_rule.flattens_at(attrs) and sps and sps[0] and xs and xs[0]:
        # an image whose spatial sizes are all 1 (a global pool's (C, 1, 1)) flattens to the same features in both
        # frameworks: nothing to carry (DCGAN's `output.view(-1, 1).squeeze(1)`)
        return xs[0] if _reorders(xs[0]) else None
    present = [f for f in flats if f is not None]
    if not present:
        return None
    rank1 = all(x is not None and len(x) == 1 for x in xs)
    if _keeps_order(op, spec, rank1):
        # a dense layer's output (x + self.fc(x)) is in the same order in both frameworks, the flatten is not
        if len(set(present)) > 1 or len(present) < len(flats):
            info.layout_lost[where] = "an elementwise op of features flattened in different orders"
            return None
        return present[0]
    if spec is not None and spec.shape_rule.joins_list and not spec.new_axis and rank1:
        return _concat_parts(xs, flats)
    order_free = op in _GRAPH_ORDER_FREE if spec is None else spec.shape_rule.order_free(attrs)
    if not order_free:
        info.layout_lost[where] = f"`{op}`"
    return None


def _concat_parts(xs, flats: list) -> FlatParts:
    """The parts of a concatenation of feature vectors, each flattened image kept with its width (None where
    not known statically: weight transfer, which knows the input shape, checks them)."""
    parts: list = []
    for x, flat in zip(xs, flats):
        if isinstance(flat, FlatParts):
            parts.extend(flat.parts)
        else:
            parts.append((x[0] if isinstance(x[0], int) else None, flat))
    return FlatParts(tuple(parts))


def chain_ranks(chain: list[tuple[Layer | None, bool]]) -> list[int | None]:
    """The input rank of each element of a chain of layers run one after the other (a Keras Sequential's list, a
    keras.Sequential subclass's), where the chain itself fixes it: a conv or pool reads and returns images of
    its rank, a flatten returns (N, F), and the layers that keep the shape (a norm, an activation, dropout) pass
    a rank on in both directions. An element is a layer (None: unknown, any rank in and out) and whether it may be
    absent (built under an `if`): an optional layer passes a rank only when it keeps the shape."""
    effects = [_rank_effect(layer) if isinstance(layer, Layer) else layer if isinstance(layer, tuple) else
               (None, None, False) for layer, _ in chain]  # a tuple: an effect known already (a block's)
    effects = [e if not optional or e[2] else (None, None, False) for e, (_, optional) in zip(effects, chain)]
    ranks: list[int | None] = [None] * len(chain)
    rank = None
    for i, (fixed_in, fixed_out, keeps) in enumerate(effects):  # forward: what comes out of the one before
        ranks[i] = rank if fixed_in is None or rank == fixed_in else None
        rank = fixed_out if fixed_out is not None else rank if keeps else None
    rank = None
    for i in reversed(range(len(chain))):  # backward: what the one after reads, through shape keepers
        fixed_in, fixed_out, keeps = effects[i]
        # an image (rank 4, 5) is channels-first in PyTorch wherever it comes from; a (N, L, C) sequence only
        # after a 1-D conv or pool (a dense layer's may be read channels-last), so rank 3 is told forward only
        wanted = fixed_in if fixed_in is not None else rank if keeps and (rank or 0) >= 4 else None
        if ranks[i] is None:
            ranks[i] = wanted
        elif wanted is not None and wanted != ranks[i]:
            ranks[i] = None  # the chain contradicts itself: no rank is certain
        rank = wanted
    return ranks


def _chain_effect(chain: list) -> tuple[int | None, int | None, bool]:
    """`_rank_effect` of a whole chain (its elements as `chain_ranks` takes them)."""
    if not chain:
        return None, None, True
    ranks = chain_ranks(chain)
    effects = [e if not optional or e[2] else (None, None, False) for e, (_, optional) in zip(
        [_rank_effect(x) if isinstance(x, Layer) else x if isinstance(x, tuple) else (None, None, False)
         for x, _ in chain], chain)]
    out = effects[-1][1] if effects[-1][1] is not None else ranks[-1] if effects[-1][2] else None
    return ranks[0], out, all(e[2] for e in effects)


def _rank_effect(layer: Layer) -> tuple[int | None, int | None, bool]:
    """(the one input rank it reads, the one output rank it returns, whether it keeps the rank) of a Keras layer,
    each as far as it is certain; a Sequential of such layers composes them."""
    if layer.op == "Sequential" and layer.children and not layer.attrs.get("dynamic"):
        return _chain_effect([(child, False) for child in layer.children])
    spec = CATALOG.get(layer.op)
    if spec is None or layer.attrs.get(PER_STEP_IMAGES):
        return None, None, False
    if spec.layout_sensitive and spec.spatial:
        rank = spec.spatial + 2
        out, _ = apply_op(layer.op, layer.attrs.as_dict(), [(None,) * (rank - 1)], [True], ShapeInfo(framework="keras"))
        return rank, None if out is None else len(out) + 1, out is not None and len(out) + 1 == rank
    if spec.shape == "flatten" and _plain_flatten(layer):
        return None, 2, False
    return None, None, _passes_rank(spec)


def _passes_rank(spec: OpSpec) -> bool:
    """An op that keeps the shape and reads no axis of its own in the chain's terms: activations, per-channel norms
    (their PyTorch twin chosen by rank), dropout and weightless identities. A layer reading the last axis
    (LayerNorm, attention, a transformer: Pivot's support classes) would need its input moved in PyTorch: it stops
    the chain."""
    if spec.shape != "same" or spec.axis_args:
        return False
    if spec.weights == "prelu":  # an activation with learned slopes, one or one per channel (axis 1 in PyTorch)
        return True
    return spec.kind == "activation" or spec.feature_axis == 1 or (
        spec.kind == "layer" and spec.feature_axis is None and spec.weight_rule is None
        and spec.support_call is None and not spec.layout_sensitive)


# a pass of a factory to a class a parameter holds (`block(inplanes, planes, stride, downsample, norm_layer)` in
# torchvision's `_make_layer(self, block, ...)`): any model class of the file taking a factory there
ANY_CLASS = "*"


def with_factory_ranks(networks: list[Network]) -> list[Network]:
    """The networks, each factory's template told the rank `factory_ranks` finds for it."""
    found = factory_ranks(networks)
    called = {n.name: _attribute_ranks(n) for n in networks if n.attribute_templates}
    out = []
    for net in networks:
        told = {index: found[net.name, name][0] for name, index, *_ in net.factories if index >= 0}
        for attr, i, factory in net.attribute_templates:  # `setattr(self, f"bn{i}", layers.X())`: its own calls
            if not factory:
                ranks = called[net.name].get(attr, set()) | {net.templates[i].attrs.get(INPUT_RANK)} - {None}
                told[i] = ranks.pop() if len(ranks) == 1 and None not in called[net.name].get(attr, ()) else None
        templates = tuple(replace(t, attrs=Attrs.of(t.attrs.as_dict() | {INPUT_RANK: told[i]}))
                          if told.get(i) and t.attrs.get(INPUT_RANK) is None and _by_rank(t) else t
                          for i, t in enumerate(net.templates))
        out.append(replace(net, templates=templates) if templates != net.templates else net)
    return out


def with_module_factory_ranks(networks: list[Network], calls: dict[str, int]) -> list[Network]:
    """The networks, each module-level layer factory of a PyTorch file whose Keras layer follows its input's rank
    (`def make_drop2(): return nn.Dropout2d()`: SpatialDropout1D/2D/3D) told the rank of the layers its calls build
    (`self.drop2 = make_drop2()` applied to a Conv2d's output: 4), when every call of it in the file (`calls`: the
    name -> how many calls the file makes) builds such a layer and their ranks are known and agree (the function
    is migrated once, for all of them; unsure, it stays a named refusal)."""
    ranks: dict[str, list] = {}
    for net in networks:
        made = [l for l in iter_layers(net.layers + net.templates) if l.attrs.get(FACTORY)]
        info = infer(net) if any(l.name and not l.attrs.get(INPUT_RANK) for l in made) else None
        for layer in made:
            x = info.layer_in.get(layer.name) if info is not None and layer.name else None
            ranks.setdefault(layer.attrs.get(FACTORY), []).append(
                layer.attrs.get(INPUT_RANK) or (len(x) + 1 if x is not None else None))
    out = []
    for net in networks:
        told = set(ranks.get(net.name, [None]))
        spec = CATALOG.get(net.templates[0].op) if net.framework == "torch" and net.style == "helper" and \
            len(net.templates) == 1 and not net.layers else None
        if spec is not None and spec.keras_entry_by_rank and len(told) == 1 and None not in told and \
                len(ranks[net.name]) == calls.get(net.name) and net.templates[0].attrs.get(INPUT_RANK) is None:
            template = net.templates[0]
            net = replace(net, templates=(replace(template, attrs=Attrs.of(template.attrs.as_dict() |
                                                                            {INPUT_RANK: told.pop()})),))
        out.append(net)
    return out


def factory_ranks(networks: list[Network]) -> dict[tuple[str, str], tuple[int | None, bool]]:
    """(network, factory) -> (the input rank of a layer factory's template, whether that rank is a bounded guess)
    for each factory with a template: a layer factory's template (`norm_layer = lambda c: layers.BatchNormalization()`) told the input
    rank of every place that calls it: its chains, the attributes it builds (`self.bn1 = norm_layer(c)`: the rank
    `call()` applies them to), also in the model classes of the file it is passed to (`Network.factories`), when
    all agree and it is used no other way. A rank whose PyTorch module refuses any other (`OpSpec.torch_rank_checked`:
    BatchNorm2d/3d) is told when the calls that tell a rank agree, whatever the factory's other uses (passed to
    `block(...)` where the classes `block` may hold disagree, an attribute read other than as `norm_layer =
    self._norm_layer`): a call elsewhere on another rank fails in PyTorch, never computes something else. That guess
    is kept only where the uses cannot be followed; `self._norm_layer` read in the class's methods and `block(...,
    norm_layer)` (every model class of the file taking a factory there: ANY_CLASS) are followed."""
    by_name = {n.name: n for n in networks if n.framework == "keras"}
    called = {n.name: _attribute_ranks(n) for n in networks if n.attribute_templates}

    def ranks(net: Network, name: str, seen: frozenset) -> tuple[set, bool]:
        """The ranks the factory's calls tell, and whether some use tells none (unknown)."""
        if (net.name, name) in seen:  # passed back to itself: the uses are those being gathered
            return set(), False
        entry = next((f for f in net.factories if f[0] == name), None)
        if entry is None:
            return set(), True
        found, unknown = set(entry[2]), entry[4]
        if set(entry[5]) & {a for sub in subclasses(net.name) for a in sub.attribute_reads}:
            unknown = True  # kept in `self._norm_layer`, which a subclass's methods may read any way
        for attr, _, factory in net.attribute_templates:  # `self.bn1 = norm_layer(c)`: where call() runs it
            if factory == name:
                found |= called[net.name].get(attr, set())
        for cls, key in entry[3]:
            if isinstance(cls, tuple):  # `block(..., norm_layer)`, `block` a parameter: every class that may be it
                more, open_ = any_class(cls, key, seen | {(net.name, name)})
                found, unknown = found | more, unknown or open_
                continue
            callee = by_name.get(cls)
            if callee is None or (isinstance(key, int) and key >= len(callee.params)):
                unknown = True
                continue
            more, open_ = ranks(callee, callee.params[key].name if isinstance(key, int) else key,
                                seen | {(net.name, name)})
            found, unknown = found | more, unknown or open_
        return found - {None}, unknown or None in found

    def subclasses(name: str) -> list[Network]:
        """The model classes of the file inheriting from `name`, directly or not."""
        out: list[Network] = []
        todo = [name]
        while todo:
            base = todo.pop()
            for sub in by_name.values():
                if base in sub.bases and sub not in out:
                    out.append(sub)
                    todo.append(sub.name)
        return out

    def any_class(call: tuple, key, seen: frozenset) -> tuple[set, bool]:
        """The ranks a factory passed at `key` (position or keyword) to a class a parameter holds is called at (`call`:
        (ANY_CLASS, the count of positional arguments, the keywords)): every model class of the file taking those
        arguments and calling or passing on what it gets at `key` is a candidate, and they must agree on one rank.
        When they do not (or none is found) the pass is not followed (unknown: Pivot cannot tell which class the
        parameter holds, a rank checked by PyTorch stays a guess)."""
        found, unknown, any_ = set(), False, False
        for callee in by_name.values():
            names = [p.name for p in callee.params]
            if call[1] > len(names) or not set(call[2]) <= set(names):
                continue
            param = names[key] if isinstance(key, int) else key
            entry = next((f for f in callee.factories if f[0] == param), None)
            if entry is None or not (entry[2] or entry[3] or any(f == param for *_, f in callee.attribute_templates)):
                continue
            more, open_ = ranks(callee, param, seen)
            found, unknown, any_ = found | (more - {None}), unknown or open_ or None in more, True
        return (found, unknown) if any_ and len(found) <= 1 else (set(), True)

    def rank(net: Network, name: str, template: Layer) -> tuple[int | None, bool]:
        found, unknown = ranks(net, name, frozenset())
        spec = CATALOG.get(template.op)
        if len(found) != 1 or spec is None:
            return None, False
        told = next(iter(found))
        # the bounded guess: some use cannot be followed, but a module of this rank refuses any other
        return (told, unknown) if not unknown or told in spec.torch_rank_checked else (None, False)

    return {(net.name, name): rank(net, name, net.templates[index])
            for net in networks for name, index, *_ in net.factories if index >= 0}


def _axis_from_front(node: Node) -> bool:
    """An op of an axis argument counted from the front (`axis=1`): on a value whose rank is only guessed, which
    axis that is, so the sizes of its result, depend on the rank (an axis counted from the end does not)."""
    spec = CATALOG.get(node.op)
    attrs = node.attrs.as_dict()
    return spec is not None and any(isinstance(attrs.get(a), int) and not isinstance(attrs.get(a), bool) and
                                    attrs.get(a) >= 0 for a in spec.axis_args)


def _attribute_ranks(net: Network) -> dict[str, set]:
    """The input ranks (with the batch; None: unknown) of the calls `call()` makes of each attribute in
    `Network.attribute_templates`, from the shape walk; {None} for one it never calls."""
    names = {attr for attr, *_ in net.attribute_templates}
    info = infer(net)
    out: dict[str, set] = {}
    for node in net.nodes:
        if node.op == "layer" and node.layer in names:
            shape = info.at[node][0][0][0] if node in info.at and node.inputs else None
            guessed = bool(set(node.inputs[:1]) & info.rank_guessed) or node in info.rank_guessed_nodes
            out.setdefault(node.layer, set()).add(None if shape is None or guessed else len(shape) + 1)
    return {attr: out.get(attr) or {None} for attr in names}  # one `call()` never runs: used elsewhere, unknown


def _by_rank(layer: Layer) -> bool:
    """Its PyTorch module depends on the input's rank (BatchNorm1d/2d/3d)."""
    spec = CATALOG.get(layer.op)
    return spec is not None and bool(spec.torch_modules_by_rank)


def with_chain_ranks(networks: list[Network]) -> list[Network]:
    """The networks, each template of a Keras block told the input rank its chains fix once the model classes of
    the file in them are known (`Network.block_chains`): a class taking images of rank r (its convs'), returning
    its `call`'s result (or a keras.Sequential subclass: its own chain's). Every chain the template is in must agree;
    a factory's template is left to `with_factory_ranks`."""
    ranked = keras_chain_ranks(networks)
    result = []
    for net in networks:
        told: dict[int, set] = {}
        for kind, ref, rank in ranked.get(net.name, ()):
            if kind == "template":
                told.setdefault(ref, set()).add(rank)
        templates = tuple(replace(t, attrs=Attrs.of(t.attrs.as_dict() | {INPUT_RANK: told[i].pop()}))
                          if len(told.get(i, ())) == 1 and None not in told[i] and t.attrs.get(INPUT_RANK) is None
                          and _by_rank(t) else t for i, t in enumerate(net.templates))
        result.append(replace(net, templates=templates) if templates != net.templates else net)
    return result


def keras_chain_ranks(networks: list[Network]) -> dict[str, list[tuple[str, object, int | None]]]:
    """Per Keras network, each element of the chains it builds (`Network.block_chains`) as (kind, reference, the
    input rank its chain fixes there), the model classes of the file in them resolved to their effects."""
    by_name = {n.name: n for n in networks if n.framework == "keras"}
    cache: dict[str, tuple] = {}

    def class_effect(name: str, seen: frozenset) -> tuple:
        net = by_name.get(name)
        if net is None or name in seen:
            return None, None, False
        if name not in cache:
            own = next((elements for is_own, elements in net.block_chains if is_own), None)
            if own is not None and not net.inputs:
                cache[name] = _chain_effect(resolve(net, own, seen | {name}))
            else:
                cache[name] = _called_effect(net)
        return cache[name]

    def resolve(net: Network, elements, seen: frozenset) -> list:
        out = []
        for kind, ref, optional in elements:
            item = net.templates[ref] if kind in ("template", "factory") else net.layer(ref) if kind == "layer" \
                else class_effect(ref, seen) if kind == "class" else None
            out.append((item, optional))
        return out

    return {net.name: [(kind, ref, rank) for _, elements in net.block_chains
                       for (kind, ref, _), rank in zip(elements, chain_ranks(resolve(net, elements, frozenset())))]
            for net in by_name.values()}


def _called_effect(net: Network) -> tuple[int | None, int | None, bool]:
    """A custom layer with `call`: it reads images of its convs' (or its callers') rank; its result's rank, inferred
    from that, when it is an image (a dense layer's output of an image keeps Keras's axis order in PyTorch: the
    layers after it cannot take it for an image of that rank, a BatchNorm2d)."""
    rank = image_rank_of(net)
    if not rank or len(net.inputs) != 1 or len(net.outputs) != 1:
        return None, None, False
    info = infer(net, ((None,) * rank,))
    out = info.values.get(net.outputs[0])
    if out is not None and len(out) == rank and not info.spatial.get(net.outputs[0]):
        return rank + 1, None, False
    return rank + 1, None if out is None else len(out) + 1, out is not None and len(out) == rank
