"""LLM-generated style (Llama, "Write a simple configurable CNN in PyTorch for 32x32 RGB images, input shape
(N, 3, 32, 32)"): `self.convs = nn.ModuleList([nn.Conv2d(c_in, c_out, 3, padding=1) for c_in, c_out in zip(chs,
chs[1:])])` with a parallel ModuleList of BatchNorm2d, `F.max_pool2d(F.relu(bn(conv(x))), 2)` in the loop, and a
global max spelled `x.amax(dim=(2, 3))`."""
# pivot-corpus: name=ConfigCNN input_shape=4,3,32,32
import torch
import torch.nn as nn
import torch.nn.functional as F


class ConfigCNN(nn.Module):
    def __init__(self, chs=(3, 32, 64, 128), num_classes=10):
        super().__init__()
        self.convs = nn.ModuleList([nn.Conv2d(c_in, c_out, 3, padding=1) for c_in, c_out in zip(chs, chs[1:])])
        self.bns = nn.ModuleList([nn.BatchNorm2d(c) for c in chs[1:]])
        self.fc = nn.Linear(chs[-1], num_classes)

    def forward(self, x):
        for conv, bn in zip(self.convs, self.bns):
            x = F.max_pool2d(F.relu(bn(conv(x))), 2)
        x = x.amax(dim=(2, 3))
        return self.fc(x)


if __name__ == "__main__":
    print(ConfigCNN()(torch.randn(2, 3, 32, 32)).shape)
