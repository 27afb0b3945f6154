"""A user's rule file (`--rules FILE`) that is wrong in shape or range is refused with one line that
names the file, the rule and the key at fault; a rule that is right loads and fires as written."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kgraph.cli import main
from kgraph.errors import RuleError
from kgraph.rules import RULES_DIR, load_language, load_rule_file

RULE = '[[rule]]\nid = "en.attack.user"\nevent = "Attack"\ntriggers = ["pummelled"]\nroles = { attacker = ["subject"] }\n'


def write(tmp_path, text, name="extra.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def error_of(path) -> str:
    with pytest.raises(RuleError) as error:
        load_rule_file(path)
    return str(error.value)


def test_the_cli_refuses_a_rule_that_reuses_a_bundled_id_in_one_line(tmp_path):
    article = write(tmp_path, "Putin met Xi Jinping in Beijing on Monday.\n", "a.txt")
    rules = write(tmp_path, RULE.replace("en.attack.user", "en.meeting.meet").replace("pummelled", "met"))
    result = CliRunner().invoke(main, ["extract", str(article), "--lang", "en", "--date", "2024-03-05", "-j1",
                                       "--rules", str(rules)])
    assert result.exit_code == 3
    assert result.output.splitlines() == [
        f"kgraph: error: {rules}: rule 1 (en.meeting.meet): rule id 'en.meeting.meet' is already used by"
        f" a bundled rule ({RULES_DIR / 'en' / 'meetings.toml'})"]


def test_two_user_files_may_not_share_a_rule_id(tmp_path):
    first, second = write(tmp_path, RULE, "first.toml"), write(tmp_path, RULE, "second.toml")
    with pytest.raises(RuleError) as error:
        load_language("en", (str(first), str(second)))
    assert str(error.value) == (f"{second}: rule 1 (en.attack.user): rule id 'en.attack.user' is already used by"
                                f" a rule of {first}")


def test_a_duplicate_id_within_a_file_is_named_with_the_rule_it_repeats(tmp_path):
    path = write(tmp_path, RULE + RULE.replace("pummelled", "clobbered"))
    assert error_of(path) == f"{path}: rule 2 (en.attack.user): rule id 'en.attack.user' is already used by rule 1 of this file"


@pytest.mark.parametrize("text", ['[rule]\nid = "en.attack.user"\nevent = "Attack"\n', "rule = 5\n",
                                  'rule = ["en.attack.user"]\n', "rule = [1, 2]\n"])
def test_rule_must_be_a_list_of_tables(tmp_path, text):
    path = write(tmp_path, text)
    assert error_of(path) == f"{path}: 'rule' must be a list of tables ([[rule]] sections)"


@pytest.mark.parametrize("line,message", [
    # confidence: a probability, as the SHACL shapes require
    ("confidence = 7.5", "confidence must be a number from 0 to 1, not 7.5"),
    ("confidence = -0.1", "confidence must be a number from 0 to 1, not -0.1"),
    ("confidence = nan", "confidence must be a number from 0 to 1, not nan"),
    ("confidence = -inf", "confidence must be a number from 0 to 1, not -inf"),
    ("confidence = true", "confidence must be a number, not a boolean (true or false)"),
    # triggers: phrases of words, never a wildcard
    ('triggers = ["*"]', "triggers: '*' has no letter or digit; a trigger is a phrase of words"),
    ('triggers = ["..."]', "triggers: '...' has no letter or digit; a trigger is a phrase of words"),
    ('triggers = ["hit *"]', "triggers: 'hit *': '*' marks a prefix only at the end of a word, as in 'membalas*'; it is no wildcard"),
    ('triggers = ["*hit"]', "triggers: '*hit': '*' marks a prefix only at the end of a word, as in 'membalas*'; it is no wildcard"),
    ('triggers = ["_ talks"]', "triggers: '_ talks': '_' stands for one word between two words, as in 'held _ talks'; not first, last or twice in a row"),
    ('triggers = ["held _"]', "triggers: 'held _': '_' stands for one word between two words, as in 'held _ talks'; not first, last or twice in a row"),
    ('triggers = ["held _ _ talks"]', "triggers: 'held _ _ talks': '_' stands for one word between two words, as in 'held _ talks'; not first, last or twice in a row"),
    ("triggers = []", "triggers is empty; a rule needs at least one trigger phrase"),
    ('triggers = [""]', "triggers: '' has no letter or digit; a trigger is a phrase of words"),
    # numbers and shapes
    ("min_actors = -3", "min_actors must be 0 or more, not -3"),
    ("min_actors = { a = 1 }", "min_actors must be a whole number, not a table"),
    ("min_actors = 1.5", "min_actors must be a whole number, not a number"),
    ('note = { a = "b" }', "note must be a string, not a table"),
    ('status = ""', "unknown status ''; valid: occurred, planned"),
    ("require_item = [1]", "require_item must be true, false or a list of item categories"),
    ("require_item = 1", "require_item must be a boolean (true or false) or a list, not a whole number"),
    ('each_place = "yes"', "each_place must be a boolean (true or false), not a string"),
    ('negates = true\nstatus = "occurred"', "negates = true reads the status around the trigger and turns it round; a fixed status leaves nothing to turn"),
    ('unless_object_nouns = ["an attack"]', "unless_object_nouns: 'an attack' is not one word; this list holds single words, without '*'"),
    ('outranks = ["Parade"]', "outranks: unknown event type 'Parade'; valid: "),
    ('followed_by = ["in at"]', "followed_by: 'in at' is not one word; this list holds single words, without '*'"),
    ('unless_said_in = ["op-ed piece"]', "unless_said_in: 'op-ed piece' is not one word; this list holds single words, without '*'"),
    ("each_place = true", "each_place = true needs place strategies, or it could never list a place"),
    ("abroad = true", "abroad = true needs place strategies, or there is no place to be abroad in"),
    ('abroad = "yes"', "abroad must be a boolean (true or false), not a string"),
    ('requires_after = ["for the *"]', 'requires_after holds words or phrases ("for the attack"), without \'*\''),
    ('requires_after = [","]', 'requires_after holds words or phrases ("for the attack"), without \'*\''),
    ('unless_after = ["out of *"]', 'unless_after holds words or phrases ("for the attack"), without \'*\''),
    ('told_by_subject = "yes"', "told_by_subject must be a boolean (true or false), not a string"),
    ("completed_from_before = 1", "completed_from_before must be a boolean (true or false), not a whole number"),
    ('unless_followed_by = [","]', "unless_followed_by: ',' is not one word; this list holds single words, without '*'"),
    ('followed_by = [", and"]', "followed_by: ', and' is not one word; this list holds single words, without '*' (or punctuation marks)"),
    # the key at fault is the one named
    ('required_roles = ["boss"]', "required_roles: unknown role 'boss'; valid: participant"),
    ('place_roles = ["boss"]', "place_roles: unknown role 'boss'; valid: participant"),
    ('roles = { boss = ["subject"] }', "roles: unknown role 'boss'; valid: participant"),
    ('items = ["bananas"]', "items: unknown item category 'bananas'; valid: weapon"),
    ('named = ["role:"]', "named: strategy 'role' needs an argument, e.g. 'role:target'"),
    ('named = ["after:"]', "named: strategy 'after' needs an argument, e.g. 'after:ke|kepada'"),
    ('place = ["before"]', "place: strategy 'before' needs an argument, e.g. 'before:in|at'"),
    ('place = ["object_pair:in"]', "place: strategy 'object_pair' takes no argument: 'object_pair:in'"),
    ('place = ["role:boss"]', "place: unknown role 'boss' in strategy 'role:boss'; valid: participant"),
    ('place = ["after:in|"]', "place: strategy 'after:in|': every word between '|' must contain a letter or digit"),
    ('place = ["subject:in"]', "place: strategy 'subject' takes no argument: 'subject:in'"),
    ('roles = { attacker = ["subjekt"] }', "roles.attacker: unknown strategy 'subjekt'"),
    # rules that could never fire, or keys that would do nothing
    ("roles = { attacker = [] }", "roles.attacker lists no strategy, so the role could never be filled"),
    ("roles = {}", "a rule needs roles (or named), or it could never fire"),
    ('required_roles = ["target"]', "required_roles: role 'target' has no strategy in roles (attacker)"),
    ('place_roles = ["target"]', "place_roles: role 'target' has no strategy in roles (attacker)"),
    ('actor_types = { target = ["country"] }', "actor_types: 'target' is not one of the rule's roles (attacker)"),
    ("actor_types = { attacker = [] }", "actor_types.attacker must list entity types (person, country"),
    ("require_named = true", "require_named = true needs named strategies, or the rule could never fire"),
    ("require_item = true", 'require_item = true needs items (the categories, e.g. items = ["missile"])'),
    ('items = ["missile"]\nrequire_item = ["aid"]',
     "require_item: category 'aid' is not in items, so the rule could never fire; add it to items"),
    ('unless_followed_by = ["the summit"]', "unless_followed_by: 'the summit' is not one word"),
    ('object_nouns = ["*"]', "object_nouns: '*' is not one word"),
])
def test_a_bad_value_names_file_rule_and_key(tmp_path, line, message):
    body = "\n".join(kv for kv in RULE.splitlines() if kv.split(" = ")[0] != line.split(" = ")[0])
    path = write(tmp_path, body + "\n" + line + "\n")
    error = error_of(path)
    assert error.startswith(f"{path}: rule 1 (en.attack.user): {message}"), error
    assert "\n" not in error


@pytest.mark.parametrize("value,shown", [('""', "''"), ('"en attack"', "'en attack'"), ("1", "1"),
                                         ('{ a = "b" }', "{'a': 'b'}")])
def test_an_id_is_a_non_empty_word(tmp_path, value, shown):
    path = write(tmp_path, RULE.replace('"en.attack.user"', value))
    assert error_of(path) == f"{path}: rule 1: id must be a non-empty string without spaces, like 'en.meeting.meet'; not {shown}"


def test_what_the_bundled_files_use_stays_valid(tmp_path):
    path = write(tmp_path, RULE.replace('["pummelled"]', '["membalas*", "co-host", "held face-to-face talks"]')
                 + 'min_actors = 0\nconfidence = 1\nrequire_item = false\nfollowed_by = [",", "despite"]\n')
    (rule,) = load_rule_file(path)
    assert (rule.triggers, rule.min_actors, rule.confidence, rule.followed_by) == (
        ("membalas*", "co-host", "held face-to-face talks"), 0, 1.0, (",", "despite"))


def test_a_word_list_is_matched_whatever_its_case(tmp_path):
    from kgraph.documents import make_article
    from kgraph.extract import extract, load_resources

    text = "Putin suddenly pummelled Kyiv."
    article = make_article({"id": "a"}, text, "t", "a", None, "en")

    def rule_ids(extra: str) -> set[str]:
        path = write(tmp_path, RULE + extra, f"rules{len(extra)}.toml")
        return {e.rule for e in extract(article, load_resources(rules=(str(path),))).events}

    assert "en.attack.user" in rule_ids("")
    assert "en.attack.user" not in rule_ids('unless_preceded_by = ["Suddenly"]\n')


def test_unless_items_must_name_an_item_label(tmp_path):
    path = write(tmp_path, RULE.replace('roles =', 'unless_items = ["gunboats"]\nroles ='))
    with pytest.raises(RuleError) as error:
        load_language("en", (str(path),))
    assert "unless_items: no item is labelled 'gunboats'" in str(error.value)
    good = write(tmp_path, RULE.replace('roles =', 'unless_items = ["warships"]\nroles ='), "good.toml")
    [rule] = [r for r in load_language("en", (str(good),)).rules if r.id == "en.attack.user"]
    assert rule.unless_items == ("warships",)


def test_unless_items_holds_strings(tmp_path):
    assert "unless_items holds item labels" in error_of(write(tmp_path, RULE.replace('roles =', 'unless_items = [""]\nroles =')))
