"""Keras -> PyTorch: a `keras.Sequential` subclass is written back as an `nn.Sequential` subclass, and a
BatchNormalization in a block built by code takes its rank from the chain it runs in (pivot.frontends.chains,
pivot.shapes.chain_ranks); where the chain does not tell it, it stays an error. No frameworks run here: the
corpus model tests/corpus_breadth/keras/sequential_subclass_blocks.py verifies numerically."""
from pivot.catalog.spelling import one_minus
from pivot.migrate import migrate_source
from pivot.model import Attrs, Expr, Layer
from pivot.shapes import chain_ranks

HEADER = "import keras\nfrom keras import layers\n\n\n"


def _back(body: str):
    result = migrate_source(HEADER + body, "pytorch")
    compile(result.text, "migrated", "exec")
    return result, [f"{d.code} {d.message}" for d in result.diagnostics if d.severity == "error"]


def _layer(op: str, **attrs) -> Layer:
    return Layer("", op, Attrs.of(attrs))


CONV2D = _layer("Conv2d", out_channels=8, kernel_size=3)
CONV1D = _layer("Conv1d", out_channels=8, kernel_size=3)
NORM, RELU, DENSE, FLAT = _layer("BatchNorm"), _layer("ReLU"), _layer("Linear", out_features=3), _layer("Flatten")


def test_a_conv_fixes_the_rank_forward_and_backward_through_shape_keepers():
    assert chain_ranks([(NORM, False), (RELU, False), (CONV2D, False), (NORM, False)]) == [4, 4, 4, 4]
    assert chain_ranks([(CONV2D, False), (FLAT, False), (NORM, False), (DENSE, False), (NORM, False)]) == \
        [4, 4, 2, 2, None]


def test_an_optional_layer_passes_a_rank_only_when_it_keeps_the_shape():
    padded = Layer("", "Sequential", children=(_layer("ZeroPad2d", padding=1), CONV2D))
    assert chain_ranks([(padded, False), (NORM, True), (RELU, True)]) == [4, 4, 4]
    assert chain_ranks([(CONV2D, False), (DENSE, True), (NORM, False)]) == [4, 4, None]
    assert chain_ranks([(CONV2D, False), (None, False), (NORM, False)]) == [4, 4, None]


def test_a_sequence_rank_is_told_forward_only():
    """Before a Conv1D the value may be a dense layer's (N, L, F), read channels-last: BatchNorm1d would be wrong."""
    assert chain_ranks([(DENSE, False), (NORM, False), (CONV1D, False)]) == [None, None, 3]
    assert chain_ranks([(CONV1D, False), (NORM, False)]) == [3, 3]


def test_momentum_converted_there_and_back_is_parenthesized_or_undone():
    assert one_minus(Expr("momentum")) == Expr("1 - momentum")
    assert one_minus(Expr("1 - momentum")) == Expr("momentum")
    assert one_minus(Expr("a + b")) == Expr("1 - (a + b)")


def test_sequential_subclass_is_an_nn_sequential_subclass_with_its_list_unpacked():
    result, errors = _back('''class Block(keras.Sequential):
    def __init__(self, filters, norm_layer=lambda: layers.BatchNormalization(), act=True):
        block = [layers.Conv2D(filters, 3, use_bias=False)]
        if norm_layer is not None:
            block.append(norm_layer())
        if act:
            block.append(layers.ReLU())
        super().__init__(block, name="block")


class Stem(keras.Sequential):
    def __init__(self):
        super().__init__([layers.BatchNormalization(), layers.Conv2D(8, 1)])
''')
    assert errors == []
    text = result.text
    assert "class Block(nn.Sequential):" in text and "super().__init__(*block)" in text
    assert "norm_layer=lambda: nn.LazyBatchNorm2d(" in text
    assert "super().__init__(nn.LazyBatchNorm2d(eps=0.001, momentum=0.01), nn.LazyConv2d(" in text
    assert "keras" not in text


def test_added_attributes_run_in_assignment_order_and_add_is_append():
    result, errors = _back('''class Head(keras.Sequential):
    def __init__(self, n):
        super().__init__()
        self.pool = layers.GlobalAveragePooling2D()
        self.add(self.pool)
        self.fc = layers.Dense(n)
        self.add(self.fc)
        self.add(layers.ReLU())
''')
    assert errors == []
    assert "self.add" not in result.text and "self.append(nn.ReLU())" in result.text


def test_attributes_added_in_another_order_are_an_error():
    _, errors = _back('''class Head(keras.Sequential):
    def __init__(self, n):
        super().__init__()
        self.fc = layers.Dense(n)
        self.pool = layers.GlobalAveragePooling2D()
        self.add(self.pool)
        self.add(self.fc)
''')
    assert any("PIV104" in e and "order" in e for e in errors), errors


