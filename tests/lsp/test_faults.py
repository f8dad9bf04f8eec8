"""Every request is answered and every failure contained (issue 14): invalid params get InvalidParams,
an internal error is one line without a traceback, and the other features keep working."""
from __future__ import annotations

import pytest
from lsprotocol import types as lsp
from pygls.exceptions import JsonRpcException

from lsp_support import TORCH_CNN, Doc, command, pos_of, raw_request

pytestmark = pytest.mark.slow  # starts a language server process per test

INVALID_PARAMS = -32602
INTERNAL_ERROR = -32603


async def error_of(awaitable) -> JsonRpcException:
    with pytest.raises(JsonRpcException) as info:
        await awaitable
    return info.value


async def test_invalid_params_are_answered_with_invalid_params(client):
    doc = Doc(client, "file:///work/f1.py", TORCH_CNN)
    ident = {"uri": doc.uri}
    bad = [("textDocument/hover", {"textDocument": ident, "position": {"line": -1, "character": 0}}),
           ("textDocument/hover", {"textDocument": ident, "position": {"line": 2, "character": -5}}),
           ("textDocument/hover", {"textDocument": ident}),
           ("textDocument/codeAction", {"textDocument": ident, "range": {"start": {"line": -3, "character": 0},
                                        "end": {"line": 0, "character": 0}}, "context": {"diagnostics": []}}),
           ("workspace/executeCommand", {"command": 42})]
    for method, params in bad:
        err = await error_of(raw_request(client, method, params, 15))
        assert err.code == INVALID_PARAMS, (method, params, err)
    for args in [[{"not": "a uri"}], [doc.uri, 17], [doc.uri, ["Net"]], [None]]:
        err = await error_of(command(client, "pivot.showPivotModel", *args))
        assert err.code == INVALID_PARAMS and "Traceback" not in str(err), (args, err)
    assert not [m for m in client.messages if m.type == lsp.MessageType.Error]  # no pop-ups
    assert await doc.hover(pos_of(TORCH_CNN, "nn.Conv2d(3", 5)) is not None  # still serving


async def test_an_internal_error_is_one_line_and_the_rest_keeps_working(client):
    doc = Doc(client, "file:///work/f2.py", TORCH_CNN)
    err = await error_of(command(client, "pivot.debug.raise"))
    assert err.code == INTERNAL_ERROR
    assert str(err.message).startswith("Pivot internal error: ZeroDivisionError") and "\n" not in err.message
    assert err.data is None  # no traceback sent to the client
    assert await doc.hover(pos_of(TORCH_CNN, "nn.Conv2d(3", 5)) is not None
    assert "Net" in await command(client, "pivot.showPivotModel", doc.uri)
