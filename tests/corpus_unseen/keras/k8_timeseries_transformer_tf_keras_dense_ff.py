"""keras.io timeseries transformer classifier, as copied into GitHub forecasting repos with TF 2 imports and a
Dense feed-forward: `transformer_encoder(inputs, head_size, num_heads, ff_dim, dropout)` with
`MultiHeadAttention(key_dim=head_size, ...)(x, x)`, `res = x + inputs`, Dense ff (`activation='relu'`) back to
`inputs.shape[-1]`, then `GlobalAveragePooling1D()` (channels_last) and a regression Dense."""
# pivot-corpus: name=build_model input_shape=2,10,3
from tensorflow import keras
from tensorflow.keras import layers


def transformer_encoder(inputs, head_size, num_heads, ff_dim, dropout=0):
    x = layers.MultiHeadAttention(key_dim=head_size, num_heads=num_heads, dropout=dropout)(inputs, inputs)
    x = layers.Dropout(dropout)(x)
    x = layers.LayerNormalization(epsilon=1e-6)(x)
    res = x + inputs

    x = layers.Dense(ff_dim, activation="relu")(res)
    x = layers.Dropout(dropout)(x)
    x = layers.Dense(inputs.shape[-1])(x)
    x = layers.LayerNormalization(epsilon=1e-6)(x)
    return x + res


def build_model(input_shape=(10, 3), head_size=8, num_heads=2, ff_dim=8, num_transformer_blocks=2):
    inputs = keras.Input(shape=input_shape)
    x = inputs
    for _ in range(num_transformer_blocks):
        x = transformer_encoder(x, head_size, num_heads, ff_dim, dropout=0.1)
    x = layers.GlobalAveragePooling1D()(x)
    x = layers.Dense(16, activation="relu")(x)
    outputs = layers.Dense(1)(x)
    return keras.Model(inputs, outputs)
