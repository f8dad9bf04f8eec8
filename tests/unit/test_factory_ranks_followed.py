"""Issue 13: the rank of a Keras BatchNormalization factory on the way back (which of BatchNorm1d/2d/3d) comes from
its uses, followed through `self._norm_layer` (read back as `norm_layer = self._norm_layer` in `_make_layer`) and
through `block(..., norm_layer)` where `block` is a parameter holding the file's block classes; the bounded guess
(a BatchNorm2d/3d rank PyTorch checks, told although some use is not followed) stays only where a use truly cannot
be followed."""
from pathlib import Path

from pivot.analysis import analyze
from pivot.migrate import migrate_source
from pivot.shapes import factory_ranks, with_image_blocks, with_images_from_callers, with_sequence_blocks

TESTS = Path(__file__).resolve().parents[1]


def _ranks(keras_source: str) -> dict:
    nets = [n for n in analyze(keras_source).networks if n.framework == "keras"]
    return factory_ranks(with_images_from_callers(with_sequence_blocks(with_image_blocks(nets))))


def _keras_of(name: str) -> str:
    result = migrate_source((TESTS / "corpus_breadth" / "torch" / f"{name}.py").read_text(), "tensorflow")
    assert not [d for d in result.diagnostics if d.severity == "error"]
    return result.text


def test_resnet_norm_layer_kept_in_attribute_is_followed():
    # ResNet keeps norm_layer in self._norm_layer; _make_layer calls it after conv1x1(...) (a layer helper of the
    # file) and passes it to `block`, a parameter: BasicBlock is the only class taking those arguments
    ranks = _ranks(_keras_of("resnet18"))
    assert ranks[("ResNet", "norm_layer")] == (4, False)
    assert ranks[("BasicBlock", "norm_layer")] == (4, False)


def test_resnet_bottleneck_and_regnet_ranks_are_followed():
    assert _ranks(_keras_of("resnet_bottleneck_typed"))[("ResNet", "norm_layer")] == (4, False)
    # AnyStage passes it to `block_constructor(...)`, a parameter: ResBottleneckBlock and BottleneckTransform
    # take those 8 arguments, and both call it on images
    assert _ranks(_keras_of("regnet_anystage"))[("RegNet", "norm_layer")] == (4, False)


def test_sequence_resnet_gets_batchnorm1d_from_followed_uses():
    # rank 3 is never guessed (BatchNorm1d also takes rank 2): before, a named error; now exact and verified by
    # tests/test_regressions.py
    path = TESTS / "regressions" / "keras" / "norm_factory_kept_in_attribute_1d.py"
    assert _ranks(path.read_text())[("SeqResNet", "norm_layer")] == (3, False)
    result = migrate_source(path.read_text(), "pytorch")
    assert not [d for d in result.diagnostics if d.severity == "error"]
    assert result.text.count("nn.LazyBatchNorm1d(") == 2, result.text


def test_attribute_read_another_way_keeps_the_guess():
    # `self._norm_layer(16)` called directly in a method is a use Pivot does not follow: the 2-D rank stays a guess
    source = _keras_of("resnet18").replace(
        "        return keras.Sequential([*layers])",
        "        layers.append(self._norm_layer(planes))\n        return keras.Sequential([*layers])")
    assert _ranks(source)[("ResNet", "norm_layer")] == (4, True)


def test_block_classes_that_disagree_keep_the_guess():
    # a second class of the file taking `block`'s arguments calls the factory on sequences: which class `block`
    # holds is unknown, so its pass is not followed (the 2-D rank from `self.bn1` stays a guess)
    source = _keras_of("resnet18") + '''

class SeqBlock(keras.Model):
    def __init__(self, inplanes, planes, stride=1, downsample=None, norm_layer=None):
        super().__init__()
        self.conv = keras.layers.Conv1D(planes, 3, padding="same")
        self.bn = norm_layer(planes)

    def call(self, x):
        return self.bn(self.conv(x))
'''
    ranks = _ranks(source)
    assert ranks[("ResNet", "norm_layer")] == (4, True)
    assert ranks[("BasicBlock", "norm_layer")] == (4, False)


def test_subclass_reading_the_kept_factory_keeps_the_guess():
    # a subclass of the file may override _make_layer and call self._norm_layer any way: not followed
    source = _keras_of("resnet18").replace(
        "        super().__init__(BasicBlock, [2, 2, 2, 2], num_classes=num_classes)",
        "        super().__init__(BasicBlock, [2, 2, 2, 2], num_classes=num_classes)\n"
        "        self.extra = self._norm_layer(4)")
    assert "self.extra = self._norm_layer(4)" in source
    assert _ranks(source)[("ResNet", "norm_layer")] == (4, True)
