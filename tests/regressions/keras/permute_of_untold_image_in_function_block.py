"""A Keras Sequential a module-level function returns (`Permute((3, 1, 2))`, then Flatten and Dense), called on
the output of a conv in call(): nothing tells the function's block that its input is an image, and the Permute was
copied as it is into PyTorch, where the image is channels-first (exit 0, NOT equivalent: 2.69 off; found on the
way back of Pivot's own Keras text for tests/regressions/torch/function_block_flattens_image.py). An image's axes
differ between the layouts: a Permute of an input of unknown rank was a named PIV103. Since session 7 (wb3) the block
takes the images its one caller passes (`shapes.with_images_from_callers`, now for Keras blocks too), and the Permute
becomes the identity of PyTorch's channels-first image: it verifies."""
# pivot-corpus: name=Net input_shape=2,4,4,3
import keras
from keras import layers


def head():
    return keras.Sequential([layers.Permute((3, 1, 2)), layers.Flatten(), layers.Dense(10)])


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.conv = layers.Conv2D(4, 3, padding="same")
        self.head = head()

    def call(self, x):
        return self.head(self.conv(x))
