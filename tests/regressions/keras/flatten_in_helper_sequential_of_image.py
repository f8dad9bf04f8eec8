"""A Keras Sequential a module-level function returns (Flatten, then Dense), called on a conv's image in call():
Pivot's own Keras text for tests/regressions/torch/function_block_flattens_image.py. The block's images come from
its caller, their sizes unknown in the block, so the Dense's weights cannot be reordered for a flatten in PyTorch's
order: the way back wrote a plain nn.Flatten of the channels-first image (exit 0, NOT equivalent: max 0.32). The
flatten now moves the image channels-last first (`Permute((2, 3, 1))` in the nn.Sequential), Keras's order."""
# pivot-corpus: name=Net input_shape=2,4,4,3
import keras
from keras import layers


def head():
    return keras.Sequential([layers.Flatten(), layers.Dense(16), layers.ReLU(), layers.Dense(10)])


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.conv = layers.Conv2D(4, 3, padding="same")
        self.head = head()

    def call(self, x):
        return self.head(self.conv(x))
