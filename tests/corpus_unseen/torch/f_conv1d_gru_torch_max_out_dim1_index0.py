"""LLM-generated style (prompt: "CNN + GRU model for ECG beat classification, input (N, 1, L)"): a Conv1d/BN/ReLU/
MaxPool front end, `x.permute(0, 2, 1)` to (N, L', C) for the GRU, then max over time written `torch.max(out,
1)[0]` (the values of the (values, indices) pair)."""
# pivot-corpus: name=ConvGRU input_shape=4,1,187
import torch
import torch.nn as nn


class ConvGRU(nn.Module):
    def __init__(self, in_channels=1, conv_channels=32, hidden_size=48, num_classes=5):
        super(ConvGRU, self).__init__()
        self.conv = nn.Sequential(
            nn.Conv1d(in_channels, conv_channels, kernel_size=5, padding=2),
            nn.BatchNorm1d(conv_channels),
            nn.ReLU(),
            nn.MaxPool1d(2),
        )
        self.gru = nn.GRU(conv_channels, hidden_size, batch_first=True)
        self.fc = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        x = self.conv(x)
        x = x.permute(0, 2, 1)
        out, _ = self.gru(x)
        out = torch.max(out, 1)[0]
        return self.fc(out)
