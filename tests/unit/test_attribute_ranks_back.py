"""Keras -> PyTorch (issue 13): a BatchNormalization built by code for an attribute (`self.bn1 = norm_layer(c)`,
a factory bound under `if norm_layer is None:`; `setattr(self, f"bn{i}", ...)` in a loop) takes the rank of what
`call()` applies it to (pivot.shapes.with_factory_ranks); a helper function's chains rank its layers as a class's
do. Where a call's rank is unknown or two calls disagree, it stays an error. No frameworks run here: the round
trip of tests/corpus_breadth/torch/{resnet18,conv_stack_add_module,vgg_cfg}.py verifies numerically."""
from pivot.migrate import migrate_source

HEADER = "import keras\nfrom keras import layers\n\n\n"
RANK_ERROR = "BatchNorm1d/BatchNorm2d/BatchNorm3d"


def _back(body: str):
    result = migrate_source(HEADER + body, "pytorch")
    compile(result.text, "migrated", "exec")
    return result, [f"{d.code} {d.message}" for d in result.diagnostics if d.severity == "error"]


FACTORY_BLOCK = '''def conv3x3(c):
    return keras.Sequential([layers.ZeroPadding2D(1), layers.Conv2D(c, 3, use_bias=False)])


class Block(keras.Model):
    def __init__(self, c, norm_layer=None):
        super().__init__()
        if norm_layer is None:
            norm_layer = lambda num_features, eps=1e-05: layers.BatchNormalization(epsilon=eps)
        self.conv1 = conv3x3(c)
        self.bn1 = norm_layer(c)
        self.bn2 = norm_layer(c)

    def call(self, x):
        identity = x
        out = self.bn1(self.conv1(x))
        return {second} + identity
'''


def test_a_factory_made_attribute_takes_the_rank_call_applies_it_to():
    result, errors = _back(FACTORY_BLOCK.format(second="self.bn2(out)"))
    assert errors == [], errors
    assert "nn.LazyBatchNorm2d(eps=eps, momentum=0.01)" in result.text


def test_a_factory_made_attribute_called_on_two_ranks_tells_no_rank():
    _, errors = _back(FACTORY_BLOCK.format(second="self.bn2(keras.ops.mean(out, axis=(1, 2)))[:, None, None, :]"))
    assert any(RANK_ERROR in e for e in errors), errors


def test_an_attribute_never_called_tells_no_rank_but_batchnorm2d_checks_its_own():
    """bn2 is never applied in call() (a caller may apply it to anything): BatchNorm2d, told by bn1, refuses any
    other rank when called; a rank of 2 (BatchNorm1d, which also takes 3) must be certain."""
    result, errors = _back(FACTORY_BLOCK.format(second="out"))
    assert errors == [] and "nn.LazyBatchNorm2d(" in result.text, errors
    _, errors = _back('''class Head(keras.Model):
    def __init__(self, c, norm_layer=None):
        super().__init__()
        if norm_layer is None:
            norm_layer = lambda num_features: layers.BatchNormalization()
        self.fc = layers.Dense(c)
        self.bn1 = norm_layer(c)
        self.bn2 = norm_layer(c)

    def call(self, x):
        return self.bn1(self.fc(keras.ops.reshape(x, (-1, 12))))
''')
    assert any(RANK_ERROR in e for e in errors), errors


def test_a_sequential_of_a_computed_list_is_built_at_run_time():
    """`keras.Sequential(list(OrderedDict(blocks).values()))` (RegNet's trunk) was read as an empty Sequential:
    `nn.Sequential()`, exit 0 and a model without its blocks."""
    result, errors = _back('''from collections import OrderedDict


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        blocks = [("a", layers.Conv2D(4, 3)), ("b", layers.ReLU())]
        self.trunk = keras.Sequential(list(OrderedDict(blocks).values()))

    def call(self, x):
        return self.trunk(x)
''')
    assert errors == [], errors
    assert "self.trunk = nn.Sequential(*list(OrderedDict(blocks).values()))" in result.text, result.text


def test_a_layer_set_by_name_in_a_loop_takes_the_rank_of_its_calls():
    result, errors = _back('''class Stack(keras.Model):
    def __init__(self, widths=(8, 16)):
        super().__init__()
        self.n = len(widths)
        for i, w in enumerate(widths):
            setattr(self, f"conv{i}", layers.Conv2D(w, 3, padding="same"))
            setattr(self, f"bn{i}", layers.BatchNormalization())
        self.pool = layers.MaxPooling2D(2)

    def call(self, x):
        for i in range(self.n):
            x = getattr(self, f"bn{i}")(getattr(self, f"conv{i}")(x))
            x = self.pool(x)
        return x
''')
    assert errors == [], errors
    assert 'setattr(self, f"bn{i}", nn.LazyBatchNorm2d(' in result.text


def test_a_helper_functions_chain_ranks_its_batch_norm():
    result, errors = _back('''def make_layers(cfg):
    layers = []
    for v in cfg:
        if v == "M":
            layers += [keras.layers.MaxPooling2D(2)]
        else:
            layers += [keras.layers.Conv2D(v, 3, padding="same"), keras.layers.BatchNormalization(), keras.layers.ReLU()]
    return keras.Sequential([*layers])
''')
    assert errors == [], errors
    assert "nn.LazyBatchNorm2d(" in result.text
