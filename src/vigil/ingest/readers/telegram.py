"""Telegram Desktop exports (``result.json``) → one Source per message, streamed.

Both shapes are read: one chat (the root is the chat: ``name``, ``type``, ``id``,
``messages``) and the whole account (``chats.list[]`` and ``left_chats.list[]``, each a
chat). The file is parsed as a stream of JSON events (ijson), and only one message is
held at a time, so a 1 GB export runs in bounded memory.

Each message with text becomes a source: the text joined from the string-or-list
``text`` (so character offsets stay those of the export), ``date_unixtime`` as the UTC
time, and the provenance in ``meta``: channel, message id, sender, signature,
forwarded-from, links. Service messages and messages without text are skipped; a
message of an unknown shape is reported and the rest are read. A truncated file gives
every message before the break, then one error.

The stream is bounded while it is read (``jsonguard``): nesting past 64 levels and a
string or value over 20 MB are refused where they occur, in kilobytes of memory, with
the messages before them read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import IO, Any

from vigil.errors import SourceFormatError, TooLarge
from vigil.ingest.readers.item import Item, bounded_origin
from vigil.ingest.readers.jsonguard import GuardedStream, JsonTooLarge, bounded_events
from vigil.model import Source

__all__ = ["join_text", "read_telegram"]

_BUFFER = 64 * 1024  # bytes ijson reads at a time (its events for one read are queued)

_CHAT_ROOTS = ("", "chats.list.item", "left_chats.list.item")
_CHAT_KEYS = {"id", "name", "type"}
_MESSAGES = {f"{root}.messages".lstrip("."): root for root in _CHAT_ROOTS}
_ITEMS = {f"{key}.item": root for key, root in _MESSAGES.items()}
_FIELDS = {f"{root}.{key}".lstrip("."): key for root in _CHAT_ROOTS for key in _CHAT_KEYS}
_SCALARS = {"string", "number", "boolean", "null"}
_SKIPPED_TYPES = {"service": "service message", "unsupported": "unsupported message"}
_EXPORT_HINT = "export the chat again with Telegram Desktop, format JSON"


def read_telegram(
    stream: IO[bytes], *, name: str, progress: Callable[[int], None] | None = None
) -> Iterator[Item]:
    """Every message of the export in ``stream``, as Items grouped under ``name``."""
    import ijson

    chats = 0
    read = 0
    source = GuardedStream(stream, progress)
    bare = ijson.basic_parse(source, buf_size=_BUFFER, use_float=True)
    try:
        for chat, message in _messages(ijson.parse(bounded_events(bare, lambda: source.done))):
            if chat is None:
                chats += 1
                continue
            read += 1
            yield _item(chat, message, name)
    except ijson.JSONError as exc:
        yield Item(name, error=_broken(name, exc, read), group=name)
        return
    except JsonTooLarge as exc:
        yield Item(name, error=_too_large(name, exc, read), group=name)
        return
    except OSError as exc:
        error = SourceFormatError(f"{name}: cannot read ({exc})", hint="check the file")
        yield Item(name, error=error, group=name)
        return
    if chats and not read:
        yield Item(name, skipped="export without messages", group=name)
    if chats == 0:
        error = SourceFormatError(
            f"{name}: not a Telegram Desktop export (no messages and no chats.list)",
            hint=f"give the result.json that Telegram Desktop wrote; {_EXPORT_HINT}",
        )
        yield Item(name, error=error, group=name)


def _messages(
    events: Iterator[tuple[str, str, Any]],
) -> Iterator[tuple[dict[str, Any] | None, Any]]:
    """(chat, message) for each message; (None, None) when a chat's message list opens."""
    from ijson.common import ObjectBuilder

    chat: dict[str, Any] = {}
    builder: ObjectBuilder | None = None
    depth = 0
    for prefix, event, value in events:
        if builder is not None:
            builder.event(event, value)
            if event in ("start_map", "start_array"):
                depth += 1
            elif event in ("end_map", "end_array"):
                depth -= 1
                if depth == 0:
                    yield chat, builder.value
                    builder = None
            continue
        if prefix in _ITEMS:
            if event in ("start_map", "start_array"):
                builder = ObjectBuilder()
                builder.event(event, value)
                depth = 1
            elif event in _SCALARS:
                yield chat, value
        elif prefix in _MESSAGES and event == "start_array":
            yield None, None
        elif prefix in _FIELDS and event in _SCALARS:
            chat[_FIELDS[prefix]] = value
        elif prefix in _CHAT_ROOTS and event == "start_map":
            chat = {}


def _broken(name: str, exc: Exception, read: int) -> SourceFormatError:
    count = "1 message" if read == 1 else f"{read} messages"
    were = "was" if read == 1 else "were"
    raw = exc.args[0] if exc.args else ""
    detail = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    first = detail.strip().splitlines()[0] if detail.strip() else type(exc).__name__
    if "premature EOF" in first or "incomplete" in first.lower():
        return SourceFormatError(
            f"{name}: the JSON ends early, after {count}: the export is incomplete",
            hint=f"the {count} before the break {were} read; {_EXPORT_HINT}",
        )
    return SourceFormatError(
        f"{name}: not valid JSON after {count} ({first})",
        hint=f"the {count} before it {were} read; {_EXPORT_HINT}",
    )


