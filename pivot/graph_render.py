"""`pivot show --graph`: a model graph (see `pivot.graph`) as JSON, Graphviz DOT or SVG.

SVG is laid out by Graphviz's `dot` (Debian's `graphviz` package, installed by scripts/setup.sh): a
maintained layered layout with clusters for our groups, a plain executable with no browser and no Python
binding to build. Pivot itself never needs it: only `-o FILE.svg` does.
"""
from __future__ import annotations

import json
import shutil
import subprocess

from pivot.errors import PivotError

COLORS = {"input": "#dbeafe", "output": "#dbeafe", "layer": "#f1f5f9", "op": "#fefce8", "opaque": "#fee2e2"}


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _node_label(node: dict) -> str:
    head = node["name"] if node["name"] == node["op"] else f"{node['name']}: {node['op']}"
    attrs = ", ".join(f"{k}={v}" for k, v in list(node["attrs"].items())[:4])
    notes = " ".join(dict.fromkeys(d["code"] for d in node["diagnostics"]))
    return "\n".join(x for x in (head, attrs, notes) if x)


def to_dot(graph: dict, shapes: str = "source") -> str:
    """DOT text: groups as clusters, edges labelled with the shapes in the `shapes` ("source" | "target")
    layout, nodes that do not migrate in red (their first diagnostic as the tooltip)."""
    out = [f"digraph {_quote(graph['model'])} {{", "  rankdir=TB;",
           '  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=10];',
           '  edge [fontname="Helvetica", fontsize=9, color="#64748b"];']
    children: dict[str | None, list[dict]] = {}
    for group in graph["groups"]:
        children.setdefault(group["parent"], []).append(group)
    members: dict[str | None, list[dict]] = {}
    for node in graph["nodes"]:
        members.setdefault(node["group"], []).append(node)

    def emit(group_id: str | None, indent: str) -> None:
        for node in members.get(group_id, []):
            color = COLORS["opaque"] if not node["migrates"] else COLORS[node["kind"]]
            extra = ', color="#dc2626", penwidth=2' if not node["migrates"] else \
                ', color="#d97706", penwidth=2' if node["notes"] else ""
            tip = node["diagnostics"][0]["message"] if node["diagnostics"] else node.get("source", "")
            out.append(f"{indent}{node['id']} [label={_quote(_node_label(node))}, fillcolor={_quote(color)}"
                       f"{extra}, tooltip={_quote(tip or node['op'])}];")
        for group in children.get(group_id, []):
            out.append(f"{indent}subgraph cluster_{group['id']} {{")
            out.append(f'{indent}  label={_quote(group["label"])}; style="rounded,dashed"; color="#94a3b8";'
                       f' fontname="Helvetica"; fontsize=10;')
            emit(group["id"], indent + "  ")
            out.append(f"{indent}}}")

    emit(None, "  ")
    for edge in graph["edges"]:
        out.append(f"  {edge['source']} -> {edge['target']} [label={_quote(edge['shape'][shapes])}];")
    out.append("}")
    return "\n".join(out) + "\n"


def to_svg(graph: dict, shapes: str = "source", timeout: float = 60.0) -> str:
    dot = shutil.which("dot")
    if dot is None:
        raise PivotError("writing SVG needs Graphviz's `dot` (Debian: apt-get install graphviz; "
                         "scripts/setup.sh installs it); -o FILE.json or FILE.dot work without it")
    done = subprocess.run([dot, "-Tsvg"], input=to_dot(graph, shapes), capture_output=True, text=True,
                          timeout=timeout)
    if done.returncode != 0:
        raise PivotError(f"dot failed: {done.stderr.strip()[:500]}")
    return done.stdout


def render(graph: dict, path: str | None) -> str:
    """The graph in the format `path`'s extension names (.svg, .dot; JSON otherwise)."""
    if path and path.endswith(".svg"):
        return to_svg(graph)
    if path and path.endswith((".dot", ".gv")):
        return to_dot(graph)
    return json.dumps(graph, indent=2) + "\n"
