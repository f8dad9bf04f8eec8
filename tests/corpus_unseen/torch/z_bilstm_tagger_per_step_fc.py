"""LLM-generated style (research-dataset prompt: "Write a PyTorch model class for per-time-step anomaly tagging;
input shape (N, T, F)"): a many-to-many BiLSTM whose every step is classified, `self.fc(out)`."""
# pivot-corpus: name=SequenceTagger input_shape=4,15,6
import torch.nn as nn


class SequenceTagger(nn.Module):
    def __init__(self, input_size=6, hidden_size=20, num_tags=3):
        super().__init__()
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers=1, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(hidden_size * 2, num_tags)

    def forward(self, x):
        out, _ = self.lstm(x)          # (N, T, 2H)
        logits = self.fc(out)          # (N, T, num_tags)
        return logits
