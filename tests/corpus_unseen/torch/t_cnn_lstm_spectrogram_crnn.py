"""CRNN for audio / speech commands (blog style): Conv2d(1, ...) blocks on a (N, 1, F, T) spectrogram, then
`x = x.permute(0, 3, 1, 2)` to (N, T, C, F), `x = x.reshape(x.size(0), x.size(1), -1)`, a batch-first GRU and
`self.fc(x[:, -1, :])`."""
# pivot-corpus: name=CRNN input_shape=2,1,16,20
import torch
import torch.nn as nn


class CRNN(nn.Module):
    def __init__(self, n_mels=16, n_classes=4):
        super().__init__()
        self.cnn = nn.Sequential(
            nn.Conv2d(1, 8, kernel_size=3, padding=1),
            nn.BatchNorm2d(8),
            nn.ReLU(),
            nn.MaxPool2d((2, 1)),
            nn.Conv2d(8, 8, kernel_size=3, padding=1),
            nn.BatchNorm2d(8),
            nn.ReLU(),
            nn.MaxPool2d((2, 1)),
        )
        self.gru = nn.GRU(8 * (n_mels // 4), 12, batch_first=True)
        self.fc = nn.Linear(12, n_classes)

    def forward(self, x):
        x = self.cnn(x)
        x = x.permute(0, 3, 1, 2)
        x = x.reshape(x.size(0), x.size(1), -1)
        x, _ = self.gru(x)
        return self.fc(x[:, -1, :])


model = CRNN()
