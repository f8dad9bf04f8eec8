"""LLM-generated style image classifier: stride-2 convs, F.adaptive_avg_pool2d(x, 1), x.view(-1, 64),
BatchNorm2d in `nn.Sequential` blocks built by a module-level helper conv_bn_relu()."""
# pivot-corpus: name=SmallNet input_shape=2,3,64,64
import torch
import torch.nn as nn
import torch.nn.functional as F


def conv_bn_relu(in_ch, out_ch, stride=1):
    return nn.Sequential(
        nn.Conv2d(in_ch, out_ch, 3, stride=stride, padding=1, bias=False),
        nn.BatchNorm2d(out_ch),
        nn.ReLU(inplace=True),
    )


class SmallNet(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.layer1 = conv_bn_relu(3, 16, stride=2)
        self.layer2 = conv_bn_relu(16, 32, stride=2)
        self.layer3 = conv_bn_relu(32, 64, stride=2)
        self.fc = nn.Linear(64, num_classes)

    def forward(self, x):
        x = self.layer1(x)
        x = self.layer2(x)
        x = self.layer3(x)
        x = F.adaptive_avg_pool2d(x, 1)
        x = x.view(-1, 64)
        return self.fc(x)


model = SmallNet()
