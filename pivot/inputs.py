"""How verify and convert-weights decide a model's input, from what the file states. Framework-free.

In order:
1. the shape the user gives (`--input-shape [NAME=]2,28,28,1`);
2. the input the file declares: `keras.Input(shape=...)` or a first layer's `input_shape=`, evaluated through
   module constants, builder parameter defaults and the call site's arguments (see `pivot.slice`);
3. the first layer's channels or features, with a default size for the other dimensions; a literal
   `in_features` of the first Linear after a conv/flatten stack fixes that size (`Linear(9216, 128)` after
   64 channels and a 2x2 pool: 12x12, so a 28x28 input), found by running the static shape pass over sizes.
   The first layer is also found where the constructor builds it at run time (a loop's `nn.Linear(prev, h)`,
   a method's `self._block(3, 16)`: `_built_first_channels` runs the constructor statically), and through a
   first permute/transpose into it (`x.permute(0, 2, 1)` into a Conv1d: (N, L, C)). A rank only a dense layer
   tells is checked against the model's use of the input (`_ranked_by_use`: `.transpose(1, 2)` of a (N, F)?).
A `None` dimension gets the default length below (16 for token sequences). Inputs that feed an embedding are
int64 token ids below the smallest vocabulary. Where none of this settles a shape, the error names the dimension and the flag.
"""
from __future__ import annotations

import ast
from dataclasses import replace

from pivot.analysis import analyze
from pivot.catalog import OpSpec, all_ops
from pivot.errors import PivotError
from pivot.model import Attrs, Expr, iter_layers
from pivot.shapes import (first_layer_input, first_leaf, first_reader, from_canonical, grown_list_template, guess_input,
                          infer, plain_flatten)
from pivot.slice import Unknown, evaluate, made_tensor

# the default length of a dimension the file leaves open, by the number of such (spatial/time) dimensions
DEFAULT_SPATIAL = {1: 64, 2: 32, 3: 16}
BATCH = 2
TOKEN_LENGTH = 16  # token sequences: short enough for a learned position table
SEARCH = range(1, 1025)  # input sizes tried when a Linear's in_features fixes the spatial size


def parse_input_shape(text: str, several: bool = True) -> list:
    """An `--input-shape` value: "8,3,32,32" (the batch axis first). With `several` (verify), "2,16;2,8" gives
    one shape per input of the model; else (convert-weights, which builds one input) a single shape of
    positive sizes with a batch axis."""
    try:
        shapes = [[int(v) for v in part.split(",")] for part in (text.split(";") if several else [text])]
    except ValueError as err:
        if several:
            raise PivotError(f"--input-shape must be comma-separated integers (';' between inputs): {text}") from err
        shapes = [[]]
    if several:
        return shapes[0] if len(shapes) == 1 else shapes
    if len(shapes[0]) < 2 or any(d <= 0 for d in shapes[0]):
        raise PivotError(f"--input-shape must be comma-separated positive integers with a batch axis, "
                         f"e.g. 2,3,32,32: {text}")
    return shapes[0]


def choose_input(net, sl, given: list | None, dtype: str | None) -> tuple[list, str]:
    """(the batch shape in the source layout, one list per input, and the input dtype)."""
    declared = declared_inputs(net, sl) if sl is not None else None
    if given:
        shape = given
    elif declared and all(d[0] is not None for d in declared):
        tokens = any(str(d[1]).startswith("int") for d in declared) or _reads_tokens(net)
        shapes = [[BATCH] + [d if d is not None else TOKEN_LENGTH if tokens else _default(len(s)) for d in s]
                  for s, _, _, _ in declared]
        shape = shapes[0] if len(shapes) == 1 else shapes
    elif sl is not None and _dummy_run(net, sl.code, sl.env) is not None:
        shape = _dummy_run(net, sl.code, sl.env)
    else:
        code = sl.code if sl is not None else None
        required = _required_inputs(net, code)
        shape = inferred_shape(replace(net, inputs=required) if required != net.inputs else net, declared,
                               sl.env if sl is not None else None, code)
    if dtype is None and declared and any(str(d[1]).startswith("int") for d in declared):
        dtype = _declared_dtypes(net, declared)
    inputs = len(shape) if shape and isinstance(shape[0], list) else 1
    if dtype is not None and "," in dtype and len(dtype.split(",")) != inputs:
        raise PivotError(f"--input-dtype {dtype} names {len(dtype.split(','))} dtypes for {inputs} input(s)")
    return shape, dtype or input_dtypes(net)


def _dummy_run(net, code: str, env: dict) -> list | None:
    """The batch shape of the one input when the constructor runs the layer `forward` applies first to it on a
    tensor it makes (`dummy = torch.zeros(1, 1, n_channels, n_samples)`, then `self.spatial(self.temporal(dummy))`
    to size a Linear): the file's own run of its first layers, so that tensor's shape is the input's (a guess at
    the other sizes gives that Linear the wrong features). None when the runs are not evaluated or disagree."""
    node = _first_reader(net, net.inputs[0]) if net.framework == "torch" and len(net.inputs) == 1 else None
    if node is None or node.op != "layer" or net.layer(node.layer or "") is None:
        return None
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return None
    init = next((f for c in tree.body if isinstance(c, ast.ClassDef) and c.name == net.name for f in c.body
                 if isinstance(f, ast.FunctionDef) and f.name == "__init__"), None)
    if init is None:
        return None
    made, shapes = {}, set()
    for stmt in ast.walk(init):  # `dummy = torch.zeros(...)` (a name bound twice to different tensors: unknown)
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            name, value = stmt.targets[0].id, made_tensor(stmt.value, env)
            made[name] = value if made.get(name, value) == value else None
    for call in ast.walk(init):
        if isinstance(call, ast.Call) and len(call.args) == 1 and not call.keywords and \
                ast.unparse(call.func) == f"self.{node.layer}":
            arg = call.args[0]
            shapes.add(made.get(arg.id) if isinstance(arg, ast.Name) else made_tensor(arg, env))
    if len(shapes) != 1 or None in shapes:
        return None
    (shape, dtype), = shapes
    return [BATCH] + list(shape) if dtype is None else None


