"""Users, roles, passwords, tokens and the hash-chained audit log: the pure parts.

Storage lives in ``vigil.store.accounts`` and ``vigil.store.audit``.
"""
