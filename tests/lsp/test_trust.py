"""The server runs code only where the user trusts it, and reads files only of the workspace (issue 14).

A model file whose top level creates a marker file shows whether its code ran. TCP: loopback only, and a
client without the token is dropped before any request is handled.
"""
from __future__ import annotations

import asyncio
import json
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import pytest_lsp
from pygls.exceptions import JsonRpcException
from pytest_lsp import LanguageClient

from lsp_support import (GUARDED_SERVER, ROOT, TORCH_MLP, WORKSPACE, Doc, capabilities, command, config,
                         debug_state, initialize, server_env, workspace_dir)

pytestmark = pytest.mark.slow  # starts a language server process per test


def marker_model(directory: Path) -> tuple[Path, Path]:
    """A model file whose model, when built, creates `ran.marker` next to it (verify builds models from their
    slice, so the file's top level never runs: the marker is written by a helper the constructor calls)."""
    marker = directory / "ran.marker"
    helper = f"import pathlib\n\n\ndef mark():\n    pathlib.Path({str(marker)!r}).write_text('ran')\n\n\n"
    source = helper + TORCH_MLP.replace("super().__init__()\n", "super().__init__()\n        mark()\n", 1)
    path = directory / "marked.py"
    path.write_text(source)
    return path, marker


@pytest_lsp.fixture(config=config())
async def untrusted_client(lsp_client: LanguageClient):
    """What the VS Code extension sends in Restricted Mode (and an evil interpreter, which must not run)."""
    evil = WORKSPACE / "evil-python.sh"
    evil.write_text(f"#!/bin/sh\ntouch {WORKSPACE / 'evil.marker'}\n")
    evil.chmod(0o755)
    await initialize(lsp_client, capabilities(), options={"workspaceTrusted": False, "python": str(evil)})
    yield
    await lsp_client.shutdown_session()


async def test_untrusted_workspace_refuses_verify_and_runs_nothing(untrusted_client):
    path, marker = marker_model(workspace_dir("untrusted"))
    doc = Doc(untrusted_client, path.as_uri(), path.read_text())
    with pytest.raises(JsonRpcException, match="not trusted"):
        await command(untrusted_client, "pivot.verify", doc.uri, "Mlp", "tensorflow")
    with pytest.raises(JsonRpcException, match="not trusted"):  # the object form of the arguments too
        await command(untrusted_client, "pivot.verify", {"uri": doc.uri, "class": "Mlp", "target": "tensorflow"})
    state = await debug_state(untrusted_client)
    assert state["running_verifies"] == 0
    await asyncio.sleep(0.5)  # a subprocess, had one started, would have had time to start writing
    assert not marker.exists() and not (WORKSPACE / "evil.marker").exists()
    # Analysis and migration still work in an untrusted workspace.
    assert "class Mlp(keras.Model)" in (await command(untrusted_client, "pivot.migrationPreview", doc.uri,
                                                      "tensorflow"))["migrated"]


async def test_a_client_that_says_nothing_about_trust_is_untrusted(plain_client):
    path, marker = marker_model(workspace_dir("silent"))
    with pytest.raises(JsonRpcException, match="not trusted"):
        await command(plain_client, "pivot.verify", path.as_uri(), "Mlp", "tensorflow")
    assert not marker.exists()


async def test_files_outside_the_workspace_are_refused(client, tmp_path):
    """`client` is trusted; tmp_path is outside its workspace folders."""
    path, marker = marker_model(tmp_path)
    for name, args in [("pivot.migrationPreview", (path.as_uri(), "tensorflow")),
                       ("pivot.showPivotModel", (path.as_uri(),)),
                       ("pivot.verify", (path.as_uri(), "Mlp", "tensorflow"))]:
        with pytest.raises(JsonRpcException, match="workspace"):
            await command(client, name, *args)
    # A symlink inside the workspace to a file outside is outside too.
    link = workspace_dir("link") / "link.py"
    link.symlink_to(path)
    with pytest.raises(JsonRpcException, match="workspace"):
        await command(client, "pivot.migrationPreview", link.as_uri(), "tensorflow")
    # An open buffer outside the workspace may be read (the client sent it), never run.
    doc = Doc(client, path.as_uri(), path.read_text())
    assert (await command(client, "pivot.migrationPreview", doc.uri, "tensorflow"))["migrated"]
    with pytest.raises(JsonRpcException, match="inside the workspace"):
        await command(client, "pivot.verify", doc.uri, "Mlp", "tensorflow")
    untitled = Doc(client, "untitled:Untitled-1", TORCH_MLP)
    with pytest.raises(JsonRpcException, match="inside the workspace"):
        await command(client, "pivot.verify", untitled.uri, "Mlp", "tensorflow")
    assert (await debug_state(client))["running_verifies"] == 0
    await asyncio.sleep(0.5)
    assert not marker.exists()


