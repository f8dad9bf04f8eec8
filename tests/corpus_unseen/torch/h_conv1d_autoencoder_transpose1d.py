"""LLM-generated style 1-D convolutional autoencoder for signals: Conv1d stride 2 encoder, ConvTranspose1d
decoder with `output_padding=1`, `nn.Tanh()` output."""
# pivot-corpus: name=SignalAE input_shape=2,1,64
import torch.nn as nn


class SignalAE(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.Sequential(
            nn.Conv1d(1, 8, 5, stride=2, padding=2), nn.ReLU(),
            nn.Conv1d(8, 16, 5, stride=2, padding=2), nn.ReLU(),
        )
        self.decoder = nn.Sequential(
            nn.ConvTranspose1d(16, 8, 5, stride=2, padding=2, output_padding=1), nn.ReLU(),
            nn.ConvTranspose1d(8, 1, 5, stride=2, padding=2, output_padding=1), nn.Tanh(),
        )

    def forward(self, x):
        return self.decoder(self.encoder(x))


model = SignalAE()
