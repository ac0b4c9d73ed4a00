"""Typed errors raised by the library; only the CLI turns them into messages and exit codes."""


class KgError(Exception):
    """Base class of every error kg raises on purpose; details are lines printed before the message."""

    exit_code = 1

    def __init__(self, message: str, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.details = list(details or [])

    def __reduce__(self):
        return type(self), (str(self), self.details)


class InputError(KgError):
    """An input path or file that cannot be read as an article, or a build that read none."""

    exit_code = 2


class GraphNotFoundError(KgError):
    """No built graph where one was expected, or a file that is not one."""

    exit_code = 3


class QueryError(KgError):
    """A SPARQL query that does not parse or run, or that kg refuses (updates, SERVICE)."""

    exit_code = 4


class NoMatchError(KgError):
    """A name that matches no entity in the graph."""

    exit_code = 5


class QueryTimeoutError(KgError):
    """A query or graph command that ran past its time limit and was stopped."""

    exit_code = 6


class OutputError(KgError):
    """Outputs that cannot be written; the previous ones are left as they were."""

    exit_code = 7
