"""LLM-generated style MLP built from a config dict of layer sizes and an activation name:
`getattr(nn, config['activation'])()`, sizes zipped pairwise with `zip(dims[:-1], dims[1:])`, skip of the
activation after the last layer (`if i < len(dims) - 2`)."""
# pivot-corpus: name=ConfigMLP input_shape=4,8
import torch.nn as nn


class ConfigMLP(nn.Module):
    def __init__(self, config):
        super().__init__()
        dims = [config['input_dim']] + config['hidden_dims'] + [config['output_dim']]
        layers = []
        for i, (d_in, d_out) in enumerate(zip(dims[:-1], dims[1:])):
            layers.append(nn.Linear(d_in, d_out))
            if i < len(dims) - 2:
                layers.append(getattr(nn, config['activation'])())
        self.model = nn.Sequential(*layers)

    def forward(self, x):
        return self.model(x)


model = ConfigMLP({'input_dim': 8, 'hidden_dims': [32, 16], 'output_dim': 2, 'activation': 'Tanh'})
