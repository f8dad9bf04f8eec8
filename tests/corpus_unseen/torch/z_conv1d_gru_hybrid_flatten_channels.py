"""LLM-generated style (research-dataset prompt: "Write a PyTorch CNN-GRU hybrid for arrhythmia detection; input
shape (N, T, F)"): an nn.Sequential of Conv1d/BatchNorm1d/ReLU/MaxPool1d on `x.permute(0, 2, 1)`, back with
`x.transpose(1, 2)` into a GRU, `h_n[-1]` to the classifier."""
# pivot-corpus: name=ConvGRU input_shape=4,64,2
import torch.nn as nn


class ConvGRU(nn.Module):
    def __init__(self, in_channels=2, num_classes=5, hidden_size=32):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv1d(in_channels, 16, kernel_size=5, padding=2),
            nn.BatchNorm1d(16),
            nn.ReLU(inplace=True),
            nn.MaxPool1d(2),
            nn.Conv1d(16, 32, kernel_size=3, padding=1),
            nn.BatchNorm1d(32),
            nn.ReLU(inplace=True),
            nn.MaxPool1d(2),
        )
        self.gru = nn.GRU(32, hidden_size, batch_first=True)
        self.classifier = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        x = self.features(x.permute(0, 2, 1))
        x = x.transpose(1, 2)
        _, h_n = self.gru(x)
        return self.classifier(h_n[-1])
