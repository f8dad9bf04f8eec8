"""Text classification from integer sequences: Embedding, pooling and Dense in a Sequential built with add()."""
import numpy as np
import keras
from keras import layers

max_features = 500
sequence_length = 20
embedding_dim = 16

rng = np.random.default_rng(12)
reviews = rng.integers(1, max_features, size=(150, sequence_length))
reviews[:, -5:] = 0  # padding at the end, as a vectorizer leaves it
ratings = (reviews[:, 0] > max_features // 2).astype("float32")
train_reviews, test_reviews = reviews[:120], reviews[120:]
train_ratings, test_ratings = ratings[:120], ratings[120:]
print("vocabulary:", max_features, "sequence length:", sequence_length)

model = keras.Sequential()
model.add(keras.Input(shape=(sequence_length,), dtype="int64"))
model.add(layers.Embedding(max_features, embedding_dim))
model.add(layers.GlobalAveragePooling1D())
model.add(layers.Dense(16, activation="relu"))
model.add(layers.Dense(1, activation="sigmoid"))

model.compile(loss="binary_crossentropy", optimizer="adam", metrics=["accuracy"])
model.fit(train_reviews, train_ratings, epochs=2, batch_size=30)
loss, accuracy = model.evaluate(test_reviews, test_ratings)
print(f"Accuracy: {accuracy:.3f}")
