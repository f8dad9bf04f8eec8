"""LLM-generated style Highway network: each layer computes `H = relu(W_h x)`, `T = sigmoid(W_t x)` and
`x = H * T + x * (1 - T)`, layers in two ModuleLists indexed with `for i in range(self.num_layers)`."""
# pivot-corpus: name=HighwayNet input_shape=4,24
import torch
import torch.nn as nn


class HighwayNet(nn.Module):
    def __init__(self, input_size=24, num_layers=3, num_classes=3):
        super().__init__()
        self.num_layers = num_layers
        self.nonlinear = nn.ModuleList([nn.Linear(input_size, input_size) for _ in range(num_layers)])
        self.gate = nn.ModuleList([nn.Linear(input_size, input_size) for _ in range(num_layers)])
        self.classifier = nn.Linear(input_size, num_classes)

    def forward(self, x):
        for i in range(self.num_layers):
            h = torch.relu(self.nonlinear[i](x))
            t = torch.sigmoid(self.gate[i](x))
            x = h * t + x * (1 - t)
        return self.classifier(x)


model = HighwayNet()
