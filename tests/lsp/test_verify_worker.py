"""pivot.verify runs pivot's verify worker in one subprocess (not `pivot verify`, which started the worker
again), refuses what `pivot verify` refuses before anything runs, and the server adapter takes its targets
and styles from pivot."""
from __future__ import annotations

import asyncio
import os
import sys

import pytest
from pygls.exceptions import JsonRpcException

from lsp_support import ROOT, TORCH_MLP, Doc, command, debug_state, workspace_dir

pytestmark = pytest.mark.slow  # starts a language server process per test

sys.path.insert(0, str(ROOT))


def _children(pid: int) -> dict[int, str]:
    """The running children of `pid` and their command lines."""
    found = {}
    for entry in os.listdir("/proc"):
        try:
            with open(f"/proc/{entry}/stat") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            if ppid == pid:
                with open(f"/proc/{entry}/cmdline") as fh:
                    found[int(entry)] = fh.read().replace("\0", " ").strip()
        except (OSError, ValueError, IndexError):  # not a process, or it ended while read
            continue
    return found


async def test_verify_starts_one_subprocess_the_worker(client):
    path = workspace_dir("one-process") / "mlp.py"
    path.write_text(TORCH_MLP)
    doc = Doc(client, path.as_uri(), TORCH_MLP)
    server_pid = (await debug_state(client))["pid"]
    request = asyncio.ensure_future(command(client, "pivot.verify", doc.uri, "Mlp", "tensorflow", timeout=240))
    seen: dict[int, str] = {}
    while not request.done():
        seen.update((pid, cmd) for pid, cmd in _children(server_pid).items() if cmd)
        await asyncio.sleep(0.05)
    assert (await request)["equivalent"] is True
    assert len(seen) == 1, seen
    (cmd,) = seen.values()
    assert cmd.endswith("-m pivot.verify"), cmd


async def test_verify_refuses_a_file_that_does_not_parse_before_running_it(client):
    text = TORCH_MLP + "\ndef broken(:\n"
    path = workspace_dir("no-parse") / "mlp.py"
    path.write_text(text)
    doc = Doc(client, path.as_uri(), text)
    with pytest.raises(JsonRpcException, match="verify failed.*PIV001"):
        await command(client, "pivot.verify", doc.uri, "Mlp", "tensorflow")
    assert any("failed" in m.message and "PIV001" in m.message for m in client.messages)
    assert (await debug_state(client))["running_verifies"] == 0


async def test_verify_refuses_a_class_that_is_no_model_to_migrate(client):
    path = workspace_dir("no-class") / "mlp.py"
    path.write_text(TORCH_MLP)
    doc = Doc(client, path.as_uri(), TORCH_MLP)
    with pytest.raises(JsonRpcException, match=r"no PyTorch model named Nope \(models: Mlp\)"):
        await command(client, "pivot.verify", doc.uri, "Nope", "tensorflow")
    with pytest.raises(JsonRpcException, match=r"no TensorFlow model named Mlp \(models: none\)"):
        await command(client, "pivot.verify", doc.uri, "Mlp", "pytorch")  # a PyTorch model: nothing to migrate
    assert (await debug_state(client))["running_verifies"] == 0


def test_targets_and_styles_are_pivots():
    from pivot.backends.styles import STYLES
    from pivot.model import TARGETS
    from server import engine

    assert engine.STYLES is STYLES
    for name in ("tensorflow", "keras", "tf", " TF "):
        assert engine.canonical_target(name) == "tensorflow"
    for name in ("pytorch", "torch", "PyTorch"):
        assert engine.canonical_target(name) == "pytorch"
    with pytest.raises(engine.PivotError, match="'tensorflow' or 'pytorch'"):
        engine.canonical_target("jax")
    assert {t: TARGETS[t] for t in engine.TARGET_FRAMEWORK} == engine.TARGET_FRAMEWORK
    assert engine.other_framework("torch") == "keras" and engine.other_framework("keras") == "torch"


def test_the_precheck_accepts_a_byte_order_mark():
    """A long line makes the server parse before libcst sees the text; a BOM (as an editor may keep it) is
    Python, not a syntax error."""
    from server import engine

    text = "\ufeff" + TORCH_MLP + f"WIDTHS = [{', '.join(['1'] * 600)}]\n"
    lines = text.splitlines(keepends=True)
    assert engine.precheck(text, lines) is None
    assert not engine.is_syntax_error(engine.analyze_text(text, lines, None))
    broken = "\ufeff" + f"x = [{', '.join(['1'] * 600)}\n"
    assert engine.precheck(broken, broken.splitlines(keepends=True)).code == engine.SYNTAX_CODE
