"""gT5 (issue 13): `torch.einsum('bi,ij->bj', x, self.W)` of the module's own nn.Parameter (an operand the dataflow
does not hold as a value) migrates as keras.ops.einsum with the same equation and the add_weight of the same shape
(was PIV103 on the first version of the Einsum entry)."""
# pivot-corpus: name=Net input_shape=4,12
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.W = nn.Parameter(torch.randn(12, 5))
        self.fc = nn.Linear(5, 3)

    def forward(self, x):
        h = torch.einsum('bi,ij->bj', x, self.W)
        return self.fc(torch.relu(h))


model = Net()
