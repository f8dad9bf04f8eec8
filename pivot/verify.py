"""Verification: migrate in memory, build both models, copy weights, compare outputs.

This is the worker, run as `python -m pivot.verify` in a subprocess with a timeout (user code runs only there);
`pivot.verify_job.verify_file` starts it from the caller's process, which never imports a framework.
"""
from __future__ import annotations

import ast
import inspect
import json
import os
import sys
import types
from dataclasses import dataclass, replace

from pivot import weights
from pivot.backends.torch import as_module, unchainable
from pivot.analysis import analyze
from pivot.catalog.spelling import KERAS_WRAPPERS
from pivot.errors import PivotError
from pivot.inputs import BATCH, DEFAULT_SPATIAL, choose_input, input_dtypes, token_bound
from pivot.migrate import migrate_source
from pivot.model import BUILT_AT, TARGETS
from pivot.shapes import from_canonical, infer
from pivot.slice import BUILD, instance_network, model_slice
from pivot.verify_job import ATOL, RTOL, TIMEOUT, WORKER, Job, framework_env, verify_file, worker_output  # noqa: F401  (re-exported)


# -- worker (subprocess) ---------------------------------------------------------------------------------------
def _worker() -> None:
    """Each model is built from its static slice (pivot.slice): nothing else of the script runs."""
    job = Job(**json.loads(sys.stdin.read()))

    source = open(job.file, encoding="utf-8-sig").read()
    origin = "torch" if TARGETS.get(job.to) == "keras" else "keras"
    nets = [n for n in analyze(source).networks if n.framework == origin]
    selected = job.classes or models_to_verify(source, nets)
    if not selected:
        print(json.dumps({"file": job.file, "class": "", "to": job.to, "equivalent": False,
                          "error": "no model to migrate"}))
        return
    for name in selected:
        try:
            out = verify_model(source, name, nets, job)
        except Exception as err:  # report, never crash: the caller prints one line per model
            out = {"equivalent": False, "error": f"{type(err).__name__}: {err}" if not isinstance(
                err, PivotError) else str(err)}
        print(json.dumps({"file": job.file, "class": name, "to": job.to, **out}), flush=True)


