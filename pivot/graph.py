"""The graph of a pivot network as JSON-able data: what the editor's graph view and `pivot show --graph` draw.

Nodes are the layer calls and ops of the forward dataflow (plus the model's inputs and outputs), edges carry
the shape of the value they pass in the source layout and in the target's, groups are the blocks a reader
folds: sub-modules (a Sequential and its elements), builder-generated blocks and loops. Built from the pivot
model and the shape pass only: never imports torch or TensorFlow.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass, field

from pivot.analysis import source_lines
from pivot.describe import shape_text
from pivot.migrate import migrate_source
from pivot.model import Analysis, Diagnostic, Layer, Network, Node, Span, value_code
from pivot.shapes import ShapeInfo, from_canonical, infer

GRAPH_VERSION = 1
OTHER = {"torch": "keras", "keras": "torch"}
LAYOUTS = {  # rank without batch -> (channels-first, channels-last) names of an image-like value
    2: ("NCL", "NLC"), 3: ("NCHW", "NHWC"), 4: ("NCDHW", "NDHWC")}
OPAQUE_LAYERS = ("opaque",)
BLOCK_LAYERS = ("Built", "Submodel")


def _range(span: Span) -> list[int]:
    return [span.line, span.col, span.end_line, span.end_col]


def _diag(d: Diagnostic) -> dict:
    return {"code": d.code, "severity": d.severity, "message": d.message, "range": _range(d.span),
            "target": d.target}


def layouts(shape, spatial: bool, framework: str) -> tuple[dict, dict]:
    """(shape text, layout name) of a canonical shape, keyed by "source" and "target"."""
    if shape is None:
        return {"source": "?", "target": "?"}, {"source": None, "target": None}
    first, last = tuple(shape), (from_canonical(tuple(shape), spatial) if spatial else tuple(shape))
    names = LAYOUTS.get(len(shape)) if spatial else None
    texts = {"torch": shape_text(first), "keras": shape_text(last)}
    layout = {"torch": names[0] if names else None, "keras": names[1] if names else None}
    other = OTHER[framework]
    return ({"source": texts[framework], "target": texts[other]},
            {"source": layout[framework], "target": layout[other]})


@dataclass
class _Builder:
    net: Network
    info: ShapeInfo
    nodes: list = field(default_factory=list)
    edges: list = field(default_factory=list)
    groups: list = field(default_factory=list)
    producer: dict = field(default_factory=dict)  # value name -> (node id, value label) that made it last

    def add_node(self, kind: str, name: str, op: str, span: Span, *, attrs: dict | None = None,
                 group: str | None = None, source: str = "", layer: Layer | None = None) -> str:
        node_id = f"n{len(self.nodes)}"
        self.nodes.append({"id": node_id, "kind": kind, "name": name, "op": op, "attrs": attrs or {},
                           "range": _range(span), "declaration": _range(layer.span) if layer else None,
                           "source": source, "group": group, "diagnostics": [], "notes": [], "migrates": True})
        return node_id

    def add_edge(self, source: str, target: str, value: str, shape, spatial: bool) -> None:
        if any(e["source"] == source and e["target"] == target and e["value"] == value for e in self.edges):
            return
        shapes, layout = layouts(shape, spatial, self.net.framework)
        self.edges.append({"id": f"e{len(self.edges)}", "source": source, "target": target, "value": value,
                           "shape": shapes, "layout": layout})

    def add_group(self, kind: str, label: str, span: Span, parent: str | None) -> str:
        group_id = f"g{len(self.groups)}"
        self.groups.append({"id": group_id, "kind": kind, "label": label, "range": _range(span),
                            "parent": parent})
        return group_id


def _key_attrs(item: Layer | Node) -> dict[str, str]:
    """The attributes a reader looks for: the ones written in the source (all of them for an op)."""
    explicit = getattr(item, "explicit", None)
    attrs = {k: value_code(v) for k, v in item.attrs if not explicit or k in explicit}
    if isinstance(item, Layer) and item.activation:
        attrs["activation"] = item.activation
    return attrs


def _inputs(b: _Builder) -> None:
    for name in b.net.inputs:
        b.producer[name] = b.add_node("input", name, "Input", b.net.span)


def _builder_group(b: _Builder, layer: Layer, group: str | None) -> str | None:
    """A block made by a builder (`self._make_layer(...)`, `conv3x3(...)`) gets its own group, named after it."""
    if layer.op not in BLOCK_LAYERS:
        return group
    return b.add_group("builder", f"{layer.name} = {layer.attrs.get('by') or layer.op}", layer.span, group)


def _layer_chain(b: _Builder, layer: Layer, prev: str | None, group: str | None, value: str = "") -> str | None:
    """A declared layer (a Sequential: its elements, chained, in a group); returns the last node's id."""
    if layer.op == "Sequential" and layer.children:
        inner = b.add_group("module", layer.name or "Sequential", layer.span, group)
        for child in layer.children:
            prev = _layer_chain(b, child, prev, inner, value=value)
        return prev
    group = _builder_group(b, layer, group)
    kind = "opaque" if layer.op in OPAQUE_LAYERS else "layer"
    node_id = b.add_node(kind, layer.name, layer.op, layer.span, attrs=_key_attrs(layer), group=group,
                         source=layer.source, layer=layer)
    if prev is not None:
        b.add_edge(prev, node_id, value, b.info.layer_in.get(layer.name),
                   b.info.layer_in_spatial.get(layer.name, False))
    return node_id


