"""Password hashes (argon2id), the policy, and generated passwords."""

from __future__ import annotations

from importlib.resources import files

import pytest
from argon2 import PasswordHasher

from vigil.auth.passwords import (
    MIN_LENGTH,
    check_policy,
    generate_password,
    hash_password,
    is_common,
    needs_rehash,
    verify_password,
)
from vigil.errors import InvalidInput

GOOD = "correct horse battery"


def test_hash_is_argon2id_and_verifies() -> None:
    stored = hash_password(GOOD)
    assert stored.startswith("$argon2id$")
    assert GOOD not in stored
    assert verify_password(stored, GOOD)
    assert not verify_password(stored, GOOD + "!")
    assert hash_password(GOOD) != stored  # salted


def test_a_malformed_hash_never_verifies() -> None:
    assert not verify_password("not a hash", GOOD)
    assert needs_rehash("not a hash")


def test_weaker_parameters_need_a_rehash() -> None:
    weak = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash(GOOD)
    assert verify_password(weak, GOOD)
    assert needs_rehash(weak)
    assert not needs_rehash(hash_password(GOOD))


@pytest.mark.parametrize(
    ("password", "says"),
    [
        ("short", "too short"),
        ("a" * (MIN_LENGTH - 1), "too short"),
        ("a" * 40, "one character repeated"),
        ("x" * 2000, "too long"),
    ],
)
def test_policy_refuses_with_a_clear_message(password: str, says: str) -> None:
    with pytest.raises(InvalidInput, match=says) as err:
        hash_password(password)
    assert err.value.hint


def test_policy_accepts_a_long_varied_password() -> None:
    check_policy("twelve chars")
    check_policy("пароль-з-літарамі")


def test_generated_passwords_meet_the_policy_and_differ() -> None:
    made = {generate_password() for _ in range(50)}
    assert len(made) == 50
    for password in made:
        check_policy(password)
        assert len(password) >= 20


@pytest.mark.parametrize(
    "password", ["password1234", "PASSWORD1234", "Qwerty123456", "iloveyou2024", "123456789012"]
)
def test_common_passwords_are_refused_in_any_case(password: str) -> None:
    assert is_common(password)
    with pytest.raises(InvalidInput, match="list of common passwords") as err:
        check_policy(password)
    assert err.value.hint


def test_the_bundled_list_is_large_and_lowercase() -> None:
    lines = [
        line
        for line in files("vigil.auth")
        .joinpath("data/common-passwords.txt")
        .read_text()
        .splitlines()
        if not line.startswith("#")
    ]
    assert 10_000 <= len(lines) <= 100_000
    assert all(line == line.lower() for line in lines)


def test_a_password_with_the_username_in_it_is_refused() -> None:
    with pytest.raises(InvalidInput, match="contains the username"):
        check_policy("xx-Maryia-2024-yy", "maryia")
    check_policy("xx-Maryia-2024-yy", "alesia")
    with pytest.raises(InvalidInput, match="contains the username"):
        hash_password("maryia is here now", "Maryia")