def models_to_verify(source: str, nets: list) -> list[str]:
    """The models no class or builder of the file uses (a module-level statement that only calls a builder is
    that builder's instance: the builder is verified, built by that call)."""
    tree = ast.parse(source)
    defs = {n.name: n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
    by_name = {n.name: n for n in nets}
    # (a tensor function of the file that builds a model, a smoke `def test(): net = ResNet18()`, uses none)
    used = {u for n in nets if n.name in defs and n.style != "function" for u in n.uses
            if not _only_helper_of(defs, n, by_name.get(u))}
    return [n.name for n in nets if n.name not in used and n.style not in ("helper", "function")
            and not _instance_of_builder(n, by_name)]


def _only_helper_of(defs: dict, user, used) -> bool:
    """`user` reads only attributes of `used` (a static method: a block's `GELUResNet.conv_bn(c, c)`) while `used`
    uses `user` in its turn: the model is `used`, not the block."""
    if used is None or user.name not in used.uses or used.name not in defs:
        return False
    names = [n for n in ast.walk(defs[user.name]) if isinstance(n, ast.Name) and n.id == used.name]
    bases = {id(n.value) for n in ast.walk(defs[user.name]) if isinstance(n, ast.Attribute)}
    return bool(names) and all(id(n) in bases for n in names)


def _instance_of_builder(net, by_name: dict) -> bool:
    # (a model built by module-level statements the class holds, `self.emb = embedding_network`, is no builder;
    # nor is a class that uses blocks of the file: torchvision's GoogLeNet was no model to verify)
    return net.style != "subclass" and net.binding is None and any(u in by_name and by_name[u].style != "helper" and not by_name[u].parts
                                       for u in net.uses)


def verify_model(source: str, name: str, nets: list, job: Job, sizes_migration: bool = True) -> dict:
    """Slice the model out of the script, migrate the slice, build both as the file does and compare.
    `sizes_migration=False`: a given shape is only the input verified on, not told to the migration (the text
    verified is then the text `pivot migrate` writes without a shape)."""

    sl, net = slice_for(source, name, nets, job.settings)
    given = given_shape(job, name, net)
    shape, dtype = choose_input(net, sl, given, job.input_dtype)
    # the text verified is the text `migrate` writes; only a shape the user gives also sizes layers there
    per_sample = {net.name: tuple(shape[1:])} if given and sizes_migration and not isinstance(shape[0], list) \
        else None
    result = migrate_source(sl.code, job.to, [net.name], input_shapes=per_sample)
    errors = [d for d in result.diagnostics if d.severity == "error"]
    if errors or net.name not in result.details:
        where = f"line {sl.file_line(errors[0].span.line)}: {errors[0].code} {errors[0].message}" if errors else \
            "no model found in its slice"
        raise PivotError(f"`{net.name}` cannot be migrated: {where}")
    try:
        return verify_one(sl.code, result.text, as_built(sl, result.details[net.name]),
                          replace(job, input_shape=shape, input_dtype=dtype))
    except NameError as err:
        if getattr(err, "name", None) in sl.unresolved:
            raise PivotError(sl.unresolved_message(err.name)) from err
        raise
    except Exception as err:
        if given:
            raise
        raise PivotError(f"{type(err).__name__}: {err} (on the input {shape} Pivot read from the file; if "
                         f"`{name}` takes another, pass --input-shape {name}=...)") from err


def as_built(sl, migrated):
    """`migrated` sized as the slice's instance is built: the constructor's arguments evaluated in its layers'
    expressions (a kernel `(n_channels, 1)`), so the weight copy knows the sizes a flatten multiplies."""
    return replace(migrated, source=instance_network(sl, migrated.source))


def slice_for(source: str, name: str, nets: list, settings: dict | None):
    """The slice that builds `name` and the network it is an instance of."""
    by_name = {n.name: n for n in nets}
    net = by_name.get(name)
    if net is not None and _instance_of_builder(net, by_name):  # `model = make_model(...)`
        net = None
    sl = model_slice(source, (net.binding or net.name) if net is not None else name, settings)
    if net is None:  # a variable: the model its builder returns
        net = next((by_name[c] for c in sl.callees if c in by_name), None)
        net = net or next((n for n in nets if n.binding == name), None)
        if net is None:
            raise PivotError(f"`{name}` is not built by a model of the file Pivot can migrate")
    return sl, net


def given_shape(job: Job, name: str, net) -> list | None:
    shapes = job.input_shapes or {}
    return shapes.get(name) or shapes.get(net.name) or job.input_shape


def default_input_shape(net, info) -> list | None:
    """The declared shapes, or the first layer's channels/features with a default spatial size."""
    shapes = []
    for i, declared in enumerate(info.input_shapes or (None,)):
        if declared is None or (declared and not isinstance(declared[0], int)):
            return None
        spatial = len(declared) - 1
        shape = [DEFAULT_SPATIAL.get(spatial, 16) if not isinstance(d, int) else d for d in declared]
        if net.framework == "keras":
            shape = list(from_canonical(tuple(shape), info.input_spatial[i]))
        shapes.append([BATCH] + shape)
    return shapes[0] if len(shapes) == 1 else shapes


def as_shapes(shape) -> list[list[int]]:
    """One input's shape ([2, 3, 32, 32]) or several ([[2, 16], [2, 8]]) as a list of shapes."""
    return [list(s) for s in shape] if shape and isinstance(shape[0], (list, tuple)) else [list(shape)]


@dataclass
class Pair:
    """A source model and its migration, built, with the source's weights copied across."""

    source: object
    target: object
    framework: str
    shape: list
    spatial_in: tuple
    spatial_out: bool
    copied: int
    high: int = 10  # token ids are drawn below this (`token_bound`, and the built source's smallest vocabulary)

    @property
    def torch_first(self) -> bool:
        return self.framework == "torch"


def build_pair(source: str, target: str, migrated, shape: list | None, dtype: str = "float32",
               source_model=None, source_weights=None, high: int = 10) -> Pair:
    """Build both models (or reuse `source_model`), run each once (lazy modules), copy the weights.

    `source_weights` (a state_dict or a Keras weight list) are loaded into the source model first.
    """
    net = migrated.source
    if shape is None:
        shape = default_input_shape(net, infer(net))
        if shape is None:
            raise ValueError("the input shape cannot be inferred: pass --input-shape")
    shapes = as_shapes(shape)
    info = infer(net, tuple(tuple(s[1:]) for s in shapes))
    spatial_in = tuple(bool(sp) for sp in info.input_spatial) or (False,)
    out_name = "output" if net.style == "sequential" else (net.outputs[0] if net.outputs else "")
    torch_first = net.framework == "torch"
    recorded: list = []
    namespace: dict = {}
    src_model = source_model if source_model is not None else build_model(source, net.name, net.framework, recorded,
                                                                           namespace)
    tgt_model = build_model(target, net.binding or net.name if net.style != "subclass" else migrated.name,
                       "keras" if torch_first else "torch", None)
    if "int64" in dtype:
        high = min([high, *built_vocabularies(src_model, net.framework)])
    x0 = seeded_batch(shapes, dtype, 0, high)
    run_model(src_model, x0, net.framework)
    run_model(tgt_model, to_other_layout(x0, spatial_in, torch_first), "keras" if torch_first else "torch")
    if source_weights is not None:
        src_model.load_state_dict(source_weights) if torch_first else src_model.set_weights(source_weights)
    elif source_model is None:
        randomize_constant_vectors(src_model, net.framework)
    copied = weights.transfer(net, info, src_model, tgt_model, migrated.paths,
                              functional_layers(net, recorded, source, namespace), migrated.parts)
    return Pair(src_model, tgt_model, net.framework, shape, spatial_in, info.spatial.get(out_name, False), copied,
                high)


def built_vocabularies(model, framework: str) -> list[int]:
    """The vocabulary of every embedding of the built model: sizes the source may only compute at run time
    (`nn.ModuleList([nn.Embedding(c, d) for c in cardinalities])`), so token ids stay below the smallest."""
    if framework == "torch":
        return [m.num_embeddings for m in model.modules() if hasattr(m, "num_embeddings")]
    return [int(m.input_dim) for m in model._flatten_layers() if hasattr(m, "embeddings") and hasattr(m, "input_dim")]


def randomize_constant_vectors(model, framework: str, seed: int = 20261202) -> int:
    """Seeded random values for the source model's 1-D float weights and buffers still at a constant initial value
    (biases and BatchNorm running means at 0, gammas and running variances at 1, a PReLU's 0.25), so a weight the
    copy misses (left at the target's own constant init) changes the outputs: a BatchNorm matched to the wrong
    slot kept PyTorch's defaults, and verify said equivalent. A nonzero constant c becomes c x U(0.5, 1.5) (its
    sign kept: variances stay positive), a zero one U(-0.5, 0.5). Returns how many were randomized."""
    import numpy as np

    rng = np.random.default_rng(seed)

    def fresh(a):
        if a.ndim != 1 or not a.size or not np.issubdtype(a.dtype, np.floating) or not np.all(a == a.flat[0]):
            return None
        c = float(a.flat[0])
        new = c * rng.uniform(0.5, 1.5, a.shape) if c else rng.uniform(-0.5, 0.5, a.shape)
        return new.astype(a.dtype)

    count = 0
    if framework == "torch":
        import torch

        with torch.no_grad():
            for tensor in model.state_dict(keep_vars=True).values():
                if tensor.is_floating_point() and tensor.dim() == 1 and tensor.device.type != "meta":
                    new = fresh(tensor.detach().cpu().numpy())
                    if new is not None:
                        tensor.copy_(torch.from_numpy(new))
                        count += 1
        return count
    values = model.get_weights()
    for i, a in enumerate(values):
        new = fresh(np.asarray(a))
        if new is not None:
            values[i], count = new, count + 1
    if count:
        model.set_weights(values)
    return count


def functional_layers(net, recorded: list, source: str | None = None, namespace: dict | None = None) -> dict | None:
    """The Keras layer objects of a functional model, matched to its pivot layers by creation order. A functional
    model of the file applied as a layer (`embedding_network(input_1)`, a `Submodel` named by its variable) is the
    object of that variable in `namespace` (the executed source), seen through its own layers' pivot names."""
    if net.framework != "keras" or net.style != "functional" or not recorded:
        return None
    submodels = {l.name: _submodel(l, recorded, source, namespace) for l in net.layers if _applied_model(l, net)}
    inner: set = set()
    for model in submodels.values():  # the layers of a model applied as a layer are its own, matched inside it
        if model is not None:
            _held_layers(vars(getattr(model, "_model", model)), inner)
    kept = [l for l in recorded if type(l).__name__ != "InputLayer" and not _is_model(l) and id(l) not in inner]
    # Bidirectional(LSTM(...)), TimeDistributed(Dense(...)): the wrapped layer is built just before its
    # wrapper; one pivot layer
    wrappers = {qual.rsplit(".", 1)[-1] for qual in KERAS_WRAPPERS}
    kept = [l for i, l in enumerate(kept) if not (i + 1 < len(kept) and type(kept[i + 1]).__name__ in wrappers)]
    ordered = list(_in_creation_order(net.layers))
    kept = _without_inner_layers(kept, {l.attrs.get("class") for l in ordered if l.op == "Submodel"})
    built = sorted(n.attrs.get(BUILT_AT) for n in net.nodes if n.attrs.get(BUILT_AT) is not None)
    for i, at in enumerate(built):  # a layer the migration reads as an op (no module): matched to nothing
        ordered.insert(at + i, None)
    # a model applied as a layer was built before (its layers are left out of `kept`): matched inside it
    ordered = [l for l in ordered if l is None or l.name not in submodels]
    # a builder the file also calls itself (`model = build_model()`) made its layers twice: the verified
    # model is the last build
    kept = kept[-len(ordered):] if ordered and len(kept) > len(ordered) else kept
    found = {layer.name: obj for layer, obj in zip(ordered, kept) if layer is not None}
    return found | {name: obj for name, obj in submodels.items() if obj is not None}


def _applied_model(layer, net) -> bool:
    """A module-level functional model of the file applied as a layer (`tower_1 = embedding_network(input_1)`)."""
    return layer.op == "Submodel" and layer.source == layer.name == layer.attrs.get("class") and \
        layer.name != net.binding


def _submodel(layer, recorded: list, source: str | None, namespace: dict | None):
    """The Keras model a `Submodel` layer applies, seen through its pivot layer names; None when Pivot cannot tell
    (the weight copy then names the missing layer)."""
    obj = (namespace or {}).get(layer.name)
    if obj is None or not _is_model(obj) or source is None:
        return None
    bindings = {layer.name, _built_by(source, layer.name)}  # `base_network = create_base_network(shape)`: its builder
    found = [n for n in analyze(source).networks if n.framework == "keras" and n.binding in bindings]
    seq = next((n for n in found if n.style == "sequential"), None)
    if seq is not None and _is_sequential_model(obj):  # `generator = build_generator()` of a Sequential
        info = infer(seq)
        if not unchainable(seq, info):  # an nn.Sequential: matched by position, as a Sequential is (a Dense
            return None if info.flat_from else obj  # reading a flattened image is not followed there yet)
        module, _ = as_module(seq)  # an nn.Module (it moves axes): its layers by the attribute names it has there
        if len(module.layers) != len(obj.layers):
            return None
        return weights.ByPivotName(obj, {l.name: k for l, k in zip(module.layers, obj.layers)},
                                   infer(module).flat_from)
    inner = next((n for n in found if n.style == "functional"), None)
    at = next((i for i, l in enumerate(recorded) if l is obj), None)
    if inner is None or at is None:
        return None
    layers = functional_layers(inner, recorded[:at + 1], source, namespace)
    return weights.ByPivotName(obj, layers or {}, infer(inner).flat_from)


def _is_sequential_model(obj) -> bool:
    return any(c.__name__ == "Sequential" for c in type(obj).__mro__)


def _built_by(source: str, name: str) -> str | None:
    """The function of the file whose call the top-level `name = function(...)` binds; None otherwise."""
    for stmt in ast.parse(source).body:
        if isinstance(stmt, ast.Assign) and [getattr(t, "id", None) for t in stmt.targets] == [name] and \
                isinstance(stmt.value, ast.Call) and isinstance(stmt.value.func, ast.Name):
            return stmt.value.func.id
    return None


def _without_inner_layers(kept: list, classes: set) -> list:
    """The recorded layers less those a custom layer of the file (`PatchEncoder`) created for itself: they
    are its weights, walked inside it, not layers of the model."""
    inner: set = set()
    for layer in kept:
        if type(layer).__name__ in classes:
            _held_layers(vars(layer), inner)
    return [l for l in kept if id(l) not in inner]


def _held_layers(value, found: set) -> None:
    """Record (by id) every Keras layer `value` holds, at any depth: attributes, lists, tuples and dicts, as
    Keras tracks them; read with vars(), Keras having no public API for a layer's sub-layers."""
    import keras

    if isinstance(value, keras.Layer):
        if id(value) in found:
            return
        found.add(id(value))
        value = vars(value)
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, (list, tuple)):
        for item in value:
            _held_layers(item, found)


