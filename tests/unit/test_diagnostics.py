"""Unsupported input is reported with its construct and line, kept beside a TODO, and the output parses."""
import ast

from pivot.analysis import analyze
from pivot.migrate import migrate_source

HEADER = "import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n\n\n"

UNKNOWN_LAYER = HEADER + '''class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3)
        self.odd = nn.Foo(8)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        x = self.odd(self.conv(x))
        return self.fc(x.mean((2, 3)))
'''

UNSUPPORTED_OP = HEADER + '''class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(8, 8)

    def forward(self, x):
        x = torch.cumprod(self.fc(x), dim=1)
        return x
'''

DYNAMIC = HEADER + '''class Net(nn.Module):
    def __init__(self, act_name):
        super().__init__()
        self.act = getattr(nn, act_name)()

    def forward(self, x):
        return self.act(x)
'''

BUILT_IN_A_LOOP = HEADER + '''def make(widths=(4, 8, 2)):
    layers = [nn.Linear(a, b) for a, b in zip(widths, widths[1:])]
    return nn.Sequential(*layers)
'''


def _codes(result):
    return {d.code: d for d in result.diagnostics}


def test_unknown_layer_is_named_with_its_line_and_kept_with_a_todo():
    result = migrate_source(UNKNOWN_LAYER, "tensorflow")
    diag = _codes(result)["PIV101"]
    assert diag.severity == "error" and "nn.Foo" in diag.message and diag.span.line == 10
    assert "TensorFlow" in diag.message
    ast.parse(result.text)
    assert "TODO(pivot)" in result.text and "nn.Foo(8)" in result.text
    assert not result.ok


def test_unsupported_op_in_forward():
    result = migrate_source(UNSUPPORTED_OP, "tensorflow")
    diag = _codes(result)["PIV102"]
    assert "torch.cumprod" in diag.message and diag.span.line == 12
    ast.parse(result.text)
    todo_line = next(i for i, l in enumerate(result.text.splitlines()) if "TODO(pivot)" in l)
    assert "torch.cumprod" in result.text.splitlines()[todo_line + 1]


def test_dynamic_construct():
    result = migrate_source(DYNAMIC, "tensorflow")
    diag = _codes(result)["PIV104"]
    assert "getattr(nn, act_name)()" in diag.message and diag.span.line == 9
    ast.parse(result.text)
    assert "TODO(pivot)" in result.text and "getattr(nn, act_name)()" in result.text


def test_dynamic_construct_of_a_known_value():
    """`getattr(nn, act_name)()` where the file builds the model with act_name="GELU" (else the default): that
    layer, written for that value only (another fails by name in Keras, never builds a different layer)."""
    source = DYNAMIC.replace("(self, act_name)", '(self, act_name="ReLU")') + "\n\nmodel = Net(act_name='GELU')\n"
    result = migrate_source(source, "tensorflow")
    assert result.ok, result.diagnostics
    assert "self.act = {'GELU': lambda: layers.Activation(" in result.text and "}[act_name]()" in result.text
    default = migrate_source(DYNAMIC.replace("(self, act_name)", '(self, act_name="ReLU")'), "tensorflow")
    assert "self.act = {'ReLU': lambda: layers.ReLU()}[act_name]()" in default.text, default.text


def test_layers_built_in_a_loop_keep_the_loop():
    result = migrate_source(BUILT_IN_A_LOOP, "tensorflow")
    assert result.ok, result.diagnostics
    assert "[keras.layers.Dense(b) for a, b in zip(widths, widths[1:])]" in result.text  # `layers` is shadowed
    assert "keras.Sequential([*layers])" in result.text


def test_syntax_error_is_one_diagnostic():
    analysis = analyze("import torch\nclass Net(nn.Module:\n")
    assert [d.code for d in analysis.diagnostics] == ["PIV001"]
    assert analysis.diagnostics[0].span.line == 2


def test_keras_defaults_that_differ_are_written_out():
    src = HEADER + '''class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.bn = nn.BatchNorm1d(4)
        self.act = nn.LeakyReLU()

    def forward(self, x):
        return self.act(self.bn(x))
'''
    text = migrate_source(src, "tensorflow").text
    assert "layers.BatchNormalization(epsilon=1e-05, momentum=0.9, axis=1)" in text  # (N, C) or (N, C, L): axis 1 is exact
    assert "layers.LeakyReLU(negative_slope=0.01)" in text


KERAS_LOOP = '''import keras
from keras import layers


def build(widths):  # no default: the loop's values are known only at run time
    inputs = keras.Input(shape=(8,))
    x = inputs
    for units in widths:
        x = layers.Dense(units, activation="relu")(x)
    return keras.Model(inputs, layers.Dense(2)(x))
'''


def test_a_loop_in_a_functional_builder_is_reported_not_flattened():
    result = migrate_source(KERAS_LOOP, "pytorch")
    diag = _codes(result)["PIV104"]
    assert diag.severity == "error" and diag.span.line == 8 and "loop" in diag.message
    ast.parse(result.text)
