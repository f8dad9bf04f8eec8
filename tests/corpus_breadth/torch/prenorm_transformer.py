"""A pre-norm GELU Transformer encoder over feature sequences, with a final LayerNorm and first-token readout."""
# pivot-corpus: name=PreNormTransformer input_shape=2,10,16 input_dtype=float32
import torch.nn as nn


class PreNormTransformer(nn.Module):
    def __init__(self, in_features=16, d_model=32, nhead=2, dim_feedforward=128, num_layers=2, num_outputs=3):
        super().__init__()
        self.input_proj = nn.Linear(in_features, d_model)
        encoder_layer = nn.TransformerEncoderLayer(
            d_model=d_model,
            nhead=nhead,
            dim_feedforward=dim_feedforward,
            dropout=0.1,
            activation="gelu",
            batch_first=True,
            norm_first=True,
        )
        self.encoder = nn.TransformerEncoder(encoder_layer, num_layers=num_layers, norm=nn.LayerNorm(d_model))
        self.head = nn.Linear(d_model, num_outputs)

    def forward(self, x):
        x = self.input_proj(x)
        x = self.encoder(x)
        return self.head(x[:, 0])
