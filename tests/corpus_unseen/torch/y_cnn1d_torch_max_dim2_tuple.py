"""Imitates a Llama answer to "Write a PyTorch model class for DNA sequence classification from one-hot input,
input shape (N, 4, 100), output (N, 2)": a wide motif Conv1d, `x, _ = torch.max(x, dim=2)` for global max
pooling, dropout and a Linear."""
# pivot-corpus: name=DeepBindLike input_shape=4,4,100
import torch
import torch.nn as nn


class DeepBindLike(nn.Module):
    def __init__(self, num_motifs=16, motif_len=12, num_classes=2):
        super(DeepBindLike, self).__init__()
        self.conv = nn.Conv1d(4, num_motifs, kernel_size=motif_len)
        self.relu = nn.ReLU()
        self.dropout = nn.Dropout(0.3)
        self.fc = nn.Linear(num_motifs, num_classes)

    def forward(self, x):
        x = self.relu(self.conv(x))
        x, _ = torch.max(x, dim=2)
        x = self.dropout(x)
        return self.fc(x)
