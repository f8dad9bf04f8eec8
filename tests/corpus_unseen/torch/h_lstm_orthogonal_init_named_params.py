"""LLM-generated style LSTM regressor with the usual RNN init loop: `for name, param in
self.lstm.named_parameters()`, `nn.init.xavier_uniform_` on 'weight_ih', `nn.init.orthogonal_` on
'weight_hh', biases zeroed with `param.data.fill_(0)`; `self.init_weights()` called from __init__."""
# pivot-corpus: name=StockLSTM input_shape=2,50,6
import torch.nn as nn


class StockLSTM(nn.Module):
    def __init__(self, input_dim=6, hidden_dim=64, num_layers=2, output_dim=1, dropout=0.2):
        super().__init__()
        self.lstm = nn.LSTM(input_dim, hidden_dim, num_layers, batch_first=True, dropout=dropout)
        self.fc = nn.Linear(hidden_dim, output_dim)
        self.init_weights()

    def init_weights(self):
        for name, param in self.lstm.named_parameters():
            if 'weight_ih' in name:
                nn.init.xavier_uniform_(param.data)
            elif 'weight_hh' in name:
                nn.init.orthogonal_(param.data)
            elif 'bias' in name:
                param.data.fill_(0)
        nn.init.xavier_uniform_(self.fc.weight)

    def forward(self, x):
        lstm_out, _ = self.lstm(x)
        return self.fc(lstm_out[:, -1, :])


model = StockLSTM()
