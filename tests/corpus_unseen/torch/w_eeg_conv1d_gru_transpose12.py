"""LLM-generated style (Claude, "a Conv1d + GRU model for EEG classification, input (batch, channels, time)"): the
signal is channels-first already; Conv1d/BatchNorm1d/ELU/MaxPool1d, `x.transpose(1, 2)` into a GRU, the mean of
its outputs over time `out.mean(dim=1)`."""
# pivot-corpus: name=EEGConvGRU input_shape=2,8,64
import torch
import torch.nn as nn


class EEGConvGRU(nn.Module):
    def __init__(self, n_channels=8, n_classes=4, conv_dim=16, hidden=24):
        super().__init__()
        self.conv_block = nn.Sequential(
            nn.Conv1d(n_channels, conv_dim, kernel_size=7, padding=3),
            nn.BatchNorm1d(conv_dim),
            nn.ELU(),
            nn.MaxPool1d(4),
        )
        self.gru = nn.GRU(conv_dim, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, n_classes)

    def forward(self, x):
        x = self.conv_block(x)       # (batch, conv_dim, time / 4)
        x = x.transpose(1, 2)        # (batch, time / 4, conv_dim)
        out, _ = self.gru(x)
        return self.fc(out.mean(dim=1))
