"""Kaggle toxic-comment kernel style: Embedding, SpatialDropout1D, Bidirectional(GRU(return_sequences=True)),
Conv1D(kernel_size=3, padding="valid", kernel_initializer="glorot_uniform"), GlobalAveragePooling1D and
GlobalMaxPooling1D concatenated, six sigmoid outputs."""
# pivot-corpus: name=get_model input_shape=2,20 input_dtype=int64
from tensorflow.keras.layers import (Input, Embedding, SpatialDropout1D, Bidirectional, GRU, Conv1D,
                                     GlobalAveragePooling1D, GlobalMaxPooling1D, concatenate, Dense)
from tensorflow.keras.models import Model

max_features = 80
maxlen = 20
embed_size = 12


def get_model():
    inp = Input(shape=(maxlen,))
    x = Embedding(max_features, embed_size)(inp)
    x = SpatialDropout1D(0.2)(x)
    x = Bidirectional(GRU(16, return_sequences=True))(x)
    x = Conv1D(16, kernel_size=3, padding="valid", kernel_initializer="glorot_uniform")(x)
    avg_pool = GlobalAveragePooling1D()(x)
    max_pool = GlobalMaxPooling1D()(x)
    x = concatenate([avg_pool, max_pool])
    preds = Dense(6, activation="sigmoid")(x)
    model = Model(inputs=inp, outputs=preds)
    return model