def _in_creation_order(layers):
    """A Sequential sub-model's layers are created before it (and it is a model, not a recorded layer)."""
    for layer in layers:
        if layer.op == "Sequential":
            yield from _in_creation_order(layer.children)
        else:
            yield layer


def seeded_batch(shape, dtype: str, seed: int, high: int = 10) -> list:
    import numpy as np

    rng = np.random.default_rng(seed)
    shapes = as_shapes(shape)
    dtypes = dtype.split(",") if "," in dtype else [dtype] * len(shapes)  # one per input ("int64,float32")
    # token ids below `high` (the smallest vocabulary)
    return [rng.integers(0, high, size=s).astype("int64") if d == "int64" else rng.standard_normal(s).astype("float32")
            for s, d in zip(shapes, dtypes)]


def compare(run_a, run_b, shape, dtype: str, batches: int, atol: float, rtol: float, high: int = 10) -> dict:
    """Run both on seeded batches; `run_*` map source-layout inputs to source-layout outputs."""
    import numpy as np

    max_abs, max_rel, ok = 0.0, 0.0, True
    for i in range(batches):
        xs = seeded_batch(shape, dtype, i, high)
        outs_a, outs_b = run_a(xs), run_b(xs)
        if getattr(outs_a, "names", ()) != getattr(outs_b, "names", ()):
            raise ValueError(f"the outputs differ: {_outputs_said(outs_a)} vs {_outputs_said(outs_b)}")
        for ya, yb in zip(outs_a, outs_b):
            if ya.shape != yb.shape:
                raise ValueError(f"output shapes differ: {ya.shape} vs {yb.shape}")
            diff = np.abs(ya - yb)
            max_abs = max(max_abs, float(diff.max(initial=0.0)))
            max_rel = max(max_rel, float((diff / (np.abs(ya) + 1e-12)).max(initial=0.0)))
            ok = ok and bool(np.allclose(yb, ya, atol=atol, rtol=rtol))
    return {"equivalent": ok, "max_abs_diff": max_abs, "max_rel_diff": max_rel, "input_shape": list(shape)}


