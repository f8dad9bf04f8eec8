"""Imitates manzilzaheer/DeepSets (PointClouds/classifier.py `D` / `DTanh` permutation-equivariant layers):
`PermEqui1_max` computing `xm, _ = x.max(1, keepdim=True)` then `self.Gamma(x - xm)`, a `phi` Sequential of
equivariant layers with ELU/Tanh, the set pooled with `phi_output.max(1)` ... here `sum(1)` as in its
sum-decomposition example, then `ro` Sequential with Dropout. Input (batch, set size, features)."""
# pivot-corpus: name=DTanh input_shape=2,10,3
import torch
import torch.nn as nn


class PermEqui1_max(nn.Module):
    def __init__(self, in_dim, out_dim):
        super(PermEqui1_max, self).__init__()
        self.Gamma = nn.Linear(in_dim, out_dim)

    def forward(self, x):
        xm, _ = x.max(1, keepdim=True)
        x = self.Gamma(x-xm)
        return x


class PermEqui2_mean(nn.Module):
    def __init__(self, in_dim, out_dim):
        super(PermEqui2_mean, self).__init__()
        self.Gamma = nn.Linear(in_dim, out_dim)
        self.Lambda = nn.Linear(in_dim, out_dim, bias=False)

    def forward(self, x):
        xm = x.mean(1, keepdim=True)
        xm = self.Lambda(xm)
        x = self.Gamma(x)
        x = x - xm
        return x


class DTanh(nn.Module):

    def __init__(self, d_dim=32, x_dim=3, pool='sum'):
        super(DTanh, self).__init__()
        self.d_dim = d_dim
        self.x_dim = x_dim

        if pool == 'max':
            self.phi = nn.Sequential(
                PermEqui1_max(self.x_dim, self.d_dim),
                nn.Tanh(),
                PermEqui1_max(self.d_dim, self.d_dim),
                nn.Tanh(),
            )
        else:
            self.phi = nn.Sequential(
                PermEqui2_mean(self.x_dim, self.d_dim),
                nn.Tanh(),
                PermEqui2_mean(self.d_dim, self.d_dim),
                nn.Tanh(),
            )

        self.ro = nn.Sequential(
            nn.Dropout(p=0.5),
            nn.Linear(self.d_dim, self.d_dim),
            nn.Tanh(),
            nn.Dropout(p=0.5),
            nn.Linear(self.d_dim, 40),
        )
        print(self)

    def forward(self, x):
        phi_output = self.phi(x)
        sum_output = phi_output.sum(1)
        ro_output = self.ro(sum_output)
        return ro_output
