"""keras.io "OCR model for reading captchas" (without the CTC layer): a conv stack over (width, height, 1)
images, Reshape to (width steps, height * channels) features, a dense layer, a bidirectional LSTM and a
softmax per step; the Reshape reads a channels-first image in PyTorch."""
# pivot-corpus: name=build_model input_shape=2,32,16,1
import keras
from keras import layers

IMG_WIDTH, IMG_HEIGHT = 32, 16


def build_model(num_chars=10):
    inputs = keras.Input(shape=(IMG_WIDTH, IMG_HEIGHT, 1), name="image")
    x = layers.Conv2D(8, (3, 3), activation="relu", padding="same", name="Conv1")(inputs)
    x = layers.MaxPooling2D((2, 2), name="pool1")(x)
    x = layers.Conv2D(16, (3, 3), activation="relu", padding="same", name="Conv2")(x)
    x = layers.MaxPooling2D((2, 2), name="pool2")(x)
    x = layers.Reshape(target_shape=(8, 64), name="reshape")(x)      # (IMG_WIDTH // 4, IMG_HEIGHT // 4 * 16)
    x = layers.Dense(32, activation="relu", name="dense1")(x)
    x = layers.Dropout(0.2)(x)
    x = layers.Bidirectional(layers.LSTM(16, return_sequences=True))(x)
    x = layers.Reshape((-1, 8))(x)
    outputs = layers.Dense(num_chars + 1, activation="softmax", name="dense2")(x)
    return keras.Model(inputs, outputs, name="ocr_model_v1")
