"""LLM-generated style residual MLP whose blocks change width: `self.shortcut = nn.Linear(in_dim, out_dim) if
in_dim != out_dim else nn.Identity()`, dims from `hidden_dims`, blocks in nn.Sequential(*blocks), BatchNorm1d."""
# pivot-corpus: name=ResMLP input_shape=4,12
import torch
import torch.nn as nn


class ResBlock(nn.Module):
    def __init__(self, in_dim, out_dim, dropout=0.1):
        super().__init__()
        self.fc = nn.Linear(in_dim, out_dim)
        self.bn = nn.BatchNorm1d(out_dim)
        self.act = nn.ReLU()
        self.drop = nn.Dropout(dropout)
        self.shortcut = nn.Linear(in_dim, out_dim) if in_dim != out_dim else nn.Identity()

    def forward(self, x):
        return self.drop(self.act(self.bn(self.fc(x)))) + self.shortcut(x)


class ResMLP(nn.Module):
    def __init__(self, input_dim=12, hidden_dims=[32, 32, 16], output_dim=2):
        super().__init__()
        blocks = []
        in_dim = input_dim
        for h in hidden_dims:
            blocks.append(ResBlock(in_dim, h))
            in_dim = h
        self.blocks = nn.Sequential(*blocks)
        self.out = nn.Linear(in_dim, output_dim)

    def forward(self, x):
        return self.out(self.blocks(x))


model = ResMLP()
