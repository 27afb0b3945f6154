"""A self-contained page of the actor network: actors as nodes, events as edges, filters and evidence.

The page needs no network: its data, script and style are inline. Positions come from the same
deterministic layout as actors.png. Filters (event type, status, date range) hide edges; a click on
an actor or an edge lists its events with their evidence sentences and sources. Text from articles
is inserted with `textContent`, never as HTML, and the embedded JSON cannot close its script tag.
"""

from __future__ import annotations

import json

import networkx as nx

from .draw import TYPE_COLOURS, _layout
from .merge import actor_network, event_pairs
from .model import EVENT_TYPES, STATUSES

SCALE = 90  # pixels per layout unit
MAX_EVENTS = 5_000  # a browser draws this many edges smoothly; larger builds show the most recent


def page_data(graph: nx.MultiDiGraph, max_events: int = MAX_EVENTS) -> dict:
    """Nodes with positions and edges with their events' details, as the page's script reads them.
    Past `max_events` events, only the most recent are on the page (dated before undated), and it
    says so."""
    events = sorted(((data.get("time") or "", node) for node, data in graph.nodes(data=True)
                     if data.get("kind") == "event" and event_pairs(graph, node)), reverse=True)
    total = len(events)
    network = actor_network(graph, (node for _, node in events[:max_events]))  # the most recent only
    positions = _layout(network) if network.number_of_nodes() else {}
    nodes = [{"id": node, "label": data["label"], "type": data["type"],
              "wikidata": graph.nodes[node].get("wikidata") or "",
              "x": round(positions[node][0] * SCALE, 1), "y": round(-positions[node][1] * SCALE, 1)}
             for node, data in sorted(network.nodes(data=True))]
    edges = []
    for a, b, key, data in sorted(network.edges(keys=True, data=True), key=lambda e: (e[2], e[0], e[1])):
        event = graph.nodes[key]
        sources = [graph.nodes[f"entity:{k}"]["label"] + (f" ({relation})" if relation else "")
                   for k, relation in event.get("sources", []) if f"entity:{k}" in graph]
        reports = event.get("reports") or [{"doc": event["doc"], "evidence_text": event["evidence_text"]}]
        edges.append({"id": key.split(":", 1)[1], "source": a, "target": b, "type": data["type"],
                      "status": data["status"], "time": data["time"] or "", "sources": sources,
                      "evidence": [{"doc": r["doc"], "text": r["evidence_text"]} for r in reports]})
    return {"nodes": nodes, "edges": edges, "total": total,
            "types": [t for t in EVENT_TYPES if any(e["type"] == t for e in edges)],
            "statuses": [s for s in STATUSES if any(e["status"] == s for e in edges)],
            "colours": TYPE_COLOURS}


