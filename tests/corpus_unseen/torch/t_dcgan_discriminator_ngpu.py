"""PyTorch DCGAN tutorial discriminator variant (32x32 images): `def __init__(self, ngpu)`, `self.ngpu = ngpu`,
Conv2d(4, 2, 1)/LeakyReLU(0.2, inplace=True)/BatchNorm2d, a final Conv2d to one channel and Sigmoid,
`output.view(-1, 1).squeeze(1)` in forward."""
# pivot-corpus: name=Discriminator input_shape=2,3,32,32
import torch
import torch.nn as nn


class Discriminator(nn.Module):
    def __init__(self, ngpu=1, nc=3, ndf=8):
        super(Discriminator, self).__init__()
        self.ngpu = ngpu
        self.main = nn.Sequential(
            nn.Conv2d(nc, ndf, 4, 2, 1, bias=False),
            nn.LeakyReLU(0.2, inplace=True),
            nn.Conv2d(ndf, ndf * 2, 4, 2, 1, bias=False),
            nn.BatchNorm2d(ndf * 2),
            nn.LeakyReLU(0.2, inplace=True),
            nn.Conv2d(ndf * 2, ndf * 4, 4, 2, 1, bias=False),
            nn.BatchNorm2d(ndf * 4),
            nn.LeakyReLU(0.2, inplace=True),
            nn.Conv2d(ndf * 4, 1, 4, 1, 0, bias=False),
            nn.Sigmoid(),
        )

    def forward(self, input):
        output = self.main(input)
        return output.view(-1, 1).squeeze(1)


model = Discriminator()
