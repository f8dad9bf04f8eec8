"""LLM-generated style (research-dataset prompt: "Write a PyTorch model class for document-level sentiment with an
attention BiGRU; input shape (N, T) of token ids"): Bahdanau-style scoring `torch.tanh(self.W(out))` then
`self.v(...)`, softmax over time, weighted sum, sigmoid output."""
# pivot-corpus: name=AttnBiGRU input_shape=4,20 input_dtype=int64
import torch
import torch.nn as nn


class AttnBiGRU(nn.Module):
    def __init__(self, vocab_size=300, embed_dim=24, hidden_dim=16, attn_dim=20):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim, padding_idx=0)
        self.gru = nn.GRU(embed_dim, hidden_dim, batch_first=True, bidirectional=True)
        self.W = nn.Linear(2 * hidden_dim, attn_dim)
        self.v = nn.Linear(attn_dim, 1, bias=False)
        self.fc = nn.Linear(2 * hidden_dim, 1)

    def forward(self, x):
        out, _ = self.gru(self.embedding(x))
        scores = self.v(torch.tanh(self.W(out)))
        alpha = torch.softmax(scores, dim=1)
        context = torch.sum(alpha * out, dim=1)
        return torch.sigmoid(self.fc(context))
