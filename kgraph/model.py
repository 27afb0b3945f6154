"""Plain data records passed between pipeline stages.

Every record is immutable so that a stage can only produce new values, never edit what an earlier
stage made: that is what keeps per-document extraction a pure function.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

EVENT_TYPES = (
    "Meeting", "Visit", "Gathering", "ArmsTransfer", "TechnologyTransfer", "Cooperation",
    "Agreement", "Launch", "Aid", "AidRequest", "Attack", "Sanction",
)
STATUSES = ("occurred", "planned", "possible", "hoped", "failed", "denied", "cancelled")
ROLES = (
    "participant", "visitor", "host", "supplier", "recipient", "launcher", "requester",
    "provider", "attacker", "target", "imposer", "party", "attendee",
)
ACTOR_TYPES = ("person", "country", "organisation", "outlet", "anonymous")
PLACE_TYPES = ("country", "city", "region", "facility")
ENTITY_TYPES = ("person", "country", "city", "region", "facility", "organisation", "outlet",
                "gathering", "anonymous", "unknown")


@dataclass(frozen=True)
class Article:
    """One news article with the metadata that anchors its dates and provenance."""

    id: str
    text: str
    lang: str
    date: _dt.date | None = None
    title: str = ""
    url: str = ""
    publisher: str = ""
    path: str = ""


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article with its character offsets in the article text."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """A span of a sentence that names (or refers to) an entity.

    `key` is the entity key: a gazetteer key, a provisional key minted from the surface form, or the
    key an anaphor resolved to. Offsets are relative to the sentence.
    """

    sentence: int
    start: int
    end: int
    text: str
    key: str
    type: str
    via: str = "gazetteer"  # gazetteer | title | name | anaphor | anonymous | pattern


@dataclass(frozen=True)
class Entity:
    """An entity as known inside one document (or, after merging, the whole graph)."""

    key: str
    label: str
    type: str
    wikidata: str = ""
    provisional: bool = False
    aliases: tuple[str, ...] = ()
    mentions: int = 0
    position: str = ""  # e.g. "president", from a title in the text or the gazetteer


@dataclass(frozen=True)
class Fact:
    """A relation between two entities stated by the text, e.g. (vladivostok, locatedIn, russia)."""

    subject: str
    predicate: str
    object: str
    sentence: int = -1


@dataclass(frozen=True)
class TimeValue:
    """A normalised time: ISO 8601 date, month, year, or an interval "start/end"."""

    value: str
    text: str
    qualifier: str = ""  # early | mid | late


@dataclass(frozen=True)
class Item:
    """A thing moved, requested or launched (weapons, technology, aid, vehicles)."""

    key: str
    label: str
    category: str
    text: str


@dataclass(frozen=True)
class Source:
    """Who the text says reported or said a statement, with the relation to it."""

    key: str
    relation: str  # said | reported | according_to | relayed_by | reportedly


@dataclass(frozen=True)
class Evidence:
    text: str
    start: int
    end: int
    sentence: int


@dataclass(frozen=True)
class Event:
    """An extracted event: who does what to whom, where, when, how sure, according to whom."""

    id: str
    doc: str
    type: str
    status: str
    roles: tuple[tuple[str, str], ...]
    place: str | None
    time: TimeValue | None
    items: tuple[Item, ...]
    sources: tuple[Source, ...]
    evidence: Evidence
    rule: str
    confidence: float
    name: str | None = None  # key of a named gathering (e.g. a forum) this event is an edition of


@dataclass(frozen=True)
class DocGraph:
    """Everything extracted from one article, before merging with other articles."""

    article: Article
    entities: dict[str, Entity] = field(default_factory=dict)
    events: tuple[Event, ...] = ()
    facts: tuple[Fact, ...] = ()
