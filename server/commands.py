"""workspace/executeCommand: pivot.migrationPreview, pivot.showPivotModel, pivot.verify.

Arguments are positional (``[uri, target, classes]``) or one object (``[{"uri": ..., "target": ...}]``).
`pivot.verify` runs pivot's verify worker (``python -m pivot.verify``) in one subprocess (the server
itself never imports a framework), reports work-done progress, and kills the subprocess when the request
or the progress is cancelled or the timeout passes.
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
import shutil
import signal
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from lsprotocol import types as lsp
from lsprotocol.converters import get_converter
from pygls.exceptions import JsonRpcInvalidParams, JsonRpcRequestCancelled, JsonRpcInternalError

import pivot
from pivot.verify_job import ATOL, RTOL, WORKER, Job, framework_env, worker_output

from . import diagnostics, engine

log = logging.getLogger(__name__)

MIGRATION_PREVIEW = "pivot.migrationPreview"
SHOW_PIVOT_MODEL = "pivot.showPivotModel"
VERIFY = "pivot.verify"
DEBUG_STATE = "pivot.debug.state"  # these two are registered only in test mode (PIVOT_SERVER_TEST_MODE=1)
DEBUG_TEXT = "pivot.debug.text"
DEBUG_SLOW = "pivot.debug.slowAnalysis"  # test mode: every analysis takes at least this many seconds
DEBUG_RAISE = "pivot.debug.raise"  # test mode: fails with an internal error (containment tests)

_converter = None


class CommandError(JsonRpcInvalidParams):
    pass


def parse_args(args: tuple, names: list[str], required: int) -> dict[str, Any]:
    """Positional or single-object command arguments as a dict."""
    if len(args) == 1 and isinstance(args[0], dict):
        given = dict(args[0])
        if "class" in given and "classes" not in given and "classes" in names:
            given["classes"] = given["class"]
        if "className" in given:
            given.setdefault("class", given["className"])
        values = {name: given.get(name) for name in names}
    else:
        values = {name: (args[i] if i < len(args) else None) for i, name in enumerate(names)}
        if len(args) > len(names):
            raise CommandError(f"expected at most {len(names)} arguments, got {len(args)}")
    missing = [n for n in names[:required] if values.get(n) in (None, "")]
    if missing:
        raise CommandError(f"missing argument(s): {', '.join(missing)}")
    wrong = [n for n in ("uri", "class", "target") if n in values and values[n] is not None
             and not isinstance(values[n], str)]
    if wrong:
        raise CommandError(f"{', '.join(wrong)} must be a string, not {values[wrong[0]]!r}")
    return values


def class_list(value: Any) -> list[str] | None:
    if value in (None, "", []):
        return None
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return list(value)
    raise CommandError(f"classes must be a name or a list of names, not {value!r}")


def target_arg(value: Any) -> str:
    try:
        return engine.canonical_target(value)
    except engine.PivotError as exc:
        raise CommandError(str(exc)) from None


def to_jsonable(diag: lsp.Diagnostic) -> dict:
    global _converter
    if _converter is None:
        _converter = get_converter()
    return _converter.unstructure(diag)


async def migration_preview(ctx, args: tuple) -> dict:
    a = parse_args(args, ["uri", "target", "classes", "training"], 2)
    target, classes = target_arg(a["target"]), class_list(a["classes"])
    training = a["training"] if isinstance(a["training"], bool) else None
    text, lines = ctx.text_of(a["uri"])
    loop = asyncio.get_running_loop()
    try:
        result = await loop.run_in_executor(ctx.work_executor, engine.migrate_text, text, lines, target, classes,
                                            None, training, getattr(ctx, "target_style", "auto"))
    except engine.PivotError as exc:
        raise CommandError(f"cannot migrate: {exc}") from None
    diags = diagnostics.convert(result.diagnostics, lines, ctx.units)
    return {"original": text, "migrated": result.text, "diagnostics": [to_jsonable(d) for d in diags],
            "migrated_classes": list(result.migrated), "target": target}


async def show_pivot_model(ctx, args: tuple) -> str:
    a = parse_args(args, ["uri", "class"], 1)
    analysis = await ctx.analysis_of(a["uri"])
    networks = analysis.networks
    if a["class"]:
        net = analysis.network(a["class"])
        if net is None:
            names = ", ".join(n.name for n in networks) or "none"
            raise CommandError(f"no model named {a['class']!r} (models: {names})")
        networks = (net,)
    if not networks:
        return "No models found."
    return "\n\n".join(engine.describe_network(net) for net in networks)


# --- verify -----------------------------------------------------------------------------------------

def verify_env(doc_dir: str | None) -> dict[str, str]:
    """The worker's environment: pivot's (quiet TensorFlow, a private Keras home), and imports that find
    the user's local modules and this `pivot`."""
    env = framework_env()
    env.setdefault("PYTHONUNBUFFERED", "1")
    paths = [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
    pivot_root = str(Path(pivot.__file__).resolve().parent.parent)  # so `-m pivot.verify` resolves like here
    extra = [p for p in (doc_dir, pivot_root) if p and p not in paths]
    env["PYTHONPATH"] = os.pathsep.join(extra + paths)
    return env


def kill_process_group(proc: asyncio.subprocess.Process) -> None:
    if proc.returncode is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError, OSError):
        try:
            proc.kill()
        except ProcessLookupError:
            pass


