"""workspace/executeCommand: pivot.migrationPreview, pivot.showPivotModel, pivot.verify.

Arguments are positional (``[uri, target, classes]``) or one object (``[{"uri": ..., "target": ...}]``).
`pivot.verify` runs ``python -m pivot verify`` in a subprocess (the server itself never imports a
framework), reports work-done progress, and kills the subprocess when the request or the progress is
cancelled or the timeout passes.
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
from pygls.exceptions import JsonRpcInvalidParams, JsonRpcRequestCancelled, JsonRpcInternalError

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
        from lsprotocol.converters import get_converter

        _converter = get_converter()
    return _converter.unstructure(diag)


async def migration_preview(ctx, args: tuple) -> dict:
    a = parse_args(args, ["uri", "target", "classes", "training"], 2)
    target, classes = target_arg(a["target"]), class_list(a["classes"])
    training = a["training"] if isinstance(a["training"], bool) else None
    text, lines = ctx.text_of(a["uri"])
    loop = asyncio.get_running_loop()
    try:
        result = await loop.run_in_executor(ctx.work_executor, _migrate, text, lines, target, classes, training,
                                            getattr(ctx, "target_style", "auto"))
    except engine.PivotError as exc:
        raise CommandError(f"cannot migrate: {exc}") from None
    diags = diagnostics.convert(result.diagnostics, lines, ctx.units)
    return {"original": text, "migrated": result.text, "diagnostics": [to_jsonable(d) for d in diags],
            "migrated_classes": list(result.migrated), "target": target}


def _migrate(text, lines, target, classes, training=None, style="auto"):
    engine.safe_to_migrate(text, lines)
    return engine.migrate_source(text, to=target, classes=classes, training=training, style=style)


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

def _verify_env(doc_dir: str | None) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    env.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")
    env.setdefault("PYTHONUNBUFFERED", "1")
    paths = [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
    import pivot

    pivot_root = str(Path(pivot.__file__).resolve().parent.parent)  # so `-m pivot` resolves like here
    extra = [p for p in (doc_dir, pivot_root) if p and p not in paths]
    env["PYTHONPATH"] = os.pathsep.join(extra + paths)
    return env


def _kill(proc: asyncio.subprocess.Process) -> None:
    if proc.returncode is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError, OSError):
        try:
            proc.kill()
        except ProcessLookupError:
            pass


def _parse_verify_output(stdout: str) -> list[dict]:
    found = []
    for line in stdout.splitlines():
        line = line.strip()
        if line.startswith("{"):
            try:
                value = json.loads(line)
            except ValueError:
                continue
            if isinstance(value, dict):
                found.append(value)
    return found


def _verify_message(result: dict, cls: str, target: str) -> tuple[str, lsp.MessageType]:
    label = engine.TARGET_LABEL[target]
    diff = result.get("max_abs_diff")
    diff_text = f" (max abs diff {diff:.3g})" if isinstance(diff, (int, float)) else ""
    if result.get("equivalent"):
        return f"Pivot verify: `{cls}` → {label} is equivalent{diff_text}.", lsp.MessageType.Info
    why = result.get("error") or result.get("message")
    return (f"Pivot verify: `{cls}` → {label} is NOT equivalent{diff_text}" + (f": {why}" if why else "."),
            lsp.MessageType.Warning)


async def verify(ctx, args: tuple) -> dict:
    a = parse_args(args, ["uri", "class", "target"], 3)
    uri, cls, target = a["uri"], a["class"], target_arg(a["target"])
    path = ctx.trust.check_runnable(uri, "Pivot verify")  # refused unless trusted and in the workspace
    text, _ = ctx.text_of(uri)
    doc_dir = os.path.dirname(path) if os.path.isdir(os.path.dirname(path)) else None
    name = os.path.basename(path) if path.endswith(".py") else "model.py"

    tmp = tempfile.mkdtemp(prefix="pivot-verify-")
    source = os.path.join(tmp, name)
    with open(source, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)  # the buffer as the user sees it, saved or not
    cmd = [ctx.python, "-m", "pivot", "verify", source, "--to", target, "--class", cls, "--json"]
    log.info("verify: %s", " ".join(cmd))

    loop = asyncio.get_running_loop()
    cancelled = asyncio.Event()
    progress = Progress(ctx, f"Pivot: verifying {cls} → {engine.TARGET_LABEL[target]}")
    proc: asyncio.subprocess.Process | None = None
    started = time.monotonic()
    try:
        outer = ctx.current_request_future()
        if outer is not None:
            outer.add_done_callback(lambda f: f.cancelled() and loop.call_soon_threadsafe(cancelled.set))
        await progress.begin(on_cancel=lambda: loop.call_soon_threadsafe(cancelled.set))
        proc = await asyncio.create_subprocess_exec(
            *cmd, stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE, env=_verify_env(doc_dir), cwd=doc_dir or tmp,
            start_new_session=True)
        ctx.processes.add(proc)
        communicate = asyncio.ensure_future(proc.communicate())
        cancel_wait = asyncio.ensure_future(cancelled.wait())
        try:
            while True:
                elapsed = time.monotonic() - started
                remaining = ctx.verify_timeout - elapsed
                if remaining <= 0:
                    _kill(proc)
                    raise JsonRpcInternalError(f"verify timed out after {ctx.verify_timeout:.0f} s")
                done, _ = await asyncio.wait({communicate, cancel_wait}, timeout=min(1.0, remaining),
                                             return_when=asyncio.FIRST_COMPLETED)
                if cancel_wait in done:
                    _kill(proc)
                    raise JsonRpcRequestCancelled("verify was cancelled")
                if communicate in done:
                    break
                progress.report(f"running both models… {time.monotonic() - started:.0f} s")
        finally:
            cancel_wait.cancel()
            if not communicate.done():
                _kill(proc)
                communicate.cancel()
        out, err = communicate.result()
        stdout = out.decode("utf-8", "replace")
        stderr = err.decode("utf-8", "replace")
        results = _parse_verify_output(stdout)
        if not results:
            tail = "\n".join(stderr.strip().splitlines()[-8:])
            message = f"verify failed (exit {proc.returncode})" + (f": {tail}" if tail else "")
            raise JsonRpcInternalError(message)
        result = results[0] if len(results) == 1 else {"results": results,
                                                       "equivalent": all(r.get("equivalent") for r in results)}
        result = dict(result)
        result.setdefault("returncode", proc.returncode)
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
        if proc is not None:
            _kill(proc)
            ctx.processes.discard(proc)
        shutil.rmtree(tmp, ignore_errors=True)


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
