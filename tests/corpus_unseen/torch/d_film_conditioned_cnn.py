"""LLM-generated style (research-dataset prompt: "Write a PyTorch CNN with FiLM conditioning; inputs an image
(N, 3, 32, 32) and a condition vector (N, 10)"): a Linear produces per-channel gamma and beta, `chunk(2, dim=1)`,
broadcast with `[:, :, None, None]`."""
# pivot-corpus: name=FiLMNet input_shape=2,3,32,32;2,10
import torch
import torch.nn as nn


class FiLMBlock(nn.Module):
    def __init__(self, in_ch, out_ch, cond_dim):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, out_ch, 3, padding=1)
        self.bn = nn.BatchNorm2d(out_ch, affine=False)
        self.film = nn.Linear(cond_dim, 2 * out_ch)

    def forward(self, x, cond):
        gamma, beta = self.film(cond).chunk(2, dim=1)
        x = self.bn(self.conv(x))
        x = gamma[:, :, None, None] * x + beta[:, :, None, None]
        return torch.relu(x)


class FiLMNet(nn.Module):
    def __init__(self, cond_dim=10, num_classes=5):
        super().__init__()
        self.block1 = FiLMBlock(3, 16, cond_dim)
        self.block2 = FiLMBlock(16, 32, cond_dim)
        self.pool = nn.MaxPool2d(2)
        self.head = nn.Linear(32, num_classes)

    def forward(self, x, cond):
        x = self.pool(self.block1(x, cond))
        x = self.pool(self.block2(x, cond))
        x = x.mean(dim=[2, 3])
        return self.head(x)
