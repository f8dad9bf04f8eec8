"""PyTorch training code (optimizers, losses, schedulers, DataLoaders and training loops) to Keras.

A loop that only does what `fit` does (zero_grad, forward, loss, backward, clip, step, scheduler) becomes
`compile` + `fit`. Any other loop keeps its statements and becomes a TensorFlow custom training loop:
the forward pass under a `GradientTape`, `backward`/`step` as `tape.gradient`/`apply_gradients`.
"""
from __future__ import annotations

import ast
import textwrap
from dataclasses import dataclass, field, replace

from pivot.catalog.training import TRAINING, lookup
from pivot.model import Expr, value_code
from pivot.training import torch_idioms as idioms
from pivot.training.common import (Edit, TrainOp, Translator, bind, caveat, construct, literal_or_expr, main_blocks,
                                   method_call, problem, qualified, scopes, walk_local)

SPELL = {}
LOADER_IGNORED = {"num_workers", "pin_memory", "persistent_workers", "prefetch_factor"}  # speed only
_ARRAYS = "gives the same data as channels-last uint8 NumPy arrays"
KERAS_DATASETS = {  # torchvision dataset -> what Keras offers instead (every name checked by a test)
    "MNIST": f"`keras.datasets.mnist.load_data()` {_ARRAYS}",
    "FashionMNIST": f"`keras.datasets.fashion_mnist.load_data()` {_ARRAYS}",
    "CIFAR10": f"`keras.datasets.cifar10.load_data()` {_ARRAYS}",
    "CIFAR100": f"`keras.datasets.cifar100.load_data()` {_ARRAYS}",
    "ImageFolder": "`keras.utils.image_dataset_from_directory(root)` reads the same one-folder-per-class layout",
    "DatasetFolder": "`keras.utils.image_dataset_from_directory(root)` reads a one-folder-per-class image layout",
}
CLIP = {"torch.nn.utils.clip_grad_norm_": "global_clipnorm", "torch.nn.utils.clip_grad_value_": "clipvalue"}


@dataclass
class Optimizer:
    stmt: ast.Assign
    op: TrainOp
    model: str
    extra: dict[str, str] = field(default_factory=dict)  # global_clipnorm from the loop


@dataclass
class Scheduler:
    stmt: ast.Assign
    op: TrainOp
    optimizer: str
    per: str = ""  # "step" | "epoch", from where `.step()` is called
    custom: bool = False  # stepped by a custom loop (a function of the epoch, not a callback)


@dataclass
class Loop:
    """A recognised `for epoch in range(N): for xb, yb in loader:` training loop."""

    stmt: ast.For
    inner: ast.For
    model: str
    optimizer: str
    loss: str  # the variable `.backward()` is called on
    criterion: str | None
    clip: tuple[str, str] | None
    fits: bool  # nothing `fit` cannot do
    schedulers: dict


