"""Human-readable forms of the pivot model: `pivot show` text and editor hovers (Markdown)."""
from __future__ import annotations

import math

from pivot.analysis import node_at
from pivot.backends import keras as keras_backend
from pivot.backends import torch as torch_backend
from pivot.backends.common import Emitted
from pivot.catalog import CATALOG, all_ops
from pivot.catalog.training import TRAINING
from pivot.catalog.weight_rules import BatchNorm, Conv, Dense
from pivot.model import (
    Analysis,
    Layer,
    Network,
    Node,
    TrainingOp,
    iter_layers,
    value_code,
)
from pivot.shapes import ShapeInfo, infer
from pivot.training.common import construct

LABEL = {"torch": "PyTorch", "keras": "TensorFlow/Keras"}


def _attrs_text(layer: Layer | Node, explicit: tuple[str, ...] | None = None) -> str:
    parts = []
    for key, value in layer.attrs:
        mark = "" if explicit is None or key in explicit else " (default)"
        parts.append(f"{key}={value_code(value)}{mark}")
    return ", ".join(parts)


def shape_text(shape) -> str:
    if shape is None:
        return "?"
    return "(N, " + ", ".join("?" if d is None else str(d) for d in shape) + ")"


def _dense_params(a, x, spec) -> int:
    fan_in = x[-1] if x else a.get("in_features")
    return fan_in * a.get("out_features") + (a.get("out_features") if a.get("bias", True) else 0)


def _conv_params(a, x, spec) -> int:
    cin = x[0] if x else a.get("in_channels")
    k = a.get("kernel_size")
    ks = math.prod(k) if isinstance(k, tuple) else k ** spec.spatial
    out = a.get("out_channels")
    return cin * out // a.get("groups", 1) * ks + (out if a.get("bias", True) else 0)


def _batchnorm_params(a, x, spec) -> int:
    return 4 * (x[0] if x else a.get("num_features"))


# parameter counts by the entry's weight rule (its arrays' sizes from the PyTorch attrs); other rules: unknown
PARAM_COUNTS = {Dense: _dense_params, Conv: _conv_params, BatchNorm: _batchnorm_params}


def param_count(layer: Layer, info: ShapeInfo) -> int | None:
    spec = CATALOG.get(layer.op)
    if spec is None or spec.weight_rule is None:
        return 0 if spec is not None else None
    count = PARAM_COUNTS.get(type(spec.weight_rule))
    try:
        return count(layer.attrs, info.layer_in.get(layer.name), spec) if count else None
    except (TypeError, ZeroDivisionError):  # a size that is not a number, or groups=0 (reported as PIV103)
        return None


def describe_network(net: Network) -> str:
    """The text form of a network (`pivot show`)."""
    info = infer(net)
    lines = [f"{net.name}: {LABEL[net.framework]} {net.style} model (lines {net.span.line}-{net.span.end_line})"]
    if net.docstring:
        lines.append(f"  doc: {net.docstring.strip().splitlines()[0]}")
    if net.params:
        lines.append("  params: " + ", ".join(p.name + (f"={value_code(p.default)}" if p.has_default else "")
                                             for p in net.params))
    ins = [f"{n} {shape_text(shape)}" for n, shape in zip(net.inputs, info.input_shapes)]
    lines.append("  inputs: " + (", ".join(ins) or "-"))
    lines.append("  layers:")
    for layer in iter_layers(net.layers):
        act = f" + {layer.activation}" if layer.activation else ""
        lines.append(f"    {layer.name or '-'}: {layer.op}{act}({_attrs_text(layer)})  "
                     f"{shape_text(info.layer_in.get(layer.name))} -> {shape_text(info.layer_out.get(layer.name))}"
                     f"  [line {layer.span.line}]")
    if net.nodes:
        lines.append("  dataflow:")
        for node, shape in zip(net.nodes, info.steps):
            if node.op == "Alias":
                continue
            what = f"layer {node.layer}" if node.op == "layer" else node.op
            outs = ", ".join(node.outputs)
            lines.append(f"    {outs} = {what}({', '.join(node.inputs)})  {shape_text(shape)}")
    if net.outputs:
        lines.append("  outputs: " + ", ".join(net.outputs))
    total = _total_params(net, info)
    if total is not None:
        lines.append(f"  parameters: {total:,}")
    for d in net.diagnostics:
        lines.append(f"  {d.severity}: {d.code} line {d.span.line}: {d.message}")
    return "\n".join(lines)


def _total_params(net: Network, info: ShapeInfo) -> int | None:
    counts = [param_count(l, info) for l in iter_layers(net.layers) if l.op != "Sequential"]
    return None if any(c is None for c in counts) else sum(counts)


