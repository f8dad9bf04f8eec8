"""LLM-generated style (prompt: "Write a CRNN in PyTorch for audio event detection from log-mel spectrograms; input
shape (N, 1, n_mels, T)"): Conv2d/BatchNorm2d/ReLU blocks pooling only the frequency axis (`MaxPool2d((2, 1))`),
the frequency axis averaged away `x.mean(dim=2)`, `x.permute(0, 2, 1)` to (N, T, C), a bidirectional GRU and a max
over time `torch.max(out, dim=1)[0]`."""
# pivot-corpus: name=CRNN input_shape=2,1,32,20
import torch
import torch.nn as nn


class CRNN(nn.Module):
    def __init__(self, n_classes=10, rnn_hidden=32):
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv2d(1, 16, kernel_size=3, padding=1),
            nn.BatchNorm2d(16),
            nn.ReLU(inplace=True),
            nn.MaxPool2d((2, 1)),
            nn.Conv2d(16, 32, kernel_size=3, padding=1),
            nn.BatchNorm2d(32),
            nn.ReLU(inplace=True),
            nn.MaxPool2d((2, 1)),
        )
        self.gru = nn.GRU(32, rnn_hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * rnn_hidden, n_classes)

    def forward(self, x):
        x = self.conv(x)            # (N, C, F', T)
        x = x.mean(dim=2)           # (N, C, T)
        x = x.permute(0, 2, 1)      # (N, T, C)
        out, _ = self.gru(x)
        out = torch.max(out, dim=1)[0]
        return self.fc(out)
