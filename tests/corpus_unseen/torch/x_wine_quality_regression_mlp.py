"""LLM-generated style (ChatGPT, "Generate a PyTorch model: wine-quality regression MLP"): `super(Net, self)`,
`self.relu = nn.ReLU(inplace=True)` reused three times, F.dropout with `self.training`, type hints."""
# pivot-corpus: name=WineQualityNet input_shape=4,11
import torch
import torch.nn as nn
import torch.nn.functional as F


class WineQualityNet(nn.Module):
    """Predicts wine quality (a score) from the 11 physico-chemical features."""

    def __init__(self, input_dim: int = 11, hidden_dim: int = 32, dropout: float = 0.2) -> None:
        super(WineQualityNet, self).__init__()
        self.fc1 = nn.Linear(input_dim, hidden_dim)
        self.fc2 = nn.Linear(hidden_dim, hidden_dim)
        self.fc3 = nn.Linear(hidden_dim, hidden_dim // 2)
        self.out = nn.Linear(hidden_dim // 2, 1)
        self.relu = nn.ReLU(inplace=True)
        self.dropout = dropout

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.relu(self.fc1(x))
        x = F.dropout(x, p=self.dropout, training=self.training)
        x = self.relu(self.fc2(x))
        x = self.relu(self.fc3(x))
        return self.out(x).squeeze(-1)