def actors_html(graph: nx.MultiDiGraph, title: str = "kgraph actor network") -> bytes:
    """The page as UTF-8 bytes; the same graph gives the same bytes."""
    data = json.dumps(page_data(graph), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    title_text = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return PAGE.replace("__TITLE__", title_text).replace("__DATA__", data).encode("utf-8")


PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>__TITLE__</title>
<style>
body { margin: 0; font: 14px/1.4 system-ui, sans-serif; display: grid; grid-template-columns: 230px 1fr 360px;
       height: 100vh; color: #222; }
aside, #panel { padding: 10px 12px; overflow-y: auto; background: #fafafa; }
aside { border-right: 1px solid #ddd; } #panel { border-left: 1px solid #ddd; }
h1 { font-size: 16px; margin: 0 0 8px; } h2 { font-size: 13px; margin: 12px 0 4px; text-transform: uppercase;
     color: #666; }
label { display: block; cursor: pointer; } .swatch { display: inline-block; width: 10px; height: 10px;
       margin-right: 4px; border-radius: 2px; }
svg { width: 100%; height: 100vh; background: white; cursor: grab; }
.node circle { fill: #fff; stroke: #444; stroke-width: 1.5; cursor: pointer; }
.node.selected circle { stroke: #d62728; stroke-width: 3; }
.node text { font-size: 11px; pointer-events: none; paint-order: stroke; stroke: white; stroke-width: 3px; }
.edge { fill: none; stroke-width: 2.5; cursor: pointer; }
.edge.planned { stroke-dasharray: 8 4; } .edge.possible, .edge.hoped { stroke-dasharray: 2 4; }
.edge.denied, .edge.cancelled { stroke: #bbb !important; stroke-dasharray: 1 4; }
.edge.failed { stroke-dasharray: 10 3 2 3; } .edge.selected { stroke-width: 5; }
.event { border-top: 1px solid #e5e5e5; padding: 6px 0; } .event b { font-weight: 600; }
.evidence { margin: 4px 0 0 8px; color: #444; font-style: italic; } .meta { color: #666; font-size: 12px; }
#count { color: #666; margin-top: 10px; }
</style>
</head>
<body>
<aside>
<h1>__TITLE__</h1>
<h2>Event type</h2><div id="types"></div>
<h2>Status</h2><div id="statuses"></div>
<h2>Dates</h2>
<label>from <input type="date" id="from"></label>
<label>to <input type="date" id="to"></label>
<div class="meta">With a date set, undated events are hidden.</div>
<div id="count"></div>
</aside>
<svg id="network" xmlns="http://www.w3.org/2000/svg"><g id="viewport"><g id="edges"></g><g id="nodes"></g></g></svg>
<div id="panel"><h2>Evidence</h2><div id="details">Click an actor or an event (an edge).</div></div>
<script type="application/json" id="data">__DATA__</script>
<script>
"use strict";
const DATA = JSON.parse(document.getElementById("data").textContent);
const SVG = "http://www.w3.org/2000/svg";
const byId = Object.fromEntries(DATA.nodes.map(n => [n.id, n]));
const state = { types: new Set(DATA.types), statuses: new Set(DATA.statuses), from: "", to: "", selected: null };

function element(tag, attributes, text) {
  const made = tag.startsWith("svg:") ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attributes || {})) made.setAttribute(k, v);
  if (text !== undefined) made.textContent = text;
  return made;
}

function checkboxes(container, values, chosen, colours) {
  for (const value of values) {
    const box = element("input", { type: "checkbox", value: value, "data-filter": container });
    box.checked = true;
    box.addEventListener("change", () => { box.checked ? chosen.add(value) : chosen.delete(value); draw(); });
    const label = element("label");
    label.append(box);
    if (colours) label.append(element("span", { class: "swatch", style: "background:" + colours[value] }));
    label.append(document.createTextNode(value));
    document.getElementById(container).append(label);
  }
}

function visible(edge) {
  if (!state.types.has(edge.type) || !state.statuses.has(edge.status)) return false;
  if (state.from || state.to) {
    if (!edge.time) return false;
    const [start, end] = edge.time.split("/");
    const last = (end || start).padEnd(10, start.length === 4 ? "-12-31" : "-31").slice(0, 10);
    if (state.from && last < state.from) return false;
    if (state.to && start.padEnd(10, "-01").slice(0, 10) > state.to) return false;
  }
  return true;
}

function curve(edge, index) {
  const a = byId[edge.source], b = byId[edge.target];
  if (a === b) return `M ${a.x} ${a.y - 12} c 30 -40 -30 -40 0 0`;
  const mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2, bend = 18 + 14 * index;
  const dx = b.x - a.x, dy = b.y - a.y, length = Math.hypot(dx, dy) || 1;
  return `M ${a.x} ${a.y} Q ${mx - dy / length * bend} ${my + dx / length * bend} ${b.x} ${b.y}`;
}

function draw() {
  const edgesLayer = document.getElementById("edges"), nodesLayer = document.getElementById("nodes");
  edgesLayer.replaceChildren(); nodesLayer.replaceChildren();
  const shown = DATA.edges.filter(visible), pairs = {}, used = new Set();
  for (const edge of shown) {
    const pair = [edge.source, edge.target].sort().join("|");
    pairs[pair] = (pairs[pair] || 0) + 1;
    const path = element("svg:path", { d: curve(edge, pairs[pair] - 1), "data-event": edge.id,
      class: "edge " + edge.status + (state.selected === "edge:" + edge.id ? " selected" : ""),
      stroke: DATA.colours[edge.type] || "#000" });
    path.append(element("svg:title", {}, edge.type + " (" + edge.status + ")" + (edge.time ? " " + edge.time : "")));
    path.addEventListener("click", () => select("edge:" + edge.id));
    edgesLayer.append(path);
    used.add(edge.source); used.add(edge.target);
  }
  for (const node of DATA.nodes) {
    if (!used.has(node.id)) continue;
    const group = element("svg:g", { class: "node" + (state.selected === node.id ? " selected" : ""),
      "data-actor": node.id, transform: `translate(${node.x},${node.y})` });
    group.append(element("svg:circle", { r: 9 }));
    group.append(element("svg:text", { x: 12, y: 4 }, node.label));
    group.addEventListener("click", () => select(node.id));
    nodesLayer.append(group);
  }
  const events = new Set(shown.map(e => e.id)).size, onPage = new Set(DATA.edges.map(e => e.id)).size;
  document.getElementById("count").textContent = events + " of " + onPage + " events shown" +
    (DATA.total > onPage ? " (the " + onPage + " most recent of " + DATA.total + ")" : "");
}

function describe(edge) {
  const box = element("div", { class: "event" });
  const a = byId[edge.source].label, b = byId[edge.target].label;
  const head = element("div");
  head.append(element("b", {}, edge.type), document.createTextNode(" · " + edge.status + (edge.time ? " · " + edge.time : "")));
  box.append(head, element("div", { class: "meta" }, a === b ? a : a + " → " + b));
  if (edge.sources.length) box.append(element("div", { class: "meta" }, "sources: " + edge.sources.join("; ")));
  for (const evidence of edge.evidence) {
    box.append(element("div", { class: "evidence" }, "“" + evidence.text + "”"));
    box.append(element("div", { class: "meta" }, "article " + evidence.doc));
  }
  return box;
}

function select(what) {
  state.selected = what;
  const details = document.getElementById("details");
  details.replaceChildren();
  const edges = what.startsWith("edge:") ? DATA.edges.filter(e => "edge:" + e.id === what)
    : DATA.edges.filter(e => visible(e) && (e.source === what || e.target === what));
  const listed = new Set();  // an event of three actors has three edges: list it once
  const events = edges.filter(e => !listed.has(e.id) && listed.add(e.id));
  const heading = what.startsWith("edge:") ? "Event" : byId[what].label + (byId[what].wikidata ? " (" + byId[what].wikidata + ")" : "");
  details.append(element("h1", {}, heading), element("div", { class: "meta" }, events.length + " event(s)"));
  for (const edge of events) details.append(describe(edge));
  draw();
}

function fit() {
  const xs = DATA.nodes.map(n => n.x), ys = DATA.nodes.map(n => n.y);
  if (!xs.length) return;
  const pad = 80, minX = Math.min(...xs) - pad, minY = Math.min(...ys) - pad;
  document.getElementById("network").setAttribute("viewBox",
    `${minX} ${minY} ${Math.max(...xs) - minX + pad + 120} ${Math.max(...ys) - minY + pad}`);
}

checkboxes("types", DATA.types, state.types, DATA.colours);
checkboxes("statuses", DATA.statuses, state.statuses, null);
for (const id of ["from", "to"]) {
  document.getElementById(id).addEventListener("change", event => { state[id] = event.target.value; draw(); });
}
fit();
draw();
</script>
</body>
</html>
"""
