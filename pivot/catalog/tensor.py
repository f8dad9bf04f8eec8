"""Tensor functions and methods: reductions, norms, padding, permutes, reshapes, elementwise math."""
from __future__ import annotations

from pivot.catalog import Arg, OpSpec, Seen, Unsupported, register
from pivot.catalog.spelling import F
from pivot.model import Value


def _keras_ord(p: Value) -> Value:
    """PyTorch's vector norm order as keras.ops.norm's `ord`: 2 ('fro' over the given axes) is its default."""
    return None if p in ("fro", 2, 2.0) else p


def _matrix_norm(attrs: dict) -> str | None:
    """keras.ops.norm over two axes is a matrix norm; PyTorch's x.norm(p, dim=(a, b)) stays a vector norm."""
    dims, p = attrs.get("dim"), attrs.get("p")
    if (dims is None or isinstance(dims, tuple)) and _keras_ord(p) is not None:
        return f"p={p!r} over several axes is a matrix norm in Keras; only p=2 is migrated"
    if isinstance(dims, tuple) and len(dims) > 2:
        return "a norm over more than two axes has no keras.ops.norm form"
    if not (p in ("fro", 2, 2.0, 1, 1.0) or p == float("inf")):
        return f"p={p!r} is not migrated (p=1, 2 or inf)"
    return None


def _pad_unsupported(attrs: dict) -> str | None:
    pad, mode = attrs.get("pad"), attrs.get("mode")
    if not (isinstance(pad, tuple) and len(pad) % 2 == 0 and all(isinstance(p, int) for p in pad)):
        return "only literal paddings (a tuple of ints) are migrated"
    if mode not in ("constant", "reflect", "replicate"):
        return f"mode={mode!r} is not migrated (constant, reflect, replicate)"
    if mode == "replicate" and any(p > 1 for p in pad):
        return "replicate padding wider than 1 has no keras.ops.pad mode (TensorFlow lacks 'edge')"
    return None


def _tensor(name: str, torch_fn: str, keras_fn: str, args: tuple[Arg, ...] = (), *, method: str | None = None,
            more_torch: tuple[str, ...] = (), more_keras: tuple[str, ...] = (), shape: str = "same",
            axis_args: tuple[str, ...] = (), doc: str = "", **kw) -> None:
    register(OpSpec(
        name=name, kind="tensor", doc=doc or f"tensor op {torch_fn.split('.')[-1]}",
        torch_functions=(f"torch.{torch_fn}",) + more_torch,
        torch_methods=((method or torch_fn),) if method != "" else (),
        keras_functions=(f"keras.ops.{keras_fn}", f"tensorflow.{keras_fn}") + more_keras,
        args=args, shape=shape, axis_args=axis_args, **kw,
    ))


def _permute_module(attrs: dict, seen: Seen) -> str | None:
    """A PyTorch module that only permutes (see frontends.torch.read_layer): a channels-last -> channels-first
    one is the layout change itself (an identity in Keras, kept so that the Sequential's indices hold); another
    permutation of a non-image is a Permute layer."""
    dims = attrs.get("dims")
    if seen.layout_change:
        return "layers.Identity()"
    if seen.image or not dims or dims[0] != 0:
        return Unsupported("it moves axes of an image-like tensor (or the batch axis), whose layout changes in "
                           "migration; migrate it by hand")
    return f"layers.Permute({tuple(dims[1:])})"


