"""A Keras squeeze-excitation layer of the file given images only by a list-built chain (`modules += [Conv1D,
BatchNormalization, ReLU, SE1d(c)]`, then `keras.Sequential([*modules])`): `keras.ops.mean(x, axis=1)` over the
steps and `keras.ops.expand_dims(s, 1)` of its weights. The rank a chain fixes for a class of the file was read
for PyTorch's chains only, so the layer was not told it takes images: read back unmoved (exit 0, a RuntimeError at
the product in PyTorch; the way back of b_se_cnn1d_ecg_mean_unsqueeze, wb3 in session 12)."""
# pivot-corpus: name=SEECG input_shape=2,40,4
import keras
from keras import layers


class SE1d(keras.Model):
    def __init__(self, channels, reduction=2):
        super().__init__()
        self.fc = keras.Sequential([
            layers.Dense(channels // reduction),
            layers.ReLU(),
            layers.Dense(channels, activation="sigmoid"),
        ])

    def call(self, x):
        s = keras.ops.mean(x, axis=1)
        s = self.fc(s)
        return x * keras.ops.expand_dims(s, 1)


class SEECG(keras.Model):
    def __init__(self, n_labels=3):
        super().__init__()
        modules = []
        for out_c in (8, 16):
            modules += [
                layers.Conv1D(out_c, 5, strides=2, padding="same", use_bias=False),
                layers.BatchNormalization(),
                layers.ReLU(),
                SE1d(out_c),
            ]
        self.body = keras.Sequential([*modules])
        self.gap = layers.GlobalAveragePooling1D()
        self.fc = layers.Dense(n_labels)

    def call(self, x):
        return self.fc(self.gap(self.body(x)))
