"""LLM-generated style (prompt: "Write a ConvLSTM in PyTorch for precipitation nowcasting classification; input
shape (N, T, C, H, W)"): a ConvLSTMCell whose gates come from one Conv2d on `torch.cat([x, h], dim=1)` split with
`torch.chunk(gates, 4, dim=1)`, zero states `torch.zeros(b, self.hidden_dim, h, w, device=x.device)`, a loop over
`x.size(1)` and the last state pooled into a Linear."""
# pivot-corpus: name=ConvLSTMNet input_shape=2,5,2,8,8
import torch
import torch.nn as nn


class ConvLSTMCell(nn.Module):
    def __init__(self, input_dim, hidden_dim, kernel_size=3):
        super().__init__()
        self.hidden_dim = hidden_dim
        self.conv = nn.Conv2d(input_dim + hidden_dim, 4 * hidden_dim, kernel_size, padding=kernel_size // 2)

    def forward(self, x, state):
        h, c = state
        gates = self.conv(torch.cat([x, h], dim=1))
        i, f, o, g = torch.chunk(gates, 4, dim=1)
        c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
        h = torch.sigmoid(o) * torch.tanh(c)
        return h, c


class ConvLSTMNet(nn.Module):
    def __init__(self, in_channels=2, hidden_dim=8, num_classes=3):
        super().__init__()
        self.hidden_dim = hidden_dim
        self.cell = ConvLSTMCell(in_channels, hidden_dim)
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(hidden_dim, num_classes)

    def forward(self, x):
        b, t, _, height, width = x.size()
        h = torch.zeros(b, self.hidden_dim, height, width, device=x.device)
        c = torch.zeros(b, self.hidden_dim, height, width, device=x.device)
        for step in range(t):
            h, c = self.cell(x[:, step], (h, c))
        return self.fc(self.pool(h).flatten(1))
