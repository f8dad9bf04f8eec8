"""keras.io "Vision Transformer" condensed: a PatchEncoder layers.Layer with a Dense projection and an Embedding of
`ops.arange(num_patches)` added as position encoding, transformer blocks of LayerNormalization(epsilon=1e-6),
MultiHeadAttention(num_heads, key_dim, dropout=0.1), layers.Add() skips and an mlp() helper with Dense(gelu) and
Dropout; patches from Conv2D + Reshape."""
# pivot-corpus: name=create_vit_classifier input_shape=2,16,16,3
import keras
from keras import layers, ops

image_size = 16
patch_size = 4
num_patches = (image_size // patch_size) ** 2
projection_dim = 16
num_heads = 2
transformer_units = [projection_dim * 2, projection_dim]
transformer_layers = 2


def mlp(x, hidden_units, dropout_rate):
    for units in hidden_units:
        x = layers.Dense(units, activation=keras.activations.gelu)(x)
        x = layers.Dropout(dropout_rate)(x)
    return x


class PatchEncoder(layers.Layer):
    def __init__(self, num_patches, projection_dim):
        super().__init__()
        self.num_patches = num_patches
        self.projection = layers.Dense(units=projection_dim)
        self.position_embedding = layers.Embedding(input_dim=num_patches, output_dim=projection_dim)

    def call(self, patch):
        positions = ops.expand_dims(ops.arange(start=0, stop=self.num_patches, step=1), axis=0)
        projected_patches = self.projection(patch)
        encoded = projected_patches + self.position_embedding(positions)
        return encoded


def create_vit_classifier():
    inputs = keras.Input(shape=(image_size, image_size, 3))
    patches = layers.Conv2D(3 * patch_size * patch_size, patch_size, strides=patch_size)(inputs)
    patches = layers.Reshape((num_patches, 3 * patch_size * patch_size))(patches)
    encoded_patches = PatchEncoder(num_patches, projection_dim)(patches)
    for _ in range(transformer_layers):
        x1 = layers.LayerNormalization(epsilon=1e-6)(encoded_patches)
        attention_output = layers.MultiHeadAttention(num_heads=num_heads, key_dim=projection_dim,
                                                     dropout=0.1)(x1, x1)
        x2 = layers.Add()([attention_output, encoded_patches])
        x3 = layers.LayerNormalization(epsilon=1e-6)(x2)
        x3 = mlp(x3, hidden_units=transformer_units, dropout_rate=0.1)
        encoded_patches = layers.Add()([x3, x2])
    representation = layers.LayerNormalization(epsilon=1e-6)(encoded_patches)
    representation = layers.Flatten()(representation)
    representation = layers.Dropout(0.5)(representation)
    features = mlp(representation, hidden_units=[32], dropout_rate=0.5)
    logits = layers.Dense(4)(features)
    model = keras.Model(inputs=inputs, outputs=logits)
    return model
