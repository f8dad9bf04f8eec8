"""Fixtures: the Pivot server under pytest-lsp, as seen by differently capable clients.

Every server runs through `guarded_server.py`, so any framework import in the server process fails.
"""
from __future__ import annotations

import os
import sys

import pytest_lsp
from pytest_lsp import LanguageClient

sys.path.insert(0, os.path.dirname(__file__))

from lsp_support import capabilities, config, initialize  # noqa: E402

# Servers and the verify subprocesses they start get TF_CPP_MIN_LOG_LEVEL=2, TF_ENABLE_ONEDNN_OPTS=0 and a
# temporary KERAS_HOME from lsp_support.server_env().


@pytest_lsp.fixture(config=config())
async def client(lsp_client: LanguageClient):
    """A VS Code-like client in a trusted workspace: change annotations, work-done progress, push diagnostics."""
    lsp_client.init_result = await initialize(lsp_client, capabilities(), options={"workspaceTrusted": True})
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=config())
async def plain_client(lsp_client: LanguageClient):
    """A Neovim-like client (no trust option: untrusted): plain workspace edits, no progress, push diagnostics."""
    lsp_client.init_result = await initialize(lsp_client, capabilities(annotations=False, progress=False))
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=config())
async def pull_client(lsp_client: LanguageClient):
    """A client that pulls diagnostics (textDocument/diagnostic)."""
    lsp_client.init_result = await initialize(lsp_client, capabilities(pull=True))
    yield
    await lsp_client.shutdown_session()
