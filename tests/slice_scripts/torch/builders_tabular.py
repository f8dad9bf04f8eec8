"""Builder functions with the script's own call sites, on a CSV read at the top."""
import csv
import os
import tempfile

import matplotlib.pyplot as plt
import torch
import torch.nn as nn

open(os.path.join(tempfile.gettempdir(), "PIVOT_SLICE_MARKER"), "w").write(__file__)
rows = list(csv.reader(open("heart.csv")))
IN_FEATURES = 13
NUM_CLASSES = 3


def make_mlp(in_dim, hidden, out_dim, dropout=0.1):
    return nn.Sequential(
        nn.Linear(in_dim, hidden),
        nn.ReLU(),
        nn.Dropout(dropout),
        nn.Linear(hidden, out_dim),
    )


class ConvClassifier(nn.Module):
    def __init__(self, in_channels, num_classes, width=8):
        super().__init__()
        self.conv = nn.Conv1d(in_channels, width, kernel_size=3, padding=1)
        self.pool = nn.AdaptiveAvgPool1d(1)
        self.fc = nn.Linear(width, num_classes)

    def forward(self, x):
        x = torch.relu(self.conv(x))
        x = self.pool(x).flatten(1)
        return self.fc(x)


mlp = make_mlp(IN_FEATURES, 32, NUM_CLASSES)
conv = ConvClassifier(in_channels=2, num_classes=NUM_CLASSES)
optimizer = torch.optim.Adam(list(mlp.parameters()) + list(conv.parameters()))
for epoch in range(10):
    x = torch.tensor([[float(v) for v in row[:IN_FEATURES]] for row in rows])
    loss = mlp(x).sum()
    loss.backward()
    optimizer.step()
plt.plot([1, 2, 3])
