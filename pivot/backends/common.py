"""What both backends share: argument emission from catalog entries, axis remapping, TODO comments."""
from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field, replace

import libcst as cst

from pivot import diagnostics as D
from pivot.catalog import CATALOG, REQUIRED, OpSpec
from pivot.catalog.tensor import POSITIONS, fpad_channels_first, pad_widths, positions_reshape, torch_pad_mode
from pivot.frontends.source import TENSOR_KEYWORDS, dotted_name, walk
from pivot.layout import expand_ellipsis, index_order, new_axis_position, remap_axis  # noqa: F401  (the backends import them from here)
from pivot.model import FACTORY, INPUT_RANK, Attrs, Diagnostic, Expr, Layer, Network, Node, Span, Value, value_code
from pivot.shapes import ShapeInfo, channels_first_rank, from_canonical, infer
from pivot.slice import defaults_network

TODO = "# TODO(pivot):"


@dataclass
class Emitted:
    """Backend output for one network: replacement code, weight paths and diagnostics."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    # source layer name -> path of the layer holding its weights in the migrated model
    paths: dict[str, tuple] = field(default_factory=dict)
    # Sequentials the source keeps in local variables: variable -> migrated code
    local_code: dict[str, str] = field(default_factory=dict)
    # learned tensors laid out for the source's image broadcast ((C, 1, 1) in PyTorch): name -> target shape code
    moved: dict[str, str] = field(default_factory=dict)
    # source code the backend kept only as a comment (a constructor's dummy forward pass): no diagnostic of the
    # source's analysis applies inside
    commented: list = field(default_factory=list)


def kept_factory_call(layer: Layer, info: ShapeInfo, layer_code) -> bool:
    """A layer built by a module-level factory of the file (`self.conv = make_conv3()`, model.FACTORY): its call is
    kept as written when the factory's own migration (its layer's code where no shapes are known) is what this call
    site needs, and no activation is fused into it (PyTorch applies that at the call sites); else the layer is
    written in place of the call (a norm's axis or a softmax's dim the call site's layout decides)."""
    if not layer.attrs.get(FACTORY) or layer.activation:
        return False
    alone = replace(layer, attrs=Attrs(tuple((k, v) for k, v in layer.attrs.items if k not in (FACTORY, INPUT_RANK))))
    here = Emitted()
    code = layer_code(layer, info, here)[0]
    if any(d.severity == "error" for d in here.diagnostics):  # written in place, where its error is reported
        return False
    return code == layer_code(alone, ShapeInfo(framework=info.framework), Emitted())[0]


def unseen_block_reason(node: Node, info: ShapeInfo) -> str:
    """Why an axis (or the order of the features) of what `node` reads cannot be migrated: it comes from a block of
    the file working on images whose output's rank and layout Pivot does not know (ShapeInfo.unseen_blocks)."""
    return (f"`{node.source}` reads what `{info.unseen_blocks[node]}` returns, a block of the file working on images "
            "whose layers Pivot does not read in place, so the rank and layout of its output (channels-last in "
            "Keras if it is an image) are not known statically and its axis cannot be remapped; write the block's "
            "layers in place, or migrate it by hand")


def tensor_list(node: Node, xs: list[str], info) -> str:
    """The list argument of a concat/stack: written as a list, or the name of a list built by appending
    (`info` is the network's `ShapeInfo`)."""
    if len(xs) == 1 and ((node.inputs and node.inputs[0] in info.lists) or _passes_a_sequence(node.source)):
        return xs[0]
    return f"[{', '.join(xs)}]"


def _passes_a_sequence(source: str) -> bool:
    """`torch.cat(outputs, 1)`, `torch.cat(a + [b], 1)`: the tensors come as one sequence made elsewhere (returned
    by a method, an expression), not as a list or tuple written in the call."""
    try:
        call = cst.parse_expression(source)
    except cst.ParserSyntaxError:
        return False
    args = [a for a in getattr(call, "args", ()) if a.keyword is None]
    return bool(args) and not isinstance(args[0].value, (cst.List, cst.Tuple))


def same_value(a: Value, b: Value) -> bool:
    """Equal as arguments: 3 == (3, 3), 0.9 == 0.9000000001; a number is never a tuple of tuples (tensordot's
    `dims=([2], [2])` is not its default 2)."""
    if isinstance(a, tuple) and not isinstance(b, tuple):
        return all(not isinstance(x, tuple) and same_value(x, b) for x in a)
    if isinstance(b, tuple) and not isinstance(a, tuple):
        return same_value(b, a)
    if isinstance(a, tuple) and isinstance(b, tuple):
        return len(a) == len(b) and all(same_value(x, y) for x, y in zip(a, b))
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) <= 1e-12 * max(1.0, abs(a), abs(b))
    if isinstance(a, Expr) or isinstance(b, Expr):
        return isinstance(a, Expr) and isinstance(b, Expr) and a.code == b.code
    return a == b


def call_args(spec: OpSpec, attrs: dict[str, Value], side: str, *, overrides: dict[str, Value] | None = None,
              skip: tuple[str, ...] = (), always: tuple[str, ...] = ()) -> str:
    """Arguments for `side`'s spelling: leading positional ones, then keywords that differ from defaults."""
    overrides = overrides or {}
    positional: list[str] = []
    keywords: list[str] = []
    ordered = sorted((a for a in spec.args if getattr(a, side)),
                     key=lambda a: (getattr(a, f"{side}_pos") is None, getattr(a, f"{side}_pos") or 0))
    for a in ordered:
        if a.name in skip:
            continue
        if a.name in overrides:
            value = overrides[a.name]
        elif a.name in attrs:
            value = attrs[a.name]
            if side == "keras" and a.to_keras:
                value = a.to_keras(value)
        else:
            continue
        default = getattr(a, f"{side}_default")
        pos = getattr(a, f"{side}_pos")
        required = default == REQUIRED
        if not required and same_value(value, default) and a.name not in always:
            continue
        code = value_code(value)
        if pos is not None and pos == len(positional) and not keywords and (required or _primary(a.name)):
            positional.append(code)
        else:
            keywords.append(f"{getattr(a, side)}={code}")
    return ", ".join(positional + keywords)


def _primary(name: str) -> bool:
    """Arguments a person writes positionally when given."""
    return name in ("kernel_size", "stride", "out_channels", "out_features", "in_features", "in_channels",
                    "num_features", "p", "padding")


def size_axis(node, info, out: Emitted, target: str) -> Value:
    """The axis `x.size(i)` / `x.shape[i]` reads, in the target's layout (None: unchanged, or reported)."""
    shape, spatial = info.seen(node, node.inputs[0] if node.inputs else None)
    dim = node.attrs.get("dim")
    if not spatial and _guessed_rank_of_an_image_model(node, info) and dim != 0:
        out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}` reads a size of a tensor whose rank is "
                                      "not known statically in a model of images (its axes move in migration if it "
                                      "is one); declare the input shape or migrate it by hand", target=target))
        return None
    if not spatial:
        return None
    if node.attrs.get("axes") is not None and shape is not None:  # x.size()[2:]: a run of axes in the target too
        rank, (start, stop) = len(shape) + 1, node.attrs.get("axes")
        axes = [remap_axis(a, rank, True, to_keras=target == "keras") % rank for a in range(rank)[start:stop]]
        if axes and axes == list(range(axes[0], axes[-1] + 1)):
            return None if (axes[0], axes[-1] + 1) == (range(rank)[start:stop][0], range(rank)[start:stop][-1] + 1) \
                else slice(axes[0], axes[-1] + 1)
    if not isinstance(dim, int) or shape is None:
        out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}` reads a size of an image-like tensor "
                                      "whose axes move in migration; migrate it by hand", target=target))
        return None
    axis = remap_axis(dim, len(shape) + 1, True, to_keras=target == "keras")
    return None if axis == dim else axis


