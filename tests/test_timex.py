"""Dates normalised against the article date, in both languages, with the tense deciding the year."""

from __future__ import annotations

import datetime as dt

import pytest

from kgraph.rules import load_language
from kgraph.timex import TimeFinder, resolve

ANCHOR = dt.date(2023, 9, 5)  # a Tuesday


def values(lang, text, status="occurred", anchor=ANCHOR):
    finder = TimeFinder(load_language(lang).time)
    out = []
    for mention in finder.find(text):
        value = resolve(mention, anchor, status)
        out.append((value.value, value.qualifier) if value else None)
    return out


@pytest.mark.parametrize("lang,text,status,expected", [
    ("id", "bulan ini", "planned", [("2023-09", "")]),
    ("id", "dari 10 hingga 13 September", "planned", [("2023-09-10/2023-09-13", "")]),
    ("id", "Kamis (27/7/2023)", "occurred", [("2023-07-27", "")]),
    ("id", "31/5/2023", "occurred", [("2023-05-31", "")]),
    ("id", "pekan depan", "planned", [("2023-09-11/2023-09-17", "")]),
    ("id", "Juli lalu", "occurred", [("2023-07", "")]),
    ("id", "akhir Mei", "failed", [("2023-05", "late")]),
    ("id", "awal 2026", "planned", [("2026", "early")]),
    ("id", "pada bulan Oktober", "planned", [("2023-10", "")]),
    ("id", "pada tahun 2019", "occurred", [("2019", "")]),
    ("id", "akhir Mei dan Agustus lalu", "failed", [("2023-05", "late"), ("2023-08", "")]),
    ("id", "Senin", "occurred", [("2023-09-04", "")]),
    ("id", "Senin", "planned", [("2023-09-11", "")]),
    ("en", "on Tuesday", "occurred", [("2023-09-05", "")]),
    ("en", "next month", "planned", [("2023-10", "")]),
    ("en", "earlier this month", "occurred", [("2023-09", "early")]),
    ("en", "last week", "occurred", [("2023-08-28/2023-09-03", "")]),
    ("en", "later this week", "planned", [("2023-09-04/2023-09-10", "late")]),
    ("en", "from Tuesday to Thursday", "planned", [("2023-09-05/2023-09-07", "")]),
    ("en", "will hold next week the summit", "planned", [("2023-09-11/2023-09-17", "")]),
    ("en", "a decade ago", "occurred", [("2013", "")]),
    ("en", "the first in 24 years", "planned", []),  # how long since, not when
    ("en", "his first state visit in three years", "occurred", []),
    ("id", "kunjungan pertama dalam lima tahun", "planned", []),
    ("en", "will visit in two weeks", "planned", [("2023-09-19", "")]),
    ("id", "satu dekade lalu", "occurred", [("2013", "")]),
    ("en", "in the first week of December", "planned", [("2023-12-01/2023-12-07", "")]),
    ("en", "in the last week of February 2024", "planned", [("2024-02-23/2024-02-29", "")]),
    ("id", "pada pekan pertama Desember", "planned", [("2023-12-01/2023-12-07", "")]),
    ("id", "minggu terakhir bulan Agustus", "occurred", [("2023-08-25/2023-08-31", "")]),
    ("en", "agreed on Tuesday (Aug 29) to", "occurred", [("2023-08-29", "")]),
    ("id", "pada Selasa (29 Agustus) lalu", "occurred", [("2023-08-29", "")]),
    ("en", "between Friday and Monday", "occurred", [("2023-09-01/2023-09-04", "")]),
    ("en", "on Monday and Friday", "occurred", [("2023-09-04", ""), ("2023-09-01", "")]),
    ("en", "talks on Monday and Tuesday", "occurred", [("2023-09-04/2023-09-05", "")]),
    ("en", "last Thursday and Friday", "occurred", [("2023-08-31/2023-09-01", "")]),
    ("en", "on Sunday and Monday", "planned", [("2023-09-10/2023-09-11", "")]),
    ("id", "pada Kamis dan Jumat lalu", "occurred", [("2023-08-31/2023-09-01", "")]),
    ("id", "Senin hingga Rabu", "planned", [("2023-09-11/2023-09-13", "")]),
    ("en", "August 2022", "occurred", [("2022-08", "")]),
    ("en", "on Oct. 12, 2023", "occurred", [("2023-10-12", "")]),
    ("en", "from Oct. 5 to 7", "planned", [("2023-10-05/2023-10-07", "")]),
    ("en", "in December", "occurred", [("2022-12", "")]),
    ("en", "in December", "planned", [("2023-12", "")]),
    ("en", "the April 22 attack", "occurred", [("2023-04-22", "")]),
    ("id", "akhir pekan lalu", "occurred", [("2023-09-02/2023-09-03", "")]),
    ("en", "this weekend", "planned", [("2023-09-09/2023-09-10", "")]),
    ("en", "this summer", "planned", [("2023", "")]),
    ("en", "two weeks ago", "occurred", [("2023-08-22", "")]),
    ("id", "tiga hari lalu", "occurred", [("2023-09-02", "")]),
    ("en", "in 10 days", "planned", [("2023-09-15", "")]),
    ("en", "last Tuesday", "occurred", [("2023-08-29", "")]),
    ("en", "next Tuesday", "planned", [("2023-09-12", "")]),
    ("en", "in mid-March", "occurred", [("2023-03", "mid")]),
    ("id", "musim dingin lalu", "occurred", [("2022", "")]),
    ("en", "before the end of the year", "planned", [("2023", "late")]),
    ("en", "by year-end", "hoped", [("2023", "late")]),
    ("en", "in the second half of the year", "planned", [("2023", "late")]),
    ("id", "pada akhir tahun", "planned", [("2023", "late")]),
    ("id", "akhir tahun lalu", "occurred", [("2022", "late")]),
    ("id", "awal tahun 2024", "planned", [("2024", "early")]),
    ("en", "a month ago", "occurred", [("2023-08-05", "")]),
    ("id", "dua bulan lalu", "occurred", [("2023-07-05", "")]),
    ("en", "in two months", "planned", [("2023-11", "")]),
    ("en", "a fortnight ago", "occurred", [("2023-08-22", "")]),
    ("en", "the day before yesterday", "occurred", [("2023-09-03", "")]),
    ("id", "kemarin lusa", "occurred", [("2023-09-03", "")]),  # one expression, not "kemarin" and "lusa"
    ("id", "besok lusa", "planned", [("2023-09-07", "")]),
    ("en", "at the start of the year", "occurred", [("2023", "early")]),
    ("en", "overnight", "occurred", [("2023-09-04/2023-09-05", "")]),
    ("id", "semalam", "occurred", [("2023-09-04/2023-09-05", "")]),
    ("en", "overnight", "planned", [("2023-09-05/2023-09-06", "")]),
    ("en", "on the 3rd of March", "occurred", [("2023-03-03", "")]),
    ("en", "on the 15th", "occurred", [("2023-08-15", "")]),     # after the article's 5th: last month's
    ("en", "on the 2nd", "occurred", [("2023-09-02", "")]),
    ("en", "on the 15th", "planned", [("2023-09-15", "")]),
    ("en", "on the 2nd", "planned", [("2023-10-02", "")]),
    # a called-off plan: the nearest Monday, before or after the article date
    ("en", "on Monday", "cancelled", [("2023-09-04", "")]),
    ("en", "on Friday", "cancelled", [("2023-09-08", "")]),
    ("en", "in April", "cancelled", [("2023-04", "")]),
    # found in review: vague counts take their sign from "past"/"terakhir", month spans roll into the next
    # year, an ISO date wins over the year word before it, an ISO date never swaps day and month, "the
    # following May 5" keeps its day, and a month or year count before something is not from the article date
    ("en", "in the past few weeks", "occurred", [("2023-07-18/2023-09-04", "")]),
    ("id", "dalam beberapa pekan terakhir", "occurred", [("2023-07-18/2023-09-04", "")]),
    ("en", "from December 2022 to February", "occurred", [("2022-12/2023-02", "")]),
    ("en", "since 2023-08-10", "occurred", [("2023-08-10", "")]),
    ("en", "on 2023-13-05", "occurred", [None]),
    ("en", "the following May 5", "occurred", [("2023-05-05", "")]),
    ("en", "three years before the election", "planned", []),
    ("en", "in the fourth quarter of next year", "planned", [("2024-10/2024-12", "")]),
    ("en", "the third quarter of last year", "occurred", [("2022-07/2022-09", "")]),
    ("id", "kuartal IV tahun lalu", "occurred", [("2022-10/2022-12", "")]),
    ("id", "pada kuartal kedua", "occurred", [("2023-04/2023-06", "")]),
    # spans: across months and years, months, years; "and" alone joins two times, not a span
    ("en", "from September 30 to October 2", "planned", [("2023-09-30/2023-10-02", "")]),
    ("en", "Sept. 30-Oct. 2", "planned", [("2023-09-30/2023-10-02", "")]),
    ("id", "30 September hingga 2 Oktober", "planned", [("2023-09-30/2023-10-02", "")]),
    ("en", "from December 30, 2023 to January 2, 2024", "planned", [("2023-12-30/2024-01-02", "")]),
    ("en", "from Dec. 30 to Jan. 2", "planned", [("2023-12-30/2024-01-02", "")]),
    ("en", "between March and May", "occurred", [("2023-03/2023-05", "")]),
    ("id", "antara Oktober dan Desember", "planned", [("2023-10/2023-12", "")]),
    ("en", "from November 2022 to February 2023", "occurred", [("2022-11/2023-02", "")]),
    ("en", "from 2019 to 2021", "occurred", [("2019/2021", "")]),
    ("id", "pada 2019 hingga 2021", "occurred", [("2019/2021", "")]),
    ("en", "in May and August", "occurred", [("2023-05", ""), ("2023-08", "")]),
    # numeric and ISO dates
    ("en", "on 2023-07-27", "occurred", [("2023-07-27", "")]),
    ("id", "pada 27-07-2023", "occurred", [("2023-07-27", "")]),
    ("id", "pada 27.7.2023", "occurred", [("2023-07-27", "")]),
    ("en", "on 7/27/2023", "occurred", [("2023-07-27", "")]),   # only the month-first reading is a date
    ("en", "on Tuesday, Aug. 22", "occurred", [("2023-08-22", "")]),   # the date, not the latest Tuesday
    ("id", "pada Selasa, 22 Agustus 2023", "occurred", [("2023-08-22", "")]),
    # a relative year after the month, seasons and quarters with a year
    ("en", "in July last year", "occurred", [("2022-07", "")]),
    ("en", "in the spring of 2021", "occurred", [("2021", "")]),
    ("id", "musim panas 2022", "occurred", [("2022", "")]),
    ("en", "in the second quarter", "occurred", [("2023-04/2023-06", "")]),
    ("en", "in the fourth quarter", "occurred", [("2022-10/2022-12", "")]),   # not yet begun: last year's
    ("en", "in the fourth quarter", "planned", [("2023-10/2023-12", "")]),
    ("id", "kuartal kedua 2022", "occurred", [("2022-04/2022-06", "")]),
    ("en", "Q3 2024", "planned", [("2024-07/2024-09", "")]),
    # units shifted by two
    ("en", "the week before last", "occurred", [("2023-08-21/2023-08-27", "")]),
    ("en", "the week after next", "planned", [("2023-09-18/2023-09-24", "")]),
    ("en", "the month before last", "occurred", [("2023-07", "")]),
    # vague counts: an interval of one to seven units
    ("en", "a few days ago", "occurred", [("2023-08-29/2023-09-04", "")]),
    ("id", "beberapa hari lalu", "occurred", [("2023-08-29/2023-09-04", "")]),
    ("en", "in the coming days", "planned", [("2023-09-06/2023-09-12", "")]),
    ("id", "dalam beberapa hari ke depan", "planned", [("2023-09-06/2023-09-12", "")]),
    ("en", "in recent months", "occurred", [("2023-02/2023-08", "")]),
    ("en", "several years ago", "occurred", [("2016/2022", "")]),
    ("en", "in the coming weeks", "planned", [("2023-09-06/2023-10-24", "")]),
    ("en", "later in the week", "planned", [("2023-09-04/2023-09-10", "late")]),
    ("en", "earlier in the month", "occurred", [("2023-09", "early")]),
    # a direction written after a date outranks the tense of its verb (anchor 2023-09-05)
    ("id", "pada 20 April mendatang", "occurred", [("2024-04-20", "")]),
    ("id", "pada 15 September nanti", "occurred", [("2023-09-15", "")]),
    ("id", "pada 20 Agustus lalu", "planned", [("2023-08-20", "")]),
])
def test_expressions(lang, text, status, expected):
    assert values(lang, text, status) == expected


