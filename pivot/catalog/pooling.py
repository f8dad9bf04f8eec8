"""Pooling: max, average and global."""
from __future__ import annotations

from pivot.catalog import REQUIRED, Arg, OpSpec, register
from pivot.catalog.spelling import PADDINGS, F, K, T, keras_padding_in


def _pool(kind: str, n: int) -> None:
    torch_name = f"{kind}Pool{n}d"
    keras_name = f"{'Max' if kind == 'Max' else 'Average'}Pooling{n}D"
    args = [
        Arg("kernel_size", torch="kernel_size", keras="pool_size", torch_pos=0, keras_pos=0, keras_default=2),
        Arg("stride", torch="stride", keras="strides", torch_pos=1, keras_pos=1, torch_default=None, keras_default=None),
        Arg("padding", torch="padding", keras="padding", torch_pos=2, keras_pos=2, torch_default=0,
            keras_default="valid", from_keras=keras_padding_in, keras_values=PADDINGS),
    ]
    if kind == "Max":
        args += [Arg("dilation", torch="dilation", torch_pos=3, torch_default=1),
                 Arg("return_indices", torch="return_indices", torch_pos=4, torch_default=False),
                 Arg("ceil_mode", torch="ceil_mode", torch_pos=5, torch_default=False)]
    else:
        args += [Arg("ceil_mode", torch="ceil_mode", torch_pos=3, torch_default=False),
                 Arg("count_include_pad", torch="count_include_pad", torch_pos=4, torch_default=True)]
        if n > 1:  # nn.AvgPool1d has no divisor_override
            args.append(Arg("divisor_override", torch="divisor_override", torch_pos=5, torch_default=None))
    fn = "max" if kind == "Max" else "avg"
    register(OpSpec(
        name=torch_name, kind="layer", doc=f"{n}-D {kind.lower()} pooling",
        torch_module=f"{T}{torch_name}", keras_layer=f"{K}{keras_name}",
        keras_layer_aliases=(f"{K}{kind}Pool{n}D",),
        torch_functions=(f"{F}{fn}_pool{n}d",), args=tuple(args),
        spatial=n, shape="pool", layout_sensitive=True,
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
            Arg("output_size", torch="output_size", torch_pos=0, torch_default=REQUIRED),
            # PyTorch keeps the pooled axes (N, C, 1, 1); Keras drops them unless keepdims=True.
            Arg("keepdims", keras="keepdims", torch_default=True, keras_default=False),
        ),
        spatial=n, shape="global_pool", layout_sensitive=True,
    ))


for _n in (1, 2, 3):
    _pool("Max", _n)
    _pool("Avg", _n)
    _global_pool("Avg", _n)
    _global_pool("Max", _n)
