"""Weight transfer between a PyTorch and a Keras model, driven by the catalog's weight rules.

Imports numpy only; the model objects come from the caller (verify, convert-weights). Every tensor is
checked for shape before anything is written, and a mismatch names the layer.
"""
from __future__ import annotations

import functools
from typing import Any

import numpy as np

from pivot.catalog import CATALOG
from pivot.model import Layer, Network, iter_layers
from pivot.shapes import _FEATURE_NORMS, FlatParts, ShapeInfo


class WeightError(Exception):
    pass


# -- object paths ------------------------------------------------------------------------------------------
def torch_get(model: Any, path: tuple) -> Any:
    obj = model
    for step in path:
        obj = obj[step] if isinstance(step, int) else getattr(obj, step)
    return obj


def keras_get(model: Any, path: tuple) -> Any:
    obj = model
    for step in path:
        obj = obj.layers[step] if isinstance(step, int) else getattr(obj, step)
    return obj


def source_path(layer: Layer) -> tuple:
    return tuple(int(p) if p.isdigit() else p for p in layer.name.split(".")) if layer.name else ()


# -- per-rule conversions (canonical = PyTorch arrays) --------------------------------------------------------
def _flat_perm(w: np.ndarray, flat, to_keras: bool) -> np.ndarray:
    """Reorder a dense layer's input columns between (C, *S) and (*S, C) flatten orders (part by part for a
    concatenation)."""
    if isinstance(flat, FlatParts):
        widths = _part_widths(flat, w.shape[1])
        cols = np.split(w, np.cumsum(widths)[:-1], axis=1)
        return np.concatenate([_flat_perm(c, part, to_keras) for c, (_, part) in zip(cols, flat.parts)], axis=1)
    if not flat or len(flat) < 2:
        return w
    out = w.shape[0]
    c, spatial = flat[0], tuple(flat[1:])
    if not all(isinstance(d, int) for d in spatial):
        return w
    if not isinstance(c, int):  # a symbolic channel count: the layer's real width tells it
        c = w.shape[1] // max(1, int(np.prod(spatial)))
    n = len(spatial)
    if to_keras:  # torch (out, C*S) -> (out, S*C)
        return w.reshape(out, c, *spatial).transpose(0, *range(2, 2 + n), 1).reshape(out, -1)
    return w.reshape(out, *spatial, c).transpose(0, n + 1, *range(1, n + 1)).reshape(out, -1)


def torch_arrays(module: Any) -> dict[str, np.ndarray]:
    out = {}
    for name in ("weight", "bias", "running_mean", "running_var"):
        t = getattr(module, name, None)
        if t is not None and hasattr(t, "detach"):
            out[name] = t.detach().cpu().numpy()
    return out


def _part_widths(flat: FlatParts, total: int) -> list[int]:
    """The width of each joined part; one unknown width is what the others leave."""
    known = [width for width, _ in flat.parts if width is not None]
    unknown = len(flat.parts) - len(known)
    if unknown > 1 or (unknown == 0 and sum(known) != total):
        raise WeightError(f"the widths of the joined features that include a flattened image are not known "
                          f"(or do not add up to {total}): give the input shape")
    return [total - sum(known) if width is None else width for width, _ in flat.parts]


def _features_perm(arrays: dict[str, np.ndarray], flat, to_keras: bool) -> dict[str, np.ndarray]:
    """A 1-D norm's per-feature parameters, reordered like a dense layer's input columns."""
    return {k: _flat_perm(v[None, :], flat, to_keras)[0] for k, v in arrays.items()} if flat else arrays


