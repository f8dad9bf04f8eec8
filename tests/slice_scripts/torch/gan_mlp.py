"""A GAN: two models in one file, sized by module constants, trained in a loop, samples plotted."""
import os
import tempfile

import matplotlib.pyplot as plt
import numpy as np
import torch
import torch.nn as nn

open(os.path.join(tempfile.gettempdir(), "PIVOT_SLICE_MARKER"), "w").write(__file__)
data = np.load("faces.npy")
LATENT_DIM = 16
IMG_SIZE = 8
HIDDEN = 64


class Generator(nn.Module):
    def __init__(self, latent_dim=LATENT_DIM):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(latent_dim, HIDDEN),
            nn.LeakyReLU(0.2),
            nn.Linear(HIDDEN, IMG_SIZE * IMG_SIZE),
            nn.Tanh(),
        )

    def forward(self, z):
        return self.net(z)


class Discriminator(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(IMG_SIZE * IMG_SIZE, HIDDEN),
            nn.LeakyReLU(0.2),
            nn.Linear(HIDDEN, 1),
            nn.Sigmoid(),
        )

    def forward(self, x):
        return self.net(x)


generator = Generator()
discriminator = Discriminator()
opt_g = torch.optim.Adam(generator.parameters(), lr=2e-4)
opt_d = torch.optim.Adam(discriminator.parameters(), lr=2e-4)
loss_fn = nn.BCELoss()
for step in range(1000):
    z = torch.randn(64, LATENT_DIM)
    fake = generator(z)
    loss = loss_fn(discriminator(fake), torch.ones(64, 1))
    opt_g.zero_grad()
    loss.backward()
    opt_g.step()
plt.imshow(generator(torch.randn(1, LATENT_DIM)).detach().reshape(IMG_SIZE, IMG_SIZE))
plt.savefig("samples.png")
