"""`x.size(0)` in the sizes a PyTorch reshape writes becomes Keras's batch size through one spelling
(`keras_size`), rewritten on the syntax tree (it was a regex over the generated text, which also rewrote the tail
of `f(x).h.size(0)` into `f(x).keras.ops.shape(h)[0]`)."""
import textwrap

from pivot.migrate import migrate_source

SOURCE = textwrap.dedent('''\
    import torch.nn as nn


    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.fc = nn.Linear(6, 8)

        def forward(self, x):
            h = self.fc(x)
            return h.view(h.size(0), 2, -1), h.reshape(h.size( 0 ), -1, 4), h.view(-1, h.size(0))
''')


def test_batch_sizes_in_reshapes():
    result = migrate_source(SOURCE, "tensorflow", ["Net"])
    assert result.ok, result.diagnostics
    assert ("return keras.ops.reshape(h, (keras.ops.shape(h)[0], 2, -1)), keras.ops.reshape(h, "
            "(keras.ops.shape(h)[0], -1, 4)), keras.ops.reshape(h, (-1, keras.ops.shape(h)[0]))") in result.text
    assert ".size(" not in result.text.split("def call")[1]