def test_may_the_verb_is_not_a_month():
    assert values("en", "North Korea may launch a satellite") == []


def test_a_name_starting_like_a_month_is_not_a_month():
    assert values("id", "Menlu Retno Marsudi dan Menlu Malaysia bertemu") == []
    assert values("en", "Junaid Safdar met Augustine Mbeki in Decatur") == []
    assert values("en", "Trump met Netanyahu at Mar-a-Lago") == []


def test_a_range_of_months_joined_by_a_hyphen_is_still_read():
    assert values("en", "The drills ran March-April 2024.") == [("2024-03/2024-04", "")]


@pytest.mark.parametrize("lang,text", [
    ("en", "The drills ran from late March to early April 2024."),
    ("en", "The drills ran late March-early April 2024."),
    ("id", "Latihan itu digelar akhir Maret-awal April 2024."),
    ("id", "Latihan itu digelar akhir Maret hingga awal April 2024."),
])
def test_a_range_of_months_with_parts_of_months_spans_both_months(lang, text):
    assert [value for value, _ in values(lang, text)] == ["2024-03/2024-04"]


@pytest.mark.parametrize("text,expected", [
    ("China successfully launched a Long March 5 rocket from Wenchang on Thursday.", "2025-04-03"),
    ("China launched a Long March 2F rocket carrying three astronauts.", None),
    # ... but a month after a weekday or opening the sentence dates the event
    ("Russia attacked Kyiv on Wednesday March 5.", "2025-03-05"),
    ("On March 5, Russia attacked Kyiv.", "2025-03-05"),
])
def test_a_month_inside_a_name_dates_nothing(events_of, text, expected):
    [event] = events_of(text, "en", date="2025-04-04")
    assert (event.time.value if event.time else None) == expected


