"""LLM-generated style (research-dataset prompt: "Write a PyTorch model class for EEG seizure detection with careful
initialisation; input shape (N, T, F)"): `nn.init.orthogonal_(self.lstm.weight_hh_l0)`, xavier on the input weights
and zero biases, then the last step."""
# pivot-corpus: name=SeizureLSTM input_shape=4,40,8
import torch.nn as nn


class SeizureLSTM(nn.Module):
    def __init__(self, n_channels=8, hidden_size=32, n_classes=2):
        super().__init__()
        self.lstm = nn.LSTM(n_channels, hidden_size, batch_first=True)
        self.fc = nn.Linear(hidden_size, n_classes)
        nn.init.xavier_uniform_(self.lstm.weight_ih_l0)
        nn.init.orthogonal_(self.lstm.weight_hh_l0)
        nn.init.zeros_(self.lstm.bias_ih_l0)
        nn.init.zeros_(self.lstm.bias_hh_l0)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fc(out[:, -1, :])
