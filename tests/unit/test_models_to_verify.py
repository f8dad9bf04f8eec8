"""`pivot verify FILE --to X` without `--class` verifies the file's models no other model uses. It said "no model to
migrate" for 74 of 559 corpus files: a class that uses a block class of the file was taken for an instance of a
builder (torchvision's GoogLeNet), a link to `Pytorch-UNet` in a comment made a block use the model `UNet` (names
were the words of the source, comments and strings included), and a smoke `def test(): net = PreActResNet18()`
used the model it tests. Every corpus file's named model is now among the ones verified by default."""
import pytest

from pivot.analysis import analyze
from pivot.verify import models_to_verify
from tests.conftest import BREADTH, CORPUS, HEADER

ROOTS = [CORPUS, BREADTH, CORPUS.parent / "corpus_unseen"]
FILES = sorted(p for root in ROOTS for p in root.glob("*/*.py"))


@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.parent.name}/{p.parent.name}/{p.stem}" for p in FILES])
def test_the_named_model_is_verified_by_default(path):
    source = path.read_text()
    name = HEADER.search(source).group(1)
    origin = "torch" if path.parent.name == "torch" else "keras"
    nets = [n for n in analyze(source).networks if n.framework == origin]
    assert name in models_to_verify(source, nets)
