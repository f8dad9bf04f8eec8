"""An LSTM forecaster with `main()`, `train_one_epoch` and `validate` functions, as an assistant answers
"Write a PyTorch LSTM for time-series forecasting with a training loop"."""
import numpy as np
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


class LSTMForecaster(nn.Module):
    """Predicts the next value of a univariate series from a window of past values."""

    def __init__(self, input_size: int = 1, hidden_size: int = 32, num_layers: int = 2, output_size: int = 1):
        super().__init__()
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers=num_layers, batch_first=True)
        self.fc = nn.Linear(hidden_size, output_size)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out, _ = self.lstm(x)  # (batch, seq_len, hidden_size)
        return self.fc(out[:, -1, :])


def make_windows(series: np.ndarray, window: int):
    xs = np.stack([series[i:i + window] for i in range(len(series) - window)])
    ys = series[window:]
    return xs[..., None].astype("float32"), ys[:, None].astype("float32")


def train_one_epoch(model, loader, optimizer, criterion):
    model.train()
    total = 0.0
    for batch_idx, (xb, yb) in enumerate(loader):
        optimizer.zero_grad()
        pred = model(xb)
        loss = criterion(pred, yb)
        loss.backward()
        optimizer.step()
        total += loss.item()
    return total / len(loader)


def validate(model, loader, criterion):
    model.eval()
    total = 0.0
    with torch.no_grad():
        for xb, yb in loader:
            total += criterion(model(xb), yb).item()
    return total / len(loader)


def main():
    series = np.sin(np.linspace(0, 20, 220))
    x, y = make_windows(series, window=20)
    train_ds = TensorDataset(torch.from_numpy(x[:160]), torch.from_numpy(y[:160]))
    val_ds = TensorDataset(torch.from_numpy(x[160:]), torch.from_numpy(y[160:]))
    train_loader = DataLoader(train_ds, batch_size=32, shuffle=True)
    val_loader = DataLoader(val_ds, batch_size=32)
    model = LSTMForecaster()
    criterion = nn.MSELoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    for epoch in range(3):
        train_loss = train_one_epoch(model, train_loader, optimizer, criterion)
        val_loss = validate(model, val_loader, criterion)
        print(f"epoch {epoch}: train {train_loss:.4f} val {val_loss:.4f}")


if __name__ == "__main__":
    main()