def _tensor_ops() -> None:
    dim = Arg("dim", torch="dim", keras="axis", torch_pos=0, keras_pos=0, torch_default=None, keras_default=None)
    keep = Arg("keepdim", torch="keepdim", keras="keepdims", torch_pos=1, keras_pos=1, torch_default=False,
               keras_default=False)
    for name, fn, kfn in (("Mean", "mean", "mean"), ("Sum", "sum", "sum"), ("Amax", "amax", "max"),
                          ("Amin", "amin", "min")):
        _tensor(name, fn, kfn, (dim, keep), shape="reduce", axis_args=("dim",),
                more_keras=(f"tensorflow.reduce_{kfn}", f"tensorflow.math.reduce_{kfn}"))
    for name, fn in (("Argmax", "argmax"), ("Argmin", "argmin")):
        _tensor(name, fn, fn, (dim, keep), shape="reduce", axis_args=("dim",))
    for name, fn, pair, both in (("MaxDim", "max", ("Amax", "Argmax"), "Maximum"),
                                 ("MinDim", "min", ("Amin", "Argmin"), "Minimum")):
        register(OpSpec(
            name=name, kind="tensor", doc=f"{fn} over an axis: (values, indices); over all axes without `dim`",
            torch_functions=(f"torch.{fn}",), torch_methods=(fn,), args=(dim, keep), shape="reduce",
            axis_args=("dim",), pair=pair, elementwise=both,
        ))
        register(OpSpec(
            name=both, kind="merge", doc=f"elementwise {fn} of two tensors",
            torch_functions=(f"torch.{both.lower()}",), keras_functions=(f"keras.ops.{both.lower()}",
                                                                        f"tensorflow.{both.lower()}"),
            shape="broadcast",
        ))
    register(OpSpec(
        name="Norm", kind="tensor", doc="vector p-norm over the given axes (all axes without `dim`)",
        torch_functions=("torch.norm",), torch_methods=("norm",), keras_functions=("keras.ops.norm",),
        args=(Arg("p", torch="p", keras="ord", torch_pos=0, keras_pos=0, torch_default="fro", keras_default=None,
                  to_keras=_keras_ord, from_keras=lambda v: "fro" if v is None else v),
              Arg("dim", torch="dim", keras="axis", torch_pos=1, keras_pos=1, torch_default=None,
                  keras_default=None),
              Arg("keepdim", torch="keepdim", keras="keepdims", torch_pos=2, keras_pos=2, torch_default=False,
                  keras_default=False)),
        shape="reduce", axis_args=("dim",), unsupported=_matrix_norm,
    ))
    register(OpSpec(
        name="Normalize", kind="tensor", doc="divide by the p-norm over an axis (at least eps)",
        torch_functions=(f"{F}normalize",), keras_functions=("keras.ops.normalize",),
        args=(Arg("p", torch="p", keras="order", torch_pos=0, keras_pos=1, torch_default=2.0, keras_default=2,
                  to_keras=lambda v: int(v) if isinstance(v, float) and v.is_integer() else v),
              Arg("dim", torch="dim", keras="axis", torch_pos=1, keras_pos=0, torch_default=1, keras_default=-1),
              # Keras's default epsilon is backend.epsilon(), 1e-7
              Arg("eps", torch="eps", keras="epsilon", torch_pos=2, keras_pos=2, torch_default=1e-12,
                  keras_default=None, from_keras=lambda v: 1e-7 if v is None else v)),
        shape="same", axis_args=("dim",),
        unsupported=lambda a: None if isinstance(a.get("p"), (int, float)) and float(a["p"]).is_integer()
        and a["p"] >= 1 else f"p={a.get('p')!r}: Keras normalizes with integer orders >= 1 only",
    ))
    # the same in both frameworks' layouts: "not in the catalog" stays the one place that reports
    register(OpSpec(
        name="Passthrough", kind="passthrough", doc="moves, copies or detaches a tensor without changing its "
        "values (`x.contiguous()`, `x.to(device)`): dropped in Keras",
        torch_methods=("contiguous", "clone", "detach", "to", "cuda", "cpu"),
    ))
    register(OpSpec(
        name="TensorAttribute", kind="passthrough", doc="a tensor attribute both frameworks spell alike "
        "(`x.ndim`, `x.dtype`); `x.shape` is read as a size, remapped for image-like tensors",
        tensor_attributes=("shape", "ndim", "dtype", "device"),
    ))
    register(OpSpec(
        name="Cast", kind="tensor", doc="cast to float32 (`x.float()`)", torch_methods=("float",),
        keras_functions=("keras.ops.cast",), args=(Arg("dtype", keras="dtype", keras_pos=0, torch_default="float32"),),
        unsupported=lambda a: None if a.get("dtype") == "float32" else f"a cast to {a.get('dtype')!r} is not "
        "migrated (only float32)",
    ))
    register(OpSpec(
        name="Pad", kind="tensor", doc="pad the last axes (pairs from the last axis backwards)",
        torch_functions=(f"{F}pad",),
        args=(Arg("pad", torch="pad", torch_pos=0), Arg("mode", torch="mode", torch_pos=1, torch_default="constant"),
              Arg("value", torch="value", torch_pos=2, torch_default=None)),
        shape="fpad", unsupported=_pad_unsupported,
        notes=("Keras gets keras.ops.pad with one (before, after) pair per axis, in its own layout.",),
    ))
    _tensor("Permute", "permute", "transpose",
            (Arg("dims", torch="dims", keras="axes", torch_pos=0, keras_pos=0, keras_default=None),),
            shape="permute", varargs="dims", layout_fixed=True, emit_keras_layer=_permute_module)
    _tensor("Transpose", "transpose", "swapaxes",
            (Arg("dim0", torch="dim0", keras="axis1", torch_pos=0, keras_pos=0),
             Arg("dim1", torch="dim1", keras="axis2", torch_pos=1, keras_pos=1)),
            shape="transpose", layout_fixed=True)
    # on image-like values the axis is remapped (a size-1 axis the layout moves is still a known axis);
    # a new axis must be a spatial one (see backends.common.new_axis_position)
    _tensor("Unsqueeze", "unsqueeze", "expand_dims",
            (Arg("dim", torch="dim", keras="axis", torch_pos=0, keras_pos=0),), shape="unsqueeze",
            axis_args=("dim",), new_axis=True)
    _tensor("Squeeze", "squeeze", "squeeze",
            (Arg("dim", torch="dim", keras="axis", torch_pos=0, keras_pos=0, torch_default=None,
                 keras_default=None),), shape="squeeze", axis_args=("dim",))
    _tensor("Matmul", "matmul", "matmul", more_torch=("torch.bmm",), more_keras=("tensorflow.linalg.matmul",),
            shape="matmul")
    _tensor("Stack", "stack", "stack",
            (Arg("dim", torch="dim", keras="axis", torch_pos=0, keras_pos=0, torch_default=0, keras_default=0),),
            method="", shape="stack", axis_args=("dim",), list_input=True, new_axis=True)
    _tensor("Reshape", "reshape", "reshape", method="", shape="reshape", layout_fixed=True,
            doc="reshape to an explicit shape")
    for name, fn in (("Exp", "exp"), ("Log", "log"), ("Sqrt", "sqrt"), ("Abs", "abs")):
        _tensor(name, fn, fn, more_keras=(f"tensorflow.math.{fn}",))


_tensor_ops()
