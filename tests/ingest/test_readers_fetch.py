"""The fetcher: public http(s) only, bounded size, time and redirects; against real servers.

There is no network here, so success is shown against a loopback server with the guard
lifted (``allow_private`` or ``allowed_networks``), and refusal against the same kind of
server with the guard on: the server then sees no request at all.
"""

from __future__ import annotations

import time
from http.server import BaseHTTPRequestHandler

import pytest

from tests.ingest.loopback import html, serve
from vigil.errors import InvalidInput, SourceFormatError, VigilError
from vigil.ingest.readers.fetch import Fetcher, refusal

PAGE = "<html><body><p>Hello</p></body></html>"


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback address inside IPv6"),
        ("::ffff:10.1.2.3", "private address inside IPv6"),
        ("64:ff9b::a00:1", "private address inside IPv6"),  # NAT64 of 10.0.0.1
        ("2002:c0a8:0101::1", "private address inside IPv6"),  # 6to4 of 192.168.1.1
        ("10.0.0.1", "private"),
        ("172.16.5.4", "private"),
        ("192.168.1.1", "private"),
        ("fd12:3456::1", "private"),
        ("169.254.169.254", "cloud metadata"),
        ("fd00:ec2::254", "cloud metadata"),
        ("169.254.1.1", "link-local"),
        ("fe80::1", "link-local"),
        ("224.0.0.1", "multicast"),
        ("239.255.255.250", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("240.0.0.1", "reserved"),
        ("100.64.0.1", "not a public address"),  # carrier-grade NAT
        ("198.18.0.1", "private"),  # benchmarking
        ("93.184.216.34", None),
        ("2606:4700::1111", None),
        ("::ffff:93.184.216.34", None),
    ],
)
def test_address_table(address: str, reason: str | None) -> None:
    found = refusal(address)
    if reason is None:
        assert found is None
    else:
        assert found is not None
        assert reason in found


def _resolver(table: dict[str, list[str]]):  # type: ignore[no-untyped-def]
    return lambda host, port: table[host]


@pytest.mark.parametrize(
    ("url", "addresses", "message"),
    [
        ("http://intranet.test/", ["10.0.0.1"], "10.0.0.1, a private address"),
        ("http://mixed.test/", ["93.184.216.34", "127.0.0.1"], "127.0.0.1, a loopback"),
        ("http://mapped.test/", ["::ffff:127.0.0.1"], "loopback address inside IPv6"),
        ("http://metadata.test/latest", ["169.254.169.254"], "cloud metadata"),
        ("https://v6.test/", ["fe80::1%eth0"], "link-local"),
    ],
)
def test_names_resolving_to_private_addresses_are_refused(
    url: str, addresses: list[str], message: str
) -> None:
    fetcher = Fetcher(resolver=_resolver({urlhost(url): addresses}))
    with pytest.raises(InvalidInput, match=message):
        fetcher.fetch(url)


def urlhost(url: str) -> str:
    return url.split("/")[2]


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.org/x", "gopher://example.org/", "data://x"]
)
def test_only_http_and_https(url: str) -> None:
    with pytest.raises(InvalidInput, match="only http and https"):
        Fetcher().fetch(url)


def test_loopback_server_is_refused_by_default_and_never_contacted() -> None:
    with serve({"/": html(PAGE)}) as server:
        for url in (server.url(), f"http://localhost:{server.port}/"):
            with pytest.raises(InvalidInput, match="loopback"):
                Fetcher().fetch(url)
        assert server.seen == []


def test_fetches_a_page_when_allowed() -> None:
    with serve({"/a": html("<p>Добры дзень</p>", charset="windows-1251")}) as server:
        page = Fetcher(allow_private=True).fetch(server.url("/a"))
    assert page.content_type == "text/html"
    assert page.charset == "windows-1251"
    assert page.body.decode("cp1251") == "<p>Добры дзень</p>"
    assert page.url == server.url("/a")


