"""Keras training code (`compile`/`fit`/`evaluate`/`predict`, `tf.data` pipelines) to PyTorch.

`model.compile(...)` becomes the optimizer, scheduler and loss objects; `fit`/`evaluate`/`predict` become
calls of PyTorch loops with the same semantics (`torch_support`), so the script keeps its shape.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass

from pivot.catalog.training import TRAINING, lookup, lookup_string
from pivot.model import Expr, value_code
from pivot.training.common import (Edit, TrainOp, Translator, assignments, bind, caveat, construct,
                                   literal_or_expr, method_call, problem, qualified, walk_local, wrapped)

SPELL = {"torch.nn": "nn"}
FIT_ARGS = ("x", "y", "batch_size", "epochs")
KEPT_FIT = {"x", "y", "batch_size", "epochs", "shuffle", "validation_data", "validation_split"}
METRICS = {"accuracy", "acc", "mae", "mse", "mean_absolute_error", "mean_squared_error"}
PLAIN = {"summary": "print({model})",  # a PyTorch module's repr lists its layers
         "count_params": "sum(p.numel() for p in {model}.parameters())"}
IGNORED = {"verbose"}  # progress output only
KERAS_ONLY = {"train_on_batch", "test_on_batch", "predict_on_batch", "save", "save_weights", "load_weights",
              "summary", "get_weights", "set_weights", "get_layer", "count_params"}


@dataclass
class Compiled:
    optimizer: str
    loss: str
    scheduler: str | None
    metrics: tuple[str, ...]


class KerasTraining(Translator):
    target = "torch"

    def __init__(self, source: str, tree: ast.Module, ctx, in_model, models: set[str]):
        super().__init__(source, tree, ctx, in_model, models | _receivers(tree, ("compile", "fit", "evaluate")))
        self._moved: list[Edit] = []  # constructions moved into the compile being translated
        # custom layers of the file whose build(input_shape) makes weights on the first call, in PyTorch too
        self.built_on_first_call: tuple[str, ...] = ()

    def _scope(self, body: list[ast.stmt]) -> None:
        compiled: dict[str, Compiled] = {}
        assigns = assignments(body)
        for stmt in body:
            model = isinstance(stmt, ast.Expr) and method_call(stmt.value, "compile")
            if model:
                compiled[model] = self._compile(stmt, model, assigns)
                continue
            inside = self._compiled_by_builder(stmt)
            if inside is not None:  # `dnn_model = build_and_compile_model()`: compiled where it is built
                target, (call, builder_assigns) = stmt.targets[0].id, inside
                compiled[target] = self._compile(stmt, target, builder_assigns, call)
            if isinstance(stmt, ast.Assign) and self._pipeline(stmt):
                continue
            if any((qualified(n.func, self.ctx) or "").startswith("keras.datasets.")
                   for n in walk_local(stmt) if isinstance(n, ast.Call)):
                self.diagnostics.append(problem(
                    "PIV302", stmt, "Keras's dataset loader is kept: it returns NumPy arrays, which the PyTorch "
                    "loops take as they are (Keras stays installed for it)", "torch", "information"))
            self._calls(stmt, compiled)

    # -- tf.data ---------------------------------------------------------------------------------------------
    def _pipeline(self, stmt: ast.Assign) -> bool:
        """`tf.data.Dataset.from_tensor_slices((x, y)).shuffle(n).batch(b)` as a DataLoader; False if not one."""
        steps, node = [], stmt.value
        while isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            steps.append(node)
            node = node.func.value
        if not steps or qualified(steps[-1].func, self.ctx) != "tensorflow.data.Dataset.from_tensor_slices":
            return False
        source, methods = steps[-1], {c.func.attr: c for c in steps[:-1]}
        unknown = sorted(set(methods) - {"shuffle", "batch", "prefetch", "cache"})
        tensors = source.args[0].elts if source.args and isinstance(source.args[0], ast.Tuple) else source.args
        if unknown or len(source.args) != 1 or "batch" not in methods:
            self._keep(stmt, f"tf.data pipeline: {', '.join(unknown) or 'only from_tensor_slices(...).batch(n)'}"
                       " migrates")
            return True
        batch = methods["batch"]
        as_tensors = ", ".join(f"torch.as_tensor({self.text.of(t)})" for t in tensors)
        args = [f"torch.utils.data.TensorDataset({as_tensors})", f"batch_size={self.text.of(batch.args[0])}"]
        args += ["shuffle=True"] * ("shuffle" in methods)
        drop = next((k.value for k in batch.keywords if k.arg == "drop_remainder"), None)
        args += [f"drop_last={self.text.of(drop)}"] if drop is not None else []
        head = f"{self.text.of(stmt.targets[0])} = torch.utils.data.DataLoader"
        self._replace_lines(stmt, wrapped(self.text.indent(stmt), head, args) + "\n")
        return True

    # -- compile -------------------------------------------------------------------------------------------
    def _compiled_by_builder(self, stmt: ast.stmt) -> tuple[ast.Call, dict] | None:
        """For `name = builder(...)`, a model builder of the file that compiles the model it returns
        (`model.compile(...)` then `return model`): that compile call and the builder's assignments."""
        if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)
                and isinstance(stmt.value, ast.Call) and isinstance(stmt.value.func, ast.Name)):
            return None
        fn = builder_compiles(self.tree, stmt.value.func.id)
        return (fn[0], assignments(fn[1].body)) if fn and self.in_model(fn[1].lineno) else None

    def _compile(self, stmt: ast.stmt, model: str, assigns, call: ast.Call | None = None) -> Compiled | None:
        """`model.compile(...)` as PyTorch objects in its place; a `call` given is a builder's compile, written
        after `stmt`, the statement building the model (the builder's own line is dropped with its model)."""
        inside, call = call is not None, call if call is not None else stmt.value
        given = dict(zip(("optimizer", "loss"), call.args)) | {k.arg: k.value for k in call.keywords}
        prefix = "" if model == "model" else f"{model}_"
        indent = self.text.indent(stmt)
        lines, problems = [], [f"argument `{k}`" for k in given if k not in ("optimizer", "loss", "metrics")]
        optimizer = self._component(given.get("optimizer", ast.Constant("rmsprop")), "optimizer", assigns)
        loss = self._component(given.get("loss"), "loss", assigns) if "loss" in given else None
        names = {"optimizer": _name(given.get("optimizer")) or f"{prefix}optimizer",
                 "loss": _name(given.get("loss")) or f"{prefix}loss_fn"}
        schedule = None
        if optimizer and isinstance(optimizer.attrs.get("lr"), Expr):
            schedule = self._component(ast.parse(optimizer.attrs["lr"].code, mode="eval").body, "schedule",
                                       assigns)
            if schedule:
                optimizer.attrs["lr"] = schedule.attrs["lr0"]
        for op, what in ((optimizer, "optimizer"), (loss, "loss")):
            if op is None:
                problems.append(f"the {what}")
        metrics = _strings(given.get("metrics"))
        if metrics is None or set(metrics) - METRICS:
            problems.append(f"`metrics` other than {sorted(METRICS)}")
        for op in (optimizer, schedule, loss):
            problems += op.problems if op else []
        if self.built_on_first_call:  # `model.parameters()` before the first call lacks them: never trained
            problems.append(f"an optimizer over weights that build() of `{'`, `'.join(self.built_on_first_call)}` "
                            "makes on the first call (call the model once first)")
        moved, self._moved = self._moved, []
        if problems:
            self._keep(stmt, f"compile: {', '.join(problems)} not migrated")
            return None
        code, lost = construct(optimizer.spec, optimizer.attrs, "torch", SPELL, (f"{model}.parameters()",))
        lines.append(f"{indent}{names['optimizer']} = {code}\n")
        scheduler = None
        if schedule:
            scheduler = f"{prefix}scheduler"
            code, more = construct(schedule.spec, _torch_schedule(schedule.attrs), "torch", SPELL,
                                   (names["optimizer"],))
            lost += more
            lines.append(f"{indent}# steps every batch, as Keras schedules do\n{indent}{scheduler} = {code}\n")
        code, more = construct(loss.spec, loss.attrs, "torch", SPELL)
        lines.append(f"{indent}{names['loss']} = {code}\n")
        if lost + more:
            self._keep(stmt, f"compile: {', '.join(lost + more)} has no PyTorch equivalent")
            return None
        if inside:
            end = self.text.lines(stmt)[1]
            self.edits.append(Edit(end, end, "".join(lines)))
        else:
            self._replace_lines(stmt, "".join(lines))
        self.edits += moved
        self._notes(stmt, optimizer)
        self.diagnostics += caveat(optimizer, stmt, "torch")
        return Compiled(names["optimizer"], names["loss"], scheduler, metrics)

    def _component(self, node: ast.AST | None, kind: str, assigns) -> TrainOp | None:
        """The optimizer/loss/schedule a compile argument names: a string, a constructor, or a variable."""
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found = lookup_string(node.value, kind)
            return self._read(node, TrainOp(found[0], bind(ast.Call(ast.Name("x"), [], []), *found, "keras",
                                                            self.text).attrs)) if found else None
        if isinstance(node, ast.Name) and node.id in assigns and isinstance(assigns[node.id].value, ast.Call):
            stmt = assigns[node.id]
            op = self._component(stmt.value, kind, assigns)
            if op:  # built where the model is compiled now: PyTorch needs the model's parameters
                self._moved.append(Edit(*self.text.lines(stmt), ""))
            return op
        if isinstance(node, ast.Call):
            found = lookup(qualified(node.func, self.ctx) or "", "keras")
            if found and found[0].kind == kind:
                return self._read(node, bind(node, *found, "keras", self.text))
        return None

    def _read(self, node: ast.AST, op: TrainOp) -> TrainOp:
        self.ops.append((self.text.span(node), op))
        return op

    # -- fit / evaluate / predict --------------------------------------------------------------------------
    def _calls(self, stmt: ast.stmt, compiled: dict[str, Compiled | None]) -> None:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            return
        for node in walk_local(stmt):
            model = method_call(node, ("fit", "evaluate", "predict"))
            if model and model in self.models:
                self._call(stmt, node, model, compiled.get(model))
            elif (model := method_call(node, tuple(KERAS_ONLY))) in self.models:
                if node.func.attr in PLAIN and not node.args and not node.keywords:
                    self.edits.append(Edit(*self.text.bounds(node), PLAIN[node.func.attr].format(model=model)))
                    continue
                self.diagnostics.append(problem("PIV301", node, f"`{self.text.of(node.func)}` is a Keras "
                                                "model method with no PyTorch equivalent: migrate it by hand",
                                                "torch", "error"))

    def _call(self, stmt, node: ast.Call, model: str, setup: Compiled | None) -> None:
        method = node.func.attr
        names = ("x", "batch_size") if method == "predict" else ("x", "y", "batch_size") if method == "evaluate" \
            else FIT_ARGS
        args = dict(zip(names, (self.text.of(a) for a in node.args)))
        args |= {k.arg: self.text.of(k.value) for k in node.keywords if k.arg}
        unknown = sorted(set(args) - (KEPT_FIT if method == "fit" else set(names)) - IGNORED) + (
            ["**kwargs"] if any(k.arg is None for k in node.keywords) else []) + (
            ["positional arguments"] if len(node.args) > len(names) else [])
        if method != "predict" and setup is None:
            self._keep(stmt, f"`{model}.{method}` needs `{model}.compile(...)` in the same function")
            return
        if unknown:
            self._keep(stmt, f"{method}: {', '.join(unknown)} not migrated")
            return
        if method == "fit":
            self._read(node, _fit_settings(node, setup.metrics))
        data = [args.pop("x"), *([args.pop("y")] if "y" in args else [])]
        for ignored in IGNORED:
            args.pop(ignored, None)
        lead = [model] + ([setup.optimizer, setup.loss] if method == "fit" else
                          [setup.loss] if method == "evaluate" else []) + data
        kwargs = [f"{k}={v}" for k, v in args.items()]
        if method != "predict" and setup.metrics:
            kwargs.append(f"metrics={list(setup.metrics)!r}")
        if method == "fit" and setup.scheduler:
            kwargs.append(f"scheduler={setup.scheduler}")
        if self.images:  # the data keeps Keras's layout; the loops move the channels for the PyTorch model
            kwargs.append("channels_last=True")
        self.edits.append(Edit(*self.text.bounds(node), f"{method}({', '.join(lead + kwargs)})"))
        self.support = True

    # -- helpers ------------------------------------------------------------------------------------------
    def _notes(self, stmt: ast.stmt, optimizer: TrainOp) -> None:
        if optimizer.attrs.get("weight_decay") not in (0, 0.0, None) and optimizer.spec.name != "AdamW":
            self.diagnostics.append(problem(
                "PIV302", stmt, f"Keras's {optimizer.spec.name} decays weights decoupled from the gradient; "
                "PyTorch's `weight_decay` is an L2 term: use AdamW or `decoupled_weight_decay` to match", "torch"))


