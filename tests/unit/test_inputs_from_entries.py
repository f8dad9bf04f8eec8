"""Input inference asks the catalog entries (recurrent, vocabulary, flat features), never an op name."""
from pivot.analysis import analyze
from pivot.inputs import inferred_shape, input_dtype, token_bound

TORCH = "import torch\nimport torch.nn as nn\n\n\nclass Net(nn.Module):\n    def __init__(self):\n" \
        "        super().__init__()\n{layers}\n\n    def forward(self, x):\n{forward}\n"


def _net(layers: list[str], forward: list[str]):
    source = TORCH.format(layers="\n".join(f"        {l}" for l in layers),
                          forward="\n".join(f"        {l}" for l in forward))
    return analyze(source).networks[0]


def test_a_batch_first_rnn_read_first_takes_length_by_features():
    net = _net(["self.rnn = nn.GRU(8, 16, batch_first=True)", "self.fc = nn.Linear(16, 2)"],
               ["out, _ = self.rnn(x)", "return self.fc(out[:, -1])"])
    shape = inferred_shape(net)
    assert shape[0] == 2 and shape[2] == 8 and shape[1] > 1


def test_tokens_are_drawn_below_the_smallest_vocabulary():
    net = _net(["self.a = nn.Embedding(50, 8)", "self.b = nn.Embedding(30, 8)"], ["return self.a(x) + self.b(x)"])
    assert token_bound(net) == 30


def test_a_dense_layers_in_features_fix_the_image_size():
    net = _net(["self.c1 = nn.Conv2d(1, 32, 3)", "self.c2 = nn.Conv2d(32, 64, 3)", "self.pool = nn.MaxPool2d(2)",
                "self.fc = nn.Linear(9216, 10)"],
               ["x = self.pool(self.c2(self.c1(x)))", "return self.fc(torch.flatten(x, 1))"])
    assert inferred_shape(net) == [2, 1, 28, 28]


def test_an_input_read_first_by_an_embedding_is_token_ids():
    net = _net(["self.emb = nn.Embedding(50, 8)", "self.fc = nn.Linear(8, 2)"], ["return self.fc(self.emb(x))"])
    assert input_dtype(net) == "int64"
    assert input_dtype(_net(["self.fc = nn.Linear(8, 2)"], ["return self.fc(x)"])) == "float32"
