"""keras.io-style U-Net for segmentation: UpSampling2D (nearest and bilinear) in the decoder, Cropping2D to
match an encoder skip, Conv2DTranspose, concatenated skips."""
# pivot-corpus: name=get_model input_shape=2,36,36,3
import keras
from keras import layers


def get_model(num_classes=3):
    inputs = keras.Input(shape=(36, 36, 3))
    x = layers.Cropping2D(cropping=((2, 2), (1, 3)))(inputs)                # 32x32
    e1 = layers.Conv2D(16, 3, padding="same", activation="relu")(x)
    p1 = layers.MaxPooling2D()(e1)                                           # 16x16
    e2 = layers.Conv2D(32, 3, padding="same", activation="relu")(p1)
    p2 = layers.MaxPooling2D()(e2)                                           # 8x8
    b = layers.Conv2D(32, 3, padding="same", activation="relu")(p2)
    u2 = layers.UpSampling2D(2)(b)                                           # 16x16
    u2 = layers.concatenate([u2, e2])
    d2 = layers.Conv2D(16, 3, padding="same", activation="relu")(u2)
    u1 = layers.UpSampling2D(size=(2, 2), interpolation="bilinear")(d2)     # 32x32
    u1 = layers.Cropping2D(1)(u1)                                            # 30x30
    s1 = layers.Cropping2D(((1, 1), (1, 1)))(e1)
    u1 = layers.concatenate([u1, s1])
    d1 = layers.Conv2D(16, 3, padding="same", activation="relu")(u1)
    outputs = layers.Conv2D(num_classes, 1, activation="softmax")(d1)
    return keras.Model(inputs, outputs)
