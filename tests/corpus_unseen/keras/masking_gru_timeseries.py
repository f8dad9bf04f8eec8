"""keras.io "Understanding masking & padding": a Sequential opening with layers.Masking(mask_value=0.0) over
padded float time series, then GRU and Dense."""
# pivot-corpus: name=model input_shape=2,12,4
import keras
from keras import layers

model = keras.Sequential([
    keras.Input(shape=(None, 4)),
    layers.Masking(mask_value=0.0),
    layers.GRU(8),
    layers.Dense(3),
])
