"""The input `pivot verify` reads from a file without `--input-shape` (pivot.inputs.choose_input) is never a wrong
interface: where one is inferred it has the rank and channels/features of the corpus header (bench/inferred_inputs.py
measures the rest); where the file does not settle it, verify asks for `--input-shape`."""
import importlib.util
from pathlib import Path

import pytest

from pivot.analysis import analyze
from pivot.errors import PivotError
from pivot.inputs import choose_input
from pivot.verify import slice_for

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("inferred_inputs", ROOT / "bench" / "inferred_inputs.py")
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)

FILES = bench.header_files()
# known disagreements (open): each a next step
DISAGREES = {
    # rank-free models: every op takes any rank, so (N, F) is an input the model takes too; only the prompt told
    "d_gated_residual_network_tft": "a block of Linear/ELU/GLU/LayerNorm over the last axis: the inferred input is "
                                    "(N, F), the header's (N, T, F) (nothing in the file tells the time axis)",
    # an unbatched model: the PyTorch tutorial's LSTM tagger of one sentence (L,), `embeds.view(len(sentence), 1,
    # -1)` into a sequence-first LSTM; the guess is token ids (N, L) (verify stops at PyTorch's size error, exit 1)
    "f_pytorch_tutorial_lstm_tagger_view_len_sentence": "one unbatched sentence (L,): the inferred input is (N, L)",
    "d_ncf_neumf_two_towers": "two id inputs read by embeddings whose outputs are only combined over the last axis: "
                              "the inferred inputs are token sequences (N, L), the header's single ids (N,)",
}


def _inferred(source: str, name: str = "Net"):
    nets = [n for n in analyze(source).networks if n.framework == "torch"]
    sl, net = slice_for(source, name, nets, None)
    return choose_input(net, sl, None, None)[0]


@pytest.mark.slow
@pytest.mark.parametrize("path,framework,name,header", [
    f for f in FILES],
    ids=["/".join(f[0].parts[-3:]) for f in FILES])
def test_an_inferred_input_has_the_interface_of_the_header(path, framework, name, header, request):
    if path.stem in DISAGREES:
        request.applymarker(pytest.mark.xfail(reason=DISAGREES[path.stem], strict=True))
    row = bench.measure(path, framework, name, header)
    assert row["result"] in ("agrees", "refused"), row


def test_an_axis_from_the_end_that_is_the_batch_axis_is_past_the_rank():
    # y_deepsets_torch_max_dim1: phi (Linear) over the set's elements, `.max(dim=1)` and `.sum(dim=1)`, then
    # `torch.cat([..], dim=-1)`: at (N, F) the two pooled values are (N,) and dim=-1 would join batches, so the
    # set (N, S, F) is the rank the file uses
    source = '''import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.phi = nn.Sequential(nn.Linear(3, 32), nn.ReLU())
        self.rho = nn.Linear(64, 2)

    def forward(self, x):
        x = self.phi(x)
        return self.rho(torch.cat([torch.max(x, dim=1)[0], x.sum(dim=1)], dim=-1))
'''
    assert _inferred(source) == [2, 64, 3]
    # a softmax over the features of a Linear (dim=1 at (N, F)) reads no axis past the rank: features stay (N, F)
    assert _inferred(source.replace("return self.rho(torch.cat([torch.max(x, dim=1)[0], x.sum(dim=1)], dim=-1))",
                                    "return torch.softmax(x, dim=1)")) == [2, 3]


