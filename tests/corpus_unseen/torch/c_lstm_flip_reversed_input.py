"""LLM-generated style (prompt: "Write a PyTorch model class for sequence classification that reads the input in
reverse order as in Sutskever et al.; input shape (N, T, F)"): `torch.flip(x, dims=[1])` reverses time before a
two-layer LSTM with dropout, the top layer's final state `h_n[-1]` feeds the classifier."""
# pivot-corpus: name=ReversedInputLSTM input_shape=4,16,5
import torch
import torch.nn as nn


class ReversedInputLSTM(nn.Module):
    def __init__(self, input_size=5, hidden_size=32, num_layers=2, num_classes=3, dropout=0.2):
        super().__init__()
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers=num_layers, batch_first=True, dropout=dropout)
        self.fc = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        # reverse the time axis so the first inputs are closest to the final state
        x = torch.flip(x, dims=[1])
        _, (h_n, _) = self.lstm(x)
        return self.fc(h_n[-1])