def runners(pair: Pair):
    other = "keras" if pair.torch_first else "torch"

    def run_source(xs):
        return run_model(pair.source, xs, pair.framework)

    def run_target(xs):
        ys = run_model(pair.target, to_other_layout(xs, pair.spatial_in, pair.torch_first), other)
        moved = [to_source_layout(y, pair.spatial_out and y.ndim >= 3, pair.torch_first) for y in ys]
        if isinstance(ys, Keyed):  # named outputs stay named: compare checks the keys
            moved = Keyed(moved)
            moved.names = ys.names
        return moved

    return run_source, run_target


def verify_one(source: str, target: str, migrated, job: Job) -> dict:
    dtype = job.input_dtype or input_dtypes(migrated.source)
    high = token_bound(migrated.source)
    pair = build_pair(source, target, migrated, job.input_shape, dtype, high=high)
    run_source, run_target = runners(pair)
    result = compare(run_source, run_target, pair.shape, dtype, job.batches, job.atol, job.rtol, pair.high)
    return result | {"tensors_copied": pair.copied, "input_dtype": dtype, "interface": interface(pair)}


def interface(pair: Pair) -> str:
    """The layouts verify fed and compared, as static analysis gives each model's interface."""
    def layout(spatial: bool) -> str:
        return "channels-first in PyTorch, channels-last in Keras" if spatial else "the same in both"

    inputs = "; ".join(f"input {i + 1}: {layout(sp)}" for i, sp in enumerate(pair.spatial_in))
    return f"{inputs}; output: {layout(pair.spatial_out)}"


