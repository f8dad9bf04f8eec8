"""Faults of the command line (issue 14): writes that cannot lose the file, files read byte for byte, and
every failure one line with an exit code, never a traceback."""
import os
import re
import resource
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from pivot.migrate import migrate_source

pytestmark = pytest.mark.slow  # runs the CLI in a subprocess per test

EXAMPLE = Path(__file__).parents[2] / "examples" / "cifar_cnn.py"
MODEL = '''"""A model with no training code: migrating it prints no diagnostics."""
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3, padding=1)
        self.pool = nn.MaxPool2d(2)
        self.fc = nn.Linear(8 * 16 * 16, 10)

    def forward(self, x):
        x = self.pool(self.conv(x)).flatten(1)
        return self.fc(x)
'''
BARE_LF = re.compile(r"(?<!\r)\n")


def run(*args, timeout=120, **kw):
    return subprocess.run([sys.executable, "-m", "pivot", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, **kw)


def one_line_error(res, code=2, start="pivot: error: "):
    """The run failed with `code` and said so in exactly one line (and nothing else), no traceback."""
    assert res.returncode == code, (res.returncode, res.stderr)
    lines = res.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(start), res.stderr
    return lines[0]


@pytest.fixture
def model(tmp_path):
    path = tmp_path / "net.py"
    path.write_text(MODEL)
    return path


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if "pivot-tmp" in p.name]


# -- writes ----------------------------------------------------------------------------------------------------
def test_output_to_a_directory_or_a_missing_directory(model, tmp_path):
    assert "is a directory" in one_line_error(run("migrate", model, "--to", "tensorflow", "-o", tmp_path))
    missing = tmp_path / "no" / "out.py"
    assert "No such file or directory" in one_line_error(run("migrate", model, "--to", "tensorflow", "-o", missing))
    assert not missing.parent.exists() and not leftovers(tmp_path)


def test_output_to_a_full_device(model):
    line = one_line_error(run("migrate", model, "--to", "tensorflow", "-o", "/dev/full"))
    assert "No space left on device" in line
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)  # written through, never replaced by a rename


def test_stdout_on_a_full_device(model):
    with open("/dev/full", "w") as full:
        res = subprocess.run([sys.executable, "-m", "pivot", "migrate", str(model), "--to", "tensorflow"],
                             stdout=full, stderr=subprocess.PIPE, text=True, timeout=120)
    assert res.returncode == 2 and res.stderr.splitlines() == \
        ["pivot: error: cannot write the output: No space left on device"], res.stderr


def test_in_place_under_a_file_size_limit_leaves_the_original(model, tmp_path):
    before = model.read_bytes()
    limit = len(before) // 2  # the migrated file is larger than this; the original was written before

    def small_files():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    res = run("migrate", model, "--to", "tensorflow", "--in-place", preexec_fn=small_files)
    assert "File too large" in one_line_error(res) and "unchanged" in res.stderr
    assert model.read_bytes() == before and not leftovers(tmp_path)


def test_in_place_in_a_folder_it_cannot_write(model, tmp_path):
    if os.geteuid() == 0:  # root writes anywhere: /sys (sysfs) refuses new files even to root
        target = Path("/sys/pivot-out.py")
        try:
            target.touch()
        except OSError:
            pass
        else:
            target.unlink()
            pytest.skip("no folder here that refuses root")
        line = one_line_error(run("migrate", model, "--to", "tensorflow", "-o", target))
        assert re.search("Permission denied|Read-only file system", line) and not target.exists()
        return
    before = model.read_bytes()
    tmp_path.chmod(0o500)
    try:
        line = one_line_error(run("migrate", model, "--to", "tensorflow", "--in-place"))
    finally:
        tmp_path.chmod(0o700)
    assert "Permission denied" in line and model.read_bytes() == before


def test_in_place_keeps_mode_and_symlink(model, tmp_path):
    model.chmod(0o640)
    link = tmp_path / "link.py"
    link.symlink_to(model.name)
    assert run("migrate", link, "--to", "tensorflow", "--in-place").returncode == 0
    assert link.is_symlink() and "keras.Model" in model.read_text()
    assert stat.S_IMODE(model.stat().st_mode) == 0o640 and not leftovers(tmp_path)


