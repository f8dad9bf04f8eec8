"""Reading a source file exactly as it is, and writing one so that no failure can lose it.

Text is read and written without newline translation, so CRLF stays CRLF and a UTF-8 BOM stays (the engine
takes both). A write goes to a temporary file in the target's directory, is flushed and fsynced, and then
renamed over the target: a full disk, a file-size limit or a permission error leaves the original as it was.
Every failure is a `PivotError` with a one-line message.
"""
from __future__ import annotations

import os
import stat
import tempfile

from pivot.errors import PivotError

_KINDS = {stat.S_IFIFO: "a FIFO (named pipe)", stat.S_IFCHR: "a character device", stat.S_IFBLK: "a block device",
          stat.S_IFSOCK: "a socket", stat.S_IFDIR: "a directory"}


def file_kind(mode: int) -> str:
    return _KINDS.get(stat.S_IFMT(mode), "not a regular file")


def _why(err: OSError) -> str:
    return err.strerror or type(err).__name__


def read_source(path: str) -> str:
    """The file's text, byte for byte (line endings and a BOM kept); only regular files (a FIFO would hang)."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise PivotError(f"cannot read {path}: it is {file_kind(info.st_mode)}, not a regular file")
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as err:
        raise PivotError(f"cannot read {path}: {_why(err)}") from err
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise PivotError(f"cannot read {path}: not UTF-8 text (byte 0x{data[err.start]:02x} on line {line})") \
            from err


def write_atomic(path: str, text: str) -> None:
    """Replace (or create) `path` with `text` so that, on any failure, the old file is untouched.

    A device or FIFO (`-o /dev/stdout`) is written directly: it cannot be replaced by renaming. A symlink
    is followed, so the file it points to is replaced and the link kept."""
    data = text.encode("utf-8")
    target = os.path.realpath(path)
    try:
        info = os.stat(target)
    except FileNotFoundError:
        info = None
    except OSError as err:
        raise PivotError(f"cannot write {path}: {_why(err)}") from err
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise PivotError(f"cannot write {path}: it is a directory")
    if info is not None and not stat.S_ISREG(info.st_mode):
        _write_through(path, target, data)
        return
    folder = os.path.dirname(target) or "."
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(target)}.", suffix=".pivot-tmp", dir=folder)
    except OSError as err:
        raise PivotError(f"cannot write {path}: {_why(err)}" + ("" if os.path.isdir(folder) else
                                                                 f" (no directory {folder})")) from err
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        _copy_mode(tmp, info)
        os.replace(tmp, target)
    except OSError as err:
        _remove(tmp)
        raise PivotError(f"cannot write {path}: {_why(err)}; the file is unchanged") from err
    except BaseException:
        _remove(tmp)
        raise
    _sync_dir(folder)


def fsync_file(path) -> None:
    """Flush a file another writer (Keras, torch.save) made to disk, before it is renamed into place."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_through(path: str, target: str, data: bytes) -> None:
    try:
        with open(target, "wb") as fh:
            fh.write(data)
            fh.flush()
    except OSError as err:
        raise PivotError(f"cannot write {path}: {_why(err)}") from err


def _copy_mode(tmp: str, info: os.stat_result | None) -> None:
    """The replaced file's permissions (and owner, where allowed); a new file's as `open` would give them."""
    if info is None:
        os.chmod(tmp, 0o666 & ~_umask())
        return
    os.chmod(tmp, stat.S_IMODE(info.st_mode))
    try:
        os.chown(tmp, info.st_uid, info.st_gid)
    except OSError:
        pass


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _sync_dir(folder: str) -> None:
    """Make the rename itself durable (best effort: not every file system allows it)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
