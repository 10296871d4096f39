"""Many requests at once: the door lets a few work at a time and the rest wait their turn;
concurrent misses of one cached page are made once; a real server under a burst of
uncached page requests answers every one of them."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from starlette.types import Receive, Scope, Send
from tests.web.conftest import Site, seed, serve_app

from vigil.settings import Settings
from vigil.store.db import make_engine
from vigil.web import create_app
from vigil.web.admission import Admission
from vigil.web.cache import CACHE_HEADER, PublicCache


class Slow:
    """A tiny ASGI app that takes ``delay`` seconds per response and counts itself."""

    def __init__(self, *, delay: float = 0.05, cookie: bool = False) -> None:
        self.delay = delay
        self.cookie = cookie
        self.calls = 0
        self.working = 0
        self.most = 0
        self.entered: list[str] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self.calls += 1
        self.working += 1
        self.most = max(self.most, self.working)
        self.entered.append(scope["query_string"].decode())
        try:
            await asyncio.sleep(self.delay)
            headers = [(b"content-type", b"text/plain")]
            if self.cookie:
                headers.append((b"set-cookie", b"x=1"))
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            body = f"made {self.calls} for {scope['path']}".encode()
            await send({"type": "http.response.body", "body": body})
        finally:
            self.working -= 1


async def _burst(app: object, paths: list[str]) -> list[httpx.Response]:
    transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
    async with httpx.AsyncClient(transport=transport, base_url="http://vigil.test") as client:
        return list(await asyncio.gather(*(client.get(p) for p in paths)))


def test_the_door_lets_limit_requests_work_at_once_in_arrival_order() -> None:
    inner = Slow(delay=0.02)
    door = Admission(inner, limit=3)

    async def arrive_in_order() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=door)
        async with httpx.AsyncClient(transport=transport, base_url="http://vigil.test") as c:
            tasks = []
            for i in range(20):
                tasks.append(asyncio.create_task(c.get(f"/x?n={i}")))
                await asyncio.sleep(0)  # each request reaches the door before the next
            return list(await asyncio.gather(*tasks))

    responses = asyncio.run(arrive_in_order())
    assert [r.status_code for r in responses] == [200] * 20
    assert inner.calls == 20
    assert inner.most == 3
    assert inner.entered == [f"n={i}" for i in range(20)]
    assert door.at_work == 0


def test_a_slow_request_gives_its_place_up_after_the_longest_hold() -> None:
    """One place: a request that takes 2 s keeps it for 0.2 s, then the next one goes in
    beside it and is answered long before the slow one ends."""
    slow, fast = Slow(delay=2.0), Slow(delay=0.0)

    async def route(scope: Scope, receive: Receive, send: Send) -> None:
        await (slow if scope["path"] == "/slow" else fast)(scope, receive, send)

    door = Admission(route, limit=1, hold_s=0.2)

    async def run() -> tuple[float, float]:
        transport = httpx.ASGITransport(app=door)
        async with httpx.AsyncClient(transport=transport, base_url="http://vigil.test") as c:
            loop = asyncio.get_running_loop()
            start = loop.time()
            slow_task = asyncio.create_task(c.get("/slow"))
            await asyncio.sleep(0.05)  # the slow one has the place
            assert door.at_work == 1
            await c.get("/fast")
            fast_done = loop.time() - start
            await slow_task
            return fast_done, loop.time() - start

    fast_done, slow_done = asyncio.run(run())
    assert 0.15 <= fast_done < 1.5, fast_done
    assert slow_done >= 2.0
    assert door.at_work == 0


def test_the_door_refuses_a_limit_below_one_and_a_hold_of_zero() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        Admission(Slow(), limit=0)
    with pytest.raises(ValueError, match="more than 0"):
        Admission(Slow(), hold_s=0)


def test_concurrent_misses_of_one_page_are_made_once(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        inner = Slow(delay=0.1)
        cache = PublicCache(inner, engine=engine)
        responses = asyncio.run(_burst(cache, ["/persons"] * 25))
        assert inner.calls == 1
        assert {r.text for r in responses} == {"made 1 for /persons"}
        marks = sorted(r.headers[CACHE_HEADER.decode()] for r in responses)
        assert marks == ["hit"] * 24 + ["miss"]

        # Different pages are not held up behind each other.
        other = Slow(delay=0.1)
        cache = PublicCache(other, engine=engine)
        asyncio.run(_burst(cache, [f"/persons/{i}" for i in range(10)]))
        assert other.calls == 10
        assert other.most == 10
    finally:
        engine.dispose()


def test_a_response_that_may_not_be_stored_is_made_for_each_request(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        inner = Slow(delay=0.05, cookie=True)
        cache = PublicCache(inner, engine=engine)
        responses = asyncio.run(_burst(cache, ["/persons"] * 6))
        assert [r.status_code for r in responses] == [200] * 6
        assert inner.calls == 6
        assert {r.headers[CACHE_HEADER.decode()] for r in responses} == {"miss"}
    finally:
        engine.dispose()


def test_a_burst_of_uncached_pages_on_a_real_server_all_succeed(db_url: str) -> None:
    """More requests at once than the connection pool holds: each is answered, none
    waits for a connection until it fails (the door keeps them in line)."""
    seeded = seed(db_url)
    app = create_app(Settings(database_url=db_url, public_cache=False))
    paths = [
        f"/persons/{seeded.named}",
        "/persons",
        "/api/v1/stats/count",
        f"/api/v1/persons/{seeded.named}",
    ] * 20

    async def burst(base: str) -> list[httpx.Response]:
        limits = httpx.Limits(max_connections=len(paths))
        async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
            return list(await asyncio.gather(*(client.get(p) for p in paths)))

    site: Site
    for site in serve_app(app):
        responses = asyncio.run(burst(site.url))
        assert [r.status_code for r in responses] == [200] * len(paths), [
            (r.status_code, r.text[:200]) for r in responses if r.status_code != 200
        ]
        assert all(CACHE_HEADER.decode() not in r.headers for r in responses)
