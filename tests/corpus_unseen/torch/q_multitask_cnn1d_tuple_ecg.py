"""LLM-generated style ("multi-task 1D CNN: classify the rhythm and regress the heart rate"): a shared Conv1d
trunk, `nn.AdaptiveMaxPool1d(1)`, `x.squeeze(2)`, two heads returned as a tuple `(logits, hr)`."""
# pivot-corpus: name=ECGMultiTask input_shape=2,2,256
import torch
import torch.nn as nn


class ECGMultiTask(nn.Module):
    def __init__(self, in_leads=2, n_rhythms=4):
        super().__init__()
        self.trunk = nn.Sequential(
            nn.Conv1d(in_leads, 16, kernel_size=9, stride=2, padding=4),
            nn.BatchNorm1d(16),
            nn.ReLU(),
            nn.Conv1d(16, 32, kernel_size=9, stride=2, padding=4),
            nn.BatchNorm1d(32),
            nn.ReLU(),
            nn.AdaptiveMaxPool1d(1),
        )
        self.rhythm_head = nn.Linear(32, n_rhythms)
        self.hr_head = nn.Sequential(nn.Linear(32, 16), nn.ReLU(), nn.Linear(16, 1))

    def forward(self, x):
        feats = self.trunk(x).squeeze(2)
        logits = self.rhythm_head(feats)
        hr = self.hr_head(feats)
        return logits, hr


model = ECGMultiTask()
