"""LLM-generated style ("hybrid CNN-LSTM for household energy load forecasting"): (N, T, F) input permuted to
(N, F, T) for Conv1d with `padding='same'`, permuted back, an LSTM, `x.mean(dim=1)` over time and a two-layer head
with nn.SiLU."""
# pivot-corpus: name=EnergyCNNLSTM input_shape=2,48,7
import torch
import torch.nn as nn


class EnergyCNNLSTM(nn.Module):
    def __init__(self, n_features: int = 7, conv_channels: int = 32, lstm_hidden: int = 48, horizon: int = 24):
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv1d(n_features, conv_channels, kernel_size=3, padding="same"),
            nn.SiLU(),
            nn.Conv1d(conv_channels, conv_channels, kernel_size=3, padding="same"),
            nn.SiLU(),
        )
        self.lstm = nn.LSTM(conv_channels, lstm_hidden, batch_first=True)
        self.head = nn.Sequential(nn.Linear(lstm_hidden, 64), nn.SiLU(), nn.Linear(64, horizon))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x.permute(0, 2, 1)
        x = self.conv(x)
        x = x.permute(0, 2, 1)
        x, _ = self.lstm(x)
        x = x.mean(dim=1)
        return self.head(x)


model = EnergyCNNLSTM()
