"""LLM-generated style mini VGG: a module-level `cfg = {'VGG-mini': [32, 'M', 64, 'M', 128, 128, 'M']}`, a
`_make_layers(self, cfg)` method appending Conv2d/BatchNorm2d/ReLU or MaxPool2d for 'M', `nn.AvgPool2d(kernel_size=1,
stride=1)` as torchvision's CIFAR VGG has it, then `out.view(out.size(0), -1)`."""
# pivot-corpus: name=VGG input_shape=2,3,32,32
import torch
import torch.nn as nn

cfg = {
    'VGG-mini': [32, 'M', 64, 'M', 128, 128, 'M'],
}


class VGG(nn.Module):
    def __init__(self, vgg_name='VGG-mini', num_classes=10):
        super(VGG, self).__init__()
        self.features = self._make_layers(cfg[vgg_name])
        self.classifier = nn.Linear(128 * 4 * 4, num_classes)

    def forward(self, x):
        out = self.features(x)
        out = out.view(out.size(0), -1)
        out = self.classifier(out)
        return out

    def _make_layers(self, cfg):
        layers = []
        in_channels = 3
        for x in cfg:
            if x == 'M':
                layers += [nn.MaxPool2d(kernel_size=2, stride=2)]
            else:
                layers += [nn.Conv2d(in_channels, x, kernel_size=3, padding=1),
                           nn.BatchNorm2d(x),
                           nn.ReLU(inplace=True)]
                in_channels = x
        layers += [nn.AvgPool2d(kernel_size=1, stride=1)]
        return nn.Sequential(*layers)


model = VGG()
