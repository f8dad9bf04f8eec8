"""keras.io "Image classification with modern MLP models" (MLP-Mixer): a layers.Layer subclass MLPMixerLayer whose
call() does LayerNormalization, `layers.Permute((2, 1))`, token-mixing MLP, permute back, residual `x + ...`,
channel-mixing MLP; patches from a strided Conv2D and a Reshape."""
# pivot-corpus: name=build_classifier input_shape=2,16,16,3
import keras
from keras import layers


class MLPMixerLayer(layers.Layer):
    def __init__(self, num_patches, hidden_units, dropout_rate, *args, **kwargs):
        super().__init__(*args, **kwargs)

        self.mlp1 = keras.Sequential(
            [
                layers.Dense(units=num_patches, activation="gelu"),
                layers.Dense(units=num_patches),
                layers.Dropout(rate=dropout_rate),
            ]
        )
        self.mlp2 = keras.Sequential(
            [
                layers.Dense(units=num_patches, activation="gelu"),
                layers.Dense(units=hidden_units),
                layers.Dropout(rate=dropout_rate),
            ]
        )
        self.normalize = layers.LayerNormalization(epsilon=1e-6)

    def call(self, inputs):
        x = self.normalize(inputs)
        x_channels = keras.ops.transpose(x, axes=(0, 2, 1))
        mlp1_outputs = self.mlp1(x_channels)
        mlp1_outputs = keras.ops.transpose(mlp1_outputs, axes=(0, 2, 1))
        x = mlp1_outputs + inputs
        x_patches = self.normalize(x)
        mlp2_outputs = self.mlp2(x_patches)
        x = x + mlp2_outputs
        return x


def build_classifier(num_classes=3, embedding_dim=12, patch_size=4, image_size=16):
    num_patches = (image_size // patch_size) ** 2
    inputs = layers.Input(shape=(image_size, image_size, 3))
    x = layers.Conv2D(embedding_dim, patch_size, strides=patch_size)(inputs)
    x = layers.Reshape((num_patches, embedding_dim))(x)
    x = MLPMixerLayer(num_patches, embedding_dim, 0.2)(x)
    x = MLPMixerLayer(num_patches, embedding_dim, 0.2)(x)
    representation = layers.GlobalAveragePooling1D()(x)
    representation = layers.Dropout(rate=0.2)(representation)
    logits = layers.Dense(num_classes)(representation)
    return keras.Model(inputs=inputs, outputs=logits)
