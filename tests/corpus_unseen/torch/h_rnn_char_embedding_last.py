"""LLM-generated style character-level RNN classifier: nn.Embedding over token ids, `nn.RNN` with
`nonlinearity='tanh'`, the final hidden `hidden.squeeze(0)`, Linear, `F.log_softmax(dim=1)`."""
# pivot-corpus: name=CharRNN input_shape=2,12 input_dtype=int64
import torch.nn as nn
import torch.nn.functional as F


class CharRNN(nn.Module):
    def __init__(self, vocab_size=60, embedding_dim=16, hidden_dim=32, n_classes=18):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embedding_dim)
        self.rnn = nn.RNN(embedding_dim, hidden_dim, batch_first=True, nonlinearity='tanh')
        self.fc = nn.Linear(hidden_dim, n_classes)

    def forward(self, x):
        embedded = self.embedding(x)
        output, hidden = self.rnn(embedded)
        return F.log_softmax(self.fc(hidden.squeeze(0)), dim=1)


model = CharRNN()
