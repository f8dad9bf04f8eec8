"""LLM-generated style 1-D CNN over tabular features: `x = x.unsqueeze(1)` to (N, 1, F), Conv1d with
`padding='same'`, AvgPool1d, `x.reshape(x.size(0), -1)` into Linear; ELU activations."""
# pivot-corpus: name=TabularCNN1D input_shape=4,32
import torch.nn as nn


class TabularCNN1D(nn.Module):
    def __init__(self, n_features=32, n_classes=2):
        super().__init__()
        self.conv1 = nn.Conv1d(1, 16, kernel_size=3, padding='same')
        self.conv2 = nn.Conv1d(16, 32, kernel_size=3, padding='same')
        self.pool = nn.AvgPool1d(2)
        self.act = nn.ELU()
        self.fc = nn.Linear(32 * (n_features // 4), n_classes)

    def forward(self, x):
        x = x.unsqueeze(1)
        x = self.pool(self.act(self.conv1(x)))
        x = self.pool(self.act(self.conv2(x)))
        x = x.reshape(x.size(0), -1)
        return self.fc(x)


model = TabularCNN1D()