def test_a_year_ending_a_hyphenated_name_dates_nothing():
    assert values("en", "Chinese warships joined the Ocean-2024 naval drills") == []
    assert values("id", "Tiongkok mengirim pasukan ke latihan Vostok-2022 di Rusia") == []
    assert values("en", "the drills of 2021-2022") != []
    assert values("en", "by mid-2024") == values("en", "by Mid-2024") == [("2024", "")]


def test_relative_dates_need_an_article_date():
    assert values("en", "next month", "planned", anchor=None) == [None]
    assert values("en", "on Oct. 12, 2023", anchor=None) == [("2023-10-12", "")]


def test_impossible_dates_are_dropped():
    assert values("id", "31/2/2023") == [None]


@pytest.mark.parametrize("text,event_type", [
    ("Two days after meeting Putin in Alaska, Trump hosted Zelensky and European leaders at the White House.", "Visit"),
    ("Zelensky met Trump in Washington, a week after visiting Paris.", "Meeting"),
    ("A day after Xi left Moscow, Russia launched a massive missile attack on Kyiv.", "Attack"),
])
def test_a_count_after_no_day_told_dates_nothing(events_of, text, event_type):
    [event] = [e for e in events_of(text, "en", date="2025-04-04") if e.type == event_type]
    assert event.time is None and event.status == "occurred"


def test_days_after_the_previous_day(events_of):
    events = events_of("Presiden Joko Widodo tiba di Kuala Lumpur pada Rabu (7/6/2023). Keesokan paginya, Jokowi "
                       "bertemu Perdana Menteri Malaysia Anwar Ibrahim di Putrajaya.", "id", date="2023-06-08")
    meeting = [e for e in events if e.type == "Meeting"][0]
    assert meeting.time.value == "2023-06-08"
    events = events_of("Joe Biden arrived in Hanoi on Sunday. Within hours of landing, Biden held talks with "
                       "Vietnamese leader To Lam.", "en", date="2023-09-11")
    assert [e.time.value for e in events if e.type == "Meeting"] == ["2023-09-10"]


def test_a_later_sentence_of_the_paragraph_keeps_the_date(events_of):
    events = events_of("Vladimir Putin tiba di Pyongyang pada Rabu (19/6/2024). Putin kemudian bertemu Kim Jong Un "
                       "di istana Kumsusan.", "id", date="2024-06-20")
    assert [e.time.value for e in events if e.type == "Meeting"] == ["2024-06-19"]



