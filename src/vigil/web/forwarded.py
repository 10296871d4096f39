"""Who the client is and whether it came over https, behind trusted reverse proxies.

Only when the peer of the connection is a trusted proxy (``VIGIL_TRUSTED_PROXIES``) are
the ``X-Forwarded-*`` headers believed: the client is the rightmost address of
``X-Forwarded-For`` that is not itself a trusted proxy (addresses further left were
written by whoever sent the request, and can be anything), the scheme is the last
``X-Forwarded-Proto`` and the host the last ``X-Forwarded-Host``. The middleware puts
them into the request itself, so the rate limits, Secure cookies, HSTS and the Origin
check all see the same client.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence

from starlette.types import ASGIApp, Receive, Scope, Send

from vigil.settings import Network

__all__ = ["ForwardedMiddleware", "client_address"]

_MAX_HOP = 64


def _ip(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    hop = text.strip()
    if hop.startswith("["):  # [v6]:port
        hop = hop[1:].split("]", 1)[0]
    elif hop.count(":") == 1:  # v4:port
        hop = hop.split(":", 1)[0]
    try:
        return ipaddress.ip_address(hop)
    except ValueError:
        return None


def _trusted(hop: str, trusted: Sequence[Network]) -> bool:
    address = _ip(hop)
    return address is not None and any(address in net for net in trusted)


def client_address(peer: str, forwarded_for: Sequence[str], trusted: Sequence[Network]) -> str:
    """The client's address: ``peer`` unless it is a trusted proxy; then the rightmost
    hop of ``forwarded_for`` that is not a trusted proxy."""
    if not _trusted(peer, trusted):
        return peer
    hops = [h.strip() for value in forwarded_for for h in value.split(",") if h.strip()]
    for hop in reversed(hops):
        if not _trusted(hop, trusted):
            address = _ip(hop)
            return str(address) if address is not None else hop[:_MAX_HOP]
    return str(_ip(hops[0])) if hops and _ip(hops[0]) else peer


def _last(values: list[str]) -> str | None:
    items = [v.strip() for value in values for v in value.split(",") if v.strip()]
    return items[-1] if items else None


class ForwardedMiddleware:
    """Sets the request's client, scheme and host from ``X-Forwarded-*`` when (and only
    when) its peer is a trusted proxy. Outermost, so everything after sees them."""

    def __init__(self, app: ASGIApp, trusted: Sequence[Network]) -> None:
        self.app = app
        self.trusted = tuple(trusted)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        client = scope.get("client")
        if scope["type"] != "http" or not self.trusted or not client:
            await self.app(scope, receive, send)
            return
        peer = str(client[0])
        if not _trusted(peer, self.trusted):
            await self.app(scope, receive, send)
            return
        found: dict[bytes, list[str]] = {}
        for name, value in scope["headers"]:
            if name in (b"x-forwarded-for", b"x-forwarded-proto", b"x-forwarded-host"):
                found.setdefault(name, []).append(value.decode("latin-1"))
        scope = dict(scope)
        scope["client"] = (client_address(peer, found.get(b"x-forwarded-for", []),
                                          self.trusted), 0)  # fmt: skip
        proto = _last(found.get(b"x-forwarded-proto", []))
        if proto and proto.lower() in ("http", "https"):
            scope["scheme"] = proto.lower()
        host = _last(found.get(b"x-forwarded-host", []))
        if host:
            headers = [(k, v) for k, v in scope["headers"] if k != b"host"]
            scope["headers"] = [*headers, (b"host", host.encode("latin-1"))]
        await self.app(scope, receive, send)
