"""uk8 (k6_keras_translation_transformer_encoder): MultiHeadAttention called with its inputs by keyword,
`self.attention(query=x, value=ctx, key=ctx)` in a custom layer and `mha(query=x, value=x)` in the functional
model, read as the positional (query, value, key) call (was PIV105 "passes a tensor by keyword")."""
# pivot-corpus: name=model input_shape=2,6,8 input_dtype=float32
import keras
from keras import layers


class CrossBlock(layers.Layer):
    def __init__(self, dim, heads, **kwargs):
        super().__init__(**kwargs)
        self.proj = layers.Dense(dim)
        self.attention = layers.MultiHeadAttention(num_heads=heads, key_dim=dim // heads)
        self.norm = layers.LayerNormalization()

    def call(self, inputs):
        context = self.proj(inputs)
        out = self.attention(query=inputs, value=context, key=context)
        return self.norm(inputs + out)


inputs = keras.Input(shape=(6, 8))
x = CrossBlock(8, 2)(inputs)
x = layers.MultiHeadAttention(num_heads=2, key_dim=3)(query=x, value=x)
x = layers.GlobalAveragePooling1D()(x)
outputs = layers.Dense(3)(x)
model = keras.Model(inputs, outputs)
