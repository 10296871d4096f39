"""Telegram Desktop exports: every message shape of the golden export, both export
shapes, and bad input (truncated, malformed, not an export, unknown shapes)."""

from __future__ import annotations

import datetime as dt
import io
import json
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from vigil.ingest.readers import Item
from vigil.ingest.readers.telegram import join_text, read_telegram

DATA = Path(__file__).parent / "data"
EXPORT = DATA / "telegram_export" / "result.json"


def _read(data: bytes | Path, name: str = "result.json") -> list[Item]:
    if isinstance(data, Path):
        with data.open("rb") as f:
            return list(read_telegram(f, name=name))
    return list(read_telegram(io.BytesIO(data), name=name))


def _export(messages: list[Any], **chat: Any) -> bytes:
    return json.dumps({"name": "Ch", "type": "public_channel", "id": 42, **chat,
                       "messages": messages}, ensure_ascii=False).encode()  # fmt: skip


def test_golden_export() -> None:
    items = {item.name.split("#")[1]: item for item in _read(EXPORT)}
    assert {k: v.skipped for k, v in items.items() if v.skipped} == {
        "1234567890/1": "service message",
        "1234567890/5": "message without text",
        "1234567890/7": "unsupported message",
        "1234567890/8": "service message",
    }
    assert all(item.error is None for item in items.values())
    first = items["1234567890/2"].source
    assert first is not None
    assert first.origin == "telegram:1234567890/2"
    assert first.published == dt.date(2021, 5, 28)
    assert first.publisher == "Example Rights Channel"
    assert first.meta == {
        "kind": "telegram",
        "channel": "Example Rights Channel",
        "channel_id": 1234567890,
        "chat_type": "public_channel",
        "message_id": 2,
        "published_at": "2021-05-28T10:05:00+00:00",  # date_unixtime, not the local date
        "from": "Example Rights Channel",
        "from_id": "channel1234567890",
        "author": "Desk",
    }


def test_list_text_is_joined_and_links_are_references() -> None:
    source = next(i.source for i in _read(EXPORT) if i.name.endswith("/3"))
    assert source is not None
    assert source.text == (
        "В Гродно задержана активистка Ольга Крумень. Подробности на сайте. "
        "Источник: https://monitor.example.org/news/krumenka #задержания"
    )
    assert source.meta is not None
    assert source.meta["references"] == [
        "https://news.example.org/2021/05/28/krumen",  # text_link: the href
        "https://monitor.example.org/news/krumenka",  # link: the visible URL
    ]


def test_forwarded_old_ids_old_dates_and_edits() -> None:
    sources = {i.name.split("/")[-1]: i.source for i in _read(EXPORT) if i.source}
    assert sources["4"] is not None
    assert sources["4"].meta is not None
    assert sources["4"].meta["forwarded_from"] == "Вясна"
    old = sources["6"]
    assert old is not None
    assert old.meta is not None
    assert old.meta["from_id"] == "987654321"  # a bare integer in pre-2021 exports
    assert old.meta["published_at"] == "2019-03-02T12:00:00"
    assert old.meta["date_is_local_time"] is True
    edited = sources["9"]
    assert edited is not None
    assert edited.meta is not None
    assert edited.meta["edited_at"] == "2021-06-02T11:00:00+00:00"
    assert edited.meta["reply_to_message_id"] == 2


def test_join_text_keeps_offsets() -> None:
    parts = ["a ", {"type": "bold", "text": "bold"}, " b ", {"type": "link", "text": "x.org"}]
    text = join_text(parts)
    assert text == "a bold b x.org"
    assert text[9:14] == "x.org"


def test_full_account_export() -> None:
    message = {"id": 1, "type": "message", "date_unixtime": "1622196300", "text": "Hello there"}
    export = {
        "about": "Here is the data you requested.",
        "personal_information": {"user_id": 5, "first_name": "A"},
        "chats": {"about": "chats", "list": [
            {"name": "One", "type": "personal_chat", "id": 11, "messages": [message]},
            {"name": None, "type": "saved_messages", "id": 12, "messages": [
                {**message, "from_id": "user5", "text": "Note to self"}]},
        ]},
        "left_chats": {"about": "left", "list": [
            {"name": "Gone", "type": "public_supergroup", "id": 13, "messages": [
                {**message, "id": 7, "text": "Left behind"}]},
        ]},
    }  # fmt: skip
    sources = [i.source for i in _read(json.dumps(export).encode()) if i.source]
    assert [(s.origin, s.publisher, s.text) for s in sources] == [
        ("telegram:11/1", "One", "Hello there"),
        ("telegram:12/1", None, "Note to self"),
        ("telegram:13/7", "Gone", "Left behind"),
    ]


