"""keras.io "Working with preprocessing layers" / tensorflow.org "Basic regression" without adapt(): a
`layers.Normalization(mean=..., variance=...)` with per-feature statistics written as lists, a scalar
`layers.Normalization(axis=None, mean=3.0, variance=4.0)` branch, Dense regression heads."""
# pivot-corpus: name=model input_shape=4,3;4,1
import keras
from keras import layers

feature_mean = [5.0, 200.0, 0.5]
feature_variance = [4.0, 2500.0, 0.25]

features = keras.Input(shape=(3,), name="features")
horsepower = keras.Input(shape=(1,), name="horsepower")

normalizer = layers.Normalization(mean=feature_mean, variance=feature_variance)
x = normalizer(features)
x = layers.Dense(16, activation="relu")(x)

hp = layers.Normalization(axis=None, mean=3.0, variance=4.0)(horsepower)
hp = layers.Dense(4, activation="relu")(hp)

x = layers.concatenate([x, hp])
outputs = layers.Dense(1)(x)
model = keras.Model(inputs=[features, horsepower], outputs=outputs)
