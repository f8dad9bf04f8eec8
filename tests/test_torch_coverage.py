"""PyTorch as experts and LLMs write it (issue 13): the breadth corpus models added for it migrate to Keras
(tests/test_corpus_breadth.py verifies that) and back, and the round trip matches the original; single
constructs are checked on small models built in both frameworks."""
import pytest

from tests.conftest import BREADTH, corpus_models

ROUND_TRIP = ("conv1d_pool_squeeze", "squeeze_unsqueeze_axes", "norms_and_max")
MODELS = [m for m in corpus_models(BREADTH) if m[1] == "torch" and m[0].stem in ROUND_TRIP]


@pytest.mark.parametrize("path,framework,name,shape", MODELS, ids=[m[0].stem for m in MODELS])
def test_round_trip_is_equivalent(path, framework, name, shape):
    from pivot.verify import roundtrip_one

    out = roundtrip_one(path.read_text(), name, "tensorflow", shape)
    assert out["equivalent"], {k: v for k, v in out.items() if k != "text"} | {"text": out["text"]}
