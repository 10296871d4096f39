"""The pure parts of sign-in: delays after failures, TOTP steps, recovery codes, and the
client address behind trusted proxies."""

from __future__ import annotations

import datetime as dt
import ipaddress

import pyotp
import pytest

from vigil.auth import totp
from vigil.auth.throttle import ACCOUNT, ADDRESS, retry_after
from vigil.settings import Settings, parse_networks
from vigil.web.forwarded import client_address
from vigil.web.security import _host_of

NOW = dt.datetime(2026, 12, 4, 12, 0, tzinfo=dt.UTC)


def test_delays_grow_after_the_free_failures_and_are_capped() -> None:
    assert [ACCOUNT.delay_s(n) for n in range(12)] == [0] * 5 + [1, 2, 4, 8, 16, 30, 30]
    assert ADDRESS.delay_s(19) == 0
    assert ADDRESS.delay_s(20) == 1
    assert ADDRESS.delay_s(10_000) == 60
    last = NOW - dt.timedelta(seconds=10)
    assert retry_after(ACCOUNT, 9, last, NOW) == 6
    assert retry_after(ACCOUNT, 4, last, NOW) is None
    assert retry_after(ACCOUNT, 50, NOW - dt.timedelta(seconds=31), NOW) is None
    assert retry_after(ACCOUNT, 0, None, NOW) is None


def test_a_code_names_its_time_step() -> None:
    secret = totp.new_secret()
    assert len(secret) == 32
    code = pyotp.TOTP(secret)
    step = totp.step_of(NOW)
    assert totp.matching_step(secret, code.at(NOW), NOW) == step
    assert totp.matching_step(secret, code.at(NOW - dt.timedelta(seconds=30)), NOW) == step - 1
    assert totp.matching_step(secret, code.at(NOW + dt.timedelta(seconds=30)), NOW) == step + 1
    assert totp.matching_step(secret, code.at(NOW - dt.timedelta(seconds=90)), NOW) is None
    spaced = code.at(NOW)[:3] + " " + code.at(NOW)[3:]
    assert totp.matching_step(secret, spaced, NOW) == step
    assert totp.matching_step(secret, "abcdef", NOW) is None
    uri = totp.provisioning_uri(secret, "maryia")
    assert uri.startswith("otpauth://totp/Vigil:maryia?secret=" + secret)


def test_recovery_codes_are_long_and_hashed_in_one_form() -> None:
    codes = totp.new_recovery_codes()
    assert len(set(codes)) == 10
    for code in codes:
        assert len(code) == 19
        assert totp.recovery_hash(code) == totp.recovery_hash(code.upper().replace("-", " "))
        assert code not in totp.recovery_hash(code)


TRUSTED = parse_networks("10.0.0.0/8, 127.0.0.1, ::1")


@pytest.mark.parametrize(
    ("peer", "forwarded", "client"),
    [
        ("198.51.100.1", ["203.0.113.5"], "198.51.100.1"),  # not from a proxy: ignored
        ("127.0.0.1", [], "127.0.0.1"),
        ("127.0.0.1", ["203.0.113.5"], "203.0.113.5"),
        ("127.0.0.1", ["1.2.3.4, 203.0.113.5"], "203.0.113.5"),  # the left one is made up
        ("127.0.0.1", ["203.0.113.5, 10.0.0.2"], "203.0.113.5"),  # two proxies
        ("127.0.0.1", ["203.0.113.5", "10.0.0.2"], "203.0.113.5"),  # two headers
        ("127.0.0.1", ["10.0.0.3, 10.0.0.2"], "10.0.0.3"),  # all proxies: the first
        ("127.0.0.1", ["[2001:db8::1]:443"], "2001:db8::1"),
        ("127.0.0.1", ["203.0.113.5:5555"], "203.0.113.5"),
        ("::1", ["2001:db8::7"], "2001:db8::7"),
    ],
)
def test_the_client_is_the_rightmost_untrusted_hop(
    peer: str, forwarded: list[str], client: str
) -> None:
    assert client_address(peer, forwarded, TRUSTED) == client


def test_trusted_proxies_setting_is_parsed_and_checked() -> None:
    assert Settings(trusted_proxies="").trusted_networks() == ()
    assert Settings(trusted_proxies="10.0.0.1,fd00::/8").trusted_networks() == (
        ipaddress.ip_network("10.0.0.1/32"),
        ipaddress.ip_network("fd00::/8"),
    )
    with pytest.raises(ValueError, match="not an address or a CIDR block"):
        Settings(trusted_proxies="10.0.0.1, proxy.example")


@pytest.mark.parametrize(
    ("value", "host"),
    [
        ("https://vigil.example", "vigil.example"),
        ("http://vigil.example/", "vigil.example"),  # behind a proxy that ends TLS
        ("https://Vigil.Example:443/staff?x=1", "vigil.example"),
        ("http://127.0.0.1:8000", "127.0.0.1:8000"),
        ("https://vigil.example:8443", "vigil.example:8443"),
        ("http://[::1]:8000", "[::1]:8000"),
        ("null", None),
        ("", None),
        ("https://vigil.example:99999", None),
    ],
)
def test_the_origin_check_compares_host_and_port(value: str, host: str | None) -> None:
    assert _host_of(value) == host
