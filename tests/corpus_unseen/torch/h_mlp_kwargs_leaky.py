"""LLM-generated style MLP taking `**kwargs` for its options (`kwargs.get('negative_slope', 0.2)`),
`F.leaky_relu(x, 0.2)` and `F.leaky_relu(x, negative_slope=self.slope)`, `F.dropout(..., training=self.training)`."""
# pivot-corpus: name=LeakyMLP input_shape=4,12
import torch.nn as nn
import torch.nn.functional as F


class LeakyMLP(nn.Module):
    def __init__(self, input_dim, output_dim, **kwargs):
        super().__init__()
        hidden = kwargs.get('hidden_dim', 64)
        self.slope = kwargs.get('negative_slope', 0.2)
        self.p = kwargs.get('dropout', 0.3)
        self.fc1 = nn.Linear(input_dim, hidden)
        self.fc2 = nn.Linear(hidden, hidden)
        self.fc3 = nn.Linear(hidden, output_dim)

    def forward(self, x):
        x = F.leaky_relu(self.fc1(x), 0.2)
        x = F.dropout(x, self.p, training=self.training)
        x = F.leaky_relu(self.fc2(x), negative_slope=self.slope)
        x = F.dropout(x, p=self.p, training=self.training)
        return self.fc3(x)


model = LeakyMLP(12, 5, hidden_dim=48, negative_slope=0.1)
