"""The project's exception hierarchy: every failure a user can cause is a KGraphError.

The CLI turns any of these into one line on stderr and a non-zero exit; library code never exits.
"""


class KGraphError(Exception):
    """Base class of every error kgraph raises on purpose."""

    exit_code = 1


class InputError(KGraphError):
    """An article or input file cannot be read or has invalid metadata."""

    exit_code = 2


class RuleError(KGraphError):
    """A rule or lexicon file is malformed (unknown key, bad value, unsafe pattern)."""

    exit_code = 3


class GazetteerError(KGraphError):
    """A gazetteer file is malformed."""

    exit_code = 3


class QueryError(KGraphError):
    """A SPARQL query is malformed or not allowed."""

    exit_code = 4


class QueryRefused(QueryError):
    """A well-formed query that kgraph will not run: an update, SERVICE federation or FROM."""


class ExportError(KGraphError):
    """An export could not be written."""

    exit_code = 5
