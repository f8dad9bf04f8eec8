"""Argument domains: the values an argument accepts, as data on its catalog `Arg` (`Arg.domain`).

A domain answers two questions: `accepts(value)` (is this value one the op takes? used to report an invalid
size such as `kernel_size=0`) and `samples(rng)` (representative values, defaults and non-defaults, for the
fuzzer to draw from). Values the domain cannot judge (an expression, a variable) are accepted. `Sides` holds a
domain per framework where the spellings differ (Keras `padding="same"` vs PyTorch `padding=1`); `side(fw)`
gives the one framework's domain (plain domains are the same on both sides).
"""
from __future__ import annotations

import random
from dataclasses import dataclass


class Domain:
    """Base: subclasses define `_accepts` for literal values and `values` (the samples)."""

    values: tuple = ()

    def accepts(self, value) -> bool:
        if isinstance(value, (tuple, list)) and self.per_dim:
            return all(self.accepts(v) for v in value)
        if not isinstance(value, (int, float, str, bool, type(None), tuple, list)):
            return True  # an expression: not judged here
        return self._accepts(value)

    def _accepts(self, value) -> bool:
        return value in self.values

    def samples(self, rng: random.Random | None = None) -> tuple:
        """Representative values, in a fixed order (the caller draws among them with its own rng)."""
        return self.values

    def side(self, framework: str) -> Domain | None:
        return self

    per_dim = False  # a tuple of values is checked element by element (kernel_size=(3, 3))


@dataclass(frozen=True)
class Choice(Domain):
    """Exactly these values (strings, booleans, None, tuples)."""

    values: tuple = ()


@dataclass(frozen=True)
class Ints(Domain):
    """Integers >= `min` (or a tuple of them, one per spatial axis), plus `special` values with a meaning of
    their own (GroupNormalization `groups=-1`: one group per channel)."""

    min: int = 1
    values: tuple = ()
    special: tuple = ()
    optional: bool = False  # None (the default meaning) is accepted too
    per_dim = True

    def _accepts(self, value) -> bool:
        if value is None:
            return self.optional
        if isinstance(value, bool) or not isinstance(value, int):
            return False
        return value >= self.min or value in self.special


@dataclass(frozen=True)
class Floats(Domain):
    """Numbers in [lo, hi]."""

    lo: float = 0.0
    hi: float = float("inf")
    values: tuple = ()
    optional: bool = False

    def _accepts(self, value) -> bool:
        if value is None:
            return self.optional
        return not isinstance(value, bool) and isinstance(value, (int, float)) and self.lo <= value <= self.hi


BOOLS = Choice((True, False))


@dataclass(frozen=True)
class AnyOf(Domain):
    """A value any of `parts` accepts (PyTorch padding: an int >= 0, 'same' or 'valid'); samples listed apart."""

    parts: tuple = ()
    values: tuple = ()

    def accepts(self, value) -> bool:
        return any(p.accepts(value) for p in self.parts)


@dataclass(frozen=True)
class Sides(Domain):
    """A domain per framework, for arguments spelled differently (`None`: that side has no such argument)."""

    torch: Domain | None = None
    keras: Domain | None = None

    def side(self, framework: str) -> Domain | None:
        return self.torch if framework == "torch" else self.keras

    def accepts(self, value) -> bool:
        return any(d.accepts(value) for d in (self.torch, self.keras) if d is not None)

    def samples(self, rng: random.Random | None = None) -> tuple:
        return (self.torch or self.keras).samples(rng)


# Domains several families share (samples: the sizes the fuzzer's small models use)
FLAGS = Choice((False, True))  # a switch off by default: the default first
FLAGS_ON = Choice((True, False))  # a switch on by default
CHANNELS = Ints(values=(4, 6, 8, 12))
UNITS = Ints(values=(4, 8, 16, 24))
KERNEL = Ints(values=(1, 2, 3, 5))
STRIDE = Ints(values=(1, 2))
DILATION = Ints(values=(1, 2))
GROUPS = Ints(values=(1, 2))
RATE = Floats(0.0, 1.0, values=(0.0, 0.1, 0.5))
EPS = Sides(torch=Floats(0.0, values=(1e-5, 1e-3, 0.01)), keras=Floats(0.0, values=(1e-3, 1e-5, 0.01)))
AXIS = Ints(min=-8, values=(1, -1))


@dataclass(frozen=True)
class Draw:
    """How a model generator (the fuzzer) uses an entry: what it takes and what it needs beside its arguments.
    An entry with a `draw` is drawn into random models; its argument values come from the Args' domains."""

    # input kinds: "img" (image-like, of the entry's `spatial` rank or any), "vec" (N, F), "seq" (N, T, F),
    # "tok" (N, T) integer ids
    takes: tuple[str, ...] = ()
    weight: int = 1  # how often it is drawn, relative to the other entries taking the same input
    to_vec: bool = False  # it ends an image or sequence with (N, F) (flatten, global pooling)
    states: int = 0  # recurrent state tensors it returns beside the output (LSTM: h, c); a decoder may start there
    inputs: int = 1  # tensors each call takes (self-attention: query, key, value; Keras: query, value)
    operator: str = ""  # a merge's Python operator (`a + b`)
    fused_activation: bool = False  # its Keras layer takes `activation=` (Dense, Conv)
    always: tuple[str, ...] = ()  # arguments always written (Keras 3 requires AveragePooling's pool_size)
    min_positions: int = 1  # spatial positions per channel it needs (PyTorch's InstanceNorm: statistics of 2)
