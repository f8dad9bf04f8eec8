"""Weight transfer between a PyTorch and a Keras model, driven by the catalog's weight rules.

Imports numpy only; the model objects come from the caller (verify, convert-weights). Every tensor is
checked for shape before anything is written, and a mismatch names the layer.
"""
from __future__ import annotations

import functools
from typing import Any

import numpy as np

from pivot.catalog import CATALOG, lookups
from pivot.catalog.weight_rules import Attention, Recurrent, WeightError, WeightRule
from pivot.model import Layer, Network, iter_layers
from pivot.naming import keras_attr
from pivot.shapes import ShapeInfo, infer


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


# -- arrays ----------------------------------------------------------------------------------------------------
def _tensor(module: Any, dotted: str) -> Any:
    """`module.out_proj.weight` for `out_proj.weight`; None when a step is missing."""
    return functools.reduce(lambda obj, step: getattr(obj, step, None), dotted.split("."), module)


def torch_arrays(module: Any, names: tuple[str, ...], suffix: str = "") -> dict[str, np.ndarray]:
    """The module's tensors the rule reads (`out_proj.weight` is a submodule's), those it has, by rule name."""
    out = {}
    for name in names:
        t = _tensor(module, name + suffix)
        if t is not None and hasattr(t, "detach"):
            out[name] = t.detach().cpu().numpy()
    return out


def _set_torch(module: Any, arrays: dict[str, np.ndarray], where: str) -> None:
    import torch

    with torch.no_grad():
        for name, value in arrays.items():
            t = _tensor(module, name)
            if t is None:
                raise WeightError(f"{where}: the PyTorch module has no `{name}`")
            if tuple(t.shape) != tuple(value.shape):
                raise WeightError(f"{where}: `{name}` has shape {tuple(t.shape)}, the source gives {value.shape}")
            t.copy_(torch.from_numpy(np.ascontiguousarray(value)).to(t.dtype))


def _set_keras(layer: Any, arrays: list[np.ndarray], where: str) -> None:
    current = layer.get_weights()
    if not current and not getattr(layer, "built", True):
        # a layer the built model never called (`self.activations[self.act]` chose another entry): it has no
        # weights to receive and cannot change an output, which verify compares anyway
        return
    if len(current) != len(arrays):
        raise WeightError(f"{where}: the Keras layer has {len(current)} weights, the source gives {len(arrays)}")
    for i, (c, a) in enumerate(zip(current, arrays)):
        if c.shape != a.shape and a.ndim == 1 and c.size == a.size and all(d == 1 for d in c.shape[:-1]):
            arrays[i] = a = a.reshape(c.shape)  # a vector into Keras's (1, ..., n) (PReLU's shared axes)
        if c.shape != a.shape:
            raise WeightError(f"{where}: weight {i} has shape {c.shape}, the source gives {a.shape}")
    layer.set_weights(arrays)


def weighted_layers(net: Network) -> list[Layer]:
    return [l for l in iter_layers(net.layers) if CATALOG.get(l.op) and CATALOG[l.op].weight_rule]


def transfer(net: Network, info: ShapeInfo, source: Any, target: Any, paths: dict[str, tuple],
             source_layers: dict[str, Any] | None = None, parts: dict | None = None) -> int:
    """Copy every weighted layer of `source` (framework of `net`) into `target`; returns tensors copied.

    Layers with a known path are copied first; the rest (built in helpers, loops, other classes) are found
    by walking the PyTorch module tree and following the same attribute path on the Keras side.
    """
    torch_model = source if net.framework == "torch" else target
    keras_model = target if net.framework == "torch" else source
    done: set[int] = set()
    copied = _transfer_declared(net, info, source, target, paths, source_layers, done)
    copied += _transfer_parts(net, source, target, paths, parts or {}, done)
    # PyTorch module paths are the pivot names of a PyTorch model's layers, and a migrated Keras model keeps its
    # attribute names: the flatten orders of blocks built by code apply when walking
    flats = info.flat_from
    if source_layers and net.framework == "keras":
        copied += _applied_models(torch_model, source_layers, done)
        keras_model = ByPivotName(keras_model, source_layers)
    return copied + walk_transfer(torch_model, keras_model, net.framework == "torch", done, flats)


