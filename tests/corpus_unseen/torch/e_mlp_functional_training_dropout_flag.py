"""LLM-generated style ("Write a PyTorch MLP for MNIST digits using the functional API, input shape (N, 1, 28, 28)"):
layers declared in __init__ and applied with `F.relu` / `F.dropout(x, p=self.dropout, training=self.training)` in
forward, `x.view(x.size(0), -1)` to flatten, an `assert x.dim() == 4` input check, and `F.log_softmax(..., dim=1)`
output, with a `@torch.no_grad()` `predict` returning argmax."""
# pivot-corpus: name=FunctionalMNISTMLP input_shape=4,1,28,28
import torch
import torch.nn as nn
import torch.nn.functional as F

IMAGE_SIZE = 28
NUM_CLASSES = 10


class FunctionalMNISTMLP(nn.Module):
    """Three-layer perceptron for 28x28 grayscale digits.

    Args:
        hidden1: First hidden layer width.
        hidden2: Second hidden layer width.
        dropout: Dropout probability applied only while training.
    """

    def __init__(self, hidden1: int = 256, hidden2: int = 128, dropout: float = 0.2) -> None:
        super().__init__()
        self.dropout = dropout
        self.fc1 = nn.Linear(IMAGE_SIZE * IMAGE_SIZE, hidden1)
        self.fc2 = nn.Linear(hidden1, hidden2)
        self.fc3 = nn.Linear(hidden2, NUM_CLASSES)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        assert x.dim() == 4, f"expected (N, 1, H, W), got {tuple(x.shape)}"
        x = x.view(x.size(0), -1)                                    # (N, 784)
        x = F.relu(self.fc1(x))
        x = F.dropout(x, p=self.dropout, training=self.training)
        x = F.relu(self.fc2(x))
        x = F.dropout(x, p=self.dropout, training=self.training)
        return F.log_softmax(self.fc3(x), dim=1)                     # (N, 10)

    @torch.no_grad()
    def predict(self, x: torch.Tensor) -> torch.Tensor:
        self.eval()
        return self.forward(x).argmax(dim=1)


if __name__ == "__main__":
    print(FunctionalMNISTMLP()(torch.randn(4, 1, 28, 28)).shape)
