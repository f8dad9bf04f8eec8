"""LLM-generated style probabilistic regressor with class-level constants (`INPUT_DIM`, `HIDDEN = [...]`),
two heads: mean and `F.softplus(...) + 1e-6` std, returned as a tuple."""
# pivot-corpus: name=GaussianRegressor input_shape=4,10
import torch.nn as nn
import torch.nn.functional as F


class GaussianRegressor(nn.Module):
    INPUT_DIM = 10
    HIDDEN = [32, 32]

    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(self.INPUT_DIM, self.HIDDEN[0])
        self.fc2 = nn.Linear(self.HIDDEN[0], self.HIDDEN[1])
        self.mean_head = nn.Linear(self.HIDDEN[1], 1)
        self.std_head = nn.Linear(self.HIDDEN[1], 1)

    def forward(self, x):
        h = F.relu(self.fc1(x))
        h = F.relu(self.fc2(h))
        mean = self.mean_head(h)
        std = F.softplus(self.std_head(h)) + 1e-6
        return mean, std


model = GaussianRegressor()