def _too_large(name: str, exc: JsonTooLarge, read: int) -> TooLarge:
    count = "1 message" if read == 1 else f"{read} messages"
    were = "was" if read == 1 else "were"
    before = f"the {count} before it {were} read" if read else "no message was read"
    return TooLarge(
        f"{name}: JSON with {exc.what}, within its first {max(1, exc.offset // 1024):,} KB; "
        f"refused there, after {count}",
        hint=f"{before}; no Telegram export looks like this: {_EXPORT_HINT}",
    )


def _item(chat: dict[str, Any], message: Any, name: str) -> Item:
    """One message as an Item: a source, a skip, or an error naming the message."""
    if not isinstance(message, dict):
        return _bad(name, f"a message that is a {type(message).__name__}, not an object")
    mid = message.get("id")
    if not isinstance(mid, int) or isinstance(mid, bool):
        return _bad(name, f"a message without a numeric id ({mid!r})")
    chat_id = chat.get("id")
    where = f"{name}#{'?' if chat_id is None else chat_id}/{mid}"
    kind = message.get("type", "message")
    if kind in _SKIPPED_TYPES:
        return Item(where, skipped=_SKIPPED_TYPES[kind], group=name)
    if kind != "message":
        return _bad(where, f"message of unknown type {kind!r}")
    if not isinstance(chat_id, int | str) or isinstance(chat_id, bool) or chat_id == "":
        return _bad(where, "the chat has no id before its messages")
    try:
        text = join_text(message.get("text", ""))
        published_at, local = _when(message)
    except SourceFormatError as exc:
        return _bad(where, exc.message)
    if not text.strip():
        return Item(where, skipped="message without text", group=name)
    meta = {
        "kind": "telegram",
        "channel": chat.get("name"),
        "channel_id": chat_id,
        "chat_type": chat.get("type"),
        "message_id": mid,
        "published_at": published_at.isoformat() if published_at else None,
        "date_is_local_time": local or None,
        "from": message.get("from"),
        "from_id": _peer(message.get("from_id")),
        "author": message.get("author"),
        "forwarded_from": message.get("forwarded_from"),
        "reply_to_message_id": message.get("reply_to_message_id"),
        "edited_at": _unix(message.get("edited_unixtime")),
        "media": message.get("media_type") or ("photo" if "photo" in message else None),
        "references": _links(message),
    }
    source = Source(
        text=text,
        publisher=chat.get("name") if isinstance(chat.get("name"), str) else None,
        published=published_at.date() if published_at else None,
        origin=bounded_origin(f"telegram:{chat_id}/{mid}"),
        meta={k: v for k, v in meta.items() if v not in (None, "", [])},
    )
    return Item(where, source=source, group=name)


def _bad(where: str, what: str) -> Item:
    group = where.split("#", 1)[0]
    error = SourceFormatError(f"{where}: {what}", hint="this item was skipped; the rest were read")
    return Item(where, error=error, group=group)


def join_text(text: Any) -> str:
    """The message text: a string, or a list of strings and ``{"text": ...}`` parts."""
    if isinstance(text, str):
        return text
    if not isinstance(text, list):
        raise SourceFormatError(f"text is a {type(text).__name__}, not a string or a list")
    parts = []
    for part in text:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, dict) and isinstance(part.get("text", ""), str):
            parts.append(part.get("text", ""))
        else:
            raise SourceFormatError(f"a text part of unknown shape ({type(part).__name__})")
    return "".join(parts)


def _links(message: dict[str, Any]) -> list[str]:
    """The URLs of ``link`` and ``text_link`` entities, in order, each once."""
    entities = message.get("text_entities")
    if not isinstance(entities, list):
        text = message.get("text")
        entities = [p for p in text if isinstance(p, dict)] if isinstance(text, list) else []
    links: list[str] = []
    for entity in entities:
        if not isinstance(entity, dict):
            continue
        kind = entity.get("type")
        url = entity.get("href") if kind == "text_link" else entity.get("text")
        if kind in ("link", "text_link") and isinstance(url, str) and url and url not in links:
            links.append(url)
    return links


def _when(message: dict[str, Any]) -> tuple[dt.datetime | None, bool]:
    """The UTC time from ``date_unixtime``; else the exporting PC's local ``date``."""
    unix = message.get("date_unixtime")
    if unix is not None:
        at = _unix(unix)
        if at is None:
            raise SourceFormatError(f"date_unixtime {unix!r} is not a time")
        return dt.datetime.fromisoformat(at), False
    date = message.get("date")
    if date is None:
        return None, False
    try:
        return dt.datetime.fromisoformat(str(date)), True
    except ValueError:
        raise SourceFormatError(f"date {date!r} is not a date") from None


def _unix(value: Any) -> str | None:
    """An ISO UTC time from Unix seconds given as digits or a number, else None."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        seconds = int(value)
        return dt.datetime.fromtimestamp(seconds, dt.UTC).isoformat()
    except (ValueError, OverflowError, OSError):
        return None


def _peer(value: Any) -> str | None:
    """``from_id`` as the prefixed string (``user123``); old exports give a bare number."""
    if value is None or isinstance(value, bool):
        return None
    return str(value)
