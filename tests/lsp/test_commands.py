"""workspace/executeCommand: pivot.migrationPreview, pivot.showPivotModel, pivot.verify (with progress,
cancellation and timeout)."""
from __future__ import annotations

import asyncio
import os

import pytest
import pytest_lsp
from lsprotocol import types as lsp
from pygls.exceptions import JsonRpcException
from pytest_lsp import LanguageClient

from lsp_support import (BOTH, KERAS_HOME, KERAS_SEQ, TORCH_CNN, TORCH_MLP, TORCH_UNKNOWN, Doc, capabilities,
                         command, config, debug_state, initialize, parses, until,
                         workspace_dir)

pytestmark = pytest.mark.slow  # starts a language server process per test


async def test_migration_preview(client):
    text = TORCH_CNN + TORCH_UNKNOWN
    doc = Doc(client, "file:///work/c1.py", text)
    result = await command(client, "pivot.migrationPreview", doc.uri, "tensorflow")
    assert result["original"] == text
    assert parses(result["migrated"]) and "class Net(keras.Model):" in result["migrated"]
    assert result["migrated_classes"] == ["Net", "Odd"]
    codes = [d["code"] for d in result["diagnostics"]]
    assert "PIV101" in codes
    d = next(d for d in result["diagnostics"] if d["code"] == "PIV101")
    assert d["source"] == "pivot" and d["severity"] == 1 and "range" in d

    # One class, and the object form of the arguments.
    only = await command(client, "pivot.migrationPreview", {"uri": doc.uri, "target": "tensorflow",
                                                            "classes": ["Net"]})
    assert only["migrated_classes"] == ["Net"] and "class Odd(nn.Module):" in only["migrated"]


async def test_migration_preview_of_a_file_on_disk(client):
    path = workspace_dir("preview") / "seq.py"
    path.write_text(KERAS_SEQ)
    result = await command(client, "pivot.migrationPreview", path.as_uri(), "pytorch")
    assert result["original"] == KERAS_SEQ and "nn.Sequential(" in result["migrated"]


async def test_show_pivot_model(client):
    doc = Doc(client, "file:///work/c2.py", BOTH)
    everything = await command(client, "pivot.showPivotModel", doc.uri)
    assert all(name in everything for name in ("Net", "Odd", "model"))
    net = await command(client, "pivot.showPivotModel", doc.uri, "Net")
    assert "conv1" in net and "Odd" not in net
    with pytest.raises(JsonRpcException, match="no model named 'Nope'"):
        await command(client, "pivot.showPivotModel", doc.uri, "Nope")


async def test_bad_arguments_are_errors_not_crashes(client):
    doc = Doc(client, "file:///work/c3.py", TORCH_CNN)
    for args in [(), (doc.uri,), (doc.uri, "jax"), (doc.uri, "tensorflow", 42), (123, "tensorflow"),
                 ("file:///does/not/exist.py", "tensorflow")]:
        with pytest.raises(JsonRpcException):
            await command(client, "pivot.migrationPreview", *args)
    with pytest.raises(JsonRpcException):
        await command(client, "pivot.verify", doc.uri)
    with pytest.raises(JsonRpcException):
        await command(client, "pivot.noSuchCommand")
    assert await doc.hover(lsp.Position(10, 22)) is not None  # still serving


# --- verify (runs torch and TensorFlow in a subprocess: slow) ------------------------------------------

def _verify_file(tmp_path, text=TORCH_MLP, name="mlp.py"):
    path = workspace_dir("verify") / name  # verify runs only files of the workspace
    path.write_text(text)
    return path.as_uri()


@pytest.mark.slow
async def test_verify_reports_progress_and_result(client, tmp_path):
    uri = _verify_file(tmp_path)
    doc = Doc(client, uri, TORCH_MLP)
    result = await command(client, "pivot.verify", doc.uri, "Mlp", "tensorflow", timeout=240)
    assert result["equivalent"] is True and result["class"] == "Mlp" and result["to"] == "tensorflow"
    assert result["max_abs_diff"] < 1e-4
    shown = [m for m in client.messages if "Pivot verify" in m.message]
    assert shown and "equivalent" in shown[-1].message and shown[-1].type == lsp.MessageType.Info
    (reports,) = [r for t, r in client.progress_reports.items() if str(t).startswith("pivot/")]
    assert isinstance(reports[0], lsp.WorkDoneProgressBegin) and reports[0].cancellable
    assert isinstance(reports[-1], lsp.WorkDoneProgressEnd)
    assert (await debug_state(client))["running_verifies"] == 0
    assert os.listdir(KERAS_HOME)  # Keras wrote its config into the test's KERAS_HOME


