"""A module-level functional MLP with tuned batch normalization and dropout."""
# pivot-corpus: name=model input_shape=2,20
import keras
from keras import layers

inputs = keras.Input(shape=(20,), name="features")
x = layers.Dense(128, use_bias=False)(inputs)
x = layers.BatchNormalization(momentum=0.9, epsilon=1e-5)(x)
x = layers.Activation("relu")(x)
x = layers.Dropout(0.3)(x)
x = layers.Dense(64)(x)
x = layers.BatchNormalization(momentum=0.99, epsilon=1e-3, name="bn_2")(x)
x = layers.ELU()(x)
x = layers.Dropout(0.2)(x)
outputs = layers.Dense(3, activation="softmax", name="probs")(x)

model = keras.Model(inputs=inputs, outputs=outputs, name="tabular_mlp")
