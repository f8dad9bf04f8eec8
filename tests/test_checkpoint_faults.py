"""Checkpoints that are hostile, damaged or poisoned (issue 14): refused early, in bounded memory, each with a
message that says what is wrong. Real torch.save / Keras / h5py files; no mocks.

What is detectable: a zip checkpoint (torch.save since 1.6, a .keras archive) carries a CRC-32 of every member,
so any flipped byte is found; a .weights.h5 (Keras writes no HDF5 checksum filter) or a legacy pickle .pt has no
checksum of tensor data, so a flipped byte inside a tensor cannot be found, and the conversion says so.
"""
import functools
import json
import os
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import h5py
import numpy as np
import pytest

from pivot import checkpoints as C
from tests.conftest import CORPUS

pytestmark = pytest.mark.slow  # builds and runs models in torch and TensorFlow

LENET = CORPUS / "torch" / "lenet5.py"


def lenet_state(seed=0):
    import torch

    torch.manual_seed(seed)
    namespace = {}
    exec(LENET.read_text(), namespace)
    return namespace["LeNet5"]().state_dict()


def member_data_offset(path: Path, member: str) -> int:
    """Where a zip member's bytes start (after its local header, whose extra field torch pads)."""
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(member)
    raw = path.read_bytes()
    name_len, extra_len = struct.unpack("<HH", raw[info.header_offset + 26:info.header_offset + 30])
    return info.header_offset + 30 + name_len + extra_len


def flip(path: Path, offset: int, dest: Path) -> Path:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    dest.write_bytes(bytes(data))
    return dest


@functools.cache
def zeros_crc(count: int, chunk: int) -> int:
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(bytes(chunk), crc)
    return crc


def zip_bomb(dest: Path, member: str = C.KERAS_VARS, gib: int = 2) -> Path:
    """A valid zip whose one member inflates from about 2 MB to `gib` GiB of zeros (deflate blocks of zeros,
    each flushed so that the block can be repeated)."""
    chunk = 1 << 24
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = packer.compress(bytes(chunk)) + packer.flush(zlib.Z_FULL_FLUSH)
    count = (gib << 30) // chunk
    tail = zlib.compressobj(9, zlib.DEFLATED, -15).flush()  # the final (empty) block
    crc = zeros_crc(count, chunk)
    size, packed = count * chunk, len(block) * count + len(tail)
    name = member.encode()
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, packed, size, len(name), 0) + name
    central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc, packed, size, len(name),
                          0, 0, 0, 0, 0, 0) + name
    with open(dest, "wb") as out:
        out.write(local)
        for _ in range(count):
            out.write(block)
        out.write(tail)
        offset = out.tell()
        out.write(central)
        out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central), offset, 0))
    return dest


def test_a_keras_zip_bomb_is_refused_by_its_declared_size_in_bounded_memory(tmp_path):
    bomb = zip_bomb(tmp_path / "bomb.keras")
    assert bomb.stat().st_size < 3 << 20
    with zipfile.ZipFile(bomb) as archive:  # a real archive: zipfile itself would inflate it to 2 GiB
        assert archive.getinfo(C.KERAS_VARS).file_size == 2 << 30
    code = ("import json, resource, sys, tempfile; from pathlib import Path; from pivot import checkpoints as C\n"
            "try:\n"
            f"    C.read_keras({str(bomb)!r}, Path(tempfile.mkdtemp()))\n"
            "    message = 'read'\n"
            "except C.CheckpointError as err:\n"
            "    message = str(err)\n"
            # VmHWM: this process's own peak (ru_maxrss would carry the forking test runner's peak over exec)
            "peak = next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM:'))\n"
            "print(json.dumps([message, peak]))\n")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    message, max_rss_kib = json.loads(res.stdout.strip().splitlines()[-1])
    assert message == (f"cannot read checkpoint {bomb}: `{C.KERAS_VARS}` would expand from 2.0 MiB to 2.0 GiB "
                       "(a zip or compression bomb): refused before reading it"), message
    assert max_rss_kib < 400 << 10  # it never inflated the 2 GiB


def test_a_torch_zip_bomb_is_refused_before_torch_load(tmp_path):
    bomb = zip_bomb(tmp_path / "bomb.pt", "bomb/data/0")
    with pytest.raises(C.CheckpointError, match="`bomb/data/0` would expand from .* to 2.0 GiB"):
        C.read_torch(str(bomb))


def test_an_hdf5_compression_bomb_is_refused_by_its_declared_size(tmp_path):
    path = tmp_path / "bomb.weights.h5"
    with h5py.File(path, "w") as h5:  # 1 GiB declared, never written: a few kilobytes on disk
        h5.create_dataset("layers/dense/vars/0", shape=(1 << 28,), dtype="float32", compression="gzip",
                          chunks=(1 << 20,))
    assert path.stat().st_size < 1 << 20
    with pytest.raises(C.CheckpointError, match="its HDF5 weight store would expand from .* to 1.0 GiB"):
        C.read_keras(str(path), tmp_path)


def test_flipped_bytes_in_zip_checkpoints_are_detected(tmp_path):
    import torch

    good = tmp_path / "good.pt"
    torch.save(lenet_state(), good)
    with zipfile.ZipFile(good) as archive:
        biggest = max(archive.infolist(), key=lambda i: i.file_size).filename
    bad = flip(good, member_data_offset(good, biggest) + 1000, tmp_path / "bad.pt")
    with pytest.raises(C.CheckpointError) as info:
        C.read_torch(str(bad))
    assert str(info.value) == (f"cannot read checkpoint {bad}: it is damaged: the CRC-32 checksum of `{biggest}` "
                               "does not match its data")
    assert torch.load(bad, weights_only=True)  # torch itself reads the damaged tensor without complaint
    pickled = flip(good, member_data_offset(good, "good/data.pkl") + 40, tmp_path / "pkl.pt")
    with pytest.raises(C.CheckpointError, match="CRC-32 checksum of `good/data.pkl`"):
        C.read_torch(str(pickled))
    assert C.integrity(str(good)).startswith("every byte checked")


