"""Issue 12: the Keras mirror of torch/modulelist_slice_loop: `for block in self.blocks[:-1]` over a list of layers."""
# pivot-corpus: name=DeepMLP input_shape=2,10
import keras
from keras import layers


class DeepMLP(keras.Model):
    def __init__(self, hidden=(32, 16, 8), output_dim=2):
        super().__init__()
        self.blocks = [layers.Dense(h, activation="relu") for h in hidden]
        self.blocks.append(layers.Dense(output_dim))

    def call(self, x):
        for block in self.blocks[:-1]:
            x = block(x)
        return self.blocks[-1](x)
