"""Interface strings in English, Belarusian and Russian: gettext catalogues read with Babel.

English source strings are the message ids (``_("Persons")`` in Python,
``{{ _("Persons") }}`` and ``{% trans %}`` in templates). The translations live in
``vigil/web/locale/{be,ru}/LC_MESSAGES/messages.po``, shipped with the package and read
when first needed, so there is no compile step. The language of a request comes from
``?lang=`` or else the browser's Accept-Language; while a page renders it is the
current language, which ``gettext`` and ``ngettext`` here follow.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path

from babel import Locale
from babel.dates import format_date, format_skeleton
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from babel.support import NullTranslations, Translations

from vigil.model import EventType
from vigil.publish import event_label, status_label

__all__ = [
    "LANGUAGES",
    "LOCALE_DIR",
    "N_",
    "catalogue",
    "choose_language",
    "current_language",
    "event_name",
    "format_day",
    "format_number",
    "format_partial",
    "gettext",
    "label",
    "language",
    "ngettext",
    "qualified",
    "status_name",
]

LANGUAGES = ("en", "be", "ru")
LOCALE_DIR = Path(__file__).resolve().parent / "locale"

_current: ContextVar[str] = ContextVar("vigil_language", default="en")


def N_(message: str) -> str:
    """Mark ``message`` for the catalogue without translating it here."""
    return message


@lru_cache(maxsize=8)
def catalogue(lang: str) -> NullTranslations:
    """The translations of ``lang``, read from its .po file (English: none needed)."""
    path = LOCALE_DIR / lang / "LC_MESSAGES" / "messages.po"
    if lang == "en" or not path.is_file():
        return NullTranslations()
    with path.open("rb") as f:
        cat = read_po(f, locale=lang)
    buf = io.BytesIO()
    write_mo(buf, cat)
    buf.seek(0)
    return Translations(fp=buf, domain="messages")


@contextmanager
def language(lang: str) -> Iterator[None]:
    """Make ``lang`` the current language for the ``with`` block (a page's rendering)."""
    token = _current.set(lang if lang in LANGUAGES else "en")
    try:
        yield
    finally:
        _current.reset(token)


def current_language() -> str:
    return _current.get()


def gettext(message: str) -> str:
    """``message`` in the current language; English when it has no translation yet."""
    return catalogue(_current.get()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The plural form for ``n`` in the current language (Belarusian and Russian have
    three: 1 дзень, 2 дні, 5 дзён)."""
    return catalogue(_current.get()).ngettext(singular, plural, n)


def format_number(value: int | float, lang: str | None = None) -> str:
    """1,446 in English; 1 446 in Belarusian and Russian (Babel's locale data)."""
    return format_decimal(value, locale=lang or _current.get())


def format_day(day: dt.date | None, lang: str | None = None) -> str:
    """A day as a reader of the language writes it: 16 August 2024, 16 жніўня 2024 г."""
    if day is None:
        return ""
    return format_date(day, format="long", locale=lang or _current.get())


def format_partial(text: str, lang: str | None = None, *, governed: bool = False) -> str:
    """A date only as precise as it is known (``2020``, ``2020-05``, ``2020-05-28``),
    written in the language: May 2020, май 2020 г. ``governed``: after a preposition
    such as "since", where Belarusian and Russian put the month in the genitive
    (с мая 2020)."""
    parts = text.split("-")
    loc = lang or _current.get()
    try:
        if len(parts) == 3:
            return format_day(dt.date(int(parts[0]), int(parts[1]), int(parts[2])), loc)
        if len(parts) == 2:
            first = dt.date(int(parts[0]), int(parts[1]), 1)
            if governed:
                return format_date(first, "MMMM y", locale=loc)
            return format_skeleton("yMMMM", first, locale=loc)
    except ValueError:
        return text
    return text


# Event and status labels: English as the publication boundary words them, marked here
# so the catalogue has them (a test keeps the two lists equal).
EVENT_NAMES: dict[EventType, str] = {
    EventType.DETAINED: N_("detained"),
    EventType.CHARGED: N_("charged"),
    EventType.SENTENCED: N_("sentenced"),
    EventType.TRANSFERRED: N_("transferred"),
    EventType.RECOGNIZED_POLITICAL_PRISONER: N_("recognized as a political prisoner"),
    EventType.INCOMMUNICADO: N_("held incommunicado"),
    EventType.CONTACT_RESTORED: N_("contact restored"),
    EventType.PARDONED: N_("pardoned"),
    EventType.RELEASED: N_("released"),
    EventType.SENTENCE_COMPLETED: N_("released at the end of the sentence"),
    EventType.DIED_IN_CUSTODY: N_("died in custody"),
    EventType.CONVICTED_IN_ABSENTIA: N_("convicted in absentia"),
    EventType.EXILED: N_("exiled"),
}
STATUS_NAMES: dict[str | None, str] = {
    "detained": N_("in pre-trial detention"),
    "imprisoned": N_("imprisoned"),
    "released": N_("released"),
    "died": N_("died in custody"),
    "at_liberty": N_("at liberty"),
    None: N_("no custody recorded"),
}


GENDER_NAMES = {"male": N_("male"), "female": N_("female"), "unknown": N_("unknown")}
# A published figure's category, as a column heading beside its number.
FIGURE_CATEGORIES = {
    "political_prisoners_held": N_("political prisoners held"),
    "held": N_("people held"),
    "pardoned": N_("pardoned"),
    "released": N_("released"),
    "charged": N_("charged"),
    "convicted": N_("convicted"),
    "sentenced": N_("sentenced"),
    "detained": N_("detained"),
    "other": N_("other"),
}
QUALIFIERS = {"exact": "", "more_than": N_("more than"), "at_least": N_("at least"),
              "about": N_("about"), "up_to": N_("up to")}  # fmt: skip
BREAKDOWN_PARTS = {"women": N_("women"), "men": N_("men"), "minors": N_("minors"),
                   "foreigners": N_("foreigners"),
                   "foreign_nationals": N_("foreign nationals")}  # fmt: skip
CONNECTIONS = {
    "witness": N_("witness"),
    "relative": N_("relative"),
    "lawyer": N_("lawyer"),
    "ngo": N_("human rights organisation"),
    "independent_media": N_("independent media"),
    "state_media": N_("state media"),
    "court_record": N_("court record"),
    "official": N_("official"),
    "other": N_("other"),
}
BREAKDOWN_FIELDS = {"gender": N_("By gender"), "age": N_("By age"), "region": N_("By region"),
                    "facility": N_("By place of detention"),
                    "article": N_("By article")}  # fmt: skip
BREAKDOWN_HEADS = {"gender": N_("Gender"), "age": N_("Age"), "region": N_("Region"),
                   "facility": N_("Place of detention"), "article": N_("Article")}  # fmt: skip


def label(table: dict[str, str], key: str | None) -> str:
    """``key``'s label from one of the tables above, in the current language; a key the
    table lacks is shown with spaces for underscores rather than as an identifier."""
    if not key:
        return ""
    text = table.get(key)
    return gettext(text) if text else key.replace("_", " ")


def qualified(value: int, qualifier: str) -> str:
    """more than 1,400; не менее 1 400."""
    word = label(QUALIFIERS, qualifier) if qualifier != "exact" else ""
    return f"{word} {format_number(value)}".strip()


def language_name(code: str | None) -> str:
    """A language's name in the current language (Babel): Russian, русский, руская."""
    if not code:
        return ""
    try:
        return Locale.parse(code).get_display_name(_current.get()) or code
    except (ValueError, TypeError):
        return code


def event_name(kind: EventType | str) -> str:
    """An event type's label in the current language."""
    kind = EventType(kind)
    return gettext(EVENT_NAMES.get(kind) or event_label(kind))


def status_name(status: str | None) -> str:
    """A status's label in the current language."""
    return gettext(STATUS_NAMES.get(status) or status_label(status))


def choose_language(query: str | None, accept: str | None) -> tuple[str, bool]:
    """The language, and whether it was asked for in the URL (links then keep it)."""
    if query in LANGUAGES:
        return query, True
    for part in (accept or "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGUAGES:
            return code, False
    return "en", False
