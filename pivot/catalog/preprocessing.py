"""Keras preprocessing and augmentation layers (issue 12), read by their inference semantics.

Rescaling and a Normalization with a given mean/variance are exact; the random augmentation layers are
the identity at inference, so PyTorch gets `nn.Identity()` and a PIV203 note naming the torchvision
transform that does the augmentation in a PyTorch data pipeline.
"""
from __future__ import annotations

from pivot.catalog import core  # noqa: F401  (registered first: it owns the shared spelling)
from pivot.catalog.domains import Floats, Sides
from pivot.catalog.spec import Arg, OpSpec, Seen, Unsupported, register
from pivot.model import value_code

K = "keras.layers."
T = "torch.nn."

# name -> (Keras arguments as (keyword, default), the torchvision.transforms.v2 equivalent)
AUGMENTATION = {
    "RandomFlip": ((("mode", "horizontal_and_vertical"),), "v2.RandomHorizontalFlip / v2.RandomVerticalFlip"),
    "RandomRotation": ((("factor", None), ("fill_mode", "reflect")), "v2.RandomRotation"),
    "RandomZoom": ((("height_factor", None), ("width_factor", None), ("fill_mode", "reflect")),
                   "v2.RandomAffine(scale=...)"),
    "RandomContrast": ((("factor", None),), "v2.ColorJitter(contrast=...)"),
    "RandomTranslation": ((("height_factor", None), ("width_factor", None), ("fill_mode", "reflect")),
                          "v2.RandomAffine(translate=...)"),
}
_KERAS_AUGMENT_COMMON = (Arg("seed", keras="seed", keras_default=None),
                         Arg("interpolation", keras="interpolation", keras_default="bilinear"),
                         Arg("fill_value", keras="fill_value", keras_default=0.0))


# Keras regularization layers that change only training, each the identity at inference: name -> (Keras arguments as
# (keyword, default), what it does in training)
TRAINING_NOISE = {
    "GaussianNoise": ((("stddev", None), ("seed", None)), "adds zero-mean Gaussian noise"),
    "GaussianDropout": ((("rate", None), ("seed", None)), "multiplies by 1-centered Gaussian noise"),
    "AlphaDropout": ((("rate", None), ("noise_shape", None), ("seed", None)),
                     "drops to SELU's negative saturation (nn.AlphaDropout in a PyTorch training setup)"),
    "ActivityRegularization": ((("l1", 0.0), ("l2", 0.0)), "adds an L1/L2 penalty on its input to the loss"),
}


def training_only(name: str) -> str | None:
    """Why the op is the identity at inference, with the PyTorch idiom for it (None: it is not)."""
    noise = TRAINING_NOISE.get(name)
    if noise is not None and name != "AlphaDropout":  # nn.AlphaDropout does it in PyTorch's training too
        return (f"`{name}` {noise[1]} in training only and is the identity at inference (nn.Identity); the "
                "PyTorch training code must do it to train alike")
    entry = AUGMENTATION.get(name)
    if entry is None:
        return None
    return (f"`{name}` augments in training only and is the identity at inference (nn.Identity); in PyTorch, "
            f"augment in the data pipeline with torchvision.transforms.{entry[1]}")


def _augmentation() -> None:
    for name, (args, _) in AUGMENTATION.items():
        own = tuple(Arg(key, keras=key, keras_pos=i, keras_default=default if default is not None else 0.0)
                    for i, (key, default) in enumerate(args))
        register(OpSpec(
            name=name, kind="layer", doc=f"random augmentation ({name}); the identity at inference",
            torch_module="torch.nn.Identity", keras_layer=f"{K}{name}",
            args=own + tuple(a for a in _KERAS_AUGMENT_COMMON if a.name not in {k for k, _ in args}),
            shape="same", layout_sensitive=True,
            notes=("Training-only: Keras applies it when training=True; PyTorch augments in the data pipeline.",),
        ))


