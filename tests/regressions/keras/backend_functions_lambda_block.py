"""uk7 (kobiso/CBAM-keras, keras-team mnist_siamese.py): Keras 2's backend functions (`K.mean(x, axis=3,
keepdims=True)`, `K.max`, `K.sum`, `K.square`, `K.sqrt(K.maximum(s, K.epsilon()))`) were errors (PIV102), and a
`Lambda(lambda x: ...)` inside a functional block was an opaque layer (PIV101); the backend functions that compute
as keras.ops read as those ops, K.sqrt of a value clamped at >= 0 as ops.sqrt, and the block's Lambda as its
body's ops."""
# pivot-corpus: name=model input_shape=2,6,6,4
from tensorflow.keras import backend as K
from tensorflow.keras.layers import Concatenate, Conv2D, Dense, Flatten, Input, Lambda, multiply
from tensorflow.keras.models import Model


def spatial_attention(feature):
    avg_pool = Lambda(lambda x: K.mean(x, axis=3, keepdims=True))(feature)
    max_pool = Lambda(lambda x: K.max(x, axis=3, keepdims=True))(feature)
    concat = Concatenate(axis=3)([avg_pool, max_pool])
    att = Conv2D(1, 3, padding='same', activation='sigmoid')(concat)
    return multiply([feature, att])


def norm(v):
    return K.sqrt(K.maximum(K.sum(K.square(v), axis=1, keepdims=True), K.epsilon()))


inp = Input(shape=(6, 6, 4))
x = spatial_attention(inp)
x = Flatten()(x)
x = Dense(5)(x)
n = Lambda(norm)(x)
out = Concatenate()([x, n])
model = Model(inp, out)
