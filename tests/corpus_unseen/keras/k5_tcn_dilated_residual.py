"""keras-tcn style temporal block: a `residual_block(x, dilation_rate, nb_filters, kernel_size)` helper of two
causal dilated Conv1D with Activation('relu') and SpatialDropout1D, a 1x1 Conv1D matching the skip when channel
counts differ, `layers.add`, and a Lambda(lambda t: t[:, -1, :]) taking the last step."""
# pivot-corpus: name=model input_shape=2,24,3
from tensorflow import keras
from tensorflow.keras import layers


def residual_block(x, dilation_rate, nb_filters, kernel_size, dropout_rate=0.1):
    prev_x = x
    for k in range(2):
        x = layers.Conv1D(filters=nb_filters, kernel_size=kernel_size, dilation_rate=dilation_rate,
                          padding='causal', name='conv1D_{}_d{}'.format(k, dilation_rate))(x)
        x = layers.Activation('relu')(x)
        x = layers.SpatialDropout1D(rate=dropout_rate)(x)
    if prev_x.shape[-1] != nb_filters:
        prev_x = layers.Conv1D(nb_filters, 1, padding='same', name='matching_d{}'.format(dilation_rate))(prev_x)
    res_x = layers.add([prev_x, x])
    return layers.Activation('relu')(res_x)


i = keras.Input(shape=(24, 3))
o = i
for d in (1, 2, 4):
    o = residual_block(o, d, 8, 3)
o = layers.Lambda(lambda tt: tt[:, -1, :])(o)
o = layers.Dense(1)(o)
model = keras.Model(inputs=[i], outputs=[o])
