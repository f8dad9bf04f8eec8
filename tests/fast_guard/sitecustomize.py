"""Tripwire for the fast suite: a subprocess started by a test not marked `slow` may not import a framework.

`tests/conftest.py` puts this directory first on PYTHONPATH when the session deselects slow tests
(`pytest -m "not slow"`), so any Python process the test starts runs this at startup.
"""
import os

if os.environ.get("PIVOT_FAST_TESTS") == "1":
    import framework_tripwire

    framework_tripwire.install()
