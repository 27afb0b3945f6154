"""Score extraction against gold annotations (`NAME.gold.toml` beside each `NAME.txt`).

Matching rule: an extracted event matches a gold event of the same article when
1. the type is the same,
2. the extracted event's evidence sentence contains the gold `sentence` excerpt, and
3. they share at least one participant (by name, after resolving aliases), or the gold event
   names none.
Each gold event matches at most one extracted event (greedy, best overlap first; among equals, the
one whose place and time phrases the gold excerpt quotes). A match with
some participants missing still counts for precision and recall; the missing ones show up in the
role accuracy. Status, place and time are scored on matched events only; a place the gazetteer
puts inside the gold place counts as right (Sanaa for "Yemen"), and so does a more precise time inside
the gold time ("2023-05-31" for "2023-05", which another article reporting the same event gave).
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from .errors import InputError
from .export import event_records
from .gazetteer import Gazetteer
from .pipeline import build


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "f1": round(self.f1, 3)}


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += bool(ok)
        self.total += 1

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 0.0

    def as_dict(self) -> dict:
        return {"right": self.right, "total": self.total, "accuracy": round(self.value, 3)}


@dataclass
class Report:
    overall: Tally = field(default_factory=Tally)
    by_type: dict = field(default_factory=lambda: defaultdict(Tally))
    by_status: dict = field(default_factory=lambda: defaultdict(Tally))
    by_lang: dict = field(default_factory=lambda: defaultdict(Tally))
    status: dict = field(default_factory=lambda: defaultdict(Accuracy))
    confusion: Counter = field(default_factory=Counter)
    roles: Accuracy = field(default_factory=Accuracy)
    direction: Accuracy = field(default_factory=Accuracy)
    swapped: int = 0
    place: Accuracy = field(default_factory=Accuracy)
    time: Accuracy = field(default_factory=Accuracy)
    time_by_lang: dict = field(default_factory=lambda: defaultdict(Accuracy))
    source: Accuracy = field(default_factory=Accuracy)
    entities: Accuracy = field(default_factory=Accuracy)
    recognised: Accuracy = field(default_factory=Accuracy)
    errors: list = field(default_factory=list)
    articles: int = 0

    def as_dict(self) -> dict:
        return {
            "articles": self.articles, "events": self.overall.as_dict(),
            "by_type": {k: v.as_dict() for k, v in sorted(self.by_type.items())},
            "by_status": {k: v.as_dict() for k, v in sorted(self.by_status.items())},
            "by_lang": {k: v.as_dict() for k, v in sorted(self.by_lang.items())},
            "status_accuracy": {k: v.as_dict() for k, v in sorted(self.status.items())},
            "status_confusion": {f"{g}->{p}": n for (g, p), n in sorted(self.confusion.items())},
            "role_accuracy": self.roles.as_dict(),
            "direction_accuracy": {**self.direction.as_dict(), "swapped": self.swapped},
            "place_accuracy": self.place.as_dict(),
            "time_accuracy": self.time.as_dict(),
            "time_accuracy_by_lang": {k: v.as_dict() for k, v in sorted(self.time_by_lang.items())},
            "source_accuracy": self.source.as_dict(),
            "entity_recognition": self.recognised.as_dict(), "alias_resolution": self.entities.as_dict(),
        }


def same_time(gold: str, predicted: str) -> bool:
    """The same time, or a more precise one inside it ("2023-05-31" for "2023-05"): another report
    of the same event may have given the day."""
    return predicted == gold or ("/" not in gold and "/" not in predicted and predicted.startswith(gold + "-"))


def records_per_article(records: list[dict]) -> dict[str, list[dict]]:
    """Event records by article; an event several articles report counts in each, with that
    article's own evidence."""
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for record in records:
        for report in record.get("reports") or [{"doc": record["doc"], "evidence": record["evidence"]}]:
            by_doc[report["doc"]].append({**record, "doc": report["doc"], "evidence": report["evidence"]})
    return by_doc


def load_gold(path: Path) -> dict:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: invalid gold TOML ({exc})") from None