def _transfer_parts(net: Network, source: Any, target: Any, paths: dict[str, tuple], parts: dict,
                    done: set[int]) -> int:
    """Keras -> PyTorch: each model of the file a Sequential holds as a layer (Hands-On ML's
    `keras.Sequential([conv_encoder, conv_decoder])`), copied as that model is on its own (its own layer paths and
    flatten orders: the migrated model may be a class whose attributes the Sequential's positions do not name)."""
    copied = 0
    for layer in net.layers if net.framework == "keras" else ():
        part = parts.get(str(layer.attrs.get("by"))) if layer.op == "Built" else None
        if part is None or layer.name not in paths:
            continue
        module, keras_obj = torch_get(target, paths[layer.name]), keras_get(source, source_path(layer))
        # the shape the part was built with where the whole model runs (a GAN's discriminator takes the
        # generator's images, its Flatten -> Dense sized only there)
        built = _built_input_shape(keras_obj) if len(part.source.inputs) == 1 else None
        info = infer(part.source, (built,) if built else None)
        copied += transfer(part.source, info, keras_obj, module, part.paths, None, part.parts)
        done.update(id(m) for m in module.modules())
    return copied


def _built_input_shape(keras_obj: Any) -> tuple | None:
    """The per-sample input shape a built Keras model of one input was built with (all sizes known), else None."""
    try:
        shape = tuple(keras_obj.input_shape)
    except (AttributeError, RuntimeError, ValueError, TypeError):  # not built, several inputs
        return None
    sizes = shape[1:]
    return sizes if sizes and all(isinstance(d, int) for d in sizes) else None


def _applied_models(torch_model: Any, layers: dict[str, Any], done: set[int]) -> int:
    """Keras -> PyTorch: each functional model of the file a functional model applies as a layer (keras.io's
    siamese `embedding_network(input_1)`), held as the submodule of the same name, walked on its own with its own
    flatten orders (the features its Dense reads after a Flatten of an image)."""
    copied = 0
    for name, inner in layers.items():
        if isinstance(inner, ByPivotName) and inner.flats is not None:
            module = getattr(torch_model, name)
            copied += _applied_models(module, inner._layers, done)
            copied += walk_transfer(module, inner, False, done, inner.flats)
    return copied


class ByPivotName:
    """A functional Keras model seen through the names its layers have in the migrated PyTorch model (a custom
    layer applied in a builder, `self.layer2 = PatchEncoder(...)`: its own layers are walked inside it)."""

    def __init__(self, model: Any, layers: dict[str, Any], flats: dict[str, tuple] | None = None) -> None:
        self._model, self._layers = model, layers
        self.flats = flats  # a model applied as a layer: its own flatten orders (see `_applied_models`)

    def __getattr__(self, name: str) -> Any:
        found = self._layers.get(name)
        return found if found is not None else getattr(self._model, name)


def _has_own_weights(module: Any) -> bool:
    return any(True for _ in module.parameters(recurse=False)) or any(
        b is not None for b in module.buffers(recurse=False))


def keras_resolve(model: Any, dotted: str) -> Any:
    """The Keras object at a PyTorch module path (`layer1.0.conv1`)."""
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


