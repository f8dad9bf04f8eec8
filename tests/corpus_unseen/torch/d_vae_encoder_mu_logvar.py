"""LLM-generated style (research-dataset prompt: "Write the encoder of a convolutional VAE in PyTorch; input
(N, 1, 28, 28); return mu and log-variance"): strided convs, `torch.flatten(x, start_dim=1)`, two Linear heads."""
# pivot-corpus: name=ConvEncoder input_shape=2,1,28,28
import torch
import torch.nn as nn


class ConvEncoder(nn.Module):
    def __init__(self, latent_dim: int = 10) -> None:
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv2d(1, 32, 4, stride=2, padding=1),   # 14x14
            nn.LeakyReLU(0.2),
            nn.Conv2d(32, 64, 4, stride=2, padding=1),  # 7x7
            nn.LeakyReLU(0.2),
        )
        self.fc_mu = nn.Linear(64 * 7 * 7, latent_dim)
        self.fc_logvar = nn.Linear(64 * 7 * 7, latent_dim)

    def forward(self, x: torch.Tensor):
        h = torch.flatten(self.conv(x), start_dim=1)
        return self.fc_mu(h), self.fc_logvar(h)