# Which time dates an event: a date the text spoke of earlier, and which of a sentence's times is the event's
# (lang, text, article date, event type, expected times)
EARLIER_DATE_CASES = [
    # a clause of its own after "before" takes no time of the main clause; a count in the phrase does, and
    # a participle shares the main clause's day
    ("en", "Lavrov flew to Beijing on Monday before Putin met Xi there.", "2023-05-09", "Meeting", [None]),
    ("en", "Lavrov arrived in Beijing on Monday, a day before Putin met Xi there.", "2023-05-09", "Meeting",
     ["2023-05-09"]),
    ("en", "Lavrov arrived in Beijing on Monday before meeting Xi.", "2023-05-09", "Meeting", ["2023-05-08"]),
    # a promise or an approval is planned, but the day it was made is in the past
    ("en", "In June, Britain and the United States pledged 4.3 billion dollars in aid for Ukraine.", "2023-09-20",
     "Aid", ["2023-06"]),
    ("en", "Zelenskyy held talks with Biden at the White House on Sept. 26, and Biden pledged 7.9 billion dollars "
           "in weapons for Ukraine on the same day.", "2024-10-03", "ArmsTransfer", ["2024-09-26"]),
    ("en", "Its parliament ratified the membership on Jan. 23, and three days later the State Department cleared "
           "the sale of F-16 fighter jets to Turkey.", "2024-02-05", "ArmsTransfer", ["2024-01-26"]),
    # review: no main clause before "before midnight"; a past two-day span ends by the article date; days inside
    # "next week" refine it; a time before a pledge in Indonesian is past; a time before "agreed" is not the agreeing's
    ("en", "On Sunday shortly before midnight Russian missiles struck Kyiv.", "2024-06-12", "Attack", ["2024-06-09"]),
    ("id", "Pada Senin sebelum fajar pasukan Israel menyerang Rafah.", "2024-06-12", "Attack", ["2024-06-10"]),
    ("en", "Russian drones attacked Kharkiv on Saturday and Sunday.", "2024-06-15", "Attack",
     ["2024-06-08/2024-06-09"]),
    ("en", "Blinken will visit Cairo next week on Monday and Tuesday.", "2024-06-12", "Visit", ["2024-06-17/2024-06-18"]),
    ("id", "Pada September Jepang berjanji mengirim kapal patroli ke Filipina.", "2024-06-10", "ArmsTransfer",
     ["2023-09"]),
    ("en", "Ahead of the G20 summit in November Biden and Xi agreed to hold talks on the sidelines.", "2024-06-10",
     "Meeting", ["2024-11"]),
    # a time clause in the present is planned, so its month is the next one
    ("en", "Indonesia hopes to adopt the code when the ASEAN and Chinese foreign ministers meet in Jakarta in July.",
     "2023-05-09", "Meeting", ["2023-07"]),
    ("en", "Putin met To Lam in Hanoi on Thursday. The day before, Putin visited Pyongyang.",
     "2024-06-21", "Visit", ["2024-06-19"]),
    ("en", "Putin met To Lam in Hanoi on Thursday. Earlier in the day, Putin visited a school in Hanoi.",
     "2024-06-21", "Visit", ["2024-06-20"]),
    ("id", "Putin bertemu To Lam di Hanoi pada Kamis. Sehari sebelumnya, Putin berkunjung ke Pyongyang.",
     "2024-06-21", "Visit", ["2024-06-19"]),
    ("en", "The talks resumed in Jeddah on Thursday. Antony Blinken flew into Jeddah on the eve of the talks.",
     "2023-10-26", "Visit", ["2023-10-25"]),
    ("en", "The talks resumed in Jeddah on Thursday. The day after, Antony Blinken flew into Jeddah.",
     "2023-10-26", "Visit", ["2023-10-27"]),
    ("en", "Russia struck Poltava on Sept. 3. The United States imposed sanctions on Iran the following week.",
     "2024-10-03", "Sanction", ["2024-09-09/2024-09-15"]),
    ("en", "Russia struck Poltava on Sept. 3. Later that week, the United States imposed sanctions on Iran.",
     "2024-10-03", "Sanction", ["2024-09-02/2024-09-08"]),
    ("id", "Rusia menyerang Poltava pada 3 September. Amerika Serikat menjatuhkan sanksi terhadap Iran pekan "
     "berikutnya.", "2024-10-03", "Sanction", ["2024-09-09/2024-09-15"]),
    # a date in a sentence without events still anchors "hours later"
    ("en", "A powerful earthquake struck central Myanmar last Friday. Hours later, Min Aung Hlaing asked for "
     "international aid.", "2025-04-03", "AidRequest", ["2025-03-28"]),
    # an agreement of two states takes the date of their leaders' meeting
    ("id", "Joko Widodo bertemu Xi Jinping di Beijing pada Senin (3/7/2023). Indonesia dan Tiongkok kemudian "
     "menandatangani nota kesepahaman tentang perdagangan.", "2023-07-04", "Agreement", ["2023-07-03"]),
    # a trigger without a time of its own shares the previous trigger's
    ("en", "Mark Rutte arrived in Kyiv on Thursday on his first trip since taking office two days ago, and held "
     "talks with Volodymyr Zelenskyy.", "2024-10-03", "Meeting", ["2024-10-03"]),
    # each trigger takes the times after it
    ("en", "Xi Jinping will attend the G20 summit in Rio de Janeiro on Nov. 18-19 and travel to Brasilia a day "
     "later for a state visit.", "2024-11-18", "Visit", ["2024-11-20"]),
    # the day a statement was made dates no event, and is no day to count "earlier in the day" from
    ("en", "Kim Jong Un received Sergei Lavrov in Wonsan on Saturday, North Korean state media reported on Sunday. "
           "Earlier in the day, Lavrov held talks with Choe Son Hui in Wonsan.", "2025-07-13", "Meeting",
     ["2025-07-12", "2025-07-12"]),
    # a trigger right after "and" takes the times of its own conjunct
    ("en", "Syrian President Ahmed al-Sharaa made Ankara one of his first stops abroad in February and held talks with Recep Tayyip "
           "Erdogan in Istanbul in May.", "2025-08-14", "Meeting", ["2025-05"]),
    # a time after "before …" / "since …" dates that other event
    ("en", "Volodymyr Zelenskyy held talks with Recep Tayyip Erdogan in Ankara before flying to Tirana on Friday.",
     "2025-05-17", "Meeting", [None]),
    ("en", "Prabowo Subianto attended his first BRICS summit in Rio de Janeiro since Indonesia joined the bloc in "
           "January.", "2025-07-07", "Gathering", [None]),
    # but right after them it bounds the event's own time
    ("id", "ECOWAS telah menjatuhkan sanksi terhadap Niger sejak 30 Juli.", "2023-08-20", "Sanction", ["2023-07-30"]),
    # a day count followed by a date counts from that date
    ("en", "ECOWAS imposed sanctions on Niger four days after the coup of July 26 last year.", "2024-07-08", "Sanction",
     ["2023-07-30"]),
    ("id", "ECOWAS menjatuhkan sanksi terhadap Niger empat hari setelah kudeta 26 Juli tahun lalu.", "2024-07-08",
     "Sanction", ["2023-07-30"]),
    ("en", "Li Qiang will hold talks with Prabowo Subianto in Jakarta two days ahead of a summit in Kuala Lumpur on "
           "May 27.", "2025-05-16", "Meeting", ["2025-05-25"]),
    # "on the eve of the summit" counts from the summit told in another sentence, and "earlier that day" from the eve
    ("en", "Luiz Inacio Lula da Silva opened a two-day summit of the BRICS group in Rio de Janeiro on Sunday. Israel "
           "struck Iran on June 13. Narendra Modi reached Rio on the eve of the summit from Buenos Aires, where he had "
           "held talks with Javier Milei earlier that day.", "2025-07-07", "Meeting", ["2025-07-05"]),
    # "the following June" after October 2023; "The trip" refers back, but the trips after "since" are others
    ("en", "Sergei Lavrov arrived in Wonsan on Friday. The trip was Lavrov's first to North Korea since October 2023, "
           "when he went to Pyongyang and prepared President Vladimir Putin's visit to the country the following June.",
     "2025-07-13", "Visit", ["2025-07-11", "2023-10", "2024-06"]),
    # a reporting verb's own date is dropped, but not a date a few content words later
    ("en", "Drones launched by Iran-backed militias attacked a U.S. base in Jordan on Sunday. Iran has also denied any "
           "role in Sunday's attack.", "2024-02-03", "Attack", ["2024-01-28"]),
    # of two times of the trigger, one inside the other, the more precise
    ("en", "Prabowo Subianto will travel to Paris next month to attend the Bastille Day parade on July 14, an "
           "Indonesian official said.", "2025-06-12", "Visit", ["2025-07-14"]),
    # "overnight into Wednesday" is the night that ends on Wednesday
    ("en", "Russian missiles and drones struck Kyiv overnight into Wednesday, killing at least six people, Ukrainian "
           "officials said.", "2025-10-23", "Attack", ["2025-10-21/2025-10-22"]),
    # found in review: another clause's finer date is not the event's; a possessive weekday after "said"
    # dates the event; a "two-day" dates only its own noun; "two days before the summit" counts from a
    # later sentence that dates the summit; "the next March" with no month spoken of is the coming March
    ("en", "Putin met Modi in 2023, and Xi visited Paris on March 3, 2023.", "2023-09-05", "Meeting", ["2023"]),
    ("en", "Xi said Monday's meeting with Putin went well.", "2023-09-05", "Meeting", ["2023-09-04"]),
    ("id", "Rusia menyerang Ukraina, kata juru bicara Kementerian Pertahanan pada Senin.", "2023-09-05", "Attack",
     [None]),
    ("en", "Russia attacked Kyiv, Defence Ministry spokesman Igor Konashenkov said on Monday.", "2023-09-05", "Attack",
     [None]),
    ("en", "Putin met Xi on Monday at a two-day summit in Jakarta.", "2023-09-05", "Meeting", ["2023-09-04"]),
    ("en", "Sergei Lavrov met Marco Rubio two days before the summit. The summit opened in Riyadh on Monday.",
     "2023-09-05", "Meeting", ["2023-09-02"]),
    ("en", "Xi Jinping will visit Moscow the next March.", "2023-09-05", "Visit", ["2024-03"]),
    # a count that opens the trigger's clause counts back from the sentence's date
    ("en", "Sergei Lavrov had flown into Wonsan from Kuala Lumpur on Friday, a day after he met U.S. Secretary of "
           "State Marco Rubio on the sidelines of a regional forum there.", "2025-07-13", "Meeting", ["2025-07-10"]),
    ("id", "Sergei Lavrov tiba di Wonsan pada Jumat, sehari setelah ia bertemu Menteri Luar Negeri AS Marco Rubio di "
           "Kuala Lumpur.", "2025-07-13", "Meeting", ["2025-07-10"]),
    ("en", "Vladimir Putin proposed talks in Istanbul in a televised statement last Sunday, a day after Emmanuel Macron "
           "and Friedrich Merz travelled together to Kyiv.", "2025-05-17", "Visit", ["2025-05-10"]),
    # a relative clause telling when the trigger's noun happens dates it, nearer times or not
    ("en", "Viktor Orban will fly to Beijing on Friday for a state visit to China that runs from 12 to 14 June.",
     "2024-06-10", "Visit", ["2024-06-12/2024-06-14"]),
    ("id", "Prabowo Subianto akan berangkat ke Tokyo malam ini untuk kunjungan ke Jepang yang berlangsung 8-10 Mei.",
     "2024-05-07", "Visit", ["2024-05-08/2024-05-10"]),
    # a count after a date of its own sentence counts from that date
    ("en", "Ukraine's parliament voted on Tuesday, and Volodymyr Zelenskyy met Recep Tayyip Erdogan in Ankara the "
           "same day.", "2024-06-06", "Meeting", ["2024-06-04"]),
    # "earlier" counts back from the day spoken of, not from the article date
    ("en", "Recep Tayyip Erdogan hosted Volodymyr Zelenskyy in Istanbul on Wednesday. A day earlier, Zelenskyy "
           "visited Sofia.", "2024-06-07", "Visit", ["2024-06-05", "2024-06-04"]),
    ("en", "Recep Tayyip Erdogan hosted Volodymyr Zelenskyy in Istanbul on Wednesday. Two weeks earlier, Zelenskyy "
           "visited Sofia.", "2024-06-07", "Visit", ["2024-06-05", "2024-05-22"]),
    # a count counted back from the event the sentence opens by naming
    ("en", "Lula met Xi Jinping in Beijing on Thursday. The meeting with Xi came three days after Brazil and China "
           "signed a trade agreement.", "2024-06-10", "Agreement", ["2024-06-03"]),
    ("id", "Lula bertemu Xi Jinping di Beijing pada Kamis. Pertemuan dengan Xi itu berlangsung tiga hari setelah "
           "Brasil dan Tiongkok menandatangani perjanjian dagang.", "2024-06-10", "Agreement", ["2024-06-03"]),
    # a participle describing the noun dates it, and a month without a year takes the year written before it
    ("en", "In August 2019 Donald Trump called off a state visit to Denmark planned for early September.",
     "2025-04-03", "Visit", ["2019-09"]),
    # "which lasts until Tuesday" ends the interval that starts on the event's own day
    ("en", "Emmanuel Macron arrived in Hanoi on Sunday for a state visit, which lasts until Tuesday.", "2025-05-28",
     "Visit", ["2025-05-25/2025-05-27"]),
    ("en", "Viktor Orban will attend the NATO summit in Washington, which runs from Tuesday to Thursday.",
     "2024-07-08", "Gathering", ["2024-07-09/2024-07-11"]),
    # "hours after" counts from what already happened, told in a main clause: not from a day in a
    # relative clause, nor from a planned one
    ("en", "Egypt sent an aid convoy into Gaza on Saturday. Antonio Guterres, who visited Rafah on Friday, welcomed "
           "it. Hours after the gates opened, Abdel Fattah al-Sisi met Mahmoud Abbas in Cairo.", "2023-10-23",
     "Meeting", ["2023-10-21"]),
    ("en", "Egypt sent an aid convoy into Gaza on Saturday. Egypt will send a second aid convoy on Monday. Hours "
           "later, Israeli jets struck Gaza City.", "2023-10-23", "Attack", ["2023-10-21"]),
    # a year written before a comma does not reach past it
    ("en", "The deal, signed in 2015, will expire on Oct. 18, when Iran plans to meet France.", "2025-09-01",
     "Meeting", ["2025-10-18"]),
    # a day inside a span of days ("next week") is the more precise time of the event; not inside a night
    ("en", "Prabowo Subianto will attend next week the Bastille Day parade in Paris on July 14.", "2025-07-07",
     "Gathering", ["2025-07-14"]),
    ("en", "Myanmar's military bombed villages in Sagaing overnight, despite a truce it declared on Wednesday.",
     "2025-04-03", "Attack", ["2025-04-02/2025-04-03"]),
    # what a deal sets out to do is planned, and the deal's own day dates it, read in the deal's tense
    ("en", "Indonesia signed a contract in Istanbul on Wednesday to buy 48 KAAN fighter jets from Turkey.",
     "2025-06-13", "ArmsTransfer", ["2025-06-11"]),
    ("id", "Indonesia menandatangani kontrak di Istanbul pada Rabu untuk membeli 48 jet tempur KAAN dari Turki.",
     "2025-06-13", "ArmsTransfer", ["2025-06-11"]),
    ("en", "Indonesia signed a contract to buy 48 KAAN fighter jets from Turkey on Wednesday.",
     "2025-06-13", "ArmsTransfer", ["2025-06-11"]),
    ("en", "Russia signed a deal to buy Iranian drones on Monday.", "2025-04-04", "ArmsTransfer", ["2025-03-31"]),
    ("id", "Rusia menandatangani kontrak untuk membeli drone Iran pada Senin.", "2025-04-04", "ArmsTransfer",
     ["2025-03-31"]),
    # one count is read once: two events of its sentence share its day
    ("en", "Swedish Prime Minister Ulf Kristersson met Antony Blinken in Washington on Monday. Three days earlier "
           "Kristersson had flown to Budapest, where he and Prime Minister Viktor Orban signed a deal for Hungary to "
           "buy four Gripen fighter jets.", "2024-03-08", "ArmsTransfer", ["2024-03-01"]),
    # "at the time" is the time just spoken of
    ("en", "Britain hosted a conference on Sudan in London on April 15. Britain pledged new humanitarian aid to "
           "Sudan at the time.", "2025-05-07", "Aid", ["2025-04-15"]),
    # "over three days from Monday" and "wrapped up a two-day visit" (ending on its day)
    ("en", "Xi Jinping is paying a state visit to Kazakhstan over three days from Monday.", "2025-06-18", "Visit",
     ["2025-06-16/2025-06-18"]),
    ("en", "India and China agreed on Tuesday to reopen border trade, as Chinese Foreign Minister Wang Yi wrapped up "
           "a two-day visit to New Delhi.", "2025-08-20", "Visit", ["2025-08-18/2025-08-19"]),
    # a date of the sentence that is no day ("in three years") leaves a count to the day spoken of
    ("en", "Wang Yi arrived in New Delhi on Monday. Mr Wang, on his first trip to India in three years, had held "
           "talks with Subrahmanyam Jaishankar the day before.", "2025-08-20", "Meeting", ["2025-08-17"]),
    # "attended the first EU-Central Asia summit in Samarkand ... from 3 to 4 April" is one gathering
    ("en", "Vladimir Putin paid a state visit to Astana late last year, and Ursula von der Leyen attended the first "
           "EU-Central Asia summit in Samarkand, Uzbekistan, from 3 to 4 April.", "2025-06-18", "Gathering",
     ["2025-04-03/2025-04-04"]),
    # review: a relative clause about a venue, a place or a person, or whose verb has an object, dates
    # nothing of the trigger's
    ("en", "Vladimir Putin met Xi Jinping on Tuesday at the SCO summit in Tianjin, which opened on Monday.",
     "2025-06-28", "Meeting", ["2025-06-24"]),
    ("id", "Prabowo Subianto bertemu Xi Jinping pada Selasa di sela KTT yang dibuka pada Senin.", "2025-06-28",
     "Meeting", ["2025-06-24"]),
    ("en", "Russia struck Odesa on Friday, which held a local vote on Sunday.", "2025-06-28", "Attack",
     ["2025-06-27"]),
    ("en", "Russia struck Kyiv on Monday, which stayed under curfew until Thursday.", "2025-06-28", "Attack",
     ["2025-06-23"]),
    ("en", "Joe Biden met Xi Jinping on Monday, who said trade talks would continue until Friday.", "2025-06-28",
     "Meeting", ["2025-06-23"]),
    ("en", "Russia attacked Kyiv last night and Kharkiv on Tuesday.", "2025-06-28", "Attack",
     ["2025-06-27/2025-06-28"]),
    # review: an attributive year lends no year; a day after "and" is another conjunct's
    ("en", "Iran has violated the 2015 nuclear deal and Israel struck Iran on June 13.", "2025-06-28", "Attack",
     ["2025-06-13"]),
    ("en", "Vladimir Putin will visit China next week and India on Friday.", "2025-06-28", "Visit",
     ["2025-06-30/2025-07-06", "2025-07-04"]),  # two stops, each with its own day
    # review: "spending a two-day visit" ends nothing ("ending" is a whole word)
    ("en", "Xi Jinping, spending a two-day visit in Hanoi, met To Lam on Monday.", "2025-06-28", "Meeting",
     ["2025-06-23/2025-06-24"]),
    # review: months and years "earlier" count from the time spoken of; days with none spoken of, from the
    # article date
    ("en", "Vladimir Putin visited Beijing on May 16, 2024. Xi Jinping had visited Moscow a year earlier.",
     "2025-06-28", "Visit", ["2024-05-16", "2023"]),
    ("en", "Russia struck Kyiv three days earlier.", "2025-06-28", "Attack", ["2025-06-25"]),
    # review: "later that day" is the same day: no second event
    ("en", "Recep Tayyip Erdogan met Volodymyr Zelenskyy in Istanbul on Friday and held talks with him later that "
           "day.", "2025-06-28", "Meeting", ["2025-06-27"]),
    # a day told in a relative clause after the main story's days is the day spoken of
    ("en", "Qatar released the men on Monday. In Abu Dhabi, where Narendra Modi landed on Tuesday, Mohamed bin "
           "Zayed greeted him. Later that day, India and the United Arab Emirates signed an investment treaty.",
     "2024-02-15", "Agreement", ["2024-02-13"]),
    # a second strike counted from the first is a second event
    ("en", "Israel struck Iran on April 19 and struck it again three days later.", "2024-04-25", "Attack",
     ["2024-04-19", "2024-04-22"]),
    # a name's punctuation does not hide the noun a verb takes ("a U.S.-brokered truce")
    ("en", "Talks in Doha in May broke down, and Armenia and Azerbaijan accepted a U.S.-brokered truce on Sept. 20.",
     "2023-09-25", "Agreement", ["2023-09-20"]),
    ("en", "Vladimir Putin proposed talks in Istanbul in a televised statement last Sunday, a day after French "
           "President Emmanuel Macron, German Chancellor Friedrich Merz and British Prime Minister Keir Starmer "
           "travelled together to Kyiv.", "2025-05-17", "Visit", ["2025-05-10"]),
    # "a two-day summit" on a day runs over two days
    ("en", "Luiz Inacio Lula da Silva opened a two-day summit of the BRICS group in Rio de Janeiro on Sunday.",
     "2025-07-07", "Gathering", ["2025-07-06/2025-07-07"]),
    ("id", "Presiden Joko Widodo menghadiri KTT ASEAN selama dua hari di Jakarta mulai Selasa (5/9/2023).",
     "2023-09-04", "Gathering", ["2023-09-05/2023-09-06"]),
]




