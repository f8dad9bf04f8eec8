"""keras.io's Transformer feed-forward part as a custom layer: `self.ffn = keras.Sequential([Dense(ff_dim,
activation="relu"), Dense(embed_dim)])` (PyTorch's nn.Sequential gets an nn.ReLU of its own, so its indices differ
from Keras's), applied straight to the input of a functional classifier of sequences (the custom layer reads
(N, T, F) features-last, so the input stays a sequence, not a 1-D image)."""
# pivot-corpus: name=build_model input_shape=2,10,16 input_dtype=float32
import keras
from keras import layers


class FeedForward(layers.Layer):
    def __init__(self, embed_dim, ff_dim, rate=0.1):
        super().__init__()
        self.ffn = keras.Sequential([layers.Dense(ff_dim, activation="relu"), layers.Dense(embed_dim)])
        self.layernorm = layers.LayerNormalization(epsilon=1e-6)
        self.dropout = layers.Dropout(rate)

    def call(self, inputs, training=False):
        ffn_output = self.dropout(self.ffn(inputs), training=training)
        return self.layernorm(inputs + ffn_output)


def build_model(maxlen=10, embed_dim=16, ff_dim=32, num_classes=3):
    inputs = keras.Input(shape=(maxlen, embed_dim))
    x = FeedForward(embed_dim, ff_dim)(inputs)
    x = layers.GlobalAveragePooling1D()(x)
    x = layers.Dropout(0.1)(x)
    x = layers.Dense(20, activation="relu")(x)
    outputs = layers.Dense(num_classes, activation="softmax")(x)
    return keras.Model(inputs, outputs)