def _sequential(b: _Builder) -> None:
    prev = b.producer.get(b.net.inputs[0]) if b.net.inputs else None
    for layer in b.net.layers:
        prev = _layer_chain(b, layer, prev, None)
    if prev is not None:
        out = b.add_node("output", "output", "Output", b.net.span)
        b.add_edge(prev, out, "output", b.info.values.get("output"), b.info.spatial.get("output", False))


def _loop_groups(net: Network) -> dict[int, str]:
    """Node index -> loop label: between `Loop` markers (a loop run an unknown number of times), and runs of
    nodes read more than once (a loop with a literal count, unrolled)."""
    where: dict[int, str] = {}
    depth_start: list[int] = []
    for i, node in enumerate(net.nodes):
        if node.op == "Loop" and any("@" in o for o in node.outputs):
            if not (i and net.nodes[i - 1].op == "Loop" and any("@" in o for o in net.nodes[i - 1].outputs)):
                depth_start.append(i)  # one marker per carried value: the first opens the loop
        elif node.op == "Loop" and depth_start:
            if i + 1 < len(net.nodes) and net.nodes[i + 1].op == "Loop" and \
                    not any("@" in o for o in net.nodes[i + 1].outputs):
                continue  # the loop ends after its last closing marker
            start = depth_start.pop()
            for j in range(start, i):
                where.setdefault(j, f"loop@{start}")
    counts: dict[Span, int] = {}
    for node in net.nodes:
        if node.span.line:
            counts[node.span] = counts.get(node.span, 0) + 1
    run = None
    for i, node in enumerate(net.nodes):
        if counts.get(node.span, 0) > 1 and i not in where:
            run = run or f"unrolled@{i}"
            where[i] = run
        elif node.op != "Alias":
            run = None
    return where


def _node_kind(node: Node, layer: Layer | None) -> tuple[str, str, str]:
    """(kind, name, op) of a dataflow node as drawn."""
    if node.op == "opaque" or (layer is not None and layer.op in OPAQUE_LAYERS):
        return "opaque", (node.layer or node.source.split("(")[0])[:40], "opaque"
    if node.op == "layer":  # a module passed in or made where Pivot does not see its constructor
        return "layer", node.layer or "?", layer.op if layer is not None else "module"
    if node.op == "Arith" and node.source:  # `x * math.sqrt(d)`: the expression says more than "Arith"
        return "op", node.source[:40], node.op
    return "op", node.op, node.op


