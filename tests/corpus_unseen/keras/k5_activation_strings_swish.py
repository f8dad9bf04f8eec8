"""EfficientNet-era functional MLP/CNN code using string activations in `layers.Activation(...)`: 'swish', 'gelu',
'selu', 'softplus', 'elu', 'hard_sigmoid', and `activation="swish"` on Dense."""
# pivot-corpus: name=model input_shape=3,10
from tensorflow import keras
from tensorflow.keras import layers

inputs = keras.Input(shape=(10,))
x = layers.Dense(16, activation="swish")(inputs)
x = layers.Activation("gelu")(x)
x = layers.Dense(16)(x)
x = layers.Activation("selu")(x)
x = layers.Dense(16)(x)
x = layers.Activation("softplus")(x)
x = layers.Dense(16, activation="elu")(x)
x = layers.Activation("hard_sigmoid")(x)
x = layers.Dense(8)(x)
x = layers.Activation("swish")(x)
outputs = layers.Dense(3, activation="softmax")(x)
model = keras.Model(inputs=inputs, outputs=outputs)
