"""LLM-generated style multi-task MLP: a shared trunk and two heads (classification logits and a regression
value), forward returns a tuple `return class_logits, reg_out.squeeze(-1)`; SiLU activations, Dropout."""
# pivot-corpus: name=MultiTaskNet input_shape=4,30
import torch
import torch.nn as nn


class MultiTaskNet(nn.Module):
    def __init__(self, input_dim=30, shared_dim=64, num_classes=4, dropout=0.1):
        super().__init__()
        self.shared = nn.Sequential(
            nn.Linear(input_dim, shared_dim), nn.SiLU(), nn.Dropout(dropout),
            nn.Linear(shared_dim, shared_dim), nn.SiLU(),
        )
        self.cls_head = nn.Linear(shared_dim, num_classes)
        self.reg_head = nn.Linear(shared_dim, 1)

    def forward(self, x):
        h = self.shared(x)
        class_logits = self.cls_head(h)
        reg_out = self.reg_head(h)
        return class_logits, reg_out.squeeze(-1)


model = MultiTaskNet()
