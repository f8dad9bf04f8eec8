"""Deep Learning with Python (2nd ed., ch. 9, "mini Xception"): blocks of BatchNormalization, Activation('relu'),
`SeparableConv2D(size, 3, padding='same', use_bias=False)` twice, MaxPooling2D(3, strides=2, padding='same'),
and a residual `Conv2D(size, 1, strides=2, padding='same', use_bias=False)` added back, in a loop over sizes."""
# pivot-corpus: name=model input_shape=2,24,24,3
from tensorflow import keras
from tensorflow.keras import layers

inputs = keras.Input(shape=(24, 24, 3))
x = layers.Rescaling(1.0 / 255)(inputs)
x = layers.Conv2D(filters=8, kernel_size=5, use_bias=False)(x)

for size in [8, 16]:
    residual = x

    x = layers.BatchNormalization()(x)
    x = layers.Activation("relu")(x)
    x = layers.SeparableConv2D(size, 3, padding="same", use_bias=False)(x)

    x = layers.BatchNormalization()(x)
    x = layers.Activation("relu")(x)
    x = layers.SeparableConv2D(size, 3, padding="same", use_bias=False)(x)

    x = layers.MaxPooling2D(3, strides=2, padding="same")(x)

    residual = layers.Conv2D(size, 1, strides=2, padding="same", use_bias=False)(residual)
    x = layers.add([x, residual])

x = layers.GlobalAveragePooling2D()(x)
x = layers.Dropout(0.5)(x)
outputs = layers.Dense(1, activation="sigmoid")(x)
model = keras.Model(inputs=inputs, outputs=outputs)