def _list_inputs(net: Network, index: int, known: dict) -> tuple[str, ...]:
    """The values a layer gets as a list (`self.add([a, self.f(b)])`: the dataflow records no inputs there):
    the names in the list and the unnamed results of the calls nested in it."""
    node = net.nodes[index]
    try:
        call = ast.parse(node.source.strip(), mode="eval").body
    except SyntaxError:
        return ()
    args = call.args if isinstance(call, ast.Call) else []
    names = [e.id for a in args if isinstance(a, (ast.List, ast.Tuple)) for e in ast.walk(a)
             if isinstance(e, ast.Name)]
    nested = [o for n in net.nodes[:index] if n.span.line and n.span != node.span
              and node.span.contains(n.span.line, n.span.col) for o in n.outputs if o.startswith("%")]
    return tuple(v for v in names + nested if v in known)


def _dataflow(b: _Builder) -> None:
    loops = _loop_groups(b.net)
    loop_group: dict[str, str] = {}
    for i, node in enumerate(b.net.nodes):
        if node.op in ("Alias", "Loop"):  # a new name for a value, or a loop's bookkeeping: no node
            source = node.inputs[0] if node.inputs else None
            for out in node.outputs:
                if source in b.producer:
                    b.producer[out] = b.producer[source]
            continue
        group = None
        if i in loops:
            key = loops[i]
            if key not in loop_group:
                spans = [n.span for j, n in enumerate(b.net.nodes) if loops.get(j) == key and n.span.line]
                span = Span(min(spans).line, 0, max(s.end_line for s in spans), 0) if spans else b.net.span
                label = "loop" if key.startswith("loop") else "loop (unrolled)"
                loop_group[key] = b.add_group("loop", label, span, None)
            group = loop_group[key]
        record = b.info.at.get(node)
        ins = record[0] if record else [(b.info.values.get(v), b.info.spatial.get(v, False)) for v in node.inputs]
        layer = b.net.layer(node.layer) if node.op == "layer" and node.layer else None
        if layer is not None and layer.op == "Sequential" and layer.children:
            first_id = len(b.nodes)
            last = _layer_chain(b, layer, None, group, value=node.inputs[0] if node.inputs else "")
            targets = [b.nodes[first_id]["id"]] if last is not None else []
        else:
            kind, name, op = _node_kind(node, layer)
            if layer is not None:
                group = _builder_group(b, layer, group)
            last = b.add_node(kind, name, op, node.span, attrs=_key_attrs(layer or node), group=group,
                              source=node.source, layer=layer)
            targets = [last]
        inputs = node.inputs
        if not inputs and node.source:
            inputs = _list_inputs(b.net, i, b.producer)
            ins = [(b.info.values.get(v), b.info.spatial.get(v, False)) for v in inputs]
        drawn = [(v, shape, sp) for v, (shape, sp) in zip(inputs, ins) if v in b.producer]
        for value, shape, sp in drawn:
            for target in targets:
                b.add_edge(b.producer[value], target, value, shape, sp)
        for target in targets:  # the values drawn into it: none where Pivot's dataflow lost track of them
            b.nodes[int(target[1:])].setdefault("inputs", [v for v, _, _ in drawn])
        for out in node.outputs:
            b.producer[out] = last


def _outputs(b: _Builder) -> None:
    for name in b.net.outputs:
        if name not in b.producer:
            continue
        out = b.add_node("output", name if not name.startswith("%") else "output", "Output", b.net.span)
        b.add_edge(b.producer[name], out, name, b.info.values.get(name), b.info.spatial.get(name, False))


