"""LLM-generated style CRNN for spectrograms (N, 1, n_mels, T): conv stack pooling only frequency, then
`x.permute(0, 3, 1, 2)` and `x.reshape(b, t, c * f)` with `b, c, f, t = x.size()`, bidirectional GRU,
mean over time."""
# pivot-corpus: name=SpecCRNN input_shape=2,1,32,40
import torch.nn as nn


class SpecCRNN(nn.Module):
    def __init__(self, n_mels=32, n_classes=10, rnn_hidden=32):
        super().__init__()
        self.cnn = nn.Sequential(
            nn.Conv2d(1, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d((2, 1)),
            nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d((2, 1)),
        )
        self.rnn = nn.GRU(32 * (n_mels // 4), rnn_hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(rnn_hidden * 2, n_classes)

    def forward(self, x):
        x = self.cnn(x)
        b, c, f, t = x.size()
        x = x.permute(0, 3, 1, 2)
        x = x.reshape(b, t, c * f)
        x, _ = self.rnn(x)
        x = x.mean(dim=1)
        return self.fc(x)


model = SpecCRNN()
