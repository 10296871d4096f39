"""The library's public verbs: every name in __all__ resolves, and nothing else is promised."""

from __future__ import annotations

import vigil


def test_all_names_resolve() -> None:
    for name in vigil.__all__:
        assert callable(getattr(vigil, name)), name


def test_all_is_the_promise() -> None:
    assert sorted(vigil.__all__) == vigil.__all__
    assert set(vigil.__all__) == set(vigil._WHERE)