def roundtrip_one(source: str, name: str, to: str, shape: list | None, dtype: str = "float32",
                  atol: float = 1e-5, rtol: float = 1e-4) -> dict:
    """A -> B -> A: the twice-migrated model, given A's weights through B, must match A."""
    back = "pytorch" if to == "tensorflow" else "tensorflow"
    # built as `verify` builds it: the file's static slice, whose instance is the one the file makes (its own
    # call's arguments), in all three models
    origin = "torch" if TARGETS.get(to) == "keras" else "keras"
    sl, net = slice_for(source, name, [n for n in analyze(source).networks if n.framework == origin], None)
    source, name = sl.code, net.name
    # told the input it is verified on, as verify's migration is: a rank only guessed keeps axes as written
    given = {name: tuple(shape[1:])} if shape and not isinstance(shape[0], (list, tuple)) else None
    first = migrate_source(source, to, [name], input_shapes=given)
    m1 = as_built(sl, first.details[name])
    # the named errors of each leg come first: a leg that did not migrate is reported, never built
    errors = [d.format(name) for d in first.diagnostics if d.severity == "error"]
    if errors:
        return {"equivalent": False, "text": first.text, "errors": errors, "first_leg_equivalent": False}
    # token ids below the smallest vocabulary, as verify draws them (was 10 always: an IndexError of the
    # tutorial tagger's nn.Embedding(9, ...) on the way back)
    pair1 = build_pair(source, first.text, m1, shape, dtype, high=token_bound(m1.source))
    shapes = [(other_layout_shape(s, pair1.torch_first) if sp else s)
              for s, sp in zip(as_shapes(pair1.shape), pair1.spatial_in)]
    # the way back is told the input it is verified on (a rank the migrated file leaves open)
    second = migrate_source(first.text, back, [m1.name],
                            input_shapes={m1.name: tuple(shapes[0][1:])} if len(shapes) == 1 else None)
    # sized as the instance the migrated file builds, as the first leg is (a kernel `(n_channels, 1)` of EEGNet)
    built, _ = slice_for(first.text, m1.name, [n for n in analyze(first.text).networks if n.framework != origin], None)
    m2 = as_built(built, second.details[m1.name])
    run_a = runners(pair1)[0]
    there = compare(run_a, runners(pair1)[1], pair1.shape, dtype, 2, atol, rtol, pair1.high)  # A -> B on its own
    errors = [d.format(f"{m1.name}(way back)") for d in second.diagnostics if d.severity == "error"]
    if errors:
        return {"equivalent": False, "text": second.text, "errors": errors,
                "first_leg_equivalent": there["equivalent"]}
    pair2 = build_pair(first.text, second.text, m2, shapes[0] if len(shapes) == 1 else shapes, dtype,
                       source_model=pair1.target)

    def run_a2(xs):
        # A's input as B takes it, then as the twice-migrated model takes it: each leg's interface is the one
        # static analysis gives it (a PyTorch model taking channels-last sequences through a leading permute keeps
        # them in Keras, and Keras's Conv1D model comes back channels-first, as every migrated PyTorch model is)
        inputs = to_other_layout(to_other_layout(xs, pair1.spatial_in, pair1.torch_first), pair2.spatial_in,
                                 pair2.torch_first)
        ys = run_model(pair2.target, inputs, pair1.framework)
        moved = [to_source_layout(to_source_layout(y, pair2.spatial_out and y.ndim >= 3, pair2.torch_first),
                                  pair1.spatial_out and y.ndim >= 3, pair1.torch_first) for y in ys]
        if isinstance(ys, Keyed):
            moved = Keyed(moved)
            moved.names = ys.names
        return moved

    return compare(run_a, run_a2, pair1.shape, dtype, 2, atol, rtol, pair1.high) | {
        "text": second.text, "errors": errors, "first_leg_equivalent": there["equivalent"]}