def test_flipped_bytes_in_a_keras_archive_are_detected_and_in_hdf5_said_undetectable(tmp_path):
    weights = tmp_path / "m.weights.h5"
    with h5py.File(weights, "w") as h5:
        h5.create_dataset("layers/dense/vars/0", data=np.arange(4096, dtype="float32").reshape(64, 64))
    archive = tmp_path / "m.keras"
    with zipfile.ZipFile(archive, "w") as zf:  # as Keras writes it: stored, not compressed
        zf.writestr("metadata.json", "{}")
        zf.write(weights, C.KERAS_VARS)
    bad = flip(archive, member_data_offset(archive, C.KERAS_VARS) + weights.stat().st_size - 100,
               tmp_path / "bad.keras")
    with pytest.raises(C.CheckpointError, match=f"it is damaged: the CRC-32 checksum of `{C.KERAS_VARS}`"):
        C.read_keras(str(bad), tmp_path)
    # the same flip in the bare HDF5 file goes unnoticed: no checksum covers the data; the summary says so
    bare = flip(weights, weights.stat().st_size - 100, tmp_path / "bad.weights.h5")
    local, found = C.read_keras(str(bare), tmp_path)
    assert found == {"layers/dense/vars/0": (64, 64)}
    assert "damage inside a tensor cannot be detected" in C.integrity(str(bare))


def test_nan_and_inf_weights_are_named(tmp_path):
    import torch

    state = lenet_state()
    state["fc3.bias"][:2] = float("nan")
    state["conv1.weight"][0, 0, 0, 0] = float("inf")
    torch.save(state, tmp_path / "nan.pt")
    with pytest.raises(C.CheckpointError) as info:
        C.convert(C.Request(str(tmp_path / "nan.pt"), str(LENET), "tensorflow", str(tmp_path / "o.weights.h5")))
    assert str(info.value) == (f"checkpoint {tmp_path / 'nan.pt'}: tensor `conv1.weight` holds 1 Inf value(s); a "
                               "model with them cannot be checked for equivalence: nothing written")
    assert not (tmp_path / "o.weights.h5").exists()
    keras_weights = tmp_path / "inf.weights.h5"
    with h5py.File(keras_weights, "w") as h5:
        h5.create_dataset("layers/dense/vars/0", data=np.ones((3, 3), "float32"))
        h5.create_dataset("layers/dense/vars/1", data=np.array([1.0, np.nan, -np.inf], "float32"))
    with pytest.raises(C.CheckpointError, match="tensor `layers/dense/vars/1` holds 1 NaN and 1 Inf value"):
        C.read_keras(str(keras_weights), tmp_path)


def test_refusals_say_what_is_wrong(tmp_path):
    import torch

    class RunsCode:
        def __reduce__(self):
            return (os.system, ("touch " + str(tmp_path / "ran"),))

    torch.save({"w": RunsCode()}, tmp_path / "code.pt")
    with pytest.raises(C.CheckpointError) as info:
        C.read_torch(str(tmp_path / "code.pt"))
    message = str(info.value)
    assert "Weights only load failed" not in message and "GLOBAL posix.system" in message, message
    assert not (tmp_path / "ran").exists()
    good = tmp_path / "good.pt"
    torch.save(lenet_state(), good)
    (tmp_path / "cut.pt").write_bytes(good.read_bytes()[:5000])
    with pytest.raises(C.CheckpointError, match="its zip directory is missing"):
        C.read_torch(str(tmp_path / "cut.pt"))
    legacy = tmp_path / "legacy.pt"
    torch.save(lenet_state(), legacy, _use_new_zipfile_serialization=False)
    assert "damage inside a tensor cannot be detected" in C.integrity(str(legacy))
    (tmp_path / "cut_legacy.pt").write_bytes(legacy.read_bytes()[:3000])
    with pytest.raises(C.CheckpointError, match="a damaged or unreadable legacy .pickle-format. PyTorch file"):
        C.read_torch(str(tmp_path / "cut_legacy.pt"))
    h5 = tmp_path / "w.weights.h5"
    with h5py.File(h5, "w") as f:
        f.create_dataset("layers/dense/vars/0", data=np.ones((256, 256), "float32"))
    (tmp_path / "cut.weights.h5").write_bytes(h5.read_bytes()[:2000])
    with pytest.raises(C.CheckpointError) as info:
        C.read_keras(str(tmp_path / "cut.weights.h5"), tmp_path)
    assert "not a readable HDF5 file (truncated file" in str(info.value) and "[Errno" not in str(info.value)
    fifo = tmp_path / "fifo.pt"
    os.mkfifo(fifo)
    from pivot.errors import PivotError

    with pytest.raises(PivotError, match="it is a FIFO"):
        C.plan(C.Request(str(fifo), str(LENET), "tensorflow", str(tmp_path / "o.weights.h5")))
    # an output that is not a regular file is never replaced by the rename (think of -o /dev/full)
    fifo_out = tmp_path / "o.weights.h5"
    os.mkfifo(fifo_out)
    with pytest.raises(PivotError, match="cannot write .*: it is a FIFO"):
        C.plan(C.Request(str(good), str(LENET), "tensorflow", str(fifo_out)))
    assert fifo_out.is_fifo()
