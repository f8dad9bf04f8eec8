"""A subclassed keras.Model trained with compile/fit; predictions turned into classes with NumPy."""
import numpy as np
import keras
from keras import layers

NUM_CLASSES = 4
rng = np.random.default_rng(8)
x = rng.normal(size=(120, 10)).astype("float32")
y = rng.integers(0, NUM_CLASSES, size=120)
x_train, x_val = x[:100], x[100:]
y_train, y_val = y[:100], y[100:]


class Classifier(keras.Model):
    def __init__(self, num_classes=NUM_CLASSES):
        super().__init__()
        self.dense1 = layers.Dense(32, activation="relu")
        self.norm = layers.LayerNormalization()
        self.dense2 = layers.Dense(num_classes)

    def call(self, inputs):
        x = self.dense1(inputs)
        x = self.norm(x)
        return self.dense2(x)


model = Classifier()
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.05, momentum=0.9),
              loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
model.fit(x_train, y_train, batch_size=20, epochs=2, validation_data=(x_val, y_val))
probabilities = model.predict(x_val)
predicted = np.argmax(probabilities, axis=1)
print("validation accuracy:", float((predicted == y_val).mean()))
