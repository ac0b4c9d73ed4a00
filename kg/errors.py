"""Typed errors raised by the library; only the CLI turns them into messages and exit codes."""


class KgError(Exception):
    """Base class of every error kg raises on purpose."""

    exit_code = 1


class InputError(KgError):
    """An input path or file that cannot be read as an article."""

    exit_code = 2


class GraphNotFoundError(KgError):
    """No built graph where one was expected."""

    exit_code = 3


class QueryError(KgError):
    """A SPARQL query that does not parse or run."""

    exit_code = 4


class NoMatchError(KgError):
    """A name that matches no entity in the graph."""

    exit_code = 5
