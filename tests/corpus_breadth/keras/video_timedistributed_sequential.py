"""A keras.Sequential video classifier: TimeDistributed Conv2D / MaxPooling2D / Flatten / Dense per frame, then
GlobalAveragePooling1D over the frames. The (frames, H, W, C) input is steps of images (kept channels-last), not a
3-D image, even though a layout-sensitive layer (the 1-D pooling) follows."""
# pivot-corpus: name=build_frame_classifier input_shape=2,4,8,8,3 input_dtype=float32
import keras
from keras import layers


def build_frame_classifier(num_classes=3):
    return keras.Sequential([
        keras.Input(shape=(4, 8, 8, 3)),
        layers.TimeDistributed(layers.Conv2D(4, 3, activation="relu")),
        layers.TimeDistributed(layers.MaxPooling2D()),
        layers.TimeDistributed(layers.Flatten()),
        layers.TimeDistributed(layers.Dense(6)),
        layers.GlobalAveragePooling1D(),
        layers.Dense(num_classes),
    ])
