"""Names a migration gives: the attribute a migrated layer gets in Keras (below the backends, which write it,
and weights, which follow it)."""
from __future__ import annotations

# Attribute names keras.Model reserves: a migrated attribute with one of these names gets a trailing `_`.
RESERVED = {"layers", "weights", "trainable_weights", "non_trainable_weights", "variables", "inputs", "outputs",
            "input", "output", "losses", "metrics", "name", "dtype", "trainable", "built", "optimizer"}


def keras_attr(name: str) -> str:
    return name + "_" if name in RESERVED else name
