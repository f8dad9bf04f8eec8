"""LLM-generated style CNN with torchvision-like init in __init__:
`for m in self.modules(): if isinstance(m, nn.Conv2d): nn.init.kaiming_normal_(m.weight, mode='fan_out',
nonlinearity='relu') elif isinstance(m, (nn.BatchNorm2d, nn.GroupNorm)): nn.init.constant_(m.weight, 1)`;
strided convs instead of pooling, `F.log_softmax(x, dim=1)` output."""
# pivot-corpus: name=StridedCNN input_shape=2,3,32,32
import torch
import torch.nn as nn
import torch.nn.functional as F


class StridedCNN(nn.Module):
    def __init__(self, num_classes=10, widths=(16, 32, 64)):
        super().__init__()
        self.convs = nn.ModuleList()
        self.norms = nn.ModuleList()
        prev = 3
        for w in widths:
            self.convs.append(nn.Conv2d(prev, w, kernel_size=3, stride=2, padding=1, bias=False))
            self.norms.append(nn.BatchNorm2d(w))
            prev = w
        self.fc = nn.Linear(prev * 4 * 4, num_classes)
        for m in self.modules():
            if isinstance(m, nn.Conv2d):
                nn.init.kaiming_normal_(m.weight, mode='fan_out', nonlinearity='relu')
            elif isinstance(m, (nn.BatchNorm2d, nn.GroupNorm)):
                nn.init.constant_(m.weight, 1)
                nn.init.constant_(m.bias, 0)
            elif isinstance(m, nn.Linear):
                nn.init.normal_(m.weight, 0, 0.01)
                nn.init.constant_(m.bias, 0)

    def forward(self, x):
        for conv, norm in zip(self.convs, self.norms):
            x = F.relu(norm(conv(x)))
        x = x.view(x.size(0), -1)
        x = self.fc(x)
        return F.log_softmax(x, dim=1)


model = StridedCNN()