def to_keras_list(rule: str, arrays: dict[str, np.ndarray], flat: tuple | None) -> list[np.ndarray]:
    if rule in ("affine", "batchnorm"):
        arrays = _features_perm(arrays, flat, True)
    if rule == "dense":
        kernel = _flat_perm(arrays["weight"], flat, True).T
        return [kernel] + ([arrays["bias"]] if "bias" in arrays else [])
    if rule in ("conv", "conv_transpose"):
        w = arrays["weight"]
        kernel = w.transpose(*range(2, w.ndim), 1, 0)
        return [kernel] + ([arrays["bias"]] if "bias" in arrays else [])
    if rule == "affine":  # LayerNorm / GroupNorm: gamma, beta
        return [arrays[k] for k in ("weight", "bias") if k in arrays]
    if rule in ("embedding", "prelu"):
        return [arrays["weight"]]
    if rule == "batchnorm":
        stats = [arrays["running_mean"], arrays["running_var"]]
        return ([arrays["weight"], arrays["bias"]] if "weight" in arrays else []) + stats
    raise WeightError(f"no weight rule {rule!r}")


def _depthwise_kernel(k: np.ndarray) -> np.ndarray:
    """Keras (*kernel, in, multiplier) as PyTorch's grouped (in * multiplier, 1, *kernel): output c * m + j."""
    n = k.ndim - 2
    return np.moveaxis(k.reshape(*k.shape[:n], -1), -1, 0)[:, None]


def from_keras_list(rule: str, weights: list[np.ndarray], has_bias: bool, flat: tuple | None,
                    affine: bool = True) -> dict[str, np.ndarray]:
    if rule == "separable":  # Pivot's SeparableConv module: depthwise, then 1x1 pointwise
        out = {"depthwise.weight": _depthwise_kernel(weights[0]),
               "pointwise.weight": from_keras_list("conv", weights[1:2], False, None)["weight"]}
        return out | ({"pointwise.bias": weights[2]} if has_bias else {})
    if rule == "depthwise":
        out = {"weight": _depthwise_kernel(weights[0])}
    elif rule == "dense":
        out = {"weight": _flat_perm(weights[0].T, flat, False)}
    elif rule in ("conv", "conv_transpose"):
        k = weights[0]
        n = k.ndim - 2
        out = {"weight": k.transpose(n + 1, n, *range(n))}
    elif rule == "affine":
        return _features_perm(dict(zip(("weight", "bias")[:len(weights)], weights)), flat, False)
    elif rule == "embedding":
        return {"weight": weights[0]}
    elif rule == "prelu":  # Keras's alpha keeps the shared axes as 1s
        return {"weight": weights[0].reshape(-1)}
    elif rule == "batchnorm":
        names = ("weight", "bias", "running_mean", "running_var") if affine else ("running_mean", "running_var")
        return _features_perm(dict(zip(names, weights)), flat, False)
    else:
        raise WeightError(f"no weight rule {rule!r}")
    if has_bias:
        out["bias"] = weights[1]
    return out


def _set_torch(module: Any, arrays: dict[str, np.ndarray], where: str) -> None:
    import torch

    with torch.no_grad():
        for name, value in arrays.items():
            t = functools.reduce(lambda obj, step: getattr(obj, step, None), name.split("."), module)
            if t is None:
                raise WeightError(f"{where}: the PyTorch module has no `{name}`")
            if tuple(t.shape) != tuple(value.shape):
                raise WeightError(f"{where}: `{name}` has shape {tuple(t.shape)}, the source gives {value.shape}")
            t.copy_(torch.from_numpy(np.ascontiguousarray(value)).to(t.dtype))


def _set_keras(layer: Any, arrays: list[np.ndarray], where: str) -> None:
    current = layer.get_weights()
    if len(current) != len(arrays):
        raise WeightError(f"{where}: the Keras layer has {len(current)} weights, the source gives {len(arrays)}")
    for i, (c, a) in enumerate(zip(current, arrays)):
        if c.shape != a.shape and a.ndim == 1 and c.size == a.size and all(d == 1 for d in c.shape[:-1]):
            arrays[i] = a = a.reshape(c.shape)  # a vector into Keras's (1, ..., n) (PReLU's shared axes)
        if c.shape != a.shape:
            raise WeightError(f"{where}: weight {i} has shape {c.shape}, the source gives {a.shape}")
    layer.set_weights(arrays)


