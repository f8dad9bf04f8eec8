"""Open documents and their analysis state.

Each open document keeps its text as a list of lines (edits splice only the touched lines), one
`AnalysisCache` (so unchanged top-level definitions are not re-analysed), and immutable snapshots of its
analyses. Requests read snapshots; only the analysis worker thread touches the cache.

Scheduling: an edit (re)starts a short debounce timer; when it fires, the newest text is analysed on a
single worker thread. A result for a version that is no longer current is kept (it is still the newest
analysis) but not published: the timer of the newer edit will publish. While the text does not parse,
`good` keeps the last analysis of text that did, and requests map positions across the edited region.

A file past `engine.LARGE_LINES` is analysed on a thread of its own (small files never wait behind it),
definition by definition in short slices: a newer version stops the analysis of an older one at the next
slice (the definitions read so far stay cached). Before its first analysis, a request reads only the
definition it points at (`partial`).
"""
from __future__ import annotations

import asyncio
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Callable

from . import engine
from .text import LineMap, apply_change, split_lines

log = logging.getLogger(__name__)


def make_executor(name: str, stack_mb: int = 64) -> ThreadPoolExecutor:
    """A one-thread executor whose thread has a large stack (libcst recurses deeply on nested code)."""
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
    old = threading.stack_size()
    try:
        threading.stack_size(stack_mb * 1024 * 1024)
        executor.submit(lambda: None).result()  # create the thread now, with the big stack
    except (ValueError, RuntimeError):
        pass
    finally:
        threading.stack_size(old)
    return executor


class Document:
    """The current text of an open document."""

    def __init__(self, uri: str, text: str, version: int | None, language_id: str = "python"):
        self.uri = uri
        self.version = version
        self.language_id = language_id
        self.lines: list[str] = split_lines(text)
        self._text: str | None = text

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = "".join(self.lines)
        return self._text

    def replace(self, text: str, version: int | None) -> None:
        self.lines = split_lines(text)
        self._text = text
        self.version = version

    def edit(self, start: tuple[int, int], end: tuple[int, int], new_text: str) -> None:
        """Apply one edit given in code-point positions (0-based)."""
        self.lines = apply_change(self.lines, start, end, new_text)
        self._text = None


@dataclass(frozen=True, eq=False)
class Snapshot:
    """One analysis of one version of a document. Immutable; safe to read from any thread."""

    version: int | None
    text: str
    lines: list[str]
    analysis: engine.Analysis
    seconds: float = 0.0
    parses: bool = True
    memo: dict = field(default_factory=dict, repr=False, compare=False)  # what is derived from it, per key


def build_snapshot(text: str, lines: list[str], version: int | None, cache) -> Snapshot:
    started = time.perf_counter()
    try:
        analysis = engine.analyze_text(text, lines, cache)
    except Exception as exc:  # the engine promises not to raise; keep the server alive if it does
        log.exception("analysis failed")
        analysis = engine.Analysis(
            networks=(),
            diagnostics=(engine.Diagnostic("PIV000", "warning", f"Pivot could not analyse this file: {exc}"),),
        )
    return Snapshot(version, text, lines, analysis, time.perf_counter() - started,
                    parses=not engine.is_syntax_error(analysis))


@dataclass
class View:
    """What a request at the current text sees: a snapshot that parsed, and where its lines are now."""

    snapshot: Snapshot
    line_map: LineMap

    def to_snapshot_line(self, line: int) -> int | None:
        return self.line_map.to_old(line)


class DocumentState:
    def __init__(self, doc: Document):
        self.doc = doc
        self.cache = engine.new_cache()
        self.latest: Snapshot | None = None  # newest analysis, parsed or not
        self.good: Snapshot | None = None  # newest analysis of text that parsed
        self.lock = asyncio.Lock()
        self.timer: asyncio.Task | None = None  # debounce timer, only while sleeping
        self.pending: asyncio.Task | None = None  # an analysis a request is waiting for
        self.plan: tuple | None = None  # large files: (version, pieces and context of that version)
        self.partial: Snapshot | None = None  # large files: definitions read on demand, current version
        self.closed = False
        self.stats = {"analyses": 0, "published": 0, "stale_dropped": 0, "superseded": 0, "last_analysis_ms": 0.0}
        self._view_key: tuple | None = None
        self._view: View | None = None

    def view(self) -> View | None:
        """The last parseable analysis and a map from the current lines to its lines."""
        snap = self.latest if self.latest is not None and self.latest.parses else self.good
        if snap is None and self.partial is not None and self.partial.version == self.doc.version:
            snap = self.partial
        if snap is None:
            return None
        key = (id(snap), self.doc.version, len(self.doc.lines))
        if self._view_key != key or self._view is None or self._view.snapshot is not snap:
            self._view = View(snap, LineMap.between(snap.lines, self.doc.lines))
            self._view_key = key
        return self._view

    @property
    def current(self) -> bool:
        """Whether the newest analysis is of the current text."""
        return self.latest is not None and self.latest.version == self.doc.version and (
            self.latest.text is self.doc._text or self.latest.text == self.doc.text)