def _declared_dtypes(net, declared: list) -> str:
    """The dtype of each declared input (`model(torch.randint(0, 10, (4, 3)), torch.randn(4, 5))`: token ids and
    floats, "int64,float32"); an input declared without one (`torch.randn`) takes what it feeds decides. (All int64
    was a PyTorch crash in verify: the float columns given as ints to a BatchNorm1d or Linear.)"""
    inferred = input_dtypes(net).split(",")
    inferred = inferred if len(inferred) == len(declared) else inferred[:1] * len(declared)
    dtypes = ["int64" if str(d[1]).startswith("int") else "float32" if str(d[1]).startswith("float") else guess
              for d, guess in zip(declared, inferred)]
    return dtypes[0] if len(set(dtypes)) == 1 else ",".join(dtypes)


def input_dtypes(net) -> str:
    """`input_dtype` per input of a model with several, comma-separated where they differ ("int64,float32": token
    ids for the input an embedding reads, floats for the other)."""
    if len(net.inputs) < 2:
        return input_dtype(net)
    dtypes = ["int64" if _entry(_layer_reading(net, name)).vocabulary_arg else "float32" for name in net.inputs]
    return dtypes[0] if len(set(dtypes)) == 1 else ",".join(dtypes)


def _default(rank: int) -> int:
    return DEFAULT_SPATIAL.get(max(1, rank - 1), 16)


def declared_inputs(net, sl) -> list | None:
    """The file's declaration of each input of `net`: (shape or None, dtype, line, source text)."""
    found = sl.declared
    if net.inputs and all(name in found for name in net.inputs):
        return [found[name] for name in net.inputs]
    if "" in found and len(net.inputs) <= 1:
        return [found[""]]
    ordered = [found[k] for k in sl.declared_order if k != ""]
    if ordered and len(ordered) == max(1, len(net.inputs)):
        return ordered
    return None


def inferred_shape(net, declared=None, env: dict | None = None, code: str | None = None) -> list:
    """Each input from the layer that reads it first: its channels/features (a parameter's value from the
    slice's `env`), a default length for spatial/time dimensions; a Linear's in_features fixes the size."""
    info = infer(net)
    shapes, missing = [], []
    tokens = _reads_tokens(net)
    dense = set()
    for i, name in enumerate(net.inputs or ("x",)):
        known = info.input_shapes[i] if i < len(info.input_shapes) else None
        spatial = info.input_spatial[i] if i < len(info.input_spatial) else False
        read = _method_parameter(net, name, code) if known is None and code is not None else None
        if read is not None:  # `self.forward_once(x1)` first: what the method does with its parameter tells
            known, spatial = guess_input(net, read)
            if spatial:  # an image: the size a head after it needs is not solved through the method
                known, read = None, None
            elif known is not None:
                dense.add(name)  # (a rank a dense layer told: checked as the model's own)
        read = read or name
        state = _recurrent_state(net, read, env or {})
        if state is not None:  # `forward(self, input, hidden)` into `self.gru(embedded, hidden)`: (layers, N, H)
            shapes.append(state)
            continue
        recurrent = _recurrent_input(net, read, env or {})  # its length is open, not missing
        recurrent = recurrent if recurrent is not None else _stepped_input(net, read, env or {})
        known = recurrent if recurrent is not None else known
        moved = _through_axis_op(net, read, env or {}, code) if net.framework == "torch" and not tokens else None
        if moved is not None and (known is None or len(known) == len(moved) - 1):
            shapes.append(moved)  # `x.permute(0, 2, 1)` into a Conv1d(C, ...): (N, L, C)
            continue
        if net.framework == "torch" and code is not None and (not known or _value(known[0], env or {}) is None):
            built = _built_first_channels(net, read, code, env or {})  # a block the constructor builds in a loop
            if built is not None and (known is None or len(built[0]) == len(known) and built[1] == spatial):
                known, spatial = built
                if not spatial:
                    dense.add(name)  # its rank is a guess (a Linear reads any rank)
        if known is not None and len(known) == 1 and not tokens and _sequence_model(net) and len(net.inputs) <= 1:
            # (of a model with several inputs, one may be a sequence and another a vector: `tab` beside `seq`)
            known = (LENGTH,) + tuple(known)  # features of a sequence: attention and RNNs need (N, L, F)
        if known is None:
            missing.append(f"the rank and sizes of input `{name}`")
            continue
        dims = [_value(d, env or {}) for d in known]
        if dims and dims[0] is None and net.framework == "torch" and code is not None:
            dims[0] = _block_channels(net, name, len(dims), code, env or {})
        for k, d in enumerate(dims):
            if d is None and (tokens or (spatial and k > 0) or known[k] == LENGTH):
                dims[k] = TOKEN_LENGTH if tokens else _default(len(dims))
        unknown = [k for k, d in enumerate(dims) if d is None]
        if unknown:
            missing.append(f"{_unknown_axes(unknown, len(dims), spatial)} of input `{name}`")
            continue
        if net.framework == "keras":
            dims = list(from_canonical(tuple(dims), spatial))
        shapes.append([BATCH] + dims)
    if not missing and net.framework == "torch" and set(net.inputs) & (set(info.rank_guessed_by) | dense):
        shapes = _ranked_by_use(net, set(info.rank_guessed_by) | dense, shapes, missing)
    if missing:
        raise PivotError(missing_message(net, missing, declared))
    if net.framework == "torch" and len(shapes) == 1 and info.input_spatial and info.input_spatial[0]:
        shapes[0] = sized_by_linear(net, shapes[0], env or {})  # a conv stack, then a Linear
        shapes[0] = long_enough(net, shapes[0])
    return shapes[0] if len(shapes) == 1 else shapes


LENGTH = "length"  # a time dimension that takes any length


def _required_inputs(net, code: str | None) -> tuple:
    """The inputs a call must pass: the entry's trailing parameters that default to None (`hidden=None`, an RNN's
    optional initial state, `forward(self, x, hidden=None)`) are left out of a guess (guessing them a shape gave
    an interface the file does not use: 2 inputs for `model(x)`)."""
    if net.framework != "torch" or len(net.inputs) < 2 or code is None:
        return net.inputs
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return net.inputs
    entry = next((f for c in tree.body if isinstance(c, ast.ClassDef) and c.name == net.name for f in c.body
                  if isinstance(f, ast.FunctionDef) and f.name == "forward"), None)
    if entry is None:
        return net.inputs
    params = entry.args.args[1:]
    defaults = dict(zip([a.arg for a in params[len(params) - len(entry.args.defaults):]], entry.args.defaults))
    inputs = list(net.inputs)
    while len(inputs) > 1 and isinstance(defaults.get(inputs[-1]), ast.Constant) and defaults[inputs[-1]].value is None:
        inputs.pop()
    return tuple(inputs)


