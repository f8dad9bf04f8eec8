"""A buffer the constructor computes, registered as an expression of the name it computes
(`self.register_buffer('pe', pe.unsqueeze(0))`, pivot.frontends.buffers): its shape is the registered one and its
Keras value the expression in NumPy; anything but `.unsqueeze(k)`/`.float()` stays a named error."""
from pivot.analysis import analyze
from pivot.migrate import migrate_source

TABLE = """
import math
import torch
import torch.nn as nn


class PE(nn.Module):
    def __init__(self, d_model=8, max_len=20):
        super().__init__()
        pe = torch.zeros(max_len, d_model)
        position = torch.arange(0, max_len, dtype=torch.float).unsqueeze(1)
        div_term = torch.exp(torch.arange(0, d_model, 2).float() * (-math.log(10000.0) / d_model))
        pe[:, 0::2] = torch.sin(position * div_term)
        pe[:, 1::2] = torch.cos(position * div_term)
        self.register_buffer('pe', REGISTERED)

    def forward(self, x):
        return x + self.pe[:, :x.size(1)]
"""


def _buffer(registered: str):
    net = next(n for n in analyze(TABLE.replace("REGISTERED", registered)).networks if n.name == "PE")
    return net.layer("pe")


def test_an_unsqueezed_table_has_the_registered_shape_and_value():
    layer = _buffer("pe.unsqueeze(0)")
    assert layer.op == "Parameter"
    assert layer.attrs.get("shape").code == "(1, max_len, d_model)"
    assert layer.attrs.get("computed") == "np.expand_dims(pe, 0)"


def test_a_negative_axis_counts_from_the_end_of_the_registered_rank():
    assert _buffer("pe.unsqueeze(-1)").attrs.get("shape").code == "(max_len, d_model, 1)"
    assert _buffer("pe.float().unsqueeze(1)").attrs.get("shape").code == "(max_len, 1, d_model)"


def test_the_arange_dtype_is_written_for_numpy_and_no_torch_is_left():
    out = migrate_source(TABLE.replace("REGISTERED", "pe.unsqueeze(0)"), "tensorflow")
    assert 'np.arange(0, max_len, dtype="float32")' in out.text
    assert out.ok, [d.message for d in out.diagnostics]


def test_another_method_on_the_registered_table_stays_a_named_error():
    out = migrate_source(TABLE.replace("REGISTERED", "pe.transpose(0, 1)"), "tensorflow")
    assert any(d.code == "PIV105" and "register_buffer" in d.message for d in out.diagnostics)