def _verify_message(result: dict, cls: str, target: str) -> tuple[str, lsp.MessageType]:
    label = engine.TARGET_LABEL[target]
    diff = result.get("max_abs_diff")
    diff_text = f" (max abs diff {diff:.3g})" if isinstance(diff, (int, float)) else ""
    if result.get("equivalent"):
        return f"Pivot verify: `{cls}` → {label} is equivalent{diff_text}.", lsp.MessageType.Info
    why = result.get("error") or result.get("message")
    return (f"Pivot verify: `{cls}` → {label} is NOT equivalent{diff_text}" + (f": {why}" if why else "."),
            lsp.MessageType.Warning)


def check_verifiable(text: str, lines: list[str], cls: str, target: str, cache=None) -> None:
    """What `pivot verify` refuses before it runs anything (a PivotError): a file that does not parse, a
    class that is not a model of the file to migrate to `target`."""
    analysis = engine.analyze_text(text, lines, cache)
    syntax = next((d for d in analysis.diagnostics if d.code == engine.SYNTAX_CODE), None)
    if syntax is not None:
        raise engine.PivotError(f"line {syntax.span.line}: {syntax.code} {syntax.message}")
    origin = engine.other_framework(engine.TARGET_FRAMEWORK[target])
    names = [n.name for n in analysis.networks if n.framework == origin]
    if cls not in names:
        raise engine.PivotError(f"no {engine.TARGET_LABEL[engine.TARGET_OF[origin]]} model named {cls} "
                                f"(models: {', '.join(names) or 'none'})")