def other_layout_shape(shape, torch_first: bool):
    return ([shape[0]] + shape[2:] + [shape[1]]) if torch_first else ([shape[0], shape[-1]] + shape[1:-1])


def _is_model(obj) -> bool:
    import keras

    return isinstance(obj, keras.Model)


def to_other_layout(xs: list, spatial: tuple, torch_first: bool) -> list:
    """Inputs in the other framework's layout: image-like ones move their channel axis."""
    import numpy as np

    if isinstance(xs, np.ndarray):  # one input
        return to_other_layout([xs], (spatial,) if isinstance(spatial, bool) else spatial, torch_first)[0]
    spatial = (spatial,) * len(xs) if isinstance(spatial, bool) else spatial
    out = []
    for i, x in enumerate(xs):
        moves = (spatial[i] if i < len(spatial) else False) and x.ndim >= 3
        out.append((np.moveaxis(x, 1, -1) if torch_first else np.moveaxis(x, -1, 1)) if moves else x)
    return out


def to_source_layout(y, spatial: bool, torch_first: bool):
    import numpy as np

    if not spatial:
        return y
    return np.moveaxis(y, -1, 1) if torch_first else np.moveaxis(y, 1, -1)


def run_model(model, xs: list, framework: str) -> list:
    """Outputs (a list) of the model in inference mode, on one or several inputs."""
    import numpy as np

    if isinstance(xs, np.ndarray):
        xs = [xs]
    if framework == "torch":
        import torch

        model.eval()
        with torch.no_grad():
            # a copy each: an in-place op (nn.SELU(True)) on the input must not change the batch the other reads
            tensors = [torch.from_numpy(x.copy()) for x in xs]
            y = model(tensors) if _takes_one_input(model.forward, len(xs)) else model(*tensors)
        return _leaves(y, lambda t: t.detach().numpy())
    if len(xs) == 1:
        y = model(xs[0], training=False)
    elif getattr(model, "_is_graph_network", False) or type(model).__name__ == "Functional" or \
            _takes_one_input(model.call, len(xs)):
        # a functional model takes its inputs as one list, so does a subclassed `call(self, inputs)` unpacking
        # them (Hands-On ML's `input_A, input_B = inputs`)
        y = model(list(xs), training=False)
    else:
        y = model(*xs, training=False)
    return _leaves(y, np.asarray)


