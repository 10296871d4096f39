"""A real HTTP server on a loopback address, for the fetcher and `vigil ingest URL` tests.

Each route answers with a status, headers and a body, or runs a function that writes
the answer itself (slow answers, endless redirects). Requests are recorded, so a test
can show that a refused address was never even contacted.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Answer = tuple[int, dict[str, str], bytes]
Route = Answer | Callable[[BaseHTTPRequestHandler], None]


@dataclass
class Server:
    host: str
    port: int
    routes: dict[str, Route]
    seen: list[tuple[str, str]] = field(default_factory=list)  # (path, Host header)

    def url(self, path: str = "/") -> str:
        return f"http://{self.host}:{self.port}{path}"


class _Quiet(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that gave up (size or time limit) is expected here, not an error."""


@contextmanager
def serve(routes: dict[str, Route], host: str = "127.0.0.1") -> Iterator[Server]:
    """Serve ``routes`` on ``host`` (any 127.x address) and a free port while inside."""
    server_box: list[Server] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            served = server_box[0]
            served.seen.append((self.path, self.headers.get("Host", "")))
            route = served.routes.get(self.path)
            if route is None:
                self.send_error(404)
                return
            if callable(route):
                route(self)
                return
            status, headers, body = route
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            if "Content-Length" not in headers and "Transfer-Encoding" not in headers:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            return None

    httpd = _Quiet((host, 0), Handler)
    server_box.append(Server(host, httpd.server_address[1], routes))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield server_box[0]
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


def html(body: str, charset: str = "utf-8") -> Answer:
    return 200, {"Content-Type": f"text/html; charset={charset}"}, body.encode(charset)
