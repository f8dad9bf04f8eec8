"""The Keras twin of kernel_sized_by_call_argument (EEGNet read back to PyTorch): a spatial kernel
`(n_channels, 1)` and filters `F2` given by constructor parameters, then a flatten into a Dense layer. The flattened
image's sizes are not literals, so the way back named it (PIV105 "Pivot cannot permute its weights") although the
instance verify and weight conversion build tells them (the file's call, or the defaults): the way back of
q_eegnet_depthwise_2d and x_eeg_cnn2d_channels_time (wb3, session 12). Now only sizes that stay unknown with every
input size given and the parameters at their defaults are named."""
# pivot-corpus: name=EEGLike input_shape=2,4,40,1
import keras
from keras import layers


class EEGLike(keras.Model):
    def __init__(self, n_channels: int = 8, F1: int = 4, F2: int = 16, n_classes: int = 3):
        super().__init__()
        self.temporal = layers.Conv2D(F1, (1, 5), padding="same", use_bias=False)
        self.spatial = layers.Conv2D(F2, (n_channels, 1), use_bias=False)
        self.pool = layers.AveragePooling2D((1, 4))
        self.flatten = layers.Flatten()
        self.head = layers.Dense(n_classes)

    def call(self, x):
        x = self.pool(self.spatial(self.temporal(x)))
        return self.head(self.flatten(x))


model = EEGLike(n_channels=4, F2=6)