def test_each_trigger_takes_the_times_after_it(events_of):
    meetings = events_of("Antony Blinken met Benjamin Netanyahu in Jerusalem on Tuesday and held talks with Mohammed "
                         "bin Salman in Riyadh the following day.", "en", date="2024-10-28")
    assert sorted((e.place, e.time.value) for e in meetings if e.type == "Meeting") == [
        ("jerusalem", "2024-10-22"), ("riyadh", "2024-10-23")]


def test_the_date_carries_over_to_the_next_paragraphs_but_not_further(events_of):
    opening = "Vladimir Putin arrived in Pyongyang on Wednesday.\n\n"
    filler = "The weather was mild.\n\n"
    later = "Putin met Kim Jong Un at the Kumsusan palace."
    assert [e.time.value for e in events_of(opening + filler + later, "en", date="2024-06-20")
            if e.type == "Meeting"] == ["2024-06-19"]
    assert [e.time for e in events_of(opening + filler * 3 + later, "en", date="2024-06-20")
            if e.type == "Meeting"] == [None]


@pytest.mark.parametrize("lang,text,status,anchor,expected", [
    ("en", "on July 27 last year", "occurred", "2024-11-11", "2023-07-27"),
    ("en", "on March 3 next year", "planned", "2024-11-11", "2025-03-03"),
    ("id", "pada 27 Juli tahun lalu", "occurred", "2024-11-11", "2023-07-27"),
    ("en", "at the weekend", "occurred", "2024-11-11", "2024-11-09/2024-11-10"),   # read on a Monday
    ("en", "at the weekend", "planned", "2024-11-11", "2024-11-16/2024-11-17"),
    ("en", "this morning", "occurred", "2024-11-11", "2024-11-11"),
    ("en", "last spring", "occurred", "2024-11-11", "2024"),      # said in November: this year's spring
    ("en", "last winter", "occurred", "2024-11-11", "2023"),
    ("en", "next summer", "planned", "2024-11-11", "2025"),
    ("en", "earlier this week", "occurred", "2023-10-26", "2023-10-23/2023-10-25"),   # read on a Thursday
    ("en", "this week", "occurred", "2023-10-26", "2023-10-23/2023-10-26"),
    ("en", "this week", "planned", "2023-10-26", "2023-10-23/2023-10-29"),
    ("en", "in April", "cancelled", "2024-03-26", "2024-04"),
    ("en", "a month ago", "occurred", "2024-03-31", "2024-02-29"),   # no February 31st: its last day
    ("id", "pada Jumat pekan lalu", "occurred", "2024-06-14", "2024-06-07"),   # read on a Friday
    ("id", "Jumat minggu depan", "planned", "2024-06-14", "2024-06-21"),
    ("id", "Jumat lalu", "occurred", "2024-06-14", "2024-06-07"),
    ("id", "Jumat depan", "planned", "2024-06-14", "2024-06-21"),
    ("id", "Senin pekan ini", "occurred", "2024-06-14", "2024-06-10"),
    ("id", "Minggu depan", "planned", "2024-06-14", "2024-06-17/2024-06-23"),   # minggu: the week, not Sunday
    ("en", "on Friday last week", "occurred", "2024-06-14", "2024-06-07"),
    ("en", "on Tuesday next week", "planned", "2024-06-14", "2024-06-18"),
    ("en", "on Wednesday this week", "occurred", "2024-06-14", "2024-06-12"),
    # a weekday written with the date picks the year in which they agree, whatever the tense
    ("id", "pada Kamis (3/4)", "planned", "2025-04-04", "2025-04-03"),
    ("id", "pada Senin (7/4)", "occurred", "2025-04-04", "2025-04-07"),
    ("id", "Jumat (28/2)", "planned", "2025-04-04", "2025-02-28"),
    ("en", "on Tuesday, April 1", "planned", "2025-04-04", "2025-04-01"),
    ("id", "Rabu, 2 April", "planned", "2025-04-04", "2025-04-02"),
    # ... and where they agree in no year next to the article's, the tense decides as before
    ("id", "pada Senin (5/4)", "occurred", "2025-04-04", "2024-04-05"),
])
def test_dates_relative_to_the_article_date(lang, text, status, anchor, expected):
    finder = TimeFinder(load_language(lang).time)
    assert [resolve(m, dt.date.fromisoformat(anchor), status).value for m in finder.find(text)] == [expected]


