"""An ellipsis in a subscript (`y[..., -1]`) stands for the whole axes between the written items: expanded where
the rank is known, so an image's index moves with the layout (pivot.layout.expand_ellipsis, index_order)."""
from pivot.layout import expand_ellipsis, index_order


def test_the_ellipsis_stands_for_the_axes_not_written():
    assert expand_ellipsis(("...", -1), 4) == (":", ":", ":", -1)
    assert expand_ellipsis(("...", 0, ":"), 4) == (":", ":", 0, ":")
    assert expand_ellipsis((":", "part", "..."), 4) == (":", "part", ":", ":")
    assert expand_ellipsis(("...", "new", -1), 3) == (":", ":", "new", -1)  # `None` adds an axis, reads none


def test_an_unknown_rank_or_two_ellipses_stay_unknown():
    assert expand_ellipsis(("...", -1), None) == ("...", -1)
    assert expand_ellipsis(("...", 0, "..."), 4) == ("...", 0, "...")
    assert index_order(("...", -1), None, True) is None


def test_an_image_index_with_an_ellipsis_moves_as_written_out():
    # (N, C, H, W) -> (N, H, W, C): `y[..., -1]` is `y[:, :, :, -1]`, Keras's axis 2 reads PyTorch's item 3
    assert index_order(("...", -1), 4, True) == index_order((":", ":", ":", -1), 4, True)
