"""Kaggle "Toxic Comment Classification" Keras kernels: Embedding, SpatialDropout1D,
`Bidirectional(GRU(..., return_sequences=True))`, then GlobalAveragePooling1D and GlobalMaxPooling1D of the
sequence concatenated, and a sigmoid multi-label Dense."""
# pivot-corpus: name=model input_shape=2,15 input_dtype=int64
from tensorflow.keras.layers import (Bidirectional, Dense, Embedding, GlobalAveragePooling1D,
                                     GlobalMaxPooling1D, GRU, Input, SpatialDropout1D, concatenate)
from tensorflow.keras.models import Model

maxlen = 15
max_features = 60
embed_size = 12

inp = Input(shape=(maxlen,))
x = Embedding(max_features, embed_size)(inp)
x = SpatialDropout1D(0.2)(x)
x = Bidirectional(GRU(10, return_sequences=True))(x)
avg_pool = GlobalAveragePooling1D()(x)
max_pool = GlobalMaxPooling1D()(x)
conc = concatenate([avg_pool, max_pool])
outp = Dense(6, activation="sigmoid")(conc)
model = Model(inputs=inp, outputs=outp)
