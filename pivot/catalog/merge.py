"""Merges of several tensors: sums, products, dot products, concatenation."""
from __future__ import annotations

import re

from pivot.catalog.domains import AXIS, FLAGS, Draw
from pivot.catalog.shape_rules import Broadcast, Call, ShapeRule
from pivot.catalog.spec import CATALOG, Arg, OpSpec, register
from pivot.catalog.spelling import K
from pivot.model import Expr, Value, value_code


class DotShape(ShapeRule):
    """(batch, n) . (batch, n) -> (batch, 1)."""

    def shape(self, x: tuple, call: Call):
        return ((1,) if all(s is not None and len(s) == 1 for s in call.xs) else None), False


class ConcatShape(ShapeRule):
    """Along `dim` (canonical numbering) the sizes add up; image-like if any input is."""

    joins_list = True
    axis_default = -1

    def shape(self, x: tuple, call: Call):
        xs, axis = call.xs, call.attrs.get("dim", self.axis_default)
        if any(s is None for s in xs) or not isinstance(axis, int):
            return None, any(call.spatial)
        ax = axis - 1 if axis > 0 else len(x) + axis
        if ax < 0 or ax >= len(x) or any(len(s) != len(x) for s in xs):
            return None, any(call.spatial)
        dims = [s[ax] for s in xs]
        out = list(x)
        if all(isinstance(d, int) for d in dims):
            out[ax] = sum(dims)
        elif None not in dims:
            out[ax] = Expr(" + ".join(d.code if isinstance(d, Expr) else str(d) for d in dims))
        else:
            out[ax] = None
        return tuple(out), any(call.spatial)


def _number_arith(attrs: dict, x: str, side: str) -> str:
    """NumberArith's code: the function of the operator's entry (keras.ops', torch's), the number on the side it was
    written; of a number first, `torch.rsub(x, n)` for n - x and `(n / x)` (torch.sub and torch.div take a tensor
    first)."""
    spec = next(s for s in CATALOG.values() if s.operator == attrs["operator"] and s.function_tensors == 2)
    number, reflected = value_code(attrs["other"]), attrs.get("reflected")
    if side == "keras":
        fn = next(fn for fn in spec.keras_functions if fn.startswith("keras.ops."))
        return f"{fn}({number}, {x})" if reflected else f"{fn}({x}, {number})"
    if reflected and attrs["operator"] == "-":
        return f"torch.rsub({x}, {number})"
    if reflected and attrs["operator"] == "/":
        return f"({number} / {x})" if re.fullmatch(r"[\w.]+", x) else f"({number} / ({x}))"
    return f"{spec.torch_functions[0]}({x}, {number})"


NUMBER_ARITH = "NumberArith"


def number_arith(spec: OpSpec, number: Value, reflected: bool) -> tuple[str, dict] | None:
    """The entry and attributes a merge of a tensor and a number is (None: `spec` has no operator)."""
    if not spec.operator or spec.function_tensors != 2:
        return None
    # (a number first of a sum or product is the same operation, written with the tensor first: torch.add takes it so)
    return NUMBER_ARITH, {"operator": spec.operator, "other": number,
                          "reflected": reflected and spec.operator not in ("+", "*")}


