"""LLM-generated style (research-dataset prompt: "Write a PyTorch model class for sleep-stage classification from
EEG features; input shape (N, T, F)"): a GRU whose outputs go through `nn.LayerNorm(H)`, then a mean over time."""
# pivot-corpus: name=SleepGRU input_shape=4,30,12
import torch.nn as nn


class SleepGRU(nn.Module):
    def __init__(self, num_features=12, hidden_size=32, num_layers=1, num_classes=5):
        super().__init__()
        self.gru = nn.GRU(num_features, hidden_size, num_layers, batch_first=True)
        self.norm = nn.LayerNorm(hidden_size)
        self.fc = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        out, _ = self.gru(x)
        out = self.norm(out)
        out = out.mean(dim=1)
        return self.fc(out)