class Names:
    """Compare names through the gazetteer: "Korea Utara", "North Korea" and "DPRK" are one name."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer

    def same_place(self, gold: str, predicted: str) -> bool:
        """The same place, or one the gazetteer puts inside it (Sanaa for "Yemen", the White House for
        "Washington")."""
        if self.normal(gold) == self.normal(predicted):
            return True
        inner = self.gazetteer.find(predicted)
        outer = self.gazetteer.find(gold)
        if len(inner) == 1 and len(outer) == 1:
            entry = self.gazetteer.get(inner[0].key)
            return outer[0].key in (entry.country, entry.capital_of, entry.city)
        return False

    def same_source(self, gold: str, predicted: str) -> bool:
        """Sources match by name, or, for anonymous ones, by kind and state ("US defense official"
        and "United States official" are the same kind of source)."""
        if self.normal(gold) == self.normal(predicted):
            return True
        g, p = self.normal(gold).split(), self.normal(predicted).split()
        if not g or not p or g[-1].rstrip("s") != p[-1].rstrip("s"):
            return False
        states = lambda name: {h.key for h in self.gazetteer.find(name)}  # noqa: E731
        return states(gold) == states(predicted)

    def normal(self, name: str) -> str:
        hits = self.gazetteer.find(name)
        if len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(name):
            return self.gazetteer.get(hits[0].key).label.lower()
        out, last = [], 0
        for hit in hits:
            out.append(name[last:hit.start])
            out.append(self.gazetteer.get(hit.key).label)
            last = hit.end
        out.append(name[last:])
        return " ".join("".join(out).lower().replace("defence", "defense").split())


def _predicted_names(names: Names, entity: dict | None) -> set[str]:
    return {names.normal(entity["name"])} if entity else set()


def _score_pair(gold: dict, record: dict, names: Names) -> int:
    if gold["type"] != record["type"] or gold.get("sentence", "") not in record["evidence"]["text"]:
        return -1
    gold_names = {names.normal(p["name"]) for p in gold.get("participants", [])}
    predicted = {names.normal(p["name"]) for p in record["participants"]}
    overlap = len(gold_names & predicted)
    if gold_names and not overlap:
        return -1
    return overlap * 2 + (gold.get("status") == record["status"])


def _in_excerpt(gold: dict, record: dict) -> int:
    """How many of the record's place and time phrases the gold excerpt quotes: of two events told in
    one sentence ("flew to Doha on Sunday and went on to Abu Dhabi a day later") the excerpt names
    the one meant."""
    excerpt = gold.get("sentence", "")
    said = [record["place"]["name"] if record["place"] else "", record["time"]["text"] if record["time"] else ""]
    return sum(1 for phrase in said if phrase and phrase in excerpt)


def evaluate(corpus: str | Path) -> Report:
    """Build the corpus folder and score it against its gold files."""
    corpus = Path(corpus)
    if not corpus.exists():
        raise InputError(f"no such folder: {corpus}")
    if not corpus.is_dir():
        raise InputError(f"{corpus} is not a folder (give the folder of NAME.txt + NAME.gold.toml files)")
    texts = sorted(p for p in corpus.rglob("*.txt") if p.with_suffix(".gold.toml").exists() or
                   p.with_name(p.stem + ".gold.toml").exists())
    if not texts:
        raise InputError(f"{corpus}: no articles with gold annotations (NAME.txt + NAME.gold.toml)")
    result = build([str(p) for p in texts])
    from .extract import load_resources
    names = Names(load_resources().gazetteer)
    records_by_doc = records_per_article(event_records(result.graph))
    langs = {doc.article.id: doc.article.lang for doc in result.docs}
    report = Report(articles=len(texts))
    for text in texts:
        gold = load_gold(text.with_name(text.stem + ".gold.toml"))
        doc_id = next((d.article.id for d in result.docs if Path(d.article.path) == text), text.stem)
        lang = langs.get(doc_id, "?")
        records = records_by_doc.get(doc_id, [])
        _score_doc(report, gold, records, names, lang, doc_id)
        _score_entities(report, gold, result.graph, names)
    return report


def _score_doc(report: Report, gold: dict, records: list[dict], names: Names, lang: str, doc: str) -> None:
    gold_events = gold.get("event", [])
    pairs = sorted(((s, g, r) for g, ge in enumerate(gold_events) for r, rec in enumerate(records)
                    if (s := _score_pair(ge, rec, names)) >= 0),
                   key=lambda t: (-t[0], -_in_excerpt(gold_events[t[1]], records[t[2]]), t[1], t[2]))
    used_gold, used_pred = set(), set()
    for _, g, r in pairs:
        if g in used_gold or r in used_pred:
            continue
        used_gold.add(g)
        used_pred.add(r)
        ge, rec = gold_events[g], records[r]
        for tally in (report.overall, report.by_type[ge["type"]], report.by_status[ge["status"]], report.by_lang[lang]):
            tally.tp += 1
        report.status[lang].add(ge["status"] == rec["status"])
        report.confusion[(ge["status"], rec["status"])] += 1
        if ge["status"] != rec["status"]:
            report.errors.append(("wrong status", doc, ge["status"], rec["status"], rec["evidence"]["text"]))
        predicted_roles = {(p["role"], names.normal(p["name"])) for p in rec["participants"]}
        for participant in ge.get("participants", []):
            ok = (participant["role"], names.normal(participant["name"])) in predicted_roles
            report.roles.add(ok)
            if not ok:
                report.errors.append(("missing role", doc, f"{participant['role']}={participant['name']}",
                                      sorted(predicted_roles), rec["evidence"]["text"]))
        _score_direction(report, ge, predicted_roles, names)
        if ge.get("place"):
            ok = rec["place"] is not None and names.same_place(ge["place"], rec["place"]["name"])
            report.place.add(ok)
            if not ok:
                report.errors.append(("wrong place", doc, ge["place"], rec["place"] and rec["place"]["name"],
                                      rec["evidence"]["text"]))
        if ge.get("time"):
            ok = rec["time"] is not None and same_time(ge["time"], rec["time"]["value"])
            report.time.add(ok)
            report.time_by_lang[lang].add(ok)
            if not ok:
                report.errors.append(("wrong time", doc, ge["time"], rec["time"] and rec["time"]["value"],
                                      rec["evidence"]["text"]))
        if ge.get("source"):
            predicted = {names.normal(s["name"]) for s in rec["sources"]}
            ok = any(names.same_source(ge["source"], s["name"]) for s in rec["sources"])
            report.source.add(ok)
            if not ok:
                report.errors.append(("wrong source", doc, ge["source"], sorted(predicted), rec["evidence"]["text"]))
    for g, ge in enumerate(gold_events):
        if g not in used_gold:
            for tally in (report.overall, report.by_type[ge["type"]], report.by_status[ge["status"]], report.by_lang[lang]):
                tally.fn += 1
            report.errors.append(("miss", doc, ge["type"], ge["status"], ge.get("sentence", "")))
    for r, rec in enumerate(records):
        if r not in used_pred:
            for tally in (report.overall, report.by_type[rec["type"]], report.by_status[rec["status"]], report.by_lang[lang]):
                tally.fp += 1
            report.errors.append(("false alarm", doc, rec["type"], rec["status"],
                                  [f"{p['role']}={p['name']}" for p in rec["participants"]], rec["evidence"]["text"]))


DIRECTED = (("supplier", "recipient"), ("provider", "recipient"), ("attacker", "target"), ("imposer", "target"),
            ("visitor", "host"), ("requester", "provider"))


def _score_direction(report: Report, gold: dict, predicted: set, names: Names) -> None:
    """For two-sided events: are the two sides the right way round (and how often swapped)?"""
    roles = {p["role"]: names.normal(p["name"]) for p in gold.get("participants", [])}
    for source, target in DIRECTED:
        if source in roles and target in roles:
            right = {(source, roles[source]), (target, roles[target])} <= predicted
            swapped = {(source, roles[target]), (target, roles[source])} <= predicted
            if right or swapped:
                report.direction.add(right)
                report.swapped += swapped and not right
            return


def _score_entities(report: Report, gold: dict, graph, names: Names) -> None:
    """Recognition: a gold surface form is a name of some node. Resolution: a recognised form is a
    name of the node whose label is the gold name ("Pyongyang" may name both the city and, acting,
    North Korea, as the gold may list it under both)."""
    alias_owner: dict[str, set[str]] = defaultdict(set)
    for _, data in graph.nodes(data=True):
        if data.get("kind") == "entity":
            for alias in data.get("aliases", []) + [data["label"]]:
                alias_owner[alias].add(names.normal(data["label"]))
    for entity in gold.get("entity", []):
        for form in entity.get("forms", []):
            report.recognised.add(form in alias_owner)
            if form in alias_owner:  # resolution is scored on recognised forms
                report.entities.add(names.normal(entity["name"]) in alias_owner[form])


def format_report(report: Report, errors: bool = False) -> str:
    lines = [f"articles: {report.articles}"]
    o = report.overall
    lines.append(f"events: P {o.precision:.3f}  R {o.recall:.3f}  F1 {o.f1:.3f}  (tp {o.tp}, fp {o.fp}, fn {o.fn})")
    for title, table in (("by language", report.by_lang), ("by type", report.by_type), ("by status", report.by_status)):
        lines.append(f"{title}:")
        for key, tally in sorted(table.items()):
            lines.append(f"  {key:<20} P {tally.precision:.3f}  R {tally.recall:.3f}  F1 {tally.f1:.3f}  "
                         f"(tp {tally.tp}, fp {tally.fp}, fn {tally.fn})")
    for lang, accuracy in sorted(report.status.items()):
        lines.append(f"status accuracy [{lang}]: {accuracy.value:.3f} ({accuracy.right}/{accuracy.total})")
    for lang, accuracy in sorted(report.time_by_lang.items()):
        lines.append(f"time accuracy [{lang}]: {accuracy.value:.3f} ({accuracy.right}/{accuracy.total})")
    confused = ", ".join(f"{g}->{p}: {n}" for (g, p), n in sorted(report.confusion.items()) if g != p)
    lines.append(f"status confusion (gold -> extracted): {confused or 'none'}")
    for name, title in (("roles", "role accuracy"), ("direction", "role-direction accuracy"),
                        ("place", "place accuracy"), ("time", "time accuracy"), ("source", "source accuracy"),
                        ("recognised", "entity recognition"), ("entities", "alias resolution")):
        accuracy = getattr(report, name)
        extra = f", {report.swapped} swapped" if name == "direction" else ""
        lines.append(f"{title}: {accuracy.value:.3f} ({accuracy.right}/{accuracy.total}{extra})")
    if errors:
        lines.append("errors:")
        for error in report.errors:
            lines.append("  " + " | ".join(str(x) for x in error))
    return "\n".join(lines)
