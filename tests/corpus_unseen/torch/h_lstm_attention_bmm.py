"""LLM-generated style LSTM with dot-product attention via `torch.bmm`: the last hidden state queries all
outputs (`torch.bmm(out, hidden.unsqueeze(2)).squeeze(2)`), softmax over time, a weighted context with
`torch.bmm(out.transpose(1, 2), weights.unsqueeze(2)).squeeze(2)`."""
# pivot-corpus: name=AttnLSTM input_shape=2,15,8
import torch
import torch.nn as nn
import torch.nn.functional as F


class AttnLSTM(nn.Module):
    def __init__(self, input_size=8, hidden_size=32, output_size=3):
        super().__init__()
        self.lstm = nn.LSTM(input_size, hidden_size, batch_first=True)
        self.fc = nn.Linear(hidden_size, output_size)

    def attention(self, lstm_out, final_hidden):
        hidden = final_hidden.squeeze(0)
        attn_weights = torch.bmm(lstm_out, hidden.unsqueeze(2)).squeeze(2)
        soft_attn_weights = F.softmax(attn_weights, dim=1)
        context = torch.bmm(lstm_out.transpose(1, 2), soft_attn_weights.unsqueeze(2)).squeeze(2)
        return context

    def forward(self, x):
        lstm_out, (h_n, c_n) = self.lstm(x)
        context = self.attention(lstm_out, h_n)
        return self.fc(context)


model = AttnLSTM()
