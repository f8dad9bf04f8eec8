"""LLM-generated style 1-D CNN for tabular rows: `x = x.view(x.size(0), 1, -1)` to add a channel, two
Conv1d/MaxPool1d stages, `x.view(x.size(0), -1)`, dropout and a Linear whose size is `32 * (n_features // 4)`."""
# pivot-corpus: name=TabConv input_shape=4,24
import torch.nn as nn
import torch.nn.functional as F


class TabConv(nn.Module):
    def __init__(self, n_features=24, n_classes=2):
        super().__init__()
        self.conv1 = nn.Conv1d(1, 16, kernel_size=3, padding=1)
        self.conv2 = nn.Conv1d(16, 32, kernel_size=3, padding=1)
        self.pool = nn.MaxPool1d(2)
        self.fc = nn.Linear(32 * (n_features // 4), n_classes)

    def forward(self, x):
        x = x.view(x.size(0), 1, -1)
        x = self.pool(F.relu(self.conv1(x)))
        x = self.pool(F.relu(self.conv2(x)))
        x = x.view(x.size(0), -1)
        x = F.dropout(x, 0.2, self.training)
        return self.fc(x)


model = TabConv()
