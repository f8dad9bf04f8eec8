"""Latency of the Pivot language server, measured over LSP (stdio) like an editor sees it.

    python bench/lsp_latency.py [--sizes 200,2000,10000] [--edits 40] [--json results.json]

Prints p50 and p95 (milliseconds) of:
  start-up      process spawn -> initialize -> didOpen -> first publishDiagnostics (200-line file)
  edit->diags   didChange -> publishDiagnostics of that version, debounce set to 0 (i.e. excluded)
  hover         textDocument/hover on a layer
  actions       textDocument/codeAction listing inside a model
  resolve       codeAction/resolve of "Migrate `<Class>` to ..." (runs the migration)
for generated files of 200, 2,000 and 10,000 lines holding many model classes.
Aims: edit->diags p95 < 50 ms at 2,000 lines; hover/listing p95 < 20 ms; start-up < 1 s.
Nothing here asserts: it measures.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import sys
import time
from pathlib import Path

from lsprotocol import types as lsp
from pygls.lsp.client import LanguageClient

ROOT = Path(__file__).resolve().parents[1]

TORCH_BLOCK = '''

class TorchNet{i}(nn.Module):
    """Generated model {i}."""

    def __init__(self, num_classes={n}):
        super().__init__()
        self.conv1 = nn.Conv2d(3, {c}, 3, padding=1)
        self.bn1 = nn.BatchNorm2d({c})
        self.conv2 = nn.Conv2d({c}, {c2}, 3, padding=1)
        self.fc = nn.Linear({c2} * 8 * 8, num_classes)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.bn1(self.conv1(x))), 2)
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        x = torch.flatten(x, 1)
        return self.fc(x)
'''

KERAS_BLOCK = '''

keras_model_{i} = keras.Sequential([
    keras.Input(shape=({d},)),
    layers.Dense({h}, activation="relu"),
    layers.Dropout(0.1),
    layers.Dense({n}),
])
'''

HEADER = '''"""A generated file with many models (Pivot latency benchmark)."""
import torch
import torch.nn as nn
import torch.nn.functional as F
import keras
from keras import layers
'''


def generate(lines: int, seed: int = 0) -> str:
    rng = random.Random(seed)
    parts = [HEADER]
    count = HEADER.count("\n")
    i = 0
    while count < lines:
        if i % 4 == 3:
            block = KERAS_BLOCK.format(i=i, d=rng.choice([16, 32, 64]), h=rng.choice([32, 64, 128]),
                                       n=rng.choice([2, 10]))
        else:
            block = TORCH_BLOCK.format(i=i, n=rng.choice([2, 10, 100]), c=rng.choice([8, 16, 32]),
                                       c2=rng.choice([16, 32, 64]))
        parts.append(block)
        count += block.count("\n")
        i += 1
    return "".join(parts)


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1))))
    return ordered[k]


class Bench:
    def __init__(self) -> None:
        self.client = LanguageClient("pivot-bench", "1")
        self.published: dict[tuple[str, int | None], float] = {}
        self.event = asyncio.Event()

        @self.client.feature(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def on_diagnostics(params: lsp.PublishDiagnosticsParams):
            self.published[(params.uri, params.version)] = time.perf_counter()
            self.event.set()

        @self.client.feature(lsp.WINDOW_SHOW_MESSAGE)
        def on_message(params):
            pass

        @self.client.feature(lsp.WINDOW_LOG_MESSAGE)
        def on_log(params):
            pass

    async def start(self) -> None:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join([str(ROOT)] + [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p])
        env["PIVOT_SERVER_TEST_MODE"] = "1"  # for pivot.debug.state: the engine's own analysis time
        await self.client.start_io(sys.executable, "-m", "server", env=env)

    async def analysis_ms(self, uri: str) -> float:
        state = await self.client.workspace_execute_command_async(
            lsp.ExecuteCommandParams(command="pivot.debug.state"))
        return state["documents"][uri]["last_analysis_ms"]

    async def initialize(self, debounce_ms: float = 0) -> None:
        caps = lsp.ClientCapabilities(
            text_document=lsp.TextDocumentClientCapabilities(
                publish_diagnostics=lsp.PublishDiagnosticsClientCapabilities(version_support=True),
                code_action=lsp.CodeActionClientCapabilities(
                    resolve_support=lsp.ClientCodeActionResolveOptions(properties=["edit"]), data_support=True)),
            workspace=lsp.WorkspaceClientCapabilities(workspace_edit=lsp.WorkspaceEditClientCapabilities(
                document_changes=True, change_annotation_support=lsp.ChangeAnnotationsSupportOptions())))
        await self.client.initialize_async(lsp.InitializeParams(
            capabilities=caps, initialization_options={"debounceMs": debounce_ms}))
        self.client.initialized(lsp.InitializedParams())

    async def wait_diags(self, uri: str, version: int, timeout: float = 120) -> float:
        deadline = time.perf_counter() + timeout
        while (uri, version) not in self.published:
            self.event.clear()
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                raise TimeoutError(f"no diagnostics for {uri} v{version}")
            try:
                await asyncio.wait_for(self.event.wait(), remaining)
            except asyncio.TimeoutError:
                pass
        return self.published[(uri, version)]

    async def stop(self) -> None:
        try:
            await asyncio.wait_for(self.client.shutdown_async(None), 10)
            self.client.exit(None)
        except Exception:
            pass
        await self.client.stop()


async def bench_startup(runs: int, text: str, init_samples: list[float]) -> list[float]:
    samples = []
    for _ in range(runs):
        b = Bench()
        t0 = time.perf_counter()
        await b.start()
        await b.initialize(debounce_ms=0)
        init_samples.append((time.perf_counter() - t0) * 1000)
        uri = "file:///bench/startup.py"
        b.client.text_document_did_open(lsp.DidOpenTextDocumentParams(
            lsp.TextDocumentItem(uri=uri, language_id="python", version=1, text=text)))
        t1 = await b.wait_diags(uri, 1)
        samples.append((t1 - t0) * 1000)
        await b.stop()
    return samples


def layer_positions(text: str, needle: str) -> list[lsp.Position]:
    out = []
    for i, line in enumerate(text.split("\n")):
        j = line.find(needle)
        if j >= 0:
            out.append(lsp.Position(i, j + 3))
    return out


async def bench_size(size: int, edits: int, queries: int, resolves: int, seed: int) -> dict:
    rng = random.Random(seed)
    text = generate(size, seed)
    uri = f"file:///bench/models_{size}.py"
    b = Bench()
    await b.start()
    await b.initialize(debounce_ms=0)
    t0 = time.perf_counter()
    b.client.text_document_did_open(lsp.DidOpenTextDocumentParams(
        lsp.TextDocumentItem(uri=uri, language_id="python", version=1, text=text)))
    first = (await b.wait_diags(uri, 1) - t0) * 1000
    lines = text.split("\n")
    version = 1

    # Edits: change one number in a layer line of a random model, wait for that version's diagnostics.
    edit_ms, engine_ms = [], []
    targets = [i for i, line in enumerate(lines) if "nn.Linear(" in line or "layers.Dense(" in line]
    for k in range(edits):
        line_no = rng.choice(targets)
        line = lines[line_no]
        m = re.search(r"\d+", line[line.index("("):])
        start = line.index("(") + m.start()
        new_line = line[:start] + str(int(m.group()) + 1 + k % 3) + line[start + len(m.group()):]
        lines[line_no] = new_line
        version += 1
        t = time.perf_counter()
        b.client.text_document_did_change(lsp.DidChangeTextDocumentParams(
            text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[lsp.TextDocumentContentChangePartial(
                range=lsp.Range(lsp.Position(line_no, 0), lsp.Position(line_no, len(line))), text=new_line)]))
        edit_ms.append((await b.wait_diags(uri, version) - t) * 1000)
        engine_ms.append(await b.analysis_ms(uri))
    text = "\n".join(lines)

    ident = lsp.TextDocumentIdentifier(uri=uri)
    hover_ms, list_ms, resolve_ms = [], [], []
    positions = layer_positions(text, "nn.Conv2d") + layer_positions(text, "layers.Dense")
    for _ in range(queries):
        pos = rng.choice(positions)
        t = time.perf_counter()
        await b.client.text_document_hover_async(lsp.HoverParams(text_document=ident, position=pos))
        hover_ms.append((time.perf_counter() - t) * 1000)
    actions = []
    for _ in range(queries):
        pos = rng.choice(positions)
        t = time.perf_counter()
        found = await b.client.text_document_code_action_async(lsp.CodeActionParams(
            text_document=ident, range=lsp.Range(pos, pos), context=lsp.CodeActionContext(diagnostics=[])))
        list_ms.append((time.perf_counter() - t) * 1000)
        actions.extend(a for a in (found or []) if isinstance(a, lsp.CodeAction) and "`" in a.title)
    for action in rng.sample(actions, min(resolves, len(actions))):
        t = time.perf_counter()
        await b.client.code_action_resolve_async(action)
        resolve_ms.append((time.perf_counter() - t) * 1000)
    await b.stop()
    return {"size": size, "lines": text.count("\n") + 1, "models": text.count("class TorchNet") +
            text.count("keras.Sequential("), "open_to_diags_ms": round(first, 1),
            "edit": edit_ms, "engine": engine_ms, "hover": hover_ms, "actions": list_ms, "resolve": resolve_ms}


async def main_async(args) -> dict:
    init: list[float] = []
    results: dict = {"startup": await bench_startup(args.startup_runs, generate(200, 1), init)}
    results["initialize"] = init
    for size in args.sizes:
        results[str(size)] = await bench_size(size, args.edits, args.queries,
                                              args.resolves if size < 5000 else max(3, args.resolves // 4),
                                              args.seed)
    return results


def report(results: dict) -> None:
    s = results["startup"]
    print(f"{'metric':<28}{'p50 ms':>10}{'p95 ms':>10}{'n':>5}")
    i = results["initialize"]
    print(f"{'start-up to initialized':<28}{pct(i, 50):>10.1f}{pct(i, 95):>10.1f}{len(i):>5}")
    print(f"{'start-up to first diags':<28}{pct(s, 50):>10.1f}{pct(s, 95):>10.1f}{len(s):>5}")
    for key, r in results.items():
        if key in ("startup", "initialize"):
            continue
        print(f"-- {r['lines']} lines, {r['models']} models (open to first diagnostics {r['open_to_diags_ms']} ms)")
        for metric, label in (("edit", "edit -> diagnostics"), ("engine", "  of which pivot.analyze"),
                              ("hover", "hover"), ("actions", "code-action listing"),
                              ("resolve", "code-action resolve")):
            v = r[metric]
            print(f"{label:<28}{pct(v, 50):>10.1f}{pct(v, 95):>10.1f}{len(v):>5}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="200,2000,10000")
    parser.add_argument("--edits", type=int, default=40)
    parser.add_argument("--queries", type=int, default=60)
    parser.add_argument("--resolves", type=int, default=12)
    parser.add_argument("--startup-runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", metavar="FILE", help="also write the raw samples here")
    args = parser.parse_args()
    args.sizes = [int(s) for s in args.sizes.split(",") if s]
    results = asyncio.run(main_async(args))
    report(results)
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
