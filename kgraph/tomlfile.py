"""Reading the project's TOML files (rules, lexicons, gazetteers) with one error line for each way a
file can be unreadable, in the error class of the kind of file it is."""

from __future__ import annotations

import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

from .errors import KGraphError


def read_toml(path: Path, error: type[KGraphError], kind: str) -> dict:
    """The TOML document at `path`; `error` (RuleError, GazetteerError) naming the file and the
    problem when it is missing, a folder, not UTF-8, unreadable or invalid TOML."""
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise error(f"{path}: no such {kind} file") from None
    except IsADirectoryError:
        raise error(f"{path}: a folder, not a {kind} file") from None
    except UnicodeDecodeError as exc:
        raise error(f"{path}: not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise error(f"{path}: cannot read ({exc.strerror})") from None
    except tomllib.TOMLDecodeError as exc:
        raise error(f"{path}: invalid TOML ({exc})") from None
