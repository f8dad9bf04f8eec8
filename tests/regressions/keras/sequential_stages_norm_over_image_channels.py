"""Issue 13: ConvNeXt's stem and downsampling layers, keras.Sequentials built in a loop whose factory-made
LayerNormalization reads the channels of an image (before and after a Conv2D): the chain of each Sequential tells
the image rank, and the norm is wrapped in `ChannelsLast` (it normalized the image's width in PyTorch: exit 0, then
LayerNorm weights of the wrong width)."""
# pivot-corpus: name=Net input_shape=2,16,16,3 input_dtype=float32
import keras
from keras import layers


class Net(keras.Model):
    def __init__(self, widths=(8, 16)):
        super().__init__()
        norm_layer = lambda: layers.LayerNormalization(epsilon=1e-6)
        stages = [keras.Sequential([layers.Conv2D(widths[0], 2, strides=2), norm_layer()])]
        for before, after in zip(widths[:-1], widths[1:]):
            stages.append(keras.Sequential([norm_layer(), layers.Conv2D(after, 2, strides=2)]))
            stages.append(keras.Sequential([layers.Conv2D(after, 3, padding="same"), layers.LayerNormalization()]))
        self.stem = layers.Conv2D(3, 1)
        self.features = keras.Sequential(stages)
        self.pool = layers.GlobalAveragePooling2D()

    def call(self, x):
        return self.pool(self.features(self.stem(x)))
