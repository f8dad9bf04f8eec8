"""WaveNet-style time-series forecaster (Géron's Hands-On ML): Sequential of Conv1D(padding="causal",
dilation_rate=rate) added by a module-level `for rate in (1, 2, 4, 8):` loop, a final 1x1 Conv1D."""
# pivot-corpus: name=model input_shape=2,32,1
import tensorflow as tf

model = tf.keras.Sequential()
model.add(tf.keras.layers.InputLayer(shape=(None, 1)))
for rate in (1, 2, 4, 8):
    model.add(tf.keras.layers.Conv1D(filters=8, kernel_size=2, padding="causal", activation="relu",
                                     dilation_rate=rate))
model.add(tf.keras.layers.Conv1D(filters=4, kernel_size=1))
