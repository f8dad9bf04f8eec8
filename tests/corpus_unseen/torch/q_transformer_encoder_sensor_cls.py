"""LLM-generated style ("Transformer encoder for human activity recognition"): a Linear input projection,
`nn.TransformerEncoderLayer(d_model, nhead, dim_feedforward, dropout, batch_first=True)` stacked by
`nn.TransformerEncoder(layer, num_layers)`, mean pooling over time and a Linear."""
# pivot-corpus: name=HARTransformer input_shape=2,16,6
import torch
import torch.nn as nn


class HARTransformer(nn.Module):
    def __init__(self, n_features=6, d_model=32, nhead=4, num_layers=2, num_classes=6):
        super().__init__()
        self.input_proj = nn.Linear(n_features, d_model)
        encoder_layer = nn.TransformerEncoderLayer(d_model=d_model, nhead=nhead, dim_feedforward=64,
                                                   dropout=0.1, batch_first=True)
        self.encoder = nn.TransformerEncoder(encoder_layer, num_layers=num_layers)
        self.fc = nn.Linear(d_model, num_classes)

    def forward(self, x):
        x = self.input_proj(x)
        x = self.encoder(x)
        x = x.mean(dim=1)
        return self.fc(x)


model = HARTransformer()
