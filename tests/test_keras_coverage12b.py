"""Issue 12, round 2. Keras norms with one of center/scale off: PyTorch keeps the parameter Keras lacks at its
constant (weight 1, bias 0), frozen, so that inference and training match. Outputs with random weights are compared
in tests/test_regressions.py (keras/one_sided_norms). Keras attention of known widths is sized where it is built."""
import pytest

from pivot.migrate import migrate_source

# a custom layer: its norm is sized on its first call (LazyLayerNorm), frozen after it
LAZY = '''import keras
from keras import layers


class Block(layers.Layer):
    def __init__(self):
        super().__init__()
        self.norm = layers.LayerNormalization(scale=False)
        self.fc = layers.Dense(3)

    def call(self, x):
        return self.fc(self.norm(x))


def build():
    inputs = keras.Input(shape=(5, 6))
    return keras.Model(inputs, Block()(inputs))
'''


def test_the_missing_parameter_is_frozen_with_a_note():
    result = migrate_source(LAZY, "pytorch", ["build"])
    notes = [d.message for d in result.diagnostics if d.code == "PIV203"]
    assert result.ok and "fixed_affine(LazyLayerNorm(eps=0.001), 'weight')" in result.text, result.text
    assert len(notes) == 1 and "requires_grad_(True) would train it" in notes[0], notes


@pytest.mark.slow
def test_a_training_step_keeps_the_constant_and_outputs_match():
    import torch

    from pivot.verify import Job, verify_one

    result = migrate_source(LAZY, "pytorch", ["build"])
    out = verify_one(LAZY, result.text, result.details["build"], Job("lazy.py", "pytorch", ["build"], [2, 5, 6],
                                                                      "float32", 1e-5, 1e-4))
    assert out["equivalent"], out
    scope: dict = {}
    exec(compile(result.text, "migrated.py", "exec"), scope)
    model = scope["build"]()
    x = torch.randn(4, 5, 6)
    model(x)  # sizes the lazy norm
    optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
    model(x).square().mean().backward()
    optimizer.step()
    norm = model.layer1.norm
    assert not norm.weight.requires_grad and torch.equal(norm.weight, torch.ones(6))
    assert norm.bias.requires_grad and not torch.equal(norm.bias, torch.zeros(6))


@pytest.mark.slow
def test_keras_attention_of_known_widths_is_sized_where_built():
    """KerasMultiHeadAttention was always lazy; with every width known it has its parameters before a call
    (outputs with copied weights: tests/test_regressions.py keras/attention_sized)."""
    from pathlib import Path

    import torch

    source = (Path(__file__).parent / "regressions" / "keras" / "attention_sized.py").read_text()
    result = migrate_source(source, "pytorch", ["build_attention"])
    assert "value_dim=5, widths=(8, 6, 6))" in result.text and "widths=(8, 8, 8))" in result.text, result.text
    scope: dict = {}
    exec(compile(result.text, "migrated.py", "exec"), scope)
    model = scope["build_attention"]()
    assert not any(isinstance(p, torch.nn.parameter.UninitializedParameter) for p in model.parameters())