def weighted_layers(net: Network) -> list[Layer]:
    return [l for l in iter_layers(net.layers) if CATALOG.get(l.op) and CATALOG[l.op].weights]


def transfer(net: Network, info: ShapeInfo, source: Any, target: Any, paths: dict[str, tuple],
             source_layers: dict[str, Any] | None = None) -> int:
    """Copy every weighted layer of `source` (framework of `net`) into `target`; returns tensors copied.

    Layers with a known path are copied first; the rest (built in helpers, loops, other classes) are found
    by walking the PyTorch module tree and following the same attribute path on the Keras side.
    """
    torch_model = source if net.framework == "torch" else target
    keras_model = target if net.framework == "torch" else source
    done: set[int] = set()
    copied = _transfer_declared(net, info, source, target, paths, source_layers, done)
    # PyTorch module paths are the pivot names of a PyTorch model's layers, and a migrated Keras model keeps its
    # attribute names: the flatten orders of blocks built by code apply when walking
    flats = info.flat_from
    if source_layers and net.framework == "keras":
        keras_model = _ByPivotName(keras_model, source_layers)
    return copied + walk_transfer(torch_model, keras_model, net.framework == "torch", done, flats)


class _ByPivotName:
    """A functional Keras model seen through the names its layers have in the migrated PyTorch model (a custom
    layer applied in a builder, `self.layer2 = PatchEncoder(...)`: its own layers are walked inside it)."""

    def __init__(self, model: Any, layers: dict[str, Any]) -> None:
        self._model, self._layers = model, layers

    def __getattr__(self, name: str) -> Any:
        found = self._layers.get(name)
        return found if found is not None else getattr(self._model, name)


def _has_own_weights(module: Any) -> bool:
    return any(True for _ in module.parameters(recurse=False)) or any(
        b is not None for b in module.buffers(recurse=False))


def keras_resolve(model: Any, dotted: str) -> Any:
    """The Keras object at a PyTorch module path (`layer1.0.conv1`)."""
    from pivot.backends.keras import keras_attr

    obj = model
    for step in dotted.split("."):
        if step.isdigit() and hasattr(obj, "layers") and _is_sequential(obj):
            obj = obj.layers[int(step)]
        elif step.isdigit() and not hasattr(obj, "__getitem__"):
            continue  # one Keras layer written as nn.Sequential(module, activation): the module is the layer
        elif step.isdigit():
            obj = obj[int(step)]
        elif isinstance(obj, dict):
            obj = obj[step]
        else:
            obj = getattr(obj, keras_attr(step), None)
            if obj is None:
                raise WeightError(f"`{dotted}` has no counterpart in the Keras model (missing `{step}`)")
    return obj


def _is_sequential(obj: Any) -> bool:
    """A Sequential (Keras or PyTorch), or a subclass of one (`class Block(nn.Sequential)`)."""
    return any(c.__name__ == "Sequential" for c in type(obj).__mro__)


def positional_name(torch_model: Any, name: str) -> str:
    """A module path with the children of Sequentials by position (`features.stem.0` -> `features.0.0`): a
    Sequential built from an OrderedDict names them, its Keras twin only numbers them."""
    steps, obj = [], torch_model
    for step in name.split(".") if name else ():
        child = getattr(obj, step)
        steps.append(str(list(obj._modules).index(step)) if _is_sequential(obj) else step)
        obj = child
    return ".".join(steps)


def _weighted_leaf(obj: Any) -> Any:
    """A Keras layer, or the weighted layer inside a wrapper Sequential (ZeroPadding + Conv)."""
    if type(obj).__name__ == "Sequential":
        weighted = [l for l in obj.layers if l.weights]
        if len(weighted) == 1:
            return weighted[0]
    return obj


