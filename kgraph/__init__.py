"""kgraph: turn Indonesian and English geopolitical news into an event knowledge graph.

>>> import kgraph
>>> sorted(kgraph.__all__)[:3]
['Article', 'BuildResult', 'DocGraph']
"""

from .errors import KGraphError
from .extract import Resources, extract, load_resources
from .merge import actor_network, merge
from .model import Article, DocGraph, Entity, Event
from .pipeline import BuildResult, build

__all__ = ["Article", "BuildResult", "DocGraph", "Entity", "Event", "KGraphError", "Resources", "actor_network",
           "build", "extract", "load_resources", "merge"]
__version__ = "0.1.0"
