"""The JSON-RPC layer under the features: every request gets an answer, no answer carries a traceback.

pygls, left alone, does not answer a request whose params fail validation (a hover at a negative
position): the error escapes while the message is decoded, the client waits forever and the user sees a
pop-up. Here such a request is answered with InvalidParams naming the bad field. Internal errors are
answered with one line (`Pivot internal error: ZeroDivisionError: ...`); the traceback goes to the log.
"""
from __future__ import annotations

import logging
from typing import Any

from cattrs import transform_error
from cattrs.errors import ClassValidationError
from lsprotocol.types import ResponseError
from pygls.exceptions import JsonRpcException, JsonRpcInternalError, JsonRpcInvalidParams
from pygls.protocol import LanguageServerProtocol

log = logging.getLogger(__name__)

_MAX_MESSAGE = 300


class _Answered:
    """A message already dealt with while it was decoded (answered with an error, or dropped)."""


ANSWERED = _Answered()


def why_invalid(exc: BaseException) -> str:
    """One line naming the fields that failed validation."""
    cause = exc.__cause__ if exc.__cause__ is not None else exc
    if isinstance(cause, ClassValidationError):
        try:
            return "; ".join(transform_error(cause)[:3])
        except Exception:
            pass
    return one_line(str(cause) or type(cause).__name__)


def one_line(text: str) -> str:
    first = text.strip().splitlines()[0] if text.strip() else ""
    return first[:_MAX_MESSAGE]


class PivotProtocol(LanguageServerProtocol):

    def structure_message(self, data: dict[str, Any]):
        try:
            return super().structure_message(data)
        except JsonRpcException as exc:
            if not isinstance(data, dict) or "method" not in data:
                raise
            reason = why_invalid(exc)
            if "id" in data:
                log.warning("invalid params for %s (request %r): %s", data.get("method"), data.get("id"), reason)
                self._send_response(data["id"], error=JsonRpcInvalidParams(
                    message=f"Invalid params for {data.get('method')}: {reason}").to_response_error())
            else:
                log.warning("dropped notification %s with invalid params: %s", data.get("method"), reason)
            return ANSWERED

    def handle_message(self, message) -> None:
        if message is ANSWERED:
            return
        super().handle_message(message)

    def _send_response(self, msg_id, result: Any | None = None, error: ResponseError | None = None) -> None:
        if error is not None and error.code == JsonRpcInternalError.CODE:
            error = ResponseError(code=error.code, message=f"Pivot internal error: {one_line(error.message)}")
        super()._send_response(msg_id, result=result, error=error)
