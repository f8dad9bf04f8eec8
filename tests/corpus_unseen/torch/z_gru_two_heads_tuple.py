"""LLM-generated style (research-dataset prompt: "Write a PyTorch multitask model for activity and subject
recognition; input shape (N, T, F)"): a shared GRU and two heads returned as a tuple."""
# pivot-corpus: name=MultiTaskGRU input_shape=4,20,6
import torch.nn as nn


class MultiTaskGRU(nn.Module):
    def __init__(self, input_size=6, hidden_size=32, n_activities=6, n_subjects=10):
        super().__init__()
        self.gru = nn.GRU(input_size, hidden_size, num_layers=2, batch_first=True, dropout=0.2)
        self.activity_head = nn.Linear(hidden_size, n_activities)
        self.subject_head = nn.Linear(hidden_size, n_subjects)

    def forward(self, x):
        out, _ = self.gru(x)
        last = out[:, -1, :]
        return self.activity_head(last), self.subject_head(last)
