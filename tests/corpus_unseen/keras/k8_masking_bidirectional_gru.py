"""TensorFlow "Masking and padding with Keras" guide / Kaggle sequence regressors: `layers.Masking(mask_value=0.)`
in front of `Bidirectional(GRU(...))` over padded float sequences, then a Dense head."""
# pivot-corpus: name=model input_shape=2,10,4
from tensorflow import keras
from tensorflow.keras import layers

model = keras.Sequential([
    layers.Input(shape=(10, 4)),
    layers.Masking(mask_value=0.0),
    layers.Bidirectional(layers.GRU(8)),
    layers.Dense(1),
])