async def _start_verify(client, uri: str, msg_id: str):
    params = lsp.ExecuteCommandParams(command="pivot.verify", arguments=[uri, "Mlp", "tensorflow"])
    request = asyncio.ensure_future(client.protocol.send_request_async(lsp.WORKSPACE_EXECUTE_COMMAND, params,
                                                                       msg_id=msg_id))
    state = await until_async(lambda: debug_state(client), lambda s: s["verify_pids"], "a verify subprocess")
    return request, state["verify_pids"][0]


async def until_async(fetch, check, what: str, timeout: float = 60):
    async def loop():
        while True:
            value = await fetch()
            if check(value):
                return value
            await asyncio.sleep(0.05)
    try:
        return await asyncio.wait_for(loop(), timeout)
    except asyncio.TimeoutError:
        raise AssertionError(f"timed out waiting for {what}") from None


def _gone(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/status") as fh:
            return any(line.startswith("State:") and "Z" in line for line in fh)  # a zombie is dead too
    except (FileNotFoundError, ProcessLookupError):  # the process vanished between open and read
        return True


@pytest.mark.slow
async def test_verify_cancelled_by_cancel_request(client, tmp_path):
    doc = Doc(client, _verify_file(tmp_path), TORCH_MLP)
    request, pid = await _start_verify(client, doc.uri, "verify-cancel-1")
    client.protocol.notify(lsp.CANCEL_REQUEST, lsp.CancelParams(id="verify-cancel-1"))
    with pytest.raises(JsonRpcException, match="(?i)cancel"):
        await asyncio.wait_for(request, 30)
    await until(lambda: _gone(pid), timeout=10, what="the verify subprocess to be killed")
    state = await until_async(lambda: debug_state(client), lambda s: s["running_verifies"] == 0, "cleanup")
    assert state["blocked_imports"] == []
    assert await doc.hover(lsp.Position(8, 22)) is not None  # still serving


@pytest.mark.slow
async def test_verify_cancelled_from_the_progress_ui(client, tmp_path):
    doc = Doc(client, _verify_file(tmp_path), TORCH_MLP)
    request, pid = await _start_verify(client, doc.uri, "verify-cancel-2")
    token = await until(lambda: next((t for t, r in client.progress_reports.items()
                                      if str(t).startswith("pivot/") and r), None), what="progress begin")
    client.window_work_done_progress_cancel(lsp.WorkDoneProgressCancelParams(token=token))
    with pytest.raises(JsonRpcException, match="(?i)cancel"):
        await asyncio.wait_for(request, 30)
    await until(lambda: _gone(pid), timeout=10, what="the verify subprocess to be killed")
    assert isinstance(client.progress_reports[token][-1], lsp.WorkDoneProgressEnd)
    assert (await debug_state(client))["running_verifies"] == 0


@pytest_lsp.fixture(config=config())
async def impatient_client(lsp_client: LanguageClient):
    await initialize(lsp_client, capabilities(progress=False), options={"verifyTimeout": 1.5,
                                                                        "workspaceTrusted": True})
    yield
    await lsp_client.shutdown_session()


@pytest.mark.slow
async def test_verify_timeout_kills_the_subprocess(impatient_client, tmp_path):
    client = impatient_client
    doc = Doc(client, _verify_file(tmp_path), TORCH_MLP)
    with pytest.raises(JsonRpcException, match="timed out"):
        await command(client, "pivot.verify", doc.uri, "Mlp", "tensorflow", timeout=60)
    state = await debug_state(client)
    assert state["running_verifies"] == 0
    assert any("timed out" in m.message for m in client.messages)
    assert client.progress_reports == {}  # this client does not support work-done progress


def test_verify_subprocess_environment(monkeypatch, tmp_path):
    """The verify subprocess is quiet (TF logging off), finds `pivot`, and the user's local modules."""
    import sys
    sys.path.insert(0, str(__import__("lsp_support").ROOT))
    from server import commands

    monkeypatch.delenv("TF_CPP_MIN_LOG_LEVEL", raising=False)
    monkeypatch.delenv("TF_ENABLE_ONEDNN_OPTS", raising=False)
    env = commands.verify_env(str(tmp_path))
    assert env["TF_CPP_MIN_LOG_LEVEL"] == "2" and env["TF_ENABLE_ONEDNN_OPTS"] == "0"
    paths = env["PYTHONPATH"].split(os.pathsep)
    assert paths[0] == str(tmp_path) and any(os.path.isdir(os.path.join(p, "pivot")) for p in paths)
