"""A dense autoencoder on synthetic signals: encoder and decoder are nn.Sequential attributes of one class."""
import numpy as np
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

try:
    import matplotlib.pyplot as plt
except ImportError:
    plt = None

rng = np.random.default_rng(11)
t = np.linspace(0, 1, 32, dtype="float32")
signals = np.stack([np.sin(2 * np.pi * f * t + p) for f, p in rng.uniform(1, 4, size=(100, 2))])
signals = signals.astype("float32")
noisy = signals + 0.1 * rng.normal(size=signals.shape).astype("float32")


class AutoEncoder(nn.Module):
    def __init__(self, width=32, code=4):
        super().__init__()
        self.encoder = nn.Sequential(nn.Linear(width, 16), nn.Tanh(), nn.Linear(16, code))
        self.decoder = nn.Sequential(nn.Linear(code, 16), nn.Tanh(), nn.Linear(16, width))

    def forward(self, x):
        return self.decoder(self.encoder(x))


autoencoder = AutoEncoder()
loss_fn = nn.MSELoss()
optimizer = torch.optim.Adam(autoencoder.parameters(), lr=0.01)
loader = DataLoader(TensorDataset(torch.from_numpy(noisy), torch.from_numpy(signals)), batch_size=20)

history = []
for epoch in range(3):
    for xb, yb in loader:
        optimizer.zero_grad()
        loss = loss_fn(autoencoder(xb), yb)
        loss.backward()
        optimizer.step()
    history.append(loss.item())

if plt is not None:
    plt.plot(history, label="training loss")
    plt.legend()
    plt.savefig("autoencoder.png")
print("loss per epoch:", ["%.4f" % h for h in history])
