"""A Keras model's own weights in PyTorch: `self.add_weight(...)` as an `nn.Parameter` starting as Keras's
initializer does, and its `assign(...)` refill in `__init__` as the `nn.init` call (frontends.keras_state)."""
from __future__ import annotations

from pivot import diagnostics as D
from pivot.backends.common import Emitted, literal_sizes
from pivot.model import Expr, Layer, value_code

# Keras initializer names -> PyTorch code starting a tensor of shape {s} the same way (Keras's default arguments)
_STARTS = {
    "zeros": "torch.zeros({s})",
    "ones": "torch.ones({s})",
    "random_normal": "torch.randn({s}) * 0.05",
    "random_uniform": "torch.empty({s}).uniform_(-0.05, 0.05)",
    "truncated_normal": "nn.init.trunc_normal_(torch.empty({s}), std=0.05, a=-0.1, b=0.1)",
}
_ALIASES = {"normal": "random_normal", "uniform": "random_uniform", "randomnormal": "random_normal",
            "randomuniform": "random_uniform", "truncatednormal": "truncated_normal"}


def parameter_code(layer: Layer, out: Emitted) -> str:
    """`nn.Parameter(torch.zeros((1, n, d)))`, frozen with requires_grad=False when Keras does not train it;
    Keras's default (glorot_uniform) of a matrix is xavier_uniform_; another initializer PyTorch has no twin for
    starts uniform with a note: only training from scratch can tell, and verification copies trained values."""
    shape = out.moved.get(layer.name) or value_code(layer.attrs.get("shape"))
    name = layer.attrs.get("initializer")
    key = name.lower().replace("_", "") if isinstance(name, str) else None
    key = next((k for k in _STARTS if k.replace("_", "") == key), _ALIASES.get(key or ""))
    sizes = literal_sizes(Expr(shape))
    glorot = key is None and name in (None, "glorot_uniform") and sizes is not None and len(sizes) == 2
    values = layer.attrs.get("values")
    start = _constant_start(values, shape) if values is not None else _STARTS[key].format(s=shape) if key \
        else f"nn.init.xavier_uniform_(torch.empty({shape}))" if glorot else _STARTS["random_uniform"].format(s=shape)
    if key is None and not glorot and values is None:
        out.diagnostics.append(D.make("PIV203", layer.span, f"`{layer.source}`: its initializer "
                                      f"({value_code(name or 'glorot_uniform')}) is not carried (PyTorch starts it "
                                      "uniform in +-0.05); trained values are copied", severity="information",
                                      target="torch"))
    frozen = ", requires_grad=False" if layer.attrs.get("trainable", True) is False else ""
    return f"nn.Parameter({start}{frozen})"


def _constant_start(values: tuple, shape: str) -> str:
    """`keras.initializers.Constant(...)`'s numbers as a tensor of `shape`: one number fills it; as many as it has
    are laid out in order (`(1, 3, 1, 1)` from Keras's `[[[[a, b, c]]]]` of `(1, 1, 1, 3)`: one axis wider than 1,
    the same order either way)."""
    if len(values) == 1:
        return f"torch.full({shape}, {value_code(float(values[0]))})"
    return f"torch.tensor([{', '.join(value_code(float(v)) for v in values)}]).reshape({shape})"


def init_code(layer: Layer) -> str:
    """`nn.init.normal_(self.w, mean=0.0, std=0.02)` for `self.w.assign(keras.random.normal(self.w.shape, ...))`."""
    attrs = layer.attrs.as_dict()
    args = [value_code(attrs.pop("target"))] + [f"{k}={value_code(v)}" for k, v in attrs.items() if k != "function"]
    return f"nn.init.{attrs['function']}({', '.join(args)})"
