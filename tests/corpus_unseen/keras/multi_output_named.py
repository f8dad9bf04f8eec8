"""keras.io "The Functional API" multi-output style: one trunk, two heads named "priority" and "department",
returned as `keras.Model(inputs=..., outputs={"priority": p, "department": d})`."""
# pivot-corpus: name=model input_shape=2,32
import keras
from keras import layers

features = keras.Input(shape=(32,), name="features")
x = layers.Dense(24, activation="relu")(features)
x = layers.Dense(16, activation="relu")(x)
priority_pred = layers.Dense(1, name="priority")(x)
department_pred = layers.Dense(4, name="department")(x)
model = keras.Model(inputs=features, outputs={"priority": priority_pred, "department": department_pred})
