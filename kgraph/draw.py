"""Pictures of the actor network: actors as nodes, events as edges coloured by type and styled by
status (solid occurred, dashed planned, dotted possible/hoped, red-crossed failed, grey denied or
cancelled). matplotlib is imported inside the function so that importing kgraph stays light.
"""

from __future__ import annotations

import datetime as _dt
import io
import warnings

import networkx as nx

from .errors import ExportError
from .merge import actor_network
from .model import EVENT_TYPES

TYPE_COLOURS = dict(zip(EVENT_TYPES, (
    "#1f77b4", "#17becf", "#9edae5", "#d62728", "#ff7f0e", "#2ca02c", "#98df8a", "#9467bd",
    "#8c564b", "#c49c94", "#e377c2", "#7f7f7f",
)))
STATUS_STYLES = {"occurred": "solid", "planned": "dashed", "possible": "dotted", "hoped": "dashdot",
                 "failed": "solid", "denied": (0, (1, 3)), "cancelled": (0, (5, 2, 1, 2))}


def filtered_network(graph: nx.MultiDiGraph, event_type: str | None = None,
                     actor: str | None = None) -> nx.MultiDiGraph:
    """The actor network, optionally only one event type and only events touching one actor."""
    network = actor_network(graph)
    keep = nx.MultiDiGraph()
    wanted = actor.lower() if actor else None
    for a, b, key, data in network.edges(keys=True, data=True):
        if event_type and data["type"] != event_type:
            continue
        labels = {network.nodes[a]["label"].lower(), network.nodes[b]["label"].lower(), a.lower(), b.lower()}
        if wanted and not any(wanted == label or wanted in label.split() or wanted == label.split(":")[-1]
                              for label in labels):
            continue
        for node in (a, b):
            keep.add_node(node, **network.nodes[node])
        keep.add_edge(a, b, key=key, **data)
    return keep


def _layout(network: nx.MultiDiGraph) -> dict:
    """Deterministic positions: the largest connected group on top, the smaller ones in a row below."""
    simple = nx.Graph()
    simple.add_nodes_from(sorted(network.nodes))
    simple.add_edges_from(sorted((a, b) for a, b in network.edges() if a != b))
    groups = sorted((sorted(c) for c in nx.connected_components(simple)), key=lambda c: (-len(c), c))
    positions: dict = {}
    top = groups[0]
    scale = 1.0 + len(top) ** 0.5 * 1.1
    if len(top) > 2:
        layout = nx.spring_layout(simple.subgraph(top), seed=7, k=3.0 / len(top) ** 0.5, iterations=500)
        positions.update({n: (x * scale / 2, y * scale / 2) for n, (x, y) in layout.items()})
        below = -scale / 2 - 1.2
    else:
        below = 0.0
        groups = [[n] for n in top] + groups[1:] if len(top) == 1 else groups
    rest = groups[1:] if len(top) > 2 else groups
    width = max(scale, 2.1 * sum(len(g) for g in rest) ** 0.5 * 1.3)  # rows about as wide as they are deep
    x = -scale / 2
    for group in rest:
        if x > -scale / 2 and x + 1.3 * len(group) > -scale / 2 + width:  # wrap to a new row
            x, below = -scale / 2, below - 1.0
        for k, node in enumerate(group):  # small groups: their members side by side
            positions[node] = (x + k * 1.3, below)
        x += 1.3 * len(group) + 0.8
    return positions


