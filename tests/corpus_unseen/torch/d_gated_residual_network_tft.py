"""LLM-generated style (research-dataset prompt: "Write the gated residual network block of the Temporal Fusion
Transformer in PyTorch; input (N, T, 16)"): ELU hidden layer, a GLU gate via `F.glu` on a doubled Linear,
a skip projection when sizes differ, LayerNorm of the sum."""
# pivot-corpus: name=GatedResidualNetwork input_shape=2,10,16
import torch.nn as nn
import torch.nn.functional as F


class GatedResidualNetwork(nn.Module):
    def __init__(self, input_size=16, hidden_size=24, output_size=8, dropout=0.1):
        super().__init__()
        self.fc1 = nn.Linear(input_size, hidden_size)
        self.fc2 = nn.Linear(hidden_size, hidden_size)
        self.gate = nn.Linear(hidden_size, 2 * output_size)
        self.skip = nn.Linear(input_size, output_size) if input_size != output_size else nn.Identity()
        self.dropout = nn.Dropout(dropout)
        self.norm = nn.LayerNorm(output_size)

    def forward(self, x):
        residual = self.skip(x)
        h = F.elu(self.fc1(x))
        h = self.dropout(self.fc2(h))
        h = F.glu(self.gate(h), dim=-1)
        return self.norm(h + residual)