def test_an_input_name_rebound_by_a_later_layer_tells_nothing():
    # MiniUNet: `x = self.up2(x)` (ConvTranspose2d(32, 16)) was read as the input: 32 channels, not n_channels=1;
    # the block of the file that reads it first (`Block(n_channels, 16)`: `nn.Conv2d(cin, ...)`) tells 1
    source = '''import torch
import torch.nn as nn


class Block(nn.Module):
    def __init__(self, cin, cout):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, padding=1)

    def forward(self, x):
        return self.conv(x)


class Net(nn.Module):
    def __init__(self, n_channels=1):
        super().__init__()
        self.inc = Block(n_channels, 16)
        self.down = nn.Sequential(nn.MaxPool2d(2), Block(16, 32))
        self.up = nn.ConvTranspose2d(32, 16, 2, stride=2)
        self.out = nn.Conv2d(32, 2, 1)

    def forward(self, x):
        x1 = self.inc(x)
        x = self.up(self.down(x1))
        return self.out(torch.cat([x1, x], dim=1))
'''
    assert _inferred(source) == [2, 1, 32, 32]
    assert _inferred(source.replace("cin, cout, 3", "3, cout, 3")) == [2, 3, 32, 32]
    with pytest.raises(PivotError, match="does not state the channels of input `x`"):  # a block it cannot see into
        _inferred(source.replace("nn.Conv2d(cin, cout, 3, padding=1)", "make_conv(cin, cout)"))


def test_a_layer_after_a_block_does_not_tell_the_features():
    # HousePriceMLP: `x = self.blocks(x)` (a run-time Sequential), then `self.out` = Linear(widths[-1], 1): not 32;
    # the block's first layer, built at `dims = [in_dim, *widths]` and i = 0, tells in_dim = 13
    source = '''import torch.nn as nn


class Net(nn.Module):
    def __init__(self, in_dim=13, widths=(64, 32)):
        super().__init__()
        dims = [in_dim, *widths]
        self.blocks = nn.Sequential(*[nn.Sequential(nn.Linear(dims[i], dims[i + 1]), nn.GELU())
                                      for i in range(len(widths))])
        self.out = nn.Linear(widths[-1], 1)

    def forward(self, x):
        x = self.blocks(x)
        return self.out(x)
'''
    assert _inferred(source) == [2, 13]
    with pytest.raises(PivotError, match="does not state the features of input `x`"):
        _inferred(source.replace("for i in range(len(widths))", "for i in range(depth())"))


def test_an_rnn_reads_the_input_only_when_it_reads_it_first():
    # `x = x.unsqueeze(-1)` then GRU(1, ...): the input is (N, T), not (N, T, 1); `x.float()` keeps the input
    head = "import torch.nn as nn\n\n\nclass Net(nn.Module):\n    def __init__(self):\n        super().__init__()\n" \
           "        self.gru = nn.GRU(INPUT, 8, batch_first=True)\n\n    def forward(self, x):\n"
    with pytest.raises(PivotError, match="the rank and sizes of input `x`"):
        _inferred(head.replace("INPUT", "1") + "        x = x.unsqueeze(-1)\n        return self.gru(x)[0]\n")
    assert _inferred(head.replace("INPUT", "5") + "        x = x.float()\n        return self.gru(x)[0]\n") \
        == [2, 64, 5]


def test_a_vector_input_beside_a_sequence_stays_a_vector():
    source = '''import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.tab = nn.Linear(5, 8)
        self.head = nn.Linear(16, 1)

    def forward(self, seq, tab):
        _, h = self.gru(seq)
        return self.head(torch.cat([h[-1], self.tab(tab)], dim=1))
'''
    assert _inferred(source) == [[2, 64, 3], [2, 5]]


def test_an_axis_past_the_guessed_rank_makes_a_sequence():
    # MaskedScores: Linear(dim, dim) first reads any rank; `.transpose(1, 2)` reads axis 2, which (N, F) has not:
    # (N, L, F), as also `x[:, 0, :]` and `.squeeze(2)` tell (was (N, F), a wrong interface)
    head = "import torch\nimport torch.nn as nn\n\n\nclass Net(nn.Module):\n    def __init__(self, dim=6):\n" \
           "        super().__init__()\n        self.q = nn.Linear(dim, dim)\n" \
           "        self.out = nn.Linear(dim, 3)\n\n    def forward(self, x):\n        h = self.q(x)\n"
    assert _inferred(head + "        return torch.matmul(h, h.transpose(1, 2))\n") == [2, 64, 6]
    assert _inferred(head + "        return self.out(h[:, 0, :])\n") == [2, 64, 6]
    assert _inferred(head + "        return self.out(h.mean(dim=1))\n") == [2, 64, 6]  # else a Linear of (N,)
    assert _inferred(head + "        return self.out(h)\n") == [2, 6]  # nothing tells more: (N, F)
    with pytest.raises(PivotError, match="the rank and sizes of input `x`"):  # neither (N, F) nor (N, L, F)
        _inferred(head + "        return h.permute(0, 3, 1, 2)\n")


