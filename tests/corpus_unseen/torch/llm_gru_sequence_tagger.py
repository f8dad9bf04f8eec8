"""LLM-generated style sequence tagger: batch_first GRU with num_layers=2, a Linear applied to every time
step of the output (batch, seq, hidden) -> (batch, seq, tags), F.log_softmax(dim=-1)."""
# pivot-corpus: name=GRUTagger input_shape=2,11,7
import torch
import torch.nn as nn
import torch.nn.functional as F


class GRUTagger(nn.Module):
    def __init__(self, input_dim=7, hidden_dim=20, num_tags=5, num_layers=2):
        super().__init__()
        self.gru = nn.GRU(input_dim, hidden_dim, num_layers=num_layers, batch_first=True)
        self.hidden2tag = nn.Linear(hidden_dim, num_tags)

    def forward(self, x):
        gru_out, _ = self.gru(x)
        tag_space = self.hidden2tag(gru_out)
        return F.log_softmax(tag_space, dim=-1)


model = GRUTagger()
