"""LLM-generated style bidirectional GRU tagger-to-classifier: `output = output.contiguous()` after the GRU,
then `output[:, -1, :]`, a Dropout and Linear; the GRU's hidden state is discarded with `_`."""
# pivot-corpus: name=BiGRUModel input_shape=2,15,10
import torch
import torch.nn as nn


class BiGRUModel(nn.Module):
    def __init__(self, input_dim=10, hidden_dim=20, num_layers=2, num_classes=4, dropout=0.3):
        super().__init__()
        self.gru = nn.GRU(input_dim, hidden_dim, num_layers=num_layers, batch_first=True,
                          bidirectional=True, dropout=dropout)
        self.dropout = nn.Dropout(dropout)
        self.classifier = nn.Linear(2 * hidden_dim, num_classes)

    def forward(self, x):
        output, _ = self.gru(x)
        output = output.contiguous()
        last = output[:, -1, :]
        return self.classifier(self.dropout(last))


model = BiGRUModel()
