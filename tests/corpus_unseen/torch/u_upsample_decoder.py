"""Conv autoencoder whose decoder uses `nn.Upsample(scale_factor=2, mode='nearest')` + Conv2d instead of
transposed convs, `nn.Unflatten(1, (16, 7, 7))` after the bottleneck Linear, Sigmoid output."""
# pivot-corpus: name=UpsampleAE input_shape=2,1,28,28
import torch.nn as nn


class UpsampleAE(nn.Module):
    def __init__(self, latent=16):
        super().__init__()
        self.encoder = nn.Sequential(
            nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(8, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Flatten(), nn.Linear(16 * 7 * 7, latent),
        )
        self.decoder = nn.Sequential(
            nn.Linear(latent, 16 * 7 * 7), nn.ReLU(),
            nn.Unflatten(1, (16, 7, 7)),
            nn.Upsample(scale_factor=2, mode="nearest"),
            nn.Conv2d(16, 8, 3, padding=1), nn.ReLU(),
            nn.Upsample(scale_factor=2, mode="nearest"),
            nn.Conv2d(8, 1, 3, padding=1), nn.Sigmoid(),
        )

    def forward(self, x):
        return self.decoder(self.encoder(x))


model = UpsampleAE()
