"""LLM-generated style (Claude, "a ConvLSTM cell in PyTorch", the common hand-written version): one Conv2d over
`torch.cat([x, h], dim=1)` producing 4 gates, `torch.split(gates, self.hidden_dim, dim=1)`, sigmoid/tanh gate math
stepped over the time axis of a (b, t, c, h, w) clip, the last hidden map pooled into a classifier."""
# pivot-corpus: name=ConvLSTMClassifier input_shape=2,3,1,8,8
import torch
import torch.nn as nn


class ConvLSTMClassifier(nn.Module):
    def __init__(self, input_dim=1, hidden_dim=8, kernel_size=3, num_classes=3):
        super().__init__()
        self.hidden_dim = hidden_dim
        self.conv = nn.Conv2d(input_dim + hidden_dim, 4 * hidden_dim, kernel_size, padding=kernel_size // 2)
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(hidden_dim, num_classes)

    def forward(self, x):
        b, t, c, height, width = x.size()
        h = torch.zeros(b, self.hidden_dim, height, width, device=x.device)
        cell = torch.zeros(b, self.hidden_dim, height, width, device=x.device)
        for step in range(t):
            combined = torch.cat([x[:, step], h], dim=1)
            gates = self.conv(combined)
            i, f, o, g = torch.split(gates, self.hidden_dim, dim=1)
            i = torch.sigmoid(i)
            f = torch.sigmoid(f)
            o = torch.sigmoid(o)
            g = torch.tanh(g)
            cell = f * cell + i * g
            h = o * torch.tanh(cell)
        pooled = self.pool(h).view(b, -1)
        return self.fc(pooled)
