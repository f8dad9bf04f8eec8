"""LLM-generated style (code model asked for "a self-contained runnable LSTM example"): defaults in the constructor,
a module-level `get_inputs()` returning the example batch, and an `if __name__ == "__main__":` block that builds the
model and prints the output shape."""
# pivot-corpus: name=SequenceClassifier input_shape=4,12,8
import torch
import torch.nn as nn

BATCH_SIZE = 4
SEQ_LEN = 12
N_FEATURES = 8


class SequenceClassifier(nn.Module):
    def __init__(self, n_features: int = N_FEATURES, hidden: int = 32, n_classes: int = 5):
        super().__init__()
        self.lstm = nn.LSTM(n_features, hidden, num_layers=1, batch_first=True)
        self.dropout = nn.Dropout(p=0.2)
        self.fc = nn.Linear(hidden, n_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        lstm_out, (h_n, c_n) = self.lstm(x)
        h_last = h_n[-1]
        return self.fc(self.dropout(h_last))


def get_inputs():
    return [torch.randn(BATCH_SIZE, SEQ_LEN, N_FEATURES)]


if __name__ == "__main__":
    model = SequenceClassifier()
    model.eval()
    with torch.no_grad():
        y = model(*get_inputs())
    print(y.shape)
