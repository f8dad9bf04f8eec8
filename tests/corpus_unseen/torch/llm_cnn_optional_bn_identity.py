"""LLM-generated style CNN with constructor flags: `nn.BatchNorm2d(c) if use_bn else nn.Identity()`, dropout
only `if self.use_dropout:`, global average pooling by x.mean(dim=[2, 3])."""
# pivot-corpus: name=ConfigurableCNN input_shape=2,3,32,32
import torch
import torch.nn as nn
import torch.nn.functional as F


class ConfigurableCNN(nn.Module):
    def __init__(self, num_classes=10, use_bn=True, use_dropout=False, dropout_rate=0.3):
        super().__init__()
        self.use_dropout = use_dropout
        self.conv1 = nn.Conv2d(3, 16, kernel_size=3, padding=1)
        self.bn1 = nn.BatchNorm2d(16) if use_bn else nn.Identity()
        self.conv2 = nn.Conv2d(16, 32, kernel_size=3, padding=1)
        self.bn2 = nn.BatchNorm2d(32) if use_bn else nn.Identity()
        self.dropout = nn.Dropout(dropout_rate)
        self.fc = nn.Linear(32, num_classes)

    def forward(self, x):
        x = F.relu(self.bn1(self.conv1(x)))
        x = F.max_pool2d(x, 2)
        x = F.relu(self.bn2(self.conv2(x)))
        x = x.mean(dim=[2, 3])
        if self.use_dropout:
            x = self.dropout(x)
        return self.fc(x)


model = ConfigurableCNN()
