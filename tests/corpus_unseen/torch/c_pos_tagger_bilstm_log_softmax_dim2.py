"""LLM-generated style (prompt: "Write a BiLSTM part-of-speech tagger in PyTorch; input shape (N, T) of word ids"):
`self.hidden2tag(lstm_out)` applied to every time step, `F.log_softmax(tag_space, dim=2)` over the tags."""
# pivot-corpus: name=BiLSTMTagger input_shape=3,12 input_dtype=int64
import torch.nn as nn
import torch.nn.functional as F


class BiLSTMTagger(nn.Module):
    def __init__(self, vocab_size=300, tagset_size=12, embedding_dim=32, hidden_dim=24):
        super().__init__()
        self.word_embeddings = nn.Embedding(vocab_size, embedding_dim, padding_idx=0)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim // 2, num_layers=1, bidirectional=True, batch_first=True)
        self.hidden2tag = nn.Linear(hidden_dim, tagset_size)

    def forward(self, sentence):
        embeds = self.word_embeddings(sentence)
        lstm_out, _ = self.lstm(embeds)
        tag_space = self.hidden2tag(lstm_out)
        return F.log_softmax(tag_space, dim=2)
