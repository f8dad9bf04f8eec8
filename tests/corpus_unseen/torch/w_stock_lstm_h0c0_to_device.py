"""LLM-generated style (ChatGPT, "write an LSTM in PyTorch for stock price forecasting"): h0/c0 built as
`torch.zeros(self.num_layers, x.size(0), self.hidden_size).to(x.device)`, passed as `(h0, c0)`, the last step
`out[:, -1, :]` into a Linear, and an `if __name__ == "__main__":` smoke test."""
# pivot-corpus: name=StockLSTM input_shape=2,10,4
import torch
import torch.nn as nn


class StockLSTM(nn.Module):
    def __init__(self, input_size=4, hidden_size=32, num_layers=2, output_size=1):
        super(StockLSTM, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True)
        self.fc = nn.Linear(hidden_size, output_size)

    def forward(self, x):
        # Initialize hidden state and cell state
        h0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size).to(x.device)
        c0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size).to(x.device)

        # Forward propagate LSTM
        out, _ = self.lstm(x, (h0, c0))  # out: (batch_size, seq_length, hidden_size)

        # Decode the hidden state of the last time step
        out = self.fc(out[:, -1, :])
        return out


if __name__ == "__main__":
    model = StockLSTM(input_size=4, hidden_size=32, num_layers=2, output_size=1)
    sample = torch.randn(16, 10, 4)
    print(model(sample).shape)  # torch.Size([16, 1])
