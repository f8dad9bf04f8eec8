"""tensorflow.org "Time series forecasting" conv_model and multi-step dense: tf.keras.Sequential with a
Conv1D(kernel_size=(CONV_WIDTH,)) over the window, Dense layers applied per time step, and a Lambda that keeps
the last time step `x[:, -1:, :]` (narrower)."""
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
