"""uk7: Keras 2's `K.sqrt(x)` clamps x at 0 before the root (keras.src.legacy.backend); of a value not known to be
>= 0 it is not ops.sqrt / torch.sqrt (NaN where Keras gives 0): a named error, never read as the plain root."""
# pivot-corpus: name=model input_shape=2,5
from tensorflow.keras import backend as K
from tensorflow.keras.layers import Dense, Input, Lambda
from tensorflow.keras.models import Model

inp = Input(shape=(5,))
x = Dense(4)(inp)
out = Lambda(lambda t: K.sqrt(t))(x)
model = Model(inp, out)
