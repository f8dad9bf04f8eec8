"""Blog-post style functional CNN: every layer imported by name (`from tensorflow.keras.layers import Input,
Conv2D, ...`), `from tensorflow.keras.models import Model`, Model(inputs=inp, outputs=out)."""
# pivot-corpus: name=model input_shape=2,28,28,1
from tensorflow.keras.layers import Input, Conv2D, MaxPooling2D, Flatten, Dense, Dropout
from tensorflow.keras.models import Model

inp = Input(shape=(28, 28, 1))
x = Conv2D(16, (3, 3), activation="relu")(inp)
x = MaxPooling2D(pool_size=(2, 2))(x)
x = Conv2D(32, (3, 3), activation="relu")(x)
x = MaxPooling2D(pool_size=(2, 2))(x)
x = Flatten()(x)
x = Dense(64, activation="relu")(x)
x = Dropout(0.25)(x)
out = Dense(10, activation="softmax")(x)
model = Model(inputs=inp, outputs=out)