def test_a_first_flatten_takes_any_rank():
    # the VAE of pytorch/examples: `self.encode(x.view(-1, 784))`: images (N, 1, 28, 28) or vectors (N, 784)
    source = """import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(784, 400)

    def encode(self, x):
        return self.fc1(x)

    def forward(self, x):
        return self.encode(x.view(-1, 784))
"""
    with pytest.raises(PivotError, match="the rank and sizes of input `x`"):
        _inferred(source)


_LOOP_MLP = '''import torch.nn as nn


class Net(nn.Module):
    def __init__(self, input_size=32, hidden_sizes=(64, 16), num_classes=3, activation="relu"):
        super().__init__()
        if activation == "relu":
            act = nn.ReLU
        else:
            act = nn.Tanh
        layers = []
        prev = input_size
        for h in hidden_sizes:
            layers.append(nn.Linear(prev, h))
            layers.append(act())
            prev = h
        layers.append(nn.Linear(prev, num_classes))
        self.network = nn.Sequential(*layers)

    def forward(self, x):
        return self.network(x)
'''


def test_a_block_built_in_a_loop_is_sized_where_the_constructor_builds_its_first_layer():
    # `prev = input_size` before the loop, `nn.Linear(prev, h)` in it: the first layer reads input_size features
    assert _inferred(_LOOP_MLP) == [2, 32]
    # over a comprehension's first values: `zip(dims[:-1], dims[1:])` -> a = 9; `for layer in self.layers` reads x
    assert _inferred('''import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self, dims=(9, 32, 1)):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(a, b) for a, b in zip(dims[:-1], dims[1:])])

    def forward(self, x):
        for layer in self.layers:
            x = F.relu(layer(x))
        return x
''') == [2, 9]
    # a conv stack: `in_ch = in_channels`, then `in_ch = out_ch` after each conv
    conv = '''import torch.nn as nn


class Net(nn.Module):
    def __init__(self, in_channels=3, widths=[8, 16]):
        super().__init__()
        blocks = []
        in_ch = in_channels
        for out_ch in widths:
            blocks += [nn.Conv2d(in_ch, out_ch, 3, padding=1), nn.ReLU()]
            in_ch = out_ch
        self.features = nn.Sequential(*blocks)

    def forward(self, x):
        return self.features(x).mean(dim=(2, 3))
'''
    assert _inferred(conv) == [2, 3, 32, 32]
    # what the constructor's statements do not settle statically stays refused
    with pytest.raises(PivotError, match="input `x`"):
        _inferred(_LOOP_MLP.replace("prev = input_size", "prev = compute(input_size)"))
    with pytest.raises(PivotError, match="input `x`"):  # no first value: the loop may not run
        _inferred(conv.replace("for out_ch in widths:", "for out_ch in load_widths():"))


def test_a_block_a_method_builds_is_sized_by_the_call_arguments():
    # BlockNet: `self.block1 = self._conv_block(3, 16)` (a static method returning nn.Sequential(nn.Conv2d(in_c,
    # ...), ...)): in_c = 3; a VGG cfg loop whose first entry is a conv, not its 'M' (a MaxPool2d built later)
    assert _inferred('''import torch.nn as nn


class Net(nn.Module):
    def __init__(self, num_classes=6):
        super().__init__()
        self.block1 = self._conv_block(3, 16)
        self.block2 = self._conv_block(16, 32)
        self.fc = nn.Linear(32, num_classes)

    @staticmethod
    def _conv_block(in_c, out_c):
        return nn.Sequential(nn.Conv2d(in_c, out_c, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2))

    def forward(self, x):
        x = self.block2(self.block1(x))
        return self.fc(x.mean(dim=(2, 3)))
''') == [2, 3, 32, 32]
    assert _inferred('''import torch.nn as nn


class Net(nn.Module):
    cfg = [32, 'M', 64, 'M']

    def __init__(self, in_channels=1):
        super().__init__()
        layers = []
        for v in self.cfg:
            if v == 'M':
                layers += [nn.MaxPool2d(2)]
            else:
                layers += [nn.Conv2d(in_channels, v, 3, padding=1), nn.ReLU()]
                in_channels = v
        self.features = nn.Sequential(*layers)

    def forward(self, x):
        return self.features(x).mean(dim=(2, 3))
''') == [2, 1, 32, 32]