def sizes_of_unplaced_image(node: Node, net: Network, info, out: Emitted, target: str) -> bool:
    """An interpolation's size read as a slice of another tensor's shape (`size=skip.shape[2:]`, the graph's Size
    node) where Pivot does not see that tensor as an image of the interpolated one's rank (`skip` of a loop over
    a list): its slice keeps the source's axes, which are not the target's spatial sizes; reported (True)."""
    spec = CATALOG.get(node.op)
    if spec is None or spec.shape != "interpolate":
        return False
    x_shape, _ = info.seen(node, node.inputs[0] if node.inputs else None)
    for code in (v.code for _, v in node.attrs if isinstance(v, Expr) and _SHAPE_READ.search(v.code)):
        sizes = [n for n in net.nodes if n.op == "Size" and n.attrs.get("axes") is not None and
                 re.search(rf"(?<![\w.]){re.escape(n.source)}", code)]
        seen = [info.seen(n, n.inputs[0] if n.inputs else None) for n in sizes]
        if not seen or any(not image or shape is None or x_shape is None or len(shape) != len(x_shape)
                           for shape, image in seen):
            out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}`: `{code}` reads the sizes of a "
                                          "tensor Pivot does not follow as an image of the interpolated one's rank "
                                          "here, so which of its axes are the spatial ones in the target's layout is "
                                          "not known; migrate it by hand", target=target))
            return True
    return False


_SHAPE_READ = re.compile(r"\.shape\b|\.size\(|\bshape\(")


def _guessed_rank_of_an_image_model(node, info) -> bool:
    """`node` reads a value whose rank only a layer that reads any rank told (a first BatchNorm1d(C): (N, C) or
    (N, C, L)), in a model some layer of which reads an image: the value may be that image, whose axes other than
    the batch move between the layouts, so which axis a size of it reads is not known statically."""
    return node in info.rank_guessed_nodes and any(info.layer_in_spatial.values())


def keras_size(x: str, axis=None) -> str:
    """A tensor's size in Keras (PyTorch's `x.size(i)` / `x.shape[i]`): `keras.ops.shape(x)[i]`, all of them without
    an axis. The one spelling of the size entry: `keras_batch_size_of` reads it back."""
    return f"keras.ops.shape({x})" + (f"[{axis}]" if axis is not None else "")


def keras_batch_size_of(node: cst.BaseExpression) -> str | None:
    """`keras.ops.shape(x)[0]` (`keras_size(x, 0)`, what the migration to Keras writes for `x.size(0)`) with `x` a
    dotted name: `x`, whose batch size it reads, the same axis in both layouts; else None."""
    if not isinstance(node, cst.Subscript) or len(node.slice) != 1 or not isinstance(node.slice[0].slice, cst.Index) \
            or not isinstance(node.value, cst.Call) or len(node.value.args) != 1:
        return None
    arg, index = node.value.args[0], node.slice[0].slice.value
    x = dotted_name(arg.value) if arg.keyword is None and not arg.star else None
    if x is None or not isinstance(index, cst.Integer) or index.value != "0" or \
            dotted_name(node.value.func) != keras_size(x).split("(")[0]:
        return None
    return x


class TorchBatchSizes(cst.CSTTransformer):
    """`keras.ops.shape(x)[0]` in a size the source wrote (an argument of a reshape): PyTorch's `x.size(0)`."""

    def leave_Subscript(self, original: cst.Subscript, updated: cst.Subscript) -> cst.BaseExpression:
        x = keras_batch_size_of(updated)
        return expr(f"{x}.size(0)") if x is not None else updated


class TorchOwnSizes(cst.CSTTransformer):
    """`keras.ops.shape(x)[i]` (a literal i) of the tensor `x` a reshape reshapes, where x is no image: PyTorch's
    `x.size(i)`, the same axis in both layouts (the way back of what the Keras backend writes for it)."""

    def __init__(self, x: str) -> None:
        super().__init__()
        self.x = x

    def leave_Subscript(self, original: cst.Subscript, updated: cst.Subscript) -> cst.BaseExpression:
        if len(updated.slice) != 1 or not isinstance(updated.value, cst.Call) or len(updated.value.args) != 1:
            return updated
        arg, item = updated.value.args[0], updated.slice[0].slice
        if dotted_name(updated.value.func) != keras_size(self.x).split("(")[0] or arg.keyword is not None or \
                arg.star or dotted_name(arg.value) != self.x:
            return updated
        if isinstance(item, cst.Index) and isinstance(item.value, cst.Integer):
            return expr(f"{self.x}.size({item.value.value})")
        if isinstance(item, cst.Slice):  # `*keras.ops.shape(x)[1:]` (Pivot's `*x.size()[1:]`): torch.Size sliced
            return updated.with_changes(value=expr(f"{self.x}.shape"))
        return updated


_TORCH_SIZE_METHODS = re.compile(r"\.(size|dim|numel)\(")  # PyTorch's: a Keras tensor has none of them


def torch_size_methods_left(node, out: Emitted) -> bool:
    """An op argument still calling a PyTorch size method once the sizes Pivot reads are translated (`c.dim()`,
    `x.numel()`): reported (PIV105), as written it fails on a Keras tensor."""
    left = [v.code for v in _as_keras_writes(node) if isinstance(v, Expr) and _TORCH_SIZE_METHODS.search(v.code)]
    if left:
        out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}`: `{left[0]}` reads a tensor size "
                                      "Pivot cannot place in Keras's layout; migrate it by hand", target="keras"))
    return bool(left)


def _as_keras_writes(node) -> list:
    """The node's argument values as the Keras spelling writes them (each its entry's `to_keras`): what it leaves
    out needs no placing (`x.split([3, x.size(2) - 3], 2)`: Keras splits at index 3, the rest is the rest)."""
    spec = CATALOG.get(node.op)
    convert = {a.name: a.to_keras for a in spec.args if a.to_keras} if spec is not None else {}
    values = []
    for name, value in node.attrs:
        try:
            value = convert[name](value) if name in convert else value
        except (TypeError, ValueError):  # (a value the converter does not take: as written)
            pass
        values.append(value)
    return values


def shape_subscript(node, updated: cst.Subscript, info, out: Emitted, target: str) -> cst.Subscript:
    """`x.shape[i]` reading the same axis in the target layout."""
    axis = size_axis(node, info, out, target)
    if isinstance(axis, slice):
        return updated.with_changes(slice=[cst.SubscriptElement(cst.Slice(
            lower=cst.Integer(str(axis.start)), upper=cst.Integer(str(axis.stop))))])
    return updated if axis is None else updated.with_changes(
        slice=[cst.SubscriptElement(cst.Index(cst.parse_expression(str(axis))))])


def add_todo(stmt: cst.SimpleStatementLine, lines: list[str]) -> cst.SimpleStatementLine:
    comments = [cst.EmptyLine(comment=cst.Comment(f"{TODO} {one_line(line)}")) for line in lines]
    return stmt.with_changes(leading_lines=[*stmt.leading_lines, *comments])


def one_line(text: str, limit: int = 160) -> str:
    """Text fit for a comment: the first line of multi-line source, shortened."""
    first = " ".join(text.split())
    return first if len(first) <= limit else first[:limit - 3] + "..."


