"""The project vocabulary as rdflib DefinedNamespaces: a typo in a term raises AttributeError.

The terms here and the terms defined in `ontology/kgraph.ttl` are the same set (a test checks).
"""

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

BASE = "https://w3id.org/kgraph/"


class KG(DefinedNamespace):
    """kgraph ontology terms."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # event classes (rdfs:subClassOf sem:Event)
    Meeting: URIRef
    Visit: URIRef
    Gathering: URIRef
    ArmsTransfer: URIRef
    TechnologyTransfer: URIRef
    Cooperation: URIRef
    Agreement: URIRef
    Launch: URIRef
    Aid: URIRef
    AidRequest: URIRef
    Attack: URIRef
    Sanction: URIRef
    # entity classes
    Entity: URIRef
    Person: URIRef
    Country: URIRef
    City: URIRef
    Region: URIRef
    Facility: URIRef
    Organisation: URIRef
    NewsOutlet: URIRef
    AnonymousSource: URIRef
    RecurringGathering: URIRef
    Item: URIRef
    Article: URIRef
    Evidence: URIRef
    Status: URIRef
    StatusScheme: URIRef
    CAMEO: URIRef
    PLOVER: URIRef
    # roles (rdfs:subPropertyOf sem:hasActor)
    participant: URIRef
    visitor: URIRef
    host: URIRef
    supplier: URIRef
    recipient: URIRef
    launcher: URIRef
    requester: URIRef
    provider: URIRef
    attacker: URIRef
    target: URIRef
    imposer: URIRef
    party: URIRef
    attendee: URIRef
    # event properties
    status: URIRef
    item: URIRef
    itemCategory: URIRef
    evidence: URIRef
    editionOf: URIRef
    timeText: URIRef
    timeQualifier: URIRef
    confidence: URIRef
    rule: URIRef
    relayedBy: URIRef
    sourceCount: URIRef
    # evidence and article properties
    text: URIRef
    beginIndex: URIRef
    endIndex: URIRef
    sentenceIndex: URIRef
    url: URIRef
    # entity properties and facts
    mentionCount: URIRef
    provisional: URIRef
    position: URIRef
    locatedIn: URIRef
    capitalOf: URIRef
    leads: URIRef
    basedIn: URIRef
    affiliatedWith: URIRef


class KGS(DefinedNamespace):
    """The status concepts (a SKOS concept scheme)."""

    _NS = Namespace(BASE + "status/")
    _fail = True

    occurred: URIRef
    planned: URIRef
    possible: URIRef
    hoped: URIRef
    failed: URIRef
    denied: URIRef
    cancelled: URIRef


class SEM(DefinedNamespace):
    """The terms of the Simple Event Model that kgraph uses."""

    _NS = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
    _fail = True

    Event: URIRef
    Actor: URIRef
    Place: URIRef
    Core: URIRef
    hasActor: URIRef
    hasPlace: URIRef
    hasTimeStamp: URIRef
    hasBeginTimeStamp: URIRef
    hasEndTimeStamp: URIRef


WD = Namespace("http://www.wikidata.org/entity/")
DATA = Namespace(BASE + "id/")
