"""Hands-On ML ch. 11 regularisation: `RegularizedDense = partial(keras.layers.Dense, activation="elu",
kernel_initializer="he_normal", kernel_regularizer=keras.regularizers.l2(0.01))`, a Dense with
`kernel_constraint=keras.constraints.max_norm(1.)`, l1_l2 regularizers and AlphaDropout-free Dropout(rate=0.2)."""
# pivot-corpus: name=model input_shape=2,28,28
from functools import partial

from tensorflow import keras

RegularizedDense = partial(keras.layers.Dense,
                           activation="elu",
                           kernel_initializer="he_normal",
                           kernel_regularizer=keras.regularizers.l2(0.01))

model = keras.models.Sequential([
    keras.layers.Flatten(input_shape=[28, 28]),
    RegularizedDense(300),
    keras.layers.Dropout(rate=0.2),
    keras.layers.Dense(100, activation="selu", kernel_initializer="lecun_normal",
                       kernel_constraint=keras.constraints.max_norm(1.),
                       kernel_regularizer=keras.regularizers.l1_l2(l1=1e-5, l2=1e-4)),
    RegularizedDense(10, activation="softmax", kernel_initializer="glorot_uniform")
])
