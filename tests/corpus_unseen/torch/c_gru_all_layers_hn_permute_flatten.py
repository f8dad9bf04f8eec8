"""LLM-generated style (prompt: "Write a PyTorch GRU model that uses the final hidden states of all layers for
classification; input shape (N, T, F)"): `h_n.permute(1, 0, 2).reshape(x.size(0), -1)` flattens the
(num_layers, N, H) states of every layer per sample into one num_layers * H vector."""
# pivot-corpus: name=AllLayersGRU input_shape=4,13,6
import torch.nn as nn


class AllLayersGRU(nn.Module):
    def __init__(self, input_size=6, hidden_size=16, num_layers=3, num_classes=4):
        super().__init__()
        self.gru = nn.GRU(input_size, hidden_size, num_layers=num_layers, batch_first=True)
        self.fc = nn.Linear(num_layers * hidden_size, num_classes)

    def forward(self, x):
        _, h_n = self.gru(x)
        features = h_n.permute(1, 0, 2).reshape(x.size(0), -1)
        return self.fc(features)
