"""LLM-generated style stacked LSTM with the classic LSTM weight initialisation loop
`for name, param in self.lstm.named_parameters(): if 'weight_ih' in name: nn.init.xavier_uniform_(param) ...`,
the final hidden state of the top layer `h_n[-1]` into the classifier."""
# pivot-corpus: name=LSTMClassifier input_shape=2,25,12
import torch
import torch.nn as nn


class LSTMClassifier(nn.Module):
    def __init__(self, input_dim=12, hidden_dim=32, num_layers=2, num_classes=5):
        super().__init__()
        self.lstm = nn.LSTM(input_dim, hidden_dim, num_layers=num_layers, batch_first=True)
        self.fc = nn.Linear(hidden_dim, num_classes)
        self._init_weights()

    def _init_weights(self):
        for name, param in self.lstm.named_parameters():
            if 'weight_ih' in name:
                nn.init.xavier_uniform_(param.data)
            elif 'weight_hh' in name:
                nn.init.orthogonal_(param.data)
            elif 'bias' in name:
                param.data.fill_(0)
        nn.init.xavier_normal_(self.fc.weight)

    def forward(self, x):
        _, (h_n, _) = self.lstm(x)
        return self.fc(h_n[-1])


model = LSTMClassifier()
