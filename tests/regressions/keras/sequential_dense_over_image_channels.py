"""Issue 13: a keras.Sequential applying Conv2D, LayerNormalization and Dense to a channels-last image (ConvNeXt's
block): nn.Sequential cannot transpose between its modules (PIV105 before); the Dense and the LayerNormalization
over the channel axis become their PyTorch modules wrapped in `ChannelsLast`, the image channels-first around them."""
# pivot-corpus: name=Block input_shape=2,8,8,8 input_dtype=float32
import keras
from keras import layers


class Block(keras.Model):
    def __init__(self, dim=8):
        super().__init__()
        self.body = keras.Sequential([
            layers.Conv2D(dim, 3, padding="same", groups=dim),
            layers.LayerNormalization(epsilon=1e-6),
            layers.Dense(4 * dim, activation="gelu"),
            layers.Dense(dim),
        ])
        self.head = layers.Conv2D(dim, 1)

    def call(self, x):
        return self.head(self.body(x)) + x
