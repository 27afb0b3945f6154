"""actors.html in a real browser (Debian's Chromium driven by Playwright), and timeline.png.

The browser test loads the page from a file (no network), checks that it logs no console errors,
that a filter changes what is shown, and that a click shows the evidence; it saves a screenshot
under tests/artifacts/. It skips where no Chromium or Playwright is installed (CI installs both).
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from kgraph.documents import make_article
from kgraph.draw import render_timeline, timeline_points
from kgraph.extract import extract
from kgraph.html import actors_html, page_data
from kgraph.merge import merge

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
TEXTS = [
    ("a", "en", "2023-11-16", "Germany will supply Leopard tanks to Ukraine, Reuters reported. North Korea's launch "
     "of a spy satellite failed on Tuesday when the rocket exploded. Joe Biden met Xi Jinping in Woodside on Nov. 15. "
     "Joe Biden, Xi Jinping and Fumio Kishida held talks in San Francisco on Nov. 16."),
    ("b", "id", "2023-09-05", "Presiden Rusia Vladimir Putin akan bertemu Pemimpin Korea Utara Kim Jong Un di "
     "Vladivostok pekan depan, kata Reuters. Iran membantah mengirim drone ke Rusia."),
    ("c", "en", "2024-03-26", 'Hostile <script>alert("x")</script> text: Japan and the Philippines signed a '
     "defence pact in Manila on Monday."),
]


@pytest.fixture(scope="module")
def graph(resources):
    docs = [extract(make_article({"id": doc}, text, "t", doc, dt.date.fromisoformat(day), lang), resources)
            for doc, lang, day, text in TEXTS]
    return merge(docs, resources.gazetteer)


def test_page_data_holds_every_event_edge_with_its_evidence(graph):
    data = page_data(graph)
    assert {"ArmsTransfer", "Launch", "Meeting", "Agreement"} <= set(data["types"])
    assert {"failed", "planned", "denied"} <= set(data["statuses"])
    meeting = next(e for e in data["edges"] if e["type"] == "Meeting" and e["time"] == "2023-11-15")
    assert "Joe Biden met Xi Jinping" in meeting["evidence"][0]["text"]
    assert all(e["source"] in {n["id"] for n in data["nodes"]} for e in data["edges"])


def test_the_page_is_self_contained_and_text_cannot_escape_its_script(graph):
    page = actors_html(graph).decode("utf-8")
    assert "http://" not in page.replace('"http://www.w3.org/2000/svg"', "") and "https://" not in page
    assert "<script>alert" not in page and page.count("</script>") == 2
    assert actors_html(graph) == actors_html(graph)


def test_the_timeline_places_dated_events_and_draws_a_picture(graph):
    points = timeline_points(graph)
    assert (dt.date(2023, 11, 15), "Meeting", "occurred") in {p[:3] for p in points}
    assert (dt.date(2023, 9, 11), "Meeting", "planned") in {p[:3] for p in points}   # "pekan depan": its Monday
    png = render_timeline(graph)
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and render_timeline(graph) == png


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def test_the_page_in_a_browser(graph, tmp_path):
    playwright = pytest.importorskip("playwright.sync_api")
    executable = _chromium()
    if executable is None:
        pytest.skip("no Chromium here (CI installs Debian's chromium)")
    page_file = tmp_path / "actors.html"
    page_file.write_bytes(actors_html(graph))
    errors: list[str] = []
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.route("**/*", lambda route: route.abort() if not route.request.url.startswith("file:")
                   else route.continue_())
        page.goto(page_file.as_uri())
        total = page.locator("path.edge").count()
        assert total == len(page_data(graph)["edges"]) > 3
        assert "events shown" in page.inner_text("#count")

        page.locator('input[data-filter="types"][value="Meeting"]').uncheck()
        meetings = sum(1 for e in page_data(graph)["edges"] if e["type"] == "Meeting")
        assert page.locator("path.edge").count() == total - meetings
        page.locator('input[data-filter="types"][value="Meeting"]').check()
        page.fill("#from", "2023-11-01")
        page.dispatch_event("#from", "change")
        dated = [e for e in page_data(graph)["edges"] if e["time"] and e["time"].split("/")[-1] >= "2023-11"]
        assert page.locator("path.edge").count() == len(dated) < total
        page.fill("#from", "")
        page.dispatch_event("#from", "change")

        page.locator('g.node[data-actor="entity:joe-biden"] circle').click()
        details = page.inner_text("#details")
        assert "Joe Biden" in details and "Joe Biden met Xi Jinping" in details
        assert details.count("Joe Biden met Xi Jinping") == 1
        shown = page.inner_text("#details .meta")
        biden = {e["id"] for e in page_data(graph)["edges"] if "entity:joe-biden" in (e["source"], e["target"])}
        assert shown == f"{len(biden)} event(s)" and len(biden) == 2  # the three-way talks counted once
        trio = next(e["id"] for e in page_data(graph)["edges"] if "Fumio Kishida" in e["evidence"][0]["text"])
        page.locator(f'path[data-event="{trio}"]').first.dispatch_event("click")
        assert page.inner_text("#details .meta") == "1 event(s)"
        assert page.inner_text("#details").count("held talks in San Francisco") == 1
        failed = next(e for e in page_data(graph)["edges"] if e["status"] == "failed")
        page.locator(f'path[data-event="{failed["id"]}"]').dispatch_event("click")
        assert "failed" in page.inner_text("#details")
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "actors.png"), full_page=True)
        browser.close()
    assert errors == []
    assert (ARTIFACTS / "actors.png").stat().st_size > 10_000


def test_a_large_graph_keeps_the_most_recent_events_and_says_so(graph):
    full = page_data(graph)
    small = page_data(graph, max_events=2)
    assert small["total"] == full["total"] == len({e["id"] for e in full["edges"]}) > 2  # events, not edges
    assert len({e["id"] for e in small["edges"]}) == 2
    newest = sorted({e["id"]: e["time"] for e in full["edges"]}.items(), key=lambda kv: (kv[1], kv[0]))[-2:]
    assert {e["id"] for e in small["edges"]} == {k for k, _ in newest}
    assert {n["id"] for n in small["nodes"]} == {x for e in small["edges"] for x in (e["source"], e["target"])}