def _draw_network(axes, network: nx.MultiDiGraph, line) -> None:
    positions = _layout(network)
    solo: dict[str, list[str]] = {}
    for a, b, data in network.edges(data=True):
        if a == b:
            solo.setdefault(a, []).append(data["type"] + (" ✗" if data["status"] == "failed" else ""))
    seen_pairs: dict[tuple, int] = {}
    for a, b, _, data in sorted(network.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        if a == b:
            continue
        pair = tuple(sorted((a, b)))
        bend = 0.15 * seen_pairs.get(pair, 0)
        seen_pairs[pair] = seen_pairs.get(pair, 0) + 1
        colour = "#bbbbbb" if data["status"] in ("denied", "cancelled") else TYPE_COLOURS.get(data["type"], "#000000")
        nx.draw_networkx_edges(network, positions, edgelist=[(a, b)], ax=axes, edge_color=colour, width=2.0,
                               style=STATUS_STYLES.get(data["status"], "solid"), arrows=True, arrowsize=14,
                               connectionstyle=f"arc3,rad={0.08 + bend}", node_size=600)
        if data["status"] == "failed":
            (xa, ya), (xb, yb) = positions[a], positions[b]
            axes.plot([(xa + xb) / 2], [(ya + yb) / 2], marker="x", color="#d62728", markersize=9, mew=2.5)
    nx.draw_networkx_nodes(network, positions, ax=axes, node_color="#fdfdfd", edgecolors="#444444", node_size=600)
    for node, (x, y) in positions.items():
        label = network.nodes[node]["label"]
        axes.text(x, y + 0.13, label, ha="center", va="bottom", fontsize=8,
                  bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8})
        if node in solo:
            counts = sorted({t: solo[node].count(t) for t in solo[node]}.items())
            note = ", ".join(f"{t} ×{n}" if n > 1 else t for t, n in counts)
            axes.text(x, y - 0.13, note, ha="center", va="top", fontsize=6.5, color="#7b3294")
    types = sorted({d["type"] for _, _, d in network.edges(data=True)})
    statuses = sorted({d["status"] for _, _, d in network.edges(data=True)})
    handles = [line([0], [0], color=TYPE_COLOURS[t], lw=3, label=t) for t in types]
    handles += [line([0], [0], color="#555555", lw=2, linestyle=STATUS_STYLES[s], label=s,
                     marker="x" if s == "failed" else None, markeredgecolor="#d62728") for s in statuses]
    axes.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=True,
                title="event type / status", title_fontsize=8)
    axes.set_aspect("equal", adjustable="datalim")
    axes.margins(0.06)


def render(graph: nx.MultiDiGraph, fmt: str = "png", event_type: str | None = None,
           actor: str | None = None, title: str = "kgraph actor network") -> bytes:
    """The picture as PNG or SVG bytes (deterministic: fixed layout seed, no timestamps)."""
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    if fmt not in ("png", "svg"):
        raise ExportError(f"unsupported picture format {fmt!r} (use .png or .svg)")
    network = filtered_network(graph, event_type, actor)
    matplotlib.rcParams["svg.hashsalt"] = "kgraph"
    figure, axes = plt.subplots(figsize=(16, 10), dpi=100)
    axes.set_axis_off()
    axes.set_title(title + (f" — {event_type}" if event_type else "") + (f" — {actor}" if actor else ""))
    if network.number_of_nodes() == 0:
        axes.text(0.5, 0.5, "no events match", ha="center", va="center", fontsize=14)
    else:
        _draw_network(axes, network, Line2D)
    return _picture(figure, fmt)


def _picture(figure, fmt: str) -> bytes:
    """The figure as PNG or SVG bytes, without dates or versions in them, then closed. A name in a
    script the font lacks is drawn as boxes; matplotlib's warning about each missing glyph is not
    passed on to stderr, where kgraph reports one line per problem."""
    import matplotlib.pyplot as plt

    buffer = io.BytesIO()
    metadata = {"Software": None} if fmt == "png" else {"Date": None, "Creator": None}
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Glyph .* missing from", category=UserWarning)
        figure.savefig(buffer, format=fmt, bbox_inches="tight", metadata=metadata)
    plt.close(figure)
    return buffer.getvalue()


