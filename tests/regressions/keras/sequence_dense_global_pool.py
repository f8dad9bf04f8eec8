"""Issue 12: Dense and LayerNormalization on a sequence, then GlobalAveragePooling1D, in a subclassed model that
declares no input shape. The Dense output (N, T, F) is a sequence (features last): PyTorch averages it over T
(a transpose before nn.AdaptiveAvgPool1d), and LayerNorm is sized by F, never laid out as a 1-D image."""
# pivot-corpus: name=SequencePoolClassifier input_shape=2,10,6 input_dtype=float32
import keras
from keras import layers


class SequencePoolClassifier(keras.Model):
    def __init__(self, hidden=16, n_classes=3, **kwargs):
        super().__init__(**kwargs)
        self.norm_in = layers.LayerNormalization()
        self.proj = layers.Dense(hidden, activation="relu")
        self.dropout = layers.Dropout(0.1)
        self.norm = layers.LayerNormalization()
        self.pool = layers.GlobalAveragePooling1D()
        self.classifier = layers.Dense(n_classes)

    def call(self, x, training=False):
        x = self.proj(self.norm_in(x))
        x = self.norm(self.dropout(x, training=training))
        return self.classifier(self.pool(x))