def keras_position(torch_model: Any, keras_model: Any, name: str) -> str:
    """A module path with the children of Sequentials by position (`features.stem.0` -> `features.0.0`): a
    Sequential built from an OrderedDict names them, its Keras twin only numbers them. Positions are counted on
    the Keras side: a Keras `Dense(activation=...)` is one layer where PyTorch has two modules (nn.Linear,
    nn.ReLU), so the k-th weighted module of a PyTorch Sequential is the k-th weighted layer of its Keras twin."""
    steps, obj = [], torch_model
    for step in name.split(".") if name else ():
        if _wraps(obj):  # a TimeDistributedModule (its Keras twin, the wrapper, holds the weights), a ChannelsLast
            obj = getattr(obj, step)
            continue
        if _is_sequential(obj):
            index = list(obj._modules).index(step)
            steps.append(str(_keras_index(obj, _twin(keras_model, steps), index)))
        else:
            steps.append(step)
        obj = getattr(obj, step)
    return ".".join(steps)


def _twin(keras_model: Any, steps: list) -> Any:
    try:
        return keras_resolve(keras_model, ".".join(steps)) if steps else keras_model
    except WeightError:
        return None  # reported where the module itself is resolved


def _keras_index(sequential: Any, twin: Any, index: int) -> int:
    children = list(sequential.children())
    layers = getattr(twin, "layers", None) if twin is not None and _is_sequential(twin) else None
    if layers is None or len(layers) == len(children):
        return index
    weighted = [i for i, m in enumerate(children) if any(True for _ in m.parameters())]
    keras_weighted = [i for i, layer in enumerate(layers) if layer.weights]
    if index in weighted and len(weighted) == len(keras_weighted):
        return keras_weighted[weighted.index(index)]
    return index


def _weighted_leaf(obj: Any) -> Any:
    """A Keras layer, or the weighted layer inside a wrapper Sequential (ZeroPadding + Conv)."""
    if type(obj).__name__ == "Sequential":
        weighted = [l for l in obj.layers if l.weights]
        if len(weighted) == 1:
            return weighted[0]
    return obj


# -- one module by its rule ------------------------------------------------------------------------------------
def copy_module(rule: WeightRule, module: Any, keras_obj: Any, to_keras: bool, where: str, flat=None,
                has_bias: bool = True, affine: bool = True) -> int:
    """A weighted PyTorch module <-> its Keras counterpart, by the entry's rule; returns tensors copied."""
    if getattr(module, "KERAS_LAYOUT", False):
        return keras_layout_transfer(module, keras_obj, to_keras, where)
    module = _per_step_module(module)
    composite = COMPOSITE.get(type(rule))
    if composite is not None:
        return composite(rule, module, keras_obj, to_keras, where)
    if to_keras:
        values = _without_fixed(rule.to_keras(torch_arrays(module, rule.arrays), flat, **_sizes(rule, module)),
                                keras_obj, module, where)
        _set_keras(keras_obj, values, where)
        return len(values)
    weights = _fixed_affine([np.asarray(w) for w in keras_obj.get_weights()], keras_obj, module)
    if not weights and (any(True for _ in module.parameters()) or any(True for _ in module.buffers())):
        # (a layer matched to the wrong Keras layer, a weightless one: nothing would be copied, the defaults kept)
        raise WeightError(f"{where}: the Keras layer `{getattr(keras_obj, 'name', '?')}` "
                          f"({type(keras_obj).__name__}) has no weights")
    arrays = rule.from_keras(weights, has_bias, flat, affine)
    _set_torch(module, arrays, where)
    return len(arrays)


def _fixed_affine(weights: list, keras_obj: Any, module: Any) -> list:
    """A Keras norm with one of center/scale off, whose PyTorch module keeps that parameter at its constant
    (`fixed_affine`): the array Keras does not have is that constant (gamma 1, beta 0)."""
    missing = _missing_affine(keras_obj, module)
    if missing is None:
        return weights
    return weights[:missing] + [np.full_like(weights[0], 1.0 - missing)] + weights[missing:]


def _missing_affine(keras_obj: Any, module: Any) -> int | None:
    """Which of PyTorch's (weight, bias) a Keras norm with one of scale/center off lacks: 0, 1, or None."""
    scale, center = getattr(keras_obj, "scale", True), getattr(keras_obj, "center", True)
    if scale is False and center is True and getattr(module, "weight", None) is not None:
        return 0
    if center is False and scale is True and getattr(module, "bias", None) is not None:
        return 1
    return None


