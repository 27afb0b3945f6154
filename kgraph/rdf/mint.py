"""Mint IRIs and clean literals so that every export is valid for strict RDF parsers.

IRIs are never made from raw text: the local part is percent-encoded (RFC 3987 safe) and long
ones are shortened with a hash, on one absolute base. Literal text loses control characters and
lone surrogates, which N-Triples and Turtle cannot carry.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from urllib.parse import quote

from rdflib import URIRef

from .vocab import DATA

MAX_LOCAL = 80
_SAFE_LOCAL = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:")


def local_part(text: str) -> str:
    """A percent-encoded IRI segment; long or empty ones become a hash.

    >>> local_part("new:Dermaga 33")
    'new:Dermaga%2033'
    >>> len(local_part("x" * 500)) <= 100
    True
    """
    if len(text) <= MAX_LOCAL and _SAFE_LOCAL.issuperset(text) and text:  # ids and slugs: nothing to encode
        return text
    cleaned = clean_text(text)
    encoded = quote(cleaned, safe="-._~:")
    if not encoded or len(encoded) > MAX_LOCAL:
        digest = hashlib.sha1(cleaned.encode("utf-8")).hexdigest()[:16]
        encoded = (encoded[:40].rstrip("%0123456789ABCDEF") + "-" + digest) if encoded else digest
    return encoded


@lru_cache(maxsize=1 << 16)  # an entity is named by every event it takes part in
def mint(kind: str, key: str) -> URIRef:
    """The IRI of a node: <base>/id/<kind>/<encoded key>."""
    return URIRef(f"{DATA}{kind}/{local_part(key)}")


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # every Cc character but tab and newline
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Drop control characters (but newline and tab) and replace lone surrogates.

    >>> clean_text("a\\x00b\\ud800c")
    'ab\\ufffdc'
    """
    text = str(text)
    if text.isprintable():  # no control character, no surrogate: the common case, left as it is
        return text
    return _SURROGATE.sub("\ufffd", _CONTROL.sub("", text))
