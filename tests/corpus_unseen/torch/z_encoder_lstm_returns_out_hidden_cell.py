"""LLM-generated style (research-dataset prompt: "Write a PyTorch encoder for a seq2seq forecaster; input shape
(N, T, F)"): an LSTM encoder returning `outputs, (hidden, cell)` for a decoder, through a Linear input projection."""
# pivot-corpus: name=EncoderLSTM input_shape=4,12,5
import torch.nn as nn


class EncoderLSTM(nn.Module):
    def __init__(self, input_size=5, embed_size=16, hidden_size=32, num_layers=2):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.input_proj = nn.Linear(input_size, embed_size)
        self.lstm = nn.LSTM(embed_size, hidden_size, num_layers, batch_first=True)

    def forward(self, x):
        x = self.input_proj(x)
        outputs, (hidden, cell) = self.lstm(x)
        return outputs, hidden, cell
