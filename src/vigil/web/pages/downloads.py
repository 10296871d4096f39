"""``/downloads``: the whole public dataset as files, each made on request through the
publication boundary and streamed (written to a spooled temporary file, then sent in
blocks), never paged."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Path, Request
from fastapi.responses import HTMLResponse, StreamingResponse

from vigil.errors import NotFound
from vigil.publish.export import TABLES, ExportFormat, Table, chunks
from vigil.web.deps import Pub, today
from vigil.web.render import render

router = APIRouter()

#: Kept in memory up to this size, then on disk.
SPOOL = 4 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class DownloadFile:
    name: str
    what: ExportFormat | Table
    media_type: str
    key: str  # the description's string key


FILES: tuple[DownloadFile, ...] = (
    DownloadFile("vigil.xlsx", ExportFormat.XLSX, ExportFormat.XLSX.media_type, "downloads.xlsx"),
    DownloadFile("vigil.csv.zip", ExportFormat.CSV, "application/zip", "downloads.csv_zip"),
    DownloadFile("vigil.json", ExportFormat.JSON, "application/json", "downloads.json"),
    DownloadFile("vigil.datapackage.zip", ExportFormat.DATAPACKAGE, "application/zip",
                 "downloads.datapackage"),
    DownloadFile("vigil.ftm.jsonl", ExportFormat.FTM, ExportFormat.FTM.media_type,
                 "downloads.ftm"),
    *(DownloadFile(f"vigil-{t.name}.csv", t, "text/csv; charset=utf-8", "downloads.table")
      for t in TABLES),
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
    spool = tempfile.SpooledTemporaryFile(max_size=SPOOL)  # noqa: SIM115 - closed by chunks()
    try:
        pub.download(spool, found.what, today(), str(request.base_url))
    except BaseException:
        spool.close()
        raise
    return StreamingResponse(
        chunks(spool),
        media_type=found.media_type,
        headers={"content-disposition": f'attachment; filename="{found.name}"'},
    )