def _leaves(y, to_array) -> list:
    """The model's output tensors as arrays, in order: a seq2seq encoder's `return outputs, (hidden, cell)` nests
    a tuple in the tuple, compared tensor by tensor (both frameworks nest the same way). Named outputs (a dict at
    the top) stay named."""
    if isinstance(y, dict):
        found = Keyed(to_array(t) for t in _by_key(y))
        found.names = tuple(sorted(y))
        return found
    if not isinstance(y, (tuple, list)):
        return [to_array(y)]
    return [leaf for part in y for leaf in _leaves(part, to_array)]


def _takes_one_input(method, given: int) -> bool:
    """Several inputs given to a model whose call/forward has one parameter for them (not `training`/`mask`):
    it takes them as one list."""
    try:
        params = inspect.signature(method).parameters.values()
    except (TypeError, ValueError):
        return False
    if any(p.kind == p.VAR_POSITIONAL for p in params):
        return False
    inputs = [p for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
              and p.name not in ("training", "mask")]
    return given > 1 and len(inputs) == 1


def _outputs_said(outputs: list) -> str:
    names = getattr(outputs, "names", ())
    return f"named outputs {list(names)}" if names else f"{len(outputs)} output(s)"


class Keyed(list):
    """A model's named outputs (a dict), in the order of their keys; `names` (the keys) are compared too."""

    names: tuple = ()