@pytest.mark.parametrize("lang,text,date,expected", [
    ("en", "The plan stalled in March, but Blinken met Netanyahu in Jerusalem after a long flight from Washington "
           "on Tuesday.", "2024-10-24", "2024-10-22"),
    ("id", "Rencana itu macet pada Maret, tetapi Blinken bertemu Netanyahu di Yerusalem setelah penerbangan panjang "
           "dari Washington pada Selasa.", "2024-10-24", "2024-10-22"),
])
def test_a_time_in_another_clause_loses_to_one_in_the_triggers_own(events_of, lang, text, date, expected):
    assert [e.time.value for e in events_of(text, lang, date=date) if e.type == "Meeting"] == [expected]


@pytest.mark.parametrize("lang,text,date,expected", [
    ("en", "Xi Jinping will attend a summit with Luiz Inacio Lula da Silva in Brasilia on Wednesday. On the eve of the "
           "summit, Xi met Brazilian Foreign Minister Mauro Vieira in Brasilia.", "2025-05-12", "2025-05-13"),
    ("id", "Presiden Joko Widodo akan menghadiri KTT ASEAN di Jakarta pada Selasa (5/9/2023). Sehari sebelum KTT itu, "
           "Jokowi bertemu Perdana Menteri Malaysia Anwar Ibrahim di Jakarta.", "2023-09-03", "2023-09-04"),
    # the day spoken of just before (Oct. 25) is not the one counted from
    ("en", "Antony Blinken held talks with Benjamin Netanyahu in Jerusalem on Tuesday, Oct. 22. Israeli officials "
           "briefed reporters on Oct. 25. Two days before the talks, Blinken met Egyptian President Abdel Fattah "
           "al-Sisi in Cairo.", "2024-10-30", "2024-10-20"),
])
def test_a_day_count_that_names_an_event_counts_from_its_day(events_of, lang, text, date, expected):
    events = events_of(text, lang, date=date)
    second = [e for e in events if e.type == "Meeting" and e.evidence.sentence == max(x.evidence.sentence for x in events)]
    assert [e.time.value for e in second] == [expected]
    assert sum(e.type in ("Meeting", "Gathering") for e in events) == 2   # the summit named again is no new event


