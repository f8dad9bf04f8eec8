"""A tuple of names in a Keras call (`strides=(s, s)`) stays one argument on the way to PyTorch (libcst's span
of a tuple leaves out its parentheses: it was written as two arguments)."""
from pivot.migrate import migrate_source

SOURCE = '''import keras
from keras import layers


def block(c, s=1):
    return keras.Sequential([layers.Conv2D(c, 3, strides=(s, s)), layers.MaxPooling2D((s, s))])


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.b = block(4, 2)

    def call(self, x):
        return self.b(x)
'''


def test_a_tuple_of_names_stays_one_argument():
    result = migrate_source(SOURCE, "pytorch")
    assert result.ok, [d.message for d in result.diagnostics if d.severity == "error"]
    assert "stride=(s, s)" in result.text and "nn.MaxPool2d((s, s))" in result.text
