"""LLM-generated style (research-dataset prompt: "Write a PyTorch model class for audio event classification; input
shape (N, T, F)"): `nn.LSTM(..., batch_first=False)` fed `x.transpose(0, 1)`, the last step `out[-1]`."""
# pivot-corpus: name=AudioLSTM input_shape=4,25,20
import torch.nn as nn


class AudioLSTM(nn.Module):
    def __init__(self, n_mels=20, hidden=32, n_classes=10):
        super().__init__()
        self.lstm = nn.LSTM(n_mels, hidden, num_layers=1, batch_first=False)
        self.classifier = nn.Linear(hidden, n_classes)

    def forward(self, x):
        x = x.transpose(0, 1)      # (T, N, F)
        out, (h, c) = self.lstm(x)
        return self.classifier(out[-1])
