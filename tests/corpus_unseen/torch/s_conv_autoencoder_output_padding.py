"""Blog style (convolutional autoencoder for MNIST): strided `nn.Conv2d(1, 8, 3, stride=2, padding=1)` encoder, a
decoder of `nn.ConvTranspose2d(16, 8, 3, stride=2, padding=1, output_padding=1)` restoring 28x28, `nn.Sigmoid()`;
forward returns the reconstruction."""
# pivot-corpus: name=ConvAutoencoder input_shape=2,1,28,28
import torch
import torch.nn as nn


class ConvAutoencoder(nn.Module):
    def __init__(self):
        super(ConvAutoencoder, self).__init__()
        self.encoder = nn.Sequential(
            nn.Conv2d(1, 8, 3, stride=2, padding=1),   # 14x14
            nn.ReLU(True),
            nn.Conv2d(8, 16, 3, stride=2, padding=1),  # 7x7
            nn.ReLU(True),
        )
        self.decoder = nn.Sequential(
            nn.ConvTranspose2d(16, 8, 3, stride=2, padding=1, output_padding=1),  # 14x14
            nn.ReLU(True),
            nn.ConvTranspose2d(8, 1, 3, stride=2, padding=1, output_padding=1),   # 28x28
            nn.Sigmoid(),
        )

    def forward(self, x):
        x = self.encoder(x)
        x = self.decoder(x)
        return x


model = ConvAutoencoder()
