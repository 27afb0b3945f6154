"""Pictures of the actor network: actors as nodes, events as edges coloured by type and styled by
status (solid occurred, dashed planned, dotted possible/hoped, red-crossed failed, grey denied or
cancelled). matplotlib is imported inside the function so that importing kgraph stays light.
"""

from __future__ import annotations

import io

import networkx as nx

from .errors import ExportError
from .merge import actor_network
from .model import EVENT_TYPES

TYPE_COLOURS = dict(zip(EVENT_TYPES, (
    "#1f77b4", "#17becf", "#9edae5", "#d62728", "#ff7f0e", "#2ca02c", "#98df8a", "#9467bd",
    "#8c564b", "#c49c94", "#e377c2", "#7f7f7f",
)))
STATUS_STYLES = {"occurred": "solid", "planned": "dashed", "possible": "dotted", "hoped": "dashdot",
                 "failed": "solid", "denied": (0, (1, 3)), "cancelled": (0, (1, 3))}


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
    figure, axes = plt.subplots(figsize=(13, 9), dpi=100)
    axes.set_axis_off()
    axes.set_title(title + (f" — {event_type}" if event_type else "") + (f" — {actor}" if actor else ""))
    if network.number_of_nodes() == 0:
        axes.text(0.5, 0.5, "no events match", ha="center", va="center", fontsize=14)
    else:
        simple = nx.Graph(network.to_undirected())
        positions = nx.spring_layout(simple, seed=7, k=1.6 / max(1, len(simple)) ** 0.5, iterations=200)
        degree = dict(simple.degree())
        nx.draw_networkx_nodes(network, positions, ax=axes, node_color="#f5f5f5", edgecolors="#333333",
                               node_size=[500 + 250 * degree.get(n, 0) for n in network.nodes])
        seen_pairs: dict[tuple, int] = {}
        for a, b, key, data in sorted(network.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
            pair = tuple(sorted((a, b)))
            bend = 0.12 * seen_pairs.get(pair, 0)
            seen_pairs[pair] = seen_pairs.get(pair, 0) + 1
            colour = TYPE_COLOURS.get(data["type"], "#000000")
            if data["status"] in ("denied", "cancelled"):
                colour = "#bbbbbb"
            nx.draw_networkx_edges(
                network, positions, edgelist=[(a, b)], ax=axes, edge_color=colour, width=2.2,
                style=STATUS_STYLES.get(data["status"], "solid"), arrows=True, arrowsize=16,
                connectionstyle=f"arc3,rad={0.1 + bend}", node_size=900)
            if data["status"] == "failed":
                xa, ya = positions[a]
                xb, yb = positions[b]
                axes.plot([(xa + xb) / 2], [(ya + yb) / 2 + (0.04 if a == b else 0)], marker="x",
                          color="#d62728", markersize=10, mew=2.5)
        nx.draw_networkx_labels(network, positions, ax=axes, font_size=9,
                                labels={n: network.nodes[n]["label"] for n in network.nodes})
        types = sorted({d["type"] for _, _, d in network.edges(data=True)})
        statuses = sorted({d["status"] for _, _, d in network.edges(data=True)})
        handles = [Line2D([0], [0], color=TYPE_COLOURS[t], lw=3, label=t) for t in types]
        handles += [Line2D([0], [0], color="#555555", lw=2, linestyle=STATUS_STYLES[s], label=s,
                           marker="x" if s == "failed" else None, markeredgecolor="#d62728")
                    for s in statuses]
        axes.legend(handles=handles, loc="lower left", fontsize=8, frameon=True, ncol=2)
    buffer = io.BytesIO()
    metadata = {"Software": None} if fmt == "png" else {"Date": None, "Creator": None}
    figure.savefig(buffer, format=fmt, bbox_inches="tight", metadata=metadata)
    plt.close(figure)
    return buffer.getvalue()