class DocumentStore:
    """Open documents, and the debounced analysis of each."""

    def __init__(self, on_analysed: Callable[[DocumentState, Snapshot], None], debounce: float = 0.05):
        self.on_analysed = on_analysed
        self.debounce = debounce
        self.test_delay = 0.0
        self.docs: dict[str, DocumentState] = {}
        self.executor = make_executor("pivot-analysis")
        self.large_executor = make_executor("pivot-analysis-large")
        self.large_lines = engine.LARGE_LINES  # initializationOptions.largeFileLines

    def get(self, uri: str) -> DocumentState | None:
        return self.docs.get(uri)

    def open(self, uri: str, text: str, version: int | None, language_id: str = "python") -> DocumentState:
        state = self.docs.get(uri)
        if state is None or state.closed:
            state = DocumentState(Document(uri, text, version, language_id))
            self.docs[uri] = state
        else:
            state.doc.replace(text, version)
        self.schedule(state, 0.0)
        return state

    def close(self, uri: str) -> None:
        state = self.docs.pop(uri, None)
        if state is not None:
            state.closed = True
            if state.timer is not None:
                state.timer.cancel()

    def schedule(self, state: DocumentState, delay: float | None = None) -> None:
        """(Re)start the debounce timer of `state`; a timer that already fired is left to finish."""
        if state.timer is not None:
            state.timer.cancel()
        state.timer = asyncio.ensure_future(self._debounced(state, self.debounce if delay is None else delay))

    async def _debounced(self, state: DocumentState, delay: float) -> None:
        me = asyncio.current_task()
        try:
            if delay > 0:
                await asyncio.sleep(delay)
        except asyncio.CancelledError:
            return
        if state.timer is me:
            state.timer = None  # from here on a new edit starts a new timer instead of cancelling this run
        try:
            await self.analyse(state)
        except Exception:
            log.exception("analysis of %s failed", state.doc.uri)

    async def analyse(self, state: DocumentState) -> Snapshot | None:
        """Analyse the current text of `state` now (after any analysis already running)."""
        async with state.lock:
            if state.closed:
                return state.latest
            if state.current:
                return state.latest
            doc = state.doc
            version, text, lines = doc.version, doc.text, list(doc.lines)
            if engine.is_large(lines, self.large_lines):
                snap = await self._analyse_large(state, version, text, lines)
                if snap is None:  # a newer version arrived: its own analysis follows
                    state.stats["superseded"] += 1
                    return state.latest
            else:
                loop = asyncio.get_running_loop()
                snap = await loop.run_in_executor(self.executor, build_snapshot, text, lines, version, state.cache)
            if self.test_delay:  # test mode only: makes "an edit overtakes a running analysis" deterministic
                await asyncio.sleep(self.test_delay)
            state.stats["analyses"] += 1
            state.stats["last_analysis_ms"] = round(snap.seconds * 1000, 3)
            state.latest = snap
            state.plan = state.partial = None  # large files: needed only until the first analysis lands
            if snap.parses:
                state.good = snap
            if state.closed:
                return snap
            if doc.version == version and doc.text == text:
                state.stats["published"] += 1
                try:
                    self.on_analysed(state, snap)
                except Exception:
                    log.exception("publishing the analysis of %s failed", doc.uri)
            else:
                state.stats["stale_dropped"] += 1
            return snap

    async def _analyse_large(self, state: DocumentState, version, text: str, lines: list[str]) -> Snapshot | None:
        """The analysis of a large file, read in slices; None as soon as the text has a newer version."""
        file_plan = await self._plan(state, version, text, lines)
        if file_plan is not None:
            state.cache.fit(len(file_plan[0]))  # the final whole-file pass finds every piece read here
        done = 0
        while file_plan is not None and done < len(file_plan[0]):
            if state.closed or state.doc.version != version:
                return None
            done = await self._run_large(engine.warm, file_plan, done, state.cache)
        if state.closed or state.doc.version != version:
            return None
        return await self._run_large(build_snapshot, text, lines, version, state.cache)

    async def _plan(self, state: DocumentState, version, text: str, lines: list[str]):
        if state.plan is None or state.plan[0] != version:
            state.plan = (version, await self._run_large(engine.plan, text, lines))
        return state.plan[1]

    def _run_large(self, fn, *args) -> asyncio.Future:
        return asyncio.get_running_loop().run_in_executor(self.large_executor, fn, *args)

    async def ready_for(self, state: DocumentState, line: int) -> None:
        """Make sure a request at `line` (0-based) has an analysis to read: the whole file's if it is small,
        else (before the first analysis of a large file) that of the definition at `line`."""
        if state.latest is not None:
            return
        if not engine.is_large(state.doc.lines, self.large_lines):
            await self.current_snapshot(state)
            return
        doc = state.doc
        version, text, lines = doc.version, doc.text, list(doc.lines)
        file_plan = await self._plan(state, version, text, lines)
        if file_plan is None or doc.version != version:
            return
        found = await self._run_large(engine.analyze_around, file_plan, line + 1, state.cache)
        partial = state.partial if state.partial is not None and state.partial.version == version else None
        known = partial.analysis.networks if partial is not None else ()
        names = {n.name for n in known}
        networks = known + tuple(n for n in found if n.name not in names)
        state.partial = Snapshot(version, text, lines, engine.Analysis(networks=networks))

    async def current_snapshot(self, state: DocumentState) -> Snapshot | None:
        """The analysis of the current text, analysing now (skipping the debounce) if needed.

        The analysis runs in its own task: a request that is cancelled while waiting (Neovim cancels
        superseded pull requests) does not throw the work away.
        """
        for _ in range(3):  # the text may change while we wait; do not chase it forever
            if state.current or state.closed:
                break
            if state.timer is not None:
                state.timer.cancel()
                state.timer = None
            task = state.pending
            if task is None or task.done():
                task = state.pending = asyncio.ensure_future(self.analyse(state))
            await asyncio.shield(task)
        return state.latest

    def shutdown(self) -> None:
        for state in self.docs.values():
            if state.timer is not None:
                state.timer.cancel()
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.large_executor.shutdown(wait=False, cancel_futures=True)