def test_the_summit_means_the_event_told_with_that_word(events_of):
    text = ("On Monday, Yoon Suk Yeol, Li Qiang and Fumio Kishida held a three-way summit in Seoul. Yoon had held "
            "separate talks with Li and Kishida the previous day. At the summit, Yoon and Kishida agreed to restart "
            "talks on a free trade deal.")
    agreements = [e for e in events_of(text, "en", date="2024-05-28") if e.type == "Agreement"]
    assert [(e.place, e.time.value) for e in agreements] == [("seoul", "2024-05-27")]   # not the talks of the 26th


def test_an_event_on_the_sidelines_of_a_gathering_takes_its_place_and_day(events_of):
    text = ("Azerbaijani President Ilham Aliyev will attend the European Political Community summit in Granada on "
            "Oct. 5. He will meet Armenian Prime Minister Nikol Pashinyan on the sidelines of the gathering.")
    meetings = [e for e in events_of(text, "en", date="2023-10-02") if e.type == "Meeting"]
    assert [(e.place.split(":")[-1], e.time.value) for e in meetings] == [("granada", "2023-10-05")]


@pytest.mark.parametrize("lang,text,date,expected", [
    ("en", "Israel and Hamas agreed on Wednesday to a ceasefire in Gaza. The truce is due to take effect on Sunday. "
           "Hours later, Israeli air strikes killed more than 70 people in Gaza.", "2025-01-17", "2025-01-15"),
    ("id", "Israel dan Hamas menyepakati gencatan senjata di Gaza pada Rabu. Gencatan senjata itu akan berlaku pada "
           "Minggu. Beberapa jam kemudian, serangan udara Israel menewaskan lebih dari 70 orang di Gaza.",
     "2025-01-17", "2025-01-15"),
])
def test_what_happened_hours_later_counts_from_a_past_day_not_a_planned_one(events_of, lang, text, date, expected):
    attacks = [e for e in events_of(text, lang, date=date) if e.type == "Attack"]
    assert [e.time.value for e in attacks] == [expected]




