"""``/api/v1``: what the public API offers, its interactive docs (``/api/v1/docs``: a form
per operation, answered by the API itself, no script needed) and its OpenAPI schema with
the public routes only (``/api/v1/openapi.json``). The full schema, staff routes
included, stays at ``/openapi.json``."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse

from vigil.errors import InvalidInput
from vigil.web.render import render

router = APIRouter()

PUBLIC_PREFIX = "/api/v1/"
STAFF_PREFIX = "/api/v1/staff"
_REF = re.compile(r'"#/components/schemas/([^"]+)"')
#: Example values for path parameters (the first record of each kind).
_EXAMPLES = {"person_id": "1", "source_id": "1"}


def public_schema(request: Request) -> dict[str, Any]:
    """The app's OpenAPI schema with the public routes only, and the schemas they use."""
    full = request.app.openapi()
    paths = {p: ops for p, ops in full["paths"].items()
             if p.startswith(PUBLIC_PREFIX) and not p.startswith(STAFF_PREFIX)}  # fmt: skip
    every = full.get("components", {}).get("schemas", {})
    wanted: set[str] = set()
    todo = set(_REF.findall(json.dumps(paths)))
    while todo:
        name = todo.pop()
        if name in wanted or name not in every:
            continue
        wanted.add(name)
        todo |= set(_REF.findall(json.dumps(every[name])))
    schema = {k: v for k, v in full.items() if k not in ("paths", "components")}
    schema["paths"] = paths
    schema["components"] = {"schemas": {n: every[n] for n in sorted(wanted)}}
    return schema


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    where: str  # "path" or "query"
    required: bool
    description: str
    kind: str
    choices: list[str]
    default: str


@dataclass(frozen=True, slots=True)
class Operation:
    path: str
    tag: str
    summary: str
    description: str
    params: list[Param]

    @property
    def example(self) -> str:
        """A link that tries it with example values."""
        values = {p.name: _EXAMPLES.get(p.name, "1") for p in self.params if p.where == "path"}
        return "/api/v1/docs/try?" + urlencode({"op": self.path, **values})


def _param(p: dict[str, Any]) -> Param:
    s = p.get("schema", {})
    kind = s.get("type") or "/".join(x.get("type", "") for x in s.get("anyOf", [])) or "string"
    choices = [str(c) for c in s.get("enum", [])]
    return Param(p["name"], p["in"], bool(p.get("required")), p.get("description", ""), kind,
                 choices, "" if s.get("default") in (None, "") else str(s["default"]))  # fmt: skip


def operations(schema: dict[str, Any]) -> list[Operation]:
    found = []
    for path, ops in schema["paths"].items():
        op = ops.get("get")
        if op is None:
            continue
        found.append(Operation(path, (op.get("tags") or ["api"])[0], op.get("summary", ""),
                               op.get("description", ""),
                               [_param(p) for p in op.get("parameters", [])]))  # fmt: skip
    return found


@dataclass(frozen=True, slots=True)
class ApiContext:
    title: str
    version: str
    operations: list[Operation]


def _context(request: Request) -> ApiContext:
    schema = public_schema(request)
    info = schema.get("info", {})
    return ApiContext(info.get("title", "Vigil"), info.get("version", ""), operations(schema))


@router.get("/api/v1", response_class=HTMLResponse, include_in_schema=False)
def api_home(request: Request) -> HTMLResponse:
    return render(request, "api.html", _context(request))


@router.get("/api/v1/docs", response_class=HTMLResponse, include_in_schema=False)
def api_docs(request: Request) -> HTMLResponse:
    return render(request, "api_docs.html", _context(request))


@router.get("/api/v1/openapi.json", include_in_schema=False)
def api_schema(request: Request) -> JSONResponse:
    return JSONResponse(public_schema(request))


@router.get("/api/v1/docs/try", include_in_schema=False)
def api_try(request: Request) -> RedirectResponse:
    """The docs' forms land here: their values become the operation's address."""
    values = dict(request.query_params)
    op = values.pop("op", "")
    known = {o.path: o for o in operations(public_schema(request))}
    if op not in known:
        raise InvalidInput(f"no public operation {op!r}", hint="see /api/v1/docs")
    path = op
    for p in known[op].params:
        if p.where == "path":
            value = values.pop(p.name, "")
            if not value:
                raise InvalidInput(f"{p.name} is needed", hint=f"fill in {p.name}")
            path = path.replace("{" + p.name + "}", quote(value, safe=""))
    query = {k: v for k, v in values.items() if v != ""}
    return RedirectResponse(path + ("?" + urlencode(query) if query else ""), status_code=307)


@router.get("/docs", include_in_schema=False)
def docs_redirect() -> RedirectResponse:
    """Where FastAPI applications keep their docs."""
    return RedirectResponse("/api/v1/docs", status_code=307)
