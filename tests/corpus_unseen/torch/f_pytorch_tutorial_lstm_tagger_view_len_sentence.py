"""LLM-generated style (the PyTorch "Sequence Models and LSTM Networks" tutorial that answers reproduce, prompt:
"LSTM part-of-speech tagger; input a sentence of token ids (L,)"): one unbatched sentence,
`embeds.view(len(sentence), 1, -1)` into a sequence-first LSTM, `lstm_out.view(len(sentence), -1)` to the tag
head and `F.log_softmax(tag_space, dim=1)`."""
# pivot-corpus: name=LSTMTagger input_shape=7 input_dtype=int64
import torch.nn as nn
import torch.nn.functional as F


class LSTMTagger(nn.Module):
    def __init__(self, embedding_dim=6, hidden_dim=6, vocab_size=9, tagset_size=3):
        super(LSTMTagger, self).__init__()
        self.hidden_dim = hidden_dim
        self.word_embeddings = nn.Embedding(vocab_size, embedding_dim)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim)
        self.hidden2tag = nn.Linear(hidden_dim, tagset_size)

    def forward(self, sentence):
        embeds = self.word_embeddings(sentence)
        lstm_out, _ = self.lstm(embeds.view(len(sentence), 1, -1))
        tag_space = self.hidden2tag(lstm_out.view(len(sentence), -1))
        tag_scores = F.log_softmax(tag_space, dim=1)
        return tag_scores
