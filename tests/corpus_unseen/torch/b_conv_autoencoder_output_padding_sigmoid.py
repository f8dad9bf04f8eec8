"""LLM-generated style (ChatGPT, "Write a convolutional autoencoder in PyTorch for 28x28 MNIST digits, input shape
(N, 1, 28, 28)"): an encoder of stride-2 convs to a 7x7 map, `nn.Flatten()` to a Linear latent, `nn.Unflatten(1, (32,
7, 7))` back, a decoder of `nn.ConvTranspose2d(..., stride=2, padding=1, output_padding=1)` and a final Sigmoid;
`encode`/`decode` methods called from forward."""
# pivot-corpus: name=ConvAutoencoder input_shape=4,1,28,28
import torch
import torch.nn as nn


class ConvAutoencoder(nn.Module):
    def __init__(self, latent_dim: int = 16):
        super().__init__()
        self.encoder = nn.Sequential(
            nn.Conv2d(1, 16, 3, stride=2, padding=1),   # 28 -> 14
            nn.ReLU(True),
            nn.Conv2d(16, 32, 3, stride=2, padding=1),  # 14 -> 7
            nn.ReLU(True),
            nn.Flatten(),
            nn.Linear(32 * 7 * 7, latent_dim),
        )
        self.decoder = nn.Sequential(
            nn.Linear(latent_dim, 32 * 7 * 7),
            nn.ReLU(True),
            nn.Unflatten(1, (32, 7, 7)),
            nn.ConvTranspose2d(32, 16, 3, stride=2, padding=1, output_padding=1),  # 7 -> 14
            nn.ReLU(True),
            nn.ConvTranspose2d(16, 1, 3, stride=2, padding=1, output_padding=1),   # 14 -> 28
            nn.Sigmoid(),
        )

    def encode(self, x):
        return self.encoder(x)

    def decode(self, z):
        return self.decoder(z)

    def forward(self, x):
        z = self.encode(x)
        return self.decode(z)


if __name__ == "__main__":
    ae = ConvAutoencoder()
    x = torch.rand(4, 1, 28, 28)
    print(ae(x).shape)
