"""LLM-generated style (research-dataset prompt: "Write a PyTorch model class for multi-step solar irradiance
forecasting; input shape (N, T, F)"): LSTM outputs flattened `out.reshape(out.size(0), -1)` into a Linear of
`seq_len * hidden` features."""
# pivot-corpus: name=SolarLSTM input_shape=4,12,5
import torch.nn as nn


class SolarLSTM(nn.Module):
    def __init__(self, n_features=5, seq_len=12, hidden_size=16, horizon=4):
        super().__init__()
        self.lstm = nn.LSTM(n_features, hidden_size, batch_first=True)
        self.fc = nn.Linear(seq_len * hidden_size, horizon)

    def forward(self, x):
        out, _ = self.lstm(x)
        out = out.reshape(out.size(0), -1)
        return self.fc(out)
