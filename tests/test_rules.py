"""Rule and lexicon files: every bundled file loads, bad files are rejected with a useful message,
and every rule's own examples make it fire."""

from __future__ import annotations

import pytest

from kgraph.errors import RuleError
from kgraph.rules import LANGS, RULES_DIR, SUPPORT_FILES, load_language, load_rule_file, rule_files


def test_every_bundled_file_loads():
    seen = set()
    for lang in LANGS:
        language = load_language(lang)
        assert language.rules, lang
        seen |= {str(p) for p in (RULES_DIR / lang).glob("*.toml")}
        for path in rule_files(lang):
            assert load_rule_file(path)
    on_disk = {str(p) for p in RULES_DIR.glob("*/*.toml")}
    assert seen == on_disk


def test_both_languages_have_the_same_files():
    names = [sorted(p.name for p in (RULES_DIR / lang).glob("*.toml")) for lang in LANGS]
    assert names[0] == names[1]
    assert set(SUPPORT_FILES) <= set(names[0])


def test_every_event_type_has_rules_in_both_languages():
    from kgraph.model import EVENT_TYPES
    for lang in LANGS:
        assert {r.event for r in load_language(lang).rules} == set(EVENT_TYPES), lang


ALL_RULES = [(lang, rule) for lang in LANGS for rule in load_language(lang).rules]


@pytest.mark.parametrize("lang,rule", ALL_RULES, ids=[r.id for _, r in ALL_RULES])
def test_rule_examples_fire_their_rule(events_of, lang, rule):
    assert rule.examples, f"{rule.id} has no examples"
    for example in rule.examples:
        events = events_of(example, lang)
        fired = {(e.type, e.rule) for e in events}
        assert (rule.event, rule.id) in fired, (example, fired)


def write(tmp_path, text):
    path = tmp_path / "extra.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_unknown_key_is_rejected_naming_the_valid_ones(tmp_path):
    path = write(tmp_path, '[[rule]]\nid = "x"\nevent = "Meeting"\ntriggers = ["meet"]\ntrigers = ["x"]\n')
    with pytest.raises(RuleError) as error:
        load_rule_file(path)
    assert "trigers" in str(error.value) and "triggers" in str(error.value) and "roles" in str(error.value)


@pytest.mark.parametrize("body,message", [
    ('event = "Meeting"\ntriggers = ["meet"]', "missing required key 'id'"),
    ('id = "x"\nevent = "Meating"\ntriggers = ["meet"]', "unknown event type 'Meating'"),
    ('id = "x"\nevent = "Meeting"\ntriggers = ["meet"]\nroles = { guest = ["subject"] }', "unknown role 'guest'"),
    ('id = "x"\nevent = "Meeting"\ntriggers = ["meet"]\nroles = { participant = ["subjekt"] }', "unknown strategy 'subjekt'"),
    ('id = "x"\nevent = "Meeting"\ntriggers = ["meet"]\nstatus = "maybe"', "unknown status 'maybe'"),
    ('id = "x"\nevent = "Launch"\ntriggers = ["fire"]\nitems = ["bananas"]', "unknown item category 'bananas'"),
    ('id = "x"\nevent = "Meeting"\ntriggers = "meet"', "triggers must be a list"),
    ('id = "x"\nevent = "Aid"\ntriggers = ["asked"]\nhelp_words = ["to help"]\nroles = { provider = ["object"] }',
     "help_words is for AidRequest rules"),
    ('id = "x"\nevent = "AidRequest"\ntriggers = ["asked"]\nhelp_words = ["to *"]\n'
     'roles = { requester = ["subject"], provider = ["object"] }', "help_words holds words or phrases"),
])
def test_invalid_rules_are_rejected(tmp_path, body, message):
    with pytest.raises(RuleError, match=message):
        load_rule_file(write(tmp_path, "[[rule]]\n" + body + "\n"))


def test_invalid_toml_is_one_clear_error(tmp_path):
    with pytest.raises(RuleError, match="invalid TOML"):
        load_rule_file(write(tmp_path, "[[rule]\nid = "))


