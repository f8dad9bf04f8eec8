"""Issue 10: a top-level Sequential of BatchNormalization then Dense, no keras.Input: its rank is not known, and
BatchNorm1d over a sequence (N, T, F) would normalize the steps, not the features. Without an input shape it is
refused (naming the Dense that reads any rank); told the shape, it verifies."""
# pivot-corpus: name=model input_shape=2,5,4 input_dtype=float32
import keras
from keras import layers

model = keras.Sequential([layers.BatchNormalization(), layers.Dense(3)])
