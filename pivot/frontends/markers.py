"""How a function shows it is training code (not model code), for the model frontends to leave it alone."""
import re

_MARKERS = {
    "torch": re.compile(r"\.backward\(|\.zero_grad\(|\btorch\.optim\b|\boptim\.\w+\(|\bDataLoader\("
                        r"|\bnn\.\w+Loss\(|\btorch\.no_grad\(|\.eval\(\)"),
    "keras": re.compile(r"\.(compile|fit|evaluate|predict)\(|\bkeras\.(optimizers|losses|callbacks)\b"
                        r"|\btf\.(GradientTape|data)\b"),
}


def is_training_code(code: str, framework: str) -> bool:
    return bool(_MARKERS[framework].search(code))
