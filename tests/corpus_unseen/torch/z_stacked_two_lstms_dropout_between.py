"""LLM-generated style (research-dataset prompt: "Write a PyTorch model class for stock price prediction with a
stacked LSTM; input shape (N, T, F)"): two separate `nn.LSTM` modules with dropout between, like Keras's
`LSTM(return_sequences=True)`, `Dropout`, `LSTM`."""
# pivot-corpus: name=StackedLSTM input_shape=4,30,4
import torch.nn as nn


class StackedLSTM(nn.Module):
    def __init__(self, input_size=4, hidden1=48, hidden2=24, output_size=1):
        super().__init__()
        self.lstm1 = nn.LSTM(input_size, hidden1, batch_first=True)
        self.dropout1 = nn.Dropout(0.2)
        self.lstm2 = nn.LSTM(hidden1, hidden2, batch_first=True)
        self.dropout2 = nn.Dropout(0.2)
        self.fc = nn.Linear(hidden2, output_size)

    def forward(self, x):
        x, _ = self.lstm1(x)
        x = self.dropout1(x)
        x, _ = self.lstm2(x)
        x = self.dropout2(x[:, -1, :])
        return self.fc(x)
