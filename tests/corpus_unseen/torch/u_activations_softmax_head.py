"""Tabular classifier with a zoo of activations as LLMs write them: `nn.LeakyReLU(0.2, inplace=True)`,
`nn.ELU(alpha=0.5)`, `nn.SELU()`, `nn.Softplus()`, and an `nn.Softmax(dim=-1)` head."""
# pivot-corpus: name=ActZooNet input_shape=4,10
import torch.nn as nn


class ActZooNet(nn.Module):
    def __init__(self, n_in=10, n_out=4):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(n_in, 32),
            nn.LeakyReLU(0.2, inplace=True),
            nn.Linear(32, 32),
            nn.ELU(alpha=0.5),
            nn.Linear(32, 16),
            nn.SELU(),
            nn.Linear(16, 16),
            nn.Softplus(),
            nn.Linear(16, n_out),
            nn.Softmax(dim=-1),
        )

    def forward(self, x):
        return self.net(x)


model = ActZooNet()
