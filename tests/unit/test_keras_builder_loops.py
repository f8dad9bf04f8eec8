"""Keras builder plumbing (issue 12): loops over static values are unrolled, `**kwargs` and activations come
from constants, and every value Pivot cannot know statically stays an error, never a guess. Framework-free;
the corpus models in tests/corpus_breadth/keras (speaker_residual_loop, sequential_width_loop,
mlp_head_constants, vit_*) verify the migrated ones numerically."""
import pytest

from pivot.migrate import migrate_source


def _builder(body: str, params: str = "", top: str = "") -> str:
    lines = "".join(f"    {line}\n" for line in body.strip().splitlines())
    return (f"import keras\nfrom keras import layers\n{top}\n\ndef build({params}):\n"
            f"    inputs = keras.Input(shape=(8,))\n    x = inputs\n{lines}    return keras.Model(inputs, x)\n")


def _errors(result) -> list[str]:
    return [f"{d.code} {d.message}" for d in result.diagnostics if d.severity == "error"]


def test_a_loop_over_a_literal_list_builds_one_layer_per_value():
    result = migrate_source(_builder("for units in [16, 32, 4]:\n    x = layers.Dense(units)(x)"), "pytorch")
    assert result.ok, _errors(result)
    assert ["nn.Linear(8, 16)", "nn.Linear(16, 32)", "nn.Linear(32, 4)"] == [
        line.split("= ", 1)[1] for line in result.text.splitlines() if "nn.Linear(" in line]


@pytest.mark.parametrize("body,params,top", [
    ("for _ in range(depth):\n    x = layers.Dense(4)(x)", "depth", ""),  # a parameter without a default
    ("for units in WIDTHS:\n    x = layers.Dense(units)(x)", "", "WIDTHS = [4]\nWIDTHS = [8, 8]"),  # rebound
    ("for units in WIDTHS:\n    x = layers.Dense(units)(x)", "", "WIDTHS = [4]\nWIDTHS.append(8)"),  # changed
    ("for units in WIDTHS:\n    x = layers.Dense(units)(x)", "WIDTHS", "WIDTHS = [4]"),  # hidden by a parameter
    ("for units in [4, 8]:\n    x = layers.Dense(units)(x)\n    if units > 4:\n        break", "", ""),
])
def test_a_loop_pivot_cannot_count_is_an_error(body, params, top):
    result = migrate_source(_builder(body, params, top), "pytorch")
    assert not result.ok and any("PIV104" in e for e in _errors(result)), result.text


def test_kwargs_come_from_a_constant_dict_only():
    top = 'ARGS = {"activation": "tanh", "use_bias": False}'
    result = migrate_source(_builder("x = layers.Dense(4, **ARGS)(x)", top=top), "pytorch")
    assert result.ok and "nn.Linear(8, 4, bias=False)" in result.text and "torch.tanh(" in result.text
    changed = migrate_source(_builder("x = layers.Dense(4, **ARGS)(x)", top=top + '\nARGS["use_bias"] = True'),
                             "pytorch")
    assert any("unpacking" in e for e in _errors(changed))


def test_an_activation_passed_as_a_value():
    result = migrate_source(_builder('act = "gelu"\nx = layers.Dense(4, activation=act)(x)'), "pytorch")
    assert result.ok and "F.gelu(" in result.text
    unknown = migrate_source(_builder("x = layers.Dense(4, activation=act)(x)", params="act=None"), "pytorch")
    assert any("PIV101" in e and "act" in e for e in _errors(unknown))


def test_a_builder_parameter_read_in_forward_is_kept_by_init():
    """Was a PIV104 error (`r` defined nowhere forward() can see); now __init__ keeps it as `self.r` (uk7, keras.io's
    ESPCN: tests/corpus_unseen/keras/k6_keras_espcn_depth_to_space.py verifies the result)."""
    src = ("import keras\nimport tensorflow as tf\n\n\ndef build(r=2):\n    inputs = keras.Input(shape=(4, 4, 8))\n"
           "    x = keras.layers.Conv2D(8, 1)(inputs)\n    return keras.Model(inputs, tf.nn.depth_to_space(x, r))\n")
    result = migrate_source(src, "pytorch")
    assert result.ok, _errors(result)
    assert "        self.r = r\n" in result.text and "DepthToSpace(self.r)" in result.text, result.text


def test_a_random_draw_is_a_named_error():
    src = ("import keras\nfrom keras import layers\n\n\nclass Noise(layers.Layer):\n    def call(self, x):\n"
           "        return x + keras.random.normal(shape=(2, 4))\n")
    errors = _errors(migrate_source(src, "pytorch"))
    assert any("draws random numbers" in e and "proved equal" in e for e in errors), errors


def test_a_layer_variable_bound_in_each_iteration_is_a_layer_each_time():
    result = migrate_source(_builder("for units in [4, 6]:\n    dense = layers.Dense(units)\n    x = dense(x)"),
                            "pytorch")
    assert result.ok, _errors(result)
    assert "self.dense = nn.Linear(8, 4)" in result.text and "self.dense2 = nn.Linear(4, 6)" in result.text
    assert "x = self.dense(x)\n        x = self.dense2(x)" in result.text


def test_a_loop_over_parameters_is_unrolled_for_their_defaults_and_other_values_are_refused():
    body = "for _ in range(depth):\n    for units in widths:\n        x = layers.Dense(units)(x)"
    result = migrate_source(_builder(body, "depth=2, widths=(6, 4)", "widths = [99]"), "pytorch")
    assert result.ok, _errors(result)
    assert [line.split("= ", 1)[1] for line in result.text.splitlines() if "nn.Linear(" in line] == [
        "nn.Linear(8, 6)", "nn.Linear(6, 4)", "nn.Linear(4, 6)", "nn.Linear(6, 4)"]
    assert "if depth != 2:\n            raise ValueError(" in result.text
    assert "if widths != (6, 4):\n            raise ValueError(" in result.text
    notes = [d.message for d in result.diagnostics if d.code == "PIV202"]
    assert notes and "depth=2" in notes[0] and "raises ValueError" in notes[0]


@pytest.mark.slow  # builds the migrated PyTorch model
def test_the_pinned_parameter_check_runs_in_pytorch():
    body = "for _ in range(depth):\n    for units in widths:\n        x = layers.Dense(units)(x)"
    result = migrate_source(_builder(body, "depth=2, widths=(6, 4)", "widths = [99]"), "pytorch")
    namespace: dict = {}
    exec(compile(result.text.replace("import torch.nn as nn", "import torch.nn as nn\nimport torch"), "m", "exec"),
         namespace)
    namespace["build"]()  # the default builds
    with pytest.raises(ValueError, match="depth=2"):
        namespace["build"](depth=3)