def test_a_norm_whose_chain_tells_no_rank_stays_an_error():
    _, errors = _back('''class Block(keras.Sequential):
    def __init__(self, n):
        super().__init__([layers.Dense(n), layers.BatchNormalization()])
''')
    assert any("BatchNorm1d/BatchNorm2d/BatchNorm3d" in e for e in errors), errors


def test_a_factory_called_outside_its_chains_tells_no_rank_of_two_or_three():
    """BatchNorm1d takes (N, C) and (N, C, L) (and a (N, L, C) sequence would need a transpose): its rank must be
    certain. BatchNorm2d/3d refuse any other rank when called, so the chains' rank is enough for them."""
    body = '''class Block(keras.Sequential):
    def __init__(self, n, norm_layer=lambda: layers.BatchNormalization()):
        self.extra = norm_layer()
        super().__init__([layers.{conv}(n, 3), norm_layer()])
'''
    _, errors = _back(body.format(conv="Conv1D"))
    assert any("BatchNorm1d/BatchNorm2d/BatchNorm3d" in e for e in errors), errors
    result, errors = _back(body.format(conv="Conv2D"))
    assert not any("BatchNorm1d/BatchNorm2d/BatchNorm3d" in e for e in errors), errors
    assert "lambda: nn.LazyBatchNorm2d(" in result.text, result.text


def test_a_list_aliased_or_rebound_under_an_if_tells_no_rank():
    for body in ('''        block = [layers.Conv2D(n, 3)]
        other = block
        other.append(layers.Flatten())
        block.append(layers.BatchNormalization())
''', '''        block = [layers.Conv2D(n, 3)]
        if flat:
            block = [layers.Dense(n)]
        block.append(layers.BatchNormalization())
'''):
        _, errors = _back(f'''class Block(keras.Sequential):
    def __init__(self, n, flat=False):
{body}        super().__init__(block)
''')
        assert any("BatchNorm1d/BatchNorm2d/BatchNorm3d" in e for e in errors), (body, errors)


def test_an_empty_list_attribute_filled_with_layers_is_a_module_list():
    """A plain list would hide the layers' weights from PyTorch (DenseNet's `self.layers_ = []` then `append`)."""
    result, errors = _back('''class Block(keras.Model):
    def __init__(self, n):
        super().__init__()
        self.convs = []
        for _ in range(n):
            self.convs.append(layers.Dense(8))
        self.sizes = []

    def call(self, x):
        for conv in self.convs:
            x = conv(x)
        return x
''')
    assert errors == []
    assert "self.convs = nn.ModuleList([])" in result.text and "self.sizes = []" in result.text


def test_blocks_added_in_a_loop_pass_on_the_rank_their_call_returns():
    """DenseNet's `self.features.add(block)` in a loop, then `self.features.add(layers.BatchNormalization())`: the
    blocks take images and return them (BatchNorm2d); a block of unknown rank (a dense layer) tells nothing."""
    for layer, module in (('layers.Conv2D(n, 3, padding="same")', "BatchNorm2d"), ("layers.Dense(n)", None)):
        result, errors = _back(f'''class Block(keras.Model):
    def __init__(self, n):
        super().__init__()
        self.layer = {layer}

    def call(self, x):
        return self.layer(x)


class Net(keras.Model):
    def __init__(self, depth=2):
        super().__init__()
        self.features = keras.Sequential([layers.Conv2D(8, 3)])
        for _ in range(depth):
            self.features.add(Block(8))
        self.features.add(layers.BatchNormalization())

    def call(self, x):
        return self.features(x)
''')
        assert any("BatchNorm1d/BatchNorm2d" in e for e in errors) == (module is None), errors
        assert module is None or f"self.features.append(nn.Lazy{module}(" in result.text, result.text


def test_a_layer_assigned_but_not_added_or_added_between_is_an_error():
    for body in ('''        super().__init__([layers.Dense(4)])
        self.extra = layers.Dense(2)
''', '''        super().__init__()
        self.a = layers.Dense(4)
        self.b = layers.Dense(2)
        self.add(self.a)
        self.add(layers.ReLU())
        self.add(self.b)
'''):
        _, errors = _back(f'''class Head(keras.Sequential):
    def __init__(self):
{body}''')
        assert any("PIV104" in e and "order" in e for e in errors), (body, errors)


def test_a_layer_reading_the_last_axis_stops_the_chain():
    """After a Conv1D, a LayerNormalization normalizes (N, L, C) over C in Keras: PyTorch's twin would need the
    channels moved last, so nothing after it is ranked through it."""
    assert chain_ranks([(CONV1D, False), (_layer("LayerNorm"), False), (NORM, False)]) == [3, 3, None]