def _by_key(outputs: dict) -> Keyed:
    found = Keyed(outputs[k] for k in sorted(outputs))
    found.names = tuple(sorted(outputs))
    return found


def build_model(code: str, name: str, framework: str, recorded: list | None, namespace: dict | None = None):
    """Execute a module's code and build the named model (class with defaults, builder or variable); a slice's
    `__pivot_model__` is the instance the file builds. `namespace` receives the executed code's globals."""

    if framework == "keras" and recorded is not None:
        import keras

        original = keras.layers.Layer.__init__

        def recording_init(self, *args, **kwargs):
            if _constructed_by_user(self):
                recorded.append(self)
            original(self, *args, **kwargs)

        keras.layers.Layer.__init__ = recording_init
    try:
        module = types.ModuleType(f"pivot_verify_{framework}")
        sys.modules[module.__name__] = module  # @dataclass looks its module up
        try:  # dont_inherit: this module's own `from __future__` must not leak into the user's code
            exec(compile(code, f"<{framework} model>", "exec", dont_inherit=True), module.__dict__)
        finally:
            sys.modules.pop(module.__name__, None)
        if namespace is not None:
            namespace.update(module.__dict__)
        obj = module.__dict__.get(BUILD, module.__dict__.get(name))
        if obj is None:
            raise ValueError(f"`{name}` is not defined by the {framework} code")
        if isinstance(obj, type) or callable(obj) and not _is_model_obj(obj):
            obj = obj()
        return obj
    finally:
        if framework == "keras" and recorded is not None:
            keras.layers.Layer.__init__ = original


def _constructed_by_user(layer) -> bool:
    """True for a layer the model code constructs itself, not one Keras makes inside a function or layer."""
    frame = sys._getframe(2)
    outer = None
    while frame is not None and os.sep + "keras" + os.sep in frame.f_code.co_filename:
        outer = frame
        frame = frame.f_back
    return outer is None or (outer.f_code.co_name == "__init__" and outer.f_locals.get("self") is layer)


def _is_model_obj(obj) -> bool:
    mod = type(obj).__module__
    return mod.startswith(("torch", "keras")) or hasattr(obj, "forward") or hasattr(obj, "get_weights")


if __name__ == "__main__":
    _worker()
