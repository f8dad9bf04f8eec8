"""Convolutional autoencoder tutorial style (Fashion-MNIST latent space): encoder Conv2d stride-2 layers,
`nn.Flatten(start_dim=1)`, Linear to a latent code; decoder Linear, `nn.Unflatten(dim=1, unflattened_size=(16, 3, 3))`,
ConvTranspose2d layers and `torch.sigmoid` at the end of forward."""
# pivot-corpus: name=ConvAutoencoder input_shape=2,1,28,28
import torch
import torch.nn as nn


class ConvAutoencoder(nn.Module):
    def __init__(self, latent_dim=8):
        super().__init__()
        self.encoder_cnn = nn.Sequential(
            nn.Conv2d(1, 8, 3, stride=2, padding=1),
            nn.ReLU(True),
            nn.Conv2d(8, 16, 3, stride=2, padding=1),
            nn.BatchNorm2d(16),
            nn.ReLU(True),
            nn.Conv2d(16, 16, 3, stride=2, padding=0),
            nn.ReLU(True),
        )
        self.flatten = nn.Flatten(start_dim=1)
        self.encoder_lin = nn.Sequential(nn.Linear(3 * 3 * 16, 32), nn.ReLU(True), nn.Linear(32, latent_dim))
        self.decoder_lin = nn.Sequential(nn.Linear(latent_dim, 32), nn.ReLU(True), nn.Linear(32, 3 * 3 * 16),
                                         nn.ReLU(True))
        self.unflatten = nn.Unflatten(dim=1, unflattened_size=(16, 3, 3))
        self.decoder_conv = nn.Sequential(
            nn.ConvTranspose2d(16, 8, 3, stride=2, output_padding=0),
            nn.BatchNorm2d(8),
            nn.ReLU(True),
            nn.ConvTranspose2d(8, 4, 3, stride=2, padding=1, output_padding=1),
            nn.BatchNorm2d(4),
            nn.ReLU(True),
            nn.ConvTranspose2d(4, 1, 3, stride=2, padding=1, output_padding=1),
        )

    def forward(self, x):
        x = self.encoder_cnn(x)
        x = self.flatten(x)
        z = self.encoder_lin(x)
        x = self.decoder_lin(z)
        x = self.unflatten(x)
        x = self.decoder_conv(x)
        return torch.sigmoid(x)


model = ConvAutoencoder()