class TorchTraining(Translator):
    target = "keras"

    def run(self) -> "TorchTraining":
        """Every scope's optimizers, losses and data first, then each scope's loops and statements: a `train(model,
        loader, criterion, optimizer)` function knows its arguments from the scope that calls it (the module, an
        `if __name__ == "__main__":` block, a `main()` function), wherever that comes in the file."""
        self._loaders, self._datasets = {}, set()
        self._mains = main_blocks(self.tree)
        self._bodies = [self.tree.body, *[m.body for m in self._mains], *list(scopes(self.tree, self.in_model))[1:]]
        self._found = {id(body): self._constructions(body) for body in self._bodies}
        for body in self._bodies:
            self._scope(body)
        return self

    def _constructions(self, body: list[ast.stmt]) -> tuple[dict, dict, dict]:
        """The scope's optimizers, losses and schedulers by name (its datasets and loaders are read too)."""
        optimizers, losses, schedulers = {}, {}, {}
        for stmt in body:
            if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1
                    and isinstance(stmt.targets[0], ast.Name) and isinstance(stmt.value, ast.Call)):
                continue
            name, call = stmt.targets[0].id, stmt.value
            found = lookup(qualified(call.func, self.ctx) or "", "torch")
            if found and found[0].kind == "optimizer":
                optimizers[name] = self._optimizer(stmt, call, found)
                self.ops.append((self.text.span(call), optimizers[name].op))
            elif found and found[0].kind == "loss":
                losses[name] = (stmt, bind(call, *found, "torch", self.text))
                self.ops.append((self.text.span(call), losses[name][1]))
            elif found and found[0].kind == "schedule" and call.args and isinstance(call.args[0], ast.Name):
                schedulers[name] = Scheduler(stmt, bind(call, *found, "torch", self.text, skip=1), call.args[0].id)
                self.ops.append((self.text.span(call), schedulers[name].op))
            else:
                self._data(stmt, name, call)
        return optimizers, losses, schedulers

    def _scope(self, body: list[ast.stmt]) -> None:
        optimizers, losses, schedulers = self._found[id(body)]
        outer = self._outer(body)  # a function's optimizer and loss are the module's, passed in
        self._losses = losses | outer[1]
        loops = [loop for stmt in body if isinstance(stmt, ast.For)
                 and (loop := self._loop(stmt, optimizers | outer[0], losses | outer[1], schedulers))]
        for name, opt in optimizers.items():
            self._emit_optimizer(name, opt, schedulers)
        for name, (stmt, op) in losses.items():
            self._emit_loss(stmt, name, op)
        for name, sched in schedulers.items():
            self._emit_scheduler(name, sched, optimizers)
        for loop in loops:
            self._emit_loop(loop, schedulers, set(losses) | set(outer[1]))
        done = {id(loop.stmt) for loop in loops} | {id(m) for m in self._mains if body is self.tree.body}
        self._calls(body, set(losses) | set(outer[1]), done)
        self._idioms(body, set(losses) | set(outer[1]), done)

    def _outer(self, body: list[ast.stmt]) -> tuple[dict, dict]:
        """The optimizers and losses a scope reads from outside: in an `if __name__ == "__main__":` block, the
        module's; in a function, the module's (main blocks included) and its caller's, under the names the function
        knows them by (its parameters, bound at the file's call of the function, or the module's own names)."""
        if body is self.tree.body:
            return {}, {}
        module = self._found[id(self.tree.body)]
        if any(body is m.body for m in self._mains):
            return module[0], module[1]
        fn = next(n for n in ast.walk(self.tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))
                  and n.body is body)
        call, caller = self._call_of(fn.name)
        optimizers, losses = dict(module[0]), dict(module[1])
        for scope in [m.body for m in self._mains] + ([caller] if caller is not None else []):
            optimizers |= self._found[id(scope)][0]
            losses |= self._found[id(scope)][1]
        alias = {name: name for name in optimizers | losses}
        if call is not None:
            params = [a.arg for a in fn.args.args]
            given = dict(zip(params, call.args)) | {k.arg: k.value for k in call.keywords if k.arg}
            alias |= {p: v.id for p, v in given.items() if isinstance(v, ast.Name)}
        models = {p for p, v in alias.items() if v in self.models | {"model"}}
        found_opts = {p: replace(optimizers[v], model=next(iter(models), optimizers[v].model))
                      for p, v in alias.items() if v in optimizers}
        return found_opts, {p: losses[v] for p, v in alias.items() if v in losses}

    def _call_of(self, function: str) -> tuple[ast.Call | None, list[ast.stmt] | None]:
        """The file's first call of `function` and the innermost scope it is made in (None: not called)."""
        for body in reversed(self._bodies):  # functions and main blocks before the module that holds them
            for stmt in body:
                call = next((n for n in walk_local(stmt) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
                             and n.func.id == function), None)
                if call is not None:
                    return call, body
        return None, None

    # -- construction statements --------------------------------------------------------------------------
    def _optimizer(self, stmt, call, found) -> Optimizer | None:
        first = call.args[0] if call.args else None
        model = method_call(first, "parameters") if first is not None else None
        op = bind(call, *found, "torch", self.text, skip=1)
        if model is None:
            op.problems.append("parameters other than `model.parameters()` (groups, subsets)")
        return Optimizer(stmt, op, model or "")

    def _emit_optimizer(self, name: str, opt: Optimizer, schedulers) -> None:
        code, lost = construct(opt.op.spec, opt.op.attrs, "keras", SPELL)
        if opt.op.problems or lost:
            self._keep(opt.stmt, f"{opt.op.spec.name}: {', '.join(opt.op.problems + lost)} not migrated")
            return
        if opt.extra:  # gradient clipping the training loop did, which Keras optimizers do themselves
            head, args = code[:-1].split("(", 1)
            code = f"{head}({', '.join([args] * bool(args) + [f'{k}={v}' for k, v in opt.extra.items()])})"
        self._replace(opt.stmt, f"{name} = {code}")
        self.diagnostics += caveat(opt.op, opt.stmt, "keras")
        decay = opt.op.attrs.get("weight_decay")
        if decay not in (0, 0.0, None) and opt.op.spec.name != "AdamW" and not (
                opt.op.spec.name == "SGD" and opt.op.attrs.get("momentum") in (0, 0.0)):
            self.diagnostics.append(problem(
                "PIV302", opt.stmt, f"PyTorch's {opt.op.spec.name} adds weight_decay to the gradient (L2); "
                "Keras decays the weights directly, which changes the updates (AdamW would match exactly)",
                "keras"))

    def _emit_loss(self, stmt, name: str, op: TrainOp) -> None:
        code, lost = construct(op.spec, op.attrs, "keras", SPELL)
        if op.problems or lost:
            self._keep(stmt, f"{op.spec.name}: {', '.join(op.problems + lost)} not migrated")
            return
        self._replace(stmt, f"{name} = {code}")

    def _emit_scheduler(self, name: str, sched: Scheduler, optimizers) -> None:
        opt = optimizers.get(sched.optimizer)
        if opt is None or not sched.per or sched.op.problems:
            why = "its optimizer is not migrated" if opt is None else \
                "`.step()` is not called in a recognised training loop" if not sched.per else \
                ", ".join(sched.op.problems)
            self._keep(sched.stmt, f"scheduler: {why}")
            return
        attrs = dict(sched.op.attrs, lr0=opt.op.attrs["lr"])
        if sched.per == "step":  # Keras schedules advance every optimizer step, as this one does
            if "eta_min" in attrs:
                attrs["alpha"] = _ratio(attrs.pop("eta_min"), attrs["lr0"])
            code, lost = construct(sched.op.spec, attrs, "keras", SPELL)
            code = f"{name} = {code}\n{self.text.indent(sched.stmt)}{sched.optimizer}.learning_rate = {name}"
            if lost:
                self._keep(sched.stmt, f"scheduler: {', '.join(lost)} not migrated")
                return
        else:
            rate = _per_epoch(sched.op.spec.name, attrs)
            code = f"{name} = lambda epoch: {rate}  # the learning rate of each epoch" if sched.custom else \
                f"{name} = keras.callbacks.LearningRateScheduler(lambda epoch: {rate})"
        self._replace(sched.stmt, code)

    def _data(self, stmt: ast.Assign, name: str, call: ast.Call) -> None:
        what = qualified(call.func, self.ctx)
        if what == "torch.utils.data.TensorDataset":
            self._datasets.add(name)
            tensors = self._tensors(stmt, call.args)
            self._replace(stmt, f"{name} = tf.data.Dataset.from_tensor_slices({_tuple(tensors, len(call.args))})")
        elif what == "torch.utils.data.DataLoader":
            self._loader(stmt, name, call)
        elif what and what.startswith("torchvision.datasets."):
            dataset = what.rsplit(".", 1)[-1]
            self._keep(stmt, f"torchvision's {dataset} is not migrated" + (f" ({KERAS_DATASETS[dataset]})"
                                                                         if dataset in KERAS_DATASETS else ""))

    def _loader(self, stmt, name: str, call: ast.Call) -> None:
        given = dict(zip(("dataset", "batch_size", "shuffle"), call.args)) | {k.arg: k.value for k in call.keywords}
        self._loaders[name] = {k: v for k, v in given.items() if k in ("batch_size", "shuffle")}
        unknown = sorted(k for k in given if k not in ("dataset", "batch_size", "shuffle", "drop_last")
                         and k not in LOADER_IGNORED)
        dataset = given.get("dataset")
        inner = isinstance(dataset, ast.Call) and qualified(dataset.func, self.ctx) == "torch.utils.data.TensorDataset"
        if not (inner or isinstance(dataset, ast.Name) and dataset.id in self._datasets):
            unknown.append("a dataset other than a TensorDataset of in-memory tensors")
        if unknown:
            self._keep(stmt, f"DataLoader: {', '.join(unknown)} not migrated")
            return
        tensors = self._tensors(stmt, dataset.args) if inner else ""
        code = f"tf.data.Dataset.from_tensor_slices({_tuple(tensors, len(dataset.args))})" if inner else \
            self.text.of(dataset)
        shuffle = given.get("shuffle")
        if shuffle is not None and not (isinstance(shuffle, ast.Constant) and shuffle.value is False):
            # a buffer as large as the data: a full reshuffle every epoch, as DataLoader does
            size = f"len({self._spelled(dataset.args[0], set(), None, False)})" if inner and dataset.args else f"{code}.cardinality()"
            code += f".shuffle({size})" if isinstance(shuffle, ast.Constant) else \
                f".shuffle({size}) if {self.text.of(shuffle)} else {code}"
        batch = self.text.of(given["batch_size"]) if "batch_size" in given else "1"
        drop = given.get("drop_last")
        code = f"{code}.batch({batch}{', drop_remainder=' + self.text.of(drop) if drop is not None else ''})"
        self._replace(stmt, f"{name} = {_chained(code, self.text.indent(stmt), len(name))}")

    def _tensors(self, stmt, args: list[ast.expr]) -> str:
        """A dataset's tensors; images move to channels-last for the Keras model, which is said."""
        texts = [self._spelled(a, set(), None, False) for a in args]  # `torch.from_numpy(x)` the Keras way
        if self.images and texts and not self._created(stmt, args[0]):
            texts[0] = f"keras.ops.moveaxis({texts[0]}, 1, -1)"
            self.diagnostics.append(problem("PIV202", stmt, "the migrated model takes channels-last images: the "
                                            "first tensor of this dataset is moved to channels-last", "keras"))
        return ", ".join(texts)

    def _created(self, stmt: ast.stmt, node: ast.expr) -> bool:
        """A name the statement's scope binds once, to example data it makes (`x = torch.randn(64, 3, 32, 32)`):
        written channels-last where it is made (`idioms.created`), it must not move again."""
        scope = next((body for body in reversed(self._bodies) if any(stmt in walk_local(s) for s in body)), [])
        bound = [n.value for s in scope for n in walk_local(s) if isinstance(n, ast.Assign)
                 and isinstance(node, ast.Name) and any(isinstance(t, ast.Name) and t.id == node.id for t in n.targets)]
        return len(bound) == 1 and idioms.idiom(bound[0]) == "created"

    # -- loops --------------------------------------------------------------------------------------------
    def _loop(self, stmt: ast.For, optimizers, losses, schedulers) -> Loop | None:
        inner = next((s for s in stmt.body if isinstance(s, ast.For)), None)
        if inner is None:  # one pass over the batches (a `train(dataloader, ...)` function's loop)
            inner = stmt if any(isinstance(s, ast.Expr) and method_call(s.value, "backward") for s in stmt.body) \
                else None
        if inner is None:
            return None
        steps = [s for s in inner.body if isinstance(s, ast.Expr) and method_call(s.value, "step") in optimizers]
        backward = [s for s in inner.body if isinstance(s, ast.Expr) and method_call(s.value, "backward")]
        if not steps or not backward:
            return None
        if len(steps) > 1 or len(backward) > 1:
            self._keep(stmt, "a training loop with several optimizers or backward passes")
            return None
        opt_name = method_call(steps[0].value, "step")
        opt = optimizers[opt_name]
        fits = True
        clip = None
        criterion = None
        for s in inner.body:
            kind = self._kind(s, opt_name, opt.model, schedulers, "step")
            if kind == "clip":
                clip = self._clip(s, opt.model)
            elif kind == "loss":
                criterion = s.value.func.id
            elif kind == "other":
                fits = False
        for s in stmt.body:
            if s is not inner and self._kind(s, opt_name, opt.model, schedulers, "epoch") == "other":
                fits = False
        fits = fits and inner is not stmt  # one pass of a function: `fit` would change its callers
        loss = method_call(backward[0].value, "backward")
        if fits and clip:
            opt.extra[clip[0]] = clip[1]
        fits = fits and criterion in losses and not stmt.orelse and not inner.orelse and \
            self._plain(inner, opt.model, method_call(backward[0].value, "backward"))
        for sched in schedulers.values():
            sched.custom = sched.custom or (not fits and bool(sched.per))
        self.ops.append((self.text.span(stmt), self._loop_settings(stmt, inner)))
        return Loop(stmt, inner, opt.model, opt_name, loss, criterion, clip, fits, schedulers)

    def _loop_settings(self, stmt: ast.For, inner: ast.For) -> TrainOp:
        """Epochs from the outer loop, batch size and shuffling from the DataLoader it iterates."""
        attrs = {"epochs": literal_or_expr(_epochs(stmt)), "batch_size": 1, "shuffle": False, "metrics": ()}
        loader = self._loaders.get(inner.iter.id) if isinstance(inner.iter, ast.Name) else None
        for key, node in (loader or {}).items():
            attrs[key] = literal_or_expr(self.text.of(node))
        return TrainOp(TRAINING["Fit"], attrs)

    def _kind(self, s: ast.stmt, optimizer: str, model: str, schedulers, level: str) -> str:
        call = s.value if isinstance(s, ast.Expr) else None
        if call is not None and (method_call(call, "zero_grad") in (optimizer, model)
                                 or method_call(call, "train") == model or method_call(call, "backward")
                                 or method_call(call, "step") == optimizer):
            return "fit"
        if call is not None and (name := method_call(call, "step")) in schedulers:
            schedulers[name].per = schedulers[name].per or level
            return "fit" if schedulers[name].per == level else "other"
        if call is not None and isinstance(call, ast.Call) and qualified(call.func, self.ctx) in CLIP \
                and self._clip(s, model):
            return "clip"
        if isinstance(s, ast.Assign) and _moves_in_place(s):
            return "fit"
        if isinstance(s, ast.Assign) and isinstance(s.value, ast.Call) and isinstance(s.value.func, ast.Name):
            if s.value.func.id == model:
                return "forward"
            if s.value.func.id in self._losses and len(s.value.args) == 2:
                return "loss"
        if isinstance(s, ast.For) and level == "epoch":
            return "fit"
        return "other"

    @staticmethod
    def _plain(inner: ast.For, model: str, loss: str) -> bool:
        """`for xb, yb in loader:` with `loss = criterion(model(xb), yb)`: exactly what `fit` computes."""
        target = inner.target
        if not (isinstance(inner.iter, ast.Name) and isinstance(target, ast.Tuple) and len(target.elts) == 2
                and all(isinstance(e, ast.Name) for e in target.elts)):
            return False
        x, y = (e.id for e in target.elts)
        outputs = set()
        for s in inner.body:
            value = s.value if isinstance(s, ast.Assign) and isinstance(s.targets[0], ast.Name) else None
            if not isinstance(value, ast.Call) or not isinstance(value.func, ast.Name):
                continue
            names = [a.id if isinstance(a, ast.Name) else None for a in value.args]
            if value.func.id == model:
                if names != [x]:
                    return False
                outputs.add(s.targets[0].id)
            elif s.targets[0].id == loss:
                first = value.args[0]
                direct = isinstance(first, ast.Call) and isinstance(first.func, ast.Name) and \
                    first.func.id == model and [ast.unparse(a) for a in first.args] == [x]
                if not (names[1:] == [y] and (names[0] in outputs or direct)):
                    return False
        return True

    def _clip(self, s: ast.Expr, model: str) -> tuple[str, str] | None:
        """(Keras optimizer argument, value) for `clip_grad_norm_(model.parameters(), max_norm)`."""
        call = s.value
        given = call.args[1:] + [k.value for k in call.keywords if k.arg in ("max_norm", "clip_value")]
        others = [k for k in call.keywords if k.arg not in ("max_norm", "clip_value")]
        if not call.args or method_call(call.args[0], "parameters") != model or len(given) != 1 or others:
            return None
        return CLIP[qualified(call.func, self.ctx)], self.text.of(given[0])

    def _emit_loop(self, loop: Loop, schedulers, losses: set[str]) -> None:
        if loop.fits:
            self._replace(loop.stmt, self._fit_code(loop, schedulers))
            return
        code = self._custom_batch(loop, losses) if loop.inner is loop.stmt else \
            self._custom_loop(loop, schedulers, losses)
        self._replace_lines(loop.stmt, code)
        self._check(loop.stmt, textwrap.dedent(code))

    def _fit_code(self, loop: Loop, schedulers) -> str:
        indent = self.text.indent(loop.stmt)
        epochs = _epochs(loop.stmt)
        data = self.text.of(loop.inner.iter)
        callbacks = [n for n, s in schedulers.items() if s.optimizer == loop.optimizer and s.per == "epoch"]
        fit = f"{loop.model}.fit({data}, epochs={epochs}" + (
            f", callbacks=[{', '.join(callbacks)}]" if callbacks else "") + ")"
        return f"{loop.model}.compile(optimizer={loop.optimizer}, loss={loop.criterion})\n{indent}{fit}"

    def _custom_loop(self, loop: Loop, schedulers, losses: set[str]) -> str:
        """The loop with its own statements, gradients taken under a GradientTape."""
        out = [self.text.source[self.text.lines(loop.stmt)[0]:self.text.offset(*_first(loop.stmt))]]
        epoch = loop.stmt.target.id if isinstance(loop.stmt.target, ast.Name) else None
        for s in loop.stmt.body:
            if s is loop.inner:
                out.append(self._between(loop.stmt.body, s))
                out.append(self._custom_batch(loop, losses))
                continue
            name = method_call(s.value, "step") if isinstance(s, ast.Expr) else None
            out.append(self._between(loop.stmt.body, s))
            if name in schedulers and epoch:
                out.append(f"{self.text.indent(s)}{loop.optimizer}.learning_rate = {name}({epoch} + 1)\n")
            elif self._kind(s, loop.optimizer, loop.model, schedulers, "epoch") != "fit":
                out.append(self._render_stmt(s, losses, loop.model, False, ""))
        return "".join(out)

    def _custom_batch(self, loop: Loop, losses: set[str]) -> str:
        inner, text = loop.inner, self.text
        pad = text.indent(inner) + "    "
        head = text.source[text.lines(inner)[0]:text.offset(*_first(inner))]
        tape, update, after, stage = [], [], [], "tape"
        for s in inner.body:
            gap = self._between(inner.body, s, "    " if stage == "tape" else "")
            kind = self._kind(s, loop.optimizer, loop.model, loop.schedulers, "step")
            if isinstance(s, ast.Expr) and method_call(s.value, "backward"):
                stage = "update"
                update.append(self._between(inner.body, s))
            elif kind in ("fit", "clip"):  # done by the tape and apply_gradients; comments stay
                (tape if stage == "tape" else update).append(gap)
                stage = "after" if isinstance(s, ast.Expr) and method_call(s.value, "step") else stage
            else:
                (tape if stage == "tape" else after).append(
                    gap + self._render_stmt(s, losses, loop.model, stage == "tape", "    " * (stage == "tape")))
        variables = f"{loop.model}.trainable_variables"
        update.append(f"{pad}grads = tape.gradient({loop.loss}, {variables})\n")
        if loop.clip and loop.clip[0] == "global_clipnorm":
            update.append(f"{pad}grads, _ = tf.clip_by_global_norm(grads, {loop.clip[1]})\n")
        elif loop.clip:
            update.append(f"{pad}grads = [tf.clip_by_value(g, -{loop.clip[1]}, {loop.clip[1]}) for g in grads]\n")
        update.append(f"{pad}{loop.optimizer}.apply_gradients(zip(grads, {variables}))\n")
        return "".join([head, f"{pad}with tf.GradientTape() as tape:\n", *tape, *update, *after])

    def _between(self, body: list[ast.stmt], s: ast.stmt, extra: str = "") -> str:
        """Comment and blank lines just before a statement (kept with it)."""
        index = body.index(s)
        if index == 0:
            return ""
        start = self.text.lines(body[index - 1])[1]
        gap = self.text.source[start:self.text.lines(s)[0]]
        return "".join(extra + line if line.strip() else line for line in gap.splitlines(keepends=True))

    # -- evaluation code and other statements that use the model -----------------------------------------
    def _idioms(self, body: list[ast.stmt], losses: set[str], done: set[int]) -> None:
        """Statements outside recognised loops that use a model, a data pipeline or device moves: PyTorch
        idioms rewritten (mode switches dropped, `with torch.no_grad():` unwrapped); what stays PyTorch-only
        is an error. Other statements (data preparation) stay as written."""
        names = self.models | {"model"} | set(self._loaders) | self._datasets | losses
        related = body is not self.tree.body and any(_touches(s, names) for s in body)
        self._dedent: dict[int, int] = {}
        for stmt in body:
            if id(stmt) not in done and not isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) \
                    and not self.in_model(stmt.lineno) and (related or _touches(stmt, names)):
                self._idiom_stmt(stmt, losses)
                names |= {n.id for n in walk_local(stmt) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
        for line, width in self._dedent.items():
            start = self.text.starts[line - 1]
            if self.text.source[start:start + width].strip(" ") == "":
                self.edits.append(Edit(start, start + width, ""))

    def _idiom_stmt(self, stmt: ast.stmt, losses: set[str]) -> None:
        start, end = self.text.bounds(stmt)
        line = self.text.lines(stmt)[0]
        if any(e.start < end and start < e.end or e.start == e.end == line for e in self.edits):
            return  # rewritten by another rule, or kept as written under a TODO
        call = stmt.value if isinstance(stmt, ast.Expr) else None
        if call is not None and method_call(call, ("eval", "train", "to", "cuda", "cpu")):
            self._replace(stmt, f"# {self.text.of(stmt)}: Keras models take `training=` per call "
                          "and are placed on devices by TensorFlow")
        elif isinstance(stmt, ast.Assign) and _moves_in_place(stmt):
            self._replace(stmt, f"# {self.text.of(stmt)}: TensorFlow places tensors itself")
        elif idioms.is_no_grad(stmt):  # TensorFlow records gradients only under a GradientTape
            self.edits.append(Edit(self.text.lines(stmt)[0], self.text.starts[stmt.body[0].lineno - 1], ""))
            self._unindent(stmt)
            for s in stmt.body:
                self._idiom_stmt(s, losses)
        elif isinstance(stmt, (ast.For, ast.AsyncFor, ast.While, ast.If, ast.With, ast.Try)):
            for block in (stmt.body, getattr(stmt, "orelse", []), getattr(stmt, "finalbody", []),
                          *[h.body for h in getattr(stmt, "handlers", [])]):
                for s in block:
                    self._idiom_stmt(s, losses)
        elif next(self._matches(stmt, losses, None), None) is not None:
            code = self._render(stmt, losses, None, False)
            self.edits.append(Edit(start, end, code))
            self._check(stmt, code)
        else:
            self._check(stmt, self.text.of(stmt))

    def _unindent(self, stmt: ast.With) -> None:
        """The lines that start the with-block's statements (and their comments) lose one indentation level;
        lines inside a statement's brackets or strings keep theirs (Python ignores it there)."""
        width = stmt.body[0].col_offset - stmt.col_offset
        inner = {n.lineno for s in stmt.body for n in ast.walk(s) if isinstance(n, ast.stmt)}
        simple = [(n.lineno, n.end_lineno) for s in stmt.body for n in ast.walk(s)
                  if isinstance(n, ast.stmt) and not hasattr(n, "body")]
        for line in range(stmt.body[0].lineno, stmt.end_lineno + 1):
            text = self.text.source[self.text.starts[line - 1]:self.text.starts[line]
                                    if line < len(self.text.starts) else None].strip()
            clause = text.startswith(("else:", "elif ", "except", "finally:")) or text.startswith("#")
            if line in inner or clause and not any(a < line <= b for a, b in simple):
                self._dedent[line] = self._dedent.get(line, 0) + width

    def _check(self, stmt: ast.stmt, code: str) -> None:
        """The safety net: a PyTorch-only method left in migrated training code is an error, never exit 0."""
        try:
            tree = ast.parse(code)
        except SyntaxError:
            return
        torch_names = {name for name, qual in self.ctx.aliases if qual.split(".")[0] == "torch"}
        harmless = {id(n) for call in ast.walk(tree) if isinstance(call, ast.Call)
                    and (qualified(call.func, self.ctx) or "") in idioms.HARMLESS for n in ast.walk(call.func)}
        called = next((n for n in ast.walk(tree) if isinstance(n, ast.Name) and n.id in torch_names
                       and id(n) not in harmless), None)
        if called is not None:
            self.diagnostics.append(problem(
                "PIV301", stmt, f"`{ast.unparse(tree)[:60]}` still calls PyTorch (`{called.id}`) in code that now "
                "handles TensorFlow tensors and models: migrate it by hand", "keras"))
            return
        left = idioms.torch_only_calls(tree) or [
            n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
            and isinstance(n.func.value, ast.Call) and isinstance(n.func.value.func, ast.Name)
            and n.func.value.func.id in self.models | {"model"} and n.func.attr not in idioms.TENSOR_METHODS]
        if left:
            call = ast.unparse(left[0])
            self.diagnostics.append(problem(
                "PIV301", stmt, f"`{call[:60]}`: `.{left[0].func.attr}()` is PyTorch-only (TensorFlow tensors and "
                "Keras models lack it); Pivot cannot migrate it here: migrate it by hand", "keras"))

    # -- statement rewriting ------------------------------------------------------------------------------
    def _render_stmt(self, s: ast.stmt, losses: set[str], model: str, training: bool, extra: str) -> str:
        start, end = self.text.lines(s)
        body = self.text.source[start:self.text.offset(s.lineno, s.col_offset)] + self._render(
            s, losses, model, training) + self.text.source[self.text.offset(s.end_lineno, s.end_col_offset):end]
        return "".join(extra + line if line.strip() else line for line in body.splitlines(keepends=True))

    def _render(self, node: ast.AST, losses: set[str], model: str | None, training: bool) -> str:
        """The node's text with PyTorch idioms inside it rewritten (innermost first)."""
        start, end = self.text.bounds(node)
        pieces = []
        for child in self._matches(node, losses, model):
            a, b = self.text.bounds(child)
            pieces.append((a, b, self._rewrite(child, losses, model, training)))
        text = self.text.source[start:end]
        for a, b, new in sorted(pieces, reverse=True):
            text = text[:a - start] + new + text[b - start:]
        return text

    def _matches(self, node: ast.AST, losses: set[str], model: str | None):
        for child in ast.iter_child_nodes(node):
            if self._rule(child, losses, model):
                yield child
            else:
                yield from self._matches(child, losses, model)

    def _rule(self, node: ast.AST, losses: set[str], model: str | None) -> str | None:
        found = idioms.idiom(node)
        if found == "created" and self.images is None and len(idioms.sizes(node, node.func.attr)) >= 3:
            return None  # whether its second axis is channels (moved last for Keras) is not known: left, reported
        if found == "reshape" and self.images is not False and idioms.target_rank(node) >= 3:
            return None  # `images.view(-1, 1, 28, 28)` makes a channels-first image the Keras model does not read
        if found or not isinstance(node, ast.Call):
            return found
        if isinstance(node.func, ast.Attribute) and node.func.attr in ("item", "detach", "cpu") and not node.args:
            return node.func.attr
        if isinstance(node.func, ast.Name) and node.func.id in losses and len(node.args) == 2:
            return "loss"
        if isinstance(node.func, ast.Name) and node.func.id == model:
            return "model"
        return None

    def _spelled(self, node: ast.AST, losses: set[str], model: str | None, training: bool) -> str:
        """The node's text, itself and the idioms inside it rewritten."""
        return self._render(node, losses, model, training) if self._rule(node, losses, model) is None else \
            self._rewrite(node, losses, model, training)

    def _rewrite(self, node: ast.Call, losses: set[str], model: str | None, training: bool) -> str:
        def sub(n):
            return self._spelled(n, losses, model, training)

        rule = self._rule(node, losses, model)
        if rule == "weights":
            self.diagnostics.append(problem("PIV302", node, "Keras writes and reads weights only in files named "
                                            "`*.weights.h5`: the file is named so, and it holds Keras's weights, "
                                            "not a PyTorch state_dict", "keras", "information"))
        if rule in idioms.REWRITTEN:
            return idioms.rewrite(node, rule, sub)
        if rule == "created":
            return idioms.created(node, sub, self.images)
        if rule == "item":
            return f"float({sub(node.func.value)})"
        if rule in ("detach", "cpu"):
            return sub(node.func.value)
        args = [sub(a) for a in node.args] + [self.text.of(k) for k in node.keywords]
        if rule == "loss":  # Keras losses take (y_true, y_pred)
            args[0], args[1] = args[1], args[0]
        elif training:
            args.append("training=True")
        return f"{self.text.of(node.func)}({', '.join(args)})"

    def _calls(self, body: list[ast.stmt], losses: set[str], done: set[int]) -> None:
        """Outside the loops: losses take (y_true, y_pred); mode and device calls on models are dropped."""
        for stmt in body:
            if id(stmt) in done or isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                continue
            call = stmt.value if isinstance(stmt, ast.Expr) else None
            model = call is not None and method_call(call, ("eval", "train", "to", "cuda", "cpu"))
            if model and model in self.models | {"model"}:
                self._replace(stmt, f"# {self.text.of(stmt)}: Keras models take `training=` per call "
                              "and are placed on devices by TensorFlow")
                continue
            if isinstance(stmt, ast.Assign) and (_moves_in_place(stmt) or self._device_choice(stmt)):
                self._replace(stmt, f"# {self.text.of(stmt)}: TensorFlow places tensors itself")
                continue
            if not hasattr(stmt, "body") and any(self._rule(n, losses, None) == "loss" for n in walk_local(stmt)):
                start, end = self.text.bounds(stmt)
                self.edits.append(Edit(start, end, self._render(stmt, losses, None, False)))



    def _device_choice(self, stmt: ast.Assign) -> bool:
        """`device = torch.device("cuda" if torch.cuda.is_available() else "cpu")` whose every use is a move
        (`x.to(device)`, `device=device`), which the migration drops: the line has nothing left to do."""
        if len(stmt.targets) != 1 or not isinstance(stmt.targets[0], ast.Name):
            return False
        calls = [qualified(n.func, self.ctx) for n in ast.walk(stmt.value) if isinstance(n, ast.Call)]
        if not calls or any(c not in ("torch.device", "torch.cuda.is_available") for c in calls):
            return False
        name, moves = stmt.targets[0].id, set()
        for n in ast.walk(self.tree):
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "to":
                moves |= {id(a) for a in n.args}
            if isinstance(n, ast.Call):
                moves |= {id(k.value) for k in n.keywords if k.arg == "device"}
        uses = [n for n in ast.walk(self.tree) if isinstance(n, ast.Name) and n.id == name and n is not stmt.targets[0]]
        return all(id(n) in moves for n in uses)


def _touches(stmt: ast.stmt, names: set[str]) -> bool:
    """The statement uses one of `names`, moves something to a device, makes example tensors (`get_inputs()`'s
    `torch.randn(...)`) or turns gradients off."""
    return any(isinstance(n, ast.Name) and n.id in names or idioms.idiom(n) in ("device", "created")
               or isinstance(n, ast.stmt) and idioms.is_no_grad(n) for n in walk_local(stmt))


def _moves_in_place(stmt: ast.Assign) -> bool:
    """`x, y = x.to(device), y.to(device)`: a no-op in TensorFlow (`model = Net().to(device)` or
    `inputs = data[0].to(device)` are not: their moves are dropped, the assignments stay)."""
    if not _is_device_move(stmt.value) or len(stmt.targets) != 1:
        return False
    values = stmt.value.elts if isinstance(stmt.value, ast.Tuple) else [stmt.value]
    targets = stmt.targets[0].elts if isinstance(stmt.targets[0], ast.Tuple) else [stmt.targets[0]]
    return [ast.unparse(t) for t in targets] == [ast.unparse(v.func.value) for v in values]


def _chained(code: str, indent: str, name_length: int, width: int = 100) -> str:
    """A long `a.b(...).c(...)` pipeline, one step per line inside parentheses."""
    if len(indent) + name_length + 3 + len(code) <= width or " if " in code:
        return code
    steps, depth, start = [], 0, 0
    for i, ch in enumerate(code):
        depth += ch in "([{"
        depth -= ch in ")]}"
        if ch == "." and depth == 0 and code[i - 1] == ")":
            steps.append(code[start:i])
            start = i
    steps.append(code[start:])
    return "(\n" + "".join(f"{indent}    {step}\n" for step in steps) + f"{indent})"


def _tuple(items: str, n: int) -> str:
    return f"({items},)" if n == 1 else f"({items})"


def _first(stmt: ast.For) -> tuple[int, int]:
    """Where the loop's first body statement's line starts."""
    return stmt.body[0].lineno, 0


def _epochs(stmt: ast.For) -> str:
    it = stmt.iter
    if isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "range" and len(it.args) == 1:
        return ast.unparse(it.args[0])
    return f"len({ast.unparse(it)})"


def _is_device_move(node: ast.AST) -> bool:
    """`x.to(device)` or a tuple of them."""
    if isinstance(node, ast.Tuple):
        return all(_is_device_move(e) for e in node.elts)
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("to", "cuda")


def _ratio(a, b):
    if all(isinstance(v, (int, float)) for v in (a, b)):
        return a / b
    return Expr(f"{value_code(a)} / {value_code(b)}")


def _per_epoch(op: str, attrs: dict) -> str:
    """The learning rate of epoch `epoch` (0-based) under a PyTorch scheduler stepped once per epoch."""
    lr0 = value_code(attrs["lr0"])
    if op == "ExponentialDecay":
        step, gamma = value_code(attrs["step_size"]), value_code(attrs["gamma"])
        return f"{lr0} * {gamma} ** epoch" if attrs["step_size"] == 1 else f"{lr0} * {gamma} ** (epoch // {step})"
    eta, t_max = value_code(attrs["eta_min"]), value_code(attrs["T_max"])
    return f"{eta} + ({lr0} - {eta}) * (1 + math.cos(math.pi * epoch / {t_max})) / 2"
