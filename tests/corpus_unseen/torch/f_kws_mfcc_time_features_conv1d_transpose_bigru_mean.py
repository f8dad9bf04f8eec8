"""LLM-generated style (prompt: "speech command classifier on MFCC features, input (N, T, F) with 40 coefficients"):
the MFCC frames moved to channels with `x.transpose(1, 2)` for a Conv1d over time, moved back with
`.transpose(1, 2)`, a bidirectional GRU and the mean over time `out.mean(dim=1)`."""
# pivot-corpus: name=MFCCSpeechNet input_shape=4,101,40
import torch.nn as nn
import torch.nn.functional as F


class MFCCSpeechNet(nn.Module):
    def __init__(self, n_mfcc=40, conv_dim=64, hidden=48, n_classes=10):
        super().__init__()
        self.conv = nn.Conv1d(n_mfcc, conv_dim, kernel_size=3, padding=1)
        self.bn = nn.BatchNorm1d(conv_dim)
        self.gru = nn.GRU(conv_dim, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, n_classes)

    def forward(self, x):
        x = x.transpose(1, 2)            # (N, F, T)
        x = F.relu(self.bn(self.conv(x)))
        x = x.transpose(1, 2)            # (N, T, C)
        out, _ = self.gru(x)
        out = out.mean(dim=1)
        return self.fc(out)
