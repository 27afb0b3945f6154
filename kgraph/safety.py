"""A guard against catastrophic backtracking: no regular expression of kgraph may nest quantifiers.

Rule files hold phrases, never regular expressions (`kgraph.text.PhraseMatcher` matches them with
dictionary look-ups). The few patterns kgraph compiles itself (time expressions built from the
language's word lists, the tokenizer, the sentence splitter) are checked with `nested_quantifiers`:
a repeat that can run more than once must not contain another such repeat, as in `(a+)+` or
`(\\w+\\s?)*`, the shapes on which Python's `re` can take exponential time.
"""

from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as _sre, _parser as _parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _parse  # type: ignore[no-redef]

_REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT} | ({_sre.POSSESSIVE_REPEAT} if hasattr(_sre, "POSSESSIVE_REPEAT") else set())


def _children(op, av):
    if op in _REPEATS:
        return [av[2]]
    if op is _sre.SUBPATTERN:
        return [av[-1]]
    if op is _sre.BRANCH:
        return list(av[1])
    if op in (_sre.ASSERT, _sre.ASSERT_NOT):
        return [av[1]]
    if op is _sre.GROUPREF_EXISTS:
        return [branch for branch in av[1:] if branch is not None]
    if hasattr(_sre, "ATOMIC_GROUP") and op is _sre.ATOMIC_GROUP:
        return [av]
    return []


def _has_repeat(items) -> bool:
    for op, av in items:
        if op in _REPEATS and av[1] > 1:
            return True
        if any(_has_repeat(child) for child in _children(op, av)):
            return True
    return False


def _nested(items) -> bool:
    for op, av in items:
        if op in _REPEATS and av[1] > 1 and _has_repeat(av[2]):
            return True
        if any(_nested(child) for child in _children(op, av)):
            return True
    return False


def nested_quantifiers(pattern: str | re.Pattern) -> bool:
    """Whether a repeat that can match more than once contains another one.

    >>> nested_quantifiers(r"(a+)+b"), nested_quantifiers(r"(?:\\w+\\s?)*$"), nested_quantifiers(r"(?:\\s+\\d)?x+")
    (True, True, False)
    """
    source = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
    flags = pattern.flags if isinstance(pattern, re.Pattern) else 0
    return _nested(_parse.parse(source, flags))
