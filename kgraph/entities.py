"""The entity table of a built graph, and alias resolution of single surface forms.

`entity_table(graph.ttl)` lists every entity node (label, type, Wikidata id, aliases, mentions);
`resolve_form(form, lang)` says which entity one surface form names — the gazetteer, title
patterns and the fuzzy resolver together, as in a real article — so an alias test set can be scored
(`kgraph aliases FILE`).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .extract import Resources
from .mentions import History, find_mentions
from .model import Entity
from .query import load_store
from .rdf.to_rdf import ENTITY_CLASSES, PREFIXES
from .resolve import resolve_entities
from .text import tokenize

_TYPES = {str(iri): name for name, iri in ENTITY_CLASSES.items()}
ENTITY_QUERY = """
SELECT ?e ?label ?class ?wd ?mentions ?provisional (GROUP_CONCAT(?alias; SEPARATOR="|") AS ?aliases) WHERE {
  ?e rdfs:label ?label ; a ?class ; kg:mentionCount ?mentions .
  OPTIONAL { ?e owl:sameAs ?wd FILTER(STRSTARTS(STR(?wd), STR(wd:))) }
  OPTIONAL { ?e kg:provisional ?provisional }
  OPTIONAL { ?e skos:altLabel ?alias }
} GROUP BY ?e ?label ?class ?wd ?mentions ?provisional ORDER BY DESC(?mentions) ?label"""


def entity_table(graph_path: str | Path, unresolved: bool = False) -> list[dict]:
    """Rows of the entity table; `unresolved` keeps only provisional (not in the gazetteer) ones."""
    store = load_store(graph_path)
    rows = []
    for row in store.query(ENTITY_QUERY, prefixes=PREFIXES):
        provisional = row["provisional"] is not None and row["provisional"].value == "true"
        if unresolved and not provisional:
            continue
        aliases = sorted(a for a in (row["aliases"].value.split("|") if row["aliases"] else []) if a)
        rows.append({"label": row["label"].value, "type": _TYPES.get(row["class"].value, "unknown"),
                     "wikidata": row["wd"].value.rsplit("/", 1)[-1] if row["wd"] else "",
                     "aliases": aliases, "mentions": int(row["mentions"].value), "iri": row["e"].value,
                     "provisional": provisional})
    return rows


def _names_something_larger(tokens, founds, head, state_forms: frozenset, honorifics: frozenset) -> bool:
    """Whether the form goes on past its known name with capitalised words or numbers of its own
    ("Real Madrid", "France 24", "Persib Bandung", "Air India", "Michael Jordan"): then it names
    something else. Words for a form of state before a place ("Kerajaan Arab Saudi") and honorifics
    are part of the name."""
    covered = {k for f in founds for k in range(f.tstart, f.tend)}

    def own(k: int) -> bool:
        text = tokens[k].text
        return k not in covered and (text[:1].isupper() or text.isdigit()) \
            and text.rstrip(".").lower() not in honorifics
    if any(own(k) for k in range(head.tend, len(tokens))):
        return True
    if head.type in ("country", "city", "region"):
        return any(own(k) and tokens[k].lower not in state_forms for k in range(head.tstart))
    return False


def resolve_form(form: str, lang: str, resources: Resources) -> tuple[str | None, tuple[str, ...]]:
    """The entity key a surface form names (None if none), and the candidates when ambiguous.

    >>> from kgraph.extract import load_resources
    >>> resolve_form("Presiden Rusia Vladimir Putin", "id", load_resources())
    ('vladimir-putin', ())
    >>> resolve_form("Vladimir Poutine", "en", load_resources())
    ('vladimir-putin', ())
    """
    language = resources.language(lang)
    tokens = tokenize(form)
    mentions, _ = find_mentions(form, tokens, language, resources.gazetteer, History(), opening_is_name=True)
    heads = [f for f in mentions.founds if not f.descriptor and f.via != "anaphor"]
    if not heads:
        return None, ()
    # a known person names the form over the body or state in their title ("Presiden Majelis Umum PBB
    # Annalena Baerbock"), unless an unknown name runs into them ("Ibu Negara Iriana Joko Widodo" is not
    # Joko Widodo); else the longest mention does
    glued = {f.tend for f in mentions.founds if f.key.startswith("new:") and f.type in ("unknown", "person")}

    def names_the_form(f) -> bool:
        return f.type == "person" and not f.key.startswith("new:") and f.tstart not in glued

    head = max(heads, key=lambda f: (names_the_form(f), f.tend - f.tstart, -f.tstart))
    if _names_something_larger(tokens, mentions.founds, head, language.matchers["state_forms"],
                               resources.gazetteer.honorifics):
        return None, ()
    if not head.key.startswith("new:"):
        return head.key, ()
    entity = Entity(head.key, head.label or head.text, head.type if head.type != "unknown" else "unknown",
                    provisional=True)
    resolution = resolve_entities([entity], resources.gazetteer)
    if head.key in resolution.mapping:
        return resolution.mapping[head.key], ()
    ambiguous = dict(resolution.ambiguous).get(head.key, ())
    return None, tuple(ambiguous)


@dataclass
class AliasReport:
    total: int = 0
    right: int = 0
    false_merges: list = field(default_factory=list)  # a person resolved to another person
    wrong: list = field(default_factory=list)
    ambiguous: int = 0

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0

    def as_dict(self) -> dict:
        return {"forms": self.total, "right": self.right, "accuracy": round(self.accuracy, 3),
                "false_merges_of_people": len(self.false_merges), "ambiguous_reported": self.ambiguous}


def read_alias_set(path: str | Path) -> list[tuple[str, str, str]]:
    """Rows of an alias test set: `form<TAB>lang<TAB>expected key` ("-" = must resolve to nothing known).
    InputError for a missing file, a folder, text that is not UTF-8, a malformed row or no rows at all."""
    path = Path(path)
    if path.is_dir():
        raise InputError(f"{path} is a folder, not a file")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such alias file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read it ({exc.strerror})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise InputError(f"{path} is not UTF-8 text (line {line})") from None
    rows = []
    for number, row in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter="\t"), 1):
        if not row or row[0].startswith("#"):
            continue
        if len(row) < 3 or row[1] not in ("id", "en"):
            raise InputError(f"{path}:{number}: expected form<TAB>lang(id|en)<TAB>expected key")
        rows.append((row[0], row[1], row[2]))
    if not rows:
        raise InputError(f"{path} holds no alias pairs (form<TAB>lang<TAB>expected key lines)")
    return rows


def score_aliases(path: str | Path, resources: Resources) -> AliasReport:
    """Resolve every form of an alias test set and count what a user would check."""
    report = AliasReport()
    for form, lang, expected in read_alias_set(path):
        got, candidates = resolve_form(form, lang, resources)
        report.total += 1
        report.ambiguous += bool(candidates)
        known = got if got and not got.startswith("new:") else None
        wanted = None if expected == "-" else expected
        if known == wanted:
            report.right += 1
            continue
        report.wrong.append((form, lang, expected, got or "-"))
        expected_entry = resources.gazetteer.get(wanted) if wanted else None
        got_entry = resources.gazetteer.get(known) if known else None
        if got_entry is not None and got_entry.type == "person" and (expected_entry is None or expected_entry.type == "person"):
            report.false_merges.append((form, lang, expected, known))
    return report
