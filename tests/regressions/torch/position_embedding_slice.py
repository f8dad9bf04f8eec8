"""Issue 10: a learned position embedding sliced by the sequence length (`self.pos_embedding[:, :x.size(1), :]`,
the usual LLM-written Transformer classifier): the size inside the slice was copied into Keras untranslated (exit
0, then `EagerTensor has no attribute size`)."""
# pivot-corpus: name=TextTransformer input_shape=2,10 input_dtype=int64
import torch
import torch.nn as nn


class TextTransformer(nn.Module):
    def __init__(self, vocab_size=50, d_model=16, nhead=2, num_layers=2, num_classes=3, max_len=32):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, d_model, padding_idx=0)
        self.pos_embedding = nn.Parameter(torch.zeros(1, max_len, d_model))
        encoder_layer = nn.TransformerEncoderLayer(d_model=d_model, nhead=nhead, dim_feedforward=32,
                                                   dropout=0.1, batch_first=True)
        self.encoder = nn.TransformerEncoder(encoder_layer, num_layers=num_layers)
        self.fc = nn.Linear(d_model, num_classes)

    def forward(self, x):
        x = self.embedding(x) + self.pos_embedding[:, :x.size(1), :]
        x = self.encoder(x)
        x = x.mean(dim=1)
        return self.fc(x)
