"""LLM-generated style x-vector speaker model: TDNN layers as dilated Conv1d over (batch, features, frames),
statistics pooling torch.cat((x.mean(dim=2), x.std(dim=2)), dim=1), embedding Linear."""
# pivot-corpus: name=XVector input_shape=2,20,40
import torch
import torch.nn as nn


class XVector(nn.Module):
    def __init__(self, input_dim=20, hidden=32, embed_dim=16, num_speakers=8):
        super().__init__()
        self.tdnn = nn.Sequential(
            nn.Conv1d(input_dim, hidden, kernel_size=5, dilation=1),
            nn.ReLU(),
            nn.BatchNorm1d(hidden),
            nn.Conv1d(hidden, hidden, kernel_size=3, dilation=2),
            nn.ReLU(),
            nn.BatchNorm1d(hidden),
        )
        self.embedding = nn.Linear(hidden * 2, embed_dim)
        self.classifier = nn.Linear(embed_dim, num_speakers)

    def forward(self, x):
        x = self.tdnn(x)
        stats = torch.cat((x.mean(dim=2), x.std(dim=2)), dim=1)
        emb = self.embedding(stats)
        return self.classifier(torch.relu(emb))


model = XVector()
