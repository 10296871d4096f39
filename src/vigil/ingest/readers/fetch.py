"""Fetching a URL safely: http(s) only, public addresses only, bounded in size and time.

A documenter pastes links from messages they did not write, and the registry may run
on a server beside other services, so a URL must never reach a private, loopback,
link-local, multicast or reserved address (nor the cloud metadata service). The host
is resolved once, every address it resolves to is checked (IPv4 and IPv6, IPv4 inside
IPv6 included), and the connection goes to the checked address, so a second lookup
cannot send it elsewhere. Redirects are followed here, hop by hop, each checked again.

The size limit holds for the bytes as decoded: a ``Content-Encoding`` (gzip, deflate,
stacked as in ``gzip, gzip``) is undone here, piece by piece, never more than 64 KB at a
time, and the decoded bytes are counted as they come, so a small compressed bomb stops
at the limit instead of expanding first (``vigil.ingest.readers.decoding``).

``allow_private`` and ``allowed_networks`` lift the guard (tests against a loopback
server; an intranet mirror); ``resolver`` replaces DNS (tests of what a name resolves to).
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from vigil.errors import InvalidInput, TooLarge
from vigil.ingest.readers.decoding import ACCEPT_ENCODING, decoded

__all__ = [
    "MAX_FETCH_BYTES",
    "Fetched",
    "Fetcher",
    "Resolver",
    "refusal",
    "size_text",
    "system_resolver",
]

MAX_FETCH_BYTES = 50 * 1024 * 1024
Resolver = Callable[[str, int], Sequence[str]]
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_METADATA = {ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254")}
_REDIRECTS = {301, 302, 303, 307, 308}


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched page: the URL it finally came from, its media type and its bytes."""

    url: str
    requested: str
    content_type: str  # lowercase media type without parameters, "" if none was sent
    charset: str | None
    body: bytes


