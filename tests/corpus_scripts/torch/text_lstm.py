"""Sentiment classification with an Embedding + LSTM model class on token ids the script makes."""
import numpy as np
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

VOCAB_SIZE = 200
SEQ_LEN = 12
EMBED_DIM = 16
rng = np.random.default_rng(7)
sentences = [rng.integers(1, VOCAB_SIZE, size=rng.integers(4, SEQ_LEN + 1)) for _ in range(80)]


def pad(tokens, length=SEQ_LEN):
    """Right-pad (or cut) a token list to a fixed length with 0."""
    out = np.zeros(length, dtype="int64")
    out[:min(length, len(tokens))] = tokens[:length]
    return out


tokens = np.stack([pad(s) for s in sentences])
sentiment = (tokens.sum(axis=1) % 2).astype("int64")
print("padded:", tokens.shape, "positives:", int(sentiment.sum()))


class SentimentLSTM(nn.Module):
    def __init__(self, vocab_size, embed_dim, hidden_dim, num_classes):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim)
        self.lstm = nn.LSTM(embed_dim, hidden_dim, batch_first=True)
        self.fc = nn.Linear(hidden_dim, num_classes)

    def forward(self, x):
        embedded = self.embedding(x)
        output, (hidden, cell) = self.lstm(embedded)
        return self.fc(output[:, -1, :])


model = SentimentLSTM(VOCAB_SIZE, EMBED_DIM, 24, 2)
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.005)
loader = DataLoader(TensorDataset(torch.from_numpy(tokens), torch.from_numpy(sentiment)), batch_size=16,
                    shuffle=True)

for epoch in range(2):
    for batch_tokens, batch_labels in loader:
        optimizer.zero_grad()
        loss = criterion(model(batch_tokens), batch_labels)
        loss.backward()
        optimizer.step()

model.eval()
with torch.no_grad():
    logits = model(torch.from_numpy(tokens[:8]))
print("predicted classes:", logits.argmax(dim=1))
