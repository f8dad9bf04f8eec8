"""Both backends implement one contract (pivot.backends.rewriter.Backend): the same functions, parameters and
types, and rewriters built on the shared Rewriter base; a framework-free check on real layers."""
import inspect

import pytest

from pivot.analysis import analyze
from pivot.backends import keras as keras_backend
from pivot.backends import torch as torch_backend
from pivot.backends.common import Emitted
from pivot.backends.rewriter import Backend, Rewriter
from pivot.shapes import infer

BACKENDS = [keras_backend, torch_backend]
CONTRACT = ["layer_code", "node_code", "rewrite"]


def test_the_contract_is_listed_whole():
    assert CONTRACT == sorted(n for n in vars(Backend) if not n.startswith("_"))


@pytest.mark.parametrize("name", CONTRACT)
def test_same_signature_in_both_backends(name):
    wanted = inspect.signature(getattr(Backend, name))
    wanted = wanted.replace(parameters=list(wanted.parameters.values())[1:])  # without `self`
    for backend in BACKENDS:
        assert str(inspect.signature(getattr(backend, name))) == str(wanted), f"{backend.__name__}.{name}"


def test_rewriters_share_the_base():
    for backend in BACKENDS:
        assert issubclass(backend._Rewriter, Rewriter)
        assert backend._Rewriter.TARGET and backend._Rewriter.ORIGIN and backend._Rewriter.BASES
        assert all(backend._Rewriter.ENTRY)


TORCH = """import torch.nn as nn
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3, padding=1)
        self.fc = nn.Linear(8, 2)
"""
KERAS = """import keras
from keras import layers
model = keras.Sequential([layers.Conv2D(8, 3, padding="same", activation="relu"), layers.Dense(2)])
"""


@pytest.mark.parametrize("source,backend", [(TORCH, keras_backend), (KERAS, torch_backend)])
def test_layer_code_is_code_and_weight_path(source, backend):
    net = analyze(source).networks[0]
    info = infer(net)
    for layer in net.layers:
        code, path = backend.layer_code(layer, info, Emitted())
        assert isinstance(code, str) and code != layer.source and isinstance(path, tuple)
    conv = backend.layer_code(net.layers[0], info, Emitted())
    # Keras' conv with its activation is two PyTorch modules: the weights are in the first
    assert conv[1] == ((0,) if backend is torch_backend else ())
