"""PyTorch tensor idioms of training and evaluation code, written for TensorFlow tensors.

Scripts use them outside the models: `xb.to(device)`, `yb.size(0)`, `pred.argmax(dim=1)`,
`(pred == y).type(torch.float).sum()`, `len(loader.dataset)`. TensorFlow tensors have none of these
methods, so each is rewritten as the `keras.ops` call (or Python) that computes the same value.
"""
from __future__ import annotations

import ast
from typing import Callable

from pivot.catalog.creation import DTYPES
from pivot.frontends.source import HARMLESS  # noqa: F401 (read as idioms.HARMLESS)

NO_GRAD = ("torch.no_grad", "torch.inference_mode")
# tensor methods of PyTorch that TensorFlow tensors and Keras models lack (what must not stay behind)
TORCH_ONLY = {"backward", "zero_grad", "to", "cuda", "size", "item", "eval", "train", "type", "float", "long",
              "view", "unsqueeze", "squeeze", "permute", "dim", "numel", "detach", "argmax", "argmin",
              "double", "half", "state_dict", "load_state_dict", "parameters", "reshape"}

# the methods a TensorFlow tensor (what a migrated model returns) has: any other called on a model's result is left
# PyTorch (`generator(z).reshape(28, 28)`: an EagerTensor has no reshape)
TENSOR_METHODS = {"numpy", "get_shape", "set_shape", "__array__"}


def idiom(node: ast.AST) -> str | None:
    """Which rewrite applies to `node` (None: none)."""
    if not isinstance(node, ast.Call):
        return None
    func, keywords = node.func, {k.arg for k in node.keywords}
    if isinstance(func, ast.Name) and func.id == "len" and len(node.args) == 1 \
            and isinstance(node.args[0], ast.Attribute) and node.args[0].attr == "dataset":
        return "samples"
    if not isinstance(func, ast.Attribute):
        return None
    attr, count = func.attr, len(node.args) + len(node.keywords)
    if attr in ("max", "min") and _dim_of_extreme(node) is not None:
        return "extreme"
    if attr in ("reshape", "view") and node.args and not node.keywords and not _module_receiver(func.value):
        return "reshape"
    if weights_file(node) is not None:
        return "weights"
    if isinstance(func.value, ast.Name) and func.value.id == "torch":
        if attr in CREATED and sizes(node, attr) is not None:
            return "created"
        return "tensor" if attr in ("from_numpy", "tensor", "as_tensor") and len(node.args) == 1 and \
            not node.keywords else None
    if attr == "to" and count == 1 or attr == "cuda" and not count:
        return "device"
    if attr == "size" and len(node.args) <= 1 and not keywords:
        return "size"
    if attr in ("argmax", "argmin", "sum", "mean") and len(node.args) <= 1 and keywords <= {"dim"} \
            and not (node.args and keywords):
        return "argmax" if attr.startswith("arg") else "reduce"
    if attr in DTYPES and not count or attr == "type" and len(node.args) == 1 and _dtype(node.args[0]):
        return "cast"
    return None


# the rules `rewrite` writes ("created" has its own function: it needs to know whether the models take images)
REWRITTEN = ("samples", "tensor", "device", "size", "argmax", "extreme", "reduce", "cast", "reshape", "weights")


