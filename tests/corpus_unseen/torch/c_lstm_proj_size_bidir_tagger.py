"""LLM-generated style (prompt: "Write a PyTorch sequence labeling model with a projected bidirectional LSTM;
input shape (N, T, F)"): `nn.LSTM(..., bidirectional=True, proj_size=10)` whose outputs are 2 * proj_size wide,
a Linear applied to every time step."""
# pivot-corpus: name=ProjectedBiLSTMTagger input_shape=2,9,8
import torch.nn as nn


class ProjectedBiLSTMTagger(nn.Module):
    def __init__(self, input_size=8, hidden_size=32, proj_size=10, num_tags=5):
        super().__init__()
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers=2, batch_first=True, bidirectional=True,
                            proj_size=proj_size)
        self.tagger = nn.Linear(2 * proj_size, num_tags)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.tagger(out)