def test_connects_to_the_checked_address_with_the_name_as_host() -> None:
    with serve({"/": html(PAGE)}, host="127.0.0.2") as server:
        fetcher = Fetcher(
            allowed_networks=["127.0.0.2/32"],
            resolver=_resolver({"news.test": ["127.0.0.2"]}),
        )
        page = fetcher.fetch(f"http://news.test:{server.port}/")
        assert page.url == f"http://news.test:{server.port}/"
        assert server.seen == [("/", f"news.test:{server.port}")]


def test_size_limit_with_and_without_content_length() -> None:
    def chunked(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.end_headers()  # no length: read until the server closes
        handler.close_connection = True
        handler.wfile.write(b"<p>" + b"x" * 5000)

    routes = {"/big": html("x" * 5000), "/stream": chunked, "/small": html("x" * 500)}
    with serve(routes) as server:
        fetcher = Fetcher(allow_private=True, max_bytes=1000)
        for path in ("/big", "/stream"):
            with pytest.raises(SourceFormatError, match="larger than 1000 bytes"):
                fetcher.fetch(server.url(path))
        assert len(fetcher.fetch(server.url("/small")).body) == 500


def test_time_limit_for_a_silent_and_a_dripping_server() -> None:
    def silent(handler: BaseHTTPRequestHandler) -> None:
        time.sleep(3)

    def dripping(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", "100")
        handler.end_headers()
        for _ in range(30):
            handler.wfile.write(b"x")
            handler.wfile.flush()
            time.sleep(0.1)

    with serve({"/silent": silent, "/drip": dripping}) as server:
        fetcher = Fetcher(allow_private=True, timeout=1.0)
        for path in ("/silent", "/drip"):
            start = time.monotonic()
            with pytest.raises(InvalidInput, match="no complete answer within 1 s"):
                fetcher.fetch(server.url(path))
            assert time.monotonic() - start < 2.5


def test_redirects_are_followed_counted_and_checked() -> None:
    def to(location: str):  # type: ignore[no-untyped-def]
        return 302, {"Location": location}, b""

    with serve({}, host="127.0.0.1") as inner, serve({}, host="127.0.0.2") as outer:
        outer.routes.update(
            {
                "/one": to("/two"),
                "/two": to(outer.url("/page")),
                "/page": html(PAGE),
                "/loop": to("/loop"),
                "/file": to("file:///etc/passwd"),
                "/inside": to(inner.url("/secret")),
            }
        )
        inner.routes["/secret"] = html("secret")
        fetcher = Fetcher(allowed_networks=["127.0.0.2/32"], max_redirects=3)
        page = fetcher.fetch(outer.url("/one"))
        assert (page.url, page.requested) == (outer.url("/page"), outer.url("/one"))
        with pytest.raises(InvalidInput, match="more than 3 redirects"):
            fetcher.fetch(outer.url("/loop"))
        with pytest.raises(InvalidInput, match="only http and https"):
            fetcher.fetch(outer.url("/file"))
        with pytest.raises(InvalidInput, match=r"127\.0\.0\.1 is a loopback address"):
            fetcher.fetch(outer.url("/inside"))
        assert inner.seen == []


@pytest.mark.parametrize(
    ("route", "message"),
    [
        ((404, {}, b"gone"), "answered 404"),
        ((500, {}, b"oops"), "answered 500"),
        ((302, {}, b""), "redirect without a Location"),
    ],
)
def test_server_errors_are_one_line(route: tuple[int, dict[str, str], bytes], message: str) -> None:
    with serve({"/": route}) as server, pytest.raises(VigilError, match=message) as caught:
        Fetcher(allow_private=True).fetch(server.url())
    assert "\n" not in caught.value.one_line()


def test_a_closed_port_is_one_line() -> None:
    with serve({}) as server:
        port = server.port
    with pytest.raises(InvalidInput, match="cannot fetch"):
        Fetcher(allow_private=True, timeout=2).fetch(f"http://127.0.0.1:{port}/")
