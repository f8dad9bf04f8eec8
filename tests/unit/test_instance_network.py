"""pivot.slice.instance_network: the constructor-parameter expressions of a model's layers evaluated for the
instance the slice builds (the sized analysis of verify), and left symbolic wherever the value is not certain."""
import textwrap

from pivot.analysis import analyze
from pivot.model import Expr
from pivot.slice import instance_network, model_slice


def _bound(source: str, name: str) -> dict:
    """layer name -> attributes, as the instance the file builds has them."""
    source = textwrap.dedent(source)
    sl = model_slice(source, name)
    net = next(n for n in analyze(sl.code).networks if n.name in (name, sl.root))
    return {layer.name: layer.attrs.as_dict() for layer in instance_network(sl, net).layers}


def test_defaults_and_the_file_call_are_the_instance():
    attrs = _bound("""
        import torch.nn as nn

        class Net(nn.Module):
            def __init__(self, n_channels=8, F1=4, D=2):
                super().__init__()
                self.conv = nn.Conv2d(F1, F1 * D, (n_channels, 1), groups=F1)

        model = Net(n_channels=22)
    """, "model")["conv"]
    assert (attrs["kernel_size"], attrs["out_channels"], attrs["groups"]) == ((22, 1), 8, 4)


def test_plain_assignments_are_followed_in_order():
    attrs = _bound("""
        import torch.nn as nn

        class Net(nn.Module):
            def __init__(self, k=3, n=10):
                super().__init__()
                self.a = nn.Linear(n, 2)
                n = (n + 1) // 4
                k += 2
                self.conv = nn.Conv2d(1, n, (k, 1))
    """, "Net")
    assert attrs["a"]["in_features"] == 10
    assert (attrs["conv"]["kernel_size"], attrs["conv"]["out_channels"]) == ((5, 1), 2)


def test_names_bound_otherwise_stay_symbolic():
    attrs = _bound("""
        import torch.nn as nn

        class Net(nn.Module):
            def __init__(self, k=3, c=4, flag=True):
                super().__init__()
                if flag:
                    c = 6
                self.convs = nn.ModuleList([nn.Conv2d(1, 1, k) for k in (1, 2)])
                self.b = nn.Conv2d(1, c, k)
    """, "Net")
    # `c` may be 4 or 6; the comprehension's `k` is its own (the constructor's `k` is 3 after it)
    assert attrs["b"]["out_channels"] == Expr("c") and attrs["b"]["kernel_size"] == 3


def test_a_parameter_shadows_the_module_constant_of_its_name():
    attrs = _bound("""
        import torch.nn as nn

        width = 5

        class Net(nn.Module):
            def __init__(self, width=None):
                super().__init__()
                self.fc = nn.Linear(3, width or 2)
                self.g = nn.Linear(3, width)
    """, "Net")
    assert attrs["g"]["out_features"] is None