def test_an_input_moved_into_a_layer_is_mapped_back_through_the_move():
    # `x.permute(0, 2, 1)` into Conv1d(6, ...): (N, L, 6); `x.transpose(0, 1)` into a time-major GRU(5, ...):
    # (N, T, 5); `x.permute(0, 3, 1, 2)` into Conv2d(3, ...): (N, H, W, 3)
    head = "import torch.nn as nn\n\n\nclass Net(nn.Module):\n    def __init__(self):\n        super().__init__()\n" \
           "        self.layer = LAYER\n\n    def forward(self, x):\n        x = MOVE\n        return self.layer(x)\n"

    def model(layer, move):
        return head.replace("LAYER", layer).replace("MOVE", move)

    assert _inferred(model("nn.Conv1d(6, 8, 3)", "x.permute(0, 2, 1)")) == [2, 64, 6]
    assert _inferred(model("nn.GRU(5, 8)", "x.transpose(0, 1)")) == [2, 16, 5]
    assert _inferred(model("nn.Conv2d(3, 8, 3)", "x.permute(0, 3, 1, 2)")) == [2, 32, 32, 3]
    with pytest.raises(PivotError, match="input `x`"):  # the batch moved: the input's first axis is no batch
        _inferred(model("nn.Conv1d(6, 8, 3)", "x.permute(1, 0, 2)"))
    with pytest.raises(PivotError, match="input `x`"):  # a video (N, T, C, H, W): its image sizes are last
        _inferred(model("nn.Conv3d(3, 8, 3)", "x.permute(0, 2, 1, 3, 4)"))
    with pytest.raises(PivotError, match="input `x`"):  # a head the default length does not feed
        _inferred(model("nn.Conv1d(6, 8, 3)", "x.permute(0, 2, 1)").replace(
            "return self.layer(x)", "return self.fc(self.layer(x).flatten(1))").replace(
            "        self.layer =", "        self.fc = nn.Linear(8 * 10, 2)\n        self.layer ="))


def test_an_input_passed_to_a_method_of_the_model_is_read_there():
    # a siamese model: `self.forward_once(x1)`, `def forward_once(self, x): return self.encoder(x)` (Linear(16, ..)
    # first): each input (N, 16); an image read so stays refused (a head's size is not solved through the method)
    source = '''import torch.nn as nn


class Net(nn.Module):
    def __init__(self, input_dim=16):
        super().__init__()
        self.encoder = nn.Sequential(nn.Linear(input_dim, 8), nn.ReLU())

    def forward_once(self, x):
        return self.encoder(x)

    def forward(self, x1, x2):
        return self.forward_once(x1) - self.forward_once(x2)
'''
    assert _inferred(source) == [[2, 16], [2, 16]]
    with pytest.raises(PivotError, match="input `x1`"):
        _inferred(source.replace("nn.Linear(input_dim, 8)", "nn.Conv2d(1, 8, 3)"))


def test_a_block_built_from_a_module_level_config_dict():
    # pytorch-cifar's VGG: `cfg = {'VGG11': [64, 'M', ...]}` at module level, `self._make_layers(cfg[vgg_name])`
    # with `in_channels = 3` in the method: the config is read where the method runs
    assert _inferred('''import torch.nn as nn

cfg = {'mini': [16, 'M', 32, 'M']}


class Net(nn.Module):
    def __init__(self, vgg_name='mini'):
        super().__init__()
        self.features = self._make_layers(cfg[vgg_name])

    def forward(self, x):
        return self.features(x).mean(dim=(2, 3))

    def _make_layers(self, cfg):
        layers = []
        in_channels = 3
        for x in cfg:
            if x == 'M':
                layers += [nn.MaxPool2d(kernel_size=2, stride=2)]
            else:
                layers += [nn.Conv2d(in_channels, x, kernel_size=3, padding=1), nn.ReLU(inplace=True)]
                in_channels = x
        return nn.Sequential(*layers)
''') == [2, 3, 32, 32]


