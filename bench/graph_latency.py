"""Latency of the model graph (`pivot.modelGraph`) after an edit, over LSP like the VS Code view sees it.

    python bench/graph_latency.py [--lines 2000] [--edits 30] [--json out.json]

Opens a generated file (bench/lsp_latency.py's generator), then repeatedly edits a layer line of one model
and asks for that model's graph, as the graph view does when the file changes: the time from didChange to
the answer (the server analyses the new text first; debounce 0). Also prints the graph of a 200-node model
(`--nodes 200`) as JSON for the layout benchmark (client-vscode/scripts/bench-layout.mjs).
The live graph (the view asks `notes: false` while typing) and the one with the migration's PIV2xx notes
(asked when typing pauses) are measured separately. Aim: p95 < 100 ms at 2,000 lines. Nothing here asserts: it measures.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import random
import re
import sys
import time
from pathlib import Path

from lsprotocol import types as lsp

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lsp_latency import Bench, generate, pct  # noqa: E402


def wide_model(nodes: int) -> str:
    """A PyTorch model with about `nodes` graph nodes: conv blocks with residual adds, in a Sequential head."""
    blocks = max(1, (nodes - 6) // 4)
    init = [f"        self.c{i} = nn.Conv2d(16, 16, 3, padding=1)\n        self.b{i} = nn.BatchNorm2d(16)"
            for i in range(blocks)]
    body = [f"        y = F.relu(self.b{i}(self.c{i}(x)))\n        x = x + y" for i in range(blocks)]
    return ("import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n\n\n"
            "class Wide(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
            "        self.stem = nn.Conv2d(3, 16, 3, padding=1)\n" + "\n".join(init) +
            "\n        self.head = nn.Sequential(nn.Flatten(), nn.Linear(16 * 8 * 8, 10))\n\n"
            "    def forward(self, x):\n        x = self.stem(x)\n" + "\n".join(body) +
            "\n        x = F.adaptive_avg_pool2d(x, 8)\n        return self.head(x)\n")


async def bench(lines: int, edits: int, seed: int, notes: bool) -> dict:
    rng = random.Random(seed)
    text = generate(lines, seed)
    uri = f"file:///bench/graph_{lines}.py"
    b = Bench()
    await b.start()
    await b.initialize(debounce_ms=0)
    b.client.text_document_did_open(lsp.DidOpenTextDocumentParams(
        lsp.TextDocumentItem(uri=uri, language_id="python", version=1, text=text)))
    await b.wait_diags(uri, 1)
    rows = text.split("\n")
    targets = [i for i, line in enumerate(rows) if "nn.Linear(" in line]
    version, samples, nodes = 1, [], 0
    for k in range(edits):
        line_no = rng.choice(targets)
        line = rows[line_no]
        m = re.search(r"\d+", line[line.index("("):])
        start = line.index("(") + m.start()
        rows[line_no] = line[:start] + str(int(m.group()) + 1 + k % 3) + line[start + len(m.group()):]
        version += 1
        t = time.perf_counter()
        b.client.text_document_did_change(lsp.DidChangeTextDocumentParams(
            text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[lsp.TextDocumentContentChangePartial(
                range=lsp.Range(lsp.Position(line_no, 0), lsp.Position(line_no, len(line))), text=rows[line_no])]))
        answer = await b.client.workspace_execute_command_async(lsp.ExecuteCommandParams(
            command="pivot.modelGraph",
            arguments=[{"uri": uri, "position": {"line": line_no, "character": 8}, "notes": notes}]))
        samples.append((time.perf_counter() - t) * 1000)
        nodes = len(answer["graph"]["nodes"])
    await b.stop()
    return {"lines": len(rows), "edits": edits, "graph_nodes": nodes, "p50_ms": round(pct(samples, 50), 1),
            "p95_ms": round(pct(samples, 95), 1), "max_ms": round(max(samples), 1)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=2000)
    parser.add_argument("--edits", type=int, default=30)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--nodes", type=int, help="print the graph JSON of a model with about this many nodes")
    parser.add_argument("--json")
    args = parser.parse_args()
    if args.nodes:
        from pivot.analysis import analyze
        from pivot.graph import network_graph

        print(json.dumps(network_graph(analyze(wide_model(args.nodes)).networks[0])))
        return
    results = {}
    for notes in (False, True):
        result = results["with_notes" if notes else "live"] = asyncio.run(bench(args.lines, args.edits, args.seed,
                                                                               notes))
        print(f"edit -> graph{' + PIV2xx notes' if notes else ''} at {result['lines']} lines "
              f"({result['graph_nodes']} nodes): p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms, "
              f"max {result['max_ms']} ms over {result['edits']} edits")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
