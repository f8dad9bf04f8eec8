"""Issue 13: a constructor with one argument that builds layers and then runs a torchvision-style init loop
was taken for an `_init_weights(self, m)` method and commented out whole (exit 0, no layers in Keras)."""
# pivot-corpus: name=Net input_shape=2,3,8,8
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, num_classes=3):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3, padding=1)
        self.fc = nn.Linear(4 * 8 * 8, num_classes)
        for m in self.modules():
            if isinstance(m, nn.Conv2d):
                nn.init.kaiming_normal_(m.weight, mode='fan_out', nonlinearity='relu')

    def forward(self, x):
        return self.fc(self.conv(x).flatten(1))


model = Net()
