"""A regression model: Adagrad with its Keras defaults, the Huber loss, mae as a metric."""
import keras
from keras import layers


def build_model():
    inputs = keras.Input(shape=(20,))
    hidden = layers.Dense(16, activation="relu")(inputs)
    outputs = layers.Dense(1)(hidden)
    return keras.Model(inputs, outputs)


def train(model, x, y):
    model.compile(optimizer=keras.optimizers.Adagrad(learning_rate=0.05), loss=keras.losses.Huber(delta=0.5),
                  metrics=["mae"])
    history = model.fit(x, y, batch_size=len(x), epochs=5, shuffle=False, verbose=0)
    return history.history["loss"]
