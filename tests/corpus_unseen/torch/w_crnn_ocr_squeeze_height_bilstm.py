"""LLM-generated style (ChatGPT, "a CRNN for text recognition (OCR)"): a CNN reduces the height to 1, `conv.squeeze(2)`
(b, c, w), `conv.permute(0, 2, 1)` (b, w, c) into a bidirectional LSTM, per-column class scores with
`F.log_softmax(output, dim=2)`."""
# pivot-corpus: name=CRNN input_shape=2,1,8,32
import torch
import torch.nn as nn
import torch.nn.functional as F


class CRNN(nn.Module):
    def __init__(self, img_channels=1, num_classes=11, hidden_size=16):
        super(CRNN, self).__init__()
        self.cnn = nn.Sequential(
            nn.Conv2d(img_channels, 16, kernel_size=3, stride=1, padding=1),
            nn.ReLU(True),
            nn.MaxPool2d(2, 2),                       # 4 x 16
            nn.Conv2d(16, 32, kernel_size=3, stride=1, padding=1),
            nn.ReLU(True),
            nn.MaxPool2d((2, 1), (2, 1)),             # 2 x 16
            nn.Conv2d(32, 32, kernel_size=(2, 1)),    # 1 x 16
            nn.ReLU(True),
        )
        self.rnn = nn.LSTM(32, hidden_size, bidirectional=True, batch_first=True)
        self.fc = nn.Linear(hidden_size * 2, num_classes)

    def forward(self, x):
        conv = self.cnn(x)
        b, c, h, w = conv.size()
        assert h == 1, "the height of conv must be 1"
        conv = conv.squeeze(2)           # (b, c, w)
        conv = conv.permute(0, 2, 1)     # (b, w, c)
        output, _ = self.rnn(conv)
        output = self.fc(output)
        return F.log_softmax(output, dim=2)
