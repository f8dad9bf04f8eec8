"""What Pivot writes in Keras for a PyTorch TCN (`nn.ModuleList(blocks)` of Conv1d blocks): `self.network =
list(blocks)`, called in a loop `for block in self.network: x = block(x)`. On the way back Pivot does not resolve
`block` to the file's CausalBlock (which takes images, channels-first in PyTorch), so the model's input was kept
channels-last and handed to channels-first blocks: exit 0, a WeightError of the Linear (1, 4) for (1, 16). Named."""
# pivot-corpus: name=TCN input_shape=2,32,4
import keras
from keras import layers


class CausalBlock(keras.Model):
    def __init__(self, out_ch, dilation):
        super().__init__()
        self.conv = keras.Sequential([layers.ZeroPadding1D((2 * dilation, 0)),
                                      layers.Conv1D(out_ch, 3, dilation_rate=dilation)])
        self.relu = layers.ReLU()

    def call(self, x):
        return self.relu(self.conv(x))


class TCN(keras.Model):
    def __init__(self, channels=8, num_levels=2):
        super().__init__()
        blocks = []
        for i in range(num_levels):
            blocks.append(CausalBlock(channels, dilation=2 ** i))
        self.network = list(blocks)
        self.linear = layers.Dense(1)

    def call(self, x):
        for block in self.network:
            x = block(x)
        return self.linear(x[:, -1])