def unshadowed(code: str) -> str:
    """Keras code that names `keras.layers` in full, for a module where a local `layers` shadows the import."""
    return re.sub(r"(?<![\w.])layers\.", "keras.layers.", code)


def expr(code: str) -> cst.BaseExpression:
    return cst.parse_expression(code)


def span_key(span: Span) -> tuple[int, int, int, int]:
    return (span.line, span.col, span.end_line, span.end_col)


def camel(name: str) -> str:
    for prefix in ("build_", "make_", "create_", "get_"):
        if name.startswith(prefix) and len(name) > len(prefix):
            name = name[len(prefix):]
    return "".join(part[:1].upper() + part[1:] for part in name.split("_") if part) or "Model"


def sized_by_tensors(node: Node) -> bool:
    """A call whose arguments are sizes (a reshape): its size expressions are rewritten for the target layout."""
    spec = CATALOG.get(node.op)
    return spec is not None and spec.sized_by_tensors


def entry_kind(node: Node) -> str | None:
    spec = CATALOG.get(node.op)
    return spec.kind if spec is not None else None


def reshape_code(node, x: str, args: list[str], seen: tuple, out: Emitted, side: str) -> str | None:
    """`<reshape>(x, shape)` in `side`'s spelling; None (and a diagnostic) for an image-like tensor, unless it
    is a pooled one (every spatial size 1) made flat, (N, C): the same values in either layout."""
    shape, spatial = seen
    pooled = shape is not None and len(shape) >= 2 and all(size == 1 for size in shape[1:]) or _to_channels(node, shape)
    if spatial and side == "torch" and (positions_reshape(node.attrs.get("shape"), x) or (
            node.attrs.get(POSITIONS) and shape is not None and len(shape) == 3)):  # ViT's patches: (N, H * W, C)
        return f"{x}.flatten(2).transpose(1, 2)"
    sizes = node.attrs.get("shape")
    flat = len(args) == 2 or len(args) == 1 and isinstance(sizes, tuple) and len(sizes) == 2  # (N, C); Keras: a tuple
    if spatial and not (pooled and flat):
        out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}` reshapes an image-like tensor, whose "
                                      "layout changes in migration; migrate it by hand", target=side))
        return None
    shape = args[0] if len(args) == 1 else f"({', '.join(args)})"
    return f"{'keras.ops' if side == 'keras' else 'torch'}.reshape({x}, {shape})"


def _to_channels(node, shape) -> bool:
    """`x.view(x.size(0), 10)` of an image of 10 channels (NiN's head after its last pooling): the batch kept
    and the channel count as the only other size, which PyTorch allows only where every spatial size is 1."""
    sizes = node.attrs.get("shape")
    if shape is None or not isinstance(shape[0], int) or not isinstance(sizes, tuple) or len(sizes) != 2:
        return False
    batch, rest = (str(v).replace(" ", "") for v in sizes)
    return rest == str(shape[0]) and re.fullmatch(r"\w+\.(size\(0\)|size\(\)\[0\]|shape\[0\])|keras\.ops\.shape\(\w+\)\[0\]", batch) is not None


def interface_comment(net, info, side: str) -> str | None:
    """The one comment line a generated model class states its image interface in: channels-first in PyTorch,
    channels-last in Keras; a source that took channels-last images through a leading permute keeps them."""
    # an output of image rank no image layer made (a generator's last `layers.Reshape((H, W, C))`): not known to
    # be an image, it keeps the source's axis order (pivot verify compares it so)
    kept = "image-rank values no image layer reads or makes (a Reshape's output) keep the source's axis order"
    unmoved = any(info.values.get(o) is not None and len(info.values[o]) >= 3 and not info.spatial.get(o, False)
                  for o in net.outputs)
    if any(info.input_spatial) or (net.outputs and info.spatial.get(net.outputs[0], False)):
        layout, framework = ("channels-first (N, C, H, W)", "PyTorch") if side == "torch" else \
            ("channels-last (N, H, W, C)", "Keras")
        if unmoved:
            return f"{INTERFACE} image inputs are {layout}, as {framework} layers take them; {kept}."
        return f"{INTERFACE} image inputs and outputs are {layout}, as {framework} layers take them."
    if unmoved:
        return f"{INTERFACE} {kept}."
    moved = max((channels_first_rank(net, name) for name in net.inputs), default=0)
    if moved:
        kind = "sequences (N, L, C)" if moved == 3 else "images (N, H, W, C)"
        return f"{INTERFACE} takes channels-last {kind}, as the source model did."
    return None


INTERFACE = "# Interface:"  # the comment stating a generated class's image layout


def with_class_comment(cls: cst.ClassDef, comment: str | None) -> cst.ClassDef:
    """The class with `comment` on a line of its own at the top of its body."""
    body = list(cls.body.body)
    if comment is None or not body or any(getattr(l.comment, "value", "") == comment
                                          for l in getattr(body[0], "leading_lines", ())):
        return cls
    first = body[0]
    # the interface the source stated (Pivot's, from a migration the other way) is the source's, not this one's
    kept = [l for l in first.leading_lines if not (comment.startswith(INTERFACE) and l.comment is not None
                                                   and l.comment.value.startswith(INTERFACE))]
    body[0] = first.with_changes(leading_lines=[*kept, cst.EmptyLine(comment=cst.Comment(comment))])
    return cls.with_changes(body=cls.body.with_changes(body=body))


def unpacked_sizes(updated: cst.Assign, node: Node | None, info, out: Emitted, side: str) -> cst.Assign:
    """`n, c, h, w = x.shape` (Keras: `n, h, w, c = keras.ops.shape(x)`) of an image-like tensor: the names in
    the target's axis order (`n, h, w, c` in Keras); a rank not known statically is an error."""
    target = updated.targets[0].target if len(updated.targets) == 1 else None
    if node is None or not (node.form == "unpack" or node.op == "Shape") or not isinstance(target, cst.Tuple):
        return updated
    shape, spatial = info.seen(node, node.inputs[0])
    if not spatial:
        return updated
    rank = len(target.elements)
    if shape is None or len(shape) + 1 != rank or any(isinstance(el, cst.StarredElement) for el in target.elements):
        out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}` is unpacked into sizes of an "
                                      "image-like tensor whose rank is not known statically; migrate it by "
                                      "hand", target=side))
        return updated
    values = [el.value for el in target.elements]
    moved = [values[remap_axis(i, rank, True, to_keras=side != "keras")] for i in range(rank)]
    elements = [el.with_changes(value=v) for el, v in zip(target.elements, moved)]
    return updated.with_changes(targets=[updated.targets[0].with_changes(target=target.with_changes(
        elements=elements))])


def _image_permutation(spec: OpSpec, node: Node, shape, spatial: bool, side: str) -> tuple | None:
    """An op moving the axes of one image-like value of a known rank into a value that is not one (its shape
    rule's result, as a CRNN's `x.permute(0, 3, 1, 2)` of a feature map before `reshape(b, t, c * f)`): the
    permutation of the target's image that gives the source's order, which both frameworks then share (None for
    any other op)."""
    permutation = getattr(spec.shape_rule, "permutation", None)
    if side != "keras" or not spatial or shape is None or permutation is None or len(node.inputs) != 1:
        return None
    rank = len(shape) + 1
    dims = permutation(node.attrs.as_dict(), rank)
    if dims is None or sorted(dims) != list(range(rank)):
        return None
    return tuple(remap_axis(d, rank, True, to_keras=True) % rank for d in dims)


