"""The way back (Keras -> PyTorch) of Pivot's own support classes: a call of one becomes the PyTorch module it
stands for with PyTorch's arguments, less the keywords that only select the entry."""
import textwrap

from pivot.migrate import migrate_source

PADDED_POOL_1D = textwrap.dedent('''\
    import torch.nn as nn


    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv = nn.Conv1d(4, 8, 7, stride=2, padding=3)
            self.pool = nn.MaxPool1d(kernel_size=3, stride=2, padding=1)

        def forward(self, x):
            return self.pool(self.conv(x))
''')


def test_a_padded_1d_max_pool_comes_back_without_its_rank_keyword():
    """ut11 (bench/roundtrip_unseen.py, v_resnet1d_ecg_downsample): `TorchMaxPool(3, 2, 1, rank=1)` came back
    as `nn.MaxPool1d(3, 2, 1, rank=1)`: exit 0 and a TypeError when the model is built."""
    there = migrate_source(PADDED_POOL_1D, "tensorflow", ["Net"])
    assert there.ok and "TorchMaxPool(3, 2, 1, rank=1)" in there.text
    back = migrate_source(there.text, "pytorch", ["Net"])
    assert back.ok, [d.message for d in back.diagnostics]
    assert "nn.MaxPool1d(3, 2, 1)" in back.text and "rank=" not in back.text