# -- recurrent layers --------------------------------------------------------------------------------------------
def _gru_perm(h: int) -> np.ndarray:
    """PyTorch GRU gates r,z,n in Keras' order z,r,h."""
    return np.concatenate([np.arange(h, 2 * h), np.arange(0, h), np.arange(2 * h, 3 * h)])


def keras_rnn_cells(obj: Any) -> list:
    """The Keras cells of a recurrent layer in PyTorch order (layer by layer, forward then reverse)."""
    if hasattr(obj, "cells") and hasattr(obj, "directions"):  # Pivot's TorchRNN
        return list(obj.cells)
    if hasattr(obj, "forward_layer"):  # layers.Bidirectional
        return [obj.forward_layer, obj.backward_layer]
    return [obj]


def rnn_transfer(module: Any, keras_obj: Any, kind: str, to_keras: bool, where: str) -> int:
    cells = keras_rnn_cells(keras_obj)
    dirs = 2 if module.bidirectional else 1
    if len(cells) != module.num_layers * dirs:
        raise WeightError(f"{where}: {module.num_layers * dirs} PyTorch layer/directions, {len(cells)} Keras cells")
    h = module.hidden_size
    perm = _gru_perm(h) if kind == "GRU" else np.arange(module.weight_ih_l0.shape[0])
    inverse = np.argsort(perm)
    copied = 0
    for index, cell in enumerate(cells):
        suffix = f"_l{index // dirs}" + ("_reverse" if index % dirs else "")
        arrays = {n: getattr(module, n + suffix).detach().cpu().numpy()
                  for n in ("weight_ih", "weight_hh", "bias_ih", "bias_hh") if getattr(module, n + suffix, None)
                  is not None}
        if to_keras:
            values = [arrays["weight_ih"][perm].T, arrays["weight_hh"][perm].T]
            if "bias_ih" in arrays:
                b_ih, b_hh = arrays["bias_ih"][perm], arrays["bias_hh"][perm]
                values.append(np.stack([b_ih, b_hh]) if kind == "GRU" else b_ih + b_hh)
            _set_keras(cell, values, f"{where} cell {index}")
            copied += len(values)
        else:
            weights = [np.asarray(w) for w in cell.get_weights()]
            new = {"weight_ih": weights[0].T[inverse], "weight_hh": weights[1].T[inverse]}
            if len(weights) > 2:
                bias = weights[2]
                if kind == "GRU":
                    new["bias_ih"], new["bias_hh"] = bias[0][inverse], bias[1][inverse]
                else:  # one Keras bias: all of it in b_ih
                    new["bias_ih"], new["bias_hh"] = bias[inverse], np.zeros_like(bias)
            _set_torch(module, {k + suffix: v for k, v in new.items()}, f"{where} cell {index}")
            copied += len(new)
    return copied


def mha_transfer(module: Any, keras_obj: Any, to_keras: bool, where: str) -> int:
    """nn.MultiheadAttention <-> keras.layers.MultiHeadAttention (inside Pivot's TorchMultiheadAttention)."""
    mha = getattr(keras_obj, "attention", keras_obj)
    e, h = module.embed_dim, module.num_heads
    d = e // h
    dense = [mha._query_dense, mha._key_dense, mha._value_dense]
    bias = module.in_proj_bias is not None
    if to_keras:
        w = module.in_proj_weight.detach().cpu().numpy()
        b = module.in_proj_bias.detach().cpu().numpy() if bias else None
        for i, layer in enumerate(dense):
            values = [w[i * e:(i + 1) * e].T.reshape(e, h, d)] + ([b[i * e:(i + 1) * e].reshape(h, d)] if bias else [])
            _set_keras(layer, values, f"{where} {'qkv'[i]} projection")
        wo = module.out_proj.weight.detach().cpu().numpy()
        values = [wo.T.reshape(h, d, e)] + ([module.out_proj.bias.detach().cpu().numpy()] if bias else [])
        _set_keras(mha._output_dense, values, f"{where} output projection")
        return 8 if bias else 4
    parts = [[np.asarray(x) for x in layer.get_weights()] for layer in dense]
    new = {"in_proj_weight": np.concatenate([p[0].reshape(e, e).T for p in parts])}
    if bias:
        new["in_proj_bias"] = np.concatenate([p[1].reshape(e) for p in parts])
    _set_torch(module, new, where)
    out = [np.asarray(x) for x in mha._output_dense.get_weights()]
    _set_torch(module.out_proj, {"weight": out[0].reshape(e, e).T, **({"bias": out[1]} if bias else {})}, where)
    return 8 if bias else 4