def _method_parameter(net, name: str, code: str) -> str | None:
    """The parameter of the model's own method that input `name` is passed to first (`self.forward_once(x1)`
    -> `x` of `def forward_once(self, x)`), whose reads in the method's nodes tell its shape; None otherwise."""
    node = _first_reader(net, name)
    if net.framework != "torch" or node is None or node.op != "layer" or net.layer(node.layer or "") is not None:
        return None
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return None
    method = next((f for c in tree.body if isinstance(c, ast.ClassDef) and c.name == net.name for f in c.body
                   if isinstance(f, ast.FunctionDef) and f.name == node.layer), None)
    if method is None or method.args.vararg is not None:
        return None
    params = [a.arg for a in method.args.args[1:]]
    if len(params) != len(node.inputs) or node.inputs.count(name) != 1 or params[node.inputs.index(name)] in \
            net.inputs:
        return None
    return params[node.inputs.index(name)]


def _flattens_first(net, node) -> bool:
    """`self.flatten(x)`, or `self.encoder(x)` of an `nn.Sequential(nn.Flatten(), nn.Linear(784, 128), ...)`:
    a first Flatten module takes any rank, as `x.view(-1, 784)` does (unless another layer reads the input too)."""
    readers = [n for n in net.nodes if node is not None and set(node.inputs) & set(n.inputs) & set(net.inputs)]
    layer = net.layer(node.layer or "") if node is not None and node.op == "layer" and len(readers) == 1 else None
    while layer is not None and layer.op == "Sequential" and layer.children:
        layer = layer.children[0]
    return layer is not None and plain_flatten(layer)


def _ranked_by_use(net, guessed_rank: set, shapes: list, missing: list) -> list:
    """The inputs whose rank only a dense layer told (it reads any rank: (N, F) guessed), checked against what
    the model does with them: a first flatten/reshape (`x.view(-1, 784)`) takes any rank, so the file does not
    state it; an op reading an axis past the guessed rank (`.transpose(1, 2)`, `x[:, 0, :]`, `.squeeze(2)`, a
    Linear left with the batch axis only after `x.mean(dim=1)`) makes them sequences (N, L, F) if that rank has
    no such conflict. Else (nothing settles it) the rank is missing."""
    guessed = [i for i, name in enumerate(net.inputs) if name in guessed_rank]
    for i in guessed:
        node = _first_reader(net, net.inputs[i])
        spec = all_ops().get(node.op) if node is not None and node.op != "layer" else None
        if spec is not None and spec.shape in ("flatten", "reshape") or _flattens_first(net, node):
            missing.append(f"the rank and sizes of input `{net.inputs[i]}`")
    if missing or not _rank_conflicts(net, [s[1:] for s in shapes]):
        return shapes
    longer = [[s[0], _default(2)] + s[1:] if i in guessed else s for i, s in enumerate(shapes)]
    if _rank_conflicts(net, [s[1:] for s in longer]):
        missing.extend(f"the rank and sizes of input `{net.inputs[i]}`" for i in guessed)
        return shapes
    return longer


def _rank_conflicts(net, shapes: list) -> bool:
    """Some op of the model reads an axis its input does not have at these (per-sample) input shapes."""
    try:
        info = infer(net, tuple(tuple(s) for s in shapes))
    except Exception:  # noqa: BLE001  (the shape pass cannot take them)
        return True
    for node in net.nodes:
        record = info.at.get(node)
        if record is None or not record[0] or not isinstance(record[0][0][0], tuple):
            continue
        rank = len(record[0][0][0]) + 1  # with the batch axis
        spec = all_ops().get(node.op)
        if node.op == "layer":
            layer = net.layer(node.layer or "")
            if rank == 1 and layer is not None and _entry(layer).flat_features_arg:
                return True  # a Linear reading the batch axis only
            continue
        if node.op == "Index":
            items = node.attrs.get("items")
            if isinstance(items, tuple) and "..." not in items and Ellipsis not in items and \
                    sum(item is not None for item in items) > rank:
                return True
            continue
        if spec is None:
            continue
        names = spec.axis_args + tuple(a.name for a in spec.args if a.name in ("dim0", "dim1"))  # a transpose's
        axes = [node.attrs.get(a) for a in names]
        axes = [a for v in axes for a in (v if isinstance(v, tuple) else (v,))
                if isinstance(a, int) and not isinstance(a, bool)]
        top = rank + 1 if spec.new_axis else rank
        if any(a >= top or a <= -top for a in axes):
            # (an axis counted from the end that is the batch axis reads past the rank too: `torch.cat([a, b],
            # dim=-1)` of two (N,) would join batches, a Deep Sets head after `.max(dim=1)` at the wrong rank)
            return True
        dims = node.attrs.get(spec.varargs) if spec.varargs else None
        if spec.shape == "permute" and isinstance(dims, tuple) and len(dims) != rank:
            return True
    return False


def _value(d, env: dict):
    """A dimension as an int: literal, or a parameter/constant the slice knows (`nn.Conv2d(in_ch, ...)`)."""
    if isinstance(d, int) and not isinstance(d, bool):
        return d
    if isinstance(d, Expr):
        try:
            value = evaluate(ast.parse(d.code, mode="eval").body, env)
        except (Unknown, SyntaxError):
            return None
        return value if isinstance(value, int) else None
    return None


_NO_ENTRY = OpSpec(name="", kind="")  # what a layer without a catalog entry (a submodel, opaque) tells


def _entry(layer) -> OpSpec:
    return all_ops().get(layer.op, _NO_ENTRY) if layer is not None else _NO_ENTRY


def _sequence_model(net) -> bool:
    return net.framework == "torch" and any(_entry(l).recurrent or _entry(l).sequence_input
                                            for l in iter_layers(net.layers))


def input_dtype(net) -> str:
    """int64 token ids when the input feeds a layer that reads tokens (an embedding) first, else float32."""
    layer = _layer_reading(net, net.inputs[0]) if net.inputs else None
    if layer is not None:
        return "int64" if _entry(layer).vocabulary_arg else "float32"
    first = next(iter_layers(net.layers), None)
    return "int64" if net.style == "sequential" and _entry(first).vocabulary_arg else "float32"


def _layer_reading(net, name: str):
    """The layer that first reads input `name`, directly or through ops of that one tensor (`x_cat[:, i]` into an
    embedding of a ModuleList): the first leaf of a container; None when no layer reads it."""
    node = first_reader(net, name, passes=lambda n: n.op != "layer",
                        skips=lambda n: n.op != "layer" and len(n.inputs) != 1)
    layer = net.layer(node.layer or "") if node is not None else None
    while layer is not None and layer.op == "ModuleList" and layer.children:
        layer = layer.children[0]
    layer = first_leaf(layer) if layer is not None else None
    return (grown_list_template(net, layer) or layer) if layer is not None else None


