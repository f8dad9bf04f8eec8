"""Keras two-tower similarity models (keras.io collaborative filtering, Stack Overflow "cosine similarity
between two embeddings in keras"): two Dense towers over two inputs and `layers.Dot(axes=1,
normalize=True)([a, b])` (cosine), plus an unnormalised `layers.Dot(axes=-1)` score, concatenated and passed
through a sigmoid Dense."""
# pivot-corpus: name=model input_shape=4,10;4,6
from tensorflow import keras
from tensorflow.keras import layers

user_in = keras.Input(shape=(10,), name="user")
item_in = keras.Input(shape=(6,), name="item")
u = layers.Dense(16, activation="relu")(user_in)
u = layers.Dense(8)(u)
v = layers.Dense(16, activation="relu")(item_in)
v = layers.Dense(8)(v)
cos = layers.Dot(axes=1, normalize=True)([u, v])
raw = layers.Dot(axes=-1)([u, v])
score = layers.Concatenate()([cos, raw])
out = layers.Dense(1, activation="sigmoid")(score)
model = keras.Model(inputs=[user_in, item_in], outputs=out)