def _merges() -> None:
    """Elementwise and concatenating merges."""
    register(OpSpec(
        name="Add", kind="merge", doc="elementwise sum", keras_layer=f"{K}Add",
        torch_functions=("torch.add",), torch_methods=("add",), keras_functions=("keras.layers.add", "keras.ops.add", "tensorflow.add",
                                                          "tensorflow.math.add"),
        shape="broadcast", shape_rule=Broadcast(), keeps_features=True,
        draw=Draw(("img", "vec", "seq"), weight=2, operator="+"), function_tensors=2, python_operators=("Add", "AddAssign"), operator="+",
    ))
    register(OpSpec(
        name="Multiply", kind="merge", doc="elementwise product", keras_layer=f"{K}Multiply",
        torch_functions=("torch.mul", "torch.multiply"), torch_methods=("mul", "multiply"),
        keras_functions=("keras.layers.multiply", "keras.ops.multiply", "tensorflow.multiply",
                         "tensorflow.math.multiply"),
        shape="broadcast", shape_rule=Broadcast(), keeps_features=True,
        draw=Draw(("img", "vec", "seq"), operator="*"), function_tensors=2, python_operators=("Multiply", "MultiplyAssign"), operator="*",
    ))
    register(OpSpec(
        name="Subtract", kind="merge", doc="elementwise difference of two tensors", keras_layer=f"{K}Subtract",
        torch_functions=("torch.sub", "torch.subtract"), torch_methods=("sub", "subtract"),
        keras_functions=("keras.layers.subtract", "keras.ops.subtract", "tensorflow.subtract",
                         "tensorflow.math.subtract"),
        shape="broadcast", shape_rule=Broadcast(), keeps_features=True, function_tensors=2, operator="-",
    ))
    # of two tensors `torch.div(a, b)` / `a.div(b)` / `keras.ops.divide(a, b)`; with a number, NumberArith
    register(OpSpec(
        name="Divide", kind="tensor", doc="elementwise quotient of two tensors",
        torch_functions=("torch.div", "torch.divide", "torch.true_divide"), torch_methods=("div", "divide",
                                                                                         "true_divide"),
        keras_functions=("keras.ops.divide", "keras.ops.true_divide", "tensorflow.divide", "tensorflow.math.divide",
                         "tensorflow.math.truediv", "tensorflow.truediv"),
        args=(Arg("rounding_mode", torch="rounding_mode", torch_default=None),),
        shape="broadcast", shape_rule=Broadcast(), keeps_features=True, function_tensors=2, operator="/",
        unsupported=lambda a: None if a.get("rounding_mode") is None else
        f"rounding_mode={a.get('rounding_mode')!r}: only true division is migrated",
    ))
    register(OpSpec(
        name=NUMBER_ARITH, kind="tensor",
        doc="a tensor and a number combined by +, -, * or / (`x.add(1.0)`, `x.mul(0.5)`, `keras.ops.divide(x, 2)`)",
        args=(Arg("operator", torch="operator", keras="operator"), Arg("other", torch="other", keras="other"),
              Arg("reflected", torch="reflected", keras="reflected", torch_default=False, keras_default=False)),
        emit_keras_call=lambda a, xs: _number_arith(a, xs[0], "keras"),
        emit_torch_call=lambda a, x: _number_arith(a, x, "torch"),
        notes=("Read from a merge's function or method whose other operand is a number; PyTorch gets the Python "
               "operator, Keras the entry's keras.ops function, operands in their order.",),
    ))
    register(OpSpec(
        name="AverageOf", kind="merge", doc="elementwise mean of several tensors", keras_layer=f"{K}Average",
        keras_functions=("keras.layers.average",), reduction="mean",
        shape="broadcast", shape_rule=Broadcast(), keeps_features=True,
        notes=("Keras-only (a layer): PyTorch writes it as `(a + b) / 2`.",),
    ))
    register(OpSpec(
        name="Dot", kind="merge", doc="dot product of two vectors per sample (cosine similarity if normalized)",
        keras_layer=f"{K}Dot", keras_functions=("keras.layers.dot",),
        args=(Arg("axes", keras="axes", keras_pos=0, domain=AXIS),
              Arg("normalize", keras="normalize", keras_pos=1, keras_default=False, domain=FLAGS)),
        shape="dot", shape_rule=DotShape(), draw=Draw(("vec", "seq")),
        notes=("Migrated for (batch, features) inputs: `(a * b).sum(-1, keepdim=True)`, with `F.normalize` "
               "when normalize=True.",),
    ))
    register(OpSpec(
        name="Concat", kind="merge", doc="concatenation along an axis", keras_layer=f"{K}Concatenate",
        torch_functions=("torch.cat", "torch.concat", "torch.concatenate"),
        keras_functions=("keras.layers.concatenate", "keras.ops.concatenate", "tensorflow.concat"),
        args=(Arg("dim", torch="dim", keras="axis", torch_pos=0, keras_pos=0, torch_default=0, keras_default=-1),),
        shape="concat", axis_args=("dim",), list_input=True, shape_rule=ConcatShape(), draw=Draw(("img", "vec", "seq")),
        keras_ops_defaults=(("dim", 0),),  # keras.ops.concatenate joins along axis 0 unless told (the layer: -1)
    ))


_merges()