# `x.size(0)` / `x.shape[0]` of a named tensor (the batch size), and any other size a tensor's method or attribute reads
_BATCH_SIZE = re.compile(r"\b([A-Za-z_][\w.]*)\s*(?:\.size\(\s*0\s*\)|\.shape\s*\[\s*0\s*\])")
_SIZE_READ = re.compile(r"\.(?:size\s*\(|shape\b|dim\s*\(|numel\s*\()")


def tensor_code(spec: OpSpec, node: Node, xs: list[str], info: ShapeInfo, out: Emitted, side: str) -> str | None:
    """A tensor op (mean, permute, matmul...) in `side`'s spelling, axes remapped for image-like values."""
    value = node.inputs[0] if node.inputs else None
    shape, spatial = info.seen(node, value)
    if node.span in info.adapters:  # moves channels for PyTorch's layout; Keras is channels-last already
        return xs[0]
    if node.span in info.adapter_axes and side == "keras":  # a clip's `x.permute(0, 2, 1, 3, 4)` into a Conv3d
        return f"keras.ops.transpose({xs[0]}, axes={info.adapter_axes[node.span]})"
    if spec.no_op_at and side == "keras" and shape is not None and \
            spec.no_op_at(node.attrs.as_dict(), shape, node in info.rank_guessed_nodes):  # (PyTorch's axes: canonical)
        return xs[0]
    if node.span in info.channel_inserts:  # a one-channel image: Keras's channel axis is the last
        return f"keras.ops.expand_dims({xs[0]}, -1)" if side == "keras" else f"torch.unsqueeze({xs[0]}, 1)"
    moved = _image_permutation(spec, node, shape, spatial, side)
    if moved is not None:  # `x.permute(0, 3, 1, 2)` of a feature map into a sequence: PyTorch's order in both
        function = "keras.ops.transpose" if side == "keras" else "torch.permute"
        return f"{function}({xs[0]}, {moved})"
    if spec.layout_fixed and any(info.seen(node, v)[1] for v in node.inputs):  # a matmul's second one too
        out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}` moves axes of an image-like tensor, "
                                      "whose layout changes in migration; migrate it by hand", target=side))
        return None
    if spec.function_tensors > 1 and moved_operand(node, spec, info) is not None:  # SE's `y.expand_as(x)`
        xs = with_moved_operand(node, spec, xs, info, side)
    elif spec.function_tensors > 1 and len({info.seen(node, v)[1] for v in node.inputs}) > 1:
        out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}` joins an image-like tensor with one "
                                      "that is not, whose axes change order differently in migration; migrate it "
                                      "by hand", target=side))
        return None
    attrs = node.attrs.as_dict()
    sizes = attrs.get(spec.per_axis_sizes) if spec.per_axis_sizes else None
    if not spatial and shape is None and isinstance(sizes, tuple) and len(set(sizes[1:])) > 1 and \
            not (value in info.parameters and f"self.{value}" in node.source) and \
            node.span not in info.sequence_expands:  # (`z.unsqueeze(1).expand(-1, t, -1)` into an LSTM: a sequence)
        # `x.repeat(1, 3, 1, 1)` of a model input read as an image later: whether its axes move is not known (a
        # learned tensor's axes are its own, `self.h0.expand(-1, x.size(0), -1)`: none moves unless `moved`)
        out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}`: the rank and layout of this tensor are "
                                      "not known statically, so whether its sizes follow an image's axes in the "
                                      "target cannot be told (declare the input shape)", target=side))
        return None
    if isinstance(sizes, tuple) and shape is not None and len(sizes) != len(shape) + 1:
        # `x.expand(3, 2, 8)` of (N, 8): PyTorch adds leading axes, Keras's broadcast_to/tile would pair the sizes
        # with other axes; of a tensor whose rank is a guess (a first nn.Linear's), whether it adds any is not known
        guessed = node in info.rank_guessed_nodes
        out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}` gives {len(sizes)} sizes for a tensor "
                                      + ("whose rank is not known statically (PyTorch adds leading axes where "
                                         "there are more sizes than axes)" if guessed else
                                         f"of {len(shape) + 1} axes (PyTorch adds leading axes)")
                                      + "; migrate it by hand", target=side))
        return None
    if spec.per_axis_sizes and side == "keras" and isinstance(sizes, tuple):
        # `self.h0.expand(-1, x.size(0), -1)`: the batch size read from a tensor, in Keras's spelling (it was copied
        # as written: exit 0, then `EagerTensor has no attribute 'size'`); any other size read is reported
        placed = tuple(Expr(_BATCH_SIZE.sub(lambda m: keras_size(m.group(1), 0), v.code)) if isinstance(v, Expr)
                       else v for v in sizes)
        if any(isinstance(v, Expr) and _SIZE_READ.search(v.code.replace("keras.ops.shape(", "")) for v in placed):
            out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}` reads a tensor size Pivot cannot "
                                          "place in Keras's layout (only the batch size, `x.size(0)`); migrate it "
                                          "by hand", target=side))
            return None
        attrs[spec.per_axis_sizes] = sizes = placed
    if spatial and spec.per_axis_sizes:  # x.expand(n, c, h, w) of an image: the sizes in the target's axis order
        sizes = attrs.get(spec.per_axis_sizes)
        if shape is None or not isinstance(sizes, tuple) or len(sizes) != len(shape) + 1:
            out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}`: the sizes of this image-like "
                                          "tensor cannot be put in the target's axis order (its rank is not known "
                                          "statically)", target=side))
            return None
        order = [remap_axis(i, len(sizes), True, to_keras=side == "keras") % len(sizes) for i in range(len(sizes))]
        attrs[spec.per_axis_sizes] = tuple(sizes[order.index(j)] for j in range(len(sizes)))
    length = _cut_length(spec, attrs, shape, spatial, side, node in info.rank_guessed_nodes) \
        if spec.by_axis_length and spec.unsupported and spec.unsupported(attrs) else None
    written = spec.by_axis_length(attrs, length) if length is not None else None
    if written is not None:  # a Keras split at indices as torch.split's sizes, the axis's length known
        spec, attrs = CATALOG[written[0]], written[1]
    reason = spec.unsupported(attrs) if spec.unsupported else None
    if reason:
        out.diagnostics.append(D.make("PIV103", node.span, f"`{node.source}`: {reason}", target=side))
        return None
    if spec.list_input and value is None and attrs.get("dim") not in (0, None) and any(info.layer_in_spatial.values()):
        out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}`: Pivot cannot tell which tensors this "
                                      "joins, so whether its axis moves with the image layout; migrate it by hand",
                                      target=side))
        return None
    if spec.shape == "fpad" and side == "keras":  # its widths name every axis: the rank must be certain
        return _pad_code(node, xs[0], attrs, None if node in info.rank_guessed_nodes else shape, spatial, out)
    if spec.shape == "fpad":
        return _fpad_code(node, xs[0], attrs, shape, spatial, out)
    if spec.pair:  # (values, indices): a tuple in the target too, unpacked or indexed as written
        parts = [tensor_code(CATALOG[name], node, xs, info, out, side) for name in spec.pair]
        return None if None in parts else f"({parts[0]}, {parts[1]})"
    rank = None if shape is None else len(shape) + 1
    if side == "keras" and node in info.unseen_blocks and shape is None and not spatial and any(
            isinstance(d, int) and d != 0 for key in spec.axis_args
            for d in (attrs.get(key) if isinstance(attrs.get(key), tuple) else (attrs.get(key),))):
        out.diagnostics.append(D.make("PIV105", node.span, unseen_block_reason(node, info), target=side))
        return None
    if side == "keras" and value in info.untold_images and shape is None and not spatial and any(
            isinstance(d, int) and d != 0 for key in spec.axis_args
            for d in (attrs.get(key) if isinstance(attrs.get(key), tuple) else (attrs.get(key),))):
        out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}`: the rank and layout of this model's "
                                      "input are not known statically (it has image layers, but nothing tells "
                                      "whether its input is an image), so its axis cannot be remapped (declare "
                                      "the input shape, or migrate it with the models that call it)", target=side))
        return None
    if spatial and rank is None and any(
            isinstance(d, int) and d not in (0, 1) for key in spec.axis_args
            for d in (attrs.get(key) if isinstance(attrs.get(key), tuple) else (attrs.get(key),))):
        out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}`: the rank of this image-like tensor "
                                      "is not known statically, so its axes cannot be remapped", target=side))
        return None
    if not spatial and shape is None and node in info.open_images and any(
            isinstance(d, int) and d != 0 for key in spec.axis_args
            for d in (attrs.get(key) if isinstance(attrs.get(key), tuple) else (attrs.get(key),))):
        out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}`: the rank and layout of its input are "
                                      "not known statically (the model's input is an image), so its axis cannot be "
                                      "remapped (declare the input shape)", target=side))
        return None
    if spatial and spec.new_axis:
        axis = new_axis_position(attrs.get("dim"), rank, to_keras=side == "keras")
        if axis is None:
            out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}` adds an axis to an image-like "
                                          "tensor that is not a spatial axis in both layouts; migrate it by hand",
                                          target=side))
            return None
        attrs["dim"] = axis
    for key in () if spatial and spec.new_axis else spec.axis_args:
        dims = attrs.get(key)
        remap = [remap_axis(d, rank, spatial, to_keras=side == "keras") for d in
                 (dims if isinstance(dims, tuple) else (dims,))]
        attrs[key] = tuple(remap) if isinstance(dims, tuple) else remap[0]
    written = spec.emit_torch_call(attrs, xs[0]) if side == "torch" and spec.emit_torch_call else None
    if written is not None:  # an entry that writes its call (tf.nn.l2_normalize, keras.ops.transpose(w))
        return written
    if side == "torch" and not spec.torch_functions:  # a tensor method only (x.float(), x.expand(n, -1, -1))
        given = attrs.get(spec.varargs) if spec.varargs else None
        listed = given is not None and not isinstance(given, tuple) and isinstance(
            _parsed(value_code(given)), ast.Tuple)  # `(n, 1, 8)`: its sizes, as written
        args = ", ".join(value_code(v) for v in given) if isinstance(given, tuple) else \
            value_code(given)[1:-1].rstrip(", ") if listed else \
            f"*{value_code(given)}" if given is not None else call_args(spec, attrs, "torch")
        return f"{xs[0]}.{spec.torch_methods[0]}({args})"
    if side == "keras" and spec.emit_keras_call:  # an entry that writes its call (F.linear: bias optional)
        return spec.emit_keras_call(attrs, xs)
    if side == "keras" and spec.keras_code:
        # {x} is the first tensor; {0}, {1}, ... every tensor, for an op over several (attention's q, k, v)
        template = spec.keras_code
        operands = [x if bare_in(template, str(i)) else operand(x) for i, x in enumerate(xs)]
        first = xs[0] if bare_in(template, "x") else operand(xs[0])
        return template.format(*operands, x=first, **{k: _template_value(v) for k, v in attrs.items()})
    fn = spec.keras_functions[0] if side == "keras" else spec.torch_functions[0]
    if spec.leading_attr:  # einsum: the equation, then every operand
        return f"{fn}({', '.join([value_code(attrs[spec.leading_attr]), *xs])})"
    tensors = tensor_list(node, xs, info) if spec.list_input else ", ".join(xs)
    args = call_args(spec, attrs, side)
    return f"{fn}({', '.join(part for part in (tensors, args) if part)})"


def _cut_length(spec: OpSpec, attrs: dict, shape, spatial: bool, side: str, guessed: bool) -> int | None:
    """The length of the axis an op cutting one axis (a split) reads, where shape inference knows it (`shape`:
    the input's, batch excluded, channels first for an image-like value; `guessed`: its rank is a guess, so only
    an axis counted from the end is known)."""
    dim = attrs.get(spec.axis_args[0]) if spec.axis_args else None
    if shape is None or not isinstance(dim, int) or isinstance(dim, bool) or guessed and (dim >= 0 or spatial):
        return None
    rank = len(shape) + 1
    axis = remap_axis(dim, rank, spatial, to_keras=False) if side == "torch" else dim  # the source's numbering
    axis = axis % rank if -rank <= axis < rank else None
    length = shape[axis - 1] if axis else None
    return length if isinstance(length, int) and not isinstance(length, bool) else None


def bare_in(template: str, key: str) -> bool:
    """Every `{key}` of a code template is a whole argument of a call (`f({0}, ...)`), which needs no grouping."""
    return all(template[:m.start()].rstrip()[-1:] in ("(", ",") and template[m.end():].lstrip()[:1] in (",", ")")
               for m in re.finditer(r"\{" + key + r"\}", template))


def operand(code: str) -> str:
    """`code` as an operand a template may put beside an operator: parenthesised unless it binds tighter than any
    (`x + 1.0` into `{0} * {1}` was `x * x + 1.0`, exit 0 and wrong)."""
    tree = _parsed(code)
    tight = (ast.Name, ast.Attribute, ast.Call, ast.Subscript, ast.Constant, ast.List, ast.Tuple, ast.Dict, ast.Set)
    return code if isinstance(tree, tight) and not (isinstance(tree, ast.Constant) and code.startswith("-")) \
        else f"({code})"


def _parsed(code: str) -> ast.AST | None:
    try:
        return ast.parse(code, mode="eval").body
    except SyntaxError:
        return None


def _template_value(value: Value) -> str:
    """A catalog `keras_code` argument as code; a tuple's elements each (sizes may be names: `(n, -1, -1)`)."""
    if isinstance(value, tuple):
        return "(" + ", ".join(_template_value(v) for v in value) + ("," if len(value) == 1 else "") + ")"
    return value_code(value)


def _pad_code(node: Node, x: str, attrs: dict, shape, spatial: bool, out: Emitted) -> str | None:
    """`F.pad(x, (l, r, t, b), mode)` as keras.ops.pad with a pair per axis, the axes in Keras's layout."""
    pad = pad_widths(attrs["pad"])
    if shape is None or len(pad) > 2 * len(shape):
        out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}`: the rank of the padded tensor is not "
                                      "known statically", target="keras"))
        return None
    rank = len(shape) + 1
    widths = [(0, 0)] * rank
    for k in range(len(pad) // 2):
        axis = remap_axis(rank - 1 - k, rank, spatial, to_keras=True) % rank
        widths[axis] = (pad[2 * k], pad[2 * k + 1])
    if attrs["mode"] == "replicate":
        return _replicate_pad(x, widths)
    mode = ', mode="reflect"' if attrs["mode"] == "reflect" else ""
    value = attrs.get("value")
    fill = f", constant_values={value_code(value)}" if value not in (None, 0, 0.0) else ""
    return f"keras.ops.pad({x}, {_template_value(tuple(widths))}{mode}{fill})"


def _fpad_code(node: Node, x: str, attrs: dict, shape, spatial: bool, out: Emitted) -> str | None:
    """keras.ops.pad (read as F.pad's pairs for every axis, in Keras's layout) as F.pad in PyTorch's layout,
    the leading axes that are not padded left out ('symmetric' one element wide is 'replicate')."""
    pad = pad_widths(attrs["pad"])
    rank = len(pad) // 2
    if shape is not None and len(shape) + 1 != rank:
        out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}` gives {rank} pairs for a tensor of "
                                      f"rank {len(shape) + 1}", target="torch"))
        return None
    flat = list(fpad_channels_first(pad) if spatial else pad)
    while len(flat) > 2 and flat[-2:] == [0, 0]:  # the leading axes not padded
        del flat[-2:]
    mode = "" if attrs["mode"] == "constant" else f', mode="{torch_pad_mode(attrs["mode"])}"'
    value = attrs.get("value")
    fill = f", value={value_code(value)}" if value not in (None, 0, 0.0) else ""
    return f"F.pad({x}, {_template_value(tuple(flat))}{mode}{fill})"


def _replicate_pad(x: str, widths: list) -> str:
    """Replicate padding (numpy's 'edge', which TensorFlow lacks): one 'symmetric' position copies the edge, so
    k nested one-wide pads pad k (Pivot's `TorchPad` does the same for the padding modules)."""
    for step in range(max(max(pair) for pair in widths)):
        ones = tuple((int(a > step), int(b > step)) for a, b in widths)
        x = f'keras.ops.pad({x}, {value_code(ones)}, mode="symmetric")'
    return x


def layout_checks(net: Network, info: ShapeInfo, out: Emitted, side: str, blind: frozenset[str] = frozenset()) -> None:
    """Indexing an image-like tensor means something else once its layout changes; so does any axis a function
    of the file (`blind`: its body is migrated without knowing the layouts of what it is given) reads of one."""
    moved = moved_parameters(net, info, side)
    out.moved.update(moved)
    for node in net.nodes:
        if node.op == "Call" and node.attrs.get("function") in blind and any(info.seen(node, v)[1]
                                                                            for v in node.inputs):
            out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}` gives an image-like tensor to "
                                          f"`{node.attrs.get('function')}`, whose body is migrated without knowing "
                                          "that its axes change order (channels-first in PyTorch, last in Keras); "
                                          "of such functions Pivot migrates only whole idioms (ShuffleNet's "
                                          "channel_shuffle); migrate it by hand", target=side))
        shaped = _shaped_parameter(net, node) if node.form == "operator" and any(
            info.seen(node, v)[1] for v in node.inputs) else None
        if shaped is not None and shaped.name not in moved:
            out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}`: the parameter `{shaped.name}` of "
                                          f"shape {value_code(shaped.attrs.get('shape'))} broadcasts against an "
                                          "image-like tensor along the source's axes, which change order in "
                                          "migration (channels-first in PyTorch, last in Keras); Pivot moves the "
                                          "axes only of one value per channel ((C, 1, 1) in PyTorch, (1, 1, C) in "
                                          "Keras) used only with image-like tensors of one rank: migrate it by hand",
                                          target=side))
        unsure = (_channel_parameter(net, node) or _reshaped_parameter(_shaped_parameter(net, node), node)) \
            if side == "keras" and node.form == "operator" and shaped is None and \
            any(info.seen(node, v) == (None, False) for v in node.inputs) else None
        if unsure is not None and unsure.name not in moved:
            out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}`: the parameter `{unsure.name}` of "
                                          f"shape {value_code(unsure.attrs.get('shape'))} broadcasts along a "
                                          "channel axis of an image, but Pivot cannot tell the rank and layout of "
                                          "the tensor it meets (the image's axes change order in migration): give "
                                          "the model's input shape (--input-shape), or migrate it by hand",
                                          target=side))
        if node.op == "Index" and side == "keras" and "list" in (node.attrs.get("items") or ()):
            out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}` indexes by a list of indices "
                                          "(advanced indexing), which Keras tensors do not take; migrate it by hand "
                                          "(keras.ops.take)", target=side))
        elif node.op == "Index" and node.inputs and \
                (info.seen(node, node.inputs[0])[1] or _maybe_image(net, node, info)) and \
                index_order(node.attrs.get("items"), _rank(info.seen(node, node.inputs[0])[0]), side == "keras") is None:
            out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}` indexes an image-like tensor, "
                                          "whose layout changes in migration; migrate it by hand", target=side))
        if node.op == "Size" and node.form == "attribute" and node.inputs and info.seen(node, node.inputs[0])[1]:
            out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}` of an image-like tensor lists its "
                                          "axes in the source framework's order, which changes in migration; "
                                          "migrate it by hand", target=side))
    for node in mixed_layout_merges(net, info):
        if side == "keras" and node.form == "operator" and moved_range(node, CATALOG.get(node.op), info) is not None:
            continue  # written in Keras's layout (`range_moved_code`)
        out.diagnostics.append(D.make("PIV105", node.span, f"`{node.source}` merges an image-like value with one "
                                      f"that is not (a dense or RNN output, a reshaped vector, a range): {MIXED[side]}; "
                                      "migrate it by hand", target=side))
    for where, what in info.layout_lost.items():
        out.diagnostics.append(D.make("PIV105", where.span, f"`{where.source}`: the features of a flattened image "
                                      "come in a different order in each framework, and Pivot cannot carry that "
                                      f"order through {what}; migrate it by hand", target=side))
    for name, flat in info.flat_from.items():
        layer = net.layer(name)
        if side == "torch" and layer is not None and isinstance(flat, tuple) and _unknown_sizes(flat) >= 2 and \
                _sizes_lost(net, info, name):
            # (one unknown size follows from the dense layer's width when the weights are converted; two do not;
            # from PyTorch, the Keras flatten keeps PyTorch's order where the sizes are unknown)
            out.diagnostics.append(D.make("PIV105", layer.span, f"`{layer.source}` reads a flattened image whose "
                                          f"sizes {value_code(tuple(flat))} (channels first) are not known statically: "
                                          "its features come in a different order in each framework and Pivot "
                                          "cannot permute its weights (declare the input shape, or size the image "
                                          "with literals)", target=side))


def _unknown_sizes(flat: tuple) -> int:
    """The sizes of a flattened (C, *S) image not known statically, its channels included (`x[..., :8 // 2]`)."""
    return sum(not isinstance(d, int) for d in flat)


def _sizes_lost(net: Network, info, name: str) -> bool:
    """The flattened image `name` reads keeps two unknown sizes even when every input's size is given and the
    constructor's parameters have their defaults (a slice by a size read from the tensor, `x[:, :x.shape[1] // 2]`):
    no shape given to verify or convert-weights tells them. Inputs of unknown rank: not told (False). (EEGNet's
    kernel `(n_channels, 1)` read back from Keras was named here: the instance verify builds tells it.)"""
    if not info.input_shapes or any(s is None for s in info.input_shapes):
        return False
    given = tuple(from_canonical(tuple(d if isinstance(d, int) else 7 for d in s), sp) if net.framework == "keras"
                  else tuple(d if isinstance(d, int) else 7 for d in s)
                  for s, sp in zip(info.input_shapes, info.input_spatial))
    try:  # (sizes the constructor's parameters give are the built instance's: weight conversion sizes them so)
        flat = infer(defaults_network(net), given).flat_from.get(name)
    except Exception:
        return False
    return isinstance(flat, tuple) and _unknown_sizes(flat) >= 2


def _rank(shape) -> int | None:
    return None if shape is None else len(shape) + 1


def index_subscript(node: Node | None, updated: cst.Subscript, info, side: str) -> cst.Subscript:
    """`y[:, :, -1]` of an image-like tensor of known rank, its items in the target's axis order
    (`y[:, -1]` in Keras); any other subscript as it is (`layout_checks` reports what cannot be moved)."""
    if node is None or node.op != "Index" or not node.inputs:
        return updated
    shape, spatial = info.seen(node, node.inputs[0])
    order = index_order(node.attrs.get("items"), _rank(shape), side == "keras") if spatial else None
    if order is None or len(updated.slice) != len(node.attrs.get("items")):
        return updated
    whole = cst.SubscriptElement(cst.Slice(lower=None, upper=None))
    given = [el.with_changes(comma=cst.MaybeSentinel.DEFAULT) for el in updated.slice]
    ellipsis = next((i for i, el in enumerate(given) if isinstance(el.slice, cst.Index) and
                     isinstance(el.slice.value, cst.Ellipsis)), None)
    if ellipsis is not None:  # `y[..., -1]`: the whole axes it stands for, written out (they move)
        stands = len(expand_ellipsis(node.attrs.get("items"), _rank(shape))) - len(given) + 1
        given[ellipsis:ellipsis + 1] = [whole] * stands
    elements = [given[a] if a < len(given) else whole for a in order]
    while len(elements) > 1 and isinstance(elements[-1].slice, cst.Slice) and elements[-1].slice.lower is None \
            and elements[-1].slice.upper is None and elements[-1].slice.step is None:
        elements.pop()
    return updated.with_changes(slice=elements)


def _maybe_image(net: Network, node: Node, info: ShapeInfo) -> bool:
    """`node`'s tensor has no known shape in a model whose input is an image of a rank not known statically: it
    may be that image, whose axes change order in migration (`pivot.shapes.open_images`)."""
    return info.seen(node, node.inputs[0])[0] is None and node in info.open_images


def _shaped_parameter(net: Network, node: Node) -> Layer | None:
    """A learned tensor (`self.gamma`, nn.Parameter or add_weight) with an axis longer than 1 that the operator
    expression `node` combines with tensors: its axes are laid out for the source's layout."""
    for layer in net.layers:
        shape = layer.attrs.get("shape") if layer.op == "Parameter" else None
        if shape is None or not re.search(rf"\bself\.{re.escape(layer.name)}\b", node.source):
            continue
        sizes = literal_sizes(shape)
        if sizes is None or any(size != 1 for size in sizes):
            return layer
    return None


def _channel_parameter(net: Network, node: Node) -> Layer | None:
    """A PyTorch learned tensor `node` uses whose shape has one size other than 1 followed by 1s (`(C, 1, 1)`,
    `(1, C, 1, 1)`): the broadcast of one value per channel of a channels-first image."""
    for layer in net.layers:
        shape = layer.attrs.get("shape") if layer.op == "Parameter" else None
        if shape is None or not re.search(rf"\bself\.{re.escape(layer.name)}\b", node.source):
            continue
        sizes = literal_sizes(shape)
        wide = [i for i, size in enumerate(sizes or ()) if size != 1]
        if len(wide) == 1 and wide[0] < len(sizes) - 1:
            return layer
    return None


def _reshaped_parameter(layer: Layer | None, node: Node) -> Layer | None:
    """`layer` (a learned tensor of sizes not all 1) given new axes where `node` reads it (`self.scale.unsqueeze(-1)
    .unsqueeze(-1)`, `.view(-1, 1, 1)`, `[:, None, None]`: PoolFormer's layer scale): a broadcast along an axis
    chosen for the source's layout."""
    if layer is None:
        return None
    reshaped = rf"\bself\.{re.escape(layer.name)}\s*(\.(unsqueeze|view|reshape|expand_dims)\s*\(|\[[^\]]*None)"
    return layer if re.search(reshaped, node.source) else None


def moved_parameters(net: Network, info: ShapeInfo, side: str) -> dict[str, str]:
    """Learned tensors shaped as the source's broadcast of one value per channel of an image (`(C, 1, 1)` against
    a (N, C, H, W) tensor in PyTorch, `(1, 1, C)` against (N, H, W, C) in Keras): name -> the target's shape of the
    same broadcast (the weight copy moves the axis). Only when every expression using it is an operator combining
    it with image-like tensors of one rank; any other use keeps it as it is (`layout_checks` reports it)."""
    moved = {}
    for layer in net.layers:
        if layer.op != "Parameter" or layer.attrs.get("shape") is None:
            continue
        mention = re.compile(rf"\bself\.{re.escape(layer.name)}\b")
        ranks = set()
        for node in (n for n in net.nodes if mention.search(n.source)):
            images = [info.seen(node, v)[0] for v in node.inputs if info.seen(node, v)[1]]
            ranks.update(_rank(shape) for shape in images)
            if node.form != "operator" or not images:
                ranks.add(None)
        if len(ranks) == 1 and None not in ranks:
            shape = broadcast_shape(layer.attrs.get("shape"), ranks.pop(), side == "keras")
            if shape is not None:
                moved[layer.name] = shape
    return moved


def broadcast_shape(shape: Value, image_rank: int, from_torch: bool) -> str | None:
    """`(C, 1, 1)`, PyTorch's broadcast of one value per channel of a rank-4 image, as Keras's `(1, 1, C)` (and
    back): one size that is not 1, at the source's channel axis counted from the end (-(rank - 1) in PyTorch, -1
    in Keras), moved to the target's; None for any other shape (one too short for the target's axis: Keras's
    `(C,)` would need PyTorch's `(C, 1, 1)`, another rank)."""
    code = shape.code if isinstance(shape, Expr) else value_code(shape)
    try:
        tree = ast.parse(code, mode="eval").body
    except SyntaxError:
        return None
    if not isinstance(tree, (ast.Tuple, ast.List)):
        return None
    items = [ast.unparse(e) for e in tree.elts]
    wide = [i for i, size in enumerate(items) if size != "1"]
    source_end, target_end = (image_rank - 1, 1) if from_torch else (1, image_rank - 1)
    if len(wide) != 1 or len(items) - wide[0] != source_end or len(items) < target_end:
        return None
    sizes = ["1"] * len(items)
    sizes[len(items) - target_end] = items[wide[0]]
    return f"({', '.join(sizes)}{',' if len(sizes) == 1 else ''})"


def nested_values(values: tuple, shape: Value) -> str:
    """A constant's values (in order) as nested lists of `shape` (literal sizes: a buffer's, written out); as they
    are when the shape has one size other than 1, laid out either way (a broadcast along one axis)."""
    sizes = literal_sizes(Expr(shape) if isinstance(shape, str) else shape)
    if sizes is None or not all(isinstance(s, int) for s in sizes):
        raise ValueError(f"a constant of shape {value_code(shape)}")
    items = [value_code(v) for v in values]
    for size in reversed(sizes[1:]):
        items = [f"[{', '.join(items[i:i + size])}]" for i in range(0, len(items), size)]
    return f"[{', '.join(items)}]" if sizes else items[0]


def literal_sizes(shape: Value) -> tuple | None:
    """A parameter's shape as a tuple (sizes that are names stay strings); None when it is no tuple."""
    code = shape.code if isinstance(shape, Expr) else value_code(shape)
    try:
        parsed = ast.literal_eval(re.sub(r"[A-Za-z_][\w.]*", "'name'", code))
    except (ValueError, SyntaxError):
        return None
    return parsed if isinstance(parsed, tuple) else None


MIXED = {"torch": "the image is channels-first in PyTorch, the other value keeps Keras's axes",
         "keras": "the image is channels-last in Keras, the other value keeps PyTorch's axes"}


def moved_operand(node: Node | None, spec: OpSpec | None, info: ShapeInfo) -> int | None:
    """`x * w.view(b, c, 1, 1)`, `layers.multiply([x, se])` (squeeze-excitation): an elementwise merge of an
    image-like value and a value of the same rank that is not image-like (its axes stay as the source lays them
    out). Moving that operand's channel axis (1 in PyTorch, last in Keras) where the image's goes makes the merge
    exact: the operand's index, or None."""
    if not broadcasts(node, spec) or node not in info.at:  # the shapes where this node read them (a name may be
        return None  # rebound: `x = a + x`)
    (a, a_image), (b, b_image) = (info.seen(node, v) for v in node.inputs)
    if a is None or b is None or len(a) != len(b) or len(a) < 2 or a_image == b_image:
        return None
    return 1 if a_image else 0


MOVE_CHANNELS = {"keras": "keras.ops.moveaxis({}, 1, -1)", "torch": "torch.movedim({}, -1, 1)"}


def broadcasts(node: Node | None, spec: OpSpec | None) -> bool:
    """An elementwise op of two tensors that broadcast against each other: a merge entry's (`a + b`, `a * b`), or
    Python arithmetic no entry names (`a - b`, `a / b`: an `Arith` node of two tensors)."""
    if node is None or len(node.inputs) != 2:
        return False
    return spec.shape == "broadcast" if spec is not None else node.op == ARITH and node.form == "operator"


ARITH = "Arith"  # the frontends' node of Python arithmetic no entry names


def moved_range(node: Node | None, spec: OpSpec | None, info: ShapeInfo) -> tuple[int, int] | None:
    """`x + torch.arange(16)`, `x + torch.arange(3)[:, None, None]` of an image of a known rank: the range (made from
    sizes alone, no batch axis, of a known rank) broadcasts along the image's trailing axes in PyTorch's layout; in
    Keras's, that range with unit axes in front up to the image's rank (its batch aside) and its first axis (the
    channels') moved last lines up with the same axes. (The range's index, how many unit axes go in front), or
    None."""
    if not broadcasts(node, spec) or node not in info.at or node in info.open_images:
        return None
    ranks = info.range_ranks.get(node, (None, None))
    made = info.from_sizes.get(node, (False, False))
    for i in (0, 1):
        image, image_like = info.seen(node, node.inputs[1 - i])
        if made[i] and not made[1 - i] and isinstance(ranks[i], int) and image_like and image is not None and \
                ranks[i] <= len(image):
            return i, len(image) - ranks[i]
    return None


def range_moved_code(code: str, units: int) -> str:
    """Keras code of a range (`moved_range`) laid out as a channels-last image's trailing axes."""
    for _ in range(units):
        code = f"keras.ops.expand_dims({code}, 0)"
    return f"keras.ops.moveaxis({code}, 0, -1)"


def with_moved_operand(node: Node, spec: OpSpec, xs: list[str], info: ShapeInfo, side: str) -> list[str]:
    """The merge's operand code, the one `moved_operand` names with its channels moved (`side`'s spelling)."""
    at = moved_operand(node, spec, info)
    return xs if at is None or len(xs) != 2 else [MOVE_CHANNELS[side].format(x) if i == at else x
                                                  for i, x in enumerate(xs)]


def mixed_layout_merges(net: Network, info: ShapeInfo) -> list[Node]:
    """Merges of an image-like value (whose axes change order in migration) with a value of rank 3 or more that
    is not image-like (a dense/RNN output, a reshaped vector: its axes stay): elementwise in the source,
    mismatched axes in the target (an operator merge of equal ranks is made exact: `moved_operand`)."""
    found = []
    for node in net.nodes:
        layer = net.layer(node.layer or "") if node.op == "layer" else None
        spec = CATALOG.get(layer.op if layer is not None else node.op)
        if moved_operand(node, spec, info) is not None:
            continue
        seen = info.at.get(node)
        if not (spec is not None and spec.kind == "merge" or broadcasts(node, spec)) or seen is None:
            continue
        layouts = {sp for shape, sp in seen[0] if shape is not None and len(shape) >= 2}
        # `x + torch.arange(n)`: a range (of unknown length) broadcasts along the image's last axis, which is a
        # different axis in the other layout
        ranged = any(info.from_sizes.get(node, ())) and (any(sp for _, sp in seen[0]) or node in info.open_images)
        if len(layouts) > 1 or ranged:
            found.append(node)
    return found


def tensor_exprs(node: Node, call: cst.Call) -> list[cst.BaseExpression]:
    """The expressions of the tensors a call applies its op to (a method's receiver, a list's elements...)."""
    positional = [a.value for a in call.args if a.keyword is None]
    if node.form == "method" and isinstance(call.func, cst.Attribute):  # `y.matmul(z)`: z too
        spec = CATALOG.get(node.op)
        others = positional[:max(spec.function_tensors - 1, 0) if spec is not None else 0]
        at = spec.method_receiver if spec is not None else 0  # in the function's order (`x.where(c, y)`: c, x, y)
        return others[:at] + [call.func.value] + others[at:]
    if node.form == "inline":  # `layers.Dot(axes=1)([a, b])`: the tensors of the application
        return [el.value for p in positional for el in (p.elements if isinstance(p, (cst.List, cst.Tuple)) else
                                                        [cst.Element(p)])]
    keyword = [a.value for a in call.args if a.keyword and a.keyword.value in TENSOR_KEYWORDS]
    spec = CATALOG.get(node.op)
    if spec is not None and spec.leading_attr:  # einsum(equation, a, b) or einsum(equation, [a, b])
        rest = positional[1:]
        return [el.value for el in rest[0].elements] if len(rest) == 1 and isinstance(rest[0], (cst.List, cst.Tuple)) \
            else rest
    if spec is not None and spec.list_input and positional and isinstance(positional[0], (cst.List, cst.Tuple)):
        return [el.value for el in positional[0].elements]
    if node.tensor_args and node.tensor_args != tuple(range(len(node.tensor_args))):  # keras.ops.where(m, v, x)
        return [positional[i] for i in node.tensor_args if i < len(positional)]
    count = len(node.tensor_args) or (0 if spec is not None and spec.function_tensors == 0 else 1)  # arange: none
    if spec is not None and spec.operator:  # torch.add(a, b): two tensors
        count = 2
    return (positional[:count] + keyword)[:max(count, 1)]


def assigned_names(module: cst.Module) -> set[str]:
    """Names the module assigns: assignment (also annotated or augmented), loop and `with` targets, also
    unpacked, and parameters."""
    names: set[str] = set()

    def targets(target: cst.CSTNode) -> None:
        if isinstance(target, cst.Name):
            names.add(target.value)
        for el in getattr(target, "elements", ()):
            targets(el.value)

    def enter(node: cst.CSTNode) -> None:
        if isinstance(node, (cst.AssignTarget, cst.AnnAssign, cst.AugAssign, cst.For, cst.CompFor)):
            targets(node.target)
        elif isinstance(node, cst.AsName):
            targets(node.name)
        elif isinstance(node, cst.Param):
            names.add(node.name.value)

    walk(module, enter)
    return names


def is_super_init(call: cst.Call) -> bool:
    """`super().__init__(...)` or `super(Cls, self).__init__(...)`."""
    func = call.func
    return (isinstance(func, cst.Attribute) and func.attr.value == "__init__" and isinstance(func.value, cst.Call)
            and isinstance(func.value.func, cst.Name) and func.value.func.value == "super")
