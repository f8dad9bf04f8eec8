"""tensorflow.org "Basic regression: Predict fuel efficiency": build_and_compile_model() returns a
keras.Sequential([Dense(64, relu), Dense(64, relu), Dense(1)]) compiled inside the builder with
tf.keras.optimizers.Adam(0.001) (the tutorial's Normalization layer, which needs adapt() on data, left out)."""
# pivot-corpus: name=build_and_compile_model input_shape=4,9
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers


def build_and_compile_model():
    model = keras.Sequential([
        layers.Dense(64, activation='relu'),
        layers.Dense(64, activation='relu'),
        layers.Dense(1)
    ])
    model.compile(loss='mean_absolute_error', optimizer=tf.keras.optimizers.Adam(0.001))
    return model


dnn_model = build_and_compile_model()
