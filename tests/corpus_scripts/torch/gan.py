"""A small GAN on 2-D points: generator and discriminator are two module-level nn.Sequential models."""
import numpy as np
import torch
import torch.nn as nn

LATENT = 4
BATCH = 32
rng = np.random.default_rng(0)
angles = rng.uniform(0, 2 * np.pi, size=256)
real_points = np.stack([np.cos(angles), np.sin(angles)], axis=1).astype("float32")
real = torch.from_numpy(real_points)

generator = nn.Sequential(nn.Linear(LATENT, 32), nn.ReLU(), nn.Linear(32, 2))
print("generator built")
discriminator = nn.Sequential(nn.Linear(2, 32), nn.LeakyReLU(0.2), nn.Linear(32, 1), nn.Sigmoid())

criterion = nn.BCELoss()
g_optimizer = torch.optim.Adam(generator.parameters(), lr=2e-4)
d_optimizer = torch.optim.Adam(discriminator.parameters(), lr=2e-4)

for step in range(3):
    batch = real[step * BATCH:(step + 1) * BATCH]
    noise = torch.randn(BATCH, LATENT)
    fake = generator(noise)
    d_optimizer.zero_grad()
    d_loss = criterion(discriminator(batch), torch.ones(BATCH, 1)) + \
        criterion(discriminator(fake.detach()), torch.zeros(BATCH, 1))
    d_loss.backward()
    d_optimizer.step()
    g_optimizer.zero_grad()
    g_loss = criterion(discriminator(fake), torch.ones(BATCH, 1))
    g_loss.backward()
    g_optimizer.step()
    print(f"step {step}: d_loss={d_loss.item():.3f} g_loss={g_loss.item():.3f}")

radius = np.sqrt((real_points ** 2).sum(axis=1)).mean()
print(f"mean radius of the real points: {radius:.3f}")