def system_resolver(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (IPv4 and IPv6)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise InvalidInput(
            f"cannot resolve {host}: {exc}", hint="check the address and the network"
        ) from None
    return [str(info[4][0]) for info in infos]


def refusal(address: str) -> str | None:
    """Why ``address`` must not be fetched from (e.g. "a loopback address"), or None."""
    try:
        ip: IPAddress = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return "not an IP address"
    if isinstance(ip, ipaddress.IPv6Address):
        inner = _embedded_ipv4(ip)
        if inner is not None:
            reason = refusal(str(inner))
            return None if reason is None else f"{reason} inside IPv6"
    if ip in _METADATA:
        return "the cloud metadata service"
    for test, reason in (
        (ip.is_loopback, "a loopback address"),
        (ip.is_link_local, "a link-local address"),
        (ip.is_multicast, "a multicast address"),
        (ip.is_unspecified, "an unspecified address"),
        (ip.is_reserved, "a reserved address"),
        (ip.is_private, "a private address"),
        (not ip.is_global, "not a public address"),
    ):
        if test:
            return reason
    return None


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


class Fetcher:
    """GETs a URL with the guard above, at most ``max_bytes`` in ``timeout`` seconds."""

    def __init__(
        self,
        *,
        allow_private: bool = False,
        allowed_networks: Iterable[str] = (),
        resolver: Resolver = system_resolver,
        max_bytes: int = MAX_FETCH_BYTES,
        timeout: float = 30.0,
        max_redirects: int = 5,
    ) -> None:
        self.allow_private = allow_private
        self.allowed = [ipaddress.ip_network(n) for n in allowed_networks]
        self.resolver = resolver
        self.max_bytes = max_bytes
        self.timeout = timeout
        self.max_redirects = max_redirects

    def fetch(self, url: str) -> Fetched:
        """The page at ``url``; a refusal or failure is a one-line InvalidInput."""
        deadline = time.monotonic() + self.timeout
        current = url
        # trust_env=False: a proxy from the environment would resolve names itself.
        with httpx.Client(trust_env=False, follow_redirects=False) as client:
            for _hop in range(self.max_redirects + 1):
                response = self._get(client, current, deadline)
                if isinstance(response, str):
                    current = urljoin(current, response)
                    continue
                return Fetched(current, url, *response)
        raise InvalidInput(
            f"{url}: more than {self.max_redirects} redirects",
            hint="give the page's final address",
        )

    def _get(
        self, client: httpx.Client, url: str, deadline: float
    ) -> str | tuple[str, str | None, bytes]:
        """One hop: the Location of a redirect, or (type, charset, body)."""
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"}:
            raise InvalidInput(
                f"{url}: only http and https URLs are fetched, not {parts.scheme or 'none'}",
                hint="give an http(s) address, or save the page and ingest the file",
            )
        host = parts.hostname
        if not host:
            raise InvalidInput(f"{url}: no host in the URL", hint="give a full http(s) address")
        port = parts.port or (443 if parts.scheme == "https" else 80)
        address = self._check(url, host, port)
        pinned = f"[{address}]" if ":" in address else address
        netloc = f"{pinned}:{port}"
        target = parts._replace(netloc=netloc).geturl()
        headers = {
            "Host": parts.netloc.rsplit("@", 1)[-1],
            "User-Agent": "vigil (fetcher)",
            "Accept-Encoding": ACCEPT_ENCODING,
        }
        remaining = max(0.1, deadline - time.monotonic())
        try:
            with client.stream(
                "GET",
                target,
                headers=headers,
                timeout=httpx.Timeout(min(remaining, 10.0), read=remaining),
                extensions={"sni_hostname": host},
            ) as response:
                if response.status_code in _REDIRECTS:
                    location: str | None = response.headers.get("location")
                    if not location:
                        raise InvalidInput(
                            f"{url}: redirect without a Location", hint="give another address"
                        )
                    return location
                if response.status_code >= 400:
                    raise InvalidInput(
                        f"{url}: the server answered {response.status_code}",
                        hint="check the address, or save the page and ingest the file",
                    )
                body = self._read(url, response, deadline)
                media, _, params = response.headers.get("content-type", "").partition(";")
                charset = _charset(params)
                return media.strip().lower(), charset, body
        except httpx.TimeoutException:
            raise self._too_slow(url) from None
        except httpx.HTTPError as exc:
            raise InvalidInput(
                f"{url}: cannot fetch ({type(exc).__name__})",
                hint="check the address and the network, or save the page and ingest the file",
            ) from None

    def _check(self, url: str, host: str, port: int) -> str:
        """The first address of ``host``, once every address of it has passed the guard."""
        addresses = list(self.resolver(host, port))
        if not addresses:
            raise InvalidInput(f"cannot resolve {host}", hint="check the address")
        for address in addresses:
            reason = refusal(address)
            if reason is None or self.allow_private:
                continue
            ip = ipaddress.ip_address(address.split("%", 1)[0])
            if any(ip in network for network in self.allowed):
                continue
            what = f"{address} is" if host == address else f"{host} is {address},"
            raise InvalidInput(
                f"{url}: refused: {what} {reason}",
                hint="only public addresses are fetched; save the page and ingest the file",
            )
        return addresses[0]

    def _read(self, url: str, response: httpx.Response, deadline: float) -> bytes:
        """The body as decoded, counted piece by piece: refused at the first byte past
        the limit, however small the encoded answer was."""
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise self._too_large(url, "")
        encoding = response.headers.get("content-encoding", "")
        chunks: list[bytes] = []
        size = 0

        def too_large() -> TooLarge:
            return self._too_large(url, encoding)

        raw = response.iter_raw()
        for chunk in decoded(raw, encoding, name=url, limit=self.max_bytes, too_large=too_large):
            size += len(chunk)
            if size > self.max_bytes:
                raise self._too_large(url, encoding)
            if time.monotonic() > deadline:
                raise self._too_slow(url)
            chunks.append(chunk)
        return b"".join(chunks)

    def _too_large(self, url: str, encoding: str) -> TooLarge:
        how = f" once decoded (Content-Encoding: {encoding.strip()})" if encoding.strip() else ""
        return TooLarge(
            f"{url}: larger than {size_text(self.max_bytes)}{how}; stopped there",
            hint="save the part that matters and ingest the file",
        )

    def _too_slow(self, url: str) -> InvalidInput:
        return InvalidInput(
            f"{url}: no complete answer within {self.timeout:g} s",
            hint="try again later, or save the page and ingest the file",
        )


def size_text(size: int) -> str:
    """``50 MB`` or ``1000 bytes``: a limit as a person reads it."""
    mb = 1024 * 1024
    return f"{size // mb} MB" if size >= mb else f"{size} bytes"


def _charset(params: str) -> str | None:
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"').lower()
    return None