def rewrite(node: ast.AST, rule: str, sub: Callable[[ast.AST], str]) -> str:
    """The TensorFlow spelling of `node`; `sub` renders a sub-expression (with its own idioms rewritten)."""
    if rule == "samples":  # a batched tf.data pipeline: its samples are counted by a pass over it
        return f"sum(len(batch[0]) for batch in {sub(node.args[0].value)})"
    if rule == "tensor":
        return f"keras.ops.convert_to_tensor({sub(node.args[0])})"
    receiver, attr = node.func.value, node.func.attr
    if rule == "extreme":  # (values, int64 indices), as PyTorch's reduction with a dim returns them
        tensor, dim = _dim_of_extreme(node)
        operand = sub(_without_data(tensor))
        return f"(keras.ops.{attr}({operand}, axis={sub(dim)}), " \
            f'keras.ops.cast(keras.ops.arg{attr}({operand}, axis={sub(dim)}), "int64"))'
    if rule == "weights":
        model, path = weights_file(node)
        return f"{sub(model)}.{'save' if attr == 'save' else 'load'}_weights({_keras_weights_path(path, sub)})"
    receiver = _without_data(receiver) if rule == "argmax" else receiver
    if rule == "reshape":  # TensorFlow tensors have no reshape/view method
        shape = node.args[0].elts if len(node.args) == 1 and isinstance(node.args[0], (ast.Tuple, ast.List)) \
            else node.args
        return f"keras.ops.reshape({sub(receiver)}, ({', '.join(sub(a) for a in shape)}{',' * (len(shape) == 1)}))"
    axis = [sub(a) for a in node.args] + [sub(k.value) for k in node.keywords if k.arg == "dim"]
    if rule == "device":
        return sub(receiver)
    if rule == "size":
        text = sub(receiver)
        text = text if isinstance(receiver, (ast.Name, ast.Attribute, ast.Call, ast.Subscript)) else f"({text})"
        return f"{text}.shape[{axis[0]}]" if axis else f"{text}.shape"
    if rule == "argmax":  # int64 indices as in PyTorch (Keras gives int32, which `==` on int64 labels rejects)
        return f'keras.ops.cast(keras.ops.{attr}({sub(receiver)}' + (f", axis={axis[0]}" if axis else "") + \
            '), "int64")'
    if rule == "reduce":
        return f"keras.ops.{attr}({sub(receiver)}" + (f", axis={axis[0]})" if axis else ")")
    dtype = DTYPES[attr] if attr != "type" else _dtype(node.args[0])
    return f'keras.ops.cast({sub(receiver)}, "{dtype}")'


# tensors a script makes to call a model with (`x = torch.randn(4, 10, 8)`, `torch.randint(0, 100, (2, 16))` in an
# `if __name__ == "__main__":` smoke test): made the Keras way. A draw there is example data, not part of any
# model (no equivalence is claimed for it; the models' own draws are reported, see pivot.catalog.sampling)
CREATED = {"randn": "keras.random.normal", "rand": "keras.random.uniform", "zeros": "keras.ops.zeros",
           "ones": "keras.ops.ones", "randint": "keras.random.randint"}


def sizes(node: ast.Call, attr: str) -> list[ast.expr] | None:
    """The size expressions of `torch.randn(2, 3)` / `torch.randn((2, 3))` / `torch.randint(0, 9, (2, 3))` (None:
    another spelling: `*shape`, a dtype, a generator)."""
    if any(k.arg not in ("device",) for k in node.keywords):
        return None
    args = node.args[2 - (len(node.args) == 2):] if attr == "randint" else node.args
    if attr == "randint" and (len(node.args) not in (2, 3) or len(args) != 1):
        return None
    if len(args) == 1 and isinstance(args[0], (ast.Tuple, ast.List)):
        args = args[0].elts
    return list(args) if args and not any(isinstance(a, ast.Starred) for a in args) else None


def created(node: ast.Call, sub: Callable[[ast.AST], str], images: bool) -> str:
    """`torch.randn(4, 3, 32, 32)` as `keras.random.normal((4, 32, 32, 3))`: for models that take images, the
    channel axis (the second) moves last, as the migrated model reads it."""
    attr = node.func.attr
    texts = [sub(a) for a in sizes(node, attr)]
    if images and len(texts) >= 3:
        texts = [texts[0], *texts[2:], texts[1]]
    shape = f"({', '.join(texts)}{',' if len(texts) == 1 else ''})"
    if attr == "randint":
        low, high = (sub(node.args[0]), sub(node.args[1])) if len(node.args) == 3 else ("0", sub(node.args[0]))
        return f'{CREATED[attr]}({shape}, {low}, {high}, dtype="int64")'  # PyTorch's integers are int64
    return f"{CREATED[attr]}({shape})"


