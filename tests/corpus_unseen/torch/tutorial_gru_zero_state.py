"""The widely copied time-series tutorial GRU regressor: explicit zero initial state built from x.size(0) with
.requires_grad_(), passed as h0.detach(), last step out[:, -1, :] to a Linear."""
# pivot-corpus: name=GRUModel input_shape=2,12,4
import torch
import torch.nn as nn


class GRUModel(nn.Module):
    def __init__(self, input_dim=4, hidden_dim=16, layer_dim=2, output_dim=1, dropout_prob=0.2):
        super(GRUModel, self).__init__()
        # Defining the number of layers and the nodes in each layer
        self.layer_dim = layer_dim
        self.hidden_dim = hidden_dim
        # GRU layers
        self.gru = nn.GRU(input_dim, hidden_dim, layer_dim, batch_first=True, dropout=dropout_prob)
        # Fully connected layer
        self.fc = nn.Linear(hidden_dim, output_dim)

    def forward(self, x):
        # Initializing hidden state for first input with zeros
        h0 = torch.zeros(self.layer_dim, x.size(0), self.hidden_dim).requires_grad_()
        # Forward propagation by passing in the input and hidden state into the model
        out, _ = self.gru(x, h0.detach())
        # Reshaping the outputs in the shape of (batch_size, seq_length, hidden_size)
        # so that it can fit into the fully connected layer
        out = out[:, -1, :]
        # Convert the final state to our desired output shape (batch_size, output_dim)
        out = self.fc(out)
        return out
