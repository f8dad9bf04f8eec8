"""LLM-generated style (research-dataset prompt: "Write a PyTorch graph convolutional network for graph
classification on dense adjacency matrices; inputs node features (N, V, F) and normalized adjacency (N, V, V)"):
`torch.bmm(adj, x)` then Linear per layer, mean readout over nodes."""
# pivot-corpus: name=DenseGCN input_shape=2,7,5;2,7,7
import torch
import torch.nn as nn
import torch.nn.functional as F


class GraphConv(nn.Module):
    def __init__(self, in_features, out_features):
        super().__init__()
        self.linear = nn.Linear(in_features, out_features)

    def forward(self, x, adj):
        return self.linear(torch.bmm(adj, x))


class DenseGCN(nn.Module):
    def __init__(self, in_features=5, hidden=16, num_classes=3):
        super().__init__()
        self.gc1 = GraphConv(in_features, hidden)
        self.gc2 = GraphConv(hidden, hidden)
        self.classifier = nn.Linear(hidden, num_classes)

    def forward(self, x, adj):
        x = F.relu(self.gc1(x, adj))
        x = F.relu(self.gc2(x, adj))
        x = x.mean(dim=1)
        return self.classifier(x)
