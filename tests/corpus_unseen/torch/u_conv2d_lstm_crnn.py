"""CRNN for text-line images: conv stack on (N, 1, 32, W), height collapsed by pooling, then
`x = x.squeeze(2).permute(0, 2, 1)` into a bidirectional LSTM and a per-step Linear."""
# pivot-corpus: name=CRNN input_shape=2,1,16,32
import torch.nn as nn


class CRNN(nn.Module):
    def __init__(self, n_classes=11, hidden=16):
        super().__init__()
        self.cnn = nn.Sequential(
            nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2, 2),
            nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2, 2),
            nn.Conv2d(32, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d((4, 1)),
        )
        self.rnn = nn.LSTM(32, hidden, bidirectional=True, batch_first=True)
        self.fc = nn.Linear(hidden * 2, n_classes)

    def forward(self, x):
        x = self.cnn(x)  # (N, 32, 1, W/4)
        x = x.squeeze(2).permute(0, 2, 1)
        x, _ = self.rnn(x)
        return self.fc(x)


model = CRNN()