def _reads_tokens(net) -> bool:
    return input_dtype(net) == "int64"


def _recurrent_input(net, name: str, env: dict) -> tuple | None:
    """A PyTorch RNN read first: (length, features), or (length, batch, features) time-major; the batch
    axis stays first in the batch shape this returns only when batch_first."""
    node = _first_reader(net, name)
    if node is not None and node.op != "layer":
        return None  # `x = x.unsqueeze(-1)` first: the RNN reads another value than the input (N, T)
    if node is not None and node.inputs[:1] != (name,):
        return None  # the RNN's initial state, not its sequence (`self.gru(embedded, hidden)`: `_recurrent_state`)
    layer = net.layer(node.layer or "") if node is not None else next(iter_layers(net.layers), None)
    if not _entry(layer).recurrent or net.framework != "torch":
        return None
    features = layer.attrs.get("input_size")
    if not layer.attrs.get("batch_first"):
        return None  # time-major: the batch is not the first axis
    return (LENGTH, features)


def _recurrent_state(net, name: str, env: dict) -> list | None:
    """The whole shape (num_layers * directions, BATCH, hidden_size) of an input a PyTorch nn.GRU / nn.RNN reads
    first as its initial state (`self.gru(embedded, hidden)`), whose batch axis is the second; None otherwise (an
    nn.LSTM's state is a pair of such tensors, not one input)."""
    node = _first_reader(net, name)
    if net.framework != "torch" or node is None or node.op != "layer" or node.inputs[1:2] != (name,):
        return None
    layer = net.layer(node.layer or "")
    entry = _entry(layer) if layer is not None else None
    if entry is None or entry.shape != "rnn" or entry.recurrent_states != 1 or \
            not isinstance(layer.attrs.get("bidirectional", False), bool):
        return None  # one state tensor only (an LSTM's is a pair); a constructor flag's bidirectional= is not read
    layers, width = _value(layer.attrs.get("num_layers", 1), env), _value(layer.attrs.get("hidden_size"), env)
    if not isinstance(layers, int) or not isinstance(width, int):
        return None
    return [layers * (2 if layer.attrs.get("bidirectional") else 1), BATCH, width]


def _stepped_input(net, name: str, env: dict) -> tuple | None:
    """(length, features) when the model reads its input one time step at a time first (`x[:, t, :]`, `x[:, t]`,
    `x[:, -1]` in its own loop over `x.size(1)`, `for x_t in x.unbind(dim=1)`) and the step goes to a layer reading
    features (a cell's `input_size`, a Linear's `in_features`, or a Linear's through `torch.cat([x_t, h], dim=1)`):
    the input is a batch-first sequence of those steps; None otherwise."""
    node = _first_reader(net, name)
    if net.framework != "torch" or not _takes_a_step(node):
        return None
    reader = _first_reader(net, node.outputs[0], node)
    steps = set(node.outputs) | {n.outputs[0] for n in net.nodes if n.op == "Item" and n.inputs == node.outputs}
    if reader is not None and _entry_of(reader).shape == "concat":
        features = _features_joined(net, steps, reader, env)
        return (LENGTH, features) if features is not None else None
    layer = net.layer(reader.layer or "") if reader is not None and reader.op == "layer" else None
    if layer is None or layer.op in ("Sequential", "Submodel", "Built"):
        return None
    shape, image = first_layer_input(layer)
    if _entry(layer).shape == "rnn_cell" and reader.inputs[0] in steps:
        shape, image = (layer.attrs.get("input_size"),), False  # a cell's step `cell(x_t, h)` (its states aside)
    if image or not shape or len(shape) != 1:
        return None  # (an image per step, a video: its layout is not followed here)
    return (LENGTH, shape[0])


def _entry_of(node) -> OpSpec:
    return all_ops().get(node.op, _NO_ENTRY)


def _takes_a_step(node) -> bool:
    """`x[:, t, :]`, `x[:, t]`, `x[:, -1]` (a sequence's time step; not a video's frame of more axes), or the
    steps of `x.unbind(dim=1)`."""
    if node is None or len(node.outputs) != 1:
        return False
    if _entry_of(node).shape == "unbind":
        return node.attrs.get("dim") == 1
    items = node.attrs.get("items") if node.op == "Index" else None
    return isinstance(items, tuple) and 2 <= len(items) <= 3 and items[0] == ":" and \
        (items[1] == "int" or isinstance(items[1], int) and not isinstance(items[1], bool)) and \
        all(i == ":" for i in items[2:])


def _features_joined(net, steps: set, concat, env: dict):
    """The features of a step that `torch.cat([x_t, h], dim=1)` joins with other values before a Linear reads the
    join: its `in_features` less the others' widths (a join's width is the sum of its parts: the shape pass at one
    feature tells the others'); None when that Linear, or the others' widths, are not known."""
    reader = _first_reader(net, concat.outputs[0], concat) if concat.attrs.get("dim") in (1, -1) and \
        len([v for v in concat.inputs if v in steps]) == 1 and len(concat.outputs) == 1 else None
    layer = net.layer(reader.layer or "") if reader is not None and reader.op == "layer" else None
    width = _value(layer.attrs.get(_entry(layer).flat_features_arg), env) if layer is not None and \
        _entry(layer).flat_features_arg else None
    if not isinstance(width, int):
        return None
    got = infer_features(net, layer, (_default(2), 1))
    if got and len(got) == 1 and isinstance(got[0], int):
        features = width - got[0] + 1
        return features if features > 0 and infer_features(net, layer, (_default(2), features)) == (width,) else None
    carried = [v for v in concat.inputs if v not in steps]
    out = _value(layer.attrs.get("out_features"), env)
    if len(carried) == 1 and isinstance(out, int) and _becomes(net, reader, carried[0]) and width > out:
        return width - out  # the state the Linear makes again (`h = torch.tanh(self.i2h(torch.cat([x_t, h], 1)))`)
    return None


