"""LLM-generated style (Gemini, "a CNN+LSTM over video frames"): `batch_size, timesteps, C, H, W = x.shape`,
`c_in = x.reshape(batch_size * timesteps, C, H, W)`, a conv with BatchNorm2d and AdaptiveAvgPool2d,
`torch.flatten(c_out, 1)`, `r_in = c_out.reshape(batch_size, timesteps, -1)`, the LSTM's `h_n[-1]`."""
# pivot-corpus: name=FrameCNNLSTM input_shape=2,3,3,12,12
import torch
import torch.nn as nn


class FrameCNNLSTM(nn.Module):
    def __init__(self, num_classes=4, hidden_size=24):
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv2d(3, 8, 3, padding=1),
            nn.BatchNorm2d(8),
            nn.ReLU(inplace=True),
            nn.Conv2d(8, 16, 3, stride=2, padding=1),
            nn.ReLU(inplace=True),
            nn.AdaptiveAvgPool2d((2, 2)),
        )
        self.rnn = nn.LSTM(input_size=16 * 2 * 2, hidden_size=hidden_size, num_layers=1, batch_first=True)
        self.classifier = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        batch_size, timesteps, C, H, W = x.shape
        c_in = x.reshape(batch_size * timesteps, C, H, W)
        c_out = self.conv(c_in)
        c_out = torch.flatten(c_out, 1)
        r_in = c_out.reshape(batch_size, timesteps, -1)
        _, (h_n, _) = self.rnn(r_in)
        return self.classifier(h_n[-1])
