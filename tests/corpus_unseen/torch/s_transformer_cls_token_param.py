"""Time-series / ViT-tutorial style: a learned `cls_token = nn.Parameter(torch.zeros(1, 1, d))` and positional
embedding `nn.Parameter(torch.randn(1, seq_len + 1, d))`, `cls.expand(B, -1, -1)` concatenated in front with
`torch.cat((cls_tokens, x), dim=1)`, `nn.TransformerEncoder(nn.TransformerEncoderLayer(..., batch_first=True))`,
the classifier reads `x[:, 0]`."""
# pivot-corpus: name=SeqTransformer input_shape=2,10,5
import torch
import torch.nn as nn


class SeqTransformer(nn.Module):
    def __init__(self, n_features=5, seq_len=10, d_model=16, nhead=2, num_layers=1, num_classes=4):
        super().__init__()
        self.embed = nn.Linear(n_features, d_model)
        self.cls_token = nn.Parameter(torch.zeros(1, 1, d_model))
        self.pos_embedding = nn.Parameter(torch.randn(1, seq_len + 1, d_model))
        self.transformer = nn.TransformerEncoder(
            nn.TransformerEncoderLayer(d_model, nhead, dim_feedforward=32, dropout=0.1, batch_first=True),
            num_layers=num_layers,
        )
        self.head = nn.Linear(d_model, num_classes)

    def forward(self, x):
        x = self.embed(x)
        B = x.shape[0]
        cls_tokens = self.cls_token.expand(B, -1, -1)
        x = torch.cat((cls_tokens, x), dim=1)
        x = x + self.pos_embedding
        x = self.transformer(x)
        return self.head(x[:, 0])


model = SeqTransformer()
