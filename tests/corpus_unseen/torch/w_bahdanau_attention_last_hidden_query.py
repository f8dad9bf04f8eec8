"""LLM-generated style (Gemini, "an LSTM with Bahdanau additive attention using the last hidden state as query"):
`self.v(torch.tanh(self.W1(out) + self.W2(hidden[-1]).unsqueeze(1)))`, `F.softmax(score, dim=1)`, the context
`(attention_weights * out).sum(dim=1)` concatenated with the query."""
# pivot-corpus: name=AdditiveAttentionLSTM input_shape=2,11,4
import torch
import torch.nn as nn
import torch.nn.functional as F


class AdditiveAttentionLSTM(nn.Module):
    def __init__(self, input_size=4, hidden_size=20, attn_units=10, num_classes=2):
        super().__init__()
        self.lstm = nn.LSTM(input_size, hidden_size, batch_first=True)
        self.W1 = nn.Linear(hidden_size, attn_units)
        self.W2 = nn.Linear(hidden_size, attn_units)
        self.v = nn.Linear(attn_units, 1)
        self.fc = nn.Linear(hidden_size * 2, num_classes)

    def forward(self, x):
        out, (hidden, _) = self.lstm(x)
        query = hidden[-1]
        score = self.v(torch.tanh(self.W1(out) + self.W2(query).unsqueeze(1)))
        attention_weights = F.softmax(score, dim=1)
        context = (attention_weights * out).sum(dim=1)
        return self.fc(torch.cat([context, query], dim=1))
