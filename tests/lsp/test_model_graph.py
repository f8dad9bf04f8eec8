"""workspace/executeCommand pivot.modelGraph: the graph of the model under the cursor, with LSP ranges."""
from __future__ import annotations

import pytest
from pygls.exceptions import JsonRpcException

from lsp_support import TORCH_CNN, TORCH_UNKNOWN, Doc, command

pytestmark = pytest.mark.slow  # starts a language server process per test


async def test_model_graph_of_the_model_under_the_cursor(client):
    doc = Doc(client, "file:///work/g1.py", TORCH_CNN + TORCH_UNKNOWN)
    first = await command(client, "pivot.modelGraph", doc.uri)
    assert [m["name"] for m in first["models"]] == ["Net", "Odd"]
    graph = first["graph"]
    assert graph["model"] == "Net" and graph["framework"] == "torch" and graph["target"] == "keras"
    conv1 = next(n for n in graph["nodes"] if n["name"] == "conv1")
    assert conv1["op"] == "Conv2d" and conv1["attrs"]["out_channels"] == "8"
    # the call `self.conv1(x)` is on line 16 (0-based 15); the declaration on line 11
    assert conv1["range"]["start"]["line"] == 15 and conv1["declaration"]["start"]["line"] == 10
    into_conv1 = next(e for e in graph["edges"] if e["target"] == conv1["id"])
    assert into_conv1["layout"] == {"source": "NCHW", "target": "NHWC"}

    odd_line = (TORCH_CNN + TORCH_UNKNOWN).splitlines().index("    def forward(self, x):", 20)
    odd = await command(client, "pivot.modelGraph", {"uri": doc.uri, "position": {"line": odd_line,
                                                                                     "character": 4}})
    foo = next(n for n in odd["graph"]["nodes"] if n["name"] == "foo")
    assert odd["graph"]["model"] == "Odd" and odd["graph"]["migrates"] is False
    assert foo["migrates"] is False and foo["diagnostics"][0]["code"] == "PIV101"
    assert foo["diagnostics"][0]["range"]["start"]["line"] == odd_line - 3  # self.foo = nn.Foo(3)
    assert odd["version"] == doc.version


async def test_model_graph_follows_edits(client):
    doc = Doc(client, "file:///work/g2.py", TORCH_CNN)
    before = await command(client, "pivot.modelGraph", doc.uri, "Net")
    doc.replace_all(TORCH_CNN.replace("return self.fc(x)", "x = self.fc(x)\n        return torch.relu(x)"))
    after = await command(client, "pivot.modelGraph", doc.uri, "Net")
    assert len(after["graph"]["nodes"]) == len(before["graph"]["nodes"]) + 1
    assert after["version"] == doc.version


async def test_model_graph_errors(client):
    doc = Doc(client, "file:///work/g3.py", TORCH_CNN)
    with pytest.raises(JsonRpcException, match="no model named 'Nope'"):
        await command(client, "pivot.modelGraph", doc.uri, "Nope")
    with pytest.raises(JsonRpcException):
        await command(client, "pivot.modelGraph", doc.uri, None, "line 3")
    empty = Doc(client, "file:///work/g4.py", "x = 1\n")
    assert (await command(client, "pivot.modelGraph", empty.uri))["graph"] is None
