"""ut9 (s_vae_reparameterize_eval_mu): `if not self.training: ... else: <noise>` in forward (Gaussian noise only while
training): at inference the migrated code is the inference branch (PIV203 note); was PIV102 on torch.randn_like."""
# pivot-corpus: name=NoisyHead input_shape=3,8
import torch
import torch.nn as nn
import torch.nn.functional as F


class NoisyHead(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(8, 16)
        self.fc2 = nn.Linear(16, 2)

    def forward(self, x):
        h = F.relu(self.fc1(x))
        if not self.training:
            out = self.fc2(h)
        else:
            out = self.fc2(h + 0.1 * torch.randn_like(h))
        return out


model = NoisyHead()
