"""Roles: an order, a parser with a one-line error, and the one comparison."""

from __future__ import annotations

import pytest

from vigil.auth.roles import Role, can
from vigil.errors import InvalidInput


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("viewer", Role.VIEWER),
        ("Documenter", Role.DOCUMENTER),
        (" EDITOR ", Role.EDITOR),
        ("admin", Role.ADMIN),
    ],
)
def test_parse(text: str, role: Role) -> None:
    assert Role.parse(text) is role
    assert Role.parse(role.label) is role


@pytest.mark.parametrize("text", ["", "boss", "4", "administrator"])
def test_parse_refuses_unknown_roles_naming_the_choices(text: str) -> None:
    with pytest.raises(InvalidInput) as err:
        Role.parse(text)
    line = err.value.one_line()
    assert "\n" not in line
    assert "viewer, documenter, editor, admin" in line


def test_each_role_can_do_what_the_ones_below_can() -> None:
    roles = list(Role)
    assert roles == sorted(roles)
    for have in roles:
        for need in roles:
            assert can(have, need) == (roles.index(have) >= roles.index(need))
