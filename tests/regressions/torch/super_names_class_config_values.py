"""bench/variants.py (super_spelled_old): `super(ConfigMLP, self).__init__()` made the class name a value read
elsewhere than as a callee, so the file's call `ConfigMLP({..., 'activation': 'Tanh'})` bound nothing and
`getattr(nn, config['activation'])()` was PIV102 (it verified with `super().__init__()`); `super(Cls, self)` names
the class and passes no value."""
# pivot-corpus: name=ConfigMLP input_shape=4,8
import torch.nn as nn


class ConfigMLP(nn.Module):
    def __init__(self, config):
        super(ConfigMLP, self).__init__()
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
