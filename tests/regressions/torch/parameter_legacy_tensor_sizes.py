"""ut9 (s_custom_linear_f_linear, s_cosine_classifier_normalize_param): `nn.Parameter(torch.Tensor(out, in))` and
`torch.FloatTensor(n)` (the legacy constructors given sizes: uninitialised memory, then an initialiser) are
parameters of that shape, as torch.empty; was PIV105."""
# pivot-corpus: name=TensorParamNet input_shape=4,6
import torch
import torch.nn as nn


class TensorParamNet(nn.Module):
    def __init__(self, n_in=6, n_out=3):
        super().__init__()
        self.weight = nn.Parameter(torch.Tensor(n_in, n_out))
        self.bias = nn.Parameter(torch.FloatTensor(n_out))
        nn.init.xavier_uniform_(self.weight)
        nn.init.zeros_(self.bias)

    def forward(self, x):
        return torch.matmul(x, self.weight) + self.bias


model = TensorParamNet()
