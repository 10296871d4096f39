"""``/downloads``: the whole public dataset as files, each made through the publication
boundary when first asked for (once per registry version and day: ``DownloadCache``)
and streamed from disk in blocks, never paged."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Path, Request
from fastapi.responses import HTMLResponse, StreamingResponse

from vigil.errors import NotFound
from vigil.publish.export import TABLES, ExportFormat, Table, chunks
from vigil.web.deps import Pub, today
from vigil.web.downloads_cache import DownloadCache
from vigil.web.i18n import N_
from vigil.web.render import render

router = APIRouter()


@dataclass(frozen=True, slots=True)
class DownloadFile:
    name: str
    what: ExportFormat | Table
    media_type: str
    description: str  # marked for translation (N_); the page shows it translated


FILES: tuple[DownloadFile, ...] = (
    DownloadFile("vigil.xlsx", ExportFormat.XLSX, ExportFormat.XLSX.media_type,
                 N_("a workbook, one sheet per table (Excel, LibreOffice)")),
    DownloadFile("vigil.csv.zip", ExportFormat.CSV, "application/zip",
                 N_("every table as CSV (UTF-8 with a byte order mark), in one zip")),
    DownloadFile("vigil.json", ExportFormat.JSON, "application/json",
                 N_("every table in one JSON document")),
    DownloadFile("vigil.datapackage.zip", ExportFormat.DATAPACKAGE, "application/zip",
                 N_("a Frictionless data package: the tables as CSV and datapackage.json "
                    "describing every column")),
    DownloadFile("vigil.ftm.jsonl", ExportFormat.FTM, ExportFormat.FTM.media_type,
                 N_("FollowTheMoney entities, one per line (Aleph, OpenSanctions tools)")),
    *(DownloadFile(f"vigil-{t.name}.csv", t, "text/csv; charset=utf-8",
                   N_("one table as CSV")) for t in TABLES),
)  # fmt: skip
_BY_NAME = {f.name: f for f in FILES}


@dataclass(frozen=True, slots=True)
class DownloadsContext:
    files: tuple[DownloadFile, ...]
    tables: tuple[Table, ...]

    @staticmethod
    def table_of(f: DownloadFile) -> Table | None:
        return f.what if isinstance(f.what, Table) else None


@router.get("/downloads", response_class=HTMLResponse, include_in_schema=False)
def downloads_page(request: Request) -> HTMLResponse:
    return render(request, "downloads.html", DownloadsContext(FILES, TABLES))


FileName = Annotated[str, Path(max_length=40, description="A file listed at /downloads")]


@router.get("/downloads/{name}", include_in_schema=False)
def download(request: Request, pub: Pub, name: FileName) -> StreamingResponse:
    found = _BY_NAME.get(name)
    if found is None:
        raise NotFound(f"no download named {name!r}", hint="the files are listed at /downloads")
    cache: DownloadCache = request.app.state.downloads
    day, base = today(), str(request.base_url)
    stream = cache.open((pub.version(), day), base, found.name,
                        lambda out: pub.download(out, found.what, day, base))  # fmt: skip
    return StreamingResponse(
        chunks(stream),
        media_type=found.media_type,
        headers={"content-disposition": f'attachment; filename="{found.name}"'},
    )
