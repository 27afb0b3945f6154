"""The scorer itself, on small hand-made cases."""

from __future__ import annotations

import json

import pytest

from click.testing import CliRunner

from kgraph.cli import main
from kgraph.evaluate import Names, evaluate
from kgraph.gazetteer import load_gazetteer

TEXT = "Rusia akan memasok senjata ke Iran. Korea Utara gagal meluncurkan satelit pada Mei lalu."
META = {"id": "a", "date": "2023-09-05", "lang": "id"}
TRANSFER = '''[[event]]
type = "ArmsTransfer"
status = "{status}"
sentence = "memasok senjata"
participants = [{{ role = "supplier", name = "{supplier}" }}, {{ role = "recipient", name = "{recipient}" }}]
'''
LAUNCH = '''[[event]]
type = "Launch"
status = "failed"
sentence = "gagal meluncurkan satelit"
participants = [{ role = "launcher", name = "North Korea" }]
time = "2023-05"
'''


def corpus(tmp_path, gold: str, text: str = TEXT):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps(META))
    (tmp_path / "a.gold.toml").write_text(gold, encoding="utf-8")
    return evaluate(tmp_path)


def test_perfect(tmp_path):
    report = corpus(tmp_path, TRANSFER.format(status="planned", supplier="Russia", recipient="Iran") + LAUNCH)
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (2, 0, 0)
    assert report.overall.f1 == 1.0 and report.status["id"].value == 1.0
    assert report.roles.value == 1.0 and report.time.value == 1.0
    assert (report.direction.right, report.direction.total, report.swapped) == (1, 1, 0)


def test_gold_names_may_use_any_alias(tmp_path):
    report = corpus(tmp_path, TRANSFER.format(status="planned", supplier="Rusia", recipient="Iran") + LAUNCH)
    assert report.overall.f1 == 1.0 and report.roles.value == 1.0


def test_empty_gold_makes_every_extraction_a_false_alarm(tmp_path):
    report = corpus(tmp_path, "")
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (0, 2, 0)
    assert report.overall.precision == 0.0 and report.overall.f1 == 0.0


def test_nothing_extracted_is_all_misses(tmp_path):
    report = corpus(tmp_path, TRANSFER.format(status="planned", supplier="Russia", recipient="Iran"),
                    text="Bank Indonesia menaikkan suku bunga acuan.")
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (0, 0, 1)
    assert report.overall.recall == 0.0


def test_one_wrong_status_counts_as_a_match_with_a_status_error(tmp_path):
    report = corpus(tmp_path, TRANSFER.format(status="occurred", supplier="Russia", recipient="Iran") + LAUNCH)
    assert report.overall.tp == 2
    assert (report.status["id"].right, report.status["id"].total) == (1, 2)
    assert report.confusion[("occurred", "planned")] == 1


def test_swapped_direction_is_a_role_error(tmp_path):
    report = corpus(tmp_path, TRANSFER.format(status="planned", supplier="Iran", recipient="Russia") + LAUNCH)
    assert report.overall.tp == 2
    assert (report.roles.right, report.roles.total) == (1, 3)
    assert (report.direction.right, report.direction.total, report.swapped) == (0, 1, 1)
    assert any(e[0] == "missing role" for e in report.errors)


def test_other_participants_do_not_match(tmp_path):
    report = corpus(tmp_path, TRANSFER.format(status="planned", supplier="China", recipient="Japan") + LAUNCH)
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (1, 1, 1)


def test_cli_eval_json_and_errors(tmp_path):
    corpus(tmp_path, TRANSFER.format(status="occurred", supplier="Russia", recipient="Iran") + LAUNCH)
    result = CliRunner().invoke(main, ["eval", str(tmp_path), "--json", "--errors"])
    data = json.loads(result.output)
    assert data["events"]["f1"] == 1.0 and data["status_accuracy"]["id"]["accuracy"] == 0.5
    assert data["errors"][0][0] == "wrong status"
    text = CliRunner().invoke(main, ["eval", str(tmp_path), "--errors"]).output
    assert "events: P 1.000" in text and "wrong status" in text


def test_entity_recognition_and_resolution(tmp_path):
    gold = LAUNCH + '''
[[entity]]
name = "North Korea"
forms = ["Korea Utara"]
[[entity]]
name = "Russia"
forms = ["Rusia"]
[[entity]]
name = "Iran"
forms = ["Iran"]
[[entity]]
name = "Kazakhstan"
forms = ["Kazakstan"]
[[entity]]
name = "Mongolia"
forms = ["Korea Utara"]
'''
    report = corpus(tmp_path, gold)
    assert (report.recognised.right, report.recognised.total) == (4, 5)  # "Kazakstan" is not in the text
    assert (report.entities.right, report.entities.total) == (3, 4)  # "Korea Utara" is not Mongolia


def test_a_folder_without_gold_is_an_error(tmp_path):
    result = CliRunner().invoke(main, ["eval", str(tmp_path)])
    assert result.exit_code == 2 and "no articles with gold annotations" in result.output


def test_of_two_like_events_in_one_sentence_the_excerpt_picks_its_own(tmp_path):
    text = "Antony Blinken flew to Doha on Sunday and went on to Abu Dhabi a day later."
    gold = "".join(f'''[[event]]
type = "Visit"
status = "occurred"
sentence = "{excerpt}"
participants = [{{ role = "visitor", name = "Antony Blinken" }}]
place = "{place}"
time = "{time}"
''' for excerpt, place, time in (("went on to Abu Dhabi a day later", "Abu Dhabi", "2025-01-06"),
                                 ("flew to Doha on Sunday", "Doha", "2025-01-05")))
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"id": "a", "date": "2025-01-08", "lang": "en"}))
    (tmp_path / "a.gold.toml").write_text(gold, encoding="utf-8")
    report = evaluate(tmp_path)
    assert report.overall.tp == 2
    assert (report.place.right, report.place.total, report.time.right, report.time.total) == (2, 2, 2, 2)


@pytest.mark.parametrize("gold,predicted,same", [
    ("Yemen", "Sanaa", True),
    ("Washington", "White House", True),  # the facility's city
    ("Beijing", "Great Hall of the People", True),
    ("Moscow", "White House", False),
    ("White House", "Washington", False),  # a city is not inside its facility
])
def test_a_place_inside_the_gold_place_counts_as_the_same(gold, predicted, same):
    assert Names(load_gazetteer()).same_place(gold, predicted) is same