def _attach_diagnostics(b: _Builder, diags: tuple[Diagnostic, ...]) -> list[dict]:
    """Each diagnostic on the innermost node whose call or declaration holds it; the rest stay on the model."""
    loose = []
    for d in diags:
        best = None
        for node in b.nodes:
            if node["kind"] in ("input", "output"):
                continue
            for r in (node["range"], node["declaration"]):
                if r and r[0] and Span(*r).contains(d.span.line, d.span.col):
                    size = (r[2] - r[0], r[3] - r[1])
                    if best is None or size < best[0]:
                        best = (size, node)
        if best is None:
            loose.append(_diag(d))
            continue
        node = best[1]
        node["diagnostics"].append(_diag(d))
        if d.code.startswith("PIV2"):
            node["notes"].append(d.code)
        if d.severity == "error":
            node["migrates"] = False
    for node in b.nodes:
        if node["kind"] == "opaque":
            node["migrates"] = False
    return loose


def network_graph(net: Network, migration: tuple[Diagnostic, ...] = ()) -> dict:
    """The graph of one network (see the module doc); JSON-able. `migration`: the diagnostics of migrating it
    (the PIV2xx notes on what differs come from the backends), merged with the analysis' own."""
    info = infer(net)
    b = _Builder(net, info)
    _inputs(b)
    if net.style == "sequential":
        _sequential(b)
    else:
        _dataflow(b)
        _outputs(b)
    inside = tuple(d for d in migration if d not in net.diagnostics and d.span.line
                   and net.span.line <= d.span.line <= net.span.end_line)
    loose = _attach_diagnostics(b, net.diagnostics + inside)
    return {"version": GRAPH_VERSION, "model": net.name, "framework": net.framework,
            "target": OTHER[net.framework], "style": net.style, "range": _range(net.span),
            "migrates": not net.blocking, "nodes": b.nodes, "edges": b.edges, "groups": b.groups,
            "diagnostics": loose}


def pick_network(analysis: Analysis, name: str | None = None, line: int | None = None) -> Network | None:
    """The network named `name`, else the one holding `line` (1-based), else the first with a dataflow."""
    if name:
        return analysis.network(name)
    if line is not None:
        inside = [n for n in analysis.networks if n.span.line <= line <= n.span.end_line]
        if inside:
            return min(inside, key=lambda n: n.span.end_line - n.span.line)
    drawn = [n for n in analysis.networks if n.nodes or n.style == "sequential" and n.layers]
    return drawn[0] if drawn else None


def models(analysis: Analysis) -> list[dict]:
    """The models a graph can be drawn for: name and range (what a client lists or puts a code lens on)."""
    return [{"name": n.name, "framework": n.framework, "range": _range(n.span)} for n in analysis.networks
            if n.nodes or n.style == "sequential" and n.layers]


def migration_diagnostics(source: str, net: Network, analysis: Analysis | None = None,
                          cache=None) -> tuple[Diagnostic, ...]:
    """What migrating `net` alone to the other framework reports (its PIV2xx notes included). Only its
    definition, the definitions it uses and the module-level statements are migrated (the other definitions
    blanked, so the line numbers hold): the cost does not grow with the number of models in the file."""
    lines = source_lines(source)
    keep = [net.span]
    by_name = {n.name: n for n in analysis.networks} if analysis is not None else {}
    todo = list(net.uses) + list(net.bases)
    while todo:
        used = by_name.get(todo.pop())
        if used is not None and used.span not in keep:
            keep.append(used.span)
            todo.extend(used.uses + used.bases)
    wanted = {i for span in keep for i in range(span.line - 1, span.end_line)}
    for stmt in ast.parse(source).body if analysis is not None else ():  # imports, constants, module code
        if not isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            first = min([stmt.lineno] + [d.lineno for d in getattr(stmt, "decorator_list", [])])
            wanted.update(range(first - 1, stmt.end_lineno or stmt.lineno))
    kept = lines if analysis is None else [line if i in wanted else ("\n" if line.endswith("\n") else "")
                                           for i, line in enumerate(lines)]
    target = "tensorflow" if net.framework == "torch" else "pytorch"
    return tuple(migrate_source("".join(kept), to=target, classes=[net.name], cache=cache,
                                training=False).diagnostics)