def _training_noise() -> None:
    for name, (args, what) in TRAINING_NOISE.items():
        if name == "AlphaDropout":  # PyTorch has it too: nn.AlphaDropout(p) <-> AlphaDropout(rate), alike in training
            register(OpSpec(
                name=name, kind="layer", doc=f"{what} in training; the identity at inference",
                torch_module=f"{T}AlphaDropout", keras_layer=f"{K}AlphaDropout",
                args=(Arg("p", torch="p", keras="rate", torch_pos=0, keras_pos=0, torch_default=0.5),
                      Arg("inplace", torch="inplace", torch_pos=1, torch_default=False),
                      Arg("noise_shape", keras="noise_shape", keras_pos=1, keras_default=None),
                      Arg("seed", keras="seed", keras_pos=2, keras_default=None)),
                shape="same", identity_at_inference=True, mode_dependent=True, name_prefix="dropout",
            ))
            continue
        register(OpSpec(
            name=name, kind="layer", doc=f"{what} in training; the identity at inference",
            torch_module="torch.nn.Identity", keras_layer=f"{K}{name}",
            args=tuple(Arg(key, keras=key, keras_pos=i, keras_default=default)
                       for i, (key, default) in enumerate(args)),
            shape="same",
            notes=("Training-only: Keras applies it when training=True; the PyTorch model is the identity there.",),
        ))


def _statistics_axis(attrs: dict, seen: Seen, code: str) -> str | None:
    """Normalization's statistics lie along its axis, which moves with the layout (the channels: 1 in PyTorch)."""
    dim = seen.axis(attrs.get("axis", -1))
    return code[:-1] + f", dim={value_code(dim)})" if dim != -1 else None


def _normalization_to_keras(attrs: dict, seen: Seen) -> Unsupported:
    """Pivot's PyTorch Normalization read back (the way back of a Keras Normalization with given statistics): Keras 3's
    layers.Normalization(mean=..., variance=...) held by a subclassed Keras model, as the way back writes it, fails
    when first called (its statistics are made in a scratch graph while the model builds: out of scope), so it is
    reported rather than written."""
    return Unsupported("Keras's Normalization with a given mean and variance fails when a subclassed Keras model holding "
                       "it is first called (Keras 3 makes its statistics in a scratch graph); migrate it by hand, "
                       "e.g. as (x - mean) / keras.ops.maximum(keras.ops.sqrt(variance), 1e-7) in `call`")


def _preprocessing() -> None:
    register(OpSpec(
        name="Rescaling", kind="layer", doc="x * scale + offset",
        torch_module="Rescaling", keras_layer=f"{K}Rescaling",
        args=(Arg("scale", torch="scale", keras="scale", torch_pos=0, keras_pos=0,
                  domain=Sides(keras=Floats(values=(0.5, 1 / 255)))),
              Arg("offset", torch="offset", keras="offset", torch_pos=1, keras_pos=1, torch_default=0.0,
                  keras_default=0.0)),
        shape="same", layout_sensitive=True,
        unsupported=lambda a: "a per-channel scale or offset (a list) is not migrated yet" if any(
            isinstance(a.get(k), (tuple, list)) for k in ("scale", "offset")) else None,
        notes=("PyTorch gets a `Rescaling` module written by Pivot (PyTorch has none).",),
    ))
    register(OpSpec(
        name="Normalization", kind="layer", doc="(x - mean) / sqrt(variance) with a given mean and variance",
        torch_module="Normalization", keras_layer=f"{K}Normalization",
        args=(Arg("axis", keras="axis", keras_pos=0, keras_default=-1),
              Arg("mean", torch="mean", keras="mean", torch_pos=0, keras_pos=1, keras_default=None),
              Arg("variance", torch="variance", keras="variance", torch_pos=1, keras_pos=2, keras_default=None),
              Arg("invert", keras="invert", keras_pos=3, keras_default=False)),
        shape="same", layout_sensitive=True, emit_keras_layer=_normalization_to_keras,
        unsupported=lambda a: "a Normalization adapted to data (no `mean`/`variance` given) is not migrated; "
        "pass the statistics" if a.get("mean") is None or a.get("variance") is None else
        ("invert=True is not migrated" if a.get("invert") else None),
        emit_torch_layer=_statistics_axis,
        notes=("PyTorch gets a `Normalization` module written by Pivot: (x - mean) / max(sqrt(variance), 1e-7) "
               "along the channel axis, as Keras computes it.",),
    ))


_preprocessing()
_augmentation()
_training_noise()