def parameter_transfer(module: Any, keras_obj: Any, to_keras: bool, where: str) -> int:
    """A module's own nn.Parameters <-> the Keras variables of the same names (`self.add_weight`)."""
    from pivot.backends.keras import keras_attr

    copied = 0
    for pname, param in module.named_parameters(recurse=False):
        variable = getattr(keras_obj, keras_attr(pname), None)
        if variable is None or not hasattr(variable, "assign"):
            raise WeightError(f"{where}: parameter `{pname}` has no Keras variable of that name")
        if tuple(variable.shape) != tuple(param.shape):
            raise WeightError(f"{where}: `{pname}` has shape {tuple(variable.shape)} in Keras, {tuple(param.shape)} "
                              "in PyTorch")
        if to_keras:
            variable.assign(param.detach().cpu().numpy())
        else:
            _set_torch(module, {pname: np.asarray(variable)}, where)
        copied += 1
    if any(True for _ in module.buffers(recurse=False)) and not copied:
        raise WeightError(f"{where} ({type(module).__name__}) has buffers Pivot cannot map")
    return copied


def _walked_flat(name: str, flats: dict[str, tuple], consumed: set[str]) -> tuple | None:
    """The flattened (C, *S) a walked module reads: its own entry, or, for the first weighted module inside a
    block built by code (`self.classifier = make_classifier(...)`), the block's."""
    if name in flats:
        return flats[name]
    for prefix, flat in flats.items():
        if prefix not in consumed and name.startswith(prefix + "."):
            consumed.add(prefix)
            return flat
    return None


def _keeps_order(spec) -> bool:
    """A module passing flattened features on in the same order (an activation, a dropout, a 1-D norm)."""
    return spec is not None and (spec.name in ("Dropout", "Identity") or spec.name in _FEATURE_NORMS or
                                 spec.kind == "activation" and not spec.axis_args)


def _carried_flat(torch_model: Any, name: str, flat, specs: dict) -> tuple[int, Any]:
    """A 1-D norm inside a block built by code passes the flattened order on: (id, flat) of the next weighted
    module of its Sequential, which reads the same features. Anything Pivot cannot follow is a WeightError."""
    parent_name, _, index = name.rpartition(".")
    parent = torch_model.get_submodule(parent_name)
    lost = f"`{name}` ({type(torch_model.get_submodule(name)).__name__}) passes flattened image features on"
    if type(parent).__name__ != "Sequential" or not index.isdigit():
        raise WeightError(f"{lost}: Pivot cannot tell which module reads them next; migrate the weights by hand")
    for child in list(parent)[int(index) + 1:]:
        spec = specs.get(f"torch.nn.{type(child).__name__}")
        if spec is not None and spec.weights and spec.name == "Linear":
            return id(child), flat
        if not _keeps_order(spec) or spec.weights:
            break
    raise WeightError(f"{lost}: Pivot cannot carry their order to the module reading them next (outside the "
                      f"block `{parent_name}`, or not a Linear); migrate the weights by hand")


