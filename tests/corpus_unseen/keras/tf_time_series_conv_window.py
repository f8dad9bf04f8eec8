"""tensorflow.org "Time series forecasting" conv_model: tf.keras.Sequential without an Input, a
Conv1D(kernel_size=(CONV_WIDTH,)) over the input window, Dense layers applied to every remaining time step."""
# pivot-corpus: name=conv_model input_shape=2,3,19
import tensorflow as tf

CONV_WIDTH = 3

conv_model = tf.keras.Sequential([
    tf.keras.layers.Conv1D(filters=32,
                           kernel_size=(CONV_WIDTH,),
                           activation='relu'),
    tf.keras.layers.Dense(units=32, activation='relu'),
    tf.keras.layers.Dense(units=1),
])
