"""A very large file in the Pivot language server: does it keep the editor responsive?

    python bench/lsp_large.py [--lines 50000] [--root DIR] [--json FILE]

Opens a small file (200 lines), then a generated file of `--lines` lines (bench/lsp_latency.generate),
and measures over LSP (stdio), like an editor:
  first-diags     didOpen of the large file -> its first publishDiagnostics
  small hover     textDocument/hover on the small file, sent every 0.25 s while the large file is analysed
  small edit      didChange on the small file -> publishDiagnostics of that version, meanwhile
  large edit      an edit of the large file while its analysis runs -> diagnostics of the newest version
Prints medians and maxima (ms). `--root` runs the server of another checkout (e.g. an older commit
unpacked with `git archive`), for before/after figures (run both at once: the same load for both);
`--quiet` sends no small-file requests. Nothing here asserts: it measures.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from pathlib import Path

from lsprotocol import types as lsp

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lsp_latency import Bench, ROOT, generate, layer_positions  # noqa: E402


class RootBench(Bench):
    def __init__(self, root: Path) -> None:
        super().__init__()
        self.root = root

    async def start(self) -> None:
        import os
        env = dict(os.environ)
        env["PYTHONPATH"] = str(self.root)
        await self.client.start_io(sys.executable, "-m", "server", env=env, cwd=str(self.root))


def open_doc(bench: Bench, uri: str, text: str) -> None:
    bench.client.text_document_did_open(lsp.DidOpenTextDocumentParams(
        lsp.TextDocumentItem(uri=uri, language_id="python", version=1, text=text)))


def edit(bench: Bench, uri: str, version: int, line: int, text: str) -> None:
    bench.client.text_document_did_change(lsp.DidChangeTextDocumentParams(
        text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=version),
        content_changes=[lsp.TextDocumentContentChangePartial(
            range=lsp.Range(lsp.Position(line, 0), lsp.Position(line, 0)), text=text)]))


async def run(lines: int, root: Path, quiet: bool = False) -> dict:
    bench = RootBench(root)
    await bench.start()
    await bench.initialize(debounce_ms=50)
    small_uri, large_uri = (root / "bench_small.py").as_uri(), (root / "bench_large.py").as_uri()
    small = generate(200, seed=1)
    open_doc(bench, small_uri, small)
    await bench.wait_diags(small_uri, 1)
    position = layer_positions(small, "nn.Conv2d(")[0]

    large = generate(lines, seed=2)
    opened = time.perf_counter()
    open_doc(bench, large_uri, large)
    hovers, small_edits = [], []
    done = lambda: (large_uri, 1) in bench.published or (large_uri, 2) in bench.published  # noqa: E731

    async def hover_loop():
        while not done():
            sent = time.perf_counter()
            await asyncio.wait_for(bench.client.text_document_hover_async(lsp.HoverParams(
                text_document=lsp.TextDocumentIdentifier(small_uri), position=position)), 600)
            hovers.append((time.perf_counter() - sent) * 1000)
            await asyncio.sleep(0.25)

    async def edit_loop():
        version = 1
        while not done():
            version += 1
            sent = time.perf_counter()
            edit(bench, small_uri, version, 1, "# edit\n")
            small_edits.append((await bench.wait_diags(small_uri, version, 600) - sent) * 1000)
            await asyncio.sleep(0.25)

    async def until_done():
        while not done():
            await asyncio.sleep(0.02)

    await asyncio.gather(*([] if quiet else [hover_loop(), edit_loop()]), until_done())
    first = (min(bench.published.get((large_uri, v), float("inf")) for v in (1, 2)) - opened) * 1000

    # An edit of the large file, then another while the first one's analysis runs.
    sent = time.perf_counter()
    edit(bench, large_uri, 2, 1, "# first edit\n")
    await asyncio.sleep(0.5)
    edit(bench, large_uri, 3, 1, "# second edit\n")
    newest = (await bench.wait_diags(large_uri, 3, 600) - sent) * 1000
    await bench.stop()
    return {"lines": lines, "first_diagnostics_ms": round(first), "large_edit_to_newest_diags_ms": round(newest),
            "small_hover_ms": hovers, "small_edit_to_diags_ms": small_edits}


def summary(values: list[float]) -> str:
    if not values:
        return "n/a"
    return f"median {statistics.median(values):.0f}, max {max(values):.0f} (n={len(values)})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lines", type=int, default=50000)
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("--quiet", action="store_true", help="no small-file requests meanwhile")
    parser.add_argument("--json", metavar="FILE")
    args = parser.parse_args()
    result = asyncio.run(run(args.lines, args.root.resolve(), args.quiet))
    print(f"large file: {result['lines']} lines ({args.root})")
    print(f"  first diagnostics          {result['first_diagnostics_ms']} ms")
    print(f"  two edits -> newest diags  {result['large_edit_to_newest_diags_ms']} ms")
    print(f"  small-file hover meanwhile {summary(result['small_hover_ms'])} ms")
    print(f"  small-file edit->diags     {summary(result['small_edit_to_diags_ms'])} ms")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
