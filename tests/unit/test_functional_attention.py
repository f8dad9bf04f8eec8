"""F.scaled_dot_product_attention and `x.unbind(dim)` (timm's attention, issue 13): migrated to keras.ops
without masks or dropout, reported with them. Equivalence is checked by tests/test_corpus_unseen.py
(torch/timm_vit_blocks)."""
import pytest

from pivot.migrate import migrate_source

ATTENTION = '''
import torch.nn as nn
import torch.nn.functional as F


class Attention(nn.Module):
    def __init__(self):
        super().__init__()
        self.qkv = nn.Linear(8, 24)

    def forward(self, x):
        qkv = self.qkv(x).reshape(2, 5, 3, 2, 4).permute(2, 0, 3, 1, 4)
        q, k, v = qkv.unbind(0)
        return F.scaled_dot_product_attention(q, k, v{extra})
'''


def test_plain_attention_migrates_to_keras_ops():
    result = migrate_source(ATTENTION.format(extra=""), "tensorflow", ["Attention"])
    assert result.ok, [d.message for d in result.diagnostics]
    assert "keras.ops.unstack(qkv)" in result.text
    assert "keras.ops.softmax(keras.ops.matmul(q, keras.ops.swapaxes(k, -1, -2)) * q.shape[-1] ** -0.5" \
        in result.text


@pytest.mark.parametrize("extra,why", [(", is_causal=True", "mask"), (", dropout_p=0.1", "dropout_p"),
                                       (", scale=0.5", "scale")])
def test_masked_dropout_or_scaled_attention_is_reported(extra, why):
    result = migrate_source(ATTENTION.format(extra=extra), "tensorflow", ["Attention"])
    errors = [d.message for d in result.diagnostics if d.severity == "error"]
    assert any(why in m for m in errors), errors


def test_layer_scale_written_scale_first_is_a_parameter():
    """ConvNeXt's `layer_scale_init_value * torch.ones((dim))`: the scale on the left, the shape in parentheses."""
    source = '''
import torch
import torch.nn as nn


class Scale(nn.Module):
    def __init__(self, dim, layer_scale_init_value=1e-6):
        super().__init__()
        self.gamma = nn.Parameter(layer_scale_init_value * torch.ones((dim)), requires_grad=True)

    def forward(self, x):
        return self.gamma * x
'''
    result = migrate_source(source, "tensorflow", ["Scale"])
    assert result.ok, [d.message for d in result.diagnostics]
    assert 'self.add_weight(shape=(dim,), initializer="ones", name="gamma")' in result.text