def weights_file(node: ast.Call) -> tuple[ast.expr, ast.expr] | None:
    """(model, path) of `torch.save(model.state_dict(), path)` and `model.load_state_dict(torch.load(path))`."""
    func = node.func
    if ast.unparse(func) == "torch.save" and len(node.args) == 2 and not node.keywords \
            and isinstance(node.args[0], ast.Call) and isinstance(node.args[0].func, ast.Attribute) \
            and node.args[0].func.attr == "state_dict" and not node.args[0].args:
        return node.args[0].func.value, node.args[1]
    loaded = node.args[0] if len(node.args) == 1 and not node.keywords else None
    if func.attr == "load_state_dict" and isinstance(loaded, ast.Call) and ast.unparse(loaded.func) == "torch.load" \
            and len(loaded.args) == 1 and all(k.arg in ("map_location", "weights_only") for k in loaded.keywords):
        return func.value, loaded.args[0]
    return None


def _keras_weights_path(path: ast.expr, sub: Callable[[ast.AST], str]) -> str:
    """Keras writes weights only to files named `*.weights.h5`: "model.pth" becomes "model.weights.h5" (the
    script's own save and load agree, as both are rewritten)."""
    if isinstance(path, ast.Constant) and isinstance(path.value, str):
        stem = path.value.rsplit(".", 1)[0] if "." in path.value.rsplit("/", 1)[-1] else path.value
        return repr(stem + ".weights.h5")
    return f'str({sub(path)}) + ".weights.h5"'


def target_rank(node: ast.Call) -> int:
    """How many axes `x.reshape(...)` / `x.view(...)` makes."""
    one = len(node.args) == 1 and isinstance(node.args[0], (ast.Tuple, ast.List))
    return len(node.args[0].elts) if one else len(node.args)


def _dim_of_extreme(node: ast.Call) -> tuple[ast.expr, ast.expr] | None:
    """(tensor, dim) of `torch.max(t, 1)`, `torch.max(t, dim=1)`, `t.max(1)`, `t.max(dim=1)`: the forms that
    return values and indices (`torch.max(a, b)` of two tensors is elementwise: its second argument is no number)."""
    torch_form = isinstance(node.func.value, ast.Name) and node.func.value.id == "torch"
    args = list(node.args) if torch_form else [node.func.value, *node.args]
    dims = [k.value for k in node.keywords if k.arg == "dim"]
    if len(node.keywords) != len(dims) or len(args) + len(dims) != 2 or _module_receiver(args[0]):
        return None
    dim = dims[0] if dims else args[1]
    number = isinstance(dim, ast.Constant) and isinstance(dim.value, int) or \
        isinstance(dim, ast.UnaryOp) and isinstance(dim.operand, ast.Constant)
    return (args[0], dim) if number else None


def _without_data(node: ast.expr) -> ast.expr:
    """`outputs.data` read as `outputs` (the tensor without its autograd history, which TensorFlow has not)."""
    return node.value if isinstance(node, ast.Attribute) and node.attr == "data" else node


def _dtype(node: ast.AST) -> str | None:
    """`torch.float` -> "float32"."""
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "torch":
        return DTYPES.get(node.attr)
    return None


def is_no_grad(stmt: ast.stmt) -> bool:
    """`with torch.no_grad():` (TensorFlow records gradients only under a GradientTape: nothing to do)."""
    return isinstance(stmt, ast.With) and all(
        isinstance(i.context_expr, ast.Call) and not i.optional_vars
        and ast.unparse(i.context_expr.func) in NO_GRAD for i in stmt.items)


def torch_only_calls(node: ast.AST) -> list[ast.Call]:
    """Calls of PyTorch-only tensor/module methods left in `node` (receivers that are not modules)."""
    return [n for n in ast.walk(node) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
            and n.func.attr in TORCH_ONLY and not _module_receiver(n.func.value)]


def _module_receiver(node: ast.AST) -> bool:
    """`torch.x`, `np.x`, `keras.x`...: a function of a module, not a tensor method."""
    root = node
    while isinstance(root, ast.Attribute):
        root = root.value
    return isinstance(root, ast.Name) and root.id in ("torch", "np", "numpy", "keras", "tf", "math", "os", "F")