def equivalent_code(net: Network, layer: Layer, info: ShapeInfo) -> str:
    out = Emitted()
    if layer.op not in all_ops():  # a container, a submodel, or not migrated: its own source
        return layer.source
    backend = keras_backend if net.framework == "torch" else torch_backend
    return backend.layer_code(layer, info, out)[0]


def describe_layer(net: Network, layer: Layer, info: ShapeInfo) -> str:
    spec = CATALOG.get(layer.op)
    other = "keras" if net.framework == "torch" else "torch"
    title = f"**{layer.name}**: pivot op `{layer.op}`" + (f" — {spec.doc}" if spec and spec.doc else "")
    rows = [f"| `{k}` | `{value_code(v)}`{'' if k in layer.explicit else ' *(default)*'} |" for k, v in layer.attrs]
    parts = [title]
    if rows:
        parts.append("| attribute | value |\n|---|---|\n" + "\n".join(rows))
    if layer.activation:
        parts.append(f"fused activation: `{layer.activation}`")
    parts.append(f"shape: {shape_text(info.layer_in.get(layer.name))} → {shape_text(info.layer_out.get(layer.name))}")
    parts.append(f"**{LABEL[other]}:**\n```python\n{equivalent_code(net, layer, info)}\n```")
    if spec and spec.notes:
        parts.append("\n".join(f"- {n}" for n in spec.notes))
    return "\n\n".join(parts)


def describe_node(net: Network, node: Node, info: ShapeInfo) -> str:
    if node.op == "layer":
        layer = net.layer(node.layer or "")
        if layer is not None:
            return describe_layer(net, layer, info)
    if node.op == "opaque":
        return f"**not migrated**: `{node.source}`\n\nPivot does not know this operation; it is kept with a TODO."
    spec = CATALOG.get(node.op)
    doc = f" — {spec.doc}" if spec and spec.doc else ""
    shape = shape_text(info.seen(node, node.outputs[0], output=True)[0]) if node.outputs else "?"  # at this line
    return f"**{node.op}**{doc}\n\nattributes: {_attrs_text(node) or '-'}\n\noutput shape: {shape}"


def describe_summary(net: Network, info: ShapeInfo) -> str:
    other = "TensorFlow" if net.framework == "torch" else "PyTorch"
    layers = [l for l in iter_layers(net.layers) if l.op != "Sequential"]
    ops = ", ".join(sorted({l.op for l in layers}))
    total = _total_params(net, info)
    blocking = len(net.blocking)
    lines = [f"**{net.name}** — {LABEL[net.framework]} {net.style} model", "",
             f"- layers: {len(layers)} ({ops})",
             f"- inputs: {', '.join(f'{n} {shape_text(s)}' for n, s in zip(net.inputs, info.input_shapes)) or '-'}",
             f"- outputs: {', '.join(net.outputs) or ('output' if net.style == 'sequential' else '-')}",
             f"- parameters: {total:,}" if total is not None else "- parameters: unknown (shapes not static)",
             f"- migrates to {other}: " + ("yes" if not blocking else f"{blocking} construct(s) need manual work")]
    return "\n".join(lines)


def describe_training(op: TrainingOp) -> str:
    """An optimizer, loss or schedule: canonical attributes, the other framework's spelling, the caveats."""
    spec = TRAINING[op.op]
    attrs = dict(op.attrs)
    lines = [f"**{op.op}** ({op.kind}, read from {LABEL[op.framework]})", "",
             ", ".join(f"{k}={value_code(v)}" for k, v in op.attrs) or "(no arguments)"]
    other = "keras" if op.framework == "torch" else "torch"
    if op.kind != "schedule":  # a schedule's spelling depends on where it is stepped: see the migration
        leading = ("model.parameters()",) if op.kind == "optimizer" and other == "torch" else ()
        code, lost = construct(spec, attrs, other, {"torch.nn": "nn"}, leading)
        if code and not lost:
            lines += ["", f"{LABEL[other]}:", "```python", code, "```"]
    lines += [f"- {note}" for note in spec.notes]
    return "\n".join(lines)


def describe_at(analysis: Analysis, line: int, col: int) -> str | None:
    """Markdown for the pivot element at a position (1-based line, 0-based column), if any."""
    for op in analysis.training:
        if op.span.contains(line, col):
            return describe_training(op)
    for net in analysis.networks:
        if not net.span.contains(line, col):
            continue
        info = infer(net)
        best = None
        for layer in iter_layers(net.layers):
            if layer.span.line and layer.span.contains(line, col):
                if best is None or layer.span >= best.span:
                    best = layer
        if best is not None:
            return describe_layer(net, best, info)
        node = node_at(net, line, col)
        if node is not None:
            return describe_node(net, node, info)
        if line == net.span.line:
            return describe_summary(net, info)
        return None
    return None
