"""A subclassed classifier: Adam with a small epsilon and a from-logits loss, one batch per epoch."""
import keras
from keras import layers


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.hidden = layers.Dense(32, activation="relu")
        self.logits = layers.Dense(4)

    def call(self, x):
        return self.logits(self.hidden(x))


def train(model, x, y):
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01, epsilon=1e-10),
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
    history = model.fit(x, y, batch_size=len(x), epochs=5, shuffle=False, verbose=0)
    return history.history["loss"]
