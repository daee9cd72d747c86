"""The one error hierarchy of statements.

Every error a user can cause derives from :class:`StatementsError`; the CLI turns each into a
one-line message and a non-zero exit, never a traceback::

    StatementsError
    ├── InputError          a file, page or archive that cannot be read or decoded
    ├── FetchError          a URL that cannot be fetched (network, HTTP status, robots.txt)
    ├── QueryError          a malformed query or a bad search option
    ├── SpeakerError        no speaker, or more than one, matches a name
    └── IndexStoreError     an index that is missing, locked, corrupt or not an index

Messages name the bad input and say what to do next.
"""

from __future__ import annotations

__all__ = [
    "FetchError",
    "IndexStoreError",
    "InputError",
    "QueryError",
    "SpeakerError",
    "StatementsError",
]


class StatementsError(Exception):
    """Base of every error that statements raises on purpose."""

    exit_code: int = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(StatementsError):
    """A file, page or archive that cannot be read, decoded or parsed."""

    exit_code = 2


class FetchError(StatementsError):
    """A URL that cannot be fetched: network failure, HTTP error, or disallowed by robots.txt."""

    exit_code = 3


class QueryError(StatementsError):
    """A malformed query string or an invalid search option; ``position`` points at the problem."""

    exit_code = 2

    def __init__(self, message: str, *, query: str = "", position: int | None = None) -> None:
        super().__init__(message)
        self.query = query
        self.position = position


class SpeakerError(StatementsError):
    """No speaker matches a name, or several do; ``candidates`` holds the close matches."""

    exit_code = 2

    def __init__(self, message: str, *, name: str = "", candidates: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.name = name
        self.candidates = candidates


class IndexStoreError(StatementsError):
    """An index directory that is missing, locked, corrupt, or not a statements index."""

    exit_code = 4
