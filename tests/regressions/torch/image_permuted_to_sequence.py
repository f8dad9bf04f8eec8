"""Issue 13 (CRNN): a feature map's axes moved into a sequence, `x.permute(0, 3, 1, 2)` then `x.reshape(b, t, c * f)`
into a GRU, and `squeeze(2)` of a height-1 map then a time-major `permute(2, 0, 1)` into an LSTM, were PIV105: the
permutation of Keras's channels-last image that gives PyTorch's order, which both frameworks then share."""
# pivot-corpus: name=TwoCRNN input_shape=2,1,8,12
import torch
import torch.nn as nn


class TwoCRNN(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.cnn = nn.Sequential(nn.Conv2d(1, 4, 3, padding=1), nn.ReLU(), nn.MaxPool2d((2, 1)))
        self.gru = nn.GRU(4 * 4, hidden, batch_first=True)
        self.squash = nn.Conv2d(4, 5, (4, 1))
        self.lstm = nn.LSTM(5, hidden)

    def forward(self, x):
        x = self.cnn(x)
        b, c, f, t = x.size()
        seq = x.permute(0, 3, 1, 2).reshape(b, t, c * f)
        a, _ = self.gru(seq)
        y = self.squash(x).squeeze(2)
        y = y.permute(2, 0, 1)
        z, _ = self.lstm(y)
        return torch.cat([a, z.permute(1, 0, 2)], dim=2)