def builder_compiles(tree: ast.Module, name: str) -> tuple[ast.Call, ast.FunctionDef] | None:
    """The top-level function `name` when it compiles the model it returns (`model.compile(...)` on the name its
    last statement returns): that compile call, and the function."""
    fn = next((n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == name), None)
    if fn is None or not fn.body or not isinstance(fn.body[-1], ast.Return) \
            or not isinstance(fn.body[-1].value, ast.Name):
        return None
    returned = fn.body[-1].value.id
    calls = [s.value for s in fn.body if isinstance(s, ast.Expr) and method_call(s.value, "compile") == returned]
    return (calls[0], fn) if len(calls) == 1 else None


def _fit_settings(call: ast.Call, metrics: tuple[str, ...]) -> TrainOp:
    """Epochs, batch size, shuffling and metrics of a `fit` call, Keras's defaults filled in."""
    given = dict(zip(FIT_ARGS, call.args)) | {k.arg: k.value for k in call.keywords if k.arg}
    attrs = {"epochs": 1, "batch_size": 32, "shuffle": True, "metrics": metrics}
    for key in ("epochs", "batch_size", "shuffle"):
        if key in given:
            attrs[key] = literal_or_expr(ast.unparse(given[key]))
    return TrainOp(TRAINING["Fit"], attrs)


