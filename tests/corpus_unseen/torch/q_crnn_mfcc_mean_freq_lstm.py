"""LLM-generated style ("CRNN for environmental sound classification on log-mel spectrograms"): Conv2d blocks on
(N, 1, mels, frames), the frequency axis averaged away with `x.mean(dim=2)` to (N, C, T), `x.permute(0, 2, 1)` into
an LSTM, and `h_n[-1]` into a Linear."""
# pivot-corpus: name=SoundCRNN input_shape=2,1,32,40
import torch
import torch.nn as nn


class SoundCRNN(nn.Module):
    def __init__(self, n_classes=10, hidden=32):
        super().__init__()
        self.cnn = nn.Sequential(
            nn.Conv2d(1, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        )
        self.lstm = nn.LSTM(32, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, n_classes)

    def forward(self, x):
        x = self.cnn(x)          # (N, 32, mels/4, frames/4)
        x = x.mean(dim=2)        # (N, 32, T)
        x = x.permute(0, 2, 1)   # (N, T, 32)
        _, (h_n, _) = self.lstm(x)
        return self.fc(h_n[-1])


model = SoundCRNN()
