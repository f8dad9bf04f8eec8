"""LLM-generated style (research-dataset prompt: "Write a PyTorch model class for gesture recognition from IMU data;
input shape (N, T, F)"): a bidirectional GRU whose last time step `out[:, -1, :]` (2H wide) feeds an nn.Sequential
head."""
# pivot-corpus: name=GestureBiGRU input_shape=4,25,9
import torch.nn as nn


class GestureBiGRU(nn.Module):
    def __init__(self, input_size=9, hidden_size=32, num_classes=6):
        super().__init__()
        self.gru = nn.GRU(input_size, hidden_size, batch_first=True, bidirectional=True)
        self.head = nn.Sequential(
            nn.Linear(2 * hidden_size, 32),
            nn.ReLU(),
            nn.Dropout(0.25),
            nn.Linear(32, num_classes),
        )

    def forward(self, x):
        out, _ = self.gru(x)
        return self.head(out[:, -1, :])
