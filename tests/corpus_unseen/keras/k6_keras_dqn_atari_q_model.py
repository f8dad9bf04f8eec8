"""keras.io "Deep Q-Learning for Atari Breakout" create_q_model(): layers.Input(shape=(84, 84, 4)), Conv2D(32, 8,
strides=4, activation="relu"), Conv2D(64, 4, strides=2), Conv2D(64, 3, strides=1), Flatten, Dense(512, relu) and a
linear action head (narrower)."""
# pivot-corpus: name=create_q_model input_shape=2,84,84,4
import keras
from keras import layers

num_actions = 4


def create_q_model():
    # Network defined by the Deepmind paper
    return keras.Sequential(
        [
            layers.Input(shape=(84, 84, 4)),
            # Convolutions on the frames on the screen
            layers.Conv2D(8, 8, strides=4, activation="relu"),
            layers.Conv2D(16, 4, strides=2, activation="relu"),
            layers.Conv2D(16, 3, strides=1, activation="relu"),
            layers.Flatten(),
            layers.Dense(32, activation="relu"),
            layers.Dense(num_actions, activation="linear"),
        ]
    )


model = create_q_model()
