"""LLM-generated style classifier with weight initialisation: `self.apply(self._init_weights)` where
_init_weights checks `isinstance(module, nn.Linear)` and calls nn.init.kaiming_normal_(..., nonlinearity='relu')
and nn.init.zeros_, BatchNorm weights set by nn.init.ones_/zeros_; forward uses F.relu."""
# pivot-corpus: name=DeepClassifier input_shape=4,50
import torch
import torch.nn as nn
import torch.nn.functional as F


class DeepClassifier(nn.Module):
    def __init__(self, in_dim=50, hidden=256, n_classes=3, p_drop=0.25):
        super().__init__()
        self.fc1 = nn.Linear(in_dim, hidden)
        self.bn1 = nn.BatchNorm1d(hidden)
        self.fc2 = nn.Linear(hidden, hidden // 2)
        self.bn2 = nn.BatchNorm1d(hidden // 2)
        self.fc3 = nn.Linear(hidden // 2, n_classes)
        self.dropout = nn.Dropout(p_drop)
        self.apply(self._init_weights)

    def _init_weights(self, module):
        if isinstance(module, nn.Linear):
            nn.init.kaiming_normal_(module.weight, nonlinearity='relu')
            if module.bias is not None:
                nn.init.zeros_(module.bias)
        elif isinstance(module, nn.BatchNorm1d):
            nn.init.ones_(module.weight)
            nn.init.zeros_(module.bias)

    def forward(self, x):
        x = self.dropout(F.relu(self.bn1(self.fc1(x))))
        x = self.dropout(F.relu(self.bn2(self.fc2(x))))
        return self.fc3(x)


model = DeepClassifier()
