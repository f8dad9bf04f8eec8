"""LLM-generated style sequence model: LSTM then max pooling over time written as out.max(dim=1)[0]."""
# pivot-corpus: name=MaxPoolLSTM input_shape=2,10,5
import torch
import torch.nn as nn


class MaxPoolLSTM(nn.Module):
    def __init__(self, input_size=5, hidden_size=12, num_classes=3):
        super().__init__()
        self.lstm = nn.LSTM(input_size, hidden_size, batch_first=True)
        self.fc = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        out, _ = self.lstm(x)
        pooled = out.max(dim=1)[0]
        return self.fc(pooled)


model = MaxPoolLSTM()