def test_a_day_count_counts_from_the_event_of_the_actor_it_names(events_of):
    text = ("Israeli jets struck Iranian nuclear sites on June 13. The United States entered the war early on Sunday, "
            "when B-2 bombers struck three Iranian nuclear sites. Two days before the American bombing, Abbas Araghchi "
            "met the foreign ministers of Britain, France and Germany in Geneva. He flew to Moscow the day after the "
            "U.S. strikes and held talks with President Vladimir Putin there.")
    events = events_of(text, "en", date="2025-06-25")
    assert [(e.type, e.time.value) for e in events if e.evidence.sentence >= 2] == [
        ("Meeting", "2025-06-20"), ("Visit", "2025-06-23"), ("Meeting", "2025-06-23")]
    # the strikes named to date the trip are neither an event of their own nor an actor of the talks
    assert [sorted(k for _, k in e.roles) for e in events if e.evidence.sentence == 3 and e.type == "Meeting"] == [
        ["abbas-araghchi", "vladimir-putin"]]
    assert sum(e.type == "Attack" for e in events) == 2


@pytest.mark.parametrize("lang,text,date,event_type,expected", EARLIER_DATE_CASES)
def test_which_time_dates_the_event(events_of, lang, text, date, event_type, expected):
    """A date spoken of earlier anchors a later one; and which of a sentence's times is the event's."""
    assert [e.time.value if e.time else None for e in events_of(text, lang, date=date) if e.type == event_type] == expected


@pytest.mark.parametrize("lang,text,ascii", [
    # letters a case-blind pattern takes for i, s and k, which str.lower() keeps apart
    ("en", "Putin met Xi on 12 Auguſt 2024.", "Putin met Xi on 12 August 2024."),
    ("en", "on 12 Auguſt, and again on 3 August 2024", "on 12 August, and again on 3 August 2024"),
    ("en", "on 12 APRİL 2024", "on 12 APRIL 2024"),
    ("en", "they will meet on Frıday and again next weeK", "they will meet on Friday and again next week"),
    ("id", "pada 5 Julı 2023 dan Kamıs lalu", "pada 5 Juli 2023 dan Kamis lalu"),
])
def test_letters_that_patterns_equate_with_ascii_ones_read_as_the_ascii_spelling(lang, text, ascii):
    finder = TimeFinder(load_language(lang).time)
    found, expected = finder.find(text), finder.find(ascii)
    assert expected and [resolve(m, ANCHOR, "planned").value for m in found] == \
        [resolve(m, ANCHOR, "planned").value for m in expected]
    assert [m.text for m in found] == [text[m.start:m.end] for m in found]  # quoted as written


def test_a_lasting_count_spelled_with_a_dotless_i_is_read():
    finder = TimeFinder(load_language("en").time)
    assert finder.lasting("a fıve-day summit") == finder.lasting("a five-day summit") != []


@pytest.mark.parametrize("lang,text,phrases", [
    ("en", "They met in July.", ["July"]),
    ("en", "They met in late January.", ["late January"]),
    ("en", "They met on Sept. 12.", ["Sept. 12"]),
    ("en", "The talks resume in Sept.", ["Sept."]),
    ("id", "Mereka bertemu pada Juli.", ["Juli"]),
])
def test_a_full_stop_after_a_month_is_the_sentences_unless_the_month_is_abbreviated(lang, text, phrases):
    assert [m.text for m in TimeFinder(load_language(lang).time).find(text)] == phrases


def test_a_word_after_a_weekday_gives_it_a_direction_only_where_the_language_says_so():
    assert [m.text for m in TimeFinder(load_language("en").time).find("met on Friday next to the palace")] == ["Friday"]
    assert [m.text for m in TimeFinder(load_language("id").time).find("bertemu pada Jumat lalu")] == ["Jumat lalu"]


@pytest.mark.parametrize("lang,text,event_type", [
    ("en", "China imposed sanctions on seven U.S. firms on Friday in retaliation for American arms sales to Taiwan.",
     "ArmsTransfer"),
    ("id", "China menjatuhkan sanksi terhadap tujuh perusahaan AS pada Jumat sebagai balasan atas penjualan senjata "
           "AS ke Taiwan.", "ArmsTransfer"),
    ("en", "The Kremlin on Thursday denied a report that Russia had supplied air defence systems to Iran.",
     "ArmsTransfer"),
])
def test_the_day_of_a_reprisal_or_a_denial_does_not_date_what_it_answers(events_of, lang, text, event_type):
    assert [e.time for e in events_of(text, lang, date="2025-04-04") if e.type == event_type] == [None]
