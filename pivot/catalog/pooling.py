"""Pooling: max, average and global."""
from __future__ import annotations

from pivot.catalog.domains import DILATION, FLAGS, FLAGS_ON, Choice, Draw, Ints, Sides
from pivot.catalog.shape_rules import (
    Call,
    ConvShape,
    ShapeRule,
    image_input,
    int_or_none,
)
from pivot.catalog.spec import REQUIRED, Arg, OpSpec, SupportCall, register
from pivot.catalog.spelling import PADDINGS, PER_STEP_IMAGE, F, K, T, keras_padding_in


class GlobalPoolShape(ShapeRule):
    """Adaptive pooling: to `output_size` per spatial axis; to one value per channel (PyTorch keeps the pooled
    axes as ones, Keras drops them unless keepdims)."""

    fixed_size = True

    def rank_only(self, spec: OpSpec):
        return (None,) * (spec.spatial + 1)

    def shape(self, x: tuple, call: Call):
        size = call.attrs.get("output_size")
        if size not in (1, (1,), (1, 1), (1, 1, 1), None):
            sizes = size if isinstance(size, tuple) else (size,) * (len(x) - 1)
            # (None: PyTorch keeps that axis as it is)
            return (x[0],) + tuple(a if v is None else int_or_none(v) for a, v in zip(x[1:], sizes)), True
        keep = call.attrs.get("keepdims", False)
        return ((x[0],) + (1,) * (len(x) - 1) if keep else (x[0],)), bool(keep)

    def first_input(self, spec: OpSpec, attrs):
        return image_input(spec, attrs)


_NO_CEIL = (False, "ceil_mode=True has no Keras equivalent")


def _pool(kind: str, n: int) -> None:
    torch_name = f"{kind}Pool{n}d"
    keras_name = f"{'Max' if kind == 'Max' else 'Average'}Pooling{n}D"
    args = [
        Arg("kernel_size", torch="kernel_size", keras="pool_size", torch_pos=0, keras_pos=0, keras_default=2,
            domain=Ints(values=(2, 3))),
        Arg("stride", torch="stride", keras="strides", torch_pos=1, keras_pos=1, torch_default=None, keras_default=None,
            domain=Ints(optional=True, values=(None, 1, 2))),
        Arg("padding", torch="padding", keras="padding", torch_pos=2, keras_pos=2, torch_default=0,
            keras_default="valid", from_keras=keras_padding_in, keras_values=PADDINGS,
            domain=Sides(torch=Ints(min=0, values=(0, 1)), keras=Choice(PADDINGS))),
    ]
    if kind == "Max":
        args += [Arg("dilation", torch="dilation", torch_pos=3, torch_default=1, domain=DILATION,
                keras_requires=(1, "dilated pooling has no Keras equivalent")),
                 Arg("return_indices", torch="return_indices", torch_pos=4, torch_default=False,
                keras_requires=(False, "return_indices=True has no Keras equivalent")),
                 Arg("ceil_mode", torch="ceil_mode", torch_pos=5, torch_default=False, domain=FLAGS,
                keras_requires=_NO_CEIL)]
    else:
        args += [Arg("ceil_mode", torch="ceil_mode", torch_pos=3, torch_default=False, domain=FLAGS,
                     keras_requires=_NO_CEIL),
                 Arg("count_include_pad", torch="count_include_pad", torch_pos=4, torch_default=True,
                     domain=FLAGS_ON)]
        if n > 1:  # nn.AvgPool1d has no divisor_override
            args.append(Arg("divisor_override", torch="divisor_override", torch_pos=5, torch_default=None,
                            domain=Ints(optional=True, values=(None, 3)),
                            keras_requires=(None, "divisor_override has no Keras equivalent")))
    fn = "max" if kind == "Max" else "avg"
    register(OpSpec(
        name=torch_name, kind="layer", doc=f"{n}-D {kind.lower()} pooling",
        torch_module=f"{T}{torch_name}", keras_layer=f"{K}{keras_name}",
        keras_layer_aliases=(f"{K}{kind}Pool{n}D",),
        torch_functions=(f"{F}{fn}_pool{n}d",), args=tuple(args),
        # one function for every rank: read as the entry of its pool size's length (frontends.flow.pool_of_rank)
        keras_functions=(f"keras.ops.{'max' if kind == 'Max' else 'average'}_pool",),
        spatial=n, shape="pool", layout_sensitive=True, shape_rule=ConvShape(channels=None),
        draw=Draw(("img",), always=("kernel_size",)), name_prefix="pool", reduction=kind.lower(),
        variants=(PER_STEP_IMAGE,),
        # a padded or ceil_mode max pool is Pivot's `TorchMaxPool` in Keras (-inf padding), read back as this
        keras_support_call=SupportCall("TorchMaxPool", rank=n) if kind == "Max" else None,
        notes=(("PyTorch counts zero padding in the average; Keras 'same' excludes it.",) if kind == "Avg" else ()),
    ))



def _global_pool(kind: str, n: int) -> None:
    keras_name = f"Global{'Max' if kind == 'Max' else 'Average'}Pooling{n}D"
    register(OpSpec(
        name=f"Global{kind}Pool{n}d", kind="layer", doc=f"global {kind.lower()} pooling over {n} spatial axes",
        torch_module=f"{T}Adaptive{kind}Pool{n}d", keras_layer=f"{K}{keras_name}",
        keras_layer_aliases=(f"{K}Global{kind}Pool{n}D",),
        torch_functions=(f"{F}adaptive_{kind.lower()}_pool{n}d",),
        args=(
            Arg("output_size", torch="output_size", torch_pos=0, torch_default=REQUIRED,
                domain=Ints(values=(1, 1, 2))),  # 1 (global pooling) twice as often
            # PyTorch keeps the pooled axes (N, C, 1, 1); Keras drops them unless keepdims=True.
            Arg("keepdims", keras="keepdims", torch_default=True, keras_default=False, domain=FLAGS),
        ),
        spatial=n, shape="global_pool", layout_sensitive=True, shape_rule=GlobalPoolShape(),
        draw=Draw(("img",), to_vec=True), name_prefix=f"g{kind[0].lower()}p", reduction=kind.lower(),
        variants=(PER_STEP_IMAGE,),
        # an output size > 1 is Pivot's `TorchAdaptivePooling(output_size, mode=..., rank=...)` in Keras
        keras_support_call=SupportCall("TorchAdaptivePooling", selects=(("mode", _MODES[kind], "average"),), rank=n),
        channels_first_reduce=("Mean" if kind == "Avg" else "Amax") if n == 1 else None,
    ))


_MODES = {"Avg": "average", "Max": "max"}  # TorchAdaptivePooling's `mode`


for _n in (1, 2, 3):
    _pool("Max", _n)
    _pool("Avg", _n)
    _global_pool("Avg", _n)
    _global_pool("Max", _n)