def _without_fixed(values: list, keras_obj: Any, module: Any, where: str) -> list:
    """The mirror of `_fixed_affine`: a PyTorch norm's weight (bias) for a Keras norm without scale (center) is
    left out, and must be that constant (1, 0), as `fixed_affine` keeps it; anything else is refused."""
    index = _missing_affine(keras_obj, module)
    if index is None or not values:
        return values
    constant = 1.0 - index
    if not np.all(np.asarray(values[index]) == constant):
        raise WeightError(f"{where}: the Keras norm has no {('scale', 'center')[index]}, but PyTorch's "
                          f"{('weight', 'bias')[index]} is not {constant} everywhere")
    return values[:index] + values[index + 1:]


def _sizes(rule: WeightRule, module: Any) -> dict:
    """The module attributes the rule needs (`depthwise.groups` is a submodule's)."""
    return {name: functools.reduce(getattr, name.split("."), module) for name in rule.sizes}


def keras_rnn_cells(obj: Any) -> list:
    """The Keras cells of a recurrent layer in PyTorch order (layer by layer, forward then reverse)."""
    if hasattr(obj, "cells") and hasattr(obj, "directions"):  # Pivot's TorchRNN
        return list(obj.cells)
    if hasattr(obj, "forward_layer"):  # layers.Bidirectional
        return [obj.forward_layer, obj.backward_layer]
    return [obj]


def cells_transfer(rule: Recurrent, module: Any, keras_obj: Any, to_keras: bool, where: str) -> int:
    """A multi-layer (bidirectional) recurrent module, cell by cell: `weight_ih_l1_reverse` is Keras's 4th."""
    cells = keras_rnn_cells(keras_obj)
    dirs = 2 if module.bidirectional else 1
    if len(cells) != module.num_layers * dirs:
        raise WeightError(f"{where}: {module.num_layers * dirs} PyTorch layer/directions, {len(cells)} Keras cells")
    copied = 0
    for index, cell in enumerate(cells):
        suffix = f"_l{index // dirs}" + ("_reverse" if index % dirs else "")
        if to_keras:
            values = rule.to_keras(torch_arrays(module, rule.arrays, suffix))
            _set_keras(cell, values, f"{where} cell {index}")
            copied += len(values)
        else:
            new = rule.from_keras([np.asarray(w) for w in cell.get_weights()], module.bias)
            _set_torch(module, {k + suffix: v for k, v in new.items()}, f"{where} cell {index}")
            copied += len(new)
    return copied


def parts_transfer(rule: Attention, module: Any, keras_obj: Any, to_keras: bool, where: str) -> int:
    """A module whose Keras twin keeps its weights in sublayers (attention's query, key, value and output
    projections inside Pivot's support class)."""
    inner = getattr(keras_obj, rule.keras_wrapped, keras_obj)
    parts = [getattr(inner, name) for name in rule.keras_parts]
    has_bias = getattr(module, rule.bias_array, None) is not None
    step = 2 if has_bias else 1
    if to_keras:
        values = rule.to_keras(torch_arrays(module, rule.arrays), None, **_sizes(rule, module))
        for i, (name, part) in enumerate(zip(rule.keras_parts, parts)):
            _set_keras(part, values[i * step:(i + 1) * step], f"{where} {name.strip('_')}")
        return len(values)
    weights = [np.asarray(w) for part in parts for w in part.get_weights()]
    if len(weights) != step * len(parts):
        raise WeightError(f"{where}: the Keras layer has {len(weights)} weights, the PyTorch module "
                          f"{step * len(parts)}")
    _set_torch(module, rule.from_keras(weights, has_bias), where)
    return len(weights)


# the rules whose Keras side is more than one layer
COMPOSITE = {Recurrent: cells_transfer, Attention: parts_transfer}