@pytest.mark.slow
async def test_a_trusted_workspace_runs_its_own_file(client):
    """The positive control: the same marker model, trusted and inside the workspace, does run."""
    path, marker = marker_model(workspace_dir("trusted"))
    doc = Doc(client, path.as_uri(), path.read_text())
    result = await command(client, "pivot.verify", doc.uri, "Mlp", "tensorflow", timeout=240)
    assert result["equivalent"] is True and marker.exists()


def test_the_interpreter_is_chosen_by_trust(tmp_path):
    sys.path.insert(0, str(ROOT))
    from server.trust import Trust

    program = tmp_path / "python"
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    assert Trust(False).interpreter(str(program), "/usr/bin/python3") == "/usr/bin/python3"
    assert Trust(True).interpreter(str(program), "/usr/bin/python3") == str(program)
    assert Trust(True).interpreter("python", "/usr/bin/python3") == "/usr/bin/python3"  # not absolute
    assert Trust(True).interpreter(str(tmp_path / "missing"), "/usr/bin/python3") == "/usr/bin/python3"


# --- TCP ---------------------------------------------------------------------------------------------

def frame(message: dict) -> bytes:
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def initialize_request(token: str | None) -> dict:
    options = {"token": token} if token is not None else {}
    return {"jsonrpc": "2.0", "id": 1, "method": "initialize",
            "params": {"processId": None, "rootUri": None, "capabilities": {}, "initializationOptions": options}}


def read_response(sock: socket.socket, timeout: float = 30) -> bytes:
    """Everything the server sends until it closes or a full JSON-RPC message has arrived."""
    sock.settimeout(timeout)
    data = b""
    while True:
        chunk = sock.recv(65536)
        if not chunk:
            return data
        data += chunk
        head, sep, body = data.partition(b"\r\n\r\n")
        length = re.search(rb"Content-Length: *(\d+)", head)
        if sep and length and len(body) >= int(length.group(1)):
            return data


@pytest.fixture
def tcp_server():
    env = server_env(PIVOT_SERVER_TOKEN="s3cret-token")
    proc = subprocess.Popen([sys.executable, GUARDED_SERVER, "--tcp", "127.0.0.1:0"], env=env,
                            stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        port = None
        while port is None and time.monotonic() < deadline:
            line = proc.stderr.readline()
            if "listening on" in line:
                port = int(line.rsplit(":", 1)[1])
        assert port, "the TCP server did not announce its port"
        yield port
    finally:
        proc.kill()
        proc.wait(10)
        proc.stderr.close()


@pytest.mark.parametrize("token", [None, "wrong-token"])
def test_a_tcp_client_without_the_token_is_dropped_and_one_with_it_works(tcp_server, token):
    with socket.create_connection(("127.0.0.1", tcp_server), timeout=10) as sock:
        sock.sendall(frame(initialize_request(token)))
        assert read_response(sock) == b""  # closed, not answered
    with socket.create_connection(("127.0.0.1", tcp_server), timeout=10) as sock:
        sock.sendall(frame({"jsonrpc": "2.0", "id": 7, "method": "workspace/executeCommand",
                            "params": {"command": "pivot.debug.state", "arguments": []}}))
        assert read_response(sock) == b""  # anything but initialize first: dropped too
    with socket.create_connection(("127.0.0.1", tcp_server), timeout=10) as sock:
        sock.sendall(frame(initialize_request("s3cret-token")))
        answer = read_response(sock)
        response = json.loads(answer.partition(b"\r\n\r\n")[2])
        assert response["id"] == 1 and "capabilities" in response["result"]


def test_tcp_listens_on_loopback_only():
    done = subprocess.run([sys.executable, "-m", "server", "--tcp", "0.0.0.0:2087"], env=server_env(),
                          capture_output=True, text=True, timeout=60, cwd=str(ROOT))
    assert done.returncode == 2 and "loopback only" in done.stderr
