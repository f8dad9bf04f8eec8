"""Diagnostics that respect valid code: in the editor only what is wrong now is an error; what Pivot says
about a possible migration is a warning, information or a hint (`diagnostics`: off | hints | full), names its
target framework, and comes once per construct."""
from __future__ import annotations

from pathlib import Path

import pytest_lsp
from lsprotocol import types as lsp
from pytest_lsp import LanguageClient
import pytest

from lsp_support import TORCH_CNN, TORCH_UNKNOWN, Doc, capabilities, config, initialize, line_of

pytestmark = pytest.mark.slow  # starts a language server process per test

ROOT = Path(__file__).resolve().parents[2]
MNIST = (ROOT / "examples" / "mnist_convnet_keras.py").read_text()  # keras.io's "Simple MNIST convnet"
ERROR = lsp.DiagnosticSeverity.Error


def _client(level):
    @pytest_lsp.fixture(config=config())
    async def fixture(lsp_client: LanguageClient):
        await initialize(lsp_client, capabilities(), {"diagnostics": level} if level else None)
        yield
        await lsp_client.shutdown_session()
    return fixture


full_client = _client(None)
hints_client = _client("hints")
off_client = _client("off")


async def test_a_valid_keras_script_has_no_errors_and_one_diagnostic_per_construct(full_client):
    doc = Doc(full_client, "file:///work/mnist.py", MNIST)
    diags = await doc.diagnostics()
    assert diags and not [d for d in diags if d.severity == ERROR]
    lines = [d.range.start.line for d in diags]
    assert len(lines) == len(set(lines)), "one diagnostic per construct"
    loader = [d for d in diags if d.range.start.line == line_of(MNIST, "load_data()")]
    assert len(loader) == 1 and "kept" in loader[0].message  # not also "not supported"
    assert not [d for d in diags if d.range.start.line == line_of(MNIST, "model.fit(")]
    assert all("(migrating to PyTorch)" in d.message for d in diags)
    # data preparation with NumPy in and out (`keras.utils.to_categorical`) is no part of a model: kept, not flagged
    assert not [d for d in diags if d.range.start.line == line_of(MNIST, "to_categorical(")]


async def test_an_unknown_layer_is_an_error_at_every_level(full_client, ):
    doc = Doc(full_client, "file:///work/odd.py", TORCH_CNN + TORCH_UNKNOWN)
    [d] = await doc.diagnostics()
    assert (d.code, d.severity) == ("PIV101", ERROR)


async def test_hints_level(hints_client):
    diags = await Doc(hints_client, "file:///work/mnist.py", MNIST).diagnostics()
    assert diags and all(d.severity == lsp.DiagnosticSeverity.Hint for d in diags)
    [d] = await Doc(hints_client, "file:///work/odd.py", TORCH_CNN + TORCH_UNKNOWN).diagnostics()
    assert d.severity == ERROR


async def test_off_level(off_client):
    assert await Doc(off_client, "file:///work/mnist.py", MNIST).diagnostics() == []
    [d] = await Doc(off_client, "file:///work/odd.py", TORCH_CNN + TORCH_UNKNOWN).diagnostics()
    assert (d.code, d.severity) == ("PIV101", ERROR)
