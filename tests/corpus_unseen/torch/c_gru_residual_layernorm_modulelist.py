"""LLM-generated style (prompt: "Write a deep residual GRU network in PyTorch for sequence regression; input shape
(N, T, F)"): an input projection, an nn.ModuleList of single-layer GRUs and one of LayerNorms, each block
`x = norm(x + out)` in a zip loop, the last step into the head."""
# pivot-corpus: name=ResidualGRU input_shape=3,10,5
import torch.nn as nn


class ResidualGRU(nn.Module):
    def __init__(self, input_size=5, hidden_size=24, num_blocks=3, output_size=1):
        super().__init__()
        self.input_proj = nn.Linear(input_size, hidden_size)
        self.grus = nn.ModuleList([nn.GRU(hidden_size, hidden_size, batch_first=True) for _ in range(num_blocks)])
        self.norms = nn.ModuleList([nn.LayerNorm(hidden_size) for _ in range(num_blocks)])
        self.head = nn.Linear(hidden_size, output_size)

    def forward(self, x):
        x = self.input_proj(x)
        for gru, norm in zip(self.grus, self.norms):
            out, _ = gru(x)
            x = norm(x + out)
        return self.head(x[:, -1, :])
