"""The flatten-order permutation of a dense layer's columns never skips silently (issue 10): a spatial size the
shape pass left open follows from the layer's width when only one is open, else it is a WeightError."""
import numpy as np
import pytest

from pivot.catalog.weight_rules import WeightError, flat_perm


def _columns(c: int, spatial: tuple) -> np.ndarray:
    return np.arange(c * int(np.prod(spatial)), dtype=np.float32)[None, :]


def test_one_open_size_follows_from_the_width():
    w = _columns(4, (2, 3))
    expected = flat_perm(w, (4, 2, 3), True)
    assert not np.array_equal(expected, w)
    assert np.array_equal(flat_perm(w, (4, None, 3), True), expected)
    assert np.array_equal(flat_perm(_columns(4, (8,)), (4, None), False), flat_perm(_columns(4, (8,)), (4, 8), False))


def test_two_open_sizes_are_a_weight_error():
    with pytest.raises(WeightError, match="cannot permute"):
        flat_perm(_columns(4, (2, 3)), (4, None, None), True)


def test_one_position_needs_no_permutation():
    w = _columns(4, (1, 1))
    assert np.array_equal(flat_perm(w, (4, None, None), True), w)
