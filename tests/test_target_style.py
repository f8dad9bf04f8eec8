"""Target styles (`pivot.targetStyle`): the generated structure follows the style where the model allows, the
migrated model still takes the source's weights and matches it, and models the style cannot apply to keep
the auto structure with a PIV205 note."""
import ast
import re

import pytest

from pivot.errors import PivotError
from pivot.migrate import migrate_source
from tests.conftest import BREADTH, CORPUS

ATOL, RTOL = 1e-5, 1e-4
pytestmark = pytest.mark.slow  # builds and runs models in torch and TensorFlow

# A PyTorch subclass whose forward is a plain chain and whose input size is known from its first layer.
CHAIN_TORCH = '''"""A classifier for 16 features."""
import torch
import torch.nn as nn


class ChainNet(nn.Module):
    """Three dense layers."""

    def __init__(self, hidden=32, num_classes=4):
        super().__init__()
        self.fc1 = nn.Linear(16, hidden)
        self.act = nn.GELU()
        self.norm = nn.LayerNorm(hidden)
        self.fc2 = nn.Linear(hidden, num_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.fc1(x)
        x = self.act(x)
        x = self.norm(x)
        return self.fc2(x)
'''


def _corpus(rel: str) -> tuple[str, str, str, list]:
    """(source, framework, model name, input shape) of a corpus file (`torch/lenet5`, `breadth:keras/...`)."""
    root = BREADTH if rel.startswith("breadth:") else CORPUS
    path = root / (rel.removeprefix("breadth:") + ".py")
    source = path.read_text()
    match = re.search(r"# pivot-corpus: name=(\S+) input_shape=([\d,]+)", source)
    return source, path.parent.name, match.group(1), [int(v) for v in match.group(2).split(",")]


# (model, style, patterns the generated model must contain, patterns it must not contain)
RESTYLED = [
    ("torch/mlp_sequential", "subclassed", [r"class Mlp\(keras\.Model\):", r"def call\(self, x\):",
                                            r"self\.fc1 = layers\.Dense\(128\)", r"\nmlp = Mlp\(\)"],
     [r"keras\.Sequential"]),
    ("torch/mlp_sequential", "functional", [r"inputs = keras\.Input\(shape=\(IN_FEATURES,\)\)",
                                            r"mlp = keras\.Model\(inputs, outputs\)"], [r"keras\.Sequential"]),
    ("torch/activation_zoo", "sequential", [r"def ActivationZoo\(\):\n    return keras\.Sequential\(\[\n"],
     [r"class ActivationZoo"]),
    ("torch/activation_zoo", "functional", [r"def ActivationZoo\(\):", r"keras\.Input\(shape=\(32,\)\)",
                                            r"return keras\.Model\(inputs, outputs\)"], [r"class "]),
    ("torch/conv3d_net", "sequential", [r"def VolumeNet\(num_classes=4\):",
                                        r"\n        keras\.Sequential\(\[\n            layers\.Conv3D"], [r"class "]),
    ("keras/sequential_add", "subclassed", [r"class Model\(nn\.Module\):", r"def forward\(self, x\):",
                                            r"model = Model\(num_classes\)"], [r"nn\.Sequential\(\n"]),
    ("keras/input_shape_first_layer", "subclassed", [r"class Classifier\(nn\.Module\):",
                                                     r"classifier = Classifier\(\)"], [r"nn\.Sequential\(\n"]),
    ("keras/conv3d_net", "subclassed", [r"\(nn\.Module\):", r"def forward\("], [r"nn\.Sequential\(\n"]),
    ("keras/lenet5", "sequential", [r"def build_lenet\(\):\n    return nn\.Sequential\(\n"],
     [r"class ", r"def forward"]),
    ("keras/functional_mlp", "sequential", [r"\nmodel = nn\.Sequential\(\n"], [r"class "]),
    ("keras/strided_same_odd", "sequential", [r"nn\.Sequential\("], [r"class "]),
    ("breadth:keras/groupnorm_cnn", "subclassed", [r"\(nn\.Module\):", r"def forward\("], []),
]


def _target(framework: str) -> str:
    return "tensorflow" if framework == "torch" else "pytorch"


def _verify(source: str, result, name: str, shape, to: str) -> dict:
    from pivot.verify import Job, verify_one

    job = Job("<style>", to, [name], shape, None, ATOL, RTOL)
    return verify_one(source, result.text, result.details[name], job)


