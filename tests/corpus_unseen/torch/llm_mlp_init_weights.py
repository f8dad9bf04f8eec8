"""LLM-generated style MLP with custom initialisation: self.apply(self._init_weights) with isinstance checks,
nn.init.xavier_uniform_ / nn.init.zeros_, a Tanh hidden layer and a BatchNorm1d input layer."""
# pivot-corpus: name=InitMLP input_shape=4,9
import torch
import torch.nn as nn


class InitMLP(nn.Module):
    def __init__(self, input_dim=9, hidden_dim=24, output_dim=2):
        super().__init__()
        self.input_bn = nn.BatchNorm1d(input_dim)
        self.hidden = nn.Linear(input_dim, hidden_dim)
        self.act = nn.Tanh()
        self.output = nn.Linear(hidden_dim, output_dim)
        self.apply(self._init_weights)

    def _init_weights(self, module):
        if isinstance(module, nn.Linear):
            nn.init.xavier_uniform_(module.weight)
            if module.bias is not None:
                nn.init.zeros_(module.bias)

    def forward(self, x):
        x = self.input_bn(x)
        x = self.act(self.hidden(x))
        return self.output(x)


model = InitMLP()
