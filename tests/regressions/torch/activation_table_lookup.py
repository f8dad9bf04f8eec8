"""Issue 13 (fl1): module-level tables of activations looked up in the constructor: `ACTIVATIONS[activation]()` of
layer classes (the file builds the model with activation="tanh"), `ACTIVATIONS["leaky"](0.1)` by a literal key, and
`self.act = FUNCS[head_act]` of functions (F.elu by the default). Written in Keras for the values the file builds
(`{'tanh': lambda: ...}[activation]()`: any other value fails by name); was PIV102 (the table is PyTorch code)."""
# pivot-corpus: name=TableMLP input_shape=2,10 input_dtype=float32
import torch.nn as nn
import torch.nn.functional as F

ACTIVATIONS = {"relu": nn.ReLU, "tanh": nn.Tanh, "leaky": nn.LeakyReLU}
FUNCS = {"relu": F.relu, "elu": F.elu}


class TableMLP(nn.Module):
    def __init__(self, dims=(10, 12, 8), activation="relu", head_act="elu"):
        super().__init__()
        layers = []
        for a, b in zip(dims[:-1], dims[1:]):
            layers.append(nn.Linear(a, b))
            layers.append(ACTIVATIONS[activation]())
        self.body = nn.Sequential(*layers)
        self.mid = ACTIVATIONS["leaky"](0.1)
        self.head = nn.Linear(dims[-1], 3)
        self.act = FUNCS[head_act]

    def forward(self, x):
        return self.act(self.head(self.mid(self.body(x))))


model = TableMLP(activation="tanh")
