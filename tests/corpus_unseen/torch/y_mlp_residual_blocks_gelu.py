"""Imitates a Gemini answer to "Write a PyTorch model class for a residual MLP classifier, input shape (N, 24),
output (N, 5)": a `ResidualBlock` (LayerNorm -> Linear -> GELU -> Dropout -> Linear, added to the input), a
stem Linear, a list of blocks in `nn.Sequential(*[...])` and a LayerNorm head."""
# pivot-corpus: name=ResidualMLP input_shape=4,24
import torch
import torch.nn as nn


class ResidualBlock(nn.Module):
    def __init__(self, dim: int, expansion: int = 2, dropout: float = 0.1):
        super().__init__()
        self.norm = nn.LayerNorm(dim)
        self.fc1 = nn.Linear(dim, dim * expansion)
        self.act = nn.GELU()
        self.drop = nn.Dropout(dropout)
        self.fc2 = nn.Linear(dim * expansion, dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        residual = x
        x = self.norm(x)
        x = self.fc2(self.drop(self.act(self.fc1(x))))
        return x + residual


class ResidualMLP(nn.Module):
    def __init__(self, input_dim: int = 24, hidden_dim: int = 32, num_blocks: int = 3, num_classes: int = 5):
        super().__init__()
        self.stem = nn.Linear(input_dim, hidden_dim)
        self.blocks = nn.Sequential(*[ResidualBlock(hidden_dim) for _ in range(num_blocks)])
        self.head = nn.Sequential(nn.LayerNorm(hidden_dim), nn.Linear(hidden_dim, num_classes))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.stem(x)
        x = self.blocks(x)
        return self.head(x)


if __name__ == "__main__":
    print(ResidualMLP()(torch.randn(4, 24)).shape)
