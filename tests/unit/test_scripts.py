"""Whole scripts: module-level models are exactly their own statements, the code around them stays, the
PyTorch idioms of training and evaluation code migrate (or are errors), and the output always parses."""
import ast
import textwrap

import pivot.migrate as migrate_module
from pivot.analysis import analyze
from pivot.migrate import migrate_source, without_overlaps
from pivot.training.common import Edit, Text

KERAS_HEAD = "import numpy as np\nimport keras\nfrom keras import layers\n\n"
TORCH_HEAD = "import torch\nimport torch.nn as nn\n\n"


def test_two_module_level_sequentials_are_two_models_and_the_line_between_stays():
    source = KERAS_HEAD + textwrap.dedent('''\
        generator = keras.Sequential([keras.Input(shape=(4,)), layers.Dense(8)])
        data = np.ones((2, 4))
        discriminator = keras.Sequential([keras.Input(shape=(8,)), layers.Dense(1)])
    ''')
    nets = {n.name: n for n in analyze(source).networks}
    assert set(nets) == {"generator", "discriminator"}
    assert nets["generator"].span.end_line < 6 < nets["discriminator"].span.line
    result = migrate_source(source, "pytorch")
    assert result.ok and "data = np.ones((2, 4))\n" in result.text
    assert result.text.index("generator = nn.Sequential") < result.text.index("data = np.ones") < \
        result.text.index("discriminator = nn.Sequential")


def test_data_preparation_before_a_module_level_model_is_no_part_of_it():
    source = KERAS_HEAD + textwrap.dedent('''\
        y = keras.utils.to_categorical(np.arange(4), 4)
        model = keras.Sequential([keras.Input(shape=(3,)), layers.Dense(4)])
    ''')
    (net,) = analyze(source).networks
    assert net.span.line == 6 and not net.diagnostics
    assert "y = keras.utils.to_categorical(np.arange(4), 4)\n" in migrate_source(source, "pytorch").text


def test_a_statement_between_a_functional_models_lines_keeps_its_text_and_order():
    source = KERAS_HEAD + textwrap.dedent('''\
        inputs = keras.Input(shape=(4,))
        scale = 2.0
        x = layers.Dense(8, activation="relu")(inputs)
        print("hidden layer built")
        outputs = layers.Dense(1)(x)
        model = keras.Model(inputs, outputs)
    ''')
    result = migrate_source(source, "pytorch")
    assert result.ok, result.diagnostics
    text = result.text
    assert text.index("scale = 2.0\n") < text.index('print("hidden layer built")\n') < text.index("class ")
    assert "model = " in text and "keras.Input" not in text


def test_a_line_between_that_uses_the_models_tensors_leaves_the_model_as_written():
    source = KERAS_HEAD + textwrap.dedent('''\
        inputs = keras.Input(shape=(4,))
        x = layers.Dense(8)(inputs)
        print(x.shape)
        model = keras.Model(inputs, layers.Dense(1)(x))
    ''')
    result = migrate_source(source, "pytorch", training=False)
    assert any(d.code == "PIV104" and d.severity == "error" and "line 7" in d.message for d in result.diagnostics)
    assert "x = layers.Dense(8)(inputs)\nprint(x.shape)\n" in result.text


def test_training_edits_that_overlap_a_model_are_dropped_and_reported():
    text = Text("a = 1\nb = 2\nc = 3\n")
    diags = []
    kept = without_overlaps([Edit(0, 12, "x = 0\n")], [Edit(6, 11, "b = 9"), Edit(12, 17, "c = 4")], text, diags,
                            "torch")
    assert kept == [Edit(12, 17, "c = 4")]
    assert [d.span.line for d in diags] == [2] and diags[0].code == "PIV301"


def test_output_that_would_not_parse_falls_back_to_the_file_as_written(monkeypatch):
    monkeypatch.setattr(migrate_module, "fix_imports", lambda text, target, origin: text + "(\n")
    source = TORCH_HEAD + "model = nn.Sequential(nn.Linear(4, 2))\n"
    result = migrate_source(source, "tensorflow")
    assert result.text == source and not result.ok
    assert any("did not parse" in d.message for d in result.diagnostics)


