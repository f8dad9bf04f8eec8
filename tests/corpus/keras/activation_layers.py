"""An MLP that uses activation layers (ReLU, LeakyReLU, ELU, Activation, Softmax, ...) instead of activation= strings."""
# pivot-corpus: name=activation_stack input_shape=2,32
import keras
from keras import layers

activation_stack = keras.Sequential(
    [
        keras.Input(shape=(32,)),
        layers.Dense(32), layers.ReLU(),
        layers.Dense(32), layers.ReLU(max_value=6.0),      # ReLU6
        layers.Dense(32), layers.LeakyReLU(),               # default slope 0.3
        layers.Dense(32), layers.LeakyReLU(negative_slope=0.2),
        layers.Dense(32), layers.ELU(),
        layers.Dense(32), layers.Activation("selu"),
        layers.Dense(32), layers.Activation("gelu"),
        layers.Dense(32), layers.Activation("swish"),
        layers.Dense(32), layers.Activation("softplus"),
        layers.Dense(32), layers.Activation("hard_swish"),
        layers.Dense(32), layers.Activation("tanh"),
        layers.Dense(32), layers.Activation("sigmoid"),
        layers.Identity(),
        layers.Dense(10),
        layers.Softmax(),
    ]
)
