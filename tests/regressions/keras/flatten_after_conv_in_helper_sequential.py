"""A Keras Sequential a module-level function returns (Conv1D, Flatten, Dense), called on a conv's sequence image in
call(): its own conv tells its image rank, so it was not taken for a block its callers size, and its flatten was
read back as a plain nn.Flatten of the channels-first image; the weight copy walks the block unsized and copies the
Dense as it is (exit 0, NOT equivalent: max 2.8). A Sequential other models of the file use has unknown sizes
whatever its caller is given: its flatten moves the image channels-last first (`Permute((2, 1))`), Keras's order."""
# pivot-corpus: name=Net input_shape=2,12,3
import keras
from keras import layers


def head(n):
    return keras.Sequential([layers.Conv1D(8, 3), layers.Flatten(), layers.Dense(n)])


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.conv = layers.Conv1D(4, 3, padding="same")
        self.head = head(10)

    def call(self, x):
        return self.head(self.conv(x))
