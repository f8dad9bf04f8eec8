"""LLM-generated style (Claude, "Write an x-vector style speaker embedding network in PyTorch, input MFCC frames
(N, 200, 24)"): TDNN layers as dilated Conv1d after `x.transpose(1, 2)`, statistics pooling
`torch.cat([x.mean(dim=2), x.std(dim=2)], dim=1)`, an embedding layer and a speaker classifier; returns the logits."""
# pivot-corpus: name=XVector input_shape=4,200,24
import torch
import torch.nn as nn


class TDNN(nn.Module):
    def __init__(self, in_dim, out_dim, context, dilation):
        super().__init__()
        self.conv = nn.Conv1d(in_dim, out_dim, kernel_size=context, dilation=dilation)
        self.bn = nn.BatchNorm1d(out_dim)
        self.act = nn.ReLU()

    def forward(self, x):
        return self.bn(self.act(self.conv(x)))


class XVector(nn.Module):
    def __init__(self, feat_dim=24, num_speakers=100, emb_dim=128):
        super().__init__()
        self.frame_layers = nn.Sequential(
            TDNN(feat_dim, 256, context=5, dilation=1),
            TDNN(256, 256, context=3, dilation=2),
            TDNN(256, 256, context=3, dilation=3),
            TDNN(256, 256, context=1, dilation=1),
            TDNN(256, 512, context=1, dilation=1),
        )
        self.segment1 = nn.Linear(512 * 2, emb_dim)
        self.bn_emb = nn.BatchNorm1d(emb_dim)
        self.classifier = nn.Linear(emb_dim, num_speakers)

    def forward(self, x):
        x = x.transpose(1, 2)                   # (N, T, F) -> (N, F, T)
        x = self.frame_layers(x)
        stats = torch.cat([x.mean(dim=2), x.std(dim=2)], dim=1)
        emb = self.bn_emb(torch.relu(self.segment1(stats)))
        return self.classifier(emb)


if __name__ == "__main__":
    print(XVector()(torch.randn(2, 200, 24)).shape)
