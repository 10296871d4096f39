"""The public side's read queries: the person list (``persons``), figures, recent events
and flows (``stats``), sources and their quotes (``sources``). They return registry rows;
``Publication`` turns them into public views, so nothing public imports them directly.
Like ``vigil.stats.counts`` and ``vigil.read``, they build SELECTs from ``store.tables``
and write nothing (``tests/test_layers.py``)."""