def _becomes(net, node, name: str) -> bool:
    """The output of `node`, through ops that keep its shape (`torch.tanh`), is bound to `name` again: the
    value a loop carries (an Elman cell's state), which has the same shape at every step."""
    values = set(node.outputs)
    for later in net.nodes[net.nodes.index(node) + 1:]:
        spec = all_ops().get(later.op)
        if set(later.inputs) & values and len(later.inputs) == 1 and spec is not None and spec.shape == "same" \
                and spec.kind != "merge":
            if name in later.outputs:
                return True
            values.update(later.outputs)
    return name in node.outputs


def _block_channels(net, name: str, rank: int, code: str, env: dict):
    """The channels/features of input `name` when a block of the file reads it first (`self.inc =
    DoubleConv(n_channels, 16)`): the block's own first layer's (`nn.Conv2d(in_channels, ...)`), its constructor's
    parameters bound to the call's arguments; None when that does not settle it (a different rank, anything
    not evaluated)."""
    node = _first_reader(net, name)
    layer = net.layer(node.layer or "") if node is not None and node.op == "layer" else None
    found = _block_input(layer, code, env)
    return found[0][0] if found is not None and len(found[0]) == rank else None


def _block_input(layer, code: str, env: dict) -> tuple | None:
    """(per-sample input shape, image?) of the block `layer` (a Submodel of the file) with its channels/features
    evaluated: its own first layer's (`nn.Conv2d(in_channels, ...)`), its constructor's parameters bound to the
    call's arguments; None when that does not settle it."""
    if layer is None or layer.op != "Submodel" or not layer.source:
        return None
    try:
        call = ast.parse(layer.source.strip(), mode="eval").body
        tree = ast.parse(code)
    except SyntaxError:
        return None
    cls = layer.attrs.get("class")
    block = next((n for n in analyze(code).networks if n.name == cls and n.framework == "torch"), None)
    init = next((f for c in tree.body if isinstance(c, ast.ClassDef) and c.name == cls for f in c.body
                 if isinstance(f, ast.FunctionDef) and f.name == "__init__"), None)
    if not isinstance(call, ast.Call) or block is None or init is None or len(block.inputs) != 1:
        return None
    info = infer(block)
    known = info.input_shapes
    if not known or known[0] is None or not known[0]:
        return None
    params = [a.arg for a in init.args.args[1:]]
    defaults = dict(zip(params[len(params) - len(init.args.defaults):], init.args.defaults))
    bound = {}
    try:
        for param, arg in zip(params, call.args):
            bound[param] = evaluate(arg, env)
        for kw in call.keywords:
            if kw.arg is not None:
                bound[kw.arg] = evaluate(kw.value, env)
        for param, default in defaults.items():
            if param not in bound:
                bound[param] = evaluate(default, env)
    except Unknown:
        return None
    if any(isinstance(a, ast.Starred) for a in call.args) or init.args.vararg is not None:
        return None
    first = _value(known[0][0], bound)
    spatial = bool(info.input_spatial and info.input_spatial[0])
    return ((first,) + tuple(known[0][1:]), spatial) if first is not None else None


def _first_reader(net, name: str, after=None):
    """The first node (after node `after`) that reads input `name` or what ops keeping its value make of it
    (`x = x.float()`, a loop's bookkeeping `for layer in self.layers: x = layer(x)`), past reads of its size
    (`x.size(0)`); None when none does."""
    return first_reader(net, name, after=after, passes=_keeps_value,
                        skips=lambda node: not node.outputs or node.op == "Size")


def _keeps_value(node) -> bool:
    if node.form == "loop":
        return True
    spec = all_ops().get(node.op)
    return node.op != "layer" and spec is not None and spec.kind != "merge" and spec.shape == "same"


def _unknown_axes(unknown: list[int], rank: int, spatial: bool) -> str:
    """The axes of an input's per-sample shape a refusal names (it was "the features and features"): "the channels",
    "the features", "the sizes of axes 1 and 2" (counted with the batch axis)."""
    named = [k for k in unknown if k == (0 if spatial else rank - 1)]
    others = [str(k + 1) for k in unknown if k not in named]
    parts = [("the sizes of axes " + ", ".join(others[:-1]) + " and " + others[-1]) if len(others) > 1 else
             f"the size of axis {others[0]}"] if others else []
    return " and ".join(parts + (["the channels" if spatial else "the features"] if named else []))


def missing_message(net, missing: list[str], declared) -> str:
    stated = ""
    if declared:
        stated = "; the file declares " + ", ".join(f"`{text}` (line {line})" for _, _, line, text in declared) + \
            ", which Pivot cannot evaluate statically"
    return (f"the file does not state {' and '.join(missing)} of `{net.name}`{stated}: pass "
            f"--input-shape {net.name}=BATCH,... (';' between the shapes of several inputs)")


def sized_by_linear(net, shape: list, env: dict) -> list:
    """The spatial size at which the first layer with a literal feature count after the convs receives exactly that
    many features: a Linear's in_features (after a flatten), an RNN's input_size (its last axis, after a reshape
    to (N, T, C * W): DeepConvLSTM). The default size if it does; else the size with the most factors of two, the
    usual image sizes; where no square fits, one axis sized and the others at the default (a sensor or EEG
    channel axis of its own: (N, 1, T, 6))."""
    linear = next((l for l in iter_layers(net.layers) if _entry(l).flat_features_arg or _entry(l).recurrent), None)
    arg = "input_size" if linear is not None and _entry(linear).recurrent else _entry(linear).flat_features_arg
    width = _value(linear.attrs.get(arg), env) if linear is not None else None
    if not isinstance(width, int) or len(shape) < 3:
        return shape
    channels, spatial = shape[1], len(shape) - 2
    net = _evaluated(net, env)  # (`nn.Conv2d(1, filters, ...)`: the shape pass multiplies sizes, not names)

    def features(sizes: tuple):
        got = infer_features(net, linear, (channels,) + sizes)
        return got[-1:] if got else got  # (a Linear and an RNN read the last axis: a (N, 1, 16) after a permute)

    def fits(size: int) -> bool:
        return features((size,) * spatial) == (width,)

    at_default = features(tuple(shape[2:]))
    if at_default is None or not all(isinstance(d, int) for d in at_default) or at_default == (width,):
        return shape  # the shape pass cannot size that Linear's input, or the default size fits
    sizes = [s for s in SEARCH if fits(s)]
    if not sizes and spatial == 3:  # a clip or volume: its depth (frames) need not be its height and width
        clips = [(d, s) for d in CLIP_DEPTHS for s in range(1, 257)
                 if infer_features(net, linear, (channels, d, s, s)) == (width,)]
        if clips:
            d, best = max(clips, key=lambda ds: ((ds[1] & -ds[1]), -ds[1], (ds[0] & -ds[0]), -ds[0]))
            return shape[:2] + [d, best, best]
    if not sizes:
        one = _one_axis_sized(shape, features, width)
        if one is not None:
            return one
        raise PivotError(f"no input of {'x'.join(['N'] * spatial)} gives `{linear.name}` = `{linear.source}` its "
                         f"{width} input features: pass --input-shape {net.name}=BATCH,{channels},...")
    return shape[:2] + [_usual(sizes)] * spatial


