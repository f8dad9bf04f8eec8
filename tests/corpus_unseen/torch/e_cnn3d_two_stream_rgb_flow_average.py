"""LLM-generated style ("Write a PyTorch two-stream 3D CNN that fuses an RGB clip (N, 3, 8, 56, 56) and an optical
flow clip (N, 2, 8, 56, 56)"): one `_make_stream(in_channels)` method building both streams, `forward(self, rgb,
flow)` averaging the two streams' logits (late fusion) with `(rgb_logits + flow_logits) / 2`, and
`nn.AdaptiveAvgPool3d(1)` + `nn.Flatten()` inside each stream."""
# pivot-corpus: name=TwoStream3DCNN input_shape=2,3,8,56,56;2,2,8,56,56
import torch
import torch.nn as nn

NUM_CLASSES = 10


class TwoStream3DCNN(nn.Module):
    """Late-fusion two-stream network.

    Args:
        num_classes: Number of action classes.
    """

    def __init__(self, num_classes: int = NUM_CLASSES) -> None:
        super().__init__()
        self.rgb_stream = self._make_stream(3, num_classes)
        self.flow_stream = self._make_stream(2, num_classes)

    @staticmethod
    def _make_stream(in_channels: int, num_classes: int) -> nn.Sequential:
        return nn.Sequential(
            nn.Conv3d(in_channels, 16, kernel_size=(3, 5, 5), padding=(1, 2, 2)),
            nn.BatchNorm3d(16),
            nn.ReLU(inplace=True),
            nn.MaxPool3d((1, 2, 2)),
            nn.Conv3d(16, 32, kernel_size=3, padding=1),
            nn.BatchNorm3d(32),
            nn.ReLU(inplace=True),
            nn.MaxPool3d(2),
            nn.AdaptiveAvgPool3d(1),
            nn.Flatten(),
            nn.Linear(32, num_classes),
        )

    def forward(self, rgb: torch.Tensor, flow: torch.Tensor) -> torch.Tensor:
        rgb_logits = self.rgb_stream(rgb)
        flow_logits = self.flow_stream(flow)
        return (rgb_logits + flow_logits) / 2


if __name__ == "__main__":
    m = TwoStream3DCNN()
    print(m(torch.randn(2, 3, 8, 56, 56), torch.randn(2, 2, 8, 56, 56)).shape)