def test_the_file_running_its_model_on_a_tensor_states_the_input():
    # a smoke test under `if __name__ == "__main__":`: `dummy = torch.randn(4, 8, 128)`, `model(dummy)`: (8, 128),
    # not the default length 64; sizes not known statically, or another model of the class run, say nothing
    source = '''import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, in_ch=8):
        super().__init__()
        self.conv = nn.Conv1d(in_ch, 4, 3)

    def forward(self, x):
        return self.conv(x).mean(dim=2)


if __name__ == "__main__":
    model = Net()
    dummy = torch.randn(4, 8, 128)
    print(model(dummy).shape)
'''
    assert _inferred(source) == [2, 8, 128]
    assert _inferred(source.replace("print(model(dummy).shape)", "print(model(torch.zeros((1, 8, 100))))")) \
        == [2, 8, 100]
    assert _inferred(source.replace("dummy = torch.randn(4, 8, 128)", "dummy = torch.randn(4, 8, n)")) == [2, 8, 64]
    assert _inferred(source.replace("print(model(dummy).shape)", "print(Net(in_ch=2)(dummy).shape)")) == [2, 8, 64]


def test_a_clip_whose_depth_differs_from_its_sides_is_sized_for_its_linear():
    # Conv3d, two 2x pools, then Linear(16 * 2 * 4 * 4): no NxNxN input gives 512 features (2 != 4); a depth of
    # 8 frames with 16x16 sides does (was refused: "no input of NxNxN")
    source = '''import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv3d(1, 16, 3, padding=1)
        self.pool = nn.MaxPool3d(2)
        self.fc = nn.Linear(16 * 2 * 4 * 4, 5)

    def forward(self, x):
        x = self.pool(self.pool(self.conv(x)))
        return self.fc(x.flatten(1))
'''
    assert _inferred(source) == [2, 1, 8, 16, 16]


def test_a_trailing_parameter_defaulting_to_none_is_no_input_to_guess():
    # ur1 (w_lstm_optional_hidden_typed, w_rnn_language_model_init_hidden): `forward(self, x, hidden=None)`, the
    # RNN's initial state only passed when given, was guessed two inputs (the second a sequence): an interface the
    # file never uses (`model(x)`); the guess is the required input only
    source = '''import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x, hidden=None):
        if hidden is not None:
            out, _ = self.lstm(x, hidden)
        else:
            out, _ = self.lstm(x)
        return self.fc(out[:, -1, :])
'''
    shape = _inferred(source)
    assert len(shape) == 3 and shape[-1] == 3, shape


def test_an_input_an_rnn_reads_as_its_initial_state_has_the_state_shape():
    # ut18 (f_gru_char_step_forward_input_hidden_two_inputs): `forward(self, input, hidden)` into `self.gru(embedded,
    # hidden)` of nn.GRU(32, 32, 2): the state was guessed a sequence of input_size features (2, 16, 32), and verify
    # ran PyTorch on it ("Expected hidden size (2, 2, 32)"); the state is (num_layers * directions, N, hidden_size)
    source = '''import torch.nn as nn


class Net(nn.Module):
    def __init__(self, n_chars=40, hidden_size=32, n_layers=2):
        super().__init__()
        self.encoder = nn.Embedding(n_chars, hidden_size)
        self.gru = nn.GRU(hidden_size, 24, n_layers, batch_first=True, bidirectional=True)
        self.decoder = nn.Linear(48, n_chars)

    def forward(self, input, hidden):
        output, hidden = self.gru(self.encoder(input), hidden)
        return self.decoder(output), hidden
'''
    tokens, state = _inferred(source)
    assert len(tokens) == 2 and state == [4, tokens[0], 24], (tokens, state)


