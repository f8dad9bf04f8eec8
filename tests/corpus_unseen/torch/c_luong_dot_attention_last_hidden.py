"""LLM-generated style (prompt: "Write a GRU classifier in PyTorch that attends over its outputs using the final
hidden state as the query (Luong dot attention); input shape (N, T, F)"): scores
`torch.bmm(out, hidden.unsqueeze(2)).squeeze(2)`, softmax over time, the context
`torch.bmm(out.transpose(1, 2), weights.unsqueeze(2)).squeeze(2)`, `torch.tanh(self.concat(torch.cat([context,
hidden], dim=1)))`."""
# pivot-corpus: name=LuongAttnGRU input_shape=4,10,5
import torch
import torch.nn as nn
import torch.nn.functional as F


class LuongAttnGRU(nn.Module):
    def __init__(self, input_size=5, hidden_size=24, num_classes=3):
        super().__init__()
        self.gru = nn.GRU(input_size, hidden_size, batch_first=True)
        self.concat = nn.Linear(2 * hidden_size, hidden_size)
        self.out = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        out, h_n = self.gru(x)
        hidden = h_n[-1]                                            # (N, H)
        scores = torch.bmm(out, hidden.unsqueeze(2)).squeeze(2)     # (N, T)
        weights = F.softmax(scores, dim=1)
        context = torch.bmm(out.transpose(1, 2), weights.unsqueeze(2)).squeeze(2)  # (N, H)
        combined = torch.tanh(self.concat(torch.cat([context, hidden], dim=1)))
        return self.out(combined)
