"""workspace/executeCommand `pivot.modelGraph`: the graph of a model (see `pivot.graph`) for an editor's view.

Arguments: ``[uri, className?, position?, notes?]`` or ``[{"uri", "class", "position", "notes"}]`` with an
LSP position (the model under it is drawn; without class or position, the first model of the file);
``notes: false`` skips migrating the model for its PIV2xx notes (about 40 ms on a 2,000-line file). The answer holds the
document version it was computed from, the file's models, and the graph with every range as an LSP range of
that version (client column units). While the file does not parse, the last analysis that did is drawn.
"""
from __future__ import annotations

import asyncio

from pivot.graph import migration_diagnostics, models, network_graph, pick_network

from . import commands
from .diagnostics import span_to_range
from .engine import Span

MODEL_GRAPH = "pivot.modelGraph"


def _lsp_range(r, lines, units) -> dict | None:
    if not r or not r[0]:
        return None
    rng = span_to_range(Span(*r), lines, units)
    return {"start": {"line": rng.start.line, "character": rng.start.character},
            "end": {"line": rng.end.line, "character": rng.end.character}}


def with_lsp_ranges(graph: dict, lines, units) -> dict:
    """The graph with pivot spans (1-based lines, code points) as LSP ranges of `lines`."""
    def fix(item: dict) -> dict:
        out = dict(item, range=_lsp_range(item.get("range"), lines, units))
        if "declaration" in item:
            out["declaration"] = _lsp_range(item["declaration"], lines, units)
        if "diagnostics" in item:
            out["diagnostics"] = [fix(d) for d in item["diagnostics"]]
        return out

    return dict(graph, range=_lsp_range(graph["range"], lines, units), nodes=[fix(n) for n in graph["nodes"]],
                groups=[fix(g) for g in graph["groups"]], diagnostics=[fix(d) for d in graph["diagnostics"]])


def _position_line(position, lines, units) -> int | None:
    """A 1-based line of the analysed text, from an LSP position ({line, character})."""
    if not isinstance(position, dict) or not isinstance(position.get("line"), int):
        if position is not None:
            raise commands.CommandError(f"position must be {{line, character}}, not {position!r}")
        return None
    return position["line"] + 1


def _graph(text: str, net, analysis, cache, with_notes: bool) -> dict:
    """The graph with the migration's notes (unless `with_notes` is False: a view following keystrokes asks
    without them, then with them when typing pauses); without them if the migration fails."""
    try:
        notes = migration_diagnostics(text, net, analysis, cache) if with_notes else ()
    except Exception:  # a migration bug is reported by the migrate commands, not here
        notes = ()
    return network_graph(net, notes)


async def model_graph(ctx, args: tuple) -> dict:
    a = commands.parse_args(args, ["uri", "class", "position", "notes"], 1)
    if a["class"] is not None and not isinstance(a["class"], str):
        raise commands.CommandError(f"class must be a model name, not {a['class']!r}")
    analysis = await ctx.analysis_of(a["uri"])
    state = ctx.store.get(a["uri"])
    view = state.view() if state is not None else None
    if view is not None:
        lines, version = view.snapshot.lines, view.snapshot.version
        line = _position_line(a["position"], lines, ctx.units)
        if line is not None:  # the cursor's line in the current text, mapped to the analysed text
            old = view.to_snapshot_line(line - 1)
            line = old + 1 if old is not None else None
    else:
        _, lines = ctx.text_of(a["uri"])
        version, line = None, _position_line(a["position"], lines, ctx.units)
    net = pick_network(analysis, a["class"], line)
    if a["class"] and net is None:
        names = ", ".join(n.name for n in analysis.networks) or "none"
        raise commands.CommandError(f"no model named {a['class']!r} (models: {names})")
    loop = asyncio.get_running_loop()
    graph = None
    if net is not None:
        cache = state.cache if state is not None else None
        notes = a["notes"] is not False
        graph = await loop.run_in_executor(ctx.work_executor, _graph, "".join(lines), net, analysis, cache, notes)
        graph = with_lsp_ranges(graph, lines, ctx.units)
    found = [dict(m, range=_lsp_range(m["range"], lines, ctx.units)) for m in models(analysis)]
    return {"uri": a["uri"], "version": version, "models": found, "graph": graph, "notes": net is not None and notes}
