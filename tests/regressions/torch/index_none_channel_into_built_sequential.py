"""ut17 (e_cnn1d_spectral_nlc_if_dim3_rearrange): `x[:, None, :]` of an (N, L) spectrum, the channel axis of the
Conv1d that reads it, first in an nn.Sequential the constructor builds in a loop (`layers += [nn.Conv1d(...), ...]`):
written unmoved in Keras (the Conv1D read one position of 256 channels: exit 0 of migrate with the input shape
declared, a ValueError in verify); now read as `x.unsqueeze(1)` is: `keras.ops.expand_dims(x, -1)`."""
# pivot-corpus: name=SpectrumIndexCNN input_shape=4,64
from typing import List

import torch
import torch.nn as nn

SPECS = [(4, 5, 2), (8, 3, 2)]


class SpectrumIndexCNN(nn.Module):
    def __init__(self, length: int = 64, n_classes: int = 3) -> None:
        super().__init__()
        layers: List[nn.Module] = []
        in_ch, out_len = 1, length
        for out_ch, k, pool in SPECS:
            layers += [nn.Conv1d(in_ch, out_ch, k, padding=k // 2), nn.ELU(), nn.AvgPool1d(pool)]
            in_ch, out_len = out_ch, out_len // pool
        self.conv = nn.Sequential(*layers)
        self.fc = nn.Linear(in_ch * out_len, n_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x[:, None, :]
        x = self.conv(x)
        return self.fc(x.reshape(x.shape[0], -1))
