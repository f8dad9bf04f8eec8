"""Imitates jiecaoyu/pytorch-nin-cifar10 original.py (Network in Network for CIFAR-10): one `self.classifier`
nn.Sequential with `nn.MaxPool2d(kernel_size=3, stride=2, padding=1)`, `nn.AvgPool2d(kernel_size=3, stride=2,
padding=1)` (count_include_pad default), Dropout, a final `nn.AvgPool2d(kernel_size=8, stride=1, padding=0)`,
`x.view(x.size(0), 10)`, and an init loop `m.weight.data.normal_(0, 0.05)`. Widths reduced."""
# pivot-corpus: name=Net input_shape=2,3,32,32
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super(Net, self).__init__()
        self.classifier = nn.Sequential(
                nn.Conv2d(3, 32, kernel_size=5, stride=1, padding=2),
                nn.ReLU(inplace=True),
                nn.Conv2d(32, 24, kernel_size=1, stride=1, padding=0),
                nn.ReLU(inplace=True),
                nn.Conv2d(24,  16, kernel_size=1, stride=1, padding=0),
                nn.ReLU(inplace=True),
                nn.MaxPool2d(kernel_size=3, stride=2, padding=1),
                nn.Dropout(0.5),

                nn.Conv2d(16, 32, kernel_size=5, stride=1, padding=2),
                nn.ReLU(inplace=True),
                nn.Conv2d(32, 32, kernel_size=1, stride=1, padding=0),
                nn.ReLU(inplace=True),
                nn.Conv2d(32, 32, kernel_size=1, stride=1, padding=0),
                nn.ReLU(inplace=True),
                nn.AvgPool2d(kernel_size=3, stride=2, padding=1),
                nn.Dropout(0.5),

                nn.Conv2d(32, 32, kernel_size=3, stride=1, padding=1),
                nn.ReLU(inplace=True),
                nn.Conv2d(32, 32, kernel_size=1, stride=1, padding=0),
                nn.ReLU(inplace=True),
                nn.Conv2d(32,  10, kernel_size=1, stride=1, padding=0),
                nn.ReLU(inplace=True),
                nn.AvgPool2d(kernel_size=8, stride=1, padding=0),

                )

    def init_weights(self):
        for m in self.modules():
            if isinstance(m, nn.Conv2d):
                m.weight.data.normal_(0, 0.05)
                m.bias.data.zero_()

    def forward(self, x):
        x = self.classifier(x)
        x = x.view(x.size(0), 10)
        return x


model = Net()
model.init_weights()
