"""A CNN-RNN video classifier (keras.io's video classification pattern, with the frame CNN written out): Conv2D,
MaxPooling2D and Flatten applied to every frame by TimeDistributed, then an LSTM over the frames' features.
PyTorch folds the frames into the batch (Pivot's `TimeDistributedModule`); each frame is flattened in Keras's
(H, W, C) order, so the LSTM takes the weights as they are."""
# pivot-corpus: name=build_video_classifier input_shape=2,5,12,12,3 input_dtype=float32
import keras
from keras import layers


def build_video_classifier(frames=5, size=12, channels=3, num_classes=4):
    inputs = keras.Input(shape=(frames, size, size, channels))
    x = layers.TimeDistributed(layers.Conv2D(8, 3, padding="same", activation="relu"))(inputs)
    x = layers.TimeDistributed(layers.MaxPooling2D(2))(x)
    x = layers.TimeDistributed(layers.Conv2D(8, 3, strides=2, padding="same"))(x)
    x = layers.TimeDistributed(layers.Flatten())(x)
    x = layers.LSTM(16)(x)
    outputs = layers.Dense(num_classes, activation="softmax")(x)
    return keras.Model(inputs, outputs)