def test_a_users_rule_file_adds_a_rule(tmp_path, resources, events_of):
    from kgraph.documents import make_article
    from kgraph.extract import extract, load_resources

    path = write(tmp_path, '''[[rule]]
id = "en.meeting.rendezvous"
event = "Meeting"
triggers = ["rendezvoused with"]
roles = { participant = ["subject+object"] }
examples = ["Putin rendezvoused with Xi Jinping."]
''')
    text = "Putin rendezvoused with Xi Jinping in Beijing."
    assert not [e for e in events_of(text, "en") if e.type == "Meeting"]
    article = make_article({"id": "a"}, text, "t", "a", None, "en")
    events = extract(article, load_resources(rules=(str(path),))).events
    assert {(e.type, frozenset(e.roles)) for e in events} == {
        ("Meeting", frozenset({("participant", "vladimir-putin"), ("participant", "xi-jinping")}))}


def test_rules_are_phrases_not_regular_expressions():
    """Triggers are matched token by token, so no trigger may carry regex syntax."""
    for lang in LANGS:
        for rule in load_language(lang).rules:
            for trigger in rule.triggers:
                assert not set(trigger) & set("()[]{}+?|\\^$"), (rule.id, trigger)


@pytest.mark.parametrize("value", ["decade late", "year someday"])
def test_a_period_must_name_a_unit_and_a_known_qualifier(value):
    from kgraph.rules import _check_periods

    with pytest.raises(RuleError, match="periods.year-end"):
        _check_periods("time.toml", {"year-end": value}, {"day", "week", "month", "year"})


def test_no_regular_expression_of_kgraph_nests_quantifiers():
    """Every pattern kgraph compiles, module-level or built from the time words, is safe from
    catastrophic backtracking (rule files hold phrases, never regular expressions)."""
    import importlib
    import pkgutil
    import re

    import kgraph
    from kgraph.safety import nested_quantifiers
    from kgraph.timex import TimeFinder

    patterns = []
    for module_info in pkgutil.walk_packages(kgraph.__path__, "kgraph."):
        module = importlib.import_module(module_info.name)
        patterns += [(f"{module_info.name}.{name}", value) for name, value in vars(module).items()
                     if isinstance(value, re.Pattern)]
    for lang in ("id", "en"):
        patterns += [(f"time {lang} {kind}", p) for kind, p in TimeFinder(load_language(lang).time).patterns]
    assert len(patterns) > 30
    assert [name for name, pattern in patterns if nested_quantifiers(pattern)] == []


def test_time_words_are_literal_so_data_cannot_smuggle_in_a_pattern():
    from kgraph.safety import nested_quantifiers
    from kgraph.timex import TimeFinder

    words = dict(load_language("en").time)
    words["weekend"] = ["week(s)+end"]
    finder = TimeFinder(words)
    assert not any(nested_quantifiers(p) for _, p in finder.patterns)
    assert [m.text for m in finder.find("next week(s)+end and next weeksssend")] == ["next week(s)+end"]


ALL_PATTERNS = [(lang, pattern) for lang in LANGS for pattern in load_language(lang).patterns]


@pytest.mark.parametrize("lang,pattern", ALL_PATTERNS, ids=[p.id for _, p in ALL_PATTERNS])
def test_fact_pattern_examples_make_their_fact(resources, lang, pattern):
    """Each fact pattern's examples make what it says: the entity it creates, the fact it states, or the
    descriptor it marks."""
    from kgraph.mentions import History, find_mentions
    from kgraph.text import tokenize

    assert pattern.examples, f"{pattern.id} has no examples"
    for example in pattern.examples:
        found, _ = find_mentions(example, tokenize(example), resources.language(lang), resources.gazetteer, History())
        if pattern.creates:
            made = [f for f in found.founds if f.via in ("pattern", "capital") and f.type == pattern.creates]
            assert made, (example, found.founds)
            if pattern.acts_for:
                assert all(f.state for f in made), example
        elif pattern.fact:
            assert any(f.predicate == pattern.fact[1] for f in found.facts), (example, found.facts)
        else:
            assert any(f.descriptor for f in found.founds), (example, found.founds)


def test_a_pattern_may_act_only_for_one_of_its_slots(tmp_path):
    from kgraph.rules import _load_patterns

    path = tmp_path / "patterns.toml"
    path.write_text('[[fact]]\nid = "x"\npattern = ["{country:C!}", "embassy"]\ncreates = "organisation"\n'
                    'acts_for = "D"\nfact = ["NEW", "affiliatedWith", "C"]\n', encoding="utf-8")
    with pytest.raises(RuleError, match="acts_for must name a slot of the pattern \\(C\\)"):
        _load_patterns(path)