def walk_transfer(torch_model: Any, keras_model: Any, to_keras: bool, done: set[int],
                  flats: dict[str, tuple] | None = None) -> int:
    from pivot.catalog import lookups

    copied = 0
    consumed: set[str] = set()
    carried: dict[int, Any] = {}  # module id -> the flatten order a 1-D norm before it passed on
    for name, module in torch_model.named_modules():
        if id(module) in done or not _has_own_weights(module):
            continue
        if name.endswith("out_proj") and id(module) in done:
            continue
        spec = lookups().torch_module.get(f"torch.nn.{type(module).__name__}")
        at = positional_name(torch_model, name)
        if spec is None or not spec.weights:
            copied += parameter_transfer(module, keras_resolve(keras_model, at) if name else keras_model,
                                         to_keras, f"`{name or type(module).__name__}`")
            done.add(id(module))
            continue
        keras_layer = _weighted_leaf(keras_resolve(keras_model, at))
        where = f"`{name}` ({type(module).__name__})"
        flat = carried.pop(id(module), None) or _walked_flat(name, flats or {}, consumed)
        if flat is not None and spec.name in _FEATURE_NORMS and "." in name:
            carried.update([_carried_flat(torch_model, name, flat, lookups().torch_module)])
        if spec.weights == "rnn":
            copied += rnn_transfer(module, keras_layer, spec.name, to_keras, where)
        elif spec.weights == "mha":
            copied += mha_transfer(module, keras_layer, to_keras, where)
            done.add(id(module.out_proj))
        elif to_keras:
            values = to_keras_list(spec.weights, torch_arrays(module), flat)
            _set_keras(keras_layer, values, where)
            copied += len(values)
        else:
            weights = [np.asarray(w) for w in keras_layer.get_weights()]
            has_bias = getattr(module, "bias", None) is not None
            affine = getattr(module, "weight", None) is not None
            arrays = from_keras_list(spec.weights, weights, has_bias, flat, affine)
            _set_torch(module, arrays, where)
            copied += len(arrays)
        done.add(id(module))
    return copied


def _transfer_declared(net, info, source, target, paths, source_layers, done: set[int]) -> int:
    copied = 0
    for layer in weighted_layers(net):
        rule = CATALOG[layer.op].weights
        flat = info.flat_from.get(layer.name)
        if layer.name not in paths:
            continue  # an inherited or built layer: found by walking the module tree
        where = f"layer `{layer.name}` ({layer.op})"
        if rule == "mha":
            module = torch_get(source if net.framework == "torch" else target,
                               source_path(layer) if net.framework == "torch" else paths[layer.name])
            other = (keras_get(target, paths[layer.name]) if net.framework == "torch" else
                     (source_layers or {}).get(layer.name) or keras_get(source, source_path(layer)))
            copied += mha_transfer(module, other, net.framework == "torch", where)
            done.update({id(module), id(module.out_proj)})
            continue
        if rule == "rnn":
            module = torch_get(source if net.framework == "torch" else target,
                               source_path(layer) if net.framework == "torch" else paths[layer.name])
            other = (keras_get(target, paths[layer.name]) if net.framework == "torch" else
                     (source_layers or {}).get(layer.name) or keras_get(source, source_path(layer)))
            copied += rnn_transfer(module, other, layer.op, net.framework == "torch", where)
            done.add(id(module))
            continue
        if net.framework == "torch":
            module = torch_get(source, source_path(layer))
            arrays = torch_arrays(module)
            keras_layer = keras_get(target, paths[layer.name])
            values = to_keras_list(rule, arrays, flat)
            _set_keras(keras_layer, values, where)
            copied += len(values)
            done.add(id(module))
        else:
            keras_layer = (source_layers or {}).get(layer.name) or keras_get(source, source_path(layer))
            weights = [np.asarray(w) for w in keras_layer.get_weights()]
            bias = bool(layer.attrs.get("bias", True))
            affine = bool(layer.attrs.get("affine", True)) and bool(layer.attrs.get("center", True))
            arrays = from_keras_list(rule, weights, bias, flat, affine)
            module = torch_get(target, paths[layer.name])
            _set_torch(module, arrays, where)
            copied += len(arrays)
            done.update(id(m) for m in module.modules())  # a support module's own convolutions included
    return copied
