"""uk8 (k6_handson_max_norm_l1_l2): module-level `DefaultConv = partial(layers.Conv2D, ...)` and `K = keras.backend`,
which nothing reads once the model is migrated (its layers written out), are not left in the PyTorch file, nor the
`from functools import partial` only they used (they were kept, with a PIV204 warning and the Keras imports)."""
# pivot-corpus: name=model input_shape=2,8,8,3 input_dtype=float32
from functools import partial

import keras
from keras import layers

K = keras.backend
DefaultConv = partial(layers.Conv2D, kernel_size=3, padding="same", activation="relu")

model = keras.Sequential([
    keras.Input((8, 8, 3)),
    DefaultConv(4),
    DefaultConv(6, kernel_size=1),
    layers.GlobalAveragePooling2D(),
    layers.Dense(2),
])
