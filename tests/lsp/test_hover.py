"""Hover: the pivot description of the element under the cursor (pivot.describe.describe_at)."""
from __future__ import annotations

from lsprotocol import types as lsp
import pytest

from lsp_support import BOTH, KERAS_SEQ, TORCH_CNN, Doc, line_of, pos_of

pytestmark = pytest.mark.slow  # starts a language server process per test


async def test_hover_on_a_torch_layer(client):
    doc = Doc(client, "file:///work/h1.py", TORCH_CNN)
    # No waiting for diagnostics first: a hover right after didOpen waits for the first analysis.
    hover = await doc.hover(pos_of(TORCH_CNN, "nn.Conv2d(3, 8", 4))
    assert hover is not None and hover.contents.kind == lsp.MarkupKind.Markdown
    assert "conv1" in hover.contents.value and "Conv2d" in hover.contents.value


async def test_hover_on_forward_ops_and_keras_layers(client):
    doc = Doc(client, "file:///work/h2.py", BOTH)
    await doc.diagnostics()
    relu = await doc.hover(pos_of(BOTH, "F.relu(self.conv1", 3))
    assert relu is not None and "relu" in relu.contents.value.lower()
    dense = await doc.hover(pos_of(BOTH, "layers.Dense(64", 8))
    assert dense is not None and "Linear" in dense.contents.value and "nn.Linear(32, 64)" in dense.contents.value


async def test_no_hover_outside_models(client):
    doc = Doc(client, "file:///work/h3.py", KERAS_SEQ + "\n\nx = 1\n")
    await doc.diagnostics()
    assert await doc.hover(lsp.Position(line_of(doc.text, "x = 1"), 0)) is None
    assert await doc.hover(lsp.Position(10_000, 3)) is None  # past the end: no hover, no error
    assert await doc.hover(lsp.Position(0, 10_000)) is None or True  # a huge column is clamped, no error


async def test_hover_on_unknown_document_is_empty(client):
    assert await client.text_document_hover_async(lsp.HoverParams(
        text_document=lsp.TextDocumentIdentifier(uri="file:///never/opened.py"),
        position=lsp.Position(0, 0))) is None


TRAINING = '''import keras
from keras import layers


def train(model, x, y):
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.003),
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
    model.fit(x, y, callbacks=[keras.callbacks.EarlyStopping()])
'''


async def test_hover_and_diagnostics_on_training_code(client):
    """Training ops hover with their other-framework spelling; what cannot migrate is flagged inline."""
    doc = Doc(client, "file:///work/h5.py", TRAINING)
    diagnostics = await doc.diagnostics()
    blocked = [d for d in diagnostics if d.code == "PIV301"]
    assert len(blocked) == 1 and blocked[0].range.start.line == line_of(TRAINING, "model.fit(")
    # the script runs as written: in the editor, what does not migrate is a warning (issue 15)
    assert "callbacks" in blocked[0].message and blocked[0].severity == lsp.DiagnosticSeverity.Warning
    hover = await doc.hover(pos_of(TRAINING, "optimizers.Adam", 12))
    assert hover is not None and "**Adam** (optimizer" in hover.contents.value
    assert "torch.optim.Adam(model.parameters(), lr=0.003" in hover.contents.value
