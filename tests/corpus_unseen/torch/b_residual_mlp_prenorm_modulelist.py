"""LLM-generated style (Claude, "Write a residual MLP in PyTorch for tabular regression, input shape (N, 32)"): a
ResidualBlock with a pre-LayerNorm, Linear-GELU-Dropout-Linear and `return x + self.ff(self.norm(x))`, the blocks in
`self.layers = nn.ModuleList([ResidualBlock(...) for _ in range(num_blocks)])`, a final LayerNorm, and the weights
initialised with `self.apply(self._init_weights)` (trunc_normal_ and zeros_)."""
# pivot-corpus: name=ResMLP input_shape=4,32
import torch
import torch.nn as nn


class ResidualBlock(nn.Module):
    def __init__(self, dim: int, expansion: int = 2, dropout: float = 0.1):
        super().__init__()
        self.norm = nn.LayerNorm(dim)
        self.ff = nn.Sequential(
            nn.Linear(dim, dim * expansion),
            nn.GELU(),
            nn.Dropout(dropout),
            nn.Linear(dim * expansion, dim),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x + self.ff(self.norm(x))


class ResMLP(nn.Module):
    def __init__(self, in_features: int = 32, hidden_dim: int = 64, num_blocks: int = 3, out_features: int = 1):
        super().__init__()
        self.input_proj = nn.Linear(in_features, hidden_dim)
        self.layers = nn.ModuleList([ResidualBlock(hidden_dim) for _ in range(num_blocks)])
        self.final_norm = nn.LayerNorm(hidden_dim)
        self.head = nn.Linear(hidden_dim, out_features)
        self.apply(self._init_weights)

    def _init_weights(self, module):
        if isinstance(module, nn.Linear):
            nn.init.trunc_normal_(module.weight, std=0.02)
            if module.bias is not None:
                nn.init.zeros_(module.bias)
        elif isinstance(module, nn.LayerNorm):
            nn.init.ones_(module.weight)
            nn.init.zeros_(module.bias)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.input_proj(x)
        for layer in self.layers:
            x = layer(x)
        x = self.final_norm(x)
        return self.head(x)


if __name__ == "__main__":
    model = ResMLP()
    print(model(torch.randn(16, 32)).shape)
