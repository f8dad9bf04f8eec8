"""LLM-generated style (Claude, "a typed LSTM forecaster with an optional initial state"): `forward(self, x: Tensor,
hidden: Optional[Tuple[Tensor, Tensor]] = None) -> Tensor` with `from typing import Optional, Tuple` and `from torch
import Tensor`; the state is only passed when given."""
# pivot-corpus: name=LSTMForecaster input_shape=2,16,3
from typing import Optional, Tuple

import torch
import torch.nn as nn
from torch import Tensor


class LSTMForecaster(nn.Module):
    def __init__(self, n_features: int = 3, hidden_size: int = 32, num_layers: int = 2, horizon: int = 1) -> None:
        super().__init__()
        self.lstm = nn.LSTM(
            input_size=n_features,
            hidden_size=hidden_size,
            num_layers=num_layers,
            batch_first=True,
            dropout=0.1 if num_layers > 1 else 0.0,
        )
        self.norm = nn.LayerNorm(hidden_size)
        self.head = nn.Linear(hidden_size, horizon)

    def forward(self, x: Tensor, hidden: Optional[Tuple[Tensor, Tensor]] = None) -> Tensor:
        if hidden is not None:
            out, _ = self.lstm(x, hidden)
        else:
            out, _ = self.lstm(x)
        last = self.norm(out[:, -1, :])
        return self.head(last)
