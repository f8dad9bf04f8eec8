"""LLM-generated style multi-scale 1-D CNN for text-like embeddings: an nn.ModuleList of Conv1d with
`kernel_sizes=[3, 4, 5]` built by a list comprehension, each followed by ReLU and `torch.max(c, dim=2)[0]`
over time, the pooled features joined with torch.cat(..., dim=1)."""
# pivot-corpus: name=MultiKernelCNN input_shape=2,16,40
import torch
import torch.nn as nn
import torch.nn.functional as F


class MultiKernelCNN(nn.Module):
    def __init__(self, in_channels=16, num_filters=24, kernel_sizes=[3, 4, 5], num_classes=2, dropout=0.5):
        super().__init__()
        self.convs = nn.ModuleList([
            nn.Conv1d(in_channels, num_filters, kernel_size=k) for k in kernel_sizes
        ])
        self.dropout = nn.Dropout(dropout)
        self.fc = nn.Linear(num_filters * len(kernel_sizes), num_classes)

    def forward(self, x):
        pooled = []
        for conv in self.convs:
            c = F.relu(conv(x))
            p = torch.max(c, dim=2)[0]
            pooled.append(p)
        out = torch.cat(pooled, dim=1)
        return self.fc(self.dropout(out))


model = MultiKernelCNN()
