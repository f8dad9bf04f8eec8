"""keras.io ViT-style patch extraction: images resized (the example's augmentation), split into patches by
`keras.ops.image.extract_patches` with a module-level patch size, flattened per patch by a Reshape, projected
and classified. Keras lays each patch out as (row, column, channel): PyTorch gets the same order."""
# pivot-corpus: name=create_vit_classifier input_shape=2,10,10,3
import keras
from keras import layers, ops

image_size = 12
patch_size = 4
num_patches = (image_size // patch_size) ** 2
projection_dim = 8


def create_vit_classifier(num_classes=3):
    inputs = keras.Input(shape=(10, 10, 3))
    resized = layers.Resizing(image_size, image_size)(inputs)
    patches = ops.image.extract_patches(resized, size=patch_size)
    patches = layers.Reshape((num_patches, patch_size * patch_size * 3))(patches)
    encoded = layers.Dense(projection_dim)(patches)
    representation = layers.Flatten()(encoded)
    logits = layers.Dense(num_classes)(representation)
    return keras.Model(inputs=inputs, outputs=logits)
