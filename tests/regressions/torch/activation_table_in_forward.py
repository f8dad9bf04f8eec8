"""Issue 13 (fl1): a table of activation functions looked up in forward by an attribute holding the name
(`FUNCS[self.act](x)`): not followed there, so named (never exit 0 with the PyTorch table left in a Keras model)."""
# pivot-corpus: name=ForwardLookup input_shape=2,6 input_dtype=float32
import torch.nn as nn
import torch.nn.functional as F

FUNCS = {"relu": F.relu, "elu": F.elu}


class ForwardLookup(nn.Module):
    def __init__(self, act="elu"):
        super().__init__()
        self.fc = nn.Linear(6, 4)
        self.act = act

    def forward(self, x):
        return FUNCS[self.act](self.fc(x))
