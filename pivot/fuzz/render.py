"""A plan as source text, in the style people write: Sequential, subclassed (forward/call), functional, builders
with loops. Spellings come from the catalog entry of each op (module/layer names, functions, tensor methods,
argument names and positions)."""
from __future__ import annotations

import os
import random

from pivot.catalog import all_ops
from pivot.fuzz.plan import IDIOMS, PRODUCTS, Merge, Plan, Repeat, Seq2Seq, State, Step, _axis_part, advance, \
    functions, with_width

HEADER = {"torch": "import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n",
          "keras": "import keras\nfrom keras import layers\n"}
INFERRED = ("in_channels", "in_features", "num_features", "normalized_shape", "num_channels", "input_size",
            "embed_dim")


# draw module-level layer factories (`make_conv3()`): on unless PIVOT_FUZZ_FACTORIES=0 (bench/fuzz.py --no-factories)
FACTORIES = os.environ.get("PIVOT_FUZZ_FACTORIES", "1") != "0"


def short(qualified: str) -> str:
    """torch.nn.Conv2d -> nn.Conv2d, torch.nn.functional.relu -> F.relu, keras.layers.Dense -> layers.Dense."""
    for prefix, alias in (("torch.nn.functional.", "F."), ("torch.nn.", "nn."), ("keras.layers.", "layers.")):
        if qualified.startswith(prefix):
            return alias + qualified[len(prefix):]
    return qualified


def lit(value) -> str:
    return repr(value)


