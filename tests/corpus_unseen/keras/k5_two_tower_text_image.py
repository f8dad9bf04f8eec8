"""Multi-input keras.io "multimodal" style: an image tower (Conv2D, MaxPooling2D, GlobalAveragePooling2D) and a
text tower (Embedding, Conv1D, GlobalMaxPooling1D) joined by `layers.Concatenate(axis=-1)`, named inputs given as
a list to keras.Model."""
# pivot-corpus: name=model input_shape=2,20,20,3;2,10 input_dtype=float32,int64
import keras
from keras import layers

image_input = keras.Input(shape=(20, 20, 3), name="image")
text_input = keras.Input(shape=(10,), dtype="int32", name="text")

i = layers.Conv2D(8, 3, activation="relu", name="img_conv")(image_input)
i = layers.MaxPooling2D(2, name="img_pool")(i)
i = layers.GlobalAveragePooling2D(name="img_gap")(i)

t = layers.Embedding(60, 8, name="txt_embed")(text_input)
t = layers.Conv1D(8, 3, activation="relu", name="txt_conv")(t)
t = layers.GlobalMaxPooling1D(name="txt_gmp")(t)

merged = layers.Concatenate(axis=-1, name="fusion")([i, t])
merged = layers.Dense(16, activation="relu", name="fusion_dense")(merged)
out = layers.Dense(2, activation="softmax", name="label")(merged)
model = keras.Model(inputs=[image_input, text_input], outputs=out)