def _wraps(module: Any) -> bool:
    """A support module whose weights are those of the module it wraps (`TimeDistributedModule`, `ChannelsLast`):
    its Keras twin is that module's."""
    return getattr(module, "PER_STEP", False) or getattr(module, "WRAPS", False)


def _per_step_module(module: Any) -> Any:
    """The module a `TimeDistributedModule` (`ChannelsLast`) support module applies (the weighted one of a padded
    conv)."""
    if not _wraps(module):
        return module
    inner = module.module
    if _is_sequential(inner):
        return next((m for m in inner.children() if any(True for _ in m.parameters())), inner)
    return inner


def keras_layout_transfer(module: Any, keras_obj: Any, to_keras: bool, where: str) -> int:
    """A support module that holds a Keras layer's weights as they are (`KERAS_LAYOUT`: KerasMultiHeadAttention):
    its parameters and the layer's weights, one to one in order."""
    params = [p for p in module.parameters() if p is not None]
    weights = keras_obj.get_weights()
    if len(params) != len(weights) or any(tuple(p.shape) != tuple(w.shape) for p, w in zip(params, weights)):
        raise WeightError(f"{where}: {[tuple(p.shape) for p in params]} in PyTorch, "
                          f"{[tuple(w.shape) for w in weights]} in Keras")
    if to_keras:
        keras_obj.set_weights([p.detach().cpu().numpy() for p in params])
    else:
        _set_torch(module, {n: w for (n, _), w in zip(module.named_parameters(), weights)}, where)
    return len(params)


def broadcast_axes(torch_shape: tuple, keras_shape: tuple) -> tuple[int, int] | None:
    """How a learned tensor's axes move from PyTorch to Keras: (0, 0) for the same shape; for one value per channel
    of an image, broadcast channels-first in PyTorch (`(C, 1, 1)`) and channels-last in Keras (`(1, 1, C)`, as the
    migration writes it), the channel axis (0, 2); None when the shapes are no such pair."""
    if torch_shape == keras_shape:
        return 0, 0
    wide = [i for i, size in enumerate(torch_shape) if size != 1]
    if len(torch_shape) != len(keras_shape) or len(wide) != 1 or keras_shape[-1] != torch_shape[wide[0]] \
            or any(size != 1 for size in keras_shape[:-1]):
        return None
    return wide[0], len(torch_shape) - 1


def parameter_transfer(module: Any, keras_obj: Any, to_keras: bool, where: str) -> int:
    """A module's own nn.Parameters and buffers <-> the Keras variables of the same names (`self.add_weight`)."""
    copied = 0
    buffers = [(n, b) for n, b in module.named_buffers(recurse=False) if b is not None]
    for pname, param in [*module.named_parameters(recurse=False), *buffers]:
        variable = getattr(keras_obj, keras_attr(pname), None)
        if variable is None or not hasattr(variable, "assign"):
            raise WeightError(f"{where}: parameter or buffer `{pname}` has no Keras variable of that name")
        axes = broadcast_axes(tuple(param.shape), tuple(variable.shape))
        if axes is None:
            raise WeightError(f"{where}: `{pname}` has shape {tuple(variable.shape)} in Keras, {tuple(param.shape)} "
                              "in PyTorch")
        if to_keras:
            value = param.detach().cpu().numpy()
            variable.assign(np.moveaxis(value, *axes) if axes[0] != axes[1] else value)
        else:
            value = np.asarray(variable)
            _set_torch(module, {pname: np.moveaxis(value, axes[1], axes[0]) if axes[0] != axes[1] else value}, where)
        copied += 1
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
    return spec is not None and (spec.identity_at_inference or spec.feature_norm
                                 or spec.kind == "activation" and not spec.axis_args)


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
        if spec is not None and spec.feature_weights:
            return id(child), flat
        if not _keeps_order(spec) or spec.weight_rule:
            break
    raise WeightError(f"{lost}: Pivot cannot carry their order to the module reading them next (outside the "
                      f"block `{parent_name}`, or not a Linear); migrate the weights by hand")


