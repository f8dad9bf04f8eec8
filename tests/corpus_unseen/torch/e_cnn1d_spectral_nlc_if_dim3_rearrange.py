"""LLM-generated style ("Write a PyTorch 1D CNN for classifying near-infrared spectra, input shape (N, 256) or
(N, 256, 1)"): the input checked with `if x.dim() == 3 and x.size(-1) == 1: x = x.squeeze(-1)` then `x[:, None, :]`,
`nn.ELU` and `nn.AvgPool1d` blocks built in a loop over a `CONV_SPECS` list of tuples, `x.reshape(x.shape[0], -1)`,
and `nn.init.orthogonal_` on the linear layers."""
# pivot-corpus: name=SpectraCNN input_shape=4,256
from typing import List, Tuple

import torch
import torch.nn as nn

SPECTRUM_LEN = 256
N_CLASSES = 4
# (out_channels, kernel_size, pool)
CONV_SPECS: List[Tuple[int, int, int]] = [(8, 9, 2), (16, 7, 2), (32, 5, 2)]


class SpectraCNN(nn.Module):
    """Small 1D CNN for spectra.

    Args:
        length: Spectrum length.
        n_classes: Number of classes.
    """

    def __init__(self, length: int = SPECTRUM_LEN, n_classes: int = N_CLASSES) -> None:
        super().__init__()
        layers: List[nn.Module] = []
        in_ch, out_len = 1, length
        for out_ch, k, pool in CONV_SPECS:
            layers += [nn.Conv1d(in_ch, out_ch, k, padding=k // 2), nn.ELU(), nn.AvgPool1d(pool)]
            in_ch, out_len = out_ch, out_len // pool
        self.conv = nn.Sequential(*layers)
        self.fc = nn.Sequential(nn.Linear(in_ch * out_len, 64), nn.ELU(), nn.Linear(64, n_classes))
        for m in self.modules():
            if isinstance(m, nn.Linear):
                nn.init.orthogonal_(m.weight)
                nn.init.zeros_(m.bias)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if x.dim() == 3 and x.size(-1) == 1:
            x = x.squeeze(-1)
        x = x[:, None, :]                  # (N, 1, L)
        x = self.conv(x)                   # (N, 32, L / 8)
        x = x.reshape(x.shape[0], -1)
        return self.fc(x)


if __name__ == "__main__":
    print(SpectraCNN()(torch.randn(4, SPECTRUM_LEN)).shape)
