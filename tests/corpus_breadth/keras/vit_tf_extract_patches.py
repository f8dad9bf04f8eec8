"""keras.io's first ViT example split images with `tf.image.extract_patches` (sizes/strides as [1, p, p, 1],
rates, padding="VALID"): the same patches as keras.ops.image.extract_patches, here in a subclassed model's call
with the patch size a constructor parameter, then projected and classified."""
# pivot-corpus: name=PatchClassifier input_shape=2,12,12,3
import keras
import tensorflow as tf
from keras import layers


class PatchClassifier(keras.Model):
    def __init__(self, patch_size=4, num_patches=9, projection_dim=8, num_classes=3):
        super().__init__()
        self.patch_size = patch_size
        self.reshape = layers.Reshape((num_patches, patch_size * patch_size * 3))
        self.projection = layers.Dense(projection_dim)
        self.flatten = layers.Flatten()
        self.head = layers.Dense(num_classes)

    def call(self, images):
        patches = tf.image.extract_patches(
            images=images,
            sizes=[1, self.patch_size, self.patch_size, 1],
            strides=[1, self.patch_size, self.patch_size, 1],
            rates=[1, 1, 1, 1],
            padding="VALID",
        )
        encoded = self.projection(self.reshape(patches))
        return self.head(self.flatten(encoded))
