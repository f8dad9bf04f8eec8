"""Issue 13: a torchvision-style ResNet over sequences written in Keras: the BatchNormalization factory is kept in
`self._norm_layer`, read back as `norm_layer = self._norm_layer` in `_make_layer` (a downsample keras.Sequential
after a conv helper) and passed to `block(...)`, a parameter holding the file's block class. Its calls run on
(N, L, C) sequences: BatchNorm1d, a rank Pivot now follows through these uses (no rank was told before: only a
BatchNorm2d/3d, which PyTorch checks, was guessed)."""
# pivot-corpus: name=SeqResNet input_shape=2,16,3
import keras
from keras import layers


def conv1x1(out_planes, stride=1):
    return layers.Conv1D(out_planes, 1, strides=stride, use_bias=False)


class BasicBlock1D(keras.Model):
    expansion = 1

    def __init__(self, inplanes, planes, stride=1, downsample=None, norm_layer=None):
        super().__init__()
        if norm_layer is None:
            norm_layer = lambda c: layers.BatchNormalization(epsilon=1e-5)
        self.conv1 = layers.Conv1D(planes, 3, strides=stride, padding="same", use_bias=False)
        self.bn1 = norm_layer(planes)
        self.relu = layers.ReLU()
        self.conv2 = layers.Conv1D(planes, 3, padding="same", use_bias=False)
        self.bn2 = norm_layer(planes)
        self.downsample = downsample

    def call(self, x):
        identity = x
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        if self.downsample is not None:
            identity = self.downsample(x)
        return self.relu(out + identity)


class SeqResNet(keras.Model):
    def __init__(self, block=BasicBlock1D, layers_per_stage=(1, 1), num_classes=5, norm_layer=None):
        super().__init__()
        if norm_layer is None:
            norm_layer = lambda c: layers.BatchNormalization(epsilon=1e-5)
        self._norm_layer = norm_layer
        self.inplanes = 8
        self.conv1 = layers.Conv1D(8, 3, padding="same", use_bias=False)
        self.bn1 = norm_layer(8)
        self.relu = layers.ReLU()
        self.layer1 = self._make_layer(block, 8, layers_per_stage[0])
        self.layer2 = self._make_layer(block, 16, layers_per_stage[1], stride=2)
        self.pool = layers.GlobalAveragePooling1D()
        self.fc = layers.Dense(num_classes)

    def _make_layer(self, block, planes, blocks, stride=1):
        norm_layer = self._norm_layer
        downsample = None
        if stride != 1 or self.inplanes != planes * block.expansion:
            downsample = keras.Sequential([
                conv1x1(planes * block.expansion, stride),
                norm_layer(planes * block.expansion),
            ])
        stage = [block(self.inplanes, planes, stride, downsample, norm_layer)]
        self.inplanes = planes * block.expansion
        for _ in range(1, blocks):
            stage.append(block(self.inplanes, planes, norm_layer=norm_layer))
        return keras.Sequential(stage)

    def call(self, x):
        x = self.relu(self.bn1(self.conv1(x)))
        x = self.layer2(self.layer1(x))
        return self.fc(self.pool(x))
