"""LLM-generated style (research-dataset prompt: "Write a PyTorch model class for ECG beat classification; input
shape (N, T, F)"): a two-layer bidirectional LSTM whose forward and backward final states
`torch.cat((hidden[-2,:,:], hidden[-1,:,:]), dim=1)` go through dropout to the classifier."""
# pivot-corpus: name=BiLSTMClassifier input_shape=4,30,1
import torch
import torch.nn as nn


class BiLSTMClassifier(nn.Module):
    def __init__(self, input_size=1, hidden_size=24, num_layers=2, num_classes=4, dropout=0.3):
        super().__init__()
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers=num_layers, batch_first=True,
                            bidirectional=True, dropout=dropout)
        self.dropout = nn.Dropout(dropout)
        self.fc = nn.Linear(hidden_size * 2, num_classes)

    def forward(self, x):
        output, (hidden, cell) = self.lstm(x)
        hidden = self.dropout(torch.cat((hidden[-2, :, :], hidden[-1, :, :]), dim=1))
        return self.fc(hidden)
