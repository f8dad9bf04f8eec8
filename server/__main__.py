"""`pivot-server`: start the Pivot language server on stdio (default) or TCP."""
from __future__ import annotations

import argparse
import logging
import sys

from . import tcp


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="pivot-server", description="The Pivot language server.")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--stdio", action="store_true", help="talk LSP over stdin/stdout (the default)")
    mode.add_argument("--tcp", metavar="HOST:PORT",
                      help="listen for one LSP client on HOST:PORT (loopback only; the client sends the token "
                           "printed at start, or PIVOT_SERVER_TOKEN, as initializationOptions.token)")
    parser.add_argument("--log-file", help="write the server log here (default: stderr)")
    parser.add_argument("--log-level", default="WARNING",
                        choices=["DEBUG", "INFO", "WARNING", "ERROR"], help="log level (default WARNING)")
    args = parser.parse_args(argv)
    if args.tcp:
        host, sep, port = args.tcp.rpartition(":")
        if not sep or not port.isdigit():
            parser.error("--tcp wants HOST:PORT, e.g. 127.0.0.1:2087")
        args.host, args.port = host.strip("[]") or "127.0.0.1", int(port)
        if args.host not in tcp.LOOPBACK:
            parser.error(f"--tcp listens on loopback only (127.0.0.1, ::1 or localhost), not {host}")
    return args


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    # stdout carries the protocol: logs go to stderr or a file, never stdout.
    handler = logging.FileHandler(args.log_file) if args.log_file else logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=getattr(logging, args.log_level), handlers=[handler])
    if args.log_level != "DEBUG":
        logging.getLogger("pygls").setLevel(max(logging.WARNING, getattr(logging, args.log_level)))

    from .server import create_server  # here: `--help` and a bad flag answer in 0.7 s, not 2 (pivot unloaded)

    server = create_server()
    if args.tcp:
        token, generated = tcp.server_token()
        tcp.announce(f"pivot-server: token {token}" if generated else f"pivot-server: token from {tcp.TOKEN_ENV}")
        tcp.serve(server, args.host, args.port, token, tcp.announce)
    else:
        server.start_io()


if __name__ == "__main__":
    main()
