"""RDF side of kgraph: the checked vocabulary, IRI minting and graph → RDF conversion."""
