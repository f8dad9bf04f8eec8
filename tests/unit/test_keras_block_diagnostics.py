"""Issue 12: a functional block inlined into its caller reports what it finds once, at the block's own lines
(not at the caller's lines shifted by the block's offset, nor once per call)."""
from pivot.migrate import migrate_source

SOURCE = '''import keras
from keras import layers


def ffn_block(x, units, rate):
    x = layers.Dense(units, activation="relu", kernel_initializer="he_normal")(x)
    return layers.Dropout(rate)(x)


def build_model(num_classes=3):
    inputs = keras.Input(shape=(12,))
    x = ffn_block(inputs, 16, 0.1)
    x = ffn_block(x, 8, 0.2)
    for units in [8, 8]:
        x = ffn_block(x, units, 0.1)
    return keras.Model(inputs, layers.Dense(num_classes)(x))
'''


def test_block_diagnostic_once_at_the_block_line():
    result = migrate_source(SOURCE, "pytorch", ["build_model"])
    found = [d for d in result.diagnostics if "kernel_initializer" in d.message]
    assert [(d.span.line, d.span.col) for d in found] == [(6, 47)], [d.format("x.py") for d in found]


def test_block_spans_stay_at_their_lines_in_the_caller_network():
    from pivot.analysis import analyze

    net = next(n for n in analyze(SOURCE).networks if n.name == "build_model")
    dense = [l for l in net.layers if l.source.startswith("layers.Dense(units")]
    assert len(dense) == 4 and {l.span.line for l in dense} == {6}, [l.span for l in dense]