def test_new_output_file_gets_the_usual_permissions(model, tmp_path):
    out = tmp_path / "out.py"
    assert run("migrate", model, "--to", "tensorflow", "-o", out).returncode == 0
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~mask


# -- line endings, BOM, tabs -------------------------------------------------------------------------------------
def test_crlf_and_bom_kept_by_every_output(tmp_path):
    lf = run("migrate", EXAMPLE, "--to", "tensorflow").stdout
    crlf = tmp_path / "crlf.py"
    crlf.write_bytes(b"\xef\xbb\xbf" + EXAMPLE.read_bytes().replace(b"\n", b"\r\n"))
    expected = b"\xef\xbb\xbf" + lf.encode().replace(b"\n", b"\r\n")
    printed = subprocess.run([sys.executable, "-m", "pivot", "migrate", str(crlf), "--to", "tensorflow"],
                             capture_output=True, timeout=120)
    assert printed.returncode == 0 and printed.stdout == expected
    out = tmp_path / "out.py"
    assert run("migrate", crlf, "--to", "tensorflow", "-o", out).returncode == 0
    assert out.read_bytes() == expected
    assert run("migrate", crlf, "--to", "tensorflow", "--in-place").returncode == 0
    assert crlf.read_bytes() == expected
    assert "CifarCNN" in run("show", crlf).stdout


def test_mixed_line_endings_outside_the_model_stay(tmp_path):
    """Lines Pivot does not migrate keep their own ending, even in a file that mixes them."""
    source = MODEL.replace("\n", "\r\n").replace('diagnostics."""\r\n', 'diagnostics."""\n', 1) + "x = 1\n"
    path = tmp_path / "mixed.py"
    path.write_bytes(source.encode())
    text = run("migrate", path, "--to", "tensorflow").stdout
    out = subprocess.run([sys.executable, "-m", "pivot", "migrate", str(path), "--to", "tensorflow"],
                         capture_output=True, timeout=120).stdout
    assert out.startswith(b'"""A model with no training code: migrating it prints no diagnostics."""\n')
    assert out.endswith(b"\r\nx = 1\n") and "keras.Model" in text


# -- reading, parsing, selecting ---------------------------------------------------------------------------------
def test_verify_on_a_syntax_error_is_one_line_exit_2(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("import torch\n\nclass A(:\n    pass\n")
    line = one_line_error(run("verify", bad, "--to", "tensorflow"), start=f"{bad}:3:")
    assert "PIV001 syntax error" in line
    assert one_line_error(run("migrate", bad, "--to", "tensorflow"), start=f"{bad}:3:")


def test_show_an_unknown_class(model):
    line = one_line_error(run("show", model, "--class", "Nope"))
    assert line == f"pivot: error: no model named Nope (models in {model}: Net)"
    assert run("show", model, "--class", "Net").returncode == 0


def test_verify_an_unknown_class_or_a_file_without_a_model_to_migrate(model):
    line = one_line_error(run("verify", model, "--to", "tensorflow", "--class", "Nope"))
    assert line == f"pivot: error: no PyTorch model named Nope (models in {model}: Net)"
    line = one_line_error(run("verify", model, "--to", "pytorch"))
    assert line == f"pivot: error: no Keras model in {model} to migrate to pytorch"


def test_a_nul_byte_is_reported_on_its_line(tmp_path):
    path = tmp_path / "nul.py"
    path.write_bytes(b"import torch\r\nx = 1\r\ny = 'a\x00b'\r\n")
    for command in (["show"], ["migrate", "--to", "tensorflow"], ["verify", "--to", "tensorflow"]):
        line = one_line_error(run(command[0], path, *command[1:]), start=f"{path}:3:7: error: PIV001")
        assert "null bytes" in line
    assert "line None" not in run("show", path).stderr


def test_a_fifo_is_refused_not_read(tmp_path):
    fifo = tmp_path / "model.py"
    os.mkfifo(fifo)
    for command in (["show"], ["migrate", "--to", "tensorflow"], ["verify", "--to", "tensorflow"]):
        line = one_line_error(run(command[0], fifo, *command[1:], timeout=60))
        assert line == f"pivot: error: cannot read {fifo}: it is a FIFO (named pipe), not a regular file"


def test_not_utf8_and_missing_files(tmp_path):
    latin = tmp_path / "latin.py"
    latin.write_bytes(b"import torch\n# caf\xe9\n")
    assert "not UTF-8 text (byte 0xe9 on line 2)" in one_line_error(run("show", latin))
    assert "No such file or directory" in one_line_error(run("show", tmp_path / "none.py"))


def test_an_internal_error_is_one_line_and_the_traceback_on_request(model):
    code = ("import sys, pivot.cli as cli\n"
            "def broken(args):\n    raise KeyError('boom')\n"
            "cli.cmd_show = broken\n"
            f"sys.exit(cli.main(['show', {str(model)!r}]))\n")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         env={k: v for k, v in os.environ.items() if k != "PIVOT_DEBUG"})
    line = one_line_error(res, code=3, start="pivot: internal error: KeyError")
    assert "PIVOT_DEBUG=1" in line
    debug = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                           env=dict(os.environ, PIVOT_DEBUG="1"))
    assert debug.returncode == 3 and "Traceback" in debug.stderr


