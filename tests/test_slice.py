"""The static model slice (pivot.slice) and the inputs read from the file (pivot.inputs): what is kept, what
is left out, the instance built, the input chosen. Framework-free."""
import ast
import subprocess
import sys
import textwrap

import pytest

from pivot.analysis import analyze
from pivot.errors import PivotError
from pivot.inputs import choose_input
from pivot.slice import BUILD, SliceError, model_slice
from pivot.verify import models_to_verify, slice_for

SCRIPT = textwrap.dedent('''\
    from __future__ import annotations
    import os
    import urllib.request
    import keras
    from keras import layers
    import matplotlib.pyplot as plt

    urllib.request.urlretrieve("http://example.com/data.zip", "data.zip")
    open("marker.txt", "w").write("ran")
    IMG = 28
    input_shape = (IMG, IMG, 1)
    UNUSED = 5
    train_ds = keras.utils.image_dataset_from_directory("data")
    class_names = train_ds.class_names
    num_classes = len(class_names)

    def make_model(input_shape, num_classes, dropout=0.5):
        inputs = keras.Input(shape=input_shape)
        x = layers.Conv2D(32, 3, activation="relu")(inputs)
        x = layers.Flatten()(x)
        x = layers.Dropout(dropout)(x)
        outputs = layers.Dense(num_classes)(x)
        return keras.Model(inputs, outputs)

    def plot_history(history):
        plt.plot(history.history["loss"])

    model = make_model(input_shape=input_shape, num_classes=10)
    model.compile(optimizer="adam", loss="mse")
    history = model.fit(train_ds, epochs=3)
    plot_history(history)
    ''')


def _statements(code: str) -> list[str]:
    return [ast.unparse(s) for s in ast.parse(code).body]


def test_slice_keeps_what_the_model_needs_and_nothing_else():
    sl = model_slice(SCRIPT, "make_model")
    kept = _statements(sl.code)
    assert kept[0] == "from __future__ import annotations"
    assert "import keras" in kept and "from keras import layers" in kept
    assert "IMG = 28" in kept and "input_shape = (IMG, IMG, 1)" in kept
    assert any(s.startswith("def make_model(") for s in kept)
    for gone in ("urlretrieve", "marker.txt", "matplotlib", "image_dataset_from_directory", "UNUSED", "compile",
                 "fit(", "plot_history", "import os", "class_names"):
        assert gone not in sl.code, gone
    assert kept[-1] == f"{BUILD} = make_model(input_shape=input_shape, num_classes=10)"


def test_the_file_call_site_gives_the_instance_and_its_input():
    sl = model_slice(SCRIPT, "make_model")
    assert sl.build == "make_model(input_shape=input_shape, num_classes=10)"
    assert sl.env["num_classes"] == 10 and sl.env["dropout"] == 0.5
    assert sl.declared["inputs"][0] == (28, 28, 1)
    net = analyze(SCRIPT).network("make_model")
    assert choose_input(net, sl, None, None) == ([2, 28, 28, 1], "float32")


def test_a_variable_holds_the_instance():
    sl = model_slice(SCRIPT, "model")
    assert _statements(sl.code)[-2:] == ["model = make_model(input_shape=input_shape, num_classes=10)",
                                         f"{BUILD} = model"]
    assert "fit(" not in sl.code


def test_a_run_time_value_is_named_with_its_line_and_set_supplies_it():
    source = SCRIPT.replace("num_classes=10)", "num_classes=num_classes)")
    with pytest.raises(SliceError, match=r"`num_classes` \(line 15\).*--set num_classes=VALUE"):
        model_slice(source, "make_model")
    sl = model_slice(source, "make_model", {"num_classes": "3"})
    assert "num_classes = 3  # --set" in sl.code
    assert "class_names" not in sl.code and "train_ds" not in sl.code
    assert sl.env["num_classes"] == 3


