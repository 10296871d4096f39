"""The errors Vigil raises on purpose, mapped once at the edges.

::

    VigilError                 exit 1, HTTP 500
    ├── InvalidInput           exit 2, HTTP 422   bad dates, unknown types, bad files
    │   └── SourceFormatError  exit 2, HTTP 422   front matter, encoding, empty files
    │       └── TooLarge       exit 2, HTTP 413   an input beyond a documented limit
    ├── NotFound               exit 3, HTTP 404   unknown person, source, claim, event
    ├── Conflict               exit 4, HTTP 409   a fact that contradicts the registry
    ├── StorageError           exit 5, HTTP 503   the database is missing or unreachable
    ├── Unauthorized           exit 6, HTTP 401   no valid sign-in, token or session
    └── Forbidden              exit 7, HTTP 403   signed in, but the role does not allow it

Each error carries a ``message`` for a person and a ``hint`` saying what to do. The CLI
prints ``error: <message> (<hint>)`` on one line and exits with ``exit_code``.
"""

from __future__ import annotations

__all__ = [
    "Conflict",
    "Forbidden",
    "InvalidInput",
    "NotFound",
    "SourceFormatError",
    "StorageError",
    "TooLarge",
    "Unauthorized",
    "VigilError",
]


class VigilError(Exception):
    """Base of every error Vigil raises on purpose."""

    exit_code = 1
    http_status = 500
    code = "error"

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def one_line(self) -> str:
        """The message and the hint on one line, for a terminal."""
        return f"{self.message} ({self.hint})" if self.hint else self.message


class InvalidInput(VigilError):
    """The input cannot be understood or breaks a rule of the registry."""

    exit_code = 2
    http_status = 422
    code = "invalid_input"


class SourceFormatError(InvalidInput):
    """A source file cannot be read: encoding, front matter, emptiness."""

    code = "source_format"


class TooLarge(SourceFormatError):
    """An input beyond a documented limit (size once decoded, nesting, text length)."""

    http_status = 413
    code = "too_large"


class NotFound(VigilError):
    """A record that was named does not exist."""

    exit_code = 3
    http_status = 404
    code = "not_found"


class Conflict(VigilError):
    """The write contradicts what the registry already holds."""

    exit_code = 4
    http_status = 409
    code = "conflict"


class StorageError(VigilError):
    """The database cannot be reached or is not initialised."""

    exit_code = 5
    http_status = 503
    code = "storage"


class Unauthorized(VigilError):
    """The request carries no valid credentials: sign in, or send an API token."""

    exit_code = 6
    http_status = 401
    code = "unauthorized"


class Forbidden(VigilError):
    """The credentials are valid, but they do not allow this (role, or a CSRF check)."""

    exit_code = 7
    http_status = 403
    code = "forbidden"
