"""Indexing an image-like tensor of known rank (issue 13, locuslab's TCN `self.linear(y[:, :, -1])` after Conv1d
blocks): its items move with the axes across the layout change (`y[:, -1]` in Keras, and back); an index that adds
an axis, or of an image of unknown rank, stays an error. No frameworks run here: tests/corpus_unseen/torch/
llm_tcn_chomp.py verifies numerically (tests/test_corpus_unseen.py)."""
from pivot.layout import index_order, index_result
from pivot.migrate import migrate_source

TORCH = '''import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv1d(3, 8, 3)
        self.chomp = Chomp(1)
        self.net = nn.Sequential(self.conv, self.chomp, nn.ReLU())
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        y = self.net(x)
        return self.fc({index})


class Chomp(nn.Module):
    def __init__(self, n):
        super().__init__()
        self.n = n

    def forward(self, x):
        return x[:, :, :-self.n]
'''
KERAS = '''import keras
from keras import layers


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.conv = layers.Conv1D(8, 3)
        self.fc = layers.Dense(2)

    def call(self, x):
        y = self.conv(x)
        return self.fc({index})
'''


def _errors(result) -> list[str]:
    return [f"{d.code} {d.message}" for d in result.diagnostics if d.severity == "error"]


def test_the_items_follow_the_axes():
    assert index_order((":", ":", -1), 3, to_keras=True) == [0, 2, 1]
    assert index_result((":", -1), 3, "keras") == ((":", ":", -1), False)
    assert index_result((":", ":", "part"), 4, "torch") == ((":", ":", "part", ":"), True)
    assert index_order((":", "new"), 3, to_keras=True) is None and index_order((":", -1), None, True) is None


def test_a_sequence_of_attributes_and_the_last_step_migrate_to_keras():
    result = migrate_source(TORCH.format(index="y[:, :, -1]"), "tensorflow")
    assert _errors(result) == [], _errors(result)
    assert "return self.fc(y[:, -1])" in result.text
    assert "keras.Sequential([self.conv, self.chomp, layers.ReLU()])" in result.text
    assert "return x[:, :-self.n]" in result.text  # Chomp is called on images: its slice moves too


def test_the_last_step_migrates_back():
    result = migrate_source(KERAS.format(index="y[:, -1]"), "pytorch")
    assert _errors(result) == [], _errors(result)
    assert "return self.fc(y[:, :, -1])" in result.text


def test_an_index_adding_an_axis_stays_an_error():
    result = migrate_source(TORCH.format(index="y[:, None, :, -1]"), "tensorflow")
    assert any("indexes an image-like tensor" in e for e in _errors(result)), _errors(result)


def test_a_functional_models_index_moves_too():
    """Fuzz keras 101 (reduced): after a GroupNormalization the sequence is image-like; the functional writer
    wrote `x[:, -1, :]` as it was once the error was lifted (exit 0, the channels' last step read)."""
    result = migrate_source('''import keras
from keras import layers

inputs = keras.Input(shape=(8,), dtype="int64")
x = layers.Embedding(50, output_dim=16)(inputs)
x = layers.GroupNormalization(groups=-1)(x)
x = x[:, -1, :]
x = layers.Dense(24)(x)
model = keras.Model(inputs, x)
''', "pytorch")
    assert _errors(result) == [], _errors(result)
    assert "x = x[:, :, -1]" in result.text
