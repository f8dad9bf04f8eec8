"""Code actions: listing (cheap, no edit), resolve (the migration), annotated and plain edits."""
from __future__ import annotations

import ast
from pathlib import Path

from lsprotocol import types as lsp
import pytest

from lsp_support import (BOTH, KERAS_SEQ, TORCH_CNN, TORCH_UNKNOWN, Doc, apply_text_edits, edits_of, line_of,
                         parses, until)

pytestmark = pytest.mark.slow  # starts a language server process per test

REWRITE = lsp.CodeActionKind.RefactorRewrite


def titles(actions) -> list[str]:
    return [a.title for a in actions]


async def test_listing_in_a_torch_model(client):
    doc = Doc(client, "file:///work/a1.py", TORCH_CNN)
    actions = await doc.actions(line_of(TORCH_CNN, "self.conv2"))
    assert titles(actions) == ["Migrate `Net` to TensorFlow", "Migrate file to TensorFlow"]
    for a in actions:
        assert a.kind == REWRITE and a.edit is None  # listing computes no edit
        assert a.data["uri"] == doc.uri and a.data["target"] == "tensorflow"
    assert actions[0].data["classes"] == ["Net"] and actions[1].data["classes"] is None


async def test_listing_outside_models_offers_the_file_variant_only(client):
    doc = Doc(client, "file:///work/a2.py", TORCH_CNN)
    assert titles(await doc.actions(0)) == ["Migrate file to TensorFlow"]


async def test_titles_count_ops_that_need_manual_work(client):
    doc = Doc(client, "file:///work/a3.py", BOTH)
    await doc.diagnostics()
    assert titles(await doc.actions(line_of(BOTH, "nn.Foo(3)"))) == [
        "Migrate `Odd` to TensorFlow (1 op needs manual work)",
        "Migrate file to TensorFlow (1 op needs manual work)",
        "Migrate file to PyTorch",
    ]
    assert titles(await doc.actions(line_of(BOTH, "layers.Dense(10)")))[0] == "Migrate `model` to PyTorch"
    # A selection across two models offers both.
    both = await doc.actions(line_of(BOTH, "return self.fc(x)"), line_of(BOTH, "class Odd"))
    assert titles(both)[:2] == ["Migrate `Net` to TensorFlow", "Migrate `Odd` to TensorFlow (1 op needs manual work)"]


async def test_only_filter(client):
    doc = Doc(client, "file:///work/a4.py", TORCH_CNN)
    line = line_of(TORCH_CNN, "self.conv1")
    assert await doc.actions(line, only=[lsp.CodeActionKind.QuickFix]) == []
    assert len(await doc.actions(line, only=[lsp.CodeActionKind.Refactor])) == 2


async def test_resolve_with_change_annotations(client):
    """A client advertising changeAnnotationSupport gets annotated edits that need confirmation."""
    text = TORCH_CNN + TORCH_UNKNOWN
    doc = Doc(client, "file:///work/a5.py", text)
    action = (await doc.actions(line_of(text, "class Net")))[0]
    resolved = await doc.resolve(action)
    edit = resolved.edit
    assert edit.changes is None and len(edit.document_changes) == 1
    change = edit.document_changes[0]
    assert change.text_document.uri == doc.uri and change.text_document.version == doc.version
    assert change.edits and all(isinstance(e, lsp.AnnotatedTextEdit) for e in change.edits)
    ids = {e.annotation_id for e in change.edits}
    assert len(ids) == 1
    annotation = edit.change_annotations[ids.pop()]
    assert annotation.needs_confirmation is True and "Net" in annotation.label

    migrated = apply_text_edits(text, change.edits)
    assert parses(migrated)
    assert "class Net(keras.Model):" in migrated and "def call(self, x):" in migrated
    assert "class Odd(nn.Module):" in migrated  # only the chosen class moves
    assert len(change.edits) > 1  # hunks, not one whole-file replacement


