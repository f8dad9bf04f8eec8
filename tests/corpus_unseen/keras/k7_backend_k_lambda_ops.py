"""Keras 2 code that reaches for the backend module (`from tensorflow.keras import backend as K`) inside Lambda
layers, as in many GitHub repos and Stack Overflow answers: `Lambda(lambda x: K.mean(x, axis=1))` to average a
sequence, `Lambda(lambda x: K.l2_normalize(x, axis=-1))` on an embedding, and `K.concatenate` of two branches."""
# pivot-corpus: name=model input_shape=2,10,8
from tensorflow.keras import backend as K
from tensorflow.keras.layers import Input, Dense, Lambda, LSTM
from tensorflow.keras.models import Model

inp = Input(shape=(10, 8))
seq = LSTM(12, return_sequences=True)(inp)
avg = Lambda(lambda x: K.mean(x, axis=1))(seq)
mx = Lambda(lambda x: K.max(x, axis=1))(seq)
both = Lambda(lambda t: K.concatenate([t[0], t[1]], axis=-1))([avg, mx])
emb = Dense(16)(both)
emb = Lambda(lambda x: K.l2_normalize(x, axis=-1))(emb)
out = Dense(3, activation='softmax')(emb)
model = Model(inputs=inp, outputs=out)
