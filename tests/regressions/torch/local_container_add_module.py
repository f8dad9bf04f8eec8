"""Issue 13 (meijieru's CRNN): `cnn = nn.Sequential()` filled by `cnn.add_module(...)` in a nested function, then
`self.cnn = cnn`: the attribute was no layer at all and the local an identity in Keras (exit 0, then a crash);
then reported where it is assigned; now `cnn = keras.Sequential([])` filled by `cnn.add(m)` in the same order."""
# pivot-corpus: name=Net input_shape=2,1,8,8 input_dtype=float32
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, nm=(4, 8)):
        super(Net, self).__init__()
        cnn = nn.Sequential()

        def convRelu(i):
            nIn = 1 if i == 0 else nm[i - 1]
            cnn.add_module('conv{0}'.format(i), nn.Conv2d(nIn, nm[i], 3, 1, 1))
            cnn.add_module('relu{0}'.format(i), nn.ReLU(True))

        convRelu(0)
        convRelu(1)
        self.cnn = cnn

    def forward(self, input):
        conv = self.cnn(input)
        return conv.mean(2)