async def test_resolve_plain_edit(plain_client):
    """A client without changeAnnotationSupport (e.g. Neovim) gets a plain `changes` edit."""
    doc = Doc(plain_client, "file:///work/a6.py", TORCH_CNN)
    action = (await doc.actions(line_of(TORCH_CNN, "class Net")))[0]
    edit = (await doc.resolve(action)).edit
    assert edit.document_changes is None and edit.change_annotations is None
    edits = edit.changes[doc.uri]
    assert edits and all(type(e) is lsp.TextEdit for e in edits)
    migrated = apply_text_edits(TORCH_CNN, edits)
    tree = ast.parse(migrated)
    net = next(n for n in tree.body if isinstance(n, ast.ClassDef))
    assert ast.unparse(net.bases[0]) == "keras.Model"
    assert "nn.Conv2d" not in migrated and "layers.Conv2D" in migrated


async def test_whole_file_and_keras_to_torch(client):
    doc = Doc(client, "file:///work/a7.py", BOTH)
    await doc.diagnostics()
    actions = await doc.actions(line_of(BOTH, "layers.Dense(64"))
    to_tf = next(a for a in actions if a.title.startswith("Migrate file to TensorFlow"))
    migrated = apply_text_edits(BOTH, edits_of((await doc.resolve(to_tf)).edit, doc.uri))
    assert parses(migrated) and "class Net(keras.Model):" in migrated and "class Odd(keras.Model):" in migrated
    assert "TODO" in migrated  # nn.Foo is kept with a note, not dropped
    to_pt = next(a for a in actions if a.title == "Migrate `model` to PyTorch")
    migrated = apply_text_edits(BOTH, edits_of((await doc.resolve(to_pt)).edit, doc.uri))
    assert parses(migrated) and "nn.Sequential(" in migrated and "class Net(nn.Module):" in migrated


async def test_applied_migration_round_trips(plain_client):
    """Apply the edit as an editor would; the server then sees a Keras model it can migrate back."""
    client = plain_client
    doc = Doc(client, "file:///work/a8.py", KERAS_SEQ)
    action = (await doc.actions(line_of(KERAS_SEQ, "layers.Dense(64")))[0]
    edits = edits_of((await doc.resolve(action)).edit, doc.uri)
    for e in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        doc.edit((e.range.start.line, e.range.start.character), (e.range.end.line, e.range.end.character),
                 e.new_text)
    assert "nn.Sequential(" in doc.text and parses(doc.text)
    assert await doc.diagnostics() == []
    back = await doc.actions(line_of(doc.text, "nn.Linear(32, 64)"))
    assert titles(back)[0] == "Migrate `model` to TensorFlow"


async def test_resolve_for_a_closed_document_is_harmless(client):
    doc = Doc(client, "file:///work/a9.py", TORCH_CNN)
    action = (await doc.actions(line_of(TORCH_CNN, "class Net")))[0]
    client.text_document_did_close(lsp.DidCloseTextDocumentParams(doc.ident))
    resolved = await doc.resolve(action)
    assert resolved.edit is None
    await until(lambda: any("no longer open" in m.message for m in client.messages), what="a message")


TRAINING_SCRIPT = (Path(__file__).parents[1] / "corpus_training" / "torch" / "mlp_sgd_momentum.py").read_text()


async def test_training_code_is_offered_with_the_model(client):
    """The file action says it carries the training code; a selection reaching into it offers the model
    with its training code; resolving migrates the loop to a GradientTape loop."""
    text = TRAINING_SCRIPT
    doc = Doc(client, "file:///work/a10.py", text)
    assert titles(await doc.actions(line_of(text, "self.fc1 ="))) == [
        "Migrate `MLP` to TensorFlow", "Migrate file to TensorFlow (models and training code)"]
    selection = await doc.actions(line_of(text, "class MLP"), line_of(text, "return losses"))
    assert titles(selection)[0] == "Migrate `MLP` and its training code to TensorFlow"
    assert selection[0].data["training"] is True
    for action in (selection[0], selection[-1]):
        migrated = apply_text_edits(text, edits_of((await doc.resolve(action)).edit, doc.uri))
        assert parses(migrated) and "class MLP(keras.Model):" in migrated
        assert "with tf.GradientTape() as tape:" in migrated and "optimizer.apply_gradients(" in migrated
        assert "keras.optimizers.SGD(learning_rate=0.1, momentum=0.9, nesterov=True)" in migrated
        assert "torch" not in migrated
    # the model alone leaves the training code as it was
    alone = apply_text_edits(text, edits_of((await doc.resolve(
        (await doc.actions(line_of(text, "self.fc1 =")))[0])).edit, doc.uri))
    assert "loss.backward()" in alone and "class MLP(keras.Model):" in alone
