"""A small 3-D CNN for short clips or volumes; input is (batch, depth, height, width, channels)."""
# pivot-corpus: name=volume_net input_shape=2,8,16,16,1
import keras
from keras import layers

volume_net = keras.Sequential(
    [
        keras.Input(shape=(8, 16, 16, 1)),
        layers.Conv3D(8, kernel_size=3, padding="same", activation="relu"),
        layers.BatchNormalization(),
        layers.MaxPooling3D(pool_size=2),  # 4x8x8
        layers.Conv3D(16, kernel_size=3, padding="same", use_bias=False),
        layers.BatchNormalization(momentum=0.9, epsilon=1e-5),
        layers.Activation("elu"),
        layers.AveragePooling3D(pool_size=(2, 2, 2)),  # 2x4x4
        layers.Flatten(),
        layers.Dense(4),
    ],
    name="volume_net",
)
