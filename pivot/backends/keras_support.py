"""Support code Pivot writes into a migrated Keras file when PyTorch semantics need it."""

TORCH_RNN_CLASS = '''

class TorchRNN(keras.layers.Layer):
    """PyTorch's nn.LSTM / nn.GRU / nn.RNN in Keras (written by Pivot).

    Returns what PyTorch returns, with PyTorch's shapes: `(output, (h_n, c_n))` for an LSTM and
    `(output, h_n)` otherwise; output is (N, L, D*H) when batch_first, else (L, N, D*H); h_n is
    (num_layers*D, N, H). Dropout between layers applies in training only, as in PyTorch.
    """

    def __init__(self, kind, hidden_size, num_layers=1, bias=True, batch_first=False, dropout=0.0,
                 bidirectional=False, nonlinearity="tanh", **kwargs):
        super().__init__(**kwargs)
        self.kind, self.batch_first = kind, batch_first
        self.directions = 2 if bidirectional else 1
        self.between = keras.layers.Dropout(dropout)
        self.cells = [self._cell(hidden_size, bias, nonlinearity, backwards)
                      for _ in range(num_layers) for backwards in (False, True)[:self.directions]]

    def _cell(self, units, bias, nonlinearity, backwards):
        common = dict(return_sequences=True, return_state=True, use_bias=bias, go_backwards=backwards)
        if self.kind == "lstm":
            return keras.layers.LSTM(units, **common)
        if self.kind == "gru":
            return keras.layers.GRU(units, reset_after=True, **common)
        return keras.layers.SimpleRNN(units, activation=nonlinearity, **common)

    def call(self, x, hx=None, training=False):
        if not self.batch_first:
            x = keras.ops.swapaxes(x, 0, 1)
        if hx is not None:  # (h_0, c_0) for an LSTM, h_0 otherwise: (num_layers*D, N, H) each
            hx = hx if self.kind == "lstm" else (hx,)
        hs, cs = [], []
        index = 0
        for start in range(0, len(self.cells), self.directions):
            if start:
                x = self.between(x, training=training)
            outs = []
            for cell in self.cells[start:start + self.directions]:
                initial = None if hx is None else [state[index] for state in hx]
                index += 1
                out, *states = cell(x, initial_state=initial)
                outs.append(keras.ops.flip(out, axis=1) if cell.go_backwards else out)
                hs.append(states[0])
                cs.extend(states[1:])
            x = keras.ops.concatenate(outs, axis=-1) if len(outs) > 1 else outs[0]
        output = x if self.batch_first else keras.ops.swapaxes(x, 0, 1)
        h_n = keras.ops.stack(hs)
        return (output, (h_n, keras.ops.stack(cs))) if self.kind == "lstm" else (output, h_n)
'''