def test_a_static_value_rebound_at_run_time_is_a_run_time_value():
    """`IMG = 28`, then `IMG = 2 * len(os.listdir("data"))` (known when the data is read) before `input_shape =
    (IMG, IMG, 1)`: the model is built with the second, so the slice must not build it with 28 (it would verify
    another model)."""
    source = SCRIPT.replace("input_shape = (IMG, IMG, 1)\n",
                            "IMG = 2 * len(os.listdir('data'))\ninput_shape = (IMG, IMG, 1)\n")
    with pytest.raises(SliceError, match=r"`IMG` \(line 11\).*--set IMG=VALUE"):
        model_slice(source, "make_model")
    assert "IMG = 32  # --set" in model_slice(source, "make_model", {"IMG": "32"}).code


def test_a_name_is_bound_by_the_statements_before_its_reader():
    """A rebinding after the statement that reads a name changes nothing it built: `IMG = 2 * num_classes` after
    `input_shape = (IMG, IMG, 1)` leaves the model's input at 28 (the slice was flow-insensitive and refused)."""
    source = SCRIPT.replace("num_classes = len(class_names)\n",
                            "num_classes = len(class_names)\nIMG = 2 * num_classes\n")
    kept = _statements(model_slice(source, "make_model").code)
    assert "IMG = 28" in kept and "IMG = 2 * num_classes" not in kept


def test_missing_parameters_are_reported_by_name():
    source = textwrap.dedent('''\
        import torch.nn as nn
        class Net(nn.Module):
            def __init__(self, in_features, num_classes, hidden=8):
                super().__init__()
                self.fc = nn.Linear(in_features, num_classes)
            def forward(self, x):
                return self.fc(x)
        ''')
    with pytest.raises(SliceError, match=r"`in_features`, `num_classes`.*--set in_features=VALUE --set num_classes"):
        model_slice(source, "Net")
    sl = model_slice(source, "Net", {"in_features": "12", "num_classes": "3"})
    assert sl.build == "Net(in_features=12, num_classes=3)"
    net = analyze(source).network("Net")
    assert choose_input(net, sl, None, None)[0] == [2, 12]


RESNET = textwrap.dedent('''\
    import torch.nn as nn
    class Block(nn.Module):
        def __init__(self, c):
            super().__init__()
            self.conv = nn.Conv2d(c, c, 3, padding=1)
        def forward(self, x):
            return self.conv(x)
    class ResNet(nn.Module):
        def __init__(self, block, width, num_classes=1000):
            super().__init__()
            self.stem = nn.Conv2d(3, width, 3)
            self.block = block(width)
            self.pool = nn.AdaptiveAvgPool2d(1)
            self.fc = nn.Linear(width, num_classes)
        def forward(self, x):
            return self.fc(self.pool(self.block(self.stem(x))).flatten(1))
        def train_step(self, batch):
            return optimizer.step()
    def resnet_small(**kwargs):
        return ResNet(Block, 8, **kwargs)
    model = resnet_small(num_classes=10)
    optimizer = make_optimizer(model)
    ''')


def test_a_builder_that_returns_a_class_instance_is_followed():
    sl = model_slice(RESNET, "ResNet")
    assert sl.build == "resnet_small(num_classes=10)"
    assert "class Block" in sl.code and "def resnet_small" in sl.code
    assert "make_optimizer" not in sl.code  # only a method the build never calls reads it
    assert sl.unresolved == {"optimizer": 22}
    nets = analyze(RESNET).networks
    sl, net = slice_for(RESNET, "model", nets, None)
    assert net.name == "resnet_small" and sl.build == "model"  # the builder Pivot migrates with ResNet
    assert models_to_verify(RESNET, nets) == ["resnet_small"]


def test_dataclass_configuration_is_kept_and_evaluated():
    source = textwrap.dedent('''\
        from __future__ import annotations
        from dataclasses import dataclass
        import keras
        @dataclass
        class Config:
            steps: int = 24
            features: int = 7
        def build(cfg: Config):
            inputs = keras.Input(shape=(cfg.steps, cfg.features))
            return keras.Model(inputs, keras.layers.Dense(1)(inputs))
        config = Config(features=3)
        model = build(config)
        ''')
    sl = model_slice(source, "build")
    assert "@dataclass" in sl.code and "from dataclasses import dataclass" in sl.code
    assert sl.declared["inputs"][0] == (24, 3)