def _evaluated(net, env: dict):
    """`net` with each layer's attribute the slice's `env` evaluates (`filters`, `n_sensors * 16`) as its value."""
    def value(v):
        if not isinstance(v, Expr):
            return v
        try:
            got = evaluate(ast.parse(v.code, mode="eval").body, env)
        except (Unknown, SyntaxError):
            return v
        plain = isinstance(got, int) or isinstance(got, tuple) and all(isinstance(d, int) for d in got)
        return got if plain and not isinstance(got, bool) else v

    def layer(l):
        return replace(l, attrs=Attrs.of({k: value(v) for k, v in l.attrs}),
                       children=tuple(layer(c) for c in l.children))
    return replace(net, layers=tuple(layer(l) for l in net.layers)) if env else net


def _usual(sizes: list) -> int:
    if len(sizes) > 16:  # the size hardly matters (adaptive pooling): the smallest usual one
        return next((s for s in sizes if s % 32 == 0), sizes[0])
    return max(sizes, key=lambda s: ((s & -s), -s))


def _one_axis_sized(shape: list, count, width: int) -> list | None:
    """The batch shape with one spatial axis sized so that `count(per-sample sizes)` (the features a layer
    receives) is `width` and the others at their default: the axis whose sizes fit, when only one axis has any
    (else the shape does not settle it: None). A conv/pool stack's count grows with each size (never shrinks), so
    the sizes that fit are a run found by bisection; the size taken is checked."""
    found = []
    for k in range(2, len(shape)):
        def at(size: int, k=k):
            got = count((*shape[2:k], size, *shape[k + 1:]))
            return got[0] if got and len(got) == 1 and isinstance(got[0], int) else None
        first = _bisect(lambda size: (at(size) or 0) >= width)
        last = _bisect(lambda size: (at(size) or 0) > width) - 1
        sizes = list(range(first, last + 1)) if first <= last and at(first) == width else []
        best = _usual(sizes) if sizes else None
        if best is not None and at(best) == width:
            found.append(shape[:k] + [best] + shape[k + 1:])
    return found[0] if len(found) == 1 else None


def _bisect(reached) -> int:
    """The first size of SEARCH where `reached` holds (it holds from there on), or one past the last."""
    lo, hi = SEARCH.start, SEARCH.stop
    while lo < hi:
        mid = (lo + hi) // 2
        lo, hi = (lo, mid) if reached(mid) else (mid + 1, hi)
    return lo


CLIP_DEPTHS = (1, 2, 4, 8, 16, 32, 64)  # the depths (frames) tried for a 3-D input whose sides differ


LONGEST = {1: 1 << 15, 2: 1024, 3: 256}  # the largest default size `long_enough` tries per spatial rank


def long_enough(net, shape: list) -> list:
    """The default spatial size, doubled while some conv or pool of the model is left with an empty axis: a raw
    waveform's front end (`nn.Conv1d(1, 32, kernel_size=80, stride=16)` then pools) needs more than 64 samples;
    verify ran PyTorch on 64 ("Kernel size can't be greater than actual input size"). A size a Linear fixed
    (`sized_by_linear`) is not the default and is kept."""
    spatial = len(shape) - 2
    sides = shape[2:]
    if spatial < 1 or len(set(sides)) != 1 or sides[0] != _default(spatial + 1):
        return shape
    size = sides[0]
    while size <= LONGEST.get(spatial, 256) and _empty_axis(net, (shape[1],) + (size,) * spatial):
        size *= 2
    return shape if size > LONGEST.get(spatial, 256) else shape[:2] + [size] * spatial


def _empty_axis(net, sample: tuple) -> bool:
    """The shape pass at this per-sample input leaves some value with a size below one."""
    try:
        info = infer(net, (sample,))
    except Exception:  # noqa: BLE001  (the shape pass cannot take it: nothing to tell)
        return False
    return any(isinstance(d, int) and not isinstance(d, bool) and d < 1
               for record in info.at.values() if record for shapes in record for value, _ in shapes
               if isinstance(value, tuple) for d in value)


def infer_features(net, linear, sample: tuple):
    """The input shape `linear` receives at this per-sample input shape (None: the layers cannot take it)."""
    try:
        return infer(net, (sample,)).layer_in.get(linear.name)
    except Exception:  # noqa: BLE001  (a size the layers cannot take)
        return None


def token_bound(net) -> int:
    """Token ids are drawn below this: the smallest vocabulary of the model's embeddings (10 without one)."""
    sizes = [l.attrs.get(_entry(l).vocabulary_arg) for l in iter_layers(net.layers)
             if _entry(l).vocabulary_arg]
    sizes = [s for s in sizes if isinstance(s, int) and s > 0]
    return min(sizes) if sizes else 10


