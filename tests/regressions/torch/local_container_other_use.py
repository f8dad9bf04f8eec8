"""Issue 13: a local `cnn = nn.Sequential()` grown by `cnn.add_module(...)` and also used another way (`cnn.extend`,
which keras.Sequential lacks) before `self.cnn = cnn` stays a named error (only adds are followed)."""
# pivot-corpus: name=Net input_shape=2,1,8,8 input_dtype=float32
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super(Net, self).__init__()
        cnn = nn.Sequential()
        cnn.add_module('conv0', nn.Conv2d(1, 4, 3, 1, 1))
        cnn.extend([nn.ReLU(True), nn.Conv2d(4, 4, 3, 1, 1)])
        self.cnn = cnn

    def forward(self, input):
        return self.cnn(input)
