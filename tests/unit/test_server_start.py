"""The language server starts light: no framework and no numeric library is loaded by importing it (verify's
caller side lives in `pivot.verify_job`; the worker `pivot.verify` loads numpy for the weights)."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_server_import_loads_no_numeric_library():
    code = ("import sys, server.server\n"
            "print(sorted(m for m in ('numpy', 'torch', 'tensorflow', 'keras', 'jax') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and out.stdout.strip() == "[]", out.stdout + out.stderr
