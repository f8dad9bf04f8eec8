"""Issue 10: a ModuleList filled by a method (`self._make(...)` returning a list comprehension of Conv1d), looped over
in forward, each output max-pooled over time with `torch.max(c, dim=2)[0]`. It was exit 0 with `keras.ops.max(c,
axis=2)`, the max over Keras's channels; then reported (the layers out of Pivot's sight); now the one layer the list's
comprehension builds (a Conv1d) tells the input, an image of rank 3, and the axis is Keras's 1 (session 7, q_ round)."""
# pivot-corpus: name=MultiKernelCNN input_shape=2,16,40
import torch
import torch.nn as nn
import torch.nn.functional as F


class MultiKernelCNN(nn.Module):
    def __init__(self, in_channels=16, num_filters=24, kernel_sizes=[3, 4, 5], num_classes=2, dropout=0.5):
        super().__init__()
        self.convs = nn.ModuleList(self._make(in_channels, num_filters, kernel_sizes))
        self.dropout = nn.Dropout(dropout)
        self.fc = nn.Linear(num_filters * len(kernel_sizes), num_classes)

    def _make(self, cin, cout, ks):
        return [nn.Conv1d(cin, cout, kernel_size=k) for k in ks]

    def forward(self, x):
        pooled = []
        for conv in self.convs:
            c = F.relu(conv(x))
            p = torch.max(c, dim=2)[0]
            pooled.append(p)
        out = torch.cat(pooled, dim=1)
        return self.fc(self.dropout(out))


model = MultiKernelCNN()