def _torch_schedule(attrs: dict) -> dict:
    """Keras schedule attributes as PyTorch's scheduler takes them (which reads lr0 from the optimizer)."""
    out = dict(attrs)
    lr0 = out.pop("lr0")
    if "alpha" in out:  # cosine: Keras's floor is a fraction of lr0, PyTorch's an absolute rate
        alpha = out.pop("alpha")
        out["eta_min"] = _product(alpha, lr0)
    if out.get("staircase") is False and out.get("step_size") != 1:
        step = out["step_size"]
        out["gamma"] = Expr(f"{value_code(out['gamma'])} ** (1 / {value_code(step)})")
        out["step_size"] = 1
    if out.get("step_size") == 1:
        out["staircase"] = True
    return out


def _numbers(*values) -> bool:
    return all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values)


def _product(a, b):
    return a * b if _numbers(a, b) else Expr(f"{value_code(a)} * {value_code(b)}")


def _name(node) -> str | None:
    return node.id if isinstance(node, ast.Name) else None


def _strings(node) -> tuple[str, ...] | None:
    if node is None:
        return ()
    if isinstance(node, (ast.List, ast.Tuple)) and all(
            isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
        return tuple(e.value for e in node.elts)
    return None


def _receivers(tree: ast.Module, methods: tuple[str, ...]) -> set[str]:
    return {name for node in ast.walk(tree) if (name := method_call(node, methods))}


__all__ = ["KerasTraining", "TRAINING"]
