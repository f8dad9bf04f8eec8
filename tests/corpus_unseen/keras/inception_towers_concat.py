"""Keras functional-API guide (Keras 2 docs) inception module: three towers on the same input (1x1 -> 3x3,
1x1 -> 5x5, MaxPooling2D(strides=1, padding='same') -> 1x1) joined with layers.concatenate(..., axis=-1)."""
# pivot-corpus: name=model input_shape=2,16,16,3
from tensorflow.keras.layers import Input, Conv2D, MaxPooling2D, concatenate, GlobalAveragePooling2D, Dense
from tensorflow.keras.models import Model

input_img = Input(shape=(16, 16, 3))

tower_1 = Conv2D(8, (1, 1), padding="same", activation="relu")(input_img)
tower_1 = Conv2D(8, (3, 3), padding="same", activation="relu")(tower_1)

tower_2 = Conv2D(8, (1, 1), padding="same", activation="relu")(input_img)
tower_2 = Conv2D(8, (5, 5), padding="same", activation="relu")(tower_2)

tower_3 = MaxPooling2D((3, 3), strides=(1, 1), padding="same")(input_img)
tower_3 = Conv2D(8, (1, 1), padding="same", activation="relu")(tower_3)

output = concatenate([tower_1, tower_2, tower_3], axis=-1)
output = GlobalAveragePooling2D()(output)
output = Dense(4)(output)
model = Model(inputs=input_img, outputs=output)
