"""LLM-generated style residual MLP ("a PyTorch model for tabular regression with residual blocks"): a
ResidualBlock class with type hints and docstrings, blocks appended to an nn.ModuleList in a
`for _ in range(num_blocks)` loop, LayerNorm + GELU + Dropout, `super(ResidualMLP, self).__init__()`."""
# pivot-corpus: name=ResidualMLP input_shape=4,20
import torch
import torch.nn as nn


class ResidualBlock(nn.Module):
    """A pre-norm residual block: x + MLP(LayerNorm(x))."""

    def __init__(self, dim: int, expansion: int = 2, dropout: float = 0.1) -> None:
        super(ResidualBlock, self).__init__()
        self.norm = nn.LayerNorm(dim)
        self.fc1 = nn.Linear(dim, dim * expansion)
        self.act = nn.GELU()
        self.drop = nn.Dropout(dropout)
        self.fc2 = nn.Linear(dim * expansion, dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        residual = x
        out = self.norm(x)
        out = self.fc2(self.drop(self.act(self.fc1(out))))
        return out + residual


class ResidualMLP(nn.Module):
    """Residual MLP for tabular data.

    Args:
        input_dim: number of input features
        hidden_dim: width of the residual stream
        num_blocks: how many residual blocks
        output_dim: number of targets
    """

    def __init__(self, input_dim: int = 20, hidden_dim: int = 64, num_blocks: int = 3,
                 output_dim: int = 1, dropout: float = 0.1):
        super(ResidualMLP, self).__init__()
        self.input_proj = nn.Linear(input_dim, hidden_dim)
        self.blocks = nn.ModuleList()
        for _ in range(num_blocks):
            self.blocks.append(ResidualBlock(hidden_dim, dropout=dropout))
        self.final_norm = nn.LayerNorm(hidden_dim)
        self.head = nn.Linear(hidden_dim, output_dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.input_proj(x)
        for block in self.blocks:
            x = block(x)
        x = self.final_norm(x)
        return self.head(x)


if __name__ == "__main__":
    model = ResidualMLP()
    dummy = torch.randn(8, 20)
    print(model(dummy).shape)