def _buffer_copy(path: str, text: str) -> tuple[str, str]:
    """(a temporary directory, the buffer as the user sees it, saved or not, written there)."""
    tmp = tempfile.mkdtemp(prefix="pivot-verify-")
    source = os.path.join(tmp, os.path.basename(path) if path.endswith(".py") else "model.py")
    with open(source, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    return tmp, source


async def verify(ctx, args: tuple) -> dict:
    """`pivot verify FILE --to TARGET --class CLS` on the buffer: one worker subprocess (`python -m
    pivot.verify`), killed on cancel or timeout."""
    a = parse_args(args, ["uri", "class", "target"], 3)
    uri, cls, target = a["uri"], a["class"], target_arg(a["target"])
    path = ctx.trust.check_runnable(uri, "Pivot verify")  # refused unless trusted and in the workspace
    text, lines = ctx.text_of(uri)
    doc_dir = os.path.dirname(path) if os.path.isdir(os.path.dirname(path)) else None
    tmp, source = _buffer_copy(path, text)
    job = Job(source, target, [cls], None, None, ATOL, RTOL)
    loop = asyncio.get_running_loop()
    cancelled = asyncio.Event()
    progress = Progress(ctx, f"Pivot: verifying {cls} → {engine.TARGET_LABEL[target]}")
    deadline = time.monotonic() + ctx.verify_timeout
    try:
        outer = ctx.current_request_future()
        if outer is not None:
            outer.add_done_callback(lambda f: f.cancelled() and loop.call_soon_threadsafe(cancelled.set))
        await progress.begin(on_cancel=lambda: loop.call_soon_threadsafe(cancelled.set))
        state = ctx.store.get(uri)
        try:
            await loop.run_in_executor(ctx.work_executor, check_verifiable, text, lines, cls, target,
                                       state.cache if state is not None else None)
        except engine.PivotError as exc:
            raise JsonRpcInternalError(f"verify failed: {exc}") from None
        returncode, stdout, stderr = await _run_worker(ctx, job, doc_dir or tmp, doc_dir, cancelled, progress,
                                                       deadline)
        result = _result(worker_output(stdout), returncode, stderr)
        if "file" in result:
            result["file"] = path or uri  # not the temporary copy of the buffer that was verified
        text_msg, kind = _verify_message(result, cls, target)
        ctx.show_message(text_msg, kind)
        progress.end("equivalent" if result.get("equivalent") else "not equivalent")
        return result
    except JsonRpcRequestCancelled:
        progress.end("cancelled")
        ctx.show_message(f"Pivot verify of `{cls}` was cancelled.", lsp.MessageType.Info)
        raise
    except asyncio.CancelledError:
        progress.end("cancelled")
        raise
    except JsonRpcInternalError as exc:
        progress.end("failed")
        ctx.show_message(f"Pivot verify of `{cls}` failed: {exc}", lsp.MessageType.Error)
        raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


async def _run_worker(ctx, job: Job, cwd: str, doc_dir: str | None, cancelled: asyncio.Event, progress,
                      deadline: float) -> tuple[int | None, str, str]:
    """Run the worker on `job` to its end: (exit code, stdout, stderr). Killed (with whatever it started)
    when `cancelled` is set or `deadline` passes."""
    if cancelled.is_set():  # while the file was checked
        raise JsonRpcRequestCancelled("verify was cancelled")
    cmd = [ctx.python, *WORKER]
    log.info("verify: %s (%s)", " ".join(cmd), job.file)
    started = time.monotonic()
    proc = await asyncio.create_subprocess_exec(
        *cmd, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        env=verify_env(doc_dir), cwd=cwd, start_new_session=True)
    ctx.processes.add(proc)
    communicate = asyncio.ensure_future(proc.communicate(json.dumps(job.__dict__).encode()))
    cancel_wait = asyncio.ensure_future(cancelled.wait())
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise JsonRpcInternalError(f"verify timed out after {ctx.verify_timeout:.0f} s")
            done, _ = await asyncio.wait({communicate, cancel_wait}, timeout=min(1.0, remaining),
                                         return_when=asyncio.FIRST_COMPLETED)
            if cancel_wait in done:
                raise JsonRpcRequestCancelled("verify was cancelled")
            if communicate in done:
                break
            progress.report(f"running both models… {time.monotonic() - started:.0f} s")
    finally:
        cancel_wait.cancel()
        kill_process_group(proc)  # unless it ended
        communicate.cancel()
        ctx.processes.discard(proc)
    out, err = communicate.result()
    return proc.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace")


def _result(results: list[dict], returncode: int | None, stderr: str) -> dict:
    """The one result of a verify (the worker prints one per model); none: the worker failed."""
    if not results:
        tail = "\n".join(stderr.strip().splitlines()[-8:])
        raise JsonRpcInternalError(f"verify failed (exit {returncode})" + (f": {tail}" if tail else ""))
    result = results[0] if len(results) == 1 else {"results": results,
                                                   "equivalent": all(r.get("equivalent") for r in results)}
    return dict(result, returncode=result.get("returncode", returncode))


class Progress:
    """Server-initiated work-done progress, when the client supports it; silent otherwise."""

    def __init__(self, ctx, title: str):
        self.ctx = ctx
        self.title = title
        self.token: str | None = None
        self.ended = False

    async def begin(self, on_cancel) -> None:
        if not self.ctx.supports_progress:
            return
        token = f"pivot/{uuid.uuid4()}"
        try:
            await asyncio.wait_for(self.ctx.work_done_progress.create_async(token), 5)
        except Exception as exc:
            log.warning("the client did not create a progress token: %r", exc)
            return
        self.token = token
        future = self.ctx.work_done_progress.tokens.get(token)
        if future is not None:
            future.add_done_callback(lambda f: f.cancelled() and on_cancel())
        self.ctx.work_done_progress.begin(token, lsp.WorkDoneProgressBegin(
            title=self.title, cancellable=True, message="starting…", percentage=None))

    def report(self, message: str) -> None:
        if self.token and not self.ended:
            self.ctx.work_done_progress.report(token=self.token,
                                                  value=lsp.WorkDoneProgressReport(message=message))

    def end(self, message: str) -> None:
        if self.token and not self.ended:
            self.ended = True
            self.ctx.work_done_progress.end(self.token, lsp.WorkDoneProgressEnd(message=message))
            self.ctx.work_done_progress.tokens.pop(self.token, None)


# --- test mode ---------------------------------------------------------------------------------------

FRAMEWORK_MODULES = ("torch", "tensorflow", "keras", "jax", "flax", "tf_keras")


def debug_state(ctx, args: tuple) -> dict:
    loaded = sorted(m for m in sys.modules if m.split(".")[0] in FRAMEWORK_MODULES)
    guard = sys.modules.get("_pivot_import_guard")
    return {
        "pid": os.getpid(),
        "framework_modules": loaded,
        "guard_installed": bool(guard is not None and getattr(guard, "installed", False)),
        "blocked_imports": list(getattr(guard, "attempts", [])) if guard is not None else [],
        "documents": {uri: dict(state.stats, version=state.doc.version,
                                analysed_version=state.latest.version if state.latest else None,
                                parses=state.latest.parses if state.latest else None,
                                analysing=state.lock.locked(),
                                partial_networks=len(state.partial.analysis.networks) if state.partial else 0,
                                cache=_cache_stats(state.cache))
                      for uri, state in ctx.store.docs.items()},
        "diagnostic_mode": ctx.diagnostic_mode,
        "running_verifies": len(ctx.processes),
        "verify_pids": sorted(p.pid for p in ctx.processes),
    }


def debug_slow(ctx, args: tuple) -> float:
    ctx.store.test_delay = float(args[0]) if args else 0.0
    return ctx.store.test_delay


def debug_text(ctx, args: tuple) -> str | None:
    """The server's copy of a document's text (to check incremental sync)."""
    a = parse_args(args, ["uri"], 1)
    state = ctx.store.get(a["uri"])
    return state.doc.text if state is not None else None


def _cache_stats(cache) -> Any:
    """Hit/miss counters of an AnalysisCache, if it keeps them."""
    found = {name: getattr(cache, name) for name in ("hits", "misses")
             if isinstance(getattr(cache, name, None), int)}
    return found or None
