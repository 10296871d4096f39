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
from collections.abc import Iterator, Mapping, Sequence
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
    "event_detail",
    "event_name",
    "format_day",
    "format_number",
    "format_partial",
    "gendered",
    "gettext",
    "label",
    "language",
    "ngettext",
    "person_name",
    "place_name",
    "qualified",
    "region_name",
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
    EventType.APPEAL_REJECTED: N_("appeal rejected"),
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


# In the list, beside a status: "imprisoned, recognized" (as a political prisoner).
RECOGNIZED = N_("recognized")
GENDER_NAMES = {"male": N_("male"), "female": N_("female"), "unknown": N_("unknown")}
# A published figure's category, as a column heading beside its number.
FIGURE_CATEGORIES = {
    "political_prisoners_held": N_("political prisoners held"),
    "held": N_("people held"),
    "pardoned": N_("people pardoned"),
    "released": N_("people released"),
    "charged": N_("people charged"),
    "convicted": N_("people convicted"),
    "sentenced": N_("people sentenced"),
    "detained": N_("people detained"),
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


APPEAL_NAMES = {
    "pending": N_("pending"), "upheld": N_("upheld"), "reduced": N_("sentence reduced"),
    "increased": N_("sentence increased"), "overturned": N_("overturned"),
    "retrial": N_("sent back for retrial"),
}  # fmt: skip

# A source's grade (Admiralty code): reliability A–F, credibility 1–6 (vigil.model.source).
RELIABILITY_NAMES = {
    "A": N_("completely reliable"), "B": N_("usually reliable"), "C": N_("fairly reliable"),
    "D": N_("not usually reliable"), "E": N_("unreliable"),
    "F": N_("reliability cannot be judged"), "none": N_("reliability not graded"),
}  # fmt: skip
CREDIBILITY_NAMES = {
    "1": N_("confirmed by other sources"), "2": N_("probably true"),
    "3": N_("possibly true"), "4": N_("doubtful"), "5": N_("improbable"),
    "6": N_("truth cannot be judged"), "none": N_("credibility not graded"),
}  # fmt: skip


# Region names the catalogue translates (Belarus; a registry of another country adds
# its own here and in the .po files). A region it lacks is shown as recorded.
REGIONS = (
    N_("Minsk"), N_("Minsk region"), N_("Brest region"), N_("Homiel region"),
    N_("Hrodna region"), N_("Mahiliou region"), N_("Vitsebsk region"),
)  # fmt: skip


def region_name(region: str | None) -> str:
    """A region in the current language where the catalogue has it, else as recorded."""
    if not region:
        return ""
    return gettext(region) if region in REGIONS else region


def place_name(name: str | None, spellings: Mapping[str, Mapping[str, str]]) -> str:
    """A facility's recorded name in the script of the current language, where the
    registry has one (``spellings``: ``Publication.facility_spellings()``)."""
    if not name:
        return ""
    return spellings.get(name, {}).get(_current.get()) or name


def person_name(name: str, spellings: Mapping[str, str]) -> str:
    """A person's recorded name in the script of the current language, where the
    registry has one; else the registry's display name."""
    return spellings.get(_current.get()) or name


REGIMES = {
    "general": N_("general regime"),
    "enhanced": N_("enhanced regime"),
    "strict": N_("strict regime"),
    "special": N_("special regime"),
    "prison": N_("prison"),
    "medium_security": N_("medium security"),
    "colony_settlement": N_("colony settlement"),
    "open_institution": N_("open institution"),
    "restricted_freedom": N_("restricted freedom"),
    "suspended": N_("suspended sentence"),
}

RECOGNITION_NAMES = {
    "recognized": N_("recognized"), "under_monitoring": N_("under monitoring"),
    "not_recognized": N_("not recognized"), "withdrawn": N_("recognition withdrawn"),
}  # fmt: skip


def event_detail(
    articles: Sequence[str], term_months: int | None, regime: str | None, note: str | None
) -> str:
    """An event's detail in the current language: article 342; 3 years 6 months; general
    regime. A note is free text and stays as it was written."""
    parts = []
    if articles:
        parts.append(
            ngettext("article %(list)s", "articles %(list)s", len(articles))
            % {"list": ", ".join(articles)}
        )
    if term_months is not None:
        years, months = divmod(term_months, 12)
        term = [
            ngettext("%(num)s year", "%(num)s years", years) % {"num": years} if years else "",
            ngettext("%(num)s month", "%(num)s months", months) % {"num": months} if months else "",
        ]
        parts.append(" ".join(t for t in term if t))
    if regime:
        parts.append(label(REGIMES, regime))
    if note:
        parts.append(note)
    return "; ".join(p for p in parts if p)


# Words of the staff workspace that the registry stores as identifiers: claim kinds and
# states, decisions, and the fields a claim states.
STAFF_TERMS = {
    "person": N_("person"), "event": N_("event"), "figure": N_("figure"),
    "facility": N_("facility"), "organization": N_("organization"), "quote": N_("quote"),
    "proposed": N_("proposed"), "accepted": N_("accepted"), "rejected": N_("rejected"),
    "merge": N_("merge"), "split": N_("split"), "undo": N_("undo"),
    "articles": N_("articles"), "as_of": N_("as on"), "attributed_to": N_("said by"),
    "breakdown": N_("breakdown"), "category": N_("category"), "channel": N_("channel"),
    "date": N_("date"), "detail": N_("detail"), "gender": N_("gender"), "link": N_("link"),
    "mentions": N_("mentions"), "name": N_("name"), "of_whom": N_("of whom"),
    "qualifier": N_("qualifier"), "reason": N_("reason"), "regime": N_("regime"),
    "role": N_("role"), "speaker": N_("speaker"), "term_months": N_("term, months"),
    "type": N_("type"), "value": N_("value"),
}  # fmt: skip


def term(key: str | None) -> str:
    """A staff-workspace identifier (claim kind, state, field) in the current language."""
    return label(STAFF_TERMS, key)


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


def pgettext(context: str, message: str) -> str:
    """``message`` as said in ``context`` (``"female"``: of a woman), else as without."""
    found = str(catalogue(_current.get()).pgettext(context, message))
    return gettext(message) if found == message else found


def _gendered(message: str, gender: str | None) -> str:
    # Belarusian and Russian agree the label with the person: вызвалена, освобождена.
    return pgettext("female", message) if gender == "female" else gettext(message)


def event_name(kind: EventType | str, gender: str | None = None) -> str:
    """An event type's label in the current language, agreeing with ``gender``."""
    kind = EventType(kind)
    return _gendered(EVENT_NAMES.get(kind) or event_label(kind), gender)


def status_name(status: str | None, gender: str | None = None) -> str:
    """A status's label in the current language, agreeing with ``gender``."""
    return _gendered(STATUS_NAMES.get(status) or status_label(status), gender)


def _female_forms() -> tuple[str, ...]:
    """Never called: marks the female forms of the labels above for the catalogue, so
    `make i18n` keeps them."""
    return (
        pgettext("female", "detained"), pgettext("female", "charged"),
        pgettext("female", "sentenced"), pgettext("female", "transferred"),
        pgettext("female", "recognized as a political prisoner"),
        pgettext("female", "held incommunicado"), pgettext("female", "pardoned"),
        pgettext("female", "released"),
        pgettext("female", "released at the end of the sentence"),
        pgettext("female", "died in custody"), pgettext("female", "convicted in absentia"),
        pgettext("female", "exiled"), pgettext("female", "recognized"),
    )  # fmt: skip


def gendered(message: str, gender: str | None) -> str:
    """A label that agrees with the person it is said of, in the current language."""
    return _gendered(message, gender)


def choose_language(query: str | None, accept: str | None) -> tuple[str, bool]:
    """The language, and whether it was asked for in the URL (links then keep it)."""
    if query in LANGUAGES:
        return query, True
    for part in (accept or "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGUAGES:
            return code, False
    return "en", False
