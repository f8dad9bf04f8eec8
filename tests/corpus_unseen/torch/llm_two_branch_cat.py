"""LLM-generated style two-branch network: one input split by slicing x[:, :10] / x[:, 10:], a deep branch
and a wide branch, torch.cat([deep, wide], dim=1), torch.sigmoid on the output."""
# pivot-corpus: name=WideAndDeep input_shape=4,16
import torch
import torch.nn as nn


class WideAndDeep(nn.Module):
    def __init__(self, deep_dim=10, wide_dim=6):
        super(WideAndDeep, self).__init__()
        self.deep = nn.Sequential(
            nn.Linear(deep_dim, 32),
            nn.ReLU(),
            nn.Linear(32, 16),
            nn.ReLU(),
        )
        self.wide = nn.Linear(wide_dim, 4)
        self.output = nn.Linear(16 + 4, 1)

    def forward(self, x):
        deep_out = self.deep(x[:, :10])
        wide_out = self.wide(x[:, 10:])
        combined = torch.cat([deep_out, wide_out], dim=1)
        return torch.sigmoid(self.output(combined))


model = WideAndDeep()
