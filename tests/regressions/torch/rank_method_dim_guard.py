"""ut17 (e_ecg_cnn1d_dim_check_unsqueeze_maxpool, e_cnn3d_volume_unsqueeze_dim4_adaptive_max): `if x.dim() == 2:
x = x.unsqueeze(1)` and `assert x.ndimension() == 3`, the rank of the input read by a method; Keras tensors have no
`.dim()` (written `x.ndim`, the same in both layouts). Was PIV102 "tensor method `.dim()` is not supported yet"."""
# pivot-corpus: name=RankGuardCNN input_shape=4,32
import torch
import torch.nn as nn


class RankGuardCNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv1d(1, 4, 3, padding=1)
        self.pool = nn.AdaptiveMaxPool1d(1)
        self.fc = nn.Linear(4, 2)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if x.dim() == 2:
            x = x.unsqueeze(1)
        assert x.ndimension() == 3
        x = self.pool(self.conv(x)).squeeze(-1)
        return self.fc(x)
