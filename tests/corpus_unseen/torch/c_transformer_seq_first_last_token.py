"""LLM-generated style (prompt: "Write a small Transformer encoder in PyTorch to predict the next value of a
univariate series; input shape (N, T, 1)"): `nn.TransformerEncoderLayer(d_model, nhead)` with the default
sequence-first layout, so the input is `x.permute(1, 0, 2)`, and the prediction is read from the last position
`out[-1]`."""
# pivot-corpus: name=SeqFirstTransformer input_shape=2,10,1
import torch.nn as nn


class SeqFirstTransformer(nn.Module):
    def __init__(self, feature_size=1, d_model=16, nhead=2, num_layers=1):
        super().__init__()
        self.embed = nn.Linear(feature_size, d_model)
        layer = nn.TransformerEncoderLayer(d_model, nhead, dim_feedforward=32, dropout=0.0)
        self.encoder = nn.TransformerEncoder(layer, num_layers)
        self.decoder = nn.Linear(d_model, 1)

    def forward(self, x):
        x = self.embed(x).permute(1, 0, 2)   # (T, N, d_model)
        out = self.encoder(x)
        return self.decoder(out[-1])