def _built_first_channels(net, name: str, code: str, env: dict) -> tuple | None:
    """(per-sample shape, image?) of input `name` when a block the constructor builds at run time reads it first
    (`nn.Sequential(*layers)` of a loop's `layers.append(nn.Linear(prev, h))`, a comprehension's
    `nn.ModuleList([nn.Linear(a, b) for a, b in zip(dims[:-1], dims[1:])])`, a method's `self._block(3, 16)`):
    the first layer the constructor builds, run statically (`pivot.inputs._run`), its input size evaluated
    where it is built (`prev = input_size` before the loop, the loop variables at their first values, the
    method's parameters bound to the call's arguments); None when that does not settle it."""
    node = _first_reader(net, name)
    layer = net.layer(node.layer or "") if node is not None and node.op == "layer" else None
    while layer is not None and layer.op == "Sequential" and layer.children:
        layer = layer.children[0]
    built = layer is not None and (layer.op == "Sequential" and layer.attrs.get("dynamic")
                                   or layer.op in ("ModuleList", "ModuleDict", "Built") and not layer.children)
    if not built or not net.templates or net.style != "subclass":
        return None
    try:
        calls = [(ast.parse(t.source.strip(), mode="eval").body, t) for t in net.templates]
        targets = {ast.dump(c): t for c, t in calls if isinstance(c, ast.Call)}  # not `act = nn.ReLU`
        tree = ast.parse(code)
    except SyntaxError:
        return None
    cls = next((c for c in tree.body if isinstance(c, ast.ClassDef) and c.name == net.name), None)
    init = next((f for f in cls.body if isinstance(f, ast.FunctionDef) and f.name == "__init__"), None) \
        if cls is not None else None
    if init is None:
        return None
    defs = {f.name: f for f in [*tree.body, *cls.body] if isinstance(f, ast.FunctionDef)}
    given, env = env, dict(env)
    for prefix, body in (("", tree.body), ("self.", cls.body)):  # module constants; class attributes (`self.cfg`)
        for stmt in body:  # (the last assignment of a name counts; one not evaluated leaves it unknown)
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name) \
                    and prefix + stmt.targets[0].id not in given:
                try:
                    env[prefix + stmt.targets[0].id] = _static(stmt.value, env)
                except _Stop:
                    env.pop(prefix + stmt.targets[0].id, None)
    try:
        first, at = _run(init.body, _Targets(targets, defs), env) or (None, None)
    except _Stop:
        return None
    while first is not None and first.op == "Sequential" and first.children:  # `nn.Sequential(nn.Conv2d(..), ..)`
        first = first.children[0]
    if first is None or _entry(first).recurrent:
        return None
    shape, image = first_layer_input(first)
    if not shape:
        return None
    dims = [_value(d, at) if k == 0 else d for k, d in enumerate(shape)]
    return (tuple(dims), image) if dims[0] is not None else None


class _Stop(Exception):
    """The constructor reaches its first layer where its bindings are not known statically."""


class _Targets:
    """The layers a constructor builds (by `ast.dump` of their call) and the functions it may call to build
    them (`self._block(3, 16)`, `make_block(cin, 16)`)."""

    def __init__(self, layers: dict, defs: dict):
        self.layers, self.defs = layers, defs

    def called(self, node: ast.AST):
        if not isinstance(node, ast.Call):
            return None
        func = node.func
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "self":
            return self.defs.get(func.attr)
        return self.defs.get(func.id) if isinstance(func, ast.Name) else None

    def within(self, node: ast.AST) -> bool:
        return any(ast.dump(n) in self.layers or self.called(n) is not None and self.within_def(n)
                   for n in ast.walk(node))

    def within_def(self, call: ast.Call) -> bool:
        fn = self.called(call)
        seen, self.defs = self.defs, {k: v for k, v in self.defs.items() if v is not fn}  # no recursion
        try:
            return any(self.within(stmt) for stmt in fn.body)
        finally:
            self.defs = seen


def _run(body: list, targets: _Targets, env: dict) -> tuple | None:
    """(the first layer the statements build, the names bound there), run statically: assignments evaluated, a
    loop's variables bound to its first values, a branch taken when its test is known; None when they build
    none of `targets`; `_Stop` when they do where the bindings are not known."""
    for stmt in body:
        if not targets.within(stmt):
            if isinstance(stmt, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
                _assign(stmt, env)
            else:  # a loop, branch or call that may rebind names: they are unknown after it
                for n in ast.walk(stmt):
                    if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store):
                        env.pop(n.id, None)
            continue
        if isinstance(stmt, ast.For):
            values = _static(stmt.iter, env)
            if not values:
                raise _Stop
            _bind(stmt.target, values[0], env)
            return _run(stmt.body, targets, env)
        if isinstance(stmt, ast.If):
            return _run(stmt.body if _static(stmt.test, env) else stmt.orelse, targets, env)
        if isinstance(stmt, (ast.Assign, ast.AugAssign, ast.Expr, ast.AnnAssign, ast.Return)) and \
                stmt.value is not None:
            return _in_expression(stmt.value, targets, env)
        raise _Stop
    return None


def _in_expression(node: ast.AST, targets: _Targets, env: dict) -> tuple:
    """The first of `targets` the expression builds, and the bindings there (a comprehension's variables at their
    first values, a called function's parameters bound to the call's arguments)."""
    if ast.dump(node) in targets.layers:
        return targets.layers[ast.dump(node)], env
    fn = targets.called(node)
    if fn is not None and targets.within_def(node):
        if any(targets.within(a) for a in [*node.args, *node.keywords]):
            raise _Stop  # a layer built in the arguments: evaluated first, not followed here
        return _called(fn, node, targets, env)
    if isinstance(node, (ast.Lambda, ast.DictComp, ast.SetComp)):  # its parameters are bound where it is called
        raise _Stop
    if isinstance(node, (ast.ListComp, ast.GeneratorExp)):
        for gen in node.generators:
            values = _static(gen.iter, env)
            if not values or gen.ifs:
                raise _Stop
            _bind(gen.target, values[0], env)
        return _in_expression(node.elt, targets, env)
    for child in ast.iter_child_nodes(node):
        if targets.within(child):
            return _in_expression(child, targets, env)
    raise _Stop


def _called(fn: ast.FunctionDef, call: ast.Call, targets: _Targets, env: dict) -> tuple:
    """`_run` over the body of the function or method the call runs, its parameters bound to the arguments."""
    params = [a.arg for a in fn.args.args]
    if params and params[0] in ("self", "cls") and not any("staticmethod" in ast.unparse(d)
                                                           for d in fn.decorator_list):
        params = params[1:]
    if fn.args.vararg or fn.args.kwarg or any(isinstance(a, ast.Starred) for a in call.args) or \
            len(call.args) > len(params):
        raise _Stop
    local = dict(env)
    defaults = dict(zip(params[len(params) - len(fn.args.defaults):], fn.args.defaults))
    bound = dict(zip(params, call.args)) | {k.arg: k.value for k in call.keywords if k.arg}
    for param in params:
        if param in bound:
            local[param] = _static(bound[param], env)
        elif param in defaults:
            local[param] = _static(defaults[param], env)
        else:
            raise _Stop
    found = _run(fn.body, targets, local)
    if found is None:
        raise _Stop
    return found


def _assign(stmt, env: dict) -> None:
    targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
    value = stmt.value
    if isinstance(stmt, ast.AugAssign):
        value = ast.BinOp(left=ast.Name(stmt.target.id, ast.Load()), op=stmt.op, right=stmt.value) \
            if isinstance(stmt.target, ast.Name) else None
    try:
        result = _static(value, env) if value is not None else None
        if value is None:
            raise Unknown("")
        for t in targets:
            _bind(t, result, env)
    except (Unknown, _Stop):
        for t in targets:
            for n in ast.walk(t):
                if isinstance(n, ast.Name):
                    env.pop(n.id, None)


