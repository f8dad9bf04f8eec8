"""`targetStyle` (initialization option, VS Code's `pivot.targetStyle`): code action edits and the migration
preview follow it; a model it does not fit keeps its structure and the result says why (PIV205)."""
from __future__ import annotations

import pytest_lsp
from pytest_lsp import LanguageClient
import pytest

from lsp_support import (KERAS_SEQ, TORCH_CNN, Doc, apply_text_edits, capabilities, command, config, edits_of,
                         initialize, line_of, parses)

pytestmark = pytest.mark.slow  # starts a language server process per test

TORCH_CHAIN = '''import torch.nn as nn


class Mlp(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.fc1 = nn.Linear(32, 64)
        self.act = nn.ReLU()
        self.fc2 = nn.Linear(64, num_classes)

    def forward(self, x):
        x = self.fc1(x)
        x = self.act(x)
        return self.fc2(x)
'''


def _styled(style: str):
    @pytest_lsp.fixture(config=config())
    async def fixture(lsp_client: LanguageClient):
        lsp_client.init_result = await initialize(lsp_client, capabilities(), options={"targetStyle": style})
        yield
        await lsp_client.shutdown_session()
    return fixture


subclassed_client = _styled("subclassed")
sequential_client = _styled("sequential")


async def test_code_action_edit_follows_subclassed(subclassed_client):
    doc = Doc(subclassed_client, "file:///work/s1.py", KERAS_SEQ)
    action = (await doc.actions(line_of(KERAS_SEQ, "layers.Dense(64")))[0]
    assert action.title == "Migrate `model` to PyTorch"
    migrated = apply_text_edits(KERAS_SEQ, edits_of((await doc.resolve(action)).edit, doc.uri))
    assert parses(migrated)
    assert "class Model(nn.Module):" in migrated and "def forward(self, x):" in migrated
    assert "nn.Sequential" not in migrated and "model = Model()" in migrated


async def test_code_action_edit_follows_sequential(sequential_client):
    doc = Doc(sequential_client, "file:///work/s2.py", TORCH_CHAIN)
    action = (await doc.actions(line_of(TORCH_CHAIN, "class Mlp")))[0]
    migrated = apply_text_edits(TORCH_CHAIN, edits_of((await doc.resolve(action)).edit, doc.uri))
    assert parses(migrated)
    assert "def Mlp(num_classes=10):\n    return keras.Sequential([\n" in migrated
    assert "class Mlp" not in migrated


async def test_preview_follows_the_style_and_explains_a_model_it_does_not_fit(sequential_client):
    doc = Doc(sequential_client, "file:///work/s3.py", TORCH_CHAIN + "\n\n" + TORCH_CNN.split("\n", 3)[3])
    preview = await command(sequential_client, "pivot.migrationPreview", doc.uri, "tensorflow")
    assert "def Mlp(num_classes=10):" in preview["migrated"]
    assert "class Net(keras.Model):" in preview["migrated"]  # F.relu / flatten: not a chain of layers
    notes = [d for d in preview["diagnostics"] if d.get("code") == "PIV205"]
    assert len(notes) == 1 and "`Net` keeps its subclassed structure" in notes[0]["message"]
    assert notes[0]["severity"] == 3  # information


async def test_default_is_auto(client):
    doc = Doc(client, "file:///work/s4.py", TORCH_CHAIN)
    preview = await command(client, "pivot.migrationPreview", doc.uri, "tensorflow")
    assert "class Mlp(keras.Model):" in preview["migrated"]