def test_a_class_or_function_of_the_file_that_reads_data_is_not_run():
    source = textwrap.dedent('''\
        import pandas as pd
        import torch
        import torch.nn as nn
        class CsvData(torch.utils.data.Dataset):
            def __init__(self, path):
                self.df = pd.read_csv(path)
        def hidden_size():
            return max(8, 4 * 2)
        data = CsvData("train.csv")
        n_features = data.df.shape[1]
        HIDDEN = hidden_size()
        class Net(nn.Module):
            def __init__(self, n_in, hidden=HIDDEN):
                super().__init__()
                self.fc = nn.Linear(n_in, hidden)
            def forward(self, x):
                return self.fc(x)
        model = Net(n_features)
        ''')
    with pytest.raises(SliceError, match=r"`n_features` \(line 10\)"):
        model_slice(source, "Net")
    sl = model_slice(source, "Net", {"n_features": "5"})
    assert "CsvData" not in sl.code and "pandas" not in sl.code
    assert "HIDDEN = hidden_size()" in sl.code and sl.build == "Net(n_features)"


MNIST = textwrap.dedent('''\
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv1 = nn.Conv2d(1, 32, 3, 1)
            self.conv2 = nn.Conv2d(32, 64, 3, 1)
            self.fc1 = nn.Linear(9216, 128)
        def forward(self, x):
            x = F.max_pool2d(F.relu(self.conv2(F.relu(self.conv1(x)))), 2)
            return self.fc1(torch.flatten(x, 1))
    ''')


@pytest.mark.parametrize("source,expected", [
    (MNIST, [2, 1, 28, 28]),  # 9216 = 64 x 12 x 12
    (MNIST.replace("nn.Conv2d(1, 32, 3, 1)", "nn.Conv2d(3, 32, 11, 4, 2)").replace(
        "nn.Conv2d(32, 64, 3, 1)", "nn.Conv2d(32, 256, 3, 1, 1)").replace("9216", "256 * 6 * 6")
     .replace("F.max_pool2d(F.relu(self.conv2(F.relu(self.conv1(x)))), 2)",
              "F.max_pool2d(F.max_pool2d(F.relu(self.conv2(F.max_pool2d(self.conv1(x), 3, 2))), 3, 2), 3, 2)"),
     [2, 3, 224, 224]),  # AlexNet's 256 x 6 x 6
])
def test_a_linear_in_features_fixes_the_spatial_size(source, expected):
    sl = model_slice(source, "Net")
    net = analyze(source).network("Net")
    assert choose_input(net, sl, None, None)[0] == expected


def test_token_inputs_and_open_lengths():
    source = textwrap.dedent('''\
        import keras
        from keras import layers
        max_features = 2000
        inputs = keras.Input(shape=(None,), dtype="int32")
        x = layers.Embedding(max_features, 16)(inputs)
        outputs = layers.Dense(1)(layers.LSTM(8)(x))
        model = keras.Model(inputs, outputs)
        ''')
    sl = model_slice(source, "model")
    net = analyze(source).network("model")
    assert choose_input(net, sl, None, None) == ([2, 16], "int64")


def test_an_undetermined_input_names_the_dimension_and_the_flag():
    source = textwrap.dedent('''\
        import keras
        class Classifier(keras.Model):
            def __init__(self):
                super().__init__()
                self.dense = keras.layers.Dense(3)
            def call(self, inputs):
                return self.dense(inputs)
        ''')
    sl = model_slice(source, "Classifier")
    net = analyze(source).network("Classifier")
    with pytest.raises(PivotError, match=r"features of input `inputs`.*--input-shape Classifier="):
        choose_input(net, sl, None, None)
    built = model_slice(source + "model = Classifier()\nmodel.build((None, 20))\n", "Classifier")
    assert choose_input(net, built, None, None)[0] == [2, 20]