def _bind(target: ast.AST, value, env: dict) -> None:
    if isinstance(target, ast.Name):
        env[target.id] = value
    elif isinstance(target, (ast.Tuple, ast.List)) and isinstance(value, tuple) and len(value) == len(target.elts):
        for t, v in zip(target.elts, value):
            _bind(t, v, env)
    elif not isinstance(target, (ast.Attribute, ast.Subscript)):  # `self.x = ...` binds no name
        raise _Stop


_COMPARE = {ast.Eq: lambda a, b: a == b, ast.NotEq: lambda a, b: a != b, ast.Lt: lambda a, b: a < b,
            ast.LtE: lambda a, b: a <= b, ast.Gt: lambda a, b: a > b, ast.GtE: lambda a, b: a >= b,
            ast.In: lambda a, b: a in b, ast.NotIn: lambda a, b: a not in b,
            ast.Is: lambda a, b: a is b, ast.IsNot: lambda a, b: a is not b}


def _static(node: ast.AST, env: dict):
    """`pivot.slice.evaluate`, with the iterables and tests a constructor loops and branches over (range, zip,
    enumerate, reversed, comparisons, `[a, *rest]`); `_Stop` when unknown."""
    try:
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and not node.keywords and \
                node.func.id in ("range", "zip", "enumerate", "reversed") and node.func.id not in env:
            args = [_static(a, env) for a in node.args]
            fn = {"range": range, "zip": zip, "enumerate": enumerate, "reversed": reversed}[node.func.id]
            return tuple(fn(*args))
        if isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in _COMPARE:
            return _COMPARE[type(node.ops[0])](_static(node.left, env), _static(node.comparators[0], env))
        if isinstance(node, ast.BoolOp):
            values = [_static(v, env) for v in node.values]
            return all(values) if isinstance(node.op, ast.And) else any(values)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            return not _static(node.operand, env)
        if isinstance(node, ast.IfExp):
            return _static(node.body if _static(node.test, env) else node.orelse, env)
        if isinstance(node, ast.Dict) and None not in node.keys:
            return {_static(k, env): _static(v, env) for k, v in zip(node.keys, node.values)}
        if isinstance(node, (ast.List, ast.Tuple)) and any(isinstance(e, ast.Starred) for e in node.elts):
            out = []
            for e in node.elts:
                out.extend(_static(e.value, env) if isinstance(e, ast.Starred) else [_static(e, env)])
            return tuple(out)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self" and \
                "self." + node.attr in env:
            return env["self." + node.attr]
        return evaluate(node, env)
    except (Unknown, TypeError, ValueError) as err:
        raise _Stop from err


def _through_axis_op(net, name: str, env: dict, code: str | None = None) -> list | None:
    """The batch shape of input `name` when the model first moves or adds its axes (`x.permute(0, 2, 1)`,
    `x.transpose(0, 1)`, `x.unsqueeze(1)`) and a layer then reads the result: that layer's input (a conv's
    channels, an RNN's features, time-major or not) mapped back through the op; None when that does not settle
    every size (the lengths of spatial/time axes take the default)."""
    node = _first_reader(net, name)
    spec = all_ops().get(node.op) if node is not None and node.op != "layer" else None
    if spec is None or len(node.outputs) != 1 or spec.shape not in ("permute", "transpose"):
        return None
    reader = _first_reader(net, node.outputs[0], node)
    layer = net.layer(reader.layer or "") if reader is not None and reader.op == "layer" else None
    layer = first_leaf(layer) if layer is not None else None  # `self.features(x.transpose(1, 2))` of an
    # nn.Sequential(nn.Conv1d(C, ...), ...): its first layer
    block = _block_input(layer, code, env) if code is not None else None  # a block of the file (CausalConv1d)
    if layer is None or layer.op in ("Sequential", "Built") or layer.op == "Submodel" and block is None:
        return None
    entry = _entry(layer)
    if entry.recurrent:
        features = _value(layer.attrs.get("input_size"), env)
        moved = [BATCH, LENGTH, features] if layer.attrs.get("batch_first") else [LENGTH, BATCH, features]
    else:
        shape, image = block if block is not None else first_layer_input(layer)
        if not shape or not image:
            return None
        moved = [BATCH, _value(shape[0], env)] + [LENGTH] * (len(shape) - 1)
    if moved.count(BATCH) != 1 or any(d is None for d in moved):
        return None
    rank, attrs = len(moved), node.attrs
    order = attrs.get(spec.varargs) if spec.varargs else None
    if spec.shape == "transpose":
        a, b = attrs.get("dim0"), attrs.get("dim1")
        if not isinstance(a, int) or not isinstance(b, int) or not (-rank <= a < rank and -rank <= b < rank):
            return None
        order = list(range(rank))
        order[a % rank], order[b % rank] = order[b % rank], order[a % rank]
    if not isinstance(order, (tuple, list)) or len(order) != rank or \
            sorted(o % rank for o in order if isinstance(o, int)) != list(range(rank)):
        return None
    source = [None] * rank
    for i, o in enumerate(order):
        source[o % rank] = moved[i]
    if not source or source[0] != BATCH or BATCH in source[1:] or source[-1] == LENGTH:
        return None  # the batch moved (not the input's first axis), or image sizes after its channels (a video's
        # (N, T, C, H, W)): this reads channels-last inputs (N, L, C) and sequences (N, T, F) only
    open_length = TOKEN_LENGTH if entry.recurrent else _default(len(source) - 1)
    shape = [BATCH] + [open_length if d == LENGTH else d for d in source[1:]]
    return shape if _linear_fits(net, shape, env) else None


def _linear_fits(net, shape: list, env: dict) -> bool:
    """The first Linear with a known in_features (a head after a flatten) receives that many features from this
    batch shape, or the shape pass cannot tell (the open lengths then do not fix it)."""
    linear = next((l for l in iter_layers(net.layers) if _entry(l).flat_features_arg), None)
    width = _value(linear.attrs.get(_entry(linear).flat_features_arg), env) if linear is not None else None
    if not isinstance(width, int):
        return True
    try:
        got = infer(net, (tuple(shape[1:]),)).layer_in.get(linear.name)
    except Exception:  # noqa: BLE001  (a shape the layers cannot take)
        return False
    return got is None or not all(isinstance(d, int) for d in got) or got == (width,)
