"""Issue 13 (EfficientNet's swish on an MLP): a function of the file whose body calls a tensor method on its
parameter (`x * x.sigmoid()`) kept the method in Keras (exit 0, then an AttributeError); now named."""
# pivot-corpus: name=Net input_shape=2,4 input_dtype=float32
import torch.nn as nn


def swish(x):
    return x * x.sigmoid()


class Net(nn.Module):
    def __init__(self):
        super(Net, self).__init__()
        self.fc1 = nn.Linear(4, 8)
        self.fc2 = nn.Linear(8, 2)

    def forward(self, x):
        return self.fc2(swish(self.fc1(x)))
