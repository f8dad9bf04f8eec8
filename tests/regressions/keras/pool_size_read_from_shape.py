"""wb7 (the way back of t_torchaudio_m5_conv1d): `keras.ops.average_pool(x, (x.shape[1],), ...)`, Pivot's Keras for
`F.avg_pool1d(x, x.shape[-1])`, was a named error on the way back (a pool size not known statically: which of
avg_pool1d/2d/3d could not be told); a tuple of sizes read as `x.shape[i]` or `keras.ops.shape(x)[i]` gives the rank
(one size: 1-D) and each read moves to PyTorch's axes (`x.shape[2]` of the channels-first sequence)."""
# pivot-corpus: name=GlobalPoolNet input_shape=2,40,3
import keras
from keras import layers


class GlobalPoolNet(keras.Model):
    def __init__(self, classes=4):
        super().__init__()
        self.conv = layers.Conv1D(8, 5, strides=2)
        self.fc = layers.Dense(classes)

    def call(self, x):
        x = keras.ops.relu(self.conv(x))
        x = keras.ops.average_pool(x, (x.shape[1],), strides=(x.shape[1],), padding="valid")
        x = keras.ops.max_pool(x, (keras.ops.shape(x)[1],), strides=(keras.ops.shape(x)[1],), padding="valid")
        return self.fc(keras.ops.squeeze(x, 1))
