"""LLM-generated style ("Write a PyTorch 1D CNN for predictive maintenance from 14 sensors over 50 time steps,
input shape (N, 50, 14)"): `x.transpose(1, 2)`, conv blocks with `nn.SiLU` and `nn.Dropout1d`, a concat pooling of
`F.adaptive_avg_pool1d(x, 1)` and `F.adaptive_max_pool1d(x, 1)` flattened with `.flatten(1)`, and a regression head
ending in `nn.Softplus()` (remaining useful life is positive)."""
# pivot-corpus: name=RULConvNet input_shape=4,50,14
import torch
import torch.nn as nn
import torch.nn.functional as F

N_SENSORS = 14
SEQ_LEN = 50


class RULConvNet(nn.Module):
    """Remaining-useful-life regressor.

    Args:
        n_sensors: Channels of the sensor sequence (last input axis).
        hidden: Conv width.
    """

    def __init__(self, n_sensors: int = N_SENSORS, hidden: int = 48) -> None:
        super().__init__()
        self.encoder = nn.Sequential(
            nn.Conv1d(n_sensors, hidden, kernel_size=5, padding=2),
            nn.BatchNorm1d(hidden),
            nn.SiLU(),
            nn.Dropout1d(0.1),
            nn.Conv1d(hidden, hidden, kernel_size=5, padding=2),
            nn.BatchNorm1d(hidden),
            nn.SiLU(),
        )
        self.head = nn.Sequential(
            nn.Linear(hidden * 2, 32),
            nn.SiLU(),
            nn.Linear(32, 1),
            nn.Softplus(),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x.transpose(1, 2)                          # (N, C, L)
        x = self.encoder(x)                            # (N, hidden, L)
        avg = F.adaptive_avg_pool1d(x, 1).flatten(1)   # (N, hidden)
        mx = F.adaptive_max_pool1d(x, 1).flatten(1)    # (N, hidden)
        return self.head(torch.cat([avg, mx], dim=1)).squeeze(1)


if __name__ == "__main__":
    print(RULConvNet()(torch.randn(4, SEQ_LEN, N_SENSORS)).shape)
