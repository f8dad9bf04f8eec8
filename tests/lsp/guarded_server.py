"""Start the Pivot language server with an import guard: any attempt to import a deep-learning framework
(torch, tensorflow, keras, jax) in the server process is recorded and fails with ImportError.

The tests run every server through this launcher, and `test_lifecycle.py` asks the server (via the
test-mode command ``pivot.debug.state``) whether the guard saw an attempt. Child processes (verify) are
not affected: the guard lives in this process only.
"""
from __future__ import annotations

import importlib.abc
import os
import sys
import traceback
import types

BLOCKED = ("torch", "tensorflow", "keras", "jax", "flax", "tf_keras")


class FrameworkImportGuard(importlib.abc.MetaPathFinder):
    def __init__(self, record: list):
        self.record = record

    def find_spec(self, fullname, path, target=None):
        if fullname.split(".")[0] in BLOCKED:
            stack = "".join(traceback.format_stack(limit=12)[:-1])
            self.record.append({"module": fullname, "stack": stack})
            raise ImportError(f"the Pivot language server must not import {fullname}")
        return None


def install() -> types.ModuleType:
    already = sorted(m for m in sys.modules if m.split(".")[0] in BLOCKED)
    guard = types.ModuleType("_pivot_import_guard")
    guard.attempts = []
    guard.preloaded = already
    guard.installed = True
    sys.meta_path.insert(0, FrameworkImportGuard(guard.attempts))
    sys.modules["_pivot_import_guard"] = guard
    return guard


def main() -> None:
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    if root not in sys.path:
        sys.path.insert(0, root)
    install()
    os.environ.setdefault("PIVOT_SERVER_TEST_MODE", "1")
    from server.__main__ import main as server_main

    server_main(sys.argv[1:])


if __name__ == "__main__":
    main()
