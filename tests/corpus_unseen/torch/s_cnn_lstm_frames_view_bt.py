"""Video-classification blog style (CNN-LSTM, "TimeDistributed in PyTorch"): `b, t, c, h, w = x.size()`,
`x.view(b * t, c, h, w)` through a CNN, `feats.view(b, t, -1)` into an LSTM, `out[:, -1, :]` to the classifier."""
# pivot-corpus: name=CNNLSTM input_shape=2,4,3,16,16
import torch
import torch.nn as nn


class CNNLSTM(nn.Module):
    def __init__(self, num_classes=5, hidden=16):
        super(CNNLSTM, self).__init__()
        self.cnn = nn.Sequential(
            nn.Conv2d(3, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(8, 8, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d((2, 2)),
        )
        self.lstm = nn.LSTM(input_size=8 * 2 * 2, hidden_size=hidden, batch_first=True)
        self.fc = nn.Linear(hidden, num_classes)

    def forward(self, x):
        b, t, c, h, w = x.size()
        x = x.view(b * t, c, h, w)
        feats = self.cnn(x)
        feats = feats.view(b, t, -1)
        out, _ = self.lstm(feats)
        return self.fc(out[:, -1, :])


model = CNNLSTM()