def _migrated_base(module: Any, keras_obj: Any, specs: dict) -> Any:
    """The catalog entry of the PyTorch class a module's class extends (`LayerNorm2d(nn.LayerNorm)`) when the
    migration wrote it as that entry's Keras layer (`LayerNormalization`): its weights are the base's; else None."""
    for base in type(module).__mro__[1:]:
        spec = specs.get(f"torch.nn.{base.__name__}") if base.__module__.startswith("torch.nn") else None
        if spec is not None and spec.keras_layer and \
                type(_weighted_leaf(keras_obj)).__name__ == spec.keras_layer.rsplit(".", 1)[-1]:
            return spec
    return None


def walk_transfer(torch_model: Any, keras_model: Any, to_keras: bool, done: set[int],
                  flats: dict[str, tuple] | None = None) -> int:
    copied = 0
    consumed: set[str] = set()
    carried: dict[int, Any] = {}  # module id -> the flatten order a 1-D norm before it passed on
    specs = lookups().torch_module
    for name, module in torch_model.named_modules():
        if id(module) in done or not _has_own_weights(module):
            continue
        # (a support module deriving from a torch.nn module, FeaturesLastBatchNorm: that module's weights)
        spec = next((specs[f"torch.nn.{c.__name__}"] for c in type(module).__mro__
                     if c.__module__.startswith("torch.nn") and f"torch.nn.{c.__name__}" in specs), None)
        at = keras_position(torch_model, keras_model, name)
        if spec is None:
            spec = _migrated_base(module, keras_resolve(keras_model, at) if name else keras_model, specs)
        if getattr(module, "KERAS_LAYOUT", False):
            copied += keras_layout_transfer(module, keras_resolve(keras_model, at), to_keras, f"`{name}`")
            done.add(id(module))
            continue
        if spec is None or not spec.weight_rule:
            copied += parameter_transfer(module, keras_resolve(keras_model, at) if name else keras_model,
                                         to_keras, f"`{name or type(module).__name__}`")
            done.add(id(module))
            continue
        rule = spec.weight_rule
        keras_layer = _weighted_leaf(keras_resolve(keras_model, at))
        flat = carried.pop(id(module), None) or _walked_flat(name, flats or {}, consumed)
        if flat is not None and spec.feature_norm and "." in name:
            carried.update([_carried_flat(torch_model, name, flat, specs)])
        has_bias = getattr(module, "bias", None) is not None
        affine = getattr(module, "weight", None) is not None
        copied += copy_module(rule, module, keras_layer, to_keras, f"`{name}` ({type(module).__name__})", flat,
                              has_bias, affine)
        done.update(id(m) for m in module.modules())  # an attention's out_proj is part of it
    return copied


def _transfer_declared(net, info, source, target, paths, source_layers, done: set[int]) -> int:
    copied = 0
    from_torch = net.framework == "torch"
    for layer in weighted_layers(net):
        if layer.name not in paths:
            continue  # an inherited or built layer: found by walking the module tree
        rule = CATALOG[layer.op].weight_rule
        where = f"layer `{layer.name}` ({layer.op})"
        if from_torch:
            module = torch_get(source, source_path(layer))
            keras_obj = keras_get(target, paths[layer.name])
        else:
            module = torch_get(target, paths[layer.name])
            keras_obj = (source_layers or {}).get(layer.name) or keras_get(source, source_path(layer))
        bias = bool(layer.attrs.get("bias", True))
        affine = getattr(module, "weight", None) is not None  # a frozen weight (Keras scale=False) is copied too
        copied += copy_module(rule, module, keras_obj, from_torch, where, info.flat_from.get(layer.name), bias,
                              affine)
        done.update(id(m) for m in module.modules())  # its parts (out_proj, a support module's convolutions)
    return copied
