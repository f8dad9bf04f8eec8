"""keras.io "The Functional API" guide's multi-output ticket model, with `outputs={...}` as a dict (the
guide's `model.compile(loss={"priority": ..., "department": ...})` names): a shared trunk over one input,
`priority_pred = layers.Dense(1, name="priority")(x)` and `department_pred = layers.Dense(num_departments,
name="department")(x)`, `keras.Model(inputs=inputs, outputs={"priority": priority_pred, "department":
department_pred})`."""
# pivot-corpus: name=model input_shape=4,12
import keras
from keras import layers

num_departments = 4

inputs = keras.Input(shape=(12,), name="features")
x = layers.Dense(32, activation="relu")(inputs)
x = layers.Dense(16, activation="relu")(x)
priority_pred = layers.Dense(1, name="priority")(x)
department_pred = layers.Dense(num_departments, name="department")(x)

model = keras.Model(
    inputs=inputs,
    outputs={"priority": priority_pred, "department": department_pred},
)
