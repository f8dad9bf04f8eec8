"""vr2 (bench/variants.py inputs_to_self_device): `self.device = torch.device("cuda" if torch.cuda.is_available()
else "cpu")` in the constructor, read by `x.to(self.device)` and `torch.zeros(..., device=self.device)`. Was PIV104
("cannot tell which layer this builds"); a value of PyTorch calls on no tensor is no layer, and a Keras model is
placed on no device: the assignment is dropped where every read of it is a device the migration drops."""
# pivot-corpus: name=DeviceGRU input_shape=2,5,8
import torch
import torch.nn as nn


class DeviceGRU(nn.Module):
    def __init__(self, input_size=8, hidden_size=16, n_classes=3):
        super().__init__()
        self.device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
        self.hidden_size = hidden_size
        self.gru = nn.GRU(input_size, hidden_size, batch_first=True)
        self.fc = nn.Linear(hidden_size, n_classes)

    def forward(self, x):
        x = x.to(self.device)
        h0 = torch.zeros(1, x.size(0), self.hidden_size, device=self.device)
        out, _ = self.gru(x, h0)
        return self.fc(out[:, -1, :])
