"""The Pivot language server (pygls 2): diagnostics, hovers, migrate code actions and commands over LSP.

Run it with ``pivot-server`` (stdio) or ``pivot-server --tcp 127.0.0.1:2087``.
"""
