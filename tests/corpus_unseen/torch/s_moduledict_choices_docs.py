"""PyTorch docs style (the `nn.ModuleDict` example): `self.choices = nn.ModuleDict({'conv': nn.Conv2d(...), 'pool':
nn.MaxPool2d(3)})` and `self.activations = nn.ModuleDict([['lrelu', nn.LeakyReLU()], ['prelu', nn.PReLU()]])`,
chosen by names stored at construction."""
# pivot-corpus: name=MyModule input_shape=2,4,12,12
import torch
import torch.nn as nn


class MyModule(nn.Module):
    def __init__(self, choice="conv", act="lrelu"):
        super().__init__()
        self.choice = choice
        self.act = act
        self.choices = nn.ModuleDict({
            "conv": nn.Conv2d(4, 8, 3),
            "pool": nn.MaxPool2d(3),
        })
        self.activations = nn.ModuleDict([
            ["lrelu", nn.LeakyReLU()],
            ["prelu", nn.PReLU()],
        ])

    def forward(self, x):
        x = self.choices[self.choice](x)
        x = self.activations[self.act](x)
        return x


model = MyModule()
