"""tensorflow.org "Overfit and underfit": tf.keras.Sequential of Dense layers with
kernel_regularizer=regularizers.l2(0.0001) and Dropout, the elu activation, input_shape=(FEATURES,)."""
# pivot-corpus: name=combined_model input_shape=4,28
import tensorflow as tf
from tensorflow.keras import layers
from tensorflow.keras import regularizers

FEATURES = 28

combined_model = tf.keras.Sequential([
    layers.Dense(64, kernel_regularizer=regularizers.l2(0.0001),
                 activation='elu', input_shape=(FEATURES,)),
    layers.Dropout(0.5),
    layers.Dense(64, kernel_regularizer=regularizers.l2(0.0001),
                 activation='elu'),
    layers.Dropout(0.5),
    layers.Dense(64, kernel_regularizer=regularizers.l2(0.0001),
                 activation='elu'),
    layers.Dropout(0.5),
    layers.Dense(1)
])
