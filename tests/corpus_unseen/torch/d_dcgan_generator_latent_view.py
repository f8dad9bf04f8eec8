"""LLM-generated style (research-dataset prompt: "Write a DCGAN generator in PyTorch for 32x32 RGB images; input
latent (N, 100)"): the latent reshaped `z.view(-1, nz, 1, 1)`, ConvTranspose2d-BatchNorm-ReLU stages, tanh."""
# pivot-corpus: name=Generator input_shape=2,100
import torch.nn as nn


class Generator(nn.Module):
    def __init__(self, nz=100, ngf=16, nc=3):
        super().__init__()
        self.nz = nz
        self.main = nn.Sequential(
            nn.ConvTranspose2d(nz, ngf * 4, 4, 1, 0, bias=False),
            nn.BatchNorm2d(ngf * 4),
            nn.ReLU(True),
            nn.ConvTranspose2d(ngf * 4, ngf * 2, 4, 2, 1, bias=False),
            nn.BatchNorm2d(ngf * 2),
            nn.ReLU(True),
            nn.ConvTranspose2d(ngf * 2, ngf, 4, 2, 1, bias=False),
            nn.BatchNorm2d(ngf),
            nn.ReLU(True),
            nn.ConvTranspose2d(ngf, nc, 4, 2, 1, bias=False),
            nn.Tanh(),
        )

    def forward(self, z):
        return self.main(z.view(-1, self.nz, 1, 1))
