"""The caller's side of verification: the job, its defaults, and the worker subprocess that runs it.

Kept apart from `pivot.verify` (the worker: models, weights, numpy) so that a caller such as the language
server starts without loading any numeric library.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass


@dataclass
class Job:
    file: str
    to: str
    classes: list[str] | None
    input_shape: list[int] | None
    input_dtype: str | None
    atol: float
    rtol: float
    batches: int = 3
    settings: dict | None = None  # --set NAME=VALUE: run-time values and parameters the file does not state
    input_shapes: dict | None = None  # --input-shape NAME=2,28,28,1: per model


def framework_env() -> dict[str, str]:
    """The environment of a subprocess that runs the frameworks: quiet TensorFlow, a private Keras home."""
    env = dict(os.environ)
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    env.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")
    env.setdefault("KERAS_HOME", os.path.join(tempfile.gettempdir(), "pivot-keras-home"))
    env.setdefault("CUDA_VISIBLE_DEVICES", "")
    return env


WORKER = ("-m", "pivot.verify")  # the worker's arguments to python: the Job as JSON on stdin
ATOL, RTOL, TIMEOUT = 1e-5, 1e-4, 300.0  # `pivot verify`'s defaults (--atol, --rtol, --timeout)


def verify_file(job: Job, timeout: float = TIMEOUT) -> list[dict]:
    """Run the worker; one result dict per model (errors included as results with `error`)."""
    env = framework_env()
    try:
        proc = subprocess.run([sys.executable, *WORKER], input=json.dumps(job.__dict__),
                              capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return [{"file": job.file, "class": c, "to": job.to, "equivalent": False,
                 "error": f"verification timed out after {timeout:.0f} s"} for c in (job.classes or ["*"])]
    results = worker_output(proc.stdout)
    if not results:
        tail = (proc.stderr or "").strip().splitlines()[-5:]
        results.append({"file": job.file, "class": ",".join(job.classes or ["*"]), "to": job.to,
                        "equivalent": False, "error": "the verifier failed: " + " | ".join(tail)})
    return results


def worker_output(stdout: str) -> list[dict]:
    """The worker's results: its JSON lines (one per model), not whatever else the model's code printed."""
    results = []
    for line in stdout.splitlines():
        try:
            value = json.loads(line) if line.startswith("{") else None
        except ValueError:
            continue
        if isinstance(value, dict):
            results.append(value)
    return results
