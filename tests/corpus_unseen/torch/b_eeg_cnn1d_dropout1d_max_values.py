"""LLM-generated style (Gemini, "Write a PyTorch model class for EEG seizure detection, input shape (N, 23, 256)"):
Conv1d stages with `nn.Dropout1d` (channel dropout) and ELU, a strided conv in place of pooling, the global
max over time spelled `x.max(dim=2).values`, and a sigmoid probability `torch.sigmoid(logits).squeeze(1)`."""
# pivot-corpus: name=EEGSeizureNet input_shape=4,23,256
import torch
import torch.nn as nn


class EEGSeizureNet(nn.Module):
    def __init__(self, n_electrodes=23, base_filters=32, p_drop=0.25):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv1d(n_electrodes, base_filters, kernel_size=11, padding=5),
            nn.BatchNorm1d(base_filters),
            nn.ELU(),
            nn.Dropout1d(p_drop),
            nn.Conv1d(base_filters, base_filters * 2, kernel_size=7, stride=2, padding=3),
            nn.BatchNorm1d(base_filters * 2),
            nn.ELU(),
            nn.Dropout1d(p_drop),
            nn.Conv1d(base_filters * 2, base_filters * 4, kernel_size=5, stride=2, padding=2),
            nn.BatchNorm1d(base_filters * 4),
            nn.ELU(),
        )
        self.classifier = nn.Linear(base_filters * 4, 1)

    def forward(self, x):
        x = self.features(x)          # (N, 128, 64)
        x = x.max(dim=2).values       # (N, 128)
        logits = self.classifier(x)   # (N, 1)
        return torch.sigmoid(logits).squeeze(1)


if __name__ == "__main__":
    model = EEGSeizureNet()
    model.eval()
    with torch.no_grad():
        print(model(torch.randn(3, 23, 256)))
