"""Random sampling ops (issue 12): why Pivot reports them instead of migrating them.

A VAE's `Sampling` layer draws `keras.random.normal`; PyTorch's generator draws other numbers for any seed,
so a migration to `torch.randn` could never be proved equal by `pivot verify`, and an exit 0 promises
equivalence. Pivot names the reason and leaves the choice to the user (at inference a VAE usually takes the
mean, `z = z_mean`; for training, `torch.randn_like`).
"""
from __future__ import annotations

_DRAWS = ("keras.random.normal", "keras.random.uniform", "keras.random.truncated_normal",
          "keras.random.randint", "keras.random.categorical", "keras.random.dropout", "keras.random.shuffle",
          "tensorflow.random.normal", "tensorflow.random.uniform", "tensorflow.random.truncated_normal",
          "tensorflow.random.categorical")


def not_migrated_reason(qual: str) -> str | None:
    """Why a Keras/TensorFlow function with no entry is not migrated, when Pivot knows it; None otherwise."""
    if qual in _DRAWS or qual == "keras.random.SeedGenerator":
        return (f"`{qual}` draws random numbers: PyTorch's generator draws other ones for any seed, so no "
                "migration of it can be proved equal; write the PyTorch step by hand (a VAE's sampling: "
                "`z_mean` at inference, `z_mean + torch.exp(0.5 * z_log_var) * torch.randn_like(z_mean)` "
                "in training)")
    return None
