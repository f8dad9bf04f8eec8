"""PyTorch training and evaluation loops that keep Keras's `fit`/`evaluate`/`predict` semantics.

Inserted once into a migrated file that uses them. They follow Keras: batches in order unless shuffled,
the last partial batch included, per-epoch loss and metrics averaged over samples, a History-like result.
"""

LOOPS = '''

class History:
    """What Keras's `fit` returned: per-epoch loss and metrics in `history`."""

    def __init__(self):
        self.history = {}


def _batches(x, y=None, batch_size=32, shuffle=False):
    """In-memory arrays or tensors in batches (a DataLoader passes through)."""
    if isinstance(x, torch.utils.data.DataLoader):
        return x
    tensors = [_tensor(x)] + ([] if y is None else [_tensor(y)])
    return torch.utils.data.DataLoader(torch.utils.data.TensorDataset(*tensors), batch_size=batch_size,
                                       shuffle=shuffle)


def _tensor(array):
    """float32 features and int64 class labels, as PyTorch's layers and losses expect."""
    tensor = torch.as_tensor(array)
    return tensor.float() if tensor.is_floating_point() else tensor.long()


def _metric(name, output, target):
    """Keras's "accuracy": argmax for several classes, a 0.5 threshold for one output."""
    if name in ("accuracy", "acc"):
        if output.shape[-1] == 1 or output.dim() == 1:
            return ((output > 0.5).float().view(-1) == target.float().view(-1)).float().mean()
        if target.dim() == output.dim():  # one-hot targets
            target = target.argmax(-1)
        return (output.argmax(-1) == target.long()).float().mean()
    if name in ("mae", "mean_absolute_error"):
        return (output - target).abs().mean()
    if name in ("mse", "mean_squared_error"):
        return ((output - target) ** 2).mean()
    raise ValueError(f"metric {name!r} is not migrated")


def _run_epoch(model, loader, loss_fn, metrics, optimizer=None, scheduler=None, channels_last=False):
    """One pass over `loader`, training when an optimizer is given; sample-weighted means."""
    device = next(model.parameters()).device
    model.train(optimizer is not None)
    totals, seen = dict.fromkeys(["loss", *metrics], 0.0), 0
    for xb, yb in loader:
        xb, yb = _tensor(xb).to(device), _tensor(yb).to(device)
        if channels_last:  # Keras-layout images for a channels-first PyTorch model
            xb = xb.movedim(-1, 1)
        with torch.set_grad_enabled(optimizer is not None):
            output = model(xb)
            if yb.dim() == output.dim() - 1 and output.shape[-1] == 1:  # Keras matches the ranks itself
                yb = yb.unsqueeze(-1)
            loss = loss_fn(output, yb)
        if optimizer is not None:
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            if scheduler is not None:
                scheduler.step()
        totals["loss"] += loss.item() * len(xb)
        for name in metrics:
            totals[name] += _metric(name, output.detach(), yb).item() * len(xb)
        seen += len(xb)
    return {name: total / seen for name, total in totals.items()}


def fit(model, optimizer, loss_fn, x, y=None, *, batch_size=32, epochs=1, shuffle=True, metrics=(),
        validation_data=None, validation_split=0.0, scheduler=None, channels_last=False):
    """Train like Keras's `model.fit`: returns a History with per-epoch loss and metrics."""
    history = History()
    if validation_split:  # Keras holds out the last samples, before any shuffling
        split = int(len(x) * (1.0 - validation_split))
        x, y, validation_data = x[:split], y[:split], (x[split:], y[split:])
    loader = _batches(x, y, batch_size, shuffle)
    for _ in range(epochs):
        logs = _run_epoch(model, loader, loss_fn, metrics, optimizer, scheduler, channels_last)
        if validation_data is not None:
            val = _run_epoch(model, _batches(*validation_data, batch_size=batch_size), loss_fn, metrics,
                             channels_last=channels_last)
            logs.update({f"val_{name}": v for name, v in val.items()})
        for name, v in logs.items():
            history.history.setdefault(name, []).append(v)
    return history


def evaluate(model, loss_fn, x, y=None, *, batch_size=32, metrics=(), channels_last=False):
    """Like Keras's `model.evaluate`: the loss, or [loss, *metrics] when metrics were compiled."""
    logs = _run_epoch(model, _batches(x, y, batch_size), loss_fn, metrics, channels_last=channels_last)
    return [logs["loss"]] + [logs[m] for m in metrics] if metrics else logs["loss"]


def predict(model, x, *, batch_size=32, channels_last=False):
    """Like Keras's `model.predict`: outputs of the model in inference mode, as a NumPy array."""
    model.eval()
    device = next(model.parameters()).device
    with torch.no_grad():
        outputs = [model(xb.to(device).movedim(-1, 1) if channels_last else xb.to(device))
                   for (xb,) in _batches(x, batch_size=batch_size)]
    return torch.cat(outputs).cpu().numpy()
'''