def test_truncated_export_gives_the_messages_before_the_break() -> None:
    good = [{"id": n, "type": "message", "text": f"Message number {n}"} for n in range(1, 4)]
    data = _export(good)
    items = _read(data[: data.index(b"Message number 3")])
    assert [i.source.text for i in items if i.source] == ["Message number 1", "Message number 2"]
    error = items[-1].error
    assert error is not None
    assert error.one_line() == (
        "result.json: the JSON ends early, after 2 messages: the export is incomplete "
        "(the 2 messages before the break were read; "
        "export the chat again with Telegram Desktop, format JSON)"
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the JSON ends early, after 0 messages"),
        (b'{"id": 5, "messages": [{"id": 1, "text": "ok"}, }', "not valid JSON after 1 message"),
        (b'{"name": "x", "messages": [{"id": 1, "text": "\xff\xfe"}]}', "not valid JSON"),
        (b'{"about": "something else"}', "not a Telegram Desktop export"),
        (b'[{"id": 1, "text": "a list"}]', "not a Telegram Desktop export"),
        (b'{"messages": {"id": 1}}', "not a Telegram Desktop export"),
    ],
)
def test_not_an_export(data: bytes, message: str) -> None:
    items = _read(data)
    errors = [i.error.one_line() for i in items if i.error]
    assert len(errors) == 1
    assert message in errors[0]
    assert "\n" not in errors[0]


def test_unknown_shapes_are_reported_and_the_rest_read() -> None:
    messages = [
        "a bare string",
        {"type": "message", "text": "no id"},
        {"id": "7", "type": "message", "text": "id as text"},
        {"id": 2, "type": "message", "text": 12345},
        {"id": 3, "type": "message", "text": ["ok ", ["nested"]]},
        {"id": 4, "type": "reaction", "text": "new type"},
        {"id": 5, "type": "message", "date_unixtime": "yesterday", "text": "bad date"},
        {"id": 6, "type": "message", "date_unixtime": "1622196300", "text": "Fine message"},
    ]
    items = _read(_export(messages))
    assert [i.source.text for i in items if i.source] == ["Fine message"]
    errors = [i.error.one_line() for i in items if i.error]
    assert errors == [
        "result.json: a message that is a str, not an object "
        "(this item was skipped; the rest were read)",
        "result.json: a message without a numeric id (None) "
        "(this item was skipped; the rest were read)",
        "result.json: a message without a numeric id ('7') "
        "(this item was skipped; the rest were read)",
        "result.json#42/2: text is a int, not a string or a list "
        "(this item was skipped; the rest were read)",
        "result.json#42/3: a text part of unknown shape (list) "
        "(this item was skipped; the rest were read)",
        "result.json#42/4: message of unknown type 'reaction' "
        "(this item was skipped; the rest were read)",
        "result.json#42/5: date_unixtime 'yesterday' is not a time "
        "(this item was skipped; the rest were read)",
    ]


def test_messages_before_the_chat_id_are_refused() -> None:
    data = b'{"messages": [{"id": 1, "type": "message", "text": "orphan"}], "id": 5}'
    (item,) = _read(data)
    assert item.error is not None
    assert "the chat has no id before its messages" in item.error.message


def test_streams_in_bounded_memory_with_progress(tmp_path: Path) -> None:
    path = tmp_path / "result.json"
    text = "Политзаключённого перевели в другую колонию, сообщили родственники. " * 3
    with path.open("w", encoding="utf-8") as f:
        f.write('{"name": "Big", "type": "public_channel", "id": 1, "messages": [')
        for n in range(30_000):
            message = {"id": n, "type": "message", "date_unixtime": str(1600000000 + n),
                       "from": "Big", "from_id": "channel1", "text": text}  # fmt: skip
            f.write(("," if n else "") + json.dumps(message, ensure_ascii=False))
        f.write("]}")
    size = path.stat().st_size
    seen: list[int] = []
    tracemalloc.start()
    try:
        with path.open("rb") as f:
            count = sum(
                1 for item in read_telegram(f, name="big", progress=seen.append) if item.source
            )
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 30_000
    assert size > 10_000_000
    assert peak < 2_000_000  # a few messages at a time, not the file
    assert seen[-1] == size
