"""The CLI's exact forms, exit codes and diagnostics format; migrate/show import no framework."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.unit.test_diagnostics import UNKNOWN_LAYER

pytestmark = pytest.mark.slow  # runs the CLI in a subprocess per test

EXAMPLE = Path(__file__).parents[2] / "examples" / "cifar_cnn.py"


def run(*args, **kw):
    return subprocess.run([sys.executable, "-m", "pivot", *args], capture_output=True, text=True, **kw)


def test_migrate_exit_codes_and_diagnostic_format(tmp_path):
    good = run("migrate", str(EXAMPLE), "--to", "tensorflow")
    assert good.returncode == 0 and "class CifarCNN(keras.Model):" in good.stdout
    bad = tmp_path / "bad.py"
    bad.write_text(UNKNOWN_LAYER)
    res = run("migrate", str(bad), "--to", "tensorflow")
    assert res.returncode == 1
    assert f"{bad}:10:20: error: PIV101" in res.stderr
    broken = tmp_path / "broken.py"
    broken.write_text("class (:\n")
    assert run("migrate", str(broken), "--to", "tensorflow").returncode == 2
    assert run("migrate", str(EXAMPLE), "--to", "jax").returncode == 2


def test_migrate_output_modes(tmp_path):
    out = tmp_path / "out.py"
    assert run("migrate", str(EXAMPLE), "--to", "tensorflow", "-o", str(out)).returncode == 0
    assert "keras" in out.read_text()
    diff = run("migrate", str(EXAMPLE), "--to", "tensorflow", "--diff")
    assert diff.stdout.startswith("---") and "+class CifarCNN(keras.Model):" in diff.stdout
    copy = tmp_path / "copy.py"
    copy.write_text(EXAMPLE.read_text())
    assert run("migrate", str(copy), "--to", "tensorflow", "--in-place").returncode == 0
    assert "keras.Model" in copy.read_text()


def test_migrate_and_show_import_no_framework():
    code = ("import sys; from pivot.cli import main; "
            f"main(['migrate', {str(EXAMPLE)!r}, '--to', 'tensorflow']); main(['show', {str(EXAMPLE)!r}]); "
            "bad = [m for m in ('torch', 'tensorflow', 'keras') if m in sys.modules]; "
            "sys.stderr.write(repr(bad)); sys.exit(1 if bad else 0)")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr


def test_show_json():
    res = run("show", str(EXAMPLE), "--json")
    data = json.loads(res.stdout)
    assert data[0]["name"] == "CifarCNN" and data[0]["framework"] == "torch"
    assert [l["op"] for l in data[0]["layers"]][:2] == ["Conv2d", "BatchNorm"]


@pytest.mark.slow
def test_verify_json_line():
    res = run("verify", str(EXAMPLE), "--to", "tensorflow", "--json")
    assert res.returncode == 0, res.stdout + res.stderr
    line = json.loads(res.stdout.strip().splitlines()[-1])
    assert line["equivalent"] is True and line["class"] == "CifarCNN"
    assert {"file", "to", "max_abs_diff", "max_rel_diff", "input_shape"} <= set(line)
    assert line["input_shape"] == [2, 3, 32, 32]
