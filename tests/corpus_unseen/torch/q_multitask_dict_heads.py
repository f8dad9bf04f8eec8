"""LLM-generated style ("multi-task network predicting customer churn and lifetime value"): a shared trunk and two
heads, forward returning a dict `{"churn": ..., "ltv": ...}`, `torch.sigmoid` on one head."""
# pivot-corpus: name=MultiTaskNet input_shape=4,20
import torch
import torch.nn as nn
from typing import Dict


class MultiTaskNet(nn.Module):
    def __init__(self, in_features: int = 20, hidden: int = 64):
        super().__init__()
        self.shared = nn.Sequential(
            nn.Linear(in_features, hidden), nn.ReLU(), nn.Dropout(0.2),
            nn.Linear(hidden, hidden // 2), nn.ReLU(),
        )
        self.churn_head = nn.Linear(hidden // 2, 1)
        self.ltv_head = nn.Linear(hidden // 2, 1)

    def forward(self, x: torch.Tensor) -> Dict[str, torch.Tensor]:
        h = self.shared(x)
        return {"churn": torch.sigmoid(self.churn_head(h)), "ltv": self.ltv_head(h)}


model = MultiTaskNet()
