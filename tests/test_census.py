"""The API census (bench/census.py): each common PyTorch spelling alone in a one-op model is either verified to
Keras or a named error; none migrates with exit 0 and then fails. Known exceptions are strict xfails."""
import pytest

from bench.census import ENTRIES, label, run_one

# migrated with exit 0, then not equivalent or not built: bugs to fix (strict: fixing one fails here)
WRONG = {
    "img1d: nn.PixelShuffle(1)": "PixelShuffle of a 1-D signal: PyTorch reads (C, H, W) unbatched, Keras fails",
    "vec: x.expand(3, 2, 8).sum(0)": "an expand that adds a leading axis, of a tensor whose rank is not known "
                                     "statically: broadcast_to pairs the sizes with the wrong axes and raises",
    "seq: x.permute(0, 2, 1)": "a permute of a sequence that is the model's output: written as a transpose, "
                               "while the shape analysis of the sized model calls it a channels-first image",
    "seq: x.transpose(1, 2)": "as seq: x.permute(0, 2, 1)",
    "seq: F.avg_pool1d(x.transpose(1, 2), 5).squeeze(-1)": "a dense layer's sequence transposed into a 1-D pool: "
        "unsized, the transpose is written and Keras pools the other axis; sized, a named error (PIV105)",
    "seq: F.adaptive_max_pool1d(x.permute(0, 2, 1), 1).squeeze(-1)": "as the avg_pool1d of a transposed sequence",
}


@pytest.mark.slow
@pytest.mark.parametrize("entry", ENTRIES, ids=[label(*e) for e in ENTRIES])
def test_spelling_verifies_or_is_named(entry, tmp_path, request):
    name = label(*entry)
    if name in WRONG:
        request.applymarker(pytest.mark.xfail(reason=WRONG[name], strict=True))
    outcome, why = run_one(*entry, tmp_path)
    assert outcome in ("verified", "named"), why
