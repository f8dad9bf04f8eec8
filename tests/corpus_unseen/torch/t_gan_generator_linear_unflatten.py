"""GAN tutorial variant (a DCGAN-like generator that starts from a Linear): `nn.Linear(nz, ngf*2*4*4)`,
`nn.Unflatten(1, (ngf * 2, 4, 4))`, BatchNorm2d/ReLU, `nn.ConvTranspose2d(..., 4, 2, 1)` upsampling and `nn.Tanh()`."""
# pivot-corpus: name=Generator input_shape=2,16
import torch
import torch.nn as nn


class Generator(nn.Module):
    def __init__(self, nz=16, ngf=8, nc=1):
        super(Generator, self).__init__()
        self.main = nn.Sequential(
            nn.Linear(nz, ngf * 2 * 4 * 4),
            nn.Unflatten(1, (ngf * 2, 4, 4)),
            nn.BatchNorm2d(ngf * 2),
            nn.ReLU(True),
            nn.ConvTranspose2d(ngf * 2, ngf, 4, 2, 1, bias=False),
            nn.BatchNorm2d(ngf),
            nn.ReLU(True),
            nn.ConvTranspose2d(ngf, nc, 4, 2, 1, bias=False),
            nn.Tanh(),
        )

    def forward(self, input):
        return self.main(input)


model = Generator()
