"""LLM-generated style (Claude, "Write a 1D U-Net in PyTorch for ECG wave delineation (P/QRS/T/background per
sample), input shape (N, 512)"): `x.unsqueeze(1)` for a single-lead signal, encoder/decoder blocks kept in
nn.ModuleList with `for i in range(depth)`, `nn.ConvTranspose1d(..., kernel_size=2, stride=2)`, `torch.cat([x, skip],
dim=1)` with the skips popped from a list, and per-sample logits (N, 4, 512)."""
# pivot-corpus: name=UNet1D input_shape=4,512
import torch
import torch.nn as nn


def conv_block(in_ch, out_ch, k=9):
    return nn.Sequential(
        nn.Conv1d(in_ch, out_ch, k, padding=k // 2),
        nn.BatchNorm1d(out_ch),
        nn.ReLU(inplace=True),
        nn.Conv1d(out_ch, out_ch, k, padding=k // 2),
        nn.BatchNorm1d(out_ch),
        nn.ReLU(inplace=True),
    )


class UNet1D(nn.Module):
    def __init__(self, n_classes=4, base=8, depth=3):
        super().__init__()
        self.depth = depth
        self.down = nn.ModuleList()
        self.up = nn.ModuleList()
        self.dec = nn.ModuleList()
        ch = 1
        for i in range(depth):
            self.down.append(conv_block(ch, base * 2 ** i))
            ch = base * 2 ** i
        self.pool = nn.MaxPool1d(2)
        self.bottom = conv_block(ch, ch * 2)
        ch = ch * 2
        for i in reversed(range(depth)):
            self.up.append(nn.ConvTranspose1d(ch, base * 2 ** i, kernel_size=2, stride=2))
            self.dec.append(conv_block(base * 2 ** i * 2, base * 2 ** i))
            ch = base * 2 ** i
        self.final = nn.Conv1d(ch, n_classes, kernel_size=1)

    def forward(self, x):
        x = x.unsqueeze(1)  # (N, L) -> (N, 1, L)
        skips = []
        for block in self.down:
            x = block(x)
            skips.append(x)
            x = self.pool(x)
        x = self.bottom(x)
        for up, dec in zip(self.up, self.dec):
            x = up(x)
            skip = skips.pop()
            x = torch.cat([x, skip], dim=1)
            x = dec(x)
        return self.final(x)


if __name__ == "__main__":
    print(UNet1D()(torch.randn(2, 512)).shape)
