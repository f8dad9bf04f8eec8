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


def test_a_loop_with_a_tuple_target_over_a_literal_list_is_unrolled():
    # MLM's VGG blocks: `for n_filters, n_conv in [(64, 2), (128, 2)]:` (was PIV104 "a loop or branch ...")
    body = "for units, times in [(6, 2), (4, 1)]:\n    for _ in range(times):\n        x = layers.Dense(units)(x)"
    result = migrate_source(_builder(body), "pytorch")
    assert result.ok, _errors(result)
    assert ["nn.Linear(8, 6)", "nn.Linear(6, 6)", "nn.Linear(6, 4)"] == [
        line.split("= ", 1)[1] for line in result.text.splitlines() if "nn.Linear(" in line]


def test_a_nested_if_in_an_unrolled_loop_is_no_internal_error():
    # keras.io cifar10_resnet v2: `if stage == 0: n = ...; if res_block == 0: ...` raised a TypeError in plain_if
    body = ("for stage in range(2):\n    units = 4\n    if stage == 0:\n        units = 6\n"
            "        if units == 6:\n            units = 5\n    x = layers.Dense(units)(x)")
    result = migrate_source(_builder(body), "pytorch")
    assert result.ok, _errors(result)
    assert ["nn.Linear(8, 5)", "nn.Linear(5, 4)"] == [
        line.split("= ", 1)[1] for line in result.text.splitlines() if "nn.Linear(" in line]


_SEQUENTIAL_LOOP = ("import keras\nfrom keras import layers\n\n\ndef build(n_layers=2):\n"
                    "    model = keras.Sequential()\n    for i in range(n_layers):\n        if i == 0:\n"
                    "            model.add(layers.Dense(6, input_shape=(8,)))\n        else:\n"
                    "            model.add(layers.Dense(4))\n    return model\n")


def test_a_sequential_add_loop_with_if_first_is_read_and_pinned():
    # the Kaggle idiom `if i == 0: model.add(Conv2D(..., input_shape=...)) else: model.add(Conv2D(...))`: the loop
    # was left in the PyTorch text (PIV102 "still uses"); the `.add` builder unrolled at a default refuses others
    result = migrate_source(_SEQUENTIAL_LOOP, "pytorch")
    assert result.ok, _errors(result)
    assert "for i in" not in result.text and "model.add" not in result.text, result.text
    assert "    if n_layers != 2:\n        raise ValueError(" in result.text, result.text


@pytest.mark.slow  # builds the migrated PyTorch model
def test_the_pinned_check_of_a_sequential_builder_runs_in_pytorch():
    namespace: dict = {}
    exec(compile(migrate_source(_SEQUENTIAL_LOOP, "pytorch").text, "m", "exec"), namespace)
    namespace["build"]()
    with pytest.raises(ValueError, match="n_layers=2"):
        namespace["build"](n_layers=3)


def test_a_kernel_size_named_by_a_module_constant_sizes_the_image():
    # Keras 2's MNIST CNN: `kernel_size = (3, 3)`, `Convolution2D(nb_filters, kernel_size)`, `MaxPool2D(pool_size=
    # pool_size)` then Flatten -> Dense was PIV105 (the flattened sizes unknown, so the weights' order)
    src = ("from keras.models import Sequential\nfrom keras.layers import Dense, Flatten, Convolution2D, MaxPool2D\n"
           "nb_filters = 4\nkernel_size = (3, 3)\npool_size = (2, 2)\nmodel = Sequential()\n"
           "model.add(Convolution2D(nb_filters, kernel_size, input_shape=(10, 10, 1)))\n"
           "model.add(MaxPool2D(pool_size=pool_size))\nmodel.add(Flatten())\nmodel.add(Dense(2))\n")
    result = migrate_source(src, "pytorch")
    assert result.ok, _errors(result)
    assert "nn.Conv2d(1, nb_filters, (3, 3))" in result.text and "nn.MaxPool2d((2, 2))" in result.text, result.text


def test_a_layer_bound_before_the_models_inputs_is_the_models():
    # `norm = layers.Normalization(mean=[...], variance=[...])` then `inputs = keras.Input(...)`, `norm(inputs)`:
    # the layer statement was skipped as data preparation and `norm(...)` was PIV102
    src = ("import keras\nfrom keras import layers\n\nnorm = layers.Normalization(mean=[1.0, 2.0], variance=[4.0, 9.0])\n"
           "inputs = keras.Input(shape=(2,))\nx = norm(inputs)\noutputs = layers.Dense(3)(x)\n"
           "model = keras.Model(inputs, outputs)\n")
    result = migrate_source(src, "pytorch")
    assert result.ok, _errors(result)
    assert "self.norm = Normalization((1.0, 2.0), (4.0, 9.0))" in result.text, result.text
    assert "x = self.norm(inputs)" in result.text
