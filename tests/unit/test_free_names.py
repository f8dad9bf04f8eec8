"""Issue 10: a name the generated PyTorch class reads that nothing defines is an error naming it and its line,
never exit 0 (a builder's local once vanished from the migrated constructor)."""
from pivot.backends.free_names import undefined_names
from pivot.migrate import migrate_source


def test_undefined_names_finds_only_what_nothing_defines():
    code = ("import torch.nn as nn\nLIMIT = 3\n\nclass M(nn.Module):\n    def __init__(self, n=2):\n"
            "        super().__init__()\n        k = n + 1\n        self.fc = nn.Linear(width, k * LIMIT)\n"
            "        self.act = [lambda t: t * depth for _ in range(n)]\n")
    assert undefined_names(code, set()) == [("width", 8), ("depth", 9)]
    assert undefined_names(code, {"width", "depth"}) == []


def test_a_builder_value_pivot_cannot_carry_is_an_error_naming_it():
    """`width` comes from a helper's result (not a value Pivot evaluates or carries into __init__): the
    generated constructor would read it undefined, so the migration is an error at the layer reading it."""
    source = ("import keras\nfrom keras import layers\n\n\ndef build(num_classes=10):\n"
              "    width, depth = pick()\n    inputs = keras.Input(shape=(8,))\n"
              "    x = layers.Dense(width)(inputs)\n    outputs = layers.Dense(num_classes)(x)\n"
              "    return keras.Model(inputs, outputs)\n")
    result = migrate_source(source, "pytorch", ["build"])
    errors = [d for d in result.diagnostics if d.severity == "error"]
    assert any(d.code == "PIV104" and "`width`" in d.message and d.span.line == 8 for d in errors), errors
    assert not result.ok


def test_builder_locals_are_evaluated_or_carried_as_parameter_expressions():
    source = ("import keras\nfrom keras import layers\n\n\ndef build(base=4):\n    width = 8\n"
              "    wide = base * 2\n    sizes = (16, 32)\n    inputs = keras.Input(shape=(8,))\n"
              "    x = layers.Dense(width)(inputs)\n    x = layers.Dense(sizes[1] + width)(x)\n"
              "    outputs = layers.Dense(wide)(x)\n    return keras.Model(inputs, outputs)\n")
    result = migrate_source(source, "pytorch", ["build"])
    assert result.ok, result.diagnostics
    assert "nn.Linear(8, 8)" in result.text and "nn.Linear(8, 40)" in result.text, result.text
    assert "nn.Linear(40, (base * 2))" in result.text, result.text


def test_a_tuple_of_parameters_indexed_in_a_sequential_builder_folds_to_its_item():
    source = ("import keras\nfrom keras import layers\n\n\ndef build(hidden=16):\n    sizes = (hidden, hidden // 2)\n"
              "    model = keras.Sequential([keras.Input(shape=(12,)), layers.Dense(sizes[0])])\n"
              "    model.add(layers.Dense(sizes[1]))\n    return model\n")
    result = migrate_source(source, "pytorch", ["build"])
    assert result.ok, result.diagnostics
    assert "nn.Linear(12, hidden)" in result.text and "nn.Linear(hidden, hidden // 2)" in result.text, result.text


def test_a_builder_value_from_a_call_is_not_repeated_into_each_layer_but_reported():
    """`width = random.randint(4, 9)` copied into two layers would draw twice: not carried, so an error."""
    source = ("import random\nimport keras\nfrom keras import layers\n\n\ndef build():\n"
              "    width = random.randint(4, 9)\n    inputs = keras.Input(shape=(8,))\n"
              "    x = layers.Dense(width)(inputs)\n    return keras.Model(inputs, layers.Dense(width)(x))\n")
    result = migrate_source(source, "pytorch", ["build"])
    assert any(d.code == "PIV104" and "`width`" in d.message for d in result.diagnostics), result.diagnostics
    assert not result.ok