@pytest.mark.parametrize("model,style,present,absent", RESTYLED, ids=[f"{m}-{s}" for m, s, *_ in RESTYLED])
def test_style_is_followed_and_equivalent(model, style, present, absent):
    source, framework, name, shape = _corpus(model)
    to = _target(framework)
    result = migrate_source(source, to, [name], style=style)
    assert result.ok, [d.format(model) for d in result.diagnostics]
    assert not [d for d in result.diagnostics if d.code == "PIV205"]
    ast.parse(result.text)
    assert result.text != migrate_source(source, to, [name]).text
    for pattern in present:
        assert re.search(pattern, result.text), (pattern, result.text)
    for pattern in absent:
        assert not re.search(pattern, result.text), (pattern, result.text)
    out = _verify(source, result, name, shape, to)
    assert out["tensors_copied"] > 0
    assert out["equivalent"], out


@pytest.mark.parametrize("style,present", [
    ("sequential", [r'def ChainNet\(hidden=32, num_classes=4\):\n    """Three dense layers\."""\n'
                    r"    return keras\.Sequential\(\[\n        layers\.Dense\(hidden\),"]),
    ("functional", [r"def ChainNet\(hidden=32, num_classes=4\):", r"inputs = keras\.Input\(shape=\(16,\)\)",
                    r"x = layers\.Dense\(hidden\)\(inputs\)", r"outputs = layers\.Dense\(num_classes\)\(x\)"]),
])
def test_torch_chain_to_keras(style, present):
    result = migrate_source(CHAIN_TORCH, "tensorflow", ["ChainNet"], style=style)
    assert result.ok, [d.format("chain") for d in result.diagnostics]
    assert "class ChainNet" not in result.text and "torch" not in result.text
    for pattern in present:
        assert re.search(pattern, result.text), (pattern, result.text)
    out = _verify(CHAIN_TORCH, result, "ChainNet", [2, 16], "tensorflow")
    assert out["equivalent"] and out["tensors_copied"] == 6, out


@pytest.mark.parametrize("model,style,why", [
    ("torch/tabular_mlp", "sequential", "does not use each of its layers exactly once"),
    ("torch/lenet5", "functional", "not a plain chain"),
    ("torch/conv3d_net", "functional", "input shape is not known statically"),
    ("torch/nested_sequential", "subclassed", "builder does more than return the Sequential"),
    ("keras/subclassed_cnn", "sequential", "does not use each of its layers exactly once"),
    ("keras/resnet_block", "sequential", "not a plain chain"),
    ("breadth:keras/lstm_no_bias", "sequential", "nn.Sequential cannot"),
])
def test_style_that_does_not_apply_keeps_auto_with_a_note(model, style, why):
    source, framework, name, _ = _corpus(model)
    to = _target(framework)
    result = migrate_source(source, to, [name], style=style)
    auto = migrate_source(source, to, [name])
    assert result.text == auto.text
    notes = [d for d in result.diagnostics if d.code == "PIV205"]
    assert len(notes) == 1 and notes[0].severity == "information" and why in notes[0].message, notes
    assert notes[0].span.line == auto.details[name].source.span.line


@pytest.mark.parametrize("model,style", [("keras/lenet5", "functional"), ("keras/subclassed_cnn", "subclassed"),
                                         ("torch/tabular_mlp", "subclassed"), ("torch/mlp_sequential", "sequential"),
                                         ("torch/lenet5", "auto")])
def test_style_already_met_or_not_for_this_target_is_auto(model, style):
    source, framework, name, _ = _corpus(model)
    to = _target(framework)
    result = migrate_source(source, to, [name], style=style)
    assert result.text == migrate_source(source, to, [name]).text
    assert not [d for d in result.diagnostics if d.code == "PIV205"]


def test_unknown_style_is_refused():
    with pytest.raises(PivotError, match="unknown target style"):
        migrate_source(CHAIN_TORCH, "tensorflow", style="compact")


def test_a_model_used_by_another_keeps_its_structure():
    source = CHAIN_TORCH + '''

class Wrapper(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = ChainNet()

    def forward(self, x):
        return self.body(x)
'''
    result = migrate_source(source, "tensorflow", style="sequential")
    assert "class ChainNet(keras.Model):" in result.text
    ast.parse(result.text)