# -- shape rules validate their inputs ---------------------------------------------------------------------------
BAD_SIZES = '''import torch.nn as nn
import torch.nn.functional as F
import keras
from keras import layers


class T(nn.Module):
    def __init__(self):
        super().__init__()
        self.a = nn.Conv2d(3, 8, 3, groups=0)
        self.b = nn.Conv1d(3, 8, kernel_size=0)
        self.c = nn.Conv2d(3, 8, (3, 3), stride=(1, -1))

    def forward(self, x):
        return F.max_pool2d(self.a(x), 2, stride=0)


k = keras.Sequential([keras.Input((32, 32, 3)), layers.Conv2D(8, 3, strides=0),
                      layers.Conv2D(8, 3, dilation_rate=0), layers.MaxPooling2D(pool_size=0)])
'''
EXPECTED_PIV103 = {(10, "`groups=0`"), (11, "`kernel_size=0`"), (12, "`stride=(1, -1)`"), (15, "`stride=0`"),
                   (18, "`strides=0`"), (19, "`dilation_rate=0`"), (19, "`pool_size=0`")}


def test_zero_and_negative_sizes_are_piv103_not_a_crash(tmp_path):
    path = tmp_path / "sizes.py"
    path.write_text(BAD_SIZES)
    for command in (["show"], ["show", "--json"], ["migrate", "--to", "tensorflow"], ["migrate", "--to", "pytorch"]):
        res = run(command[0], path, *command[1:])
        assert "Traceback" not in res.stderr and "ZeroDivisionError" not in res.stderr, res.stderr
        found = {(int(m.group(1)), m.group(2)) for m in
                 re.finditer(r":(\d+):\d+: error: PIV103 \S+: (`[^`]+`) must be at least 1", res.stderr)}
        framework = {"tensorflow": "torch", "pytorch": "keras"}.get(command[-1])
        wanted = {(line, arg) for line, arg in EXPECTED_PIV103 if framework is None
                  or (line < 18) == (framework == "torch")}
        assert found == wanted, (command, res.stderr)
    assert run("migrate", path, "--to", "tensorflow").returncode == 1


def test_engine_describes_invalid_sizes_without_crashing():
    """The server's show command and hovers go through these engine functions."""
    from server import engine

    analysis = engine.analyze_text(BAD_SIZES, BAD_SIZES.splitlines(), None)
    assert {n.name for n in analysis.networks} == {"T", "k"}
    for net in analysis.networks:
        assert net.name in engine.describe_network(net)
        assert any(d.code == "PIV103" for d in net.diagnostics)
    for line in (10, 15, 18):
        engine.describe_at(analysis, line, 20)
