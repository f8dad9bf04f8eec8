"""LLM-generated style (Llama, "Generate a PyTorch model: small VGG-style CIFAR-10 net"): `nn.Sequential` blocks
assigned as `self.block1`..`self.block3`, `out.size()[0]` in `out.view(out.size()[0], -1)`, `F.softmax` left out,
an `_initialize_weights` method with `nn.init.normal_(m.weight, 0, 0.01)` and `nn.init.constant_`."""
# pivot-corpus: name=SmallVGG input_shape=2,3,32,32
import torch
import torch.nn as nn


class SmallVGG(nn.Module):
    def __init__(self, num_classes=10):
        super(SmallVGG, self).__init__()
        self.block1 = nn.Sequential(
            nn.Conv2d(3, 8, 3, padding=1), nn.BatchNorm2d(8), nn.ReLU(True),
            nn.Conv2d(8, 8, 3, padding=1), nn.BatchNorm2d(8), nn.ReLU(True),
            nn.MaxPool2d(2))
        self.block2 = nn.Sequential(
            nn.Conv2d(8, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(True),
            nn.MaxPool2d(2))
        self.block3 = nn.Sequential(
            nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(True),
            nn.MaxPool2d(2))
        self.fc = nn.Sequential(nn.Linear(32 * 4 * 4, 64), nn.ReLU(True), nn.Dropout(), nn.Linear(64, num_classes))
        self._initialize_weights()

    def _initialize_weights(self):
        for m in self.modules():
            if isinstance(m, nn.Conv2d):
                nn.init.kaiming_normal_(m.weight, mode="fan_out", nonlinearity="relu")
                if m.bias is not None:
                    nn.init.constant_(m.bias, 0)
            elif isinstance(m, nn.BatchNorm2d):
                nn.init.constant_(m.weight, 1)
                nn.init.constant_(m.bias, 0)
            elif isinstance(m, nn.Linear):
                nn.init.normal_(m.weight, 0, 0.01)
                nn.init.constant_(m.bias, 0)

    def forward(self, x):
        out = self.block1(x)
        out = self.block2(out)
        out = self.block3(out)
        out = out.view(out.size()[0], -1)
        return self.fc(out)