class Writer:
    """Writes one plan; `rng` (seeded from the plan) picks among equivalent spellings."""

    def __init__(self, plan: Plan) -> None:
        self.plan, self.fw = plan, plan.framework
        self.rng = random.Random(plan.seed * 7919 + 1)
        self.ops = all_ops()
        self.init: list[str] = []  # constructor lines (subclassed) / layer list entries (sequential)
        self.body: list[str] = []  # forward/call lines, or the functional builder's lines
        self.count = 0
        self.helpers: list[str] = []  # module-level layer factories (`def make_conv3(): return nn.Conv2d(...)`)
        # their own draws (the plan's spellings stay as they were), so a seed's plan is the same with or without them
        self.factories = random.Random(plan.seed * 31 + 7) if FACTORIES else None

    # -- constructors ----------------------------------------------------------------------------------------
    def ctor(self, step: Step, state: State, channels: str | None = None) -> str:
        spec = self.ops[step.op]
        ch = channels or str(state.ch)
        if self.fw == "torch":
            name = spec.torch_module
            if spec.torch_modules_by_rank:
                rank = state.n + 2 if state.kind == "img" else 2
                name = dict(spec.torch_modules_by_rank)[rank]
            pos, kw = [], []
            ordered = sorted((a for a in spec.args if a.torch), key=lambda a: (a.torch_pos is None, a.torch_pos or 0))
            positional = True
            for arg in ordered:
                if arg.name in INFERRED and arg.inferred or arg.inferred and (arg.scaled_by or arg.name == "groups"):
                    value = ch  # a depthwise nn.Conv2d: as many outputs and groups as inputs
                elif arg.name in step.args:
                    value = lit(step.args[arg.name]) if not isinstance(step.args[arg.name], str) or \
                        not step.args[arg.name].startswith("$") else step.args[arg.name][1:]
                else:
                    positional = False
                    continue
                # positional only in its own slot (nn.Upsample's scale_factor is 2nd: `nn.Upsample(2)` is a size)
                if positional and arg.torch_pos == len(pos) and (arg.torch_pos < 2 or self.rng.random() < 0.3):
                    pos.append(value)
                else:
                    positional = False
                    kw.append(f"{arg.torch}={value}")
            return f"{short(name)}({', '.join(pos + kw)})"
        name = spec.keras_layer
        pos, kw = [], []
        ordered = sorted((a for a in spec.args if a.keras), key=lambda a: (a.keras_pos is None, a.keras_pos or 0))
        positional = True
        for arg in ordered:
            if arg.name not in step.args:
                positional = False
                continue
            raw = step.args[arg.name]
            value = raw[1:] if isinstance(raw, str) and raw.startswith("$") else lit(raw)
            if positional and arg.keras_pos == len(pos) and (arg.keras_pos < 1 or self.rng.random() < 0.5):
                pos.append(value)
            else:
                positional = False
                kw.append(f"{arg.keras}={value}")
        if "activation" in step.extra:
            kw.append(f"activation={step.extra['activation']!r}")
        code = f"{short(name)}({', '.join(pos + kw)})"
        if step.extra.get("bidirectional"):
            code = f"layers.Bidirectional({code})"
        return code

    def activation_layer(self, step: Step) -> str:
        spec = self.ops[step.op]
        if self.fw == "keras" and step.form == "activation":
            return f"layers.Activation({spec.keras_activation!r})"
        return self.ctor(step, State("vec"))

    # -- sequential ------------------------------------------------------------------------------------------
    def sequential_entries(self, items, state: State) -> list[str]:
        out = []
        for item in items:
            if isinstance(item, Repeat):
                for width in item.widths:
                    body = with_width(item.body, width)
                    out += self.sequential_entries(body, state)
                    state = advance(Repeat(item.body, (width,)), state, self.fw)
                continue
            out += self.entry(item, state)
            state = advance(item, state, self.fw)
        return out

    def entry(self, step: Step, state: State) -> list[str]:
        spec = self.ops.get(step.op)
        if spec is not None and spec.kind == "activation":
            return [self.activation_layer(step)]
        if spec is not None and spec.shape == "global_pool":
            return self.global_pool(step, state)
        return [self.ctor(step, state)]

    def global_pool(self, step: Step, state: State) -> list[str]:
        spec = self.ops[step.op]
        if self.fw == "torch":
            return [f"{short(spec.torch_module)}({lit(step.args.get('output_size', 1))})", "nn.Flatten()"]
        code = self.ctor(step, state)
        return [code, "layers.Flatten()"] if step.args.get("keepdims") else [code]

    # -- statements (subclassed forward/call, functional builders) -------------------------------------------
    def attr(self, code: str, prefix: str = "layer") -> str:
        """A layer made once: a constructor attribute (subclassed) or an inline constructor (functional)."""
        self.count += 1
        if self.factories is not None and self.factories.random() < 0.15:  # a layer factory of the file
            name = f"make_{prefix}{self.count}"
            self.helpers.append(f"def {name}():\n    return {code}\n")
            code = f"{name}()"
        if self.plan.style in ("subclassed",) or (self.fw == "torch" and self.plan.style == "builder"):
            name = f"{prefix}{self.count}"
            self.init.append(f"self.{name} = {code}")
            return f"self.{name}"
        return code

    def apply(self, step: Step, state: State, x: str, out: str) -> None:
        spec = self.ops.get(step.op)
        emit = self.body.append
        if spec is not None and spec.kind == "activation" and step.form != "module" and step.form != "activation":
            emit(f"{out} = {self.function(step, spec, x)}")
            return
        if spec is not None and spec.kind == "activation":
            emit(f"{out} = {self.attr(self.activation_layer(step), 'act')}({x})")
            return
        if spec is not None and spec.kind == "tensor":
            self.tensor_function(step, x, out)
            return
        if step.op in IDIOMS:
            self.idiom(step, state, x, out)
            return
        if spec is None or (spec.shape == "flatten" and step.form != "module"):
            emit(f"{out} = {self.tensor_op(step, state, x)}")
            return
        if spec.shape == "global_pool":
            codes = self.global_pool(step, state)
            layer = self.attr(codes[0], "pool")
            if len(codes) == 1:
                emit(f"{out} = {layer}({x})")
            elif self.fw == "torch":
                emit(f"{out} = torch.flatten({layer}({x}), 1)")
            else:
                emit(f"{out} = {self.attr(codes[1], 'flatten')}({layer}({x}))")
            return
        layer = self.attr(self.ctor(step, state), step.op.lower()[:4])
        if spec.draw and spec.draw.states:
            self.recurrent(step, layer, x, out)
        elif spec.draw and spec.draw.inputs > 1:  # self-attention: query, key (PyTorch), value
            if self.fw == "torch":
                emit(f"{out}, _ = {layer}({x}, {x}, {x})" if self.rng.random() < 0.7 else
                     f"{out} = {layer}({x}, {x}, {x}, need_weights=False)[0]")
            else:
                emit(f"{out} = {layer}({x}, {x})")
        else:
            emit(f"{out} = {layer}({x})")

    def recurrent(self, step: Step, layer: str, x: str, out: str) -> None:
        emit = self.body.append
        if self.fw == "torch":
            if step.form == "states":
                emit(f"{out}, (h, c) = {layer}({x})" if self.states(step) == 2 else f"{out}, h = {layer}({x})")
            else:
                emit(f"{out}, _ = {layer}({x})")
            return
        if step.args.get("return_state"):
            states = "h, c" if self.states(step) == 2 else "h"
            emit(f"{out}, {states} = {layer}({x})")
            if self.rng.random() < 0.5:
                emit(f"{out} = h")
            return
        emit(f"{out} = {layer}({x})")

    def function(self, step: Step, spec, x: str) -> str:
        if self.fw == "torch" and step.form == "method":
            name = self.rng.choice(spec.torch_methods)
            dim = f"dim={step.args['dim']}" if "dim" in step.args else ""
            return f"{x}.{name}({dim})"
        name = short(self.rng.choice(functions(spec, self.fw, self.plan.style)))
        if "dim" in step.args:
            key = "dim" if self.fw == "torch" else "axis"
            return f"{name}({x}, {key}={step.args['dim']})"
        return f"{name}({x})"

    def tensor_op(self, step: Step, state: State, x: str) -> str:
        rng, torch = self.rng, self.fw == "torch"
        if step.op == "LastStep":
            return f"{x}[:, -1, :]" if rng.random() < 0.5 else f"{x}[:, -1]"
        if step.op == "MeanTime":
            return rng.choice([f"{x}.mean(dim=1)", f"torch.mean({x}, 1)"]) if torch else f"keras.ops.mean({x}, axis=1)"
        if step.op == "SpatialMean":
            axes = tuple(range(2, 2 + state.n)) if torch else tuple(range(1, 1 + state.n))
            return rng.choice([f"{x}.mean({axes})", f"{x}.mean(dim={list(axes)})"]) if torch else \
                f"keras.ops.mean({x}, axis={axes})"
        if step.op == "ViewFlatten":
            return self.view_flatten(step, state, x)
        # the flatten entry as a function or method, from the batch axis on
        spec = self.ops[step.op]
        return f"{spec.torch_functions[0]}({x}, 1)" if step.form == "function" else \
            f"{x}.{spec.torch_methods[0]}(1)"

    def tensor_function(self, step: Step, x: str, out: str) -> None:
        """torch.roll / keras.ops.roll; a chunk into halves (x.chunk, torch.split, keras.ops.split) joined again."""
        a, torch = step.args, self.fw == "torch"
        spec = self.ops[step.op]
        axis = a[spec.axis_args[0]]
        if not spec.parts:
            shift = a["shifts"]
            self.body.append(f"{out} = " + (f"{x}.roll({shift}, {axis})" if step.form == "method" else
                                            f"torch.roll({x}, {shift}, dims={axis})" if torch else
                                            f"keras.ops.roll({x}, shift={shift}, axis={axis})"))
            return
        self.count += 1
        p, q = f"c{self.count}_0", f"c{self.count}_1"
        halves = {"method": f"{x}.chunk(2, dim={axis})", "function": f"torch.chunk({x}, 2, {axis})",
                  "split": f"torch.split({x}, {x}.shape[{axis}] // 2, dim={axis})"}.get(step.form) if torch else \
            f"keras.ops.split({x}, 2, axis={axis})"
        self.body.append(f"{p}, {q} = {halves}")
        combine = step.extra["combine"]
        if combine == "cat":
            joined = f"torch.cat([{q}, {p}], dim={axis})" if torch else f"keras.ops.concatenate([{q}, {p}], axis={axis})"
        else:
            joined = f"{p} + {q}" if combine == "add" else f"{p} * {q}"
        self.body.append(f"{out} = {joined}")

    # -- everyday idioms (plan.IDIOMS) -------------------------------------------------------------------
    def size(self, step: Step, state: State, x: str, axis: int) -> str:
        """The length of `axis`: a literal, or read from the tensor as people write it."""
        part = _axis_part(state, self.fw, axis)
        value = state.ch if part == "ch" else state.size[part]
        if step.extra.get("size") == "literal":
            return str(value)
        if self.fw == "torch":
            return self.rng.choice((f"{x}.size({axis})", f"{x}.shape[{axis}]", f"{x}.size()[{axis}]"))
        return f"{x}.shape[{axis}]"

    def index(self, state: State, axis: int, bound: str) -> str:
        """`[:, :, :bound]` up to `axis` (a negative one: `[..., :bound]` or colons after it)."""
        if axis < 0:
            after = -axis - 1
            return "[..., :" + bound + ", :" * after + "]" if after else f"[..., :{bound}]"
        return "[" + ":, " * axis + f":{bound}]"

    def idiom(self, step: Step, state: State, x: str, out: str) -> None:
        emit, e, torch = self.body.append, step.extra, self.fw == "torch"
        if step.op == "AddRange":
            axis = e["axis"]
            n = self.size(step, state, x, axis)
            if torch:
                rng = f"torch.arange({n}, dtype={x}.dtype)" if e["dtype"] else f"torch.arange({n})"
                if axis == 1 and state.kind == "img":
                    rng = self.rng.choice((f"{rng}.view(-1{', 1' * state.n})",
                                           f"{rng}[:{', None' * state.n}]"))
            else:
                rng = f"keras.ops.arange({n}, dtype='float32')" if e["dtype"] or self.plan.style == "subclassed" \
                    else f"keras.ops.arange({n})"
            emit(f"{out} = {x} + {rng}")
            return
        if step.op == "SliceHalf":
            axis = e["axis"]
            emit(f"{out} = {x}{self.index(state, axis, self.size(step, state, x, axis) + ' // 2')}")
            return
        if step.op == "SplitSizes":
            axis, first = e["axis"], e["first"]
            self.count += 1
            p, q = f"s{self.count}_0", f"s{self.count}_1"
            rest = f"{self.size(step, state, x, axis)} - {first}"
            if torch:
                call = self.rng.choice((f"torch.split({x}, [{first}, {rest}], dim={axis})",
                                        f"{x}.split([{first}, {rest}], {axis})"))
            else:
                call = f"keras.ops.split({x}, [{first}], axis={axis})"
            emit(f"{p}, {q} = {call}")
            if e["join"] == "add":
                emit(f"{out} = {p} + {q}")
            else:
                emit(f"{out} = " + (f"torch.cat([{q}, {p}], dim={axis})" if torch else
                                    f"keras.ops.concatenate([{q}, {p}], axis={axis})"))
            return
        self.squeeze_excite(step, state, x, out)

    def squeeze_excite(self, step: Step, state: State, x: str, out: str) -> None:
        """Channel weights from the global mean, two dense layers and a sigmoid, multiplied into the image."""
        emit, e, n, c = self.body.append, step.extra, state.n, state.ch
        self.count += 1
        w = f"w{self.count}"
        if self.fw == "torch":
            spatial = tuple(range(2, 2 + n))
            emit(f"{w} = {x}.mean({spatial if n > 1 else 2})")
            fc1 = self.attr(f"nn.Linear({c}, {e['hidden']})", "se")
            fc2 = self.attr(f"nn.Linear({e['hidden']}, {c})", "se")
            emit(f"{w} = torch.sigmoid({fc2}(torch.relu({fc1}({w}))))")
            ones = ", 1" * n
            if e["form"] == "index":
                shaped = f"{w}[:, :{', None' * n}]"
            elif e["form"] == "unsqueeze":
                shaped = w + ".unsqueeze(-1)" * n
            elif e["size"] == "read":
                emit(f"b, c = {x}.shape[:2]" if self.rng.random() < 0.5 else f"b, c = {x}.size(0), {x}.size(1)")
                shaped = f"{w}.view(b, c{ones})"
            else:
                shaped = f"{w}.view(-1, {c}{ones})"
            emit(f"{out} = {x} * {shaped}" if e["merge"] == "operator" else f"{out} = torch.mul({x}, {shaped})")
            return
        keep = e["form"] == "keepdims"
        pool = self.attr(f"layers.GlobalAveragePooling{n}D(keepdims=True)" if keep else
                         f"layers.GlobalAveragePooling{n}D()", "se")
        emit(f"{w} = {pool}({x})")
        fc1 = self.attr(f"layers.Dense({e['hidden']}, activation='relu')", "se")
        fc2 = self.attr(f"layers.Dense({c}, activation='sigmoid')", "se")
        emit(f"{w} = {fc2}({fc1}({w}))")
        if not keep:
            target = (1,) * n + (c,)
            emit(f"{w} = {self.attr(f'layers.Reshape({target})', 'se')}({w})")
        emit(f"{out} = {self.attr('layers.Multiply()', 'se')}([{x}, {w}])" if e["merge"] == "layer" else
             f"{out} = {x} * {w}")

    def view_flatten(self, step: Step, state: State, x: str) -> str:
        """`x.view(x.size(0), -1)`, `x.reshape(-1, F)`; Keras `layers.Reshape((-1,))`, `keras.ops.reshape`."""
        f, form = state.features(), step.extra.get("size", "read")
        if self.fw == "torch":
            # (`.view` of a slice is not contiguous: the everyday `x.contiguous().view(...)`)
            method = self.rng.choice(("contiguous().view", "reshape"))
            if form == "literal":
                return f"{x}.{method}(-1, {f})"
            if form == "read":
                return f"{x}.{method}({self.rng.choice((f'{x}.size(0)', f'{x}.shape[0]'))}, -1)"
            return f"{x}.{method}(len({x}), -1)" if self.rng.random() < 0.3 else f"torch.reshape({x}, ({x}.shape[0], -1))"
        if form == "literal":
            return self.rng.choice((f"keras.ops.reshape({x}, (-1, {f}))", f"{self.attr(f'layers.Reshape(({f},))', 'reshape')}({x})"))
        return f"{self.attr('layers.Reshape((-1,))', 'reshape')}({x})"

    def product(self, merge: Merge, state: State, a: str, b: str) -> str:
        """Keras Dot (of vectors: axes 1/-1; of sequences: over the features, (N, T, T)); a sequence times the
        other transposed (torch.bmm, torch.matmul, `@`, keras.ops.matmul)."""
        rng, spec = self.rng, self.ops[merge.op]
        if spec.shape == "matmul":
            bt = f"{b}.transpose(1, 2)" if rng.random() < 0.5 else f"{b}.transpose(-1, -2)"
            if self.fw == "keras":
                return f"keras.ops.matmul({a}, keras.ops.transpose({b}, (0, 2, 1)))"
            if merge.form == "operator":
                return f"{a} @ {bt}"
            return f"{rng.choice(spec.torch_functions)}({a}, {bt})"
        axes = rng.choice((1, -1)) if state.kind == "vec" else rng.choice((2, -1, (2, 2)))
        norm = ", normalize=True" if rng.random() < 0.25 else ""
        if merge.form == "layer":
            return f"{self.attr(f'{short(spec.keras_layer)}(axes={axes}{norm})', 'merge')}([{a}, {b}])"
        return f"{short(spec.keras_functions[0])}([{a}, {b}], axes={axes}{norm})"

    def states(self, step: Step) -> int:
        return self.ops[step.op].draw.states

    def statements(self, items, state: State, x: str) -> State:
        for item in items:
            if isinstance(item, Merge):
                state = self.merge(item, state, x)
            elif isinstance(item, Repeat):
                state = self.loop(item, state, x)
            elif isinstance(item, Seq2Seq):
                state = self.seq2seq(item, state, x)
            else:
                self.apply(item, state, x, x)
                state = advance(item, state, self.fw)
        return state

    def seq2seq(self, item: Seq2Seq, state: State, x: str) -> State:
        """The decoder starts from the encoder's final states (PyTorch: the state tuple; Keras: initial_state)."""
        enc = self.attr(self.ctor(item.encoder, state), "encoder")
        dec = self.attr(self.ctor(item.decoder, state), "decoder")
        lstm = self.states(item.encoder) == 2
        if self.fw == "torch":
            state_names = "(h, c)" if lstm and self.rng.random() < 0.5 else "state"
            self.body.append(f"_, {state_names} = {enc}({x})")
            self.body.append(f"{x}, _ = {dec}({x}, {state_names})")
        else:
            states = "h, c" if lstm else "h"
            self.body.append(f"_, {states} = {enc}({x})")
            init = f"[{states}]" if lstm or self.rng.random() < 0.5 else states
            self.body.append(f"{x} = {dec}({x}, initial_state={init})")
        return advance(item, state, self.fw)

    def merge(self, merge: Merge, state: State, x: str) -> State:
        names = []
        for i, branch in enumerate(merge.branches):
            if not branch:
                names.append(x)
                continue
            name = f"b{self.count}_{i}"
            self.apply(branch[0], state, x, name)
            inner = advance(branch[0], state, self.fw)
            for step in branch[1:]:
                self.apply(step, inner, name, name)
                inner = advance(step, inner, self.fw)
            names.append(name)
        after = advance(merge, state, self.fw)
        a, b = names
        self.body.append(f"{x} = {self.merge_expr(merge, state, a, b)}")
        return after

    def merge_expr(self, merge: Merge, state: State, a: str, b: str) -> str:
        spec = self.ops[merge.op]
        if spec.shape in PRODUCTS:
            return self.product(merge, state, a, b)
        if self.fw == "torch":
            if spec.list_input:  # a concatenation, along the channels (an image's 1, a vector's 1 or -1)
                dim = 1 if state.kind == "img" or (state.kind == "vec" and self.rng.random() < 0.7) else -1
                return f"{self.rng.choice(spec.torch_functions[:2])}([{a}, {b}], dim={dim})"
            if merge.form == "operator":
                return f"{a} {spec.draw.operator} {b}"
            return f"{spec.torch_functions[0]}({a}, {b})"
        if merge.form == "layer":
            inline = self.plan.style == "subclassed" and self.rng.random() < 0.3
            made = f"{short(spec.keras_layer)}()" if inline else self.attr(f"{short(spec.keras_layer)}()", "merge")
            return f"{made}([{a}, {b}])"
        fn = next((f for f in spec.keras_functions if f.startswith("keras.layers.")), None)
        if fn is None:  # no merge layer (Maximum/Minimum): keras.ops takes the two tensors
            return f"{short(spec.keras_functions[0])}({a}, {b})"
        return f"{short(fn)}([{a}, {b}])"

    def loop(self, rep: Repeat, state: State, x: str) -> State:
        """A loop over widths: a torch builder appends to a layer list; Keras applies layers to `x`."""
        widths = lit(rep.widths)
        if self.fw == "torch":
            self.init += ["blocks = []", f"channels = {state.ch}", f"for width in {widths}:"]
            inner = State(state.kind, state.n, 0, state.size)
            for i, step in enumerate(rep.body):
                channels = "channels" if i == 0 else "width"
                code = self.ctor(_symbolic(step), inner, channels) if self.ops[step.op].kind != "activation" else \
                    self.activation_layer(step)
                self.init.append(f"    blocks.append({code})")
            self.init += ["    channels = width", "self.features = nn.Sequential(*blocks)"]
            self.body.append(f"{x} = self.features({x})")
        else:
            self.body.append(f"for width in {widths}:")
            for step in rep.body:
                spec = self.ops[step.op]
                code = self.activation_layer(step) if spec.kind == "activation" else self.ctor(_symbolic(step), state)
                self.body.append(f"    {x} = {code}({x})")
        for width in rep.widths:
            state = advance(Repeat(rep.body, (width,)), state, self.fw)
        return state


