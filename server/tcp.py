"""`pivot-server --tcp`: loopback only, and a client must prove it holds the token before anything else.

The token is `PIVOT_SERVER_TOKEN` from the environment, or a random one printed on stderr at start. The
client's first message must be `initialize` with `initializationOptions.token` set to it; any other first
message, a wrong token, or nothing within 10 s, and the connection is closed without an answer (the
server keeps listening). One client at a time; when it disconnects the server exits, as with stdio.
"""
from __future__ import annotations

import asyncio
import hmac
import json
import logging
import os
import secrets
import sys
import threading

from pygls.io_ import run_async

log = logging.getLogger(__name__)

TOKEN_ENV = "PIVOT_SERVER_TOKEN"
LOOPBACK = ("127.0.0.1", "::1", "localhost")
FIRST_MESSAGE_TIMEOUT = 10.0
MAX_FIRST_MESSAGE = 1 << 20  # an initialize request is a few KiB


def server_token() -> tuple[str, bool]:
    """The token, and whether it was generated here (then it is printed)."""
    given = os.environ.get(TOKEN_ENV, "")
    return (given, False) if given else (secrets.token_urlsafe(24), True)


async def read_message(reader: asyncio.StreamReader) -> dict | None:
    """One LSP message (headers + JSON body), or None if it is not a well-formed, small one."""
    length = None
    for _ in range(8):
        header = await reader.readline()
        if not header:
            return None
        if header in (b"\r\n", b"\n"):
            break
        name, _, value = header.decode("ascii", "replace").partition(":")
        if name.strip().lower() == "content-length" and value.strip().isdigit():
            length = int(value.strip())
    else:
        return None
    if length is None or length > MAX_FIRST_MESSAGE:
        return None
    try:
        message = json.loads(await reader.readexactly(length))
    except (ValueError, asyncio.IncompleteReadError):
        return None
    return message if isinstance(message, dict) else None


def token_of(message: dict | None) -> str | None:
    """The token of an `initialize` request (removed from the message), else None."""
    if not message or message.get("method") != "initialize" or "id" not in message:
        return None
    options = (message.get("params") or {}).get("initializationOptions")
    if not isinstance(options, dict):
        return None
    token = options.pop("token", None)
    return token if isinstance(token, str) else None


def serve(server, host: str, port: int, token: str, announce) -> None:
    """Listen on host:port (loopback) for one authenticated LSP client."""
    server._stop_event = stop_event = threading.Event()
    busy = asyncio.Lock()

    async def connection(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        peer = writer.get_extra_info("peername")
        try:
            first = await asyncio.wait_for(read_message(reader), FIRST_MESSAGE_TIMEOUT)
        except asyncio.TimeoutError:
            first = None
        given = token_of(first)
        if given is None or not hmac.compare_digest(given.encode(), token.encode()) or busy.locked():
            log.warning("dropped a TCP client from %s: no valid token in its initialize request", peer)
            writer.close()
            return
        async with busy:
            log.info("TCP client from %s authenticated", peer)
            protocol = server.protocol
            protocol.set_writer(writer)
            protocol.handle_message(protocol.structure_message(first))
            await run_async(stop_event=stop_event, reader=reader, protocol=protocol, logger=log,
                            error_handler=server.report_server_error)
            server.shutdown()

    async def main() -> None:
        server._server = listener = await asyncio.start_server(connection, host, port)
        bound = listener.sockets[0].getsockname()
        announce(f"pivot-server: listening on {bound[0]}:{bound[1]}")
        async with listener:
            try:
                await listener.serve_forever()
            except asyncio.CancelledError:
                pass

    try:
        asyncio.run(main())
    except (KeyboardInterrupt, SystemExit):
        pass


def announce(line: str) -> None:
    print(line, file=sys.stderr, flush=True)
