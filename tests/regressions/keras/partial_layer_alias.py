"""uk7 (Hands-On ML's `RegularizedDense = partial(keras.layers.Dense, activation="elu", ...)`): a module-level
functools.partial of a Keras layer called in a Sequential was kept as written in the nn.Sequential (exit 0, a
Keras Dense inside a PyTorch model); it reads as the layer with the merged arguments, a call's keyword overriding
the partial's (`activation="softmax"`)."""
# pivot-corpus: name=model input_shape=2,6,6,2
from functools import partial

from tensorflow import keras

RegularizedDense = partial(keras.layers.Dense, activation="elu", kernel_initializer="he_normal",
                           kernel_regularizer=keras.regularizers.l2(0.01))
DefaultConv2D = partial(keras.layers.Conv2D, kernel_size=3, activation="relu", padding="SAME")

model = keras.models.Sequential([
    DefaultConv2D(filters=4, input_shape=[6, 6, 2]),
    DefaultConv2D(8, kernel_size=1, activation=None),
    keras.layers.Flatten(),
    RegularizedDense(16),
    RegularizedDense(3, activation="softmax"),
])
