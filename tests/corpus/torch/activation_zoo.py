"""An MLP that exercises many activation modules, one after each linear layer."""
# pivot-corpus: name=ActivationZoo input_shape=2,32
import torch.nn as nn


class ActivationZoo(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.Sequential(
            nn.Linear(32, 32), nn.ReLU(),
            nn.Linear(32, 32), nn.ReLU6(),
            nn.Linear(32, 32), nn.LeakyReLU(),
            nn.Linear(32, 32), nn.LeakyReLU(negative_slope=0.2),
            nn.Linear(32, 32), nn.ELU(),
            nn.Linear(32, 32), nn.SELU(),
            nn.Linear(32, 32), nn.GELU(),
            nn.Linear(32, 32), nn.SiLU(),
            nn.Linear(32, 32), nn.Softplus(),
            nn.Linear(32, 32), nn.Hardswish(),
            nn.Linear(32, 32), nn.Tanh(),
            nn.Linear(32, 32), nn.Sigmoid(),
            nn.Identity(),
            nn.Linear(32, 10),
            nn.Softmax(dim=1),
        )

    def forward(self, x):
        return self.layers(x)