def _symbolic(step: Step) -> Step:
    """The loop body's width step with the loop variable as its width."""
    key = "out_channels" if "out_channels" in step.args else "out_features" if "out_features" in step.args else None
    if key is None:
        return step
    return Step(step.op, {**step.args, key: "$width"}, step.form, step.extra)


def render(plan: Plan) -> str:
    """The plan as a source file; the model is named `Net` (a class), `model` or `build_model`."""
    w = Writer(plan)
    head = f'"""Fuzz model (seed {plan.seed}, {plan.framework} {plan.style})."""\n' + HEADER[plan.framework]
    shape = tuple(plan.input_shape()[1:])
    if plan.style == "sequential":
        subclass = w.rng.random() < 0.3  # drawn first: the same for every reduction of the plan
        entries = w.sequential_entries(plan.items, plan.input)
        if plan.framework == "torch":
            if subclass:  # a Sequential subclass: `class Net(nn.Sequential)` passing its layers to super()
                return head + "\n\nclass Net(nn.Sequential):\n    def __init__(self):\n        super().__init__(\n" + \
                    "".join(f"            {e},\n" for e in entries) + "        )\n\n\nmodel = Net()\n"
            return head + "\nmodel = nn.Sequential(\n" + "".join(f"    {e},\n" for e in entries) + ")\n"
        inp = f"keras.Input(shape={shape}" + (", dtype='int64')" if plan.dtype() == "int64" else ")")
        if subclass:
            return head + "\n\nclass Net(keras.Sequential):\n    def __init__(self):\n        super().__init__([\n" + \
                "".join(f"            {e},\n" for e in [inp] + entries) + "        ])\n\n\nmodel = Net()\n"
        return head + "\nmodel = keras.Sequential([\n" + "".join(f"    {e},\n" for e in [inp] + entries) + "])\n"
    if plan.framework == "keras" and plan.style in ("functional", "builder"):
        w.statements(plan.items, plan.input, "x")
        head += "".join("\n\n" + h for h in w.helpers)
        dtype = ", dtype='int64'" if plan.dtype() == "int64" else ""
        lines = [f"inputs = keras.Input(shape={shape}{dtype})", "x = inputs"] + w.body + \
                ["model = keras.Model(inputs, x)" if plan.style == "functional" else "return keras.Model(inputs, x)"]
        if plan.style == "functional":
            return head + "\n" + "".join(line + "\n" for line in lines)
        return head + "\n\ndef build_model():\n" + "".join(f"    {line}\n" for line in lines) + \
            "\n\nmodel = build_model()\n"
    w.statements(plan.items, plan.input, "x")
    head += "".join("\n\n" + h for h in w.helpers)
    base, method = ("nn.Module", "forward") if plan.framework == "torch" else ("keras.Model", "call")
    init = ["super().__init__()"] + w.init
    return (head + f"\n\nclass Net({base}):\n    def __init__(self):\n" + "".join(f"        {l}\n" for l in init)
            + f"\n    def {method}(self, x):\n" + "".join(f"        {l}\n" for l in w.body) + "        return x\n")
