"""keras.io Transformer-style feed-forward blocks as a custom layer: its LayerNormalization's width is only
known where the layer is used (PyTorch gets a lazy LayerNorm that becomes an nn.LayerNorm on the first call),
applied twice in a functional classifier of sequences."""
# pivot-corpus: name=build_model input_shape=2,10,6
import keras
from keras import layers


class FeedForwardBlock(layers.Layer):
    def __init__(self, embed_dim, ff_dim, rate=0.1):
        super().__init__()
        self.dense1 = layers.Dense(ff_dim, activation="relu")
        self.dense2 = layers.Dense(embed_dim)
        self.layernorm = layers.LayerNormalization(epsilon=1e-6)
        self.dropout = layers.Dropout(rate)

    def call(self, inputs, training=False):
        ffn_output = self.dropout(self.dense2(self.dense1(inputs)), training=training)
        return self.layernorm(inputs + ffn_output)


def build_model(embed_dim=8, ff_dim=16, num_classes=3):
    inputs = keras.Input(shape=(10, 6))
    x = layers.Dense(embed_dim)(inputs)
    x = FeedForwardBlock(embed_dim, ff_dim)(x)
    x = FeedForwardBlock(embed_dim, ff_dim, rate=0.2)(x)
    x = layers.GlobalAveragePooling1D()(x)
    outputs = layers.Dense(num_classes, activation="softmax")(x)
    return keras.Model(inputs, outputs)