STATUS_MARKERS = {  # marker, face colour: filled for what happened, hollow for what is only planned
    "occurred": ("o", "#2ca02c"), "planned": ("o", "none"), "possible": ("^", "none"), "hoped": ("v", "none"),
    "failed": ("X", "#d62728"), "denied": ("s", "#bbbbbb"), "cancelled": ("s", "none"),
}


def timeline_points(graph: nx.MultiDiGraph) -> list[tuple[_dt.date, str, str, str]]:
    """(date, type, status, event id) of every dated event; a month is placed on its 15th, a year on
    1 July, an interval on its first day.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("event:e", kind="event", type="Visit", status="planned", time="2023-09")
    >>> timeline_points(g)
    [(datetime.date(2023, 9, 15), 'Visit', 'planned', 'e')]
    """
    points = []
    for node, data in graph.nodes(data=True):
        if data.get("kind") != "event" or not data.get("time"):
            continue
        value = data["time"].split("/")[0]
        parts = [int(p) for p in value.split("-")]
        day = _dt.date(parts[0], parts[1] if len(parts) > 1 else 7, parts[2] if len(parts) > 2 else
                       (15 if len(parts) > 1 else 1))
        points.append((day, data["type"], data["status"], node.split(":", 1)[1]))
    return sorted(points)


CALENDAR_EDGE = 100  # years from the ends of the calendar where matplotlib's own margins could step past them


def _date_limits(days: list[_dt.date]) -> tuple[_dt.date, _dt.date]:
    """The x range of the timeline: the dates with a margin, kept inside the years 1 to 9999 that
    matplotlib can draw (its own margin would step past them for an event dated 9999-12-31)."""
    first, last = min(days), max(days)
    margin = max((last - first) / 20, _dt.timedelta(days=15))
    low = first - margin if first - _dt.date.min > margin else _dt.date.min
    high = last + margin if _dt.date.max - last > margin else _dt.date.max
    return low, high


def render_timeline(graph: nx.MultiDiGraph, fmt: str = "png", title: str = "kgraph timeline") -> bytes:
    """Events by date (x) and type (y), the status shown by the marker: filled green occurred, hollow
    planned, triangles possible/hoped, red crosses failed, grey squares denied or cancelled."""
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    if fmt not in ("png", "svg"):
        raise ExportError(f"unsupported picture format {fmt!r} (use .png or .svg)")
    points = timeline_points(graph)
    undated = sum(1 for _, d in graph.nodes(data=True) if d.get("kind") == "event" and not d.get("time"))
    matplotlib.rcParams["svg.hashsalt"] = "kgraph"
    figure, axes = plt.subplots(figsize=(14, 6), dpi=100)
    axes.set_title(f"{title} ({len(points)} dated events, {undated} undated)")
    if not points:
        axes.set_axis_off()
        axes.text(0.5, 0.5, "no dated events", ha="center", va="center", fontsize=14)
    else:
        types = [t for t in EVENT_TYPES if any(p[1] == t for p in points)]
        rows = {t: k for k, t in enumerate(types)}
        for status, (marker, face) in STATUS_MARKERS.items():
            chosen = [p for p in points if p[2] == status]
            if not chosen:
                continue
            colour = "#d62728" if status == "failed" else "#888888" if status in ("denied", "cancelled") else "#1f4e79"
            axes.scatter([p[0] for p in chosen], [rows[p[1]] for p in chosen], marker=marker, s=70,
                         facecolors=face if face != "none" else "none", edgecolors=colour, linewidths=1.6,
                         label=status, zorder=3)
        days = [p[0] for p in points]
        if min(days).year < CALENDAR_EDGE or max(days).year > 9999 - CALENDAR_EDGE:
            axes.set_xlim(*_date_limits(days))
        axes.set_yticks(range(len(types)), types)
        axes.set_ylim(-0.7, len(types) - 0.3)
        axes.grid(axis="x", color="#eeeeee", zorder=0)
        axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(mdates.AutoDateLocator()))
        axes.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, title="status", title_fontsize=8)
    return _picture(figure, fmt)
