"""LLM-generated style ("Write a PyTorch autoencoder for anomaly detection on 30-feature transactions, input shape
(N, 30)"): `encoder_dims: Tuple[int, ...]` with a `_make_mlp` helper reused (reversed) for the decoder, a forward
returning `(reconstruction, latent)`, a `@torch.no_grad()` `anomaly_score` with `((x - recon) ** 2).mean(dim=1)`,
and `nn.LeakyReLU(0.2)`."""
# pivot-corpus: name=TransactionAutoencoder input_shape=4,30
from typing import List, Sequence, Tuple

import torch
import torch.nn as nn

N_FEATURES = 30
LATENT_DIM = 8


class TransactionAutoencoder(nn.Module):
    """Symmetric MLP autoencoder.

    Args:
        n_features: Size of each input vector.
        encoder_dims: Hidden sizes of the encoder; the decoder mirrors them.
        latent_dim: Bottleneck size.
    """

    def __init__(self, n_features: int = N_FEATURES, encoder_dims: Tuple[int, ...] = (24, 16),
                 latent_dim: int = LATENT_DIM) -> None:
        super().__init__()
        self.encoder = self._make_mlp([n_features, *encoder_dims, latent_dim], final_activation=False)
        self.decoder = self._make_mlp([latent_dim, *reversed(encoder_dims), n_features], final_activation=False)

    @staticmethod
    def _make_mlp(sizes: Sequence[int], final_activation: bool = True) -> nn.Sequential:
        layers: List[nn.Module] = []
        for i, (a, b) in enumerate(zip(sizes[:-1], sizes[1:])):
            layers.append(nn.Linear(a, b))
            if i < len(sizes) - 2 or final_activation:
                layers.append(nn.LeakyReLU(0.2))
        return nn.Sequential(*layers)

    def forward(self, x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
        latent = self.encoder(x)          # (N, latent_dim)
        reconstruction = self.decoder(latent)  # (N, n_features)
        return reconstruction, latent

    @torch.no_grad()
    def anomaly_score(self, x: torch.Tensor) -> torch.Tensor:
        recon, _ = self.forward(x)
        return ((x - recon) ** 2).mean(dim=1)


if __name__ == "__main__":
    ae = TransactionAutoencoder()
    r, z = ae(torch.randn(4, 30))
    print(r.shape, z.shape)