def _torch_script(body: str) -> str:
    return TORCH_HEAD + textwrap.dedent('''\
        class Net(nn.Module):
            def __init__(self):
                super().__init__()
                self.fc = nn.Linear(4, 3)

            def forward(self, x):
                return self.fc(x)


        device = "cpu"
    ''') + textwrap.dedent(body)


def test_a_model_moved_to_a_device_is_still_built():
    result = migrate_source(_torch_script("model = Net().to(device)\n"), "tensorflow")
    assert "model = Net()\n" in result.text and "# model" not in result.text


def test_a_train_function_loop_gets_a_gradient_tape():
    result = migrate_source(_torch_script('''\
        model = Net()
        loss_fn = nn.CrossEntropyLoss()
        optimizer = torch.optim.SGD(model.parameters(), lr=0.1)


        def train(dataloader, net, criterion, opt):
            net.train()
            for X, y in dataloader:
                X, y = X.to(device), y.to(device)
                loss = criterion(net(X), y)
                loss.backward()
                opt.step()
                opt.zero_grad()


        train([], model, loss_fn, optimizer)
    '''), "tensorflow")
    assert result.ok, result.diagnostics
    assert "with tf.GradientTape() as tape:" in result.text
    assert "loss = criterion(y, net(X, training=True))" in result.text
    assert "opt.apply_gradients(zip(grads, net.trainable_variables))" in result.text


def test_evaluation_idioms_are_written_for_tensorflow_tensors():
    result = migrate_source(_torch_script('''\
        model = Net().to(device)
        model.eval()
        correct, total = 0, 0
        with torch.no_grad():
            for xb, yb in [(torch.zeros(2, 4), torch.zeros(2, dtype=torch.long))]:
                xb, yb = xb.to(device), yb.to(device)
                pred = model(xb).argmax(dim=1)
                total += yb.size(0)
                correct += (pred == yb).type(torch.float).sum().item()
        print(correct / total)
    '''), "tensorflow")
    text = result.text
    assert "with torch.no_grad()" not in text and "\nfor xb, yb in" in text  # unwrapped, one level less
    assert "# model.eval()" in text
    assert "pred = keras.ops.cast(keras.ops.argmax(model(xb), axis=1), \"int64\")" in text
    assert "total += yb.shape[0]" in text
    assert 'correct += float(keras.ops.sum(keras.ops.cast(pred == yb, "float32")))' in text
    ast.parse(text)


def test_a_pytorch_only_call_left_in_evaluation_code_is_an_error():
    result = migrate_source(_torch_script('''\
        model = Net()
        with torch.no_grad():
            n = sum(p.numel() for p in model.parameters())
            top = torch.topk(model(torch.zeros(1, 4)), 2)
    '''), "tensorflow")
    errors = [d for d in result.diagnostics if d.severity == "error" and d.code == "PIV301"]
    assert {d.span.line for d in errors} == {16, 17}, errors
    assert not result.ok


def test_a_device_move_that_binds_new_names_keeps_the_assignment():
    result = migrate_source(_torch_script('''\
        model = Net()
        model.eval()
        with torch.no_grad():
            for data in [(torch.zeros(2, 4), torch.zeros(2))]:
                inputs, labels = data[0].to(device), data[1].to(device)
                print(model(inputs), labels)
    '''), "tensorflow")
    assert "inputs, labels = data[0], data[1]\n" in result.text



def test_training_edits_that_would_not_parse_are_left_out_and_the_models_still_migrate(monkeypatch):
    class Broken:
        edits, diagnostics, support = [Edit(0, 0, "(\n")], [], False

    monkeypatch.setattr(migrate_module, "train_migration", lambda *args: Broken())
    source = TORCH_HEAD + "model = nn.Sequential(nn.Linear(4, 2))\n"
    result = migrate_source(source, "tensorflow")
    assert "keras.Sequential" in result.text and not result.ok
    assert [d.message.rsplit("; ", 1)[1] for d in result.diagnostics if "did not parse" in d.message] == \
        ["the training code is left as written"]
