"""Binary classification with BCEWithLogitsLoss, AdamW and gradient clipping; accuracy from the logits."""
import numpy as np
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

N_FEATURES = 10
rng = np.random.default_rng(2)
x_all = rng.normal(size=(128, N_FEATURES)).astype("float32")
w_true = rng.normal(size=(N_FEATURES, 1)).astype("float32")
y_all = (x_all @ w_true > 0).astype("float32")
x_train, y_train = x_all[:100], y_all[:100]
x_test, y_test = x_all[100:], y_all[100:]
print(f"train positives: {y_train.mean():.2f}")


class Scorer(nn.Module):
    def __init__(self, n_features):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(n_features, 32), nn.GELU(), nn.Dropout(0.1), nn.Linear(32, 1))

    def forward(self, x):
        return self.net(x)


model = Scorer(N_FEATURES)
criterion = nn.BCEWithLogitsLoss()
optimizer = torch.optim.AdamW(model.parameters(), lr=3e-3, weight_decay=0.01)
train_loader = DataLoader(TensorDataset(torch.from_numpy(x_train), torch.from_numpy(y_train)), batch_size=25,
                          shuffle=True)

for epoch in range(2):
    model.train()
    for xb, yb in train_loader:
        optimizer.zero_grad()
        loss = criterion(model(xb), yb)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
        optimizer.step()

model.eval()
with torch.no_grad():
    logits = model(torch.from_numpy(x_test))
    predictions = (logits > 0).float()
    accuracy = (predictions == torch.from_numpy(y_test)).float().mean().item()
print(f"test accuracy: {accuracy:.3f}")