def test_a_default_length_too_short_for_the_conv_front_end_is_doubled():
    # ut18 (f_kws_raw_wave_conv1d_stack_gru_last): a raw waveform's Conv1d(1, 32, 80, stride=16) and pools before a
    # GRU: the default 64 samples left no step (verify ran PyTorch: "Kernel size can't be greater than actual input
    # size"); the length is doubled until every conv and pool has one
    source = '''import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.frontend = nn.Sequential(nn.Conv1d(1, 8, kernel_size=80, stride=16), nn.ReLU(), nn.MaxPool1d(4))
        self.gru = nn.GRU(8, 16, batch_first=True)
        self.fc = nn.Linear(16, 3)

    def forward(self, x):
        out, _ = self.gru(self.frontend(x).transpose(1, 2))
        return self.fc(out[:, -1, :])
'''
    shape = _inferred(source)
    assert shape[:2] == [2, 1] and ((shape[2] - 80) // 16 + 1) // 4 >= 1, shape


def test_a_block_starting_with_a_flatten_leaves_the_rank_open():
    # ut11 (v_mlp_autoencoder_image_sigmoid): `self.encoder = nn.Sequential(nn.Flatten(), nn.Linear(784, 128),
    # ...)`: the input was guessed (2, 16) from the decoder's Linear(latent_dim, ...) (the block's result was taken
    # for the flatten's); a first Flatten module takes any rank, as `x.view(-1, 784)` does: verify asks for it
    source = '''import torch.nn as nn


class Net(nn.Module):
    def __init__(self, latent_dim=16):
        super().__init__()
        self.encoder = nn.Sequential(nn.Flatten(), nn.Linear(28 * 28, 64), nn.ReLU(), nn.Linear(64, latent_dim))
        self.decoder = nn.Sequential(nn.Linear(latent_dim, 28 * 28), nn.Sigmoid(), nn.Unflatten(1, (1, 28, 28)))

    def forward(self, x):
        return self.decoder(self.encoder(x))
'''
    with pytest.raises(PivotError, match="does not state the rank and sizes of input `x`"):
        _inferred(source)


def test_an_input_read_one_step_at_a_time_is_a_sequence():
    # ut16 (c_ round): a loop over `x.size(1)` reading `x[:, t, :]` / `x[:, t]` into an nn.LSTMCell(3, ...) or a
    # hand-written cell's Linear(3, ...): (N, T, 3) (was "the file does not state the rank"); a slice of the axis
    # or an image per step is no such read
    head = "import torch\nimport torch.nn as nn\n\n\nclass Net(nn.Module):\n    def __init__(self):\n" \
           "        super().__init__()\n        self.cell = CELL\n\n    def forward(self, x):\n" \
           "        h = torch.zeros(x.size(0), 8)\n        for t in range(x.size(1)):\n            h = STEP\n" \
           "        return h\n"

    def model(cell, step):
        return head.replace("CELL", cell).replace("STEP", step)

    assert _inferred(model("nn.LSTMCell(3, 8)", "self.cell(x[:, t, :], (h, h))[0]")) == [2, 64, 3]
    assert _inferred(model("nn.GRUCell(3, 8)", "self.cell(x[:, t], h)")) == [2, 64, 3]
    assert _inferred(model("nn.Linear(3, 8)", "torch.tanh(self.cell(x[:, t]) + h)")) == [2, 64, 3]
    with pytest.raises(PivotError, match="input `x`"):
        _inferred(model("nn.Linear(3, 8)", "torch.tanh(self.cell(x[:, t:t + 2].mean(1)) + h)"))
    with pytest.raises(PivotError, match="input `x`"):  # a frame per step (a video): not followed
        _inferred(model("nn.Conv2d(3, 8, 3)", "self.cell(x[:, t]).mean((2, 3)) + h"))


def test_an_input_moved_into_a_sequential_is_mapped_back_through_the_move():
    # ut16 (c_ round): `self.features(x.transpose(1, 2))` of nn.Sequential(nn.Conv1d(9, ...), ...), a CNN-LSTM
    # reading (N, T, C) sensor windows: (N, L, 9) (was "the file does not state the features")
    source = '''import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(nn.Conv1d(9, 16, 3, padding=1), nn.ReLU(), nn.MaxPool1d(2))
        self.lstm = nn.LSTM(16, 8, batch_first=True)

    def forward(self, x):
        x = self.features(x.transpose(1, 2)).transpose(1, 2)
        return self.lstm(x)[0][:, -1]
'''
    assert _inferred(source) == [2, 64, 9]


def test_an_input_moved_into_a_block_of_the_file_is_mapped_back_through_the_move():
    # ut16 (c_ round): `self.conv1(x.permute(0, 2, 1))` of a CausalConv1d block of the file whose first layer is
    # nn.Conv1d(in_ch, ...), in_ch = n_features = 4: (N, L, 4) (was "the file does not state the rank")
    source = '''import torch.nn as nn


class CausalConv1d(nn.Module):
    def __init__(self, in_ch, out_ch, kernel_size):
        super().__init__()
        self.pad = kernel_size - 1
        self.conv = nn.Conv1d(in_ch, out_ch, kernel_size, padding=self.pad)

    def forward(self, x):
        return self.conv(x)[:, :, :-self.pad]


class Net(nn.Module):
    def __init__(self, n_features=4):
        super().__init__()
        self.conv1 = CausalConv1d(n_features, 8, 3)
        self.gru = nn.GRU(8, 6, batch_first=True)

    def forward(self, x):
        x = self.conv1(x.permute(0, 2, 1)).permute(0, 2, 1)
        return self.gru(x)[0][:, -1]
'''
    assert _inferred(source) == [2, 64, 4]


def test_a_refusal_names_each_unknown_axis_once():
    from pivot.inputs import _unknown_axes

    assert _unknown_axes([0], 3, True) == "the channels"
    assert _unknown_axes([1], 2, False) == "the features"
    assert _unknown_axes([0, 1], 2, False) == "the size of axis 1 and the features"
    assert _unknown_axes([0, 1, 2, 3], 4, False) == "the sizes of axes 1, 2 and 3 and the features"


def test_a_dummy_run_in_the_constructor_is_the_input():
    # x_eeg_cnn2d_channels_time: `dummy = torch.zeros(1, 1, n_channels, n_samples)` run through the first layers
    # to size the Linear: the input is (N, 1, 8, 128); a square guess (32x32) gave the Linear 3200 features, not 512
    source = '''import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, n_channels=8, n_samples=128):
        super().__init__()
        self.temporal = nn.Conv2d(1, 8, kernel_size=(1, 15), padding=(0, 7))
        self.spatial = nn.Sequential(nn.Conv2d(8, 16, (n_channels, 1)), nn.ELU(), nn.AvgPool2d((1, 4)))
        with torch.no_grad():
            dummy = torch.zeros(1, 1, n_channels, n_samples)
            n_flat = self.spatial(self.temporal(dummy)).numel()
        self.classifier = nn.Linear(n_flat, 4)

    def forward(self, x):
        x = self.spatial(self.temporal(x))
        return self.classifier(x.view(x.size(0), -1))
'''
    assert _inferred(source) == [2, 1, 8, 128]
    inline = source.replace("self.temporal(dummy)", "self.temporal(torch.zeros(1, 1, n_channels, 64))")
    assert _inferred(inline) == [2, 1, 8, 64]  # the tensor made in the call
    # a run of another layer than the one forward applies first to the input tells nothing about the input
    assert _inferred(source.replace("self.spatial(self.temporal(dummy))", "self.spatial(dummy)")) != [2, 1, 8, 128]


def test_the_steps_of_a_loop_over_the_time_axis_tell_the_features():
    # `for x_t in x.unbind(dim=1)` into an LSTMCell(10, ...): a batch-first sequence of 10 features (the loop
    # variable was an unknown name to the graph, so the cell's read of it was not seen)
    unbind = '''import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, hidden=32):
        super().__init__()
        self.hidden = hidden
        self.cell = nn.LSTMCell(10, hidden)
        self.head = nn.Linear(hidden, 3)

    def forward(self, x):
        h = torch.zeros(x.size(0), self.hidden)
        c = torch.zeros(x.size(0), self.hidden)
        for x_t in x.unbind(dim=1):
            h, c = self.cell(x_t, (h, c))
        return self.head(h)
'''
    assert _inferred(unbind) == [2, 64, 10]
    with pytest.raises(PivotError, match="rank and sizes"):  # the steps of another axis: not a sequence's
        _inferred(unbind.replace("x.unbind(dim=1)", "x.unbind(dim=2)"))
    # an Elman cell by hand: `torch.cat([x_t, h], dim=1)` into Linear(10 + hidden, hidden), whose output is the
    # state again (`h = torch.tanh(...)`): the step's features are in_features less the state's 32
    elman = '''import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, hidden=32):
        super().__init__()
        self.hidden = hidden
        self.i2h = nn.Linear(10 + hidden, hidden)
        self.head = nn.Linear(hidden, 3)

    def forward(self, x):
        h = torch.zeros(x.size(0), self.hidden)
        for t in range(x.size(1)):
            x_t = x[:, t, :]
            h = torch.tanh(self.i2h(torch.cat([x_t, h], dim=1)))
        return self.head(h)
'''
    assert _inferred(elman) == [2, 64, 10]
    with pytest.raises(PivotError, match="rank and sizes"):  # the Linear's output is not the state joined: unknown
        _inferred(elman.replace("h = torch.tanh(self.i2h(", "g = torch.tanh(self.i2h("))


def test_an_rnn_after_a_conv_stack_sizes_the_one_axis_it_reads():
    # c_deepconvlstm_conv2d_time_kernel: kernels (5, 1) along time, `x.permute(0, 2, 1, 3)` and
    # `x.reshape(x.size(0), x.size(1), -1)` into LSTM(filters * n_sensors): the sensor axis is 6, time stays open
    # (a square guess, 32x32, gave the LSTM 512 features, not 96)
    source = '''import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self, n_sensors=6, filters=16):
        super().__init__()
        self.conv1 = nn.Conv2d(1, filters, (5, 1))
        self.conv2 = nn.Conv2d(filters, filters, (5, 1))
        self.lstm = nn.LSTM(filters * n_sensors, 32, batch_first=True)
        self.fc = nn.Linear(32, 5)

    def forward(self, x):
        x = F.relu(self.conv2(F.relu(self.conv1(x))))
        x = x.permute(0, 2, 1, 3)
        x = x.reshape(x.size(0), x.size(1), -1)
        out, _ = self.lstm(x)
        return self.fc(out[:, -1, :])
'''
    assert _inferred(source) == [2, 1, 32, 6]


def test_a_reshape_reads_its_own_sizes():
    from pivot.shapes import infer
    source = '''import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3, padding=1)

    def forward(self, x):
        x = self.conv(x)
        return x.reshape(x.size(0), x.size(1), -1)
'''
    net = next(n for n in analyze(source).networks if n.name == "Net")
    assert infer(net, ((3, 4, 5),)).at[net.nodes[-1]][1][0][0] == (8, 20)
    other = next(n for n in analyze(source.replace("x.size(1), -1", "y.size(1), -1")).networks if n.name == "Net")
    assert infer(other, ((3, 4, 5),)).at[other.nodes[-1]][1][0][0] == (None, None)


def test_a_linear_over_the_last_axis_after_a_permute_is_sized_by_that_axis():
    # t_torchaudio_m5_conv1d: a global `F.avg_pool1d(x, x.shape[-1])`, `x.permute(0, 2, 1)`, then
    # Linear(2 * n_channel): it reads (N, 1, 16) over its last axis, which any length gives (the default stays;
    # comparing the whole (1, 16) with (16,) refused "no input of N fits")
    source = '''import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self, n_channel=8):
        super().__init__()
        self.conv1 = nn.Conv1d(1, n_channel, kernel_size=20, stride=4)
        self.conv2 = nn.Conv1d(n_channel, 2 * n_channel, kernel_size=3)
        self.fc1 = nn.Linear(2 * n_channel, 7)

    def forward(self, x):
        x = self.conv2(F.relu(self.conv1(x)))
        x = F.avg_pool1d(x, x.shape[-1])
        return self.fc1(x.permute(0, 2, 1))
'''
    assert _inferred(source) == [2, 1, 64]
