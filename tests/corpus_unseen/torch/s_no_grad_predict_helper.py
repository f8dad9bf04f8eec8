"""Course-notebook style: a CNN with `nn.functional.dropout(x, p=0.25, training=self.training)`,
`F.log_softmax(x, dim=1)`, and `@torch.no_grad()` helper methods `predict` / `predict_proba` next to forward."""
# pivot-corpus: name=Net input_shape=2,1,12,12
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super(Net, self).__init__()
        self.conv1 = nn.Conv2d(1, 6, 3)
        self.conv2 = nn.Conv2d(6, 12, 3)
        self.fc1 = nn.Linear(12 * 4 * 4, 32)
        self.fc2 = nn.Linear(32, 10)

    def forward(self, x):
        x = F.relu(self.conv1(x))
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        x = x.view(-1, 12 * 4 * 4)
        x = nn.functional.dropout(x, p=0.25, training=self.training)
        x = F.relu(self.fc1(x))
        x = self.fc2(x)
        return F.log_softmax(x, dim=1)

    @torch.no_grad()
    def predict_proba(self, x):
        self.eval()
        return torch.exp(self.forward(x))

    @torch.no_grad()
    def predict(self, x):
        return self.predict_proba(x).argmax(dim=1)


model = Net()
