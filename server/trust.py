"""What a client may make the server do: run code only in a trusted workspace, read only its files.

The rule (README "Trust model"):
- Code runs (`pivot.verify`, and any later command that imports the user's file) only when the client
  said `initializationOptions.workspaceTrusted: true`, and only for a `file:` document inside one of the
  workspace folders (symlinks resolved). The VS Code extension sends `vscode.workspace.isTrusted`; other
  clients opt in explicitly.
- The interpreter that runs models is the server's own (or `PIVOT_VERIFY_PYTHON`, set by whoever started
  the server). `initializationOptions.python` is honoured only in a trusted workspace, and only as an
  absolute path to an executable file.
- A command that reads a document by URI reads an open document, or a file inside a workspace folder.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from urllib.parse import urlparse

from pygls.exceptions import JsonRpcInvalidRequest
from pygls.uris import to_fs_path

log = logging.getLogger(__name__)

TRUST_OPTION = "workspaceTrusted"


class Refused(JsonRpcInvalidRequest):
    """The client asked for something the trust rule forbids (an error response, never a crash)."""


@dataclass
class Trust:
    trusted: bool = False
    roots: list[str] = field(default_factory=list)  # workspace folders, real paths

    @classmethod
    def from_initialize(cls, params, options: dict) -> "Trust":
        uris = [f.uri for f in (getattr(params, "workspace_folders", None) or ()) if isinstance(f.uri, str)]
        if isinstance(getattr(params, "root_uri", None), str):
            uris.append(params.root_uri)
        roots = [real_path(u) for u in uris]
        if not uris and isinstance(getattr(params, "root_path", None), str):
            roots.append(os.path.realpath(params.root_path))
        return cls(options.get(TRUST_OPTION) is True, [r for r in roots if r])

    def add_folders(self, uris) -> None:
        self.roots.extend(r for r in map(real_path, uris) if r and r not in self.roots)

    def remove_folders(self, uris) -> None:
        gone = set(map(real_path, uris))
        self.roots = [r for r in self.roots if r not in gone]

    def inside(self, uri: str) -> str | None:
        """The real path of `uri` if it is a file: URI inside a workspace folder, else None."""
        path = real_path(uri)
        if path is None:
            return None
        for root in self.roots:
            try:
                if os.path.commonpath([root, path]) == root:
                    return path
            except ValueError:  # different drives
                continue
        return None

    def check_readable(self, uri: str) -> str:
        """The path of a file a command may read from disk (not open in the editor)."""
        path = self.inside(uri)
        if path is None:
            raise Refused(f"{uri} is neither open in the editor nor inside a workspace folder")
        return path

    def check_runnable(self, uri: str, what: str) -> str:
        """The path of a document whose code `what` may run; a clear refusal otherwise."""
        if not self.trusted:
            raise Refused(f"{what} runs the file's code, and this workspace is not trusted "
                          f"(initializationOptions.{TRUST_OPTION} is not true): refused")
        path = self.inside(uri)
        if path is None:
            raise Refused(f"{what} runs only files inside the workspace folders: {uri} is not")
        return path

    def interpreter(self, requested, default: str) -> str:
        """The program that runs models: `requested` (initializationOptions.python) only when trusted."""
        if requested in (None, ""):
            return default
        if not self.trusted:
            log.warning("ignoring initializationOptions.python: the workspace is not trusted")
            return default
        if not (isinstance(requested, str) and os.path.isabs(requested) and os.path.isfile(requested)
                and os.access(requested, os.X_OK)):
            log.warning("ignoring initializationOptions.python %r: not an absolute path to an executable",
                        requested)
            return default
        return requested


def real_path(uri) -> str | None:
    """The symlink-free path of a file: URI (None for other schemes and junk)."""
    if not isinstance(uri, str) or urlparse(uri).scheme != "file":
        return None
    path = to_fs_path(uri)
    return os.path.realpath(path) if path else None
