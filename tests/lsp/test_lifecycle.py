"""Start-up, capabilities, transports, and the proof that the server never imports a framework."""
from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys

from lsprotocol import types as lsp
from pygls.lsp.client import LanguageClient as PlainClient
import pytest

from lsp_support import (GUARDED_SERVER, KERAS_SEQ, ROOT, TORCH_CNN, TORCH_UNKNOWN, Doc, command, debug_state,
                         line_of, pos_of, server_env)

pytestmark = pytest.mark.slow  # starts a language server process per test

COMMANDS = {"pivot.migrationPreview", "pivot.showPivotModel", "pivot.verify"}


async def test_capabilities(client):
    caps = client.init_result.capabilities
    assert client.init_result.server_info.name == "pivot"
    sync = caps.text_document_sync
    assert sync.change == lsp.TextDocumentSyncKind.Incremental and sync.open_close
    assert caps.hover_provider
    assert caps.code_action_provider.resolve_provider is True
    assert list(caps.code_action_provider.code_action_kinds) == [lsp.CodeActionKind.RefactorRewrite]
    assert COMMANDS <= set(caps.execute_command_provider.commands)
    assert caps.diagnostic_provider is None  # this client cannot pull: diagnostics are pushed


async def test_pull_client_gets_diagnostic_provider(pull_client):
    caps = pull_client.init_result.capabilities
    assert caps.diagnostic_provider is not None
    assert caps.diagnostic_provider.inter_file_dependencies is False


async def test_server_never_imports_a_framework(client):
    """Exercise every feature in a server whose import system rejects and records framework imports."""
    doc = Doc(client, "file:///work/models.py", TORCH_CNN + TORCH_UNKNOWN)
    keras_doc = Doc(client, "file:///work/keras_model.py", KERAS_SEQ)
    await doc.diagnostics()
    await keras_doc.diagnostics()
    assert await doc.hover(pos_of(doc.text, "nn.Conv2d", 3))
    assert await keras_doc.hover(pos_of(keras_doc.text, "layers.Dense", 8))
    for d, needle in ((doc, "class Net"), (keras_doc, "layers.Dense")):
        for action in await d.actions(line_of(d.text, needle)):
            assert (await d.resolve(action)).edit is not None
    await command(client, "pivot.migrationPreview", doc.uri, "tensorflow")
    await command(client, "pivot.migrationPreview", keras_doc.uri, "pytorch")
    await command(client, "pivot.showPivotModel", doc.uri)
    await command(client, "pivot.showPivotModel", keras_doc.uri, "model")

    state = await debug_state(client)
    assert state["guard_installed"] is True
    assert state["blocked_imports"] == []
    assert state["framework_modules"] == []


def test_the_import_guard_really_blocks():
    """The guard used above is not a no-op: in a guarded process `import torch` fails and is recorded."""
    code = ("import guarded_server, sys; g = guarded_server.install()\n"
            "try:\n    import torch\nexcept ImportError as e:\n    print('blocked', e)\n"
            "print(len(g.attempts), 'torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=os.path.dirname(GUARDED_SERVER),
                         capture_output=True, text=True, timeout=60, env=server_env())
    assert "blocked" in out.stdout and "1 False" in out.stdout, out.stdout + out.stderr


def test_main_help_and_bad_args():
    env = server_env()
    ok = subprocess.run([sys.executable, "-m", "server", "--help"], cwd=ROOT, capture_output=True, text=True,
                        timeout=60, env=env)
    assert ok.returncode == 0 and "--tcp" in ok.stdout
    bad = subprocess.run([sys.executable, "-m", "server", "--tcp", "nonsense"], cwd=ROOT, capture_output=True,
                         text=True, timeout=60, env=env)
    assert bad.returncode == 2 and "HOST:PORT" in bad.stderr


def test_console_script_points_at_main():
    from importlib.metadata import entry_points

    scripts = {e.name: e.value for e in entry_points(group="console_scripts")}
    if "pivot-server" not in scripts:
        import pytest
        pytest.skip("the project is not pip-installed")
    assert scripts["pivot-server"] == "server.__main__:main"
    exe = os.path.join(os.path.dirname(sys.executable), "pivot-server")
    if os.path.exists(exe):
        out = subprocess.run([exe, "--help"], capture_output=True, text=True, timeout=60)
        assert out.returncode == 0 and "--tcp" in out.stdout


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_tcp_transport_and_no_debug_command_outside_test_mode():
    port = _free_port()
    env = server_env(PIVOT_SERVER_TOKEN="lifecycle-token")  # without it the client is dropped: test_trust.py
    env.pop("PIVOT_SERVER_TEST_MODE", None)
    proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "server", "--tcp", f"127.0.0.1:{port}",
                                                cwd=str(ROOT), env=env)
    client = PlainClient("tcp-test", "1")
    published: list = []
    client.feature(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)(lambda params: published.append(params))
    try:
        for _ in range(200):
            try:
                await client.start_tcp("127.0.0.1", port)
                break
            except OSError:
                await asyncio.sleep(0.05)
        else:
            raise AssertionError("the TCP server did not come up")
        result = await asyncio.wait_for(client.initialize_async(lsp.InitializeParams(
            capabilities=lsp.ClientCapabilities(), initialization_options={"token": "lifecycle-token"})), 30)
        client.initialized(lsp.InitializedParams())
        commands = set(result.capabilities.execute_command_provider.commands)
        assert COMMANDS <= commands and not any(c.startswith("pivot.debug") for c in commands)
        uri = "file:///work/tcp.py"
        client.text_document_did_open(lsp.DidOpenTextDocumentParams(
            lsp.TextDocumentItem(uri=uri, language_id="python", version=1, text=TORCH_CNN + TORCH_UNKNOWN)))
        for _ in range(1500):
            if published:
                break
            await asyncio.sleep(0.01)
        assert [d.code for d in published[-1].diagnostics] == ["PIV101"]
        hover = await asyncio.wait_for(client.text_document_hover_async(lsp.HoverParams(
            text_document=lsp.TextDocumentIdentifier(uri=uri), position=pos_of(TORCH_CNN, "nn.Linear", 3))), 15)
        assert hover is not None
        await asyncio.wait_for(client.shutdown_async(None), 15)
        client.exit(None)
        assert await asyncio.wait_for(proc.wait(), 15) == 0
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
        await client.stop()
