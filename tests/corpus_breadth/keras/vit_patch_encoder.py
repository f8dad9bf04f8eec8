"""keras.io ViT-style patch encoder: a custom layer (applied in the functional builder) projecting the patches
and adding position embeddings of `keras.ops.arange` positions, then an MLP head built by a loop over a
module-level list of widths. The patches are the input (extracted in the data pipeline)."""
# pivot-corpus: name=create_vit_classifier input_shape=2,16,12
import keras
from keras import layers, ops

num_patches = 16
projection_dim = 8
mlp_head_units = [32, 16]


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


def create_vit_classifier(num_classes=5):
    inputs = keras.Input(shape=(num_patches, 12))
    encoded_patches = PatchEncoder(num_patches, projection_dim)(inputs)
    representation = layers.Flatten()(encoded_patches)
    features = representation
    for units in mlp_head_units:
        features = layers.Dense(units, activation=keras.activations.gelu)(features)
    logits = layers.Dense(num_classes)(features)
    return keras.Model(inputs=inputs, outputs=logits)
