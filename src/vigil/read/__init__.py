"""Read models assembled from the store's primitive reads for more than one consumer:
``dossier`` (one person: events, claims, sources, facilities, status) for the CLI, the
staff pages and the publication boundary. Reads only (``tests/test_layers.py``)."""