def test_show_slice_prints_the_code_and_the_input(tmp_path, capsys):
    from pivot.cli import main

    path = tmp_path / "script.py"
    path.write_text(SCRIPT)
    assert main(["show", "--slice", str(path)]) == 0
    out = capsys.readouterr().out
    assert "# input: [2, 28, 28, 1] float32" in out and "urlretrieve" not in out
    # in a fresh interpreter (this test process may hold the frameworks already): no framework imported
    check = ("import sys, contextlib, io; from pivot.cli import main\n"
             f"with contextlib.redirect_stdout(io.StringIO()): assert main(['show', '--slice', {str(path)!r}]) == 0\n"
             "assert 'torch' not in sys.modules and 'tensorflow' not in sys.modules, 'a framework was imported'\n")
    res = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr


def test_per_model_input_shapes_and_settings_from_the_command_line():
    from pivot.cli import _settings
    from pivot.inputs import parse_input_shape
    from pivot.verify import Job, given_shape

    assert parse_input_shape("2,28,28,1") == [2, 28, 28, 1]
    assert parse_input_shape("2,16;2,8") == [[2, 16], [2, 8]]
    assert _settings(["num_classes=5", "names=['a', 'b']"]) == {"num_classes": "5", "names": "['a', 'b']"}
    with pytest.raises(PivotError, match="--set takes NAME=VALUE"):
        _settings(["5"])
    net = analyze(MNIST).network("Net")
    job = Job("f.py", "tensorflow", None, [2, 1, 32, 32], None, 1e-5, 1e-4, input_shapes={"Net": [2, 1, 28, 28]})
    assert given_shape(job, "Net", net) == [2, 1, 28, 28]
    job.input_shapes = {"Generator": [2, 16]}
    assert given_shape(job, "Net", net) == [2, 1, 32, 32]  # the unnamed shape


def test_a_main_block_value_the_files_own_call_reads_is_kept():
    """ut11 (v_mlp_dataclass_silu_fdropout): `cfg = ModelConfig()` then `SiLUMLP(cfg)` under
    `if __name__ == "__main__":` was "`SiLUMLP` needs `cfg`, only known when the script runs": the main block's
    statements count as the module's; its run-time ones (prints, model calls) are still left out."""
    source = textwrap.dedent('''\
        from dataclasses import dataclass
        import torch
        import torch.nn as nn


        @dataclass
        class Config:
            dim: int = 8


        class Net(nn.Module):
            def __init__(self, cfg: Config = Config()):
                super().__init__()
                self.fc = nn.Linear(cfg.dim, 2)

            def forward(self, x):
                return self.fc(x)


        if __name__ == "__main__":
            cfg = Config(dim=6)
            print(Net(cfg)(torch.randn(4, cfg.dim)).shape)
        ''')
    sl = model_slice(source, "Net")
    assert sl.build == "Net(cfg)"
    assert "    cfg = Config(dim=6)" not in sl.code and "cfg = Config(dim=6)\n" in sl.code
    assert "print" not in sl.code
    ast.parse(sl.code)


def test_kernelbench_get_init_inputs_and_get_inputs():
    """ut11 (v_kernelbench_model_get_inputs): a `Model` with required constructor parameters the file never
    builds, but lists in `get_init_inputs()` (KernelBench's convention), is built with them; the tensors
    `get_inputs()` returns are its input."""
    source = textwrap.dedent('''\
        import torch
        import torch.nn as nn


        class Model(nn.Module):
            def __init__(self, in_channels, out_channels):
                super().__init__()
                self.conv = nn.Conv2d(in_channels, out_channels, 3)

            def forward(self, x):
                return self.conv(x)


        batch_size = 2
        in_channels = 3
        out_channels = 8


        def get_inputs():
            return [torch.randn(batch_size, in_channels, 16, 16)]


        def get_init_inputs():
            return [in_channels, out_channels]
        ''')
    sl = model_slice(source, "Model")
    assert sl.build == "Model(in_channels, out_channels)"
    assert "in_channels = 3" in sl.code and "batch_size" not in sl.code
    net = analyze(source).network("Model")
    assert choose_input(net, sl, None, None)[0] == [2, 3, 16, 16]
