"""Synthetic news articles for benchmarks: realistic length and wording, any number, seeded.

Sentences come from the templates below (the kinds of statement the rules are written for, in both
languages) filled with leaders, states and cities from the project's gazetteer, and padded with
background sentences to about 2,500 characters, as a wire story is. The same seed gives the same
articles.

    python benchmarks/synthetic.py --articles 1000 -o /tmp/synthetic.jsonl
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kgraph.gazetteer import load_gazetteer  # noqa: E402

EVENTS = {
    "en": [
        "{a} will meet {b} in {city} {when_future}, {outlet} reported.",
        "{a} held talks with {b} in {city} {when_past}, the foreign ministry said.",
        "{country_a} plans to supply artillery shells to {country_b}, according to {outlet}.",
        "{country_a}'s attempt to launch a spy satellite failed {when_past} when the rocket exploded.",
        "{country_a} denied sending drones to {country_b}.",
        "{a} arrived in {city} {when_past} for a two-day state visit.",
        "{country_a} and {country_b} signed an agreement on defence cooperation {when_past}.",
        "{country_a} imposed sanctions on {country_b} {when_past} over its missile programme.",
        "{country_a} asked {country_b} for humanitarian aid after the floods, officials said.",
        "A planned visit by {a} to {city} was called off {when_past}.",
        "{a} hopes to meet {b} {when_future}, a senior official told {outlet}.",
        "{country_a} may buy fighter jets from {country_b}, {outlet} reported.",
    ],
    "id": [
        "{a} akan bertemu {b} di {city} {when_future_id}, kata {outlet}.",
        "{a} bertemu {b} di {city} {when_past_id}, menurut kementerian luar negeri.",
        "{country_a} berencana memasok peluru artileri kepada {country_b}, menurut {outlet}.",
        "{country_a} gagal meluncurkan satelit mata-mata {when_past_id}.",
        "{country_a} membantah mengirim drone ke {country_b}.",
        "{a} tiba di {city} {when_past_id} untuk kunjungan kenegaraan.",
        "{country_a} dan {country_b} menandatangani perjanjian kerja sama pertahanan {when_past_id}.",
        "{country_a} menjatuhkan sanksi terhadap {country_b} {when_past_id}.",
        "{country_a} meminta bantuan kemanusiaan kepada {country_b} setelah banjir, kata pejabat.",
        "Kunjungan {a} ke {city} dibatalkan {when_past_id}.",
        "{a} berharap dapat bertemu {b} {when_future_id}, kata seorang pejabat kepada {outlet}.",
        "{country_a} kemungkinan akan membeli jet tempur dari {country_b}, lapor {outlet}.",
    ],
}
BACKGROUND = {
    "en": [
        "Trade between the two countries has grown steadily over the past decade, led by energy and farm goods.",
        "Analysts said the talks would test how far both governments are willing to go on security.",
        "The region has seen a string of diplomatic visits as governments weigh their options.",
        "Officials declined to give further details, citing the sensitivity of the discussions.",
        "Opposition lawmakers have called for more transparency about the terms of any deal.",
        "Markets reacted calmly to the news, with the currency little changed in afternoon trading.",
        "Diplomats expect the issue to feature prominently at the next regional summit.",
        "Weather forecasters warned of heavy rain in the coming days across the northern provinces.",
    ],
    "id": [
        "Perdagangan kedua negara terus tumbuh dalam satu dekade terakhir, terutama energi dan hasil pertanian.",
        "Para analis menilai pembicaraan itu akan menguji sejauh mana kedua pemerintah siap bekerja sama.",
        "Kawasan tersebut menyaksikan serangkaian kunjungan diplomatik dalam beberapa bulan terakhir.",
        "Para pejabat menolak memberikan rincian lebih lanjut karena sensitifnya pembahasan.",
        "Anggota parlemen oposisi meminta keterbukaan yang lebih besar soal isi kesepakatan.",
        "Pasar menanggapi kabar itu dengan tenang, dan nilai tukar nyaris tidak berubah pada sore hari.",
        "Para diplomat memperkirakan isu ini akan menonjol dalam pertemuan regional berikutnya.",
        "Badan cuaca memperingatkan hujan lebat dalam beberapa hari mendatang di provinsi utara.",
    ],
}
WHEN = {
    "when_future": ["next week", "next month", "on Friday", "later this month", "in early December"],
    "when_past": ["on Tuesday", "last week", "earlier this month", "in March", "on Sept. 12"],
    "when_future_id": ["pekan depan", "bulan depan", "pada Jumat", "akhir bulan ini", "awal Desember"],
    "when_past_id": ["pada Selasa", "pekan lalu", "awal bulan ini", "pada Maret lalu", "pada 12 September"],
}
OUTLETS = ["Reuters", "the Associated Press", "Kyodo", "Yonhap", "Antara"]
TARGET_CHARS = 2500


def _pools(seed: int):
    gazetteer = load_gazetteer()
    people = sorted(e.label for e in gazetteer.entries.values() if e.type == "person" and e.position)
    countries = sorted(e.label for e in gazetteer.entries.values() if e.type == "country" and e.wikidata)
    cities = sorted(e.label for e in gazetteer.entries.values() if e.type == "city" and e.capital_of)
    indonesian = {e.label: next((a for a in e.aliases if a != e.label), e.label)
                  for e in gazetteer.entries.values() if e.type == "country"}
    return people, countries, cities, indonesian


def articles(count: int, seed: int = 7, start: dt.date = dt.date(2024, 1, 1)) -> Iterator[dict]:
    """`count` article records (the JSON Lines fields kgraph reads), half Indonesian, half English."""
    rng = random.Random(seed)
    people, countries, cities, indonesian = _pools(seed)
    for n in range(count):
        lang = "id" if n % 2 else "en"
        a, b = rng.sample(people, 2)
        country_a, country_b = rng.sample(countries, 2)
        if lang == "id":
            country_a, country_b = indonesian.get(country_a, country_a), indonesian.get(country_b, country_b)
        fill = {"a": a, "b": b, "country_a": country_a, "country_b": country_b, "city": rng.choice(cities),
                "outlet": rng.choice(OUTLETS), **{k: rng.choice(v) for k, v in WHEN.items()}}
        paragraphs, length = [], 0
        while length < TARGET_CHARS:
            sentences = [rng.choice(EVENTS[lang]).format(**fill)]
            sentences += rng.sample(BACKGROUND[lang], 2)
            paragraph = " ".join(sentences)
            paragraphs.append(paragraph)
            length += len(paragraph) + 2
        text = "\n\n".join(paragraphs)
        yield {"id": f"synthetic-{seed}-{n:07d}", "date": (start + dt.timedelta(days=n % 700)).isoformat(),
               "lang": lang, "title": f"{a} and {b}", "url": f"https://example.org/synthetic/{n}",
               "publisher": "Synthetic Wire", "text": text}


def write_jsonl(path: Path, count: int, seed: int = 7) -> Path:
    with open(path, "w", encoding="utf-8") as out:
        for record in articles(count, seed):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    write_jsonl(args.output, args.articles, args.seed)
    print(f"wrote {args.articles} articles to {args.output}")


if __name__ == "__main__":
    main()
