"""Issue 13 (FSRCNN): a list-built nn.Sequential (`mid = [...]`, `mid.extend([...])` in a loop, then
`nn.Sequential(*mid)`, also through `self.mid = [...]` rebound to the Sequential) whose per-channel nn.PReLU's input
rank is fixed by its neighbouring convs (was PIV105 "the input rank is not known statically"); a transposed
convolution whose padding and output_padding are expressions of constructor parameters (was PIV105); an
initialisation loop over a container of the model (`for m in self.body:`), kept as a comment."""
# pivot-corpus: name=ListBuiltPReLU input_shape=2,1,10,10
from torch import nn


class ListBuiltPReLU(nn.Module):
    def __init__(self, scale=3, c=1, d=12, s=6, m=2, k=5):
        super().__init__()
        mid = [nn.Conv2d(c, d, kernel_size=3, padding=1), nn.PReLU(d)]
        for _ in range(m):
            mid.extend([nn.Conv2d(d, s, kernel_size=3, padding=3 // 2), nn.PReLU(s)])
            mid.append(nn.Conv2d(s, d, kernel_size=1))
            mid.append(nn.PReLU(d))
        self.head = nn.Sequential(*mid)
        self.body = [nn.Conv2d(d, s, kernel_size=1), nn.PReLU(s)]
        self.body.extend([nn.BatchNorm2d(s), nn.PReLU(s, init=0.1)])
        self.body = nn.Sequential(*self.body)
        self.up = nn.ConvTranspose2d(s, c, kernel_size=k, stride=scale, padding=k // 2, output_padding=scale - 1)
        for m in self.body:
            if isinstance(m, nn.Conv2d):
                nn.init.normal_(m.weight.data, mean=0.0, std=0.1)
                nn.init.zeros_(m.bias.data)

    def forward(self, x):
        return self.up(self.body(self.head(x)))
